package events

import "testing"

// TestStatementsDescribedInCommas: a name set off by commas with its
// own description before it inside them ("Lind's widow, former chess
// player Ann Roe, said") is the speaker, as a bare name in commas is.
// Not a clause in the commas ("who met ...", "with ...").
func TestStatementsDescribedInCommas(t *testing.T) {
	checkStatements(t, false, []stmtCase{
		{name: "possessive then description", in: "Lind's widow, former chess player Ann Roe, said her husband had kept a diary.",
			want: []string{"Ann Roe"}},
		{name: "article opens the description", in: "His sister, the retired surgeon Ann Roe, said the family would appeal.",
			want: []string{"Ann Roe"}},
		{name: "a relative clause", in: "Paul Vance, who met former chess player Ann Roe, said the club would close.",
			want: []string{"Paul Vance"}},
		{name: "a preposition", in: "The club, with former chess player Ann Roe, said it would close.",
			want: nil},
	})
}
