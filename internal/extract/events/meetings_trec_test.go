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

// TestMeetingDescribedBody pins talks whose own side the clause names
// by a noun for a body or by "it", read as the body the statements
// settle: the one speaking in the sentence or just before. The
// sentences are our own.
func TestMeetingDescribedBody(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 10), []meetingCase{
		{"company-said-after-talks",
			"Tessel Holdings Corp said it would book a charge of four mln dlrs. The company said the charge followed talks with the Securities and Exchange Commission about its accounts.",
			[]string{"TALKS OCCURRED Securities and Exchange Commission+Tessel Holdings Corp  -"}},
		{"it-after-talks",
			"The Commerce Department said all Kenyan mills now pay the levy. It gave the figure after talks with Kenyan officials about the levy.",
			[]string{"TALKS OCCURRED Commerce Department+Kenya  -"}},
		{"company-is-holding-talks",
			"Tessel Holdings Corp said its profit fell by half. The company is holding talks with Brisk Foods Inc about a merger.",
			[]string{"TALKS OCCURRED Brisk Foods Inc+Tessel Holdings Corp  -"}},
		// another company the noun fits named between: open
		{"two-companies",
			"Tessel Holdings Corp said its profit fell by half. Brisk Foods Inc owns a stake in Tessel. The company is holding talks with Kenya about a plant.", nil},
		// what the talks only cause: no body of the clause holds them
		{"company-said-analysts",
			"Tessel Holdings Corp said its profit fell by half. The company said analysts held talks with Brisk Foods Inc.", nil},
	})
}
