package events

import (
	"testing"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// TestMeetingSidesAtTalks: countries named together as the subject of
// a clause that only places them at talks (blame for a breakdown,
// support given there) are sides at a wider negotiation, not a
// negotiation between the two; a verb of holding, "are in talks",
// "towards talks" or a deal reached there keep the pair. Sentences are
// our own.
func TestMeetingSidesAtTalks(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 11), []meetingCase{
		{"blame-for-breakdown-in-negotiations",
			"Peru and Norway have each pinned the collapse in the fishing negotiations on one another.",
			nil},
		{"supported-at-the-talks",
			"Chile and Ecuador both supported Peru and Norway at the Geneva talks in opposing new quotas.",
			nil},
		// near misses: the pair's own talks
		{"held-rounds-of-talks",
			"Peru and Norway had held two rounds of talks on fishing quotas.",
			[]string{"TALKS OCCURRED Norway+Peru  -"}},
		{"are-in-talks",
			"Peru and Norway are in talks on fishing quotas.",
			[]string{"TALKS OCCURRED Norway+Peru  -"}},
		{"deal-at-the-talks",
			"Peru and Norway reached a deal at the talks on fishing quotas.",
			[]string{"TALKS OCCURRED Norway+Peru  -"}},
		{"agreed-during-talks",
			"Peru and Norway agreed to a truce on fishing during talks in Lima.",
			[]string{"TALKS OCCURRED Norway+Peru  Lima"}},
		{"holding-talks-since",
			"Peru and Norway have been holding talks on fishing quotas since June.",
			[]string{"TALKS OCCURRED Norway+Peru  -"}},
		{"moving-towards-talks",
			"Peru and Norway were moving towards talks on fishing quotas.",
			[]string{"TALKS PLANNED Norway+Peru  -"}},
	})
}
