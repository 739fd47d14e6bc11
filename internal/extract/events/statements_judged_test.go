package events

import "testing"

// TestStatementsJudged: "hailed", "congratulated", "echoed", "voiced"
// and "apologised for/to" report praise, agreement, concern or regret in
// words; not in the passive, and not before a preposition ("voiced by").
func TestStatementsJudged(t *testing.T) {
	checkStatements(t, false, []stmtCase{
		{name: "voiced concern", in: "Senator Tomas Verel voiced concern that the fleet was too small.",
			want: []string{"Tomas Verel"}},
		{name: "hailed", in: "Coach Mira Solen hailed her goalkeeper for a string of fine saves.",
			want: []string{"Mira Solen"}},
		{name: "apologised for", in: "Tomas Verel apologised for the delays to the new railway line.",
			want: []string{"Tomas Verel"}},
		{name: "passive", in: "Tomas Verel was hailed as a hero by the crowd in Oslo.",
			want: nil},
	})
}

// TestStatementsEndorsedCandidate: "X endorsed Y" with a named person (or
// that person's campaign) as object is X's statement (GUIDELINES 20.13);
// endorsing a plan, or a name reached only past a comma, is not.
func TestStatementsEndorsedCandidate(t *testing.T) {
	checkStatements(t, false, []stmtCase{
		{name: "rival apposition", in: "On Friday, Lena Marsh endorsed her former rival, Oskar Brenn.",
			want: []string{"Lena Marsh"}},
		{name: "title before name", in: "Lena Marsh endorsed former Mayor Oskar Brenn for governor.",
			want: []string{"Lena Marsh"}},
		{name: "plan", in: "Lena Marsh endorsed the harbour plan.",
			want: nil},
		{name: "past a comma", in: "Lena Marsh endorsed charter schools, though Oskar Brenn had doubts.",
			want: nil},
	})
}

// TestStatementsMaintainedKeptUp: "maintained" reports words when a
// clause, "that" or a stance follows ("maintained that ...", "maintained
// his innocence"), not when something is kept up ("maintains a quota",
// "maintained their lead").
func TestStatementsMaintainedKeptUp(t *testing.T) {
	checkStatements(t, false, []stmtCase{
		{name: "that later", in: "Tomas Verel has maintained in the past that the dam is safe.",
			want: []string{"Tomas Verel"}},
		{name: "clause", in: "Tomas Verel maintained he was never in Pello.",
			want: []string{"Tomas Verel"}},
		{name: "innocence", in: "Tomas Verel maintained his innocence throughout the trial.",
			want: []string{"Tomas Verel"}},
		{name: "quota", in: "Ruvania maintains a quota on grain imports.",
			want: nil},
		{name: "lead", in: "Tomas Verel maintained a narrow lead in the polls.",
			want: nil},
	})
}
