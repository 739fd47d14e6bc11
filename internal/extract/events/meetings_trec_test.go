package events

import (
	"testing"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// TestMeetingConsultations pins "consultations" as a noun for talks when
// its counterpart follows ("asked for consultations with Y"), and not
// when it names no one ("confined their consultations to ..."). The
// sentences are our own.
func TestMeetingConsultations(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 10), []meetingCase{
		{"asked-for-consultations",
			"Norway has asked for consultations with Kenya over the fishing quotas.",
			[]string{"TALKS PLANNED Kenya+Norway  -"}},
		{"held-consultations",
			"Kenyan Trade Minister Carl Diaz held consultations with Norwegian Trade Minister Anna Berg on Friday.",
			[]string{"TALKS OCCURRED Anna Berg+Carl Diaz 2025-03-07 -"}},
		// no counterpart named after the noun: a side's own deliberation
		{"their-consultations",
			"Carl Diaz and Anna Berg kept their consultations to a few bankers in Oslo.", nil},
	})
}

// TestMeetingWithBoth pins the "both" of "talks with both A and B": the
// list after it is read, and it makes no joint gathering of a round.
// The sentences are our own.
func TestMeetingWithBoth(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 10), []meetingCase{
		{"talks-with-both",
			"The World Bank is to hold membership talks with both Kenya and Norway.",
			[]string{"TALKS PLANNED Kenya+World Bank  -", "TALKS PLANNED Norway+World Bank  -"}},
		{"joint-talks-with-both",
			"The World Bank is to hold joint talks with both Kenya and Norway.",
			[]string{"TALKS PLANNED Kenya+Norway+World Bank  -"}},
		// "both sides" names no one: left to the group readings
		{"both-sides",
			"The World Bank is to hold talks with both sides next week.", nil},
	})
}
