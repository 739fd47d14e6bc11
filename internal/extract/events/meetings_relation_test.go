package events

import (
	"testing"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// TestMeetingRelationAppositive pins a subject "A and his <noun>, B,":
// both A and B take part (GUIDELINES §7), the pronoun resolved. A
// negated meeting, and a body in apposition, add no one. The sentences
// are our own.
func TestMeetingRelationAppositive(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 10), []meetingCase{
		{"pronoun-and-wife",
			"Senator Carl Benning spoke briefly. He said that he and his wife, Trade Secretary Ruth Benning, had met with President Omar Tall at his residence.",
			[]string{"MEETING OCCURRED Carl Benning+Omar Tall+Ruth Benning  -"}},
		{"name-and-deputy",
			"Mayor Tom Harding and his deputy, Ann Oakes, met Sam Pike in Leeds on Monday.",
			[]string{"MEETING OCCURRED Ann Oakes+Sam Pike+Tom Harding 2025-03-10 Leeds"}},
		{"never-met", "Tom Harding and his deputy, Ann Oakes, never met Sam Pike.", nil},
	})
}
