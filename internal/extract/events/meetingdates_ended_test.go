package events

import (
	"testing"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// TestMeetingEndedSpanDate pins talks of a stated length whose last day
// the sentence gives (GUIDELINES 20.31): the month holding the run of
// days, or the year when the run crosses into a new month. Talks with
// no length, or a length with no end day, stay undated. The sentences
// are our own.
func TestMeetingEndedSpanDate(t *testing.T) {
	ref := kg.DateDay(2025, 3, 12) // a Wednesday
	checkMeetings(t, ref, []meetingCase{
		{"days-of-talks-ended-yesterday",
			"Chile and Peru held three days of talks which ended in Lima yesterday.",
			[]string{"TALKS OCCURRED Chile+Peru 2025-03 Lima"}},
		{"n-day-talks-crossing-month",
			"Chile's fishing minister Ana Vila held 14-day talks with Peru's Tom Reik that ended on Monday.",
			[]string{"TALKS OCCURRED Ana Vila+Tom Reik 2025 -"}},
		{"no-length",
			"Chile and Peru held talks which ended in Lima yesterday.",
			[]string{"TALKS OCCURRED Chile+Peru  Lima"}},
		{"length-no-end-day",
			"Chile and Peru held three days of talks in Lima.",
			[]string{"TALKS OCCURRED Chile+Peru  Lima"}},
	})
}
