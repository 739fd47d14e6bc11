package events

import "testing"

// TestStatementsGovernmentOf: "the government of X said" makes the
// country speak, as "the X-ian government said" does; a spokesman for it
// is an unnamed speaker.
func TestStatementsGovernmentOf(t *testing.T) {
	checkStatements(t, false, []stmtCase{
		{name: "government of", in: "The government of Chile announced that it would freeze fuel prices until June.",
			want: []string{"Chile"}},
		{name: "after comma", in: "On Monday, the government of Chile said fuel prices would be frozen.",
			want: []string{"Chile"}},
		{name: "spokesman for", in: "A spokesman for the government of Chile said fuel prices would be frozen.",
			want: nil},
	})
}
