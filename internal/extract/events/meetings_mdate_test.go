package events

import (
	"testing"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// TestMeetingDateRuns: an encounter on a run of days written as two days
// joined by "and" is dated by the first of them (GUIDELINES §9), wherever
// the days stand. The sentences are our own, with invented names.
func TestMeetingDateRuns(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 4, 2), []meetingCase{ // a Wednesday
		{"days-before-verb",
			"Aides told reporters that on Thursday and Friday trade envoy Carl Diaz would meet with vice minister Anna Berg.",
			[]string{"MEETING PLANNED Anna Berg+Carl Diaz 2025-04-03 -"}},
		{"days-after-verb",
			"Trade envoy Carl Diaz will meet vice minister Anna Berg on Thursday and Friday.",
			[]string{"MEETING PLANNED Anna Berg+Carl Diaz 2025-04-03 -"}},
		// must not fire: one day for each of two events
		{"two-events",
			"Trade envoy Carl Diaz arrives on Thursday and will meet vice minister Anna Berg on Friday.",
			[]string{"MEETING PLANNED Anna Berg+Carl Diaz 2025-04-04 -"}},
	})
}
