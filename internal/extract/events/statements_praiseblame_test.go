package events

import "testing"

// TestStatementsPraiseBlame: "lauded", "decried", "lambasted" judge in
// words like "praised" and "criticised"; the passive names no speaker
// before the verb.
func TestStatementsPraiseBlame(t *testing.T) {
	checkStatements(t, false, []stmtCase{
		{name: "lauded", in: "Coach Bram Osterhout lauded the young goalkeeper for his calm in the final minutes.",
			want: []string{"Bram Osterhout"}},
		{name: "decried", in: "Mayor Tilda Quarne decried the closure of the harbour ferry.",
			want: []string{"Tilda Quarne"}},
		{name: "passive", in: "Tilda Quarne was lauded for her handling of the harbour floods.",
			want: nil},
	})
}
