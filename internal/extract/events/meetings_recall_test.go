package events

import (
	"testing"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// TestMeetingRecallBodies pins the reading of a named body's meeting
// like its summit (GUIDELINES 16.3): the named people the sentence
// places at it meet the body. The sentences are our own.
func TestMeetingRecallBodies(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 10), []meetingCase{
		{"attending-relative",
			"Central bank governor Tomas Riedel, who is attending the spring meeting of the Asian Development Bank, said rates would stay low.",
			[]string{"MEETING OCCURRED Asian Development Bank+Tomas Riedel  -"}},
		{"speaking-at-of-phrase",
			"Danish farm minister Lene Holt, speaking at a meeting of EC agriculture ministers, asked for help for dairy farmers.",
			[]string{"MEETING OCCURRED European Union+Lene Holt  -"}},
		{"will-attend-body-before",
			"Finance Minister Tomas Riedel will attend a Bundesbank meeting in Frankfurt on Thursday.",
			[]string{"MEETING PLANNED Bundesbank+Tomas Riedel 2025-03-13 Frankfurt"}},
		{"attended-in-city",
			"Finance Minister Tomas Riedel attended the annual meeting of the Trilateral Commission in Lisbon.",
			[]string{"MEETING OCCURRED Tomas Riedel+Trilateral Commission  Lisbon"}},
		// a speech to a meeting, a country for its unnamed delegates, a
		// meeting only spoken of: no encounter
		{"told-the-meeting",
			"Finance Minister Tomas Riedel told the yearly meeting of the Asian Development Bank that aid would rise.", nil},
		{"country-attends",
			"Norway, which attends the meeting of the Group of Seven for the first time, wants a seat.", nil},
		{"meeting-spoken-of",
			"Finance Minister Tomas Riedel said the meeting of the Group of Seven had been useful.", nil},
	})
}
