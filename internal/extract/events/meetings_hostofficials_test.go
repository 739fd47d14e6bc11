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

// TestRoyalVisit pins a prince named by title and given name (GUIDELINES
// 13.1: the title is in his name, no post) as a visitor: his rank stands
// for a post, and the country qualifying his name, or the name of a royal
// joined to him, is the one he comes from: a trip inside it is no
// visit. The sentences are our own.
func TestRoyalVisit(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 10), []meetingCase{
		{"royal-pair-city",
			"Norway's Crown Prince Aldo and Crown Princess Bera visited Lima on Monday to open a fair for Peru's fishermen.",
			[]string{"VISIT OCCURRED Crown Prince Aldo+Crown Princess Bera+Peru 2025-03-10 Lima"}},
		{"prince-country",
			"Prince Aldo visited Peru on Monday.",
			[]string{"VISIT OCCURRED Peru+Prince Aldo 2025-03-10 Peru"}},
		{"at-home",
			"Peru's Crown Prince Aldo visited Lima on Monday to open a fair.", nil},
	})
}
