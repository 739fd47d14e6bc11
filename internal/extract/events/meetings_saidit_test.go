package events

import (
	"testing"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// TestSaidItBody pins that a body the statements rules resolve from "the
// company said" or "It said" is the party of the encounter its "it"
// clause tells, and that a name qualifying a body's people ("Taft
// management") is no party. The sentences are our own, with invented
// names.
func TestSaidItBody(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 11), []meetingCase{
		{"the-company-said-it-held-talks",
			"Brixley Pumps Inc makes valves. The company said it had held talks with Corvane Holdings Corp on a merger.",
			[]string{"TALKS OCCURRED Brixley Pumps Inc+Corvane Holdings Corp  -"}},
		{"it-said-it-met",
			"Brixley Pumps Inc makes valves. It said it met with Corvane Holdings Corp on a merger.",
			[]string{"MEETING OCCURRED Brixley Pumps Inc+Corvane Holdings Corp  -"}},
		{"the-firm-said-it-ended-discussions",
			"Brixley Pumps Inc cut its dividend. The firm, a maker of valves, said it ended merger discussions with <Corvane Holdings Corp>.",
			[]string{"TALKS OCCURRED Brixley Pumps Inc+Corvane Holdings Corp  -"}},
		// another company named since: "the company" could be either
		{"two-bodies-before-no-party",
			"Brixley Pumps Inc makes valves for Dunmore Tools Corp. The company said it had held talks with Corvane Holdings Corp.",
			nil},
		// "it" of another clause is not the speaker's
		{"it-of-a-later-clause-is-no-party",
			"Brixley Pumps Inc makes valves. The company said the offer, which it rejected, followed talks with Corvane Holdings Corp.",
			nil},
		{"name-qualifying-management-is-no-party",
			"Brixley Pumps Inc vice chairman Olav Prask made an offer. Brixley Pumps Inc said it had talks with other Prask stockholders and members of Prask management about the offer.",
			nil},
		{"the-person-himself-stays-a-party",
			"Brixley Pumps Inc vice chairman Olav Prask made an offer. Brixley Pumps Inc said it had talks with Prask about the offer.",
			[]string{"TALKS OCCURRED Brixley Pumps Inc+Olav Prask  -"}},
	})
}

// TestDescribedBodyCounterpart pins that a description in lower case
// right before a body's name ("the rebel investor group X",
// "Spanish drugs company <X>") leaves the body as the counterpart. The
// sentences are our own, with invented names.
func TestDescribedBodyCounterpart(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 11), []meetingCase{
		{"the-rebel-group-name",
			"Brixley Pumps Inc held a meeting with the rebel investor group Corvane Holders Committee on Monday.",
			[]string{"MEETING OCCURRED Brixley Pumps Inc+Corvane Holders Committee 2025-03-10 -"}},
		{"demonym-nouns-bracketed-name",
			"Brixley Pumps Inc said it ended its negotiations with Spanish drugs company <Corvane Farma SA>.",
			[]string{"TALKS OCCURRED Brixley Pumps Inc+Corvane Farma SA  -"}},
		// the nouns end at a preposition: no body is described
		{"nouns-then-preposition-no-party",
			"Brixley Pumps Inc said it met with unhappy shareholders about Corvane Holdings Corp.",
			nil},
	})
}
