package mentions

import "testing"

// TestOrgClassNouns: a body no list knows, named next to a class noun for
// bodies: trade nouns before the name ("steel producer X", "its unit X",
// an acronym after "firm"), and an apposition after it headed by such a
// noun ("X, the country's third-biggest lender,"). Guards: trades people
// ply before a two-word name, ships after "carrier", a plant's numbered
// unit, a post after the noun ("the company chairman"), a possessive noun
// ("the bank's chairman"), the short form of a firm's registered name, the
// tail of a longer name, a roman numeral.
func TestOrgClassNouns(t *testing.T) {
	checkOrgs(t, []orgCase{
		{"producer before a name", "Shares in steel producer Torvane rose on Monday.", []string{"Torvane"}, nil},
		{"unit before a name", "The deal was struck with its unit Belmaro last year.", []string{"Belmaro"}, nil},
		{"acronym after firm", "The luxury goods firm QRTX said sales rose.", []string{"QRTX"}, nil},
		{"ampersand name after lender", "He sold the stake to mortgage lender Harwell & Bingford in May.", []string{"Harwell & Bingford"}, nil},
		{"national carrier, comma", "The national carrier, Aerovia, cut its fares again.", []string{"Aerovia"}, nil},
		{"apposition with a possessive", "Norvella, the country's third-biggest lender, cut 300 jobs.", []string{"Norvella"}, nil},
		{"apposition with a country's possessive", "Kestamo, Japan's largest carmaker, said sales rose.", []string{"Kestamo"}, nil},
		{"apposition with of after a superlative", "Brandt, the world's largest producer of tin, said output fell.", []string{"Brandt"}, nil},
		{"apposition before a relative clause", "Fendrix, a Swiss engineering group which makes pumps, was sold.", []string{"Fendrix"}, nil},
		{"acronym in apposition", "ZQNB, the country's biggest lender, said it would cut rates.", []string{"ZQNB"}, nil},

		{"a trade people ply", "Film producer Gil Varnes told reporters he was glad.", nil, []string{"Gil Varnes"}},
		{"a ship", "The bulk carrier Tessaly was hit by a missile at dawn.", nil, []string{"Tessaly"}},
		{"a plant's unit", "Output at generating unit Eastbrook 7 was cut by half.", nil, []string{"Eastbrook"}},
		{"a post after the noun", "Hollis, the company chairman, quit on Friday.", nil, []string{"Hollis"}},
		{"a possessive noun", "Tom Quist, the bank's chairman, said so.", nil, []string{"Tom Quist"}},
		{"short form of a registered name", "Polvane Ltd said profits rose. Polvane, a chemicals company, said so.", nil, []string{"Polvane"}},
		{"tail of a longer name", "Dames and Rowley, an engineering firm, did the tests.", nil, []string{"Rowley"}},
		{"tail after a suffix", "It was sold to Norske Bankco A/S, Norway's largest bank, in May.", nil, []string{"S"}},
		{"tail after an acronym", "ABN Corvo, the Dutch bank, said it would not bid.", nil, []string{"Corvo"}},
		{"a roman numeral", "It makes machines for the standard group III faxes.", nil, []string{"III"}},
	})
}

// TestOrgSharesIn: what shares or a stake are held in is a company
// ("shares in Torvane rose", "a stake in Belmaro Foods"). Guards: a class
// of stock ("shares of Class B"), a town's "-based" before the name, a
// name that goes on past the run ("Pelk's Inc", "Harn und Sohn"), a
// person's name.
func TestOrgSharesIn(t *testing.T) {
	checkOrgs(t, []orgCase{
		{"shares in", "Shares in Torvane rose 4% after the results.", []string{"Torvane"}, nil},
		{"stake in", "The group bought a 20% stake in Belmaro Foods last year.", []string{"Belmaro Foods"}, nil},
		{"shares of", "He sold 5,000 shares of Quillan Mining in March.", []string{"Quillan Mining"}, nil},

		{"a class of stock", "It sold 10,000 shares of Class B preferred stock.", nil, []string{"Class B"}},
		{"a town before the name", "It took a stake in Oslo-based Farnvik, the statement said.", nil, []string{"Oslo-based"}},
		{"a possessive going on", "It wrote down its stake in Pelk's Inc last year.", nil, []string{"Pelk"}},
		{"a foreign connector", "It holds a stake in Harn und Sohn, the toy maker.", nil, []string{"Harn"}},
		{"a person", "She holds shares in Maria Lopez's name, he said.", nil, []string{"Maria Lopez"}},
	})
}

// TestBodiesNamedAsPeople: a name the article gives a body (by a class
// noun) is that body wherever a weaker cue (a speech verb after two
// capitalised words) would make it a person; a titled person keeps his
// name.
func TestBodiesNamedAsPeople(t *testing.T) {
	cases := []struct {
		name, in string
		org      string
		person   string
	}{
		{"speech verb after the body's name", "The bank Tallis Marlow cut rates. Tallis Marlow said profits rose.", "Tallis Marlow", ""},
		{"a titled person", "The bank Tallis Marlow cut rates. Director Tallis Marlow said profits rose.", "Tallis Marlow", "Tallis Marlow"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d, md := find(tc.in)
			var orgs, people int
			for _, m := range md.Mentions {
				switch {
				case m.Kind == Org && d.Text[m.Start:m.End] == tc.org:
					orgs++
				case m.Kind == Person && d.Text[m.Start:m.End] == tc.person:
					people++
				}
			}
			if tc.person == "" && (orgs != 2 || people != 0) {
				t.Errorf("%q: want 2 organization mentions of %q and no person, got %d and %d", tc.in, tc.org, orgs, people)
			}
			if tc.person != "" && people != 1 {
				t.Errorf("%q: want the titled %q kept as a person, got %d person mentions", tc.in, tc.person, people)
			}
		})
	}
}

// TestOrgClassNounAfter: a lower-case class noun for a firm right after
// a capitalised name ("its Clearwell unit", "the Koram bank") names the
// firm. Guards: a word the article also writes in lower case, an
// adjective, the tail of a longer name, a capitalised word after the
// noun.
func TestOrgClassNounAfter(t *testing.T) {
	checkOrgs(t, []orgCase{
		{"unit after a name", "The group sold its Clearwell unit last year.", []string{"Clearwell"}, nil},
		{"bank after a name", "Investors in the troubled Koram bank lost money.", []string{"Koram"}, nil},
		{"acronym before bank", "Three executives of the QFJ bank were charged.", []string{"QFJ"}, nil},

		{"an adjective", "It plans to open an Islamic bank in the city.", nil, []string{"Islamic"}},
		{"a common noun", "Quality control was poor. It sold part of its Control division.", nil, []string{"Control"}},
		{"the tail of a longer name", "It sold its Alabama Gas subsidiary in May.", nil, []string{"Gas"}},
		{"a name after the noun", "He said the Dorvan bank Lazard would advise.", nil, []string{"Dorvan"}},
	})
}
