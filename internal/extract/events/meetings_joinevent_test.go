package events

import (
	"testing"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// TestMeetingJoinedAtEvent pins joining named people for or at a shared
// appearance ("is due to join X for a poster launch"): they meet
// (GUIDELINES 13.3). Joining someone in a cause, or a team at a place in
// a table, is no encounter. The sentences are our own.
func TestMeetingJoinedAtEvent(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 11), []meetingCase{
		{"due-to-join-for-a-launch",
			"Finance Minister Carl Diaz is due to join party chairman Anna Berg for a campaign launch in Leeds.",
			[]string{"MEETING PLANNED Anna Berg+Carl Diaz  Leeds"}},
		{"joined-two-at-a-rally",
			"Finance Minister Carl Diaz joined Anna Berg and Tom Cole at a rally in Leeds on Saturday.",
			[]string{"MEETING OCCURRED Anna Berg+Carl Diaz+Tom Cole 2025-03-08 Leeds"}},
		// near misses
		{"joined-in-a-cause",
			"Finance Minister Carl Diaz joined Anna Berg and Tom Cole in attacking the budget.",
			nil},
		{"team-at-the-top",
			"Striker Carl Diaz joins Arsenal at the top of the scoring charts.",
			nil},
	})
}
