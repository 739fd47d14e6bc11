package events

import (
	"testing"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// TestMeetingDateCoordinatedPhrase pins a date written before an "and"
// that opens a second noun phrase ("a round last May and the
// first talks ... in June"): the date is the first phrase's event, and
// the talks take the date after them. With no "and the" between, the
// nearer date before the trigger still dates it. The sentences are our
// own.
func TestMeetingDateCoordinatedPhrase(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 8, 10), []meetingCase{
		{"and-the-second-phrase",
			"The meeting came after an earlier round last May and the first direct talks between Chile and Peru on fishing in Lima in June.",
			[]string{"TALKS OCCURRED Chile+Peru 2025-06 Lima"}},
		{"no-coordination",
			"Last May the first direct talks between Chile and Peru on fishing took place in Lima.",
			[]string{"TALKS OCCURRED Chile+Peru 2025-05 Lima"}},
	})
}
