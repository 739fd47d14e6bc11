package events

import "testing"

// TestStatementsOccasionDate: a story whose lead dates a speech ("On
// Friday, X announced ...") goes on quoting from it: the same speaker's
// undated statements that follow take that day, until another speaker
// speaks, the paragraph moves to another time, or the verb says the
// words came earlier. The reference date is Monday 2025-03-10.
func TestStatementsOccasionDate(t *testing.T) {
	checkStatementDates(t, []stmtCase{
		{name: "lead weekday carries to the next paragraph",
			in:   "On Friday, Tomas Verel, the mayor of Ruvania, announced that the old bridge would close.\n\n\"The river has risen too far,\" Verel said in a televised address.",
			want: []string{"Tomas Verel|2025-03-07", "Tomas Verel|2025-03-07"}},
		{name: "verb then yesterday",
			in:   "Tomas Verel said yesterday that the old bridge would close.\n\nHe added that repairs would take a year.",
			want: []string{"Tomas Verel|2025-03-09", "Tomas Verel|2025-03-09"}},
		{name: "another speaker ends the occasion",
			in:   "On Friday, Tomas Verel announced that the old bridge would close.\n\nAnna Pellow said the closure was overdue.\n\nVerel said repairs would take a year.",
			want: []string{"Tomas Verel|2025-03-07", "Anna Pellow|2025-03-10", "Tomas Verel|2025-03-10"}},
		{name: "a new time in the paragraph ends it",
			in:   "On Friday, Tomas Verel announced that the old bridge would close.\n\nIn January, engineers inspected the bridge. During the inspection, Verel said it was safe.",
			want: []string{"Tomas Verel|2025-03-07", "Tomas Verel|2025-03-10"}},
		// an earlier occasion, and "previously" leaves it undated (§9)
		{name: "pluperfect is an earlier occasion",
			in:   "On Friday, Tomas Verel announced that the old bridge would close. He had previously said it was safe.",
			want: []string{"Tomas Verel|2025-03-07", "Tomas Verel|"}},
		{name: "pluperfect alone is an earlier occasion",
			in:   "On Friday, Tomas Verel announced that the old bridge would close. He had said it was safe.",
			want: []string{"Tomas Verel|2025-03-07", "Tomas Verel|2025-03-10"}},
		{name: "a date of something else in the lead does not carry",
			in: "Tomas Verel shrugged off yesterday's flood, saying the bridge was sound.\n\n\"It will stand,\" he said.",
			// (the lead itself takes the day of the flood today; what
			// follows does not)
			want: []string{"Tomas Verel|2025-03-09", "Tomas Verel|2025-03-10"}},
		{name: "a dated statement outside the lead does not carry",
			in:   "The old bridge of Ruvania will close.\n\nTomas Verel said on Friday that it was unsafe.\n\n\"It will fall,\" Verel said.",
			want: []string{"Tomas Verel|2025-03-07", "Tomas Verel|2025-03-10"}},
	})
}
