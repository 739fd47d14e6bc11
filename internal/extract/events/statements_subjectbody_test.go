package events

import "testing"

// TestStatementsSubjectBodyBefore: "the airline said" after a sentence
// whose subject is the one airline of the story is that airline
// (GUIDELINES 19.24), though it has not spoken yet; not when another
// company spoke before, nor after a background sentence on the body.
func TestStatementsSubjectBodyBefore(t *testing.T) {
	checkStatements(t, false, []stmtCase{
		{name: "subject of the sentence before", in: "Verdan Airways cancelled forty flights on Monday. The airline said the strike had cost it two million dollars.",
			want: []string{"Verdan Airways"}},
		{name: "bank as subject", in: "The Bank of Ruvania raised rates. The bank said prices had risen.",
			want: []string{"Bank of Ruvania"}},
		{name: "another company spoke", in: "Kestrel Partners Inc said it sold its stake. Dorvale Foods Inc cut forty jobs on Monday. The company said the price was fair.",
			want: []string{"Kestrel Partners Inc"}},
		{name: "subject after another company", in: "Kestrel Partners Inc cut forty jobs on Monday. Dorvale Foods Inc sold forty trucks in Ohio. The company said the price was fair.",
			want: []string{"Dorvale Foods Inc"}},
		{name: "background sentence", in: "Kestrel Partners Inc cut forty jobs on Monday. Dorvale Foods Inc is a family-owned snack maker in Ohio. The company said the price was fair.",
			want: nil},
	})
}

// TestStatementsItSubjectBody: "It said" opening the sentence after one
// whose subject is a body is that body, though it has not spoken yet;
// not "It added" (an act as often as words), not after a country word
// before a noun ("The Ruvanian firm ..."), not when another body is named.
func TestStatementsItSubjectBody(t *testing.T) {
	checkStatements(t, false, []stmtCase{
		{name: "agency", in: "The Ruvanian Water Agency proposed new rules for wells on Monday. It said the rules would protect farmers.",
			want: []string{"Ruvanian Water Agency"}},
		{name: "added as an act", in: "The Ruvanian Water Agency closed ten wells on Monday. It added two new pumps on Tuesday.",
			want: nil},
		{name: "another body named", in: "The Ruvanian Water Agency closed ten wells owned by Dorvale Foods Inc. It said the wells were unsafe.",
			want: nil},
	})
}

// TestStatementsBodyPair: "the two companies said", "both countries
// said" after exactly two such bodies are named gives each a statement;
// not when a firm the lists do not know may be one of the two.
func TestStatementsBodyPair(t *testing.T) {
	checkStatements(t, false, []stmtCase{
		{name: "two companies", in: "Kestrel Partners Inc agreed to buy Dorvale Foods Inc on Monday. The two companies said the deal would close in June.",
			want: []string{"Dorvale Foods Inc", "Kestrel Partners Inc"}},
		{name: "both countries", in: "Norway and Chile signed a fishing accord on Monday, both countries said.",
			want: []string{"Chile", "Norway"}},
		{name: "unknown firm", in: "Kestrel Partners Inc hired Harlow Veng Ltd and Dorvale Foods Inc as advisers. The two firms said the terms were fair.",
			want: nil},
	})
}
