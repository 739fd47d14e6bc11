package events

import (
	"testing"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// TestBetweenSides pins that "talks between A and B" with a person on
// one side and only a body or country on the other keeps the body as
// the side it stands in for (GUIDELINES §7), unless the body is the
// person's own. Sentences and names are invented.
func TestBetweenSides(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 11), []meetingCase{
		{"person-and-ministry",
			"Prices rose after talks between Kenyan Trade Minister Tomas Lind and the French Finance Ministry.",
			[]string{"TALKS OCCURRED French Finance Ministry+Tomas Lind  -"}},
		// near miss: the officials are the person's own country's
		{"person-and-own-officials",
			"Prices rose after talks between Kenyan Trade Minister Tomas Lind and Kenyan officials.",
			nil},
	})
}
