package events

import (
	"testing"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// TestMeetingPossessedGroup pins a side named as a body's people by a
// possessive ("its negotiators", "Acme's executives"): the body stands
// in (GUIDELINES §7). A person named between "its" and the body, and an
// "its" with no body named before it, give nothing. The sentences are
// our own.
func TestMeetingPossessedGroup(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 10), []meetingCase{
		{"its-representatives-discussed",
			"Goldman Sachs said its representatives discussed a possible merger with Merrill Lynch last week.",
			[]string{"TALKS OCCURRED Goldman Sachs+Merrill Lynch 2025-03 -"}},
		{"its-management-continued",
			"A higher offer from Goldman Sachs is expected as its management has continued talks with Merrill Lynch chief Sam Pike.",
			[]string{"TALKS OCCURRED Goldman Sachs+Sam Pike  -"}},
		{"person-between", "Goldman Sachs hired Tom Harding after its executives met Merrill Lynch.", nil},
		{"no-body-before", "Its executives met Merrill Lynch on Friday.", nil},
	})
}

// TestMeetingAppositiveRelative pins "X, a banker who has held talks
// with Y": the relative after a description set off after a name is the
// named person's; a name inside the description leaves it unread. The
// sentences are our own.
func TestMeetingAppositiveRelative(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 10), []meetingCase{
		{"banker-who-held-talks",
			"Shares in Merrill Lynch rose. Tom Harding, a London banker who has held talks with Merrill Lynch over a bond, said the bank needs cash.",
			[]string{"TALKS OCCURRED Merrill Lynch+Tom Harding  -"}},
		{"name-inside",
			"Tom Harding, a friend of Ann Oakes who met Sam Pike in 2020, said nothing.",
			[]string{"MEETING OCCURRED Ann Oakes+Sam Pike 2020 -"}},
	})
}
