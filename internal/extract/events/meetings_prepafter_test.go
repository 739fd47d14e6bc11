package events

import (
	"testing"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// TestPrepositionAfterCountry pins that a country named right before a
// preposition ("with Peru despite ...") is a party, not a modifier of
// the word after it, while "under" stays a post's word ("U.S. under
// secretary X"). Sentences and names are invented.
func TestPrepositionAfterCountry(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 11), []meetingCase{
		{"despite-after-country",
			"Minister Tomas Lind said Kenya held fishing talks with Peru despite the dispute over quotas.",
			[]string{"TALKS OCCURRED Kenya+Peru  -"}},
		// near miss: "under" belongs to the post
		{"under-secretary",
			"Kenyan Trade Minister Tomas Lind held talks with U.S. under secretary Anna Berg on Monday.",
			[]string{"TALKS OCCURRED Anna Berg+Tomas Lind 2025-03-10 -"}},
	})
}
