package events

import (
	"testing"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// TestPurposeTalksWithCountry pins that talks which are the purpose of
// the subject's trip, or what the subject proposes, are the subject's
// own: a country or body on the other side that names no person stands
// in for it (GUIDELINES §7). A mere mention of talks keeps the other
// side a person's. Sentences and names are invented.
func TestPurposeTalksWithCountry(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 11), []meetingCase{
		{"travel-for-talks-with-country",
			"Trade Minister Tomas Lind said he would fly to Lima for talks with Peru on copper tariffs.",
			// the talks have the visit's own parties: only the visit (GUIDELINES 13.8)
			[]string{"VISIT PLANNED Peru+Tomas Lind  Lima"}},
		{"proposed-talks-with-country",
			"Trade Minister Tomas Lind proposed fresh talks with Peru on copper tariffs.",
			[]string{"TALKS PLANNED Peru+Tomas Lind  -"}},
		// near miss: the speaker only speaks of the talks
		{"spoke-of-talks-with-country",
			"Trade Minister Tomas Lind said talks with Peru on copper tariffs would be difficult.",
			nil},
	})
}
