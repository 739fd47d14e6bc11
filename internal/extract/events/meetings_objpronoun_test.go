package events

import (
	"testing"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// TestObjectPronounCounterpart: "Y met him" has the person "him" stands
// for, never Y itself, as counterpart; "talked him into" is persuasion,
// no talks. The sentences are our own.
func TestObjectPronounCounterpart(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 10), []meetingCase{
		{"met-him",
			"Minister Tomas Varga urged calm in Bonn. Senator Lars Holm met him on Monday.",
			[]string{"MEETING OCCURRED Lars Holm+Tomas Varga 2025-03-10 -"}},
		{"talks-with-him",
			"Minister Tomas Varga urged calm in Bonn. Senator Lars Holm held talks with him on Monday.",
			[]string{"TALKS OCCURRED Lars Holm+Tomas Varga 2025-03-10 -"}},
		// guard: persuasion is no encounter of talks
		{"talked-him-into",
			"Minister Tomas Varga urged calm in Bonn. Senator Lars Holm talked him into staying on Monday.",
			nil},
	})
}
