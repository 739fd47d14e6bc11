package events

import (
	"testing"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// TestMeetingTalksContinue: talks said to continue have begun
// (GUIDELINES 17.7), whatever modal carries the continuing; talks only
// sought are still to come. Sentences are our own.
func TestMeetingTalksContinue(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 11), []meetingCase{
		{"will-be-continuing-its-talks",
			"Acme Corp will be continuing its merger talks with Globex Inc.",
			[]string{"TALKS OCCURRED Acme Corp+Globex Inc.  -"}},
		{"talks-will-continue",
			"Acme Corp said talks with Globex Inc will continue next week.",
			[]string{"TALKS OCCURRED Acme Corp+Globex Inc  -"}},
		{"would-continue-negotiations",
			"Acme Corp said it would continue negotiations with Globex Inc.",
			[]string{"TALKS OCCURRED Acme Corp+Globex Inc.  -"}},
		// near misses: talks not yet begun
		{"continue-to-press-for-talks",
			"Acme Corp will continue to press for talks with Globex Inc.",
			[]string{"TALKS PLANNED Acme Corp+Globex Inc.  -"}},
		{"will-open-talks",
			"Acme Corp will open talks with Globex Inc.",
			[]string{"TALKS PLANNED Acme Corp+Globex Inc.  -"}},
	})
}

// TestMeetingAttributivePlan: "planned" or "expected" before another
// noun far from the trigger is that noun's, not a plan of the
// encounter. Sentences are our own.
func TestMeetingAttributivePlan(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 11), []meetingCase{
		{"its-planned-expansion",
			"In line with its planned European expansion, Acme Corp is holding talks with Globex Inc.",
			[]string{"TALKS OCCURRED Acme Corp+Globex Inc.  -"}},
		{"the-expected-rise",
			"Despite the expected rise in costs, Acme Corp is holding talks with Globex Inc.",
			[]string{"TALKS OCCURRED Acme Corp+Globex Inc.  -"}},
		// near misses: the trigger's own adjective
		{"its-planned-talks",
			"Acme Corp postponed its planned talks with Globex Inc.",
			[]string{"TALKS PLANNED Acme Corp+Globex Inc.  -"}},
		{"the-expected-talks",
			"Acme Corp cancelled the expected talks with Globex Inc.",
			[]string{"TALKS PLANNED Acme Corp+Globex Inc.  -"}},
		{"planned-to-hold",
			"Acme Corp planned to hold talks with Globex Inc.",
			[]string{"TALKS PLANNED Acme Corp+Globex Inc.  -"}},
	})
}
