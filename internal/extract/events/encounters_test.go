package events

import (
	"testing"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// TestEncounterPostsInSentence pins how a post coreference leaves open
// ("the chancellor" in a story that never titles anyone so) is read in a
// sentence reporting an encounter; the sentences are our own.
func TestEncounterPostsInSentence(t *testing.T) {
	const two = "Paul Lund and Mark Hill spent the weekend in Leeds. Mr Lund and Mr Hill have been rivals for years. "
	checkMeetings(t, kg.DateDay(2025, 3, 10), []meetingCase{
		// two different posts, the same two people left: those two
		{"two-posts-two-people",
			two + "The prime minister said he had discussed the rumours with the chancellor.",
			[]string{"TALKS OCCURRED Mark Hill+Paul Lund  -"}},
		// a post is not the person the sentence names
		{"post-not-the-named-listener",
			two + "Deputy leader Tom Reed hosted a dinner in January where the prime minister told Mr Hill he would resign.",
			[]string{"MEETING OCCURRED Mark Hill+Paul Lund+Tom Reed 2025-01 -"}},
		// three people it could be: no one
		{"three-candidates",
			"Paul Lund, Mark Hill and Tom Reed spent the weekend in Leeds. Mr Lund, Mr Hill and Mr Reed have been rivals for years. The prime minister said he had discussed the rumours with the chancellor.",
			nil},
		// a person named once is no candidate
		{"named-once",
			"Paul Lund spent the weekend in Leeds with Mark Hill. Mr Lund has been a rival for years. The chancellor said he had discussed the rumours with Mr Lund.",
			nil},
		// the post stays open outside the encounter's sentence: the
		// statement of "the chancellor" is nobody's
		{"no-encounter",
			two + "The chancellor said the rumours were false.",
			nil},
	})
}

// TestBodyMeetingsAttended pins the meetings a named body convenes
// (GUIDELINES 16.3): the people the sentence places at them and the
// body; the sentences are our own.
func TestBodyMeetingsAttended(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 10), []meetingCase{
		{"attended-of-body",
			"Kenyan Finance Minister Carl Diaz flew home after he attended one meeting of the Group of Seven in Lisbon.",
			[]string{"MEETING OCCURRED Carl Diaz+Group of Seven  Lisbon"}},
		{"attending-body-before-noun",
			"Kenyan Finance Minister Carl Diaz will attend a G7 meeting in London next week.",
			[]string{"MEETING PLANNED Carl Diaz+Group of Seven 2025-03 London"}},
		{"opening-phrase",
			"During the spring meeting of the World Trade Organization in Geneva, Kenyan Finance Minister Carl Diaz said the plan would fail.",
			[]string{"MEETING OCCURRED Carl Diaz+World Trade Organization  Geneva"}},
		// a speech to the body is no encounter (GUIDELINES 7)
		{"speech-at-meeting",
			"Kenyan Finance Minister Carl Diaz argued in her keynote speech to the spring meeting of the World Trade Organization that the plan would fail.",
			nil},
		// a country at a meeting of a body is one of its members
		{"country-attends",
			"Kenya is attending this spring's meeting of the World Trade Organization.",
			nil},
		// no one placed at it
		{"passive-plan",
			"The plan would be approved at the spring meeting of the World Trade Organization, Kenyan Finance Minister Carl Diaz said.",
			nil},
		{"hypothetical",
			"Asked if she would raise the issue at the spring meeting of the World Trade Organization, Kenyan Finance Minister Ann Hill declined to answer.",
			nil},
	})
}

// TestJoinedByAtAppearance pins "X was joined by Y" at an appearance
// (GUIDELINES 13.3); the sentences are our own.
func TestJoinedByAtAppearance(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 10), []meetingCase{
		{"joined-at-place",
			"After the vote, Home Secretary Paul Lund was joined by Mark Hill at a youth club in Leeds.",
			[]string{"MEETING OCCURRED Mark Hill+Paul Lund  Leeds"}},
		{"where-clause",
			"The party unveiled its budget plans on Friday, where Paul Lund was joined by Mark Hill, the man who runs its campaign.",
			[]string{"MEETING OCCURRED Mark Hill+Paul Lund  -"}},
		// joined in an opinion or a vote: no one met
		{"joined-in-vote",
			"Senator Paul Lund was joined by Senator Mark Hill in voting against the bill.",
			nil},
		{"joined-sentence-end",
			"Justice Paul Lund wrote the dissent. He was joined by Justice Mark Hill.",
			nil},
	})
}

// TestOrgAfterDescriptiveNouns pins the side of a list named after a
// descriptive noun ("Swiss insurer X"), and the subject of a clause
// after a noun of report; the sentences are our own.
func TestOrgAfterDescriptiveNouns(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 10), []meetingCase{
		{"country-noun-org",
			"Halvard Bank said it is still in talks with Swiss insurer Corvex Insurance over a sale.",
			[]string{"TALKS OCCURRED Corvex Insurance+Halvard Bank  -"}},
		{"plain-org-unchanged",
			"Halvard Bank is in talks with Corvex Insurance over a sale.",
			[]string{"TALKS OCCURRED Corvex Insurance+Halvard Bank  -"}},
		// a person after the nouns is still the side
		{"person-after-nouns",
			"Tomas Richter held talks with Swiss insurer chief Anna Kowalski in Bern.",
			[]string{"TALKS OCCURRED Anna Kowalski+Tomas Richter  Bern"}},
		// a country before a noun that names no body: no side
		{"no-body-after-nouns",
			"Halvard Bank is in talks with Swiss insurers over a sale.",
			nil},
		// the clause after "reports that" has its own subject: the one who
		// declined to comment held no talks
		{"report-that-clause",
			"Peter Dorn runs the firm. Mr Dorn declined to comment on reports that Karvex had held talks with Swiss insurer Corvex Insurance.",
			nil},
		{"report-that-named-subject",
			"Shares in Halvard Bank rose after a report that Halvard Bank had held talks with Swiss insurer Corvex Insurance.",
			[]string{"TALKS OCCURRED Corvex Insurance+Halvard Bank  -"}},
	})
}
