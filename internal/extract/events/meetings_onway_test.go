package events

import (
	"testing"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// TestVisitOnWay pins a traveller's route told with "way": "is on his way
// to X" is a trip not yet made (as "is heading for X"), "on her way home
// from X" a stay that is over (as "returning home from X"). Only a
// person's possessive and a country or capital right after the
// preposition count. The sentences are our own.
func TestVisitOnWay(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 10), []meetingCase{
		{"on-way-to",
			"Kenyan Trade Minister Carl Diaz is on his way to Norway after a fair in Ghana.",
			[]string{"VISIT PLANNED Carl Diaz+Norway  Norway"}},
		{"was-on-way-to",
			"Kenyan Trade Minister Carl Diaz was on his way to Norway when the strike began.",
			[]string{"VISIT OCCURRED Carl Diaz+Norway  Norway"}},
		{"on-way-home-from",
			"Kenyan Trade Minister Carl Diaz, on her way home from Norway, praised the fish trade.",
			[]string{"VISIT OCCURRED Carl Diaz+Norway  Norway"}},
		{"stop-then-from",
			"Kenyan Trade Minister Carl Diaz is in Oslo on his way back from Peru.",
			[]string{"VISIT OCCURRED Carl Diaz+Peru  Peru"}},
		// no country after the preposition, a thing's way, no post
		{"to-work",
			"Kenyan Trade Minister Carl Diaz was on his way to work in Norway.", nil},
		{"its-way",
			"The Kenyan tanker of Trade Minister Carl Diaz is on its way to Norway.", nil},
		{"home-after",
			"Kenyan Trade Minister Carl Diaz is on his way home after talks in Norway.", nil},
		{"no-post",
			"Carl Diaz is on his way to Norway.", nil},
	})
}
