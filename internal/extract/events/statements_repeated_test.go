package events

import "testing"

// TestStatementsRepeatedQuestioned: "reaffirmed/repeated" a stance or a
// clause, and "questioned whether/how/the need", are words; repeating a
// feat ("repeats that in Oslo") or being questioned by police is not.
func TestStatementsRepeatedQuestioned(t *testing.T) {
	checkStatements(t, false, []stmtCase{
		{name: "repeated his call", in: "Tomas Verel repeated his call for lower fuel duties.",
			want: []string{"Tomas Verel"}},
		{name: "reaffirmed that", in: "Finance Minister Oskar Brevik reaffirmed that the budget would be balanced by 2027.",
			want: []string{"Oskar Brevik"}},
		{name: "questioned whether", in: "Mira Solen questioned whether the new stadium would ever be finished.",
			want: []string{"Mira Solen"}},
		{name: "repeats a feat", in: "If Mira Solen repeats that in Oslo she will win a medal.",
			want: nil},
		{name: "questioned by police", in: "Tomas Verel was questioned by police on Monday.",
			want: nil},
	})
}
