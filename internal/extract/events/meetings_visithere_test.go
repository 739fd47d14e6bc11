package events

import (
	"testing"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// TestVisitHere pins "here" after a visit in a story with a dateline ("a
// brief visit here", "will visit here", "a visit here by X"): a visit to
// the dateline's country when the visitor is known to come from another;
// a visitor of no known country, or of the host's own, makes none. The
// sentences are our own.
func TestVisitHere(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 10), []meetingCase{
		{"noun-said-at-end",
			"OSLO, March 10 - Kenyan Trade Minister Carl Diaz said at the close of a short visit here that Kenya would buy more Norway fish.",
			[]string{"VISIT OCCURRED Carl Diaz+Norway  Norway"}},
		{"noun-by",
			"OSLO, March 10 - Norway sells fish to Kenya under a deal agreed during a visit here last week by Kenya's Trade Minister Carl Diaz.",
			[]string{"VISIT OCCURRED Carl Diaz+Norway 2025-03 Norway"}},
		{"verb-when-visits",
			"OSLO, March 10 - Norway sells fish. Kenyan Trade Minister Carl Diaz said he would raise tea tariffs when he visits here next month.",
			[]string{"VISIT PLANNED Carl Diaz+Norway 2025-04 Norway"}},
		// a visitor of no known country, or a compatriot: no visit
		{"no-country",
			"OSLO, March 10 - Norway sells fish. Trade envoy Carl Diaz said at the close of a short visit here that fish sales were rising.", nil},
		{"at-home",
			"OSLO, March 10 - Norway sells fish. Norwegian Trade Minister Anna Berg said during a visit here that fish sales were rising.", nil},
	})
}

// TestVisitByTitledPossessor pins "a visit to X by Y's minister Z": Y names
// Z's post, not a second visitor. The sentences are our own.
func TestVisitByTitledPossessor(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 10), []meetingCase{
		{"possessor-country",
			"The deal was struck during a visit to Norway last week by Kenya's Trade Minister Carl Diaz.",
			[]string{"VISIT OCCURRED Carl Diaz+Norway 2025-03 Norway"}},
	})
}

// TestVisitParticipleAfterOn pins "on arriving here", "upon arriving in
// X": the participle's subject is the main clause's. The sentences are
// our own.
func TestVisitParticipleAfterOn(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 10), []meetingCase{
		{"on-arriving-here",
			"OSLO, March 10 - Norway sells fish. Kenyan Trade Minister Carl Diaz told reporters on arriving here for talks that tea sales were rising.",
			[]string{"VISIT OCCURRED Carl Diaz+Norway  Norway"}},
		// no subject to read: no visit
		{"no-subject",
			"OSLO, March 10 - Norway sells fish. On arriving here for talks, the mood was calm.", nil},
	})
}

// TestVisitStayParticiple pins "has been in X exchanging views": the
// participle after the country is the stay's purpose, not a noun the
// country qualifies. The sentences are our own.
func TestVisitStayParticiple(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 10), []meetingCase{
		{"been-in-ing",
			"Kenyan Trade Minister Carl Diaz has been in Norway seeking buyers for Kenyan tea.",
			[]string{"VISIT OCCURRED Carl Diaz+Norway  Norway"}},
		// a stay at home: no visit
		{"at-home",
			"Kenyan Trade Minister Carl Diaz has been in Kenya seeking buyers for Kenyan tea.", nil},
	})
}

// TestVisitCameTo pins "came to X", "is coming to X" as travel to X by
// someone holding a post; a team or a person with no post makes no
// visit. The sentences are our own.
func TestVisitCameTo(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 10), []meetingCase{
		{"came-to",
			"In February, Kenyan Trade Minister Carl Diaz came to Norway and said tea sales would rise.",
			[]string{"VISIT OCCURRED Carl Diaz+Norway 2025-02 Norway"}},
		{"no-post",
			"In February, Carl Diaz came to Norway and said tea sales would rise.", nil},
		{"came-into",
			"Kenyan Trade Minister Carl Diaz came into office in Norway in February.", nil},
	})
}
