package events

import "testing"

// TestStatementRankAfterName pins a barrister's rank written after the
// name ("Judge X QC said"), read like the seat of "X MP said": the person
// speaks.
func TestStatementRankAfterName(t *testing.T) {
	checkStatements(t, false, []stmtCase{
		{"a title before, the rank after",
			"Prosecutor Tom Reed QC said the victims were \"vulnerable\".",
			[]string{"Tom Reed"}},
		{"after an apposition with no closing comma",
			"The head of the Bar Council, Tom Reed KC warned there was a real risk to justice.",
			[]string{"Tom Reed"}},
		{"the seat as before",
			"Tom Reed MP said the bridge must reopen.",
			[]string{"Tom Reed"}},
	})
}
