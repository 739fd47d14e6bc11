package events

import (
	"testing"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// TestMeetingPlannedSpanDate pins a planned encounter dated by a span
// its sentence names (GUIDELINES §9): "at the end of the month" is the
// reference month, "the week after" a "next week" is the week two weeks
// on, here inside one month. A month named before the phrase may be
// the month meant, so the encounter stays undated; so does a week after
// no "next week". The sentences are our own.
func TestMeetingPlannedSpanDate(t *testing.T) {
	ref := kg.DateDay(2025, 3, 5) // a Wednesday
	checkMeetings(t, ref, []meetingCase{
		{"end-of-the-month",
			"Chilean President Tom Reik hopes to go to Peru at the end of the month, aides say.",
			[]string{"VISIT PLANNED Peru+Tom Reik 2025-03 Peru"}},
		{"week-after-next-week",
			"Officials said Chile would send a formal note next week and that Tom Reik and Ana Vila would probably meet the week after.",
			[]string{"MEETING PLANNED Ana Vila+Tom Reik 2025-03 -"}},
		{"week-after-no-anchor",
			"Officials said Tom Reik and Ana Vila would probably meet the week after the vote.",
			[]string{"MEETING PLANNED Ana Vila+Tom Reik  -"}},
		{"month-named-before",
			"After the January 9 vote on fishing, Chilean President Tom Reik plans to visit Peru at the end of the month.",
			[]string{"VISIT PLANNED Peru+Tom Reik  Peru"}},
	})
}
