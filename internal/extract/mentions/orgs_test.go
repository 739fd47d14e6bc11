package mentions

import (
	"testing"
)

// orgTexts returns the organization mentions of text, as written.
func orgTexts(text string) map[string]bool {
	d, md := find(text)
	got := map[string]bool{}
	for _, m := range md.Mentions {
		if m.Kind == Org {
			got[d.Text[m.Start:m.End]] = true
		}
	}
	return got
}

// orgCase is a sentence, the organization texts it must give and those it
// must not.
type orgCase struct {
	name string
	in   string
	want []string
	not  []string
}

// checkOrgs runs each case as a subtest of t.
func checkOrgs(t *testing.T, cases []orgCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := orgTexts(tc.in)
			for _, w := range tc.want {
				if !got[w] {
					t.Errorf("%q: want organization %q, got %v", tc.in, w, got)
				}
			}
			for _, n := range tc.not {
				if got[n] {
					t.Errorf("%q: %q is no organization, got %v", tc.in, n, got)
				}
			}
		})
	}
}

func personTexts(text string) map[string]bool {
	d, md := find(text)
	got := map[string]bool{}
	for _, m := range md.Mentions {
		if m.Kind == Person || m.Kind == Surname {
			got[d.Text[m.Start:m.End]] = true
		}
	}
	return got
}

// TestOrgShapes pins the organization rules: each case lists the
// organization mentions that must be found (as written) and spans that
// must not be organizations (nor, in notPerson, people).
func TestOrgShapes(t *testing.T) {
	tests := []struct {
		name      string
		in        string
		want      []string
		not       []string
		notPerson []string
	}{
		// a firm that bears a listed paper's or broadcaster's name
		{"firm after listed media", "Analysts said Telemundo Group Inc would sell the unit.", []string{"Telemundo Group Inc"}, []string{"Telemundo", "Group Inc"}, nil},
		{"two suffixes", "A loan for the Financial Times Co Ltd was agreed.", []string{"Financial Times Co Ltd"}, []string{"Co Ltd"}, nil},
		{"listed company keeps its entry", "Boeing Co said orders rose.", []string{"Boeing Co"}, []string{"Co"}, nil}, // the entry: TestFirmTailKeepsEntry
		{"listed media alone", "The Guardian reported the loss.", []string{"The Guardian"}, nil, nil},
		// listed exchanges, agencies and papers
		{"exchange without head", "Shares rose on Euronext and Nasdaq today.", []string{"Euronext", "Nasdaq"}, nil, nil},
		{"paper not a person", "Le Figaro said the minister would resign.", []string{"Le Figaro"}, nil, []string{"Le Figaro"}},
		// a name that the acronym after it spells out
		{"spelled name", "Figures from the Bahrain Grain Board (BGB) showed a rise.", []string{"Bahrain Grain Board", "BGB"}, []string{"Grain Board"}, nil},
		{"spelled name after a country", "The Norway Commission on Fair Play (CFP) met.", []string{"Commission on Fair Play"}, nil, nil},
		{"spelled term, not a body", "The Value Added Levy (VAL) will rise.", nil, []string{"Value Added Levy"}, nil},
		{"spelled person", "Jonas Karl Berg (JKB) spoke.", nil, []string{"Jonas Karl Berg"}, nil},
		// a company suffix after a comma
		{"comma suffix", "The grain went to Prairie Mills Trading, Inc. last week.", []string{"Prairie Mills Trading, Inc."}, nil, nil},
		{"comma suffix after of", "She is president of Northwind Asset Management, Inc, it said.", []string{"Northwind Asset Management, Inc"}, nil, nil},
		{"comma suffix, tail of a longer name", "It bought Lake Boats of Ontario, Inc today.", nil, []string{"Ontario, Inc"}, nil},
		{"comma suffix after an adverb", "Meanwhile, AG shares fell.", nil, []string{"Meanwhile, AG"}, nil},
		// a broadcaster's numbered channel
		{"numbered channel", "He spoke on ITV1's breakfast show and on BBC2.", []string{"ITV1", "BBC2"}, nil, []string{"ITV1"}},
		{"product code", "The FT30 membrane was approved.", nil, []string{"FT30"}, nil},
		// a body named in apposition to its class noun
		{"class noun comma", "She backs a housing charity, Roofwise, which helps families.", []string{"Roofwise"}, nil, nil},
		{"class noun comma person", "A spokesman for the charity, Jane Doe, said it was closing.", nil, []string{"Jane Doe"}, nil},
		{"class noun comma subject", "Profits rose at the company, Mills said.", nil, []string{"Mills"}, nil},
		{"class noun name runs over a country", "Budget airline Air Norway cut flights.", []string{"Air Norway"}, []string{"Air"}, nil},
		{"class noun foreign connector", "He sold it to the state bank Banco Real do Sertao last year.", []string{"Banco Real do Sertao"}, []string{"Banco Real"}, nil},
		{"class noun suffix letter", "Oil firm Vestfjord Energi A/S said output rose.", []string{"Vestfjord Energi"}, []string{"Vestfjord Energi A"}, nil},
		{"occupation noun before a person", "Tributes came from fellow broadcaster Anna Pike on Monday.", nil, []string{"Anna Pike"}, nil},
		{"new class noun", "Shares in Dutch retailer Vandermolen fell.", []string{"Vandermolen"}, nil, []string{"Vandermolen"}},
		// a describing noun for a firm's trade before its name
		{"maker before a firm", "Profits at software maker Quillsoft doubled.", []string{"Quillsoft"}, nil, []string{"Quillsoft"}},
		{"operator before a firm", "Ferry operator Brandvik Lines cut fares.", []string{"Brandvik Lines"}, nil, nil},
		{"giant before a firm", "Shares in oil giant Norvale rose.", []string{"Norvale"}, nil, nil},
		{"a trade noun before a person", "The film was shot by film maker Daniel Voss in May.", nil, []string{"Daniel Voss"}, nil},
		{"a ship is no firm", "The bulk carrier Ostrand Star was hit by a missile.", nil, []string{"Ostrand Star"}, nil},
		// a body's name that opens with a city or region the lists know
		{"a city before a lone head", "Researchers at Bristol University found the effect.", []string{"Bristol University"}, []string{"University"}, nil},
		{"a region before a longer name", "The Wales Widget Makers Association said sales fell.", []string{"Wales Widget Makers Association"}, []string{"Widget Makers Association"}, nil},
		{"a name that starts before the place", "Analysts at First Boston Corp cut the rating.", nil, []string{"Boston Corp"}, nil},
		{"a facility is no body", "Flights at Edinburgh Airport were delayed.", nil, []string{"Edinburgh Airport"}, nil},
		{"a country before two more words", "The Japan Widget Makers Association said exports fell.", []string{"Japan Widget Makers Association"}, []string{"Widget Makers Association"}, nil},
		{"a country before one body word keeps the country", "Officials at the Japan Bank declined to comment.", nil, []string{"Japan Bank"}, nil},
		// a firm the lists do not know as the possessor of a company post
		{"possessor of a company post", "Pieter Rask said Kelvo's chief executive Ann Hale had resigned.", []string{"Kelvo"}, nil, []string{"Kelvo"}},
		{"a person's spokesman", "Officials said Marek's spokesman Ivo Brandt had left.", nil, []string{"Marek"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := orgTexts(tc.in)
			for _, w := range tc.want {
				if !got[w] {
					t.Errorf("%q: organization %q not found; got %v", tc.in, w, got)
				}
			}
			for _, w := range tc.not {
				if got[w] {
					t.Errorf("%q: %q found as an organization; got %v", tc.in, w, got)
				}
			}
			people := personTexts(tc.in)
			for _, w := range tc.notPerson {
				if people[w] {
					t.Errorf("%q: %q found as a person", tc.in, w)
				}
			}
		})
	}
}
