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

// TestMeetingFirmShortForm pins talks told with a company's short name
// after its full name ("Corvane Dalmer" after "Corvane Dalmer Inc"):
// the firm takes part. The sentences are our own.
func TestMeetingFirmShortForm(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 10), []meetingCase{
		{"short-name-talks",
			"Corvane Dalmer Inc cut output. Corvane Dalmer said it is negotiating with Brask Holdings Corp over a sale.",
			[]string{"TALKS OCCURRED Brask Holdings Corp+Corvane Dalmer Inc  -"}},
		// a lone word not in capitals is left to coref's own reading
		{"lone-word",
			"Corvane Dalmer Inc cut output. Talks with Brask Holdings Corp went on, Dalmer said.", nil},
	})
}

// TestMeetingCrossBorderPair pins a coordinated subject of two office
// holders of different countries placed at a meeting or talks with no
// one else named: they met. Guards: two of one country, two among the
// many attending. The sentences are our own.
func TestMeetingCrossBorderPair(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 10), []meetingCase{
		{"different-countries",
			"Kenyan Finance Minister Carl Diaz and Norwegian Finance Minister Anna Berg backed the loan at a private meeting on Monday.",
			[]string{"MEETING OCCURRED Anna Berg+Carl Diaz 2025-03-10 -"}},
		{"same-country",
			"Kenyan Finance Minister Carl Diaz and Kenyan Trade Minister Paul Otieno took a firm line in talks on Monday.", nil},
		{"among-attending",
			"Kenyan Finance Minister Carl Diaz and Norwegian Finance Minister Anna Berg are among the ministers attending the meeting.", nil},
	})
}
