package events

import (
	"testing"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// TestMeetingSoonWith pins a time or manner adverb between the verb and
// "with" ("is expected to meet soon with X"); a habit ("meets regularly
// with X") stays no encounter. The sentences are our own.
func TestMeetingSoonWith(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 11), []meetingCase{
		{"meet-soon-with",
			"Chile's energy chief Carl Diaz is scheduled to meet soon with Anna Berg, a trade envoy.",
			[]string{"MEETING PLANNED Anna Berg+Carl Diaz  -"}},
		{"met-personally-with",
			"Energy Minister Carl Diaz met personally with Anna Berg on Monday.",
			[]string{"MEETING OCCURRED Anna Berg+Carl Diaz 2025-03-10 -"}},
		// near miss
		{"habit", "Energy Minister Carl Diaz meets regularly with Anna Berg.", nil},
	})
}
