package events

import (
	"testing"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// TestMeetingAppositionList: a person's description set off by commas
// inside a list of counterparts does not end the list ("met A, the
// leader of X, and B"), and a building named with "at the" is one place
// that makes the encounter one (GUIDELINES 17.1). Sentences are our own.
func TestMeetingAppositionList(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 11), []meetingCase{
		{"apposition-then-and-at-the-ministry",
			"Labour Minister Carl Diaz met Tom Cole, the veteran leader of the Dockers Union, and Anna Berg, the head of the farmers federation, at the labour ministry.",
			[]string{"MEETING OCCURRED Anna Berg+Carl Diaz+Tom Cole  -"}},
		{"apposition-then-and-no-place",
			"Labour Minister Carl Diaz met Tom Cole, the veteran leader of the Dockers Union, and Anna Berg.",
			[]string{"MEETING OCCURRED Carl Diaz+Tom Cole  -", "MEETING OCCURRED Anna Berg+Carl Diaz  -"}},
		{"at-the-ministry-is-one-place",
			"Labour Minister Carl Diaz met Tom Cole and Anna Berg at the labour ministry.",
			[]string{"MEETING OCCURRED Anna Berg+Carl Diaz+Tom Cole  -"}},
		// near misses
		{"apposition-alone",
			"Labour Minister Carl Diaz met Tom Cole, the veteran leader of the Dockers Union, to discuss wages.",
			[]string{"MEETING OCCURRED Carl Diaz+Tom Cole  -"}},
		{"clause-after-comma",
			"Labour Minister Carl Diaz met Tom Cole, the union said, and Anna Berg spoke to reporters.",
			[]string{"MEETING OCCURRED Carl Diaz+Tom Cole  -"}},
		{"at-the-request-is-no-place",
			"Labour Minister Carl Diaz met Tom Cole and Anna Berg at the request of the union.",
			[]string{"MEETING OCCURRED Carl Diaz+Tom Cole  -", "MEETING OCCURRED Anna Berg+Carl Diaz  -"}},
	})
}
