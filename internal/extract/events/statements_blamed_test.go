package events

import "testing"

// TestStatementsBlamed: "blamed X on Y" / "blamed Y for X" names a cause
// or a fault in words; being blamed is no statement of the one blamed.
func TestStatementsBlamed(t *testing.T) {
	checkStatements(t, false, []stmtCase{
		{name: "blamed on", in: "Tomas Verel blamed the drop in profits on the strong krone.",
			want: []string{"Tomas Verel"}},
		{name: "blamed for", in: "Union leader Mira Solen blamed the employers for the failure of the talks.",
			want: []string{"Mira Solen"}},
		{name: "passive", in: "Tomas Verel was blamed for the failure of the talks.",
			want: nil},
	})
}
