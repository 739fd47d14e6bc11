package events

import "testing"

// TestStatementPassiveQuotedAs pins "X was quoted (by Y) as saying ...",
// the passive of "Y quoted X as saying": X speaks, whether the words
// come before the attribution or after "saying". Unnamed subjects and a
// "quoted" with no "as saying" give nothing.
func TestStatementPassiveQuotedAs(t *testing.T) {
	checkStatements(t, false, []stmtCase{
		{"the words before",
			"\"We will keep paying our debts,\" Prime Minister Tom Reed was quoted as saying.",
			[]string{"Tom Reed"}},
		{"the words after, a medium between",
			"Tom Reed was quoted by the state radio on Sunday as saying the deal was off.",
			[]string{"Tom Reed"}},
		{"telling a listener",
			"Minister Tom Reed has been quoted as telling party members that taxes will rise.",
			[]string{"Tom Reed"}},
		{"a pronoun",
			"Tom Reed runs the port. He was quoted as saying the strike would end soon.",
			[]string{"Tom Reed"}},
		{"unnamed officials",
			"Officials were quoted by the radio as saying the deal was off.",
			nil},
		{"no as saying",
			"Tom Reed has been quoted in the press many times.",
			nil},
	})
}
