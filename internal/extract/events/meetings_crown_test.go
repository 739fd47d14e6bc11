package events

import (
	"testing"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// TestMeetingCrownPrincess pins "Crown Princess" as a title like "Crown
// Prince": a stray "Crown" no longer splits the pair the verb governs.
// The sentence is our own.
func TestMeetingCrownPrincess(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 10), []meetingCase{
		{"crown-pair",
			"Prime Minister Kari Lunde met Crown Prince Aldo and Crown Princess Bera in Oslo on Friday.",
			[]string{"MEETING OCCURRED Crown Prince Aldo+Crown Princess Bera+Kari Lunde 2025-03-07 Oslo"}},
	})
}
