package events

import (
	"testing"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// TestMeetingGroupSubjectMore pins subjects made of a body's board or
// team, or of two bodies' people ("A executives and B members"): the
// bodies stand in for sides that name no person (GUIDELINES §7). A
// sports team facing another and a body's people with no counterpart
// give nothing. The sentences are our own.
func TestMeetingGroupSubjectMore(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 11), []meetingCase{
		{"association-acronym-board",
			"The Dairy Farmers Association, DFA, board of directors is due to meet Trade Secretary Carl Diaz to press for lower tariffs.",
			[]string{"MEETING PLANNED Carl Diaz+Dairy Farmers Association  -"}},
		{"senate-team",
			"A Senate team was scheduled on Tuesday to meet Prime Minister Anna Berg in Oslo.",
			[]string{"MEETING PLANNED Anna Berg+Senate 2025-03-18 Oslo"}},
		{"two-bodies-people",
			"Last week Barclays executives and Deutsche Bank officials met in Zurich to review the loan.",
			[]string{"MEETING OCCURRED Barclays+Deutsche Bank 2025-03 Zurich"}},
		// near misses
		{"sports-team", "The Chelsea team meet Barcelona in the Champions League on Wednesday.", nil},
		{"board-alone", "The Barclays board of directors met on Monday to consider the offer.", nil},
	})
}
