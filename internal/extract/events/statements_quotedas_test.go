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

// TestStatementQuotedAsAfterWords pins "...," the agency quoted X as
// saying: the words before the one who quotes are X's, also for a
// pronoun and a name with its honorific; a pronoun for a body is none.
func TestStatementQuotedAsAfterWords(t *testing.T) {
	checkStatements(t, true, []stmtCase{
		{"the words before the quoting body",
			"\"The talks went well,\" the agency quoted Tom Reed as saying.",
			[]string{"Tom Reed|The talks went well"}},
		{"a pronoun",
			"Tom Reed spoke in Warsaw. \"The talks went well,\" the radio quoted him as saying.",
			[]string{"Tom Reed|The talks went well"}},
		{"an honorific before the name",
			"Tom Reed spoke in Warsaw. The paper quoted Mr Reed as saying the talks went well.",
			[]string{"Tom Reed|"}},
	})
}
