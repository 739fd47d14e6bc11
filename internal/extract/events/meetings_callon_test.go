package events

import (
	"testing"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// TestMeetingCallOn pins "call on" as a visit paid to named people, like
// "called on X in Ottawa": the verb after "to" or an auxiliary, with one
// meeting per person called on, and the noun after a verb of paying. An
// appeal ("calls on X to resign") and a body called on give nothing. The
// sentences are our own.
func TestMeetingCallOn(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 11), []meetingCase{
		{"is-to-call-on-two",
			"On his tour Trade Envoy Carl Diaz is to call on President Anna Berg and Finance Minister Tom Cole.",
			[]string{"MEETING PLANNED Anna Berg+Carl Diaz  -", "MEETING PLANNED Carl Diaz+Tom Cole  -"}},
		{"paid-a-courtesy-call-on",
			"Trade Envoy Carl Diaz later paid a short courtesy call on President Anna Berg.",
			[]string{"MEETING OCCURRED Anna Berg+Carl Diaz  -"}},
		// near misses
		{"appeal", "Trade Envoy Carl Diaz calls on President Anna Berg to resign.", nil},
		{"appeal-for", "Trade Envoy Carl Diaz will call on Anna Berg for restraint.", nil},
		{"body", "Trade Envoy Carl Diaz will call on the World Bank next week.", nil},
		// an appeal to a body's officials leaves the body no stand-in
		// for the next sentence, where a person is named beside it
		{"appeal-officials-then-meeting",
			"The Kenyan union calls on officials of the Tana Bank to resign. Trade Minister Ana Roe met party chairman Carl Diaz and the Tana Bank on Monday in Nairobi.",
			[]string{"MEETING OCCURRED Ana Roe+Carl Diaz 2025-03-10 Nairobi"}},
	})
}
