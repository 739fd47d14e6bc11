package events

import (
	"testing"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// TestMeetingCallTo pins the person a phone call is made "to" as its
// counterpart (GUIDELINES §7: CALL), and no call for an appeal ("a call
// to X to quit") or a call to no named person. The sentences are our own.
func TestMeetingCallTo(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 10), []meetingCase{
		{"made-phone-call-to",
			"Kenyan Trade Minister Carl Diaz made a phone call to Norwegian Trade Minister Anna Berg on Friday.",
			[]string{"CALL OCCURRED Anna Berg+Carl Diaz 2025-03-07 -"}},
		{"will-make-telephone-call-to",
			"Carl Diaz will make a telephone call to Anna Berg about the quotas.",
			[]string{"CALL PLANNED Anna Berg+Carl Diaz  -"}},
		// an appeal, not a telephone call
		{"call-to-quit",
			"Carl Diaz repeated his call to Anna Berg to quit over the quotas.", nil},
		// nobody named at the other end
		{"calls-to-police",
			"Carl Diaz said phone calls to police had doubled this year.", nil},
	})
}
