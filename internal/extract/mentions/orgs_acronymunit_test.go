package mentions

import "testing"

// TestAcronymBodyUnit: a listed body's acronym before Council, Fund, Board
// or Trust names an organ of its own. Guards: a legal suffix or a channel
// after the acronym, and a body the list knows after it.
func TestAcronymBodyUnit(t *testing.T) {
	tests := []orgCase{
		{"council", "The GATT Council will review the dispute over rice quotas next week.",
			[]string{"GATT Council"}, nil},
		{"fund and of-phrase", "Aid came from the OPEC Fund for Rural Roads after the storm.",
			[]string{"OPEC Fund for Rural Roads"}, []string{"Fund for Rural Roads"}},
		{"legal suffix", "Shares of IBM Corp rose two dollars in early trading.",
			[]string{"IBM Corp"}, []string{"Corp", "Shares of IBM Corp"}}, // the firm's registered name, no organ of it
		{"channel", "She told BBC Radio that the vote was close.",
			nil, []string{"BBC Radio"}},
	}
	checkOrgs(t, tests)
}
