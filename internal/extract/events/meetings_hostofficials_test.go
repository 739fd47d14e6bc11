package events

import (
	"testing"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// TestHostOfficialsDropped pins GUIDELINES 13.8: talks or a meeting of a
// named visitor with unnamed officials of the country he visits have the
// visit's own parties, so only the visit is reported; talks with a named
// host, and talks of a visitor no one names, stay. The sentences are our
// own.
func TestHostOfficialsDropped(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 10), []meetingCase{
		{"talks-during-visit",
			"Kenyan Trade Minister Carl Diaz is on a three-day visit to Norway. Diaz opened talks with Norwegian trade officials on Monday.",
			[]string{"VISIT OCCURRED Carl Diaz+Norway  Norway"}},
		{"named-host-stays",
			"Kenyan Trade Minister Carl Diaz is on a three-day visit to Norway. Diaz opened talks with Norwegian Trade Minister Olav Lund on Monday.",
			[]string{"VISIT OCCURRED Carl Diaz+Norway  Norway", "TALKS OCCURRED Carl Diaz+Olav Lund 2025-03-10 -"}},
		{"no-visit-stays",
			"Kenyan Trade Minister Carl Diaz opened talks with Norwegian trade officials in Nairobi on Monday.",
			[]string{"TALKS OCCURRED Carl Diaz+Norway 2025-03-10 Nairobi"}},
	})
}
