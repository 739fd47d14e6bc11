package events

import "testing"

// TestStatementsParticipleMore: more participles of speech after a
// clause of a named subject ("..., stating ...", "..., telling X
// that ...", "..., declaring ..."); not when the subject is an unnamed
// member of a named body or country ("a Kestrel official ..., telling",
// "Ruvanian authorities ..., alleging", "Ruvanian bankers ..., adding").
func TestStatementsParticipleMore(t *testing.T) {
	checkStatements(t, false, []stmtCase{
		{name: "stating after another verb", in: "Senator Anna Pellow of Ruvania questioned his commitment to the plan, stating, \"The people have a right to ask.\"",
			want: []string{"Anna Pellow"}},
		{name: "telling a listener", in: "Tomas Verel rejected the claim, telling the court that he had never met the buyer.",
			want: []string{"Tomas Verel"}},
		{name: "declaring", in: "Anna Pellow was in a buoyant mood, declaring the rival party would not matter.",
			want: []string{"Anna Pellow"}},
		{name: "alleging, a body", in: "Kestrel Partners sued the bank, alleging that its loans had been hidden.",
			want: []string{"Kestrel Partners"}},
		{name: "unnamed official of a body", in: "A Kestrel Partners official took a calmer view, telling reporters that prices would recover.",
			want: nil},
		{name: "unnamed authorities of a country", in: "Ruvanian authorities closed the bank, alleging that its loans had been hidden.",
			want: nil},
		{name: "unnamed bankers of a country", in: "Ruvanian bankers criticised the fund, adding that it lends too little.",
			want: nil},
		{name: "suggesting is no speech", in: "Tomas Verel sold his shares, suggesting a lack of faith.",
			want: nil},
	})
}
