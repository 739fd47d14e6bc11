package events

import (
	"testing"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// TestVisitGroupLeader pins the leader of a body's or a country's
// travelling group ("an IMF team headed by economist X flew to
// Y"): official travel whatever post he holds; a group of no body or
// country travels on its own business. The sentences are our own.
func TestVisitGroupLeader(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 10), []meetingCase{
		{"body-team",
			"An IMF team headed by chief economist Ann Mwangi flew to Norway on Friday for talks on fish quotas.",
			[]string{"VISIT OCCURRED Ann Mwangi+Norway 2025-03-07 Norway"}},
		{"country-mission",
			"The Kenyan trade mission, headed by economist Ann Mwangi, will visit Norway on Thursday.",
			[]string{"VISIT PLANNED Ann Mwangi+Norway 2025-03-13 Norway"}},
		{"climbers",
			"A team of climbers led by guide Ann Mwangi arrived in Norway for a month.", nil},
		{"no-group",
			"Senior economist Ann Mwangi arrived in Norway for talks on fish quotas.", nil},
	})
}
