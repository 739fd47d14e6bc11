package events

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// TestStatementRecallRules pins the attribution patterns added for
// recall (speech verbs and clause shapes common in news), with sentences
// we wrote, and the look-alikes that must stay silent.
func TestStatementRecallRules(t *testing.T) {
	checkStatements(t, true, []stmtCase{ // want: speaker|quote, in order
		// a body after "the" closing the sentence: "..., the White House said."
		{"inverted body with an article", "Trade talks will resume in May, the White House said.",
			[]string{"United States|"}},
		{"inverted body with an article, quoted", "\"We expect progress,\" the Kenyan Foreign Ministry said.",
			[]string{"Kenyan Foreign Ministry|We expect progress"}},
		// a government named by its country's adjective speaks for it
		{"demonym government", "On Tuesday, the Kenyan government said the dam had burst.",
			[]string{"Kenya|"}},
		{"retorted without that", "Tom Reed spoke first. Mr Reed retorted voters would remember the record.",
			[]string{"Tom Reed|"}},
		{"testified", "At the trial, Maria Lopez testified the officer had struck her twice.",
			[]string{"Maria Lopez|"}},
		{"expressed concern", "Senator Ray Holt expressed deep concern over the cuts to rural schools.",
			[]string{"Ray Holt|"}},
		{"expressed a clause", "Judge Ana Ruiz has expressed she is unwilling to take the post.",
			[]string{"Ana Ruiz|"}},
		{"spoke of", "Finance Minister Omar Haddad spoke of the risk that prices would rise.",
			[]string{"Omar Haddad|"}},
		{"agreed with a quotation", "Ontario Premier Ann Hale agreed, \"The roads are far too busy.\"",
			[]string{"Ann Hale|The roads are far too busy."}},
		{"claim with a clause", "The Liberal Democrats claim rising rents are pushing families out.",
			[]string{"Liberal Democrats|"}},
		{"branding", "The United States has refused to sign the pact, branding it unfair to farmers.",
			[]string{"United States|"}},
		{"by branding", "Mayor Tom Reed caused uproar by branding the council \"a club for cronies\".",
			[]string{"Tom Reed|a club for cronies"}},
		{"colon before a quotation", "Union leader Tom Reed gave his verdict on the deal: \"It is a betrayal of every member.\"",
			[]string{"Tom Reed|It is a betrayal of every member."}},
		{"cited as saying", "The radio cited Finance Minister Omar Haddad as saying the talks were useful.",
			[]string{"Omar Haddad|"}},
		{"dashes around a clause", "Tom Reed - who runs a campaign of his own - said he was not convinced by the figures.",
			[]string{"Tom Reed|"}},
		{"a seat title after the name", "Labour backbencher Tom Reed MP said the vote was lost.",
			[]string{"Tom Reed|"}},
		{"described seeing", "Farmer Joseph Mwangi described seeing dozens of cattle swept away.",
			[]string{"Joseph Mwangi|"}},
		{"hit back", "Tom Reed spoke first. Mr Reed hit back at claims that the scheme had failed.",
			[]string{"Tom Reed|"}},
		{"promising", "The Liberal Democrats are promising smaller classes in every primary school.",
			[]string{"Liberal Democrats|"}},

		// look-alikes that report no words
		{"claimed a title", "Runner Lena Ortiz claimed her first national title.", nil},
		{"expressed through art", "Painter Lena Ortiz expressed her grief through a series of portraits.", nil},
		{"colon without a person", "The sign on the door read: \"Closed until further notice.\"", nil},
		{"colon after a possessive", "Tom Reed's memoir opens: \"I was born in a small town.\"", nil},
		{"colon after a list", "Tom Reed packed three things: \"a map, a torch and a knife\".", nil},
		{"agreed to act", "Premier Ann Hale agreed to meet the miners next week.", nil},
		{"spoke with someone", "Premier Ann Hale spoke with the miners on Friday.", nil},
	})
}

// TestStatementRecallEdges pins the side cases of the recall rules.
func TestStatementRecallEdges(t *testing.T) {
	checkStatements(t, true, []stmtCase{ // want: speaker|quote, in order
		// a comma before "the" and after the verb: the words are the quotation after it
		{"body after a comma, quotation after the verb", "In a note on the minister's remarks, the White House said, \"The plan is sound.\"",
			[]string{"United States|The plan is sound."}},
		// a double dash around a list: the body before it speaks, not the last country of the list
		{"double dashes around a list", "The G7 -- grouping Japan, France and Italy -- said it backed the plan.",
			[]string{"Group of Seven|"}},
		// "hit back" in a game is a comeback, not words
		{"hit back in a match", "Tennis player Anna Berg hit back to take the next two sets.", nil},
		// a quotation opened after a colon that runs into a sentence with
		// its own attribution belongs to that attribution
		{"colon quotation stops before another attribution", "Engineer Tom Reed said: \"The seats are too low.\"\n\n\"The doors are narrow. The steps are steep,\" said Mr Reed.",
			[]string{"Tom Reed|The seats are too low.", "Tom Reed|The doors are narrow. The steps are steep"}},
	})
}

func TestStatementSplitQuotation(t *testing.T) {
	f, cr := run("\"The market is crowded,\" Analyst Tom Reed said, \"and most products look alike.\"", kg.DateDay(2025, 3, 10))
	if len(f.Statements) != 1 {
		t.Fatalf("want one statement, got %d", len(f.Statements))
	}
	s := f.Statements[0]
	if got, want := cr.Entities[s.Speaker].Name+"|"+s.Quote, "Tom Reed|The market is crowded … and most products look alike."; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestStatementColonQuoteGuards(t *testing.T) {
	checkStatements(t, true, []stmtCase{ // want: speaker|quote
		{"a name inside a relative clause is no subject", "The veteran actor, whose films include Tom Reed and Other Stories, said: \"The theatre must stay open.\"", nil},
		{"a second clause before the colon", "Anna Berg finished third, and her rival said: \"She is a great athlete.\"", nil},
		{"an opening phrase before the subject", "In his ruling, Judge Tom Reed said: \"The law is clear on this point.\"",
			[]string{"Tom Reed|The law is clear on this point."}},
		{"a demonym before an unknown name is no speaker", "Russian Dmitro Bogdanovich won last week and then claimed the race would be close.", nil},
	})
}

func TestStatementSpeakerGuards(t *testing.T) {
	checkStatements(t, true, []stmtCase{ // want: speaker|quote
		{"a pronoun is not the person named after the verb", "Coach Tom Reed was sent off. Now he claims Reed should be banned for a year.", nil},
		{"an auxiliary after a country's name", "The U.S. Has said it would put duties on lumber.", []string{"United States|"}},
		{"taking questions", "Premier Ann Hale answered questions from the floor for an hour.", nil},
		{"a spokesman for a numbered address", "A spokesman for 10 Downing Street expressed disappointment with the ruling.", nil},
		{"a year before the subject", "In 2004 IBM said it had more customers than ever.", []string{"IBM|"}},
	})
}

func TestStatementRecallSecondBatch(t *testing.T) {
	checkStatements(t, true, []stmtCase{ // want: speaker|quote
		{"future speech", "Tory leader Michael Howard spoke. \"It sets family against family,\" he will argue.",
			[]string{"Michael Howard|It sets family against family"}},
		{"future speech inside another's words", "NYNEX Corp will urge the court to approve the plan, chairman Delbert Staley said.",
			[]string{"Delbert Staley|"}},
		{"claimed responsibility", "The Taliban have claimed responsibility.", []string{"Taliban|"}},
		{"acknowledged an object", "Hirtenberger Defence Group also acknowledged the deal.", []string{"Hirtenberger Defence Group|"}},
		{"reacted with a quotation", "Singer Tom Reed of The Marble Kings also reacted on Twitter, \"Sad news today.\"",
			[]string{"Tom Reed|Sad news today."}},
		{"cited", "Chairwoman Sara Amundson cited improvements to the treatment of animals.", []string{"Sara Amundson|"}},
		{"cited as saying after an apposition", "The radio also cited Omar Haddad, head of the coast guard, as saying the boats came from the north.",
			[]string{"Omar Haddad|"}},
		{"an acronym given in brackets", "The Federal Security Service (FSB) opened a case. Later the FSB denies the two blasts are related.",
			[]string{"Federal Security Service|"}},
		{"a body qualifying a person", "The Rural Water Board (RWB) met. But RWB board member Marvin Duncan disagreed, saying it is too early to put a price on it.",
			[]string{"Marvin Duncan|"}},
		{"unnamed officials of two bodies", "ACB and Northgate officials said they were looking into it, but called the reports overblown.", nil},
	})
}

func TestStatementSubjectGuards(t *testing.T) {
	checkStatements(t, true, []stmtCase{ // want: speaker|quote
		{"a verb after the body, then a possessive name", "After the talks, the White House clarified Reagan's remarks on trade by saying that the United States seeks steady exchange rates.",
			[]string{"United States|"}},
		{"a post of a body before a person the lists do not know", "Liberal Democrat peer Zorbel Quant called for observers - saying without them the count could be disputed for months.", nil},
		{"a plan inside another's report", "The World Bank said the International Monetary Fund will urge the court to hear the case.",
			[]string{"World Bank|"}},
	})
}

func TestStatementHonorificBodyName(t *testing.T) {
	f, cr := run("Tory co-chairman Liam Fox spoke. The leader wanted to meet voters, Mr Fox said.", kg.DateDay(2025, 3, 10))
	var got []string
	for _, s := range f.Statements {
		got = append(got, cr.Entities[s.Speaker].Name)
	}
	if strings.Join(got, "|") != "Liam Fox" {
		t.Errorf("speakers %q, want Liam Fox (\"Mr Fox\" is no news channel)", got)
	}
}

func TestStatementQuotedAsTelling(t *testing.T) {
	f, cr := run("Director Hideo Sato quoted Richard Lyng as telling Farm Minister Kenji Mori that the curbs would help Japan.", kg.DateDay(2025, 3, 10))
	var got []string
	for _, s := range f.Statements {
		got = append(got, cr.Entities[s.Speaker].Name+"|"+s.Text)
	}
	if want := "Richard Lyng|the curbs would help Japan."; strings.Join(got, "\n") != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestStatementUnclosedAppositive(t *testing.T) {
	checkStatements(t, false, []stmtCase{ // want: speaker
		{"a sentence opening with a name and a title, the second comma missing", "Kenya mourned. Joseph Mwangi, the finance minister said the talks failed.", []string{"Joseph Mwangi"}},
		{"paid tribute", "Kenya mourned. Joseph Mwangi, the finance minister paid tribute to Odhiambo.", []string{"Joseph Mwangi"}},
		{"not after another clause: the title is an unnamed speaker", "Kenya mourned. Odhiambo met Joseph Mwangi, the finance minister said.", nil},
	})
}

func TestStatementGuardsLate(t *testing.T) {
	checkStatements(t, false, []stmtCase{ // want: speaker
		{"a counterfactual", "Tom Reed pleaded guilty and got six years - it would have been more had he denied the offence.", nil},
		{"a name in a later clause does not unbind the pronoun", "Striker Craig Bell was fined after an interview in which he accused the manager of lying, following a row about where Bell should play.", []string{"Craig Bell"}},
	})
}

func TestStatementBodyShortForm(t *testing.T) {
	checkStatements(t, false, []stmtCase{ // want: speaker
		{"the one body whose name ends so", "The Finance Ministry issued figures on Monday. Exports rose 2 pct in May, the ministry said.", []string{"Finance Ministry"}},
		{"no body of that kind named: no speaker", "Exports rose 2 pct in May, the ministry said.", nil},
		{"a spokesman for the body is unnamed", "The Finance Ministry issued figures. A spokesman for the ministry said exports rose.", nil},
		{"the one firm of the story", "Acme Widgets Inc cut jobs. The company said sales fell in May.", []string{"Acme Widgets Inc"}},
		{"a body inside an earlier speaker's words", "Acme Widgets Inc cut jobs, chairman Tom Reed said. He added that while the company welcomes bids, it is not in talks.", []string{"Tom Reed", "Tom Reed"}},
	})
}

func TestStatementAccordingToFrom(t *testing.T) {
	checkStatements(t, false, []stmtCase{ // want: speaker
		{"figures from a body", "Exports will rise 5 pct this year, according to forecasts from the World Bank.", []string{"World Bank"}},
		{"a person from a body", "Exports will rise 5 pct this year, according to Tom Reed from the World Bank.", []string{"Tom Reed"}},
		{"reports from a country", "Controls were tightened, according to recent reports from China.", nil},
		{"from inside what was said", "According to official figures, sales of wool from Peru rose in the spring.", nil},
	})
}

// stmtCase is a sentence we wrote and the statements it must give, in
// order: each "speaker", or "speaker|quote" when checkStatements is told to
// compare quotes; nil for a look-alike that must give none.
type stmtCase struct {
	name, in string
	want     []string
}

// checkStatements runs each case with the reference date 2025-03-10.
func checkStatements(t *testing.T, withQuote bool, tests []stmtCase) {
	t.Helper()
	checkStatementsAs(t, tests, func(s Statement, speaker string) string {
		if withQuote {
			return speaker + "|" + s.Quote
		}
		return speaker
	})
}

// checkStatementDates is checkStatements with each want "speaker|date".
func checkStatementDates(t *testing.T, tests []stmtCase) {
	t.Helper()
	checkStatementsAs(t, tests, func(s Statement, speaker string) string { return speaker + "|" + s.Date.String() })
}

// checkStatementsAs runs each case with the reference date 2025-03-10 and
// compares what show writes of each statement with the case's want.
func checkStatementsAs(t *testing.T, tests []stmtCase, show func(s Statement, speaker string) string) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f, cr := run(tc.in, kg.DateDay(2025, 3, 10))
			var got []string
			for _, s := range f.Statements {
				got = append(got, show(s, cr.Entities[s.Speaker].Name))
			}
			if diff := cmp.Diff(tc.want, got, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tc.in, diff)
			}
		})
	}
}

func TestStatementAuthoritiesUnnamed(t *testing.T) {
	f, _ := run("On Tuesday, Kenyan authorities said the dam had burst.", kg.DateDay(2025, 3, 10))
	if len(f.Statements) != 0 {
		t.Errorf("\"Kenyan authorities said\" names no speaker, got %d statements", len(f.Statements))
	}
}
