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
