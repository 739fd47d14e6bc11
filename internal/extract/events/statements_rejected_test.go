package events

import "testing"

// TestStatementsRejectedClaims: rejecting, dismissing, brushing off or
// playing down words ("claims", "suggestions", "reports", "calls") is an
// answer in words; rejecting a bid or dismissing an employee is not.
func TestStatementsRejectedClaims(t *testing.T) {
	checkStatements(t, false, []stmtCase{
		{name: "rejected claims that", in: "Finance Minister Oskar Brevik rejected claims that the krone would be devalued.",
			want: []string{"Oskar Brevik"}},
		{name: "brushed off suggestions", in: "Tomas Verel brushed off Labour suggestions that his party was split.",
			want: []string{"Tomas Verel"}},
		{name: "played down reports", in: "Coach Mira Solen has played down reports that her striker will miss the final.",
			want: []string{"Mira Solen"}},
		{name: "rejected a bid", in: "Tomas Verel rejected the takeover bid from Kestrel Partners.",
			want: nil},
		{name: "dismissed a person", in: "Tomas Verel dismissed his finance director on Monday.",
			want: nil},
	})
}
