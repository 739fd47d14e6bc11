package events

import "testing"

// TestStatementsInvertedClaimsQuipped: "..., claims X.", "quipped X",
// "enthused X" put the speaker after the verb, as "said X" does. Not
// "claims X" with no quotation or clause before it ("the party claims
// three seats" is no utterance of the seats).
func TestStatementsInvertedClaimsQuipped(t *testing.T) {
	checkStatements(t, false, []stmtCase{
		{name: "claims after a quotation", in: "\"Nobody has built ships that fast before,\" claims harbour engineer Ann Roe.",
			want: []string{"Ann Roe"}},
		{name: "quipped", in: "\"You have to earn the weekend,\" quipped editor Paul Vance.",
			want: []string{"Paul Vance"}},
		{name: "enthused", in: "\"We are launching the first boat,\" enthused Dana Pike, the project manager.",
			want: []string{"Dana Pike"}},
		{name: "claims a prize", in: "The Ruvanian team claims Gold Cup after a late goal.",
			want: nil},
	})
}
