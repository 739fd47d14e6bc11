package events

import "testing"

// TestStatementsRuledOut: "ruled out a rate cut" states a refusal in
// words; "ruled out of the final" (by injury) does not.
func TestStatementsRuledOut(t *testing.T) {
	checkStatements(t, false, []stmtCase{
		{name: "ruled out", in: "Central bank governor Oskar Brevik ruled out another cut in interest rates.",
			want: []string{"Oskar Brevik"}},
		{name: "ruled out of", in: "Mira Solen has been ruled out of the final with a knee injury.",
			want: nil},
	})
}
