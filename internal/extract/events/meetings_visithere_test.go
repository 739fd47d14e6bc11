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

// TestVisitRelativeMission pins a body's mission as the antecedent of a
// relative pronoun before the visit verb ("a report by an IMF team which
// visited X"): the body visits, wherever the main clause puts the
// phrase; a mission of no named body, or a plain noun, makes none. The
// sentences are our own.
func TestVisitRelativeMission(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 10), []meetingCase{
		{"which-visited",
			"The minister quoted a study by an IMF team which visited Kenya in January.",
			[]string{"VISIT OCCURRED International Monetary Fund+Kenya 2025-01 Kenya"}},
		{"comma-which",
			"A World Bank mission, which arrived in Kenya on Monday, praised the tea reforms.",
			[]string{"VISIT OCCURRED Kenya+World Bank 2025-03-10 Kenya"}},
		{"no-body",
			"The minister quoted a study by a team which visited Kenya in January.", nil},
		{"not-mission",
			"The minister quoted a study by an IMF economist which visited Kenya in January.", nil},
	})
}

// TestVisitOfPerson pins "the visit of X": the genitive names the
// visitor, the host after "to" or the dateline's country; a visitor from
// the dateline's country makes no visit there. The sentences are our own.
func TestVisitOfPerson(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 10), []meetingCase{
		{"dateline-host",
			"NAIROBI, March 10 - Kenya is calm. The strike was timed for the visit of Norwegian Prime Minister Anna Berg.",
			[]string{"VISIT OCCURRED Anna Berg+Kenya  Kenya"}},
		{"to-host",
			"The strike was timed for the visit of Norwegian Prime Minister Anna Berg to Kenya.",
			[]string{"VISIT OCCURRED Anna Berg+Kenya  Kenya"}},
		{"which-starts",
			"NAIROBI, March 10 - Kenya is calm. The strike was timed for the visit of Norwegian Prime Minister Anna Berg, which starts on Friday.",
			[]string{"VISIT PLANNED Anna Berg+Kenya 2025-03-14 Kenya"}},
		{"home",
			"NAIROBI, March 10 - Kenya is calm. The strike was timed for the visit of Kenyan Prime Minister Carl Diaz.", nil},
	})
}

// TestVisitBareApostrophe pins a bare apostrophe after a name not ending
// in s as its possessive ("Diaz' visit"). The sentences are our own.
func TestVisitBareApostrophe(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 10), []meetingCase{
		{"bare",
			"Kenyan Trade Minister Carl Diaz' visit to Norway was a success.",
			[]string{"VISIT OCCURRED Carl Diaz+Norway  Norway"}},
		{"quote-mark",
			"Kenyan Trade Minister Carl Diaz said 'visit Norway' was his slogan.", nil},
	})
}

// TestVisitStayAdverb pins "is currently in X", "who is now in X": an
// adverb of the present stay makes the place alone a visit; "also" still
// wants the stay's purpose; a person with no post makes none. The
// sentences are our own.
func TestVisitStayAdverb(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 10), []meetingCase{
		{"currently",
			"Kenyan Trade Minister Carl Diaz is currently in Oslo, and aides said Norway would sell him fish.",
			[]string{"VISIT OCCURRED Carl Diaz+Norway  Oslo"}},
		{"relative-now",
			"Norway talked about fish with Kenyan Trade Minister Carl Diaz, who is now in Oslo.",
			[]string{"VISIT OCCURRED Carl Diaz+Norway  Oslo"}},
		{"also-purpose",
			"Kenyan Trade Minister Carl Diaz was also in Norway for fish talks.",
			[]string{"VISIT OCCURRED Carl Diaz+Norway  Norway"}},
		{"also-bare",
			"Kenyan Trade Minister Carl Diaz was also in Norway.", nil},
		{"no-post",
			"The Kenyan singer Carl Diaz is currently in Norway.", nil},
	})
}

// TestVisitArrivalWithoutPlace pins an arrival that names no place in a
// story with a dateline ("arrived on Monday to review", "when he arrives
// for talks"): a visit to the dateline's country by a visitor from
// elsewhere; an arrival at something else, or by a compatriot, makes
// none. The sentences are our own.
func TestVisitArrivalWithoutPlace(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 10), []meetingCase{
		{"mission-infinitive",
			"NAIROBI, March 10 - Kenya cut spending. An IMF team arrived yesterday to study the budget.",
			[]string{"VISIT OCCURRED International Monetary Fund+Kenya 2025-03-09 Kenya"}},
		{"when-arrives-for",
			"NAIROBI, March 10 - Kenya cut spending. Norwegian Prime Minister Anna Berg will raise fish when she arrives for talks on Friday.",
			[]string{"VISIT PLANNED Anna Berg+Kenya 2025-03-14 Kenya"}},
		{"at-decision",
			"NAIROBI, March 10 - Kenya cut spending. Norwegian Prime Minister Anna Berg arrived at a decision on fish.", nil},
		{"compatriot",
			"NAIROBI, March 10 - Kenya cut spending. Kenyan Trade Minister Carl Diaz arrived on Monday to review the budget.", nil},
	})
}
