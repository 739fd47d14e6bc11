package events

import (
	"testing"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// TestSoughtEncounterIsPlanned pins that a meeting which is the object
// of a verb of asking ("urges a meeting", "pressed for talks") is not
// held yet (GUIDELINES §7), while a verb whose object is something else
// said at a meeting leaves it held. Sentences and names are invented.
func TestSoughtEncounterIsPlanned(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 11), []meetingCase{
		{"urges-a-meeting",
			"Senator Rosa Klein urges a meeting with Premier Tomas Lind.",
			[]string{"MEETING PLANNED Rosa Klein+Tomas Lind  -"}},
		{"urged-a-meeting",
			"Senator Rosa Klein urged a meeting with Premier Tomas Lind.",
			[]string{"MEETING PLANNED Rosa Klein+Tomas Lind  -"}},
		{"demanding-an-urgent-meeting",
			"Senator Rosa Klein is demanding an urgent face-to-face meeting with Premier Tomas Lind.",
			[]string{"MEETING PLANNED Rosa Klein+Tomas Lind  -"}},
		{"pressed-for-fresh-talks",
			"Senator Rosa Klein pressed for fresh talks with Premier Tomas Lind.",
			[]string{"TALKS PLANNED Rosa Klein+Tomas Lind  -"}},
		// near misses: what is urged is something else
		{"urged-reform-at-a-meeting",
			"Senator Rosa Klein urged reform at a meeting with Premier Tomas Lind.",
			[]string{"MEETING OCCURRED Rosa Klein+Tomas Lind  -"}},
		{"urged-calm-after-a-meeting",
			"After a meeting with Premier Tomas Lind, Senator Rosa Klein urged calm.",
			[]string{"MEETING OCCURRED Rosa Klein+Tomas Lind  -"}},
	})
}
