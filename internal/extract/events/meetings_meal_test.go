package events

import (
	"testing"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// TestMeetingMealVerb pins an encounter over a meal told by a verb
// ("dined with X") or by "at dinner with X", and no meeting for a meal
// with no counterpart. The sentences are our own.
func TestMeetingMealVerb(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 10), []meetingCase{
		{"dined-with",
			"Kenyan Trade Minister Carl Diaz dined with Norwegian Trade Minister Anna Berg on Friday.",
			[]string{"MEETING OCCURRED Anna Berg+Carl Diaz 2025-03-07 -"}},
		{"will-dine-with",
			"Carl Diaz will dine privately with Anna Berg in Oslo next week.",
			[]string{"MEETING PLANNED Anna Berg+Carl Diaz 2025-03 Oslo"}},
		{"at-dinner-with",
			"Reports said Carl Diaz was at dinner with Anna Berg when the vote was called.",
			[]string{"MEETING OCCURRED Anna Berg+Carl Diaz  -"}},
		// a meal with no one named after it
		{"dined-at",
			"Carl Diaz dined at the embassy in Oslo before flying home.", nil},
	})
}
