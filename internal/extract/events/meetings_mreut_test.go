package events

import (
	"testing"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// TestMeetingSideNoun pins a counterpart followed by the noun naming the
// side itself: "the X union" is the union, "the Y government" the
// country standing in for it (GUIDELINES §7). A noun the phrase goes on
// after names something else. The sentences are our own.
func TestMeetingSideNoun(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 10), []meetingCase{
		{"union-noun",
			"Velmar Motors Corp said it held talks with the Federated Auto Workers union on Monday.",
			[]string{"TALKS OCCURRED Federated Auto Workers+Velmar Motors Corp 2025-03-10 -"}},
		{"government-noun",
			"Kenyan Trade Minister Carl Diaz held talks with the Norwegian government on Monday.",
			[]string{"TALKS OCCURRED Carl Diaz+Norway 2025-03-10 -"}},
		// the noun phrase goes on: "government tests" is no side
		{"government-tests",
			"Kenyan Trade Minister Carl Diaz met Norwegian government tests on Monday.", nil},
	})
}

// TestMeetingBrokenDown pins talks named as having broken down: held,
// whatever the tense of the clause around them. The sentences are our
// own.
func TestMeetingBrokenDown(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 10), []meetingCase{
		{"breakdown-of-talks",
			"Velmar Motors Corp said it will shut the plant because of the breakdown of talks with Dorland Steel Corp over wages.",
			[]string{"TALKS OCCURRED Dorland Steel Corp+Velmar Motors Corp  -"}},
		// no breakdown: the future of the clause makes the talks planned
		{"resumption-of-talks",
			"Velmar Motors Corp said it will seek a resumption of talks with Dorland Steel Corp over wages.",
			[]string{"TALKS PLANNED Dorland Steel Corp+Velmar Motors Corp  -"}},
	})
}
