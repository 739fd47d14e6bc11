package events

import (
	"testing"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// TestMeetingPreparingTo pins "X prepares to visit Y" (and "is preparing
// to"), a plan like "X plans to visit Y": the visitor is the subject
// before "prepares". "prepared to visit" is a willingness (§7:
// hypothetical) and stays without a visit. The sentences are our own.
func TestMeetingPreparingTo(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 10), []meetingCase{
		{"prepares-to-visit",
			"Trade tension grew as Peruvian President Tom Reik prepares to visit Chile next week.",
			[]string{"VISIT PLANNED Chile+Tom Reik 2025-03 Chile"}},
		{"is-preparing-to-visit",
			"Peruvian President Tom Reik is preparing to visit Chile next week.",
			[]string{"VISIT PLANNED Chile+Tom Reik 2025-03 Chile"}},
		{"prepared-to-visit-no-plan",
			"Peruvian President Tom Reik said he was prepared to visit Chile if asked.",
			nil},
	})
}
