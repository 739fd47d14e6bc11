package events

import "testing"

// TestStatementsSayingDate: a day right after the verb of saying, before
// a content with no "that" ("X said on Friday the bridge was unsafe"),
// dates the saying when it is a recent day up to the story's date; a day
// ahead or long past is what is said. Invented sentences; the reference
// date is Monday 2025-03-10.
func TestStatementsSayingDate(t *testing.T) {
	checkStatementDates(t, []stmtCase{
		{name: "said on weekday",
			in:   "Mayor Tomas Verel said on Friday the old bridge of Ruvania was unsafe.",
			want: []string{"Tomas Verel|2025-03-07"}},
		{name: "announced on a recent day of the month",
			in:   "The Ruvania Transit Authority announced on March 4 its buses would run all night.",
			want: []string{"Ruvania Transit Authority|2025-03-04"}},

		// must not move: a day ahead is the content's ("it will close")
		{name: "day ahead",
			in:   "Mayor Tomas Verel said on March 20 the old bridge will close for repairs.",
			want: []string{"Tomas Verel|2025-03-10"}},
		// must not move: a day long past is the content's
		{name: "long past",
			in:   "The Ruvania Transit Authority said on January 2 ridership stood at a record.",
			want: []string{"Ruvania Transit Authority|2025-03-10"}},
		// must not move: a possessive day is part of the content
		{name: "possessive day",
			in:   "Mayor Tomas Verel said Friday's vote on the old bridge was a mistake.",
			want: []string{"Tomas Verel|2025-03-10"}},
	})
}
