package events

import (
	"testing"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// TestTalksComplementSubject pins the talks of a complement clause on
// that clause's subject, not on the speaker who reports or judges them
// (GUIDELINES §7): "X said he believed Y had held talks with Z" is Y's.
// The speaker's own talks stay his. The sentences are our own.
func TestTalksComplementSubject(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 10), []meetingCase{
		{"believed",
			"Tom Harding said he believed Vortex Inc had held talks with Acme Corp on a merger.",
			[]string{"TALKS OCCURRED Acme Corp+Vortex Inc  -"}},
		{"suggest-the",
			"Tom Harding said he saw nothing to suggest the Defense Department had ended its talks with Acme Corp about the purchase.",
			[]string{"TALKS OCCURRED Acme Corp+Pentagon  -"}},
		{"titled-subject",
			"Tom Harding said he believed Vortex chairman Bob Marr had held talks with Acme Corp on a merger.",
			[]string{"TALKS OCCURRED Acme Corp+Bob Marr  -"}},
		{"own-talks",
			"Tom Harding said he had held talks with Acme Corp on a merger.",
			[]string{"TALKS OCCURRED Acme Corp+Tom Harding  -"}},
	})
}
