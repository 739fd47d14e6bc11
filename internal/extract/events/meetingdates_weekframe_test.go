package events

import (
	"testing"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// TestMeetingNextWeekFrame pins a planned encounter dated by a bare
// weekday after an earlier clause has moved the time on to next week
// ("next Monday and Tuesday ... on Thursday"): this Thursday or next
// both fit, so the month holding both. With no such frame the weekday
// keeps its day, and so does "next Thursday", which timex reads on its own.
// The sentences are our own.
func TestMeetingNextWeekFrame(t *testing.T) {
	ref := kg.DateDay(2025, 3, 5) // a Wednesday
	checkMeetings(t, ref, []meetingCase{
		{"weekday-after-next-monday",
			"Fishing experts from both sides will gather next Monday and Tuesday. On Thursday, Chilean minister Ana Vila will meet Peruvian minister Tom Reik.",
			[]string{"MEETING PLANNED Ana Vila+Tom Reik 2025-03 -"}},
		{"no-frame",
			"On Thursday, Chilean minister Ana Vila will meet Peruvian minister Tom Reik.",
			[]string{"MEETING PLANNED Ana Vila+Tom Reik 2025-03-06 -"}},
		{"next-thursday-own-week",
			"Fishing experts from both sides will gather next Monday and Tuesday. Next Thursday, Chilean minister Ana Vila will meet Peruvian minister Tom Reik.",
			[]string{"MEETING PLANNED Ana Vila+Tom Reik 2025-03-06 -"}},
	})
}
