package events

import (
	"testing"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// TestMeetingGroupSubject pins a clause whose subject is the unnamed
// people of named bodies or countries: the bodies stand in for the side
// (GUIDELINES 7). A habit, a lone body, a possessive and a side whose
// people are named next door give nothing. The sentences are our own.
func TestMeetingGroupSubject(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 10), []meetingCase{
		{"demonyms-opened-talks",
			"Kenyan and Norwegian negotiators opened talks last spring aimed at cutting fish tariffs.",
			[]string{"TALKS OCCURRED Kenya+Norway  -"}},
		{"delegates-from-countries",
			"Delegates from Kenya, Norway and Chile will meet in Lima on Friday to discuss copper prices.",
			[]string{"MEETING PLANNED Chile+Kenya+Norway 2025-03-14 Lima"}},
		{"bosses-of-two-firms",
			"The bosses of Morgan Stanley and Merrill Lynch are to meet amid talk of a merger.",
			[]string{"MEETING PLANNED Merrill Lynch+Morgan Stanley  -"}},
		{"firm-executives-held-talks",
			`Goldman Sachs executives have held "frank and friendly" talks with Merrill Lynch, its chairman has said.`,
			[]string{"TALKS OCCURRED Goldman Sachs+Merrill Lynch  -"}},
		{"habit", "Kenyan and Norwegian officials usually meet in the spring to review the fishing quota.", nil},
		{"one-body", "Officials of the World Bank will meet in Rome next week.", nil},
		{"possessive", "Leaders of Kenya's three ruling parties have agreed to meet on Friday.", nil},
		{"people-named-next-door",
			"Goldman Sachs chief Tom Harding is meeting Merrill Lynch's Sam Pike on Monday. The bosses of Goldman Sachs and Merrill Lynch met last month too.",
			[]string{"MEETING OCCURRED Sam Pike+Tom Harding 2025-03-10 -"}},
	})
}

// TestMeetingTalksSpeaker pins talks reported going on by the side that
// holds them, as the speaker before or after them (GUIDELINES 17.7:
// OCCURRED). A speaker who only comments, an unnamed speaker and denied
// talks give nothing. The sentences are our own.
func TestMeetingTalksSpeaker(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 10), []meetingCase{
		{"tail-attribution",
			"Talks with the regulator and with rival bidder Merrill Lynch will continue, Goldman Sachs said.",
			[]string{"TALKS OCCURRED Goldman Sachs+Merrill Lynch  -"}},
		{"revealed-under-way-with",
			"Bank chairman Tom Harding revealed negotiations are also under way with Norway about a loan.",
			[]string{"TALKS OCCURRED Norway+Tom Harding  -"}},
		{"comment-on-talks", "On the trade talks under way with Norway, Tom Harding said farmers must be protected.", nil},
		{"unnamed-speaker", "An analyst said talks with Merrill Lynch were continuing.", nil},
		{"denied", "Goldman Sachs said no talks with Merrill Lynch were under way.", nil},
	})
}

// TestMeetingJoinedAtOccasion pins "X was joined at the occasion by Y"
// (GUIDELINES 13.3); joining a venture or the sidelines puts no one
// together. The sentences are our own.
func TestMeetingJoinedAtOccasion(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 10), []meetingCase{
		{"joined-at-launch",
			"Mr Oakes was joined at the launch by Tom Harding and Sam Pike.",
			[]string{"MEETING OCCURRED Oakes+Sam Pike+Tom Harding  -"}},
		{"joined-at-hearing",
			"Sam Pike will be joined at Friday's hearing by club manager Tom Harding.",
			[]string{"MEETING PLANNED Sam Pike+Tom Harding  -"}},
		{"joined-on-stage",
			"Tom Harding was joined on stage by Sam Pike.",
			[]string{"MEETING OCCURRED Sam Pike+Tom Harding  -"}},
		{"joined-in-venture", "Tom Harding was joined in the new party by Sam Pike.", nil},
		{"joined-on-sidelines", "Tom Harding could be joined on the sidelines by Sam Pike.", nil},
	})
}
