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

// TestMeetingDateOtherNoun: a date written right after another encounter
// noun dates that encounter, not a later one in the sentence. The
// sentences are our own, with invented names.
func TestMeetingDateOtherNoun(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 4, 2), []meetingCase{
		{"other-talks-tomorrow",
			"Berg said that should the negotiations tomorrow collapse, she would request fresh talks with trade envoy Carl Diaz.",
			[]string{"TALKS PLANNED Berg+Carl Diaz  -"}},
		// must not fire: the occasion of the encounter shares its time
		{"meeting-at-occasion",
			"Trade envoy Carl Diaz met vice minister Anna Berg at a reception on Monday.",
			[]string{"MEETING OCCURRED Anna Berg+Carl Diaz 2025-03-31 -"}},
	})
}
