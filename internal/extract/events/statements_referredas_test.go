package events

import "testing"

// TestStatementsReferredAs: "referred to X as "..."" names a thing in the
// speaker's words, like "described X as"; the passive "is referred to as"
// and "referred to the report" (a mention, no naming) are no statements.
func TestStatementsReferredAs(t *testing.T) {
	checkStatements(t, false, []stmtCase{
		{name: "referred to as quote", in: "Mayor Hollis Breck referred to the flooded depot as \"a monument to neglect\".",
			want: []string{"Hollis Breck"}},
		{name: "refers to as", in: "Governor Alma Ricketts refers to the new levy as a tax on farmers.",
			want: []string{"Alma Ricketts"}},
		{name: "passive", in: "The bridge near Tovar is often referred to as \"the orange giant\" by locals.",
			want: nil},
		{name: "no naming", in: "Tereza Malkova referred to the budget report during a visit to Brno.",
			want: nil},
		{name: "as well as", in: "Tereza Malkova referred to the budget report as well as the audit.",
			want: nil},
	})
}
