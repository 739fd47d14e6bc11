package events

import (
	"testing"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// TestMeetingNamedMembers pins a group subject whose members the clause
// names ("the trio, A, B and C, met", "a jury including A, B and C will
// meet"): one meeting of the named members. A group named with no
// members, and a list that is no subject, give nothing. The sentences
// are our own.
func TestMeetingNamedMembers(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 10), []meetingCase{
		{"trio-appositive",
			"The trio, Tom Harding, Sam Pike and Ann Oakes, have met privately for the first time in a decade.",
			[]string{"MEETING OCCURRED Ann Oakes+Sam Pike+Tom Harding  -"}},
		{"jury-including",
			"A jury including Dame Ann Oakes, singer Sam Pike and writer Tom Harding will meet in Leeds on Friday.",
			[]string{"MEETING PLANNED Ann Oakes+Sam Pike+Tom Harding 2025-03-14 Leeds"}},
		{"no-members", "The trio have met privately for the first time in a decade.", nil},
		{"object-list", "Critics praised the trio, Tom Harding, Sam Pike and Ann Oakes, after the show.", nil},
	})
}
