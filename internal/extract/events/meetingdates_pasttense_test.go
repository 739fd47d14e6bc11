package events

import (
	"testing"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// TestMeetingPastClauseMonth pins a planned encounter whose month is
// governed by a past verb ("In May, X was invited to Lima for talks"):
// the month is the invitation's, so the talks stay undated instead of
// taking next May. A month the encounter's own infinitive governs
// ("was invited to hold talks ... in May") still dates it ahead. The
// sentences are our own.
func TestMeetingPastClauseMonth(t *testing.T) {
	ref := kg.DateDay(2025, 3, 5)
	checkMeetings(t, ref, []meetingCase{
		{"opener-month-past-passive",
			"In May, Chilean fishing minister Ana Vila was invited to Lima for talks with Peruvian trade chief Tom Reik.",
			[]string{"TALKS PLANNED Ana Vila+Tom Reik  -"}},
		{"infinitive-governs-month",
			"Chilean fishing minister Ana Vila was invited to hold talks with Peruvian trade chief Tom Reik in May.",
			[]string{"TALKS PLANNED Ana Vila+Tom Reik 2025-05 -"}},
	})
}
