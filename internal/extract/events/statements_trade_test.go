package events

import "testing"

// TestStatementsTradeNoun: "the airline said", "the utility added" go on
// with the company that spoke just before, as "the company said" does;
// not when no company spoke before.
func TestStatementsTradeNoun(t *testing.T) {
	checkStatements(t, false, []stmtCase{
		{name: "the airline", in: "Kestrel Airways Inc said its March traffic rose eight pct. The airline said its load factor fell to 60 pct.",
			want: []string{"Kestrel Airways Inc", "Kestrel Airways Inc"}},
		{name: "no company spoke", in: "Fares went up in March. The airline said its load factor fell to 60 pct.",
			want: nil},
	})
}
