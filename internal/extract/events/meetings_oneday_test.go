package events

import (
	"testing"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// TestJointOneDay pins "A met B and C" tied to one day or hour as one
// joint meeting (GUIDELINES §7, 17.1), and the visitor's rounds that stay
// one meeting per counterpart. The sentences are our own.
func TestJointOneDay(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 10), []meetingCase{
		{"place-and-day-after-list",
			"Finance Minister Karl Brandt met Trade Minister Otto Lenz and central bank chief Hans Weber in Bonn on Tuesday, a spokesman said.",
			[]string{"MEETING OCCURRED Hans Weber+Karl Brandt+Otto Lenz 2025-03-04 Bonn"}},
		{"hour-after-list",
			"Mayor Lisa Hart would meet with Governor Tom Reed and Senator Ann Cole at 3 PM, an aide said.",
			[]string{"MEETING PLANNED Ann Cole+Lisa Hart+Tom Reed  -"}},
		{"day-before-subject",
			"The memoir says on 4 June Lord Ashby met then Transport Minister Lord Pell and party adviser Baroness Crane.",
			[]string{"MEETING OCCURRED Ashby+Crane+Pell 2024-06-04 -"}},
		{"day-opening-clause",
			"On Monday, Karl Brandt met Otto Lenz and Hans Weber.",
			[]string{"MEETING OCCURRED Hans Weber+Karl Brandt+Otto Lenz 2025-03-10 -"}},
		// guards: one meeting per counterpart
		{"day-in-relative-clause",
			"Economy Minister Omar Said, who flies to Rome on Friday, met President Ali Hamid and envoy Sami Aziz to discuss the loan. Italy is ready.",
			[]string{"VISIT OCCURRED Italy+Omar Said 2025-03-07 Rome", "MEETING OCCURRED Ali Hamid+Omar Said  -", "MEETING OCCURRED Omar Said+Sami Aziz  -"}},
		{"day-in-later-clause",
			"Karl Brandt met Otto Lenz and Hans Weber, and on Monday he flew home.",
			// (the date of the later clause is another reading's, not pinned here)
			[]string{"MEETING OCCURRED Karl Brandt+Otto Lenz 2025-03-10 -", "MEETING OCCURRED Hans Weber+Karl Brandt 2025-03-10 -"}},
		{"separate-meetings",
			"Karl Brandt held separate meetings with Otto Lenz and Hans Weber on Monday.",
			[]string{"MEETING OCCURRED Karl Brandt+Otto Lenz 2025-03-10 -", "MEETING OCCURRED Hans Weber+Karl Brandt 2025-03-10 -"}},
		{"trip-told-before",
			"Trade Secretary Karl Brandt leaves on Saturday on a week-long trip to Asia. Brandt will meet Prime Minister Otto Lenz and Finance Minister Hans Weber on Monday to discuss tariffs.",
			[]string{"MEETING PLANNED Karl Brandt+Otto Lenz 2025-03-17 -", "MEETING PLANNED Hans Weber+Karl Brandt 2025-03-17 -"}},
		{"arrival-told-before",
			"Foreign Minister Karl Brandt arrived in Oslo on Sunday. He met Prime Minister Otto Lenz and Finance Minister Hans Weber on Monday. Norway is ready.",
			[]string{"VISIT OCCURRED Karl Brandt+Norway 2025-03-09 Oslo", "MEETING OCCURRED Karl Brandt+Otto Lenz 2025-03-10 -", "MEETING OCCURRED Hans Weber+Karl Brandt 2025-03-10 -"}},
		{"span-of-days",
			"Karl Brandt will meet Otto Lenz and Hans Weber on Monday and Tuesday.",
			[]string{"MEETING PLANNED Karl Brandt+Otto Lenz 2025-03-17 -", "MEETING PLANNED Hans Weber+Karl Brandt 2025-03-17 -"}},
	})
}
