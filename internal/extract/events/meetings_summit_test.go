package events

import (
	"testing"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// TestMeetingCoConvener pins a meeting two named bodies hold together
// (the X Fund and Y Bank yearly meeting, the Y Bank/X Fund meeting, the
// meetings of the X Fund and the Y Bank): both bodies are participants
// beside the person placed there (GUIDELINES §7, 16.3), and the words
// placing him are looked for before the pair. A country after "and" is
// no co-convener, and a bare "at" before the pair places no one who was
// not placed before. The sentences are our own.
func TestMeetingCoConvener(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 10), []meetingCase{
		{"and-before-noun-press",
			"Talking to journalists at the IMF and World Bank yearly meeting, treasurer Tom Reik said he was upbeat.",
			[]string{"MEETING OCCURRED International Monetary Fund+Tom Reik+World Bank  -"}},
		{"slash-before-noun-attending",
			"Treasurer Tom Reik is attending the Baltic Lending Bank/Nordic Credit Fund meeting.",
			[]string{"MEETING OCCURRED Baltic Lending Bank+Nordic Credit Fund+Tom Reik  -"}},
		{"of-phrase-pair",
			"Treasurer Tom Reik will attend the yearly meeting of the Nordic Credit Fund (NCF) and the Baltic Lending Bank in Riga.",
			[]string{"MEETING PLANNED Baltic Lending Bank+Nordic Credit Fund+Tom Reik  Riga"}},
		{"country-after-and",
			"Tom Reik, who attended the meeting of the Baltic Lending Bank and Poland, said rates were stable.",
			[]string{"MEETING OCCURRED Baltic Lending Bank+Tom Reik  -"}},
		{"bare-at-pair",
			"Tom Reik recalled the mood of alarm at the Riga Baltic Lending Bank/Nordic Credit Fund meeting in 1992.", nil},
	})
}

// TestMeetingBodySessions pins a definite plural "meetings" of a named
// body as one gathering (the half-yearly meetings of the X Fund), read
// like its meeting when someone is placed there by a verb of attending
// or the press; a bare "at" before it, or "several meetings", places no
// one. "Talking with journalists" is a press encounter like "talking to
// journalists". The sentences are our own.
func TestMeetingBodySessions(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 10), []meetingCase{
		{"press-with-plural",
			"Talking with journalists at the biannual meetings of the Nordic Credit Fund, treasurer Tom Reik said rates were stable.",
			[]string{"MEETING OCCURRED Nordic Credit Fund+Tom Reik  -"}},
		{"attending-plural-pair",
			"Treasurer Tom Reik is attending the yearly meetings of the Baltic Lending Bank and the Nordic Credit Fund.",
			[]string{"MEETING OCCURRED Baltic Lending Bank+Nordic Credit Fund+Tom Reik  -"}},
		{"bare-at-plural",
			"Tom Reik expects the scheme to be signed at the spring meetings of the Baltic Lending Bank.", nil},
		{"several-meetings",
			"Tom Reik held several meetings of the Baltic Lending Bank.", nil},
	})
}

// TestMeetingAdjunctSubject pins the attendee of "while attending the X
// meeting" as the subject of the clause the adjunct belongs to, not a
// speaker named earlier in the sentence ("Y added, ... as X had said
// while attending"). The sentences are our own.
func TestMeetingAdjunctSubject(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 10), []meetingCase{
		{"as-x-had-said-while-attending",
			"Beyond that, Bob Marr added, prudence mattered, as treasurer Tom Reik had noted while attending the Baltic Lending Bank yearly meeting.",
			[]string{"MEETING OCCURRED Baltic Lending Bank+Tom Reik  -"}},
		{"no-adjunct",
			"Treasurer Tom Reik attended the Baltic Lending Bank yearly meeting.",
			[]string{"MEETING OCCURRED Baltic Lending Bank+Tom Reik  -"}},
	})
}

// TestMeetingSummitPairs pins the two people a summit is named after
// ("the Reik-Colt summit") and the pair "their summit" points back to
// past a reporting verb or a comma ("X recalled A's invitation to B,
// made at their second summit"). A hyphenated surname of someone named in full
// is no pair; a group noun after the verb leaves "their" to the group. A
// planning noun far from the trigger ("the offer matched the line taken
// at ...") makes no plan, and "later in the week" is still to come. The
// sentences are our own.
func TestMeetingSummitPairs(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 10), []meetingCase{
		{"hyphen-pair",
			"Tom Reik met Ana Colt in May. The offer matched the line taken at the earlier Reik-Colt summit in Lisbon.",
			[]string{"MEETING OCCURRED Ana Colt+Tom Reik 2024-05 -", "SUMMIT OCCURRED Ana Colt+Tom Reik  Lisbon"}},
		{"hyphenated-surname",
			"Singer Tom Reik-Colt spoke. The song was heard at the Reik-Colt gala in Lisbon.", nil},
		{"their-after-reporting-verb",
			"Aide Bob Marr recalled President Tom Reik's invitation to premier Ana Colt to tour Peru, made at their second summit in Lisbon in March 2019, still stood.",
			[]string{"SUMMIT OCCURRED Ana Colt+Tom Reik 2019-03 Lisbon"}},
		{"their-after-comma-later-in-week",
			"Bond yields may climb, whatever deal President Tom Reik and Prime Minister Ana Colt strike at their summit later in the week.",
			[]string{"SUMMIT PLANNED Ana Colt+Tom Reik 2025-03 -"}},
		{"group-noun-after-verb",
			"Bob Marr noted Tom Reik's letter to the ministers, sent before their summit.", nil},
	})
}

// TestMeetingForumVisits pins one visit for each attendee from abroad
// of a summit held in a city of a named country (GUIDELINES 19.18),
// dated like the encounter; an attendee of the host country makes none.
// The sentences are our own.
func TestMeetingForumVisits(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 10), []meetingCase{
		{"two-visitors",
			"Peruvian President Tom Reik said he settled the text with Chilean President Ana Colt at their summit meeting last May in Lisbon, Portugal.",
			[]string{"SUMMIT OCCURRED Ana Colt+Tom Reik  Lisbon", "MEETING OCCURRED Ana Colt+Tom Reik 2024-05 Lisbon", "VISIT OCCURRED Portugal+Tom Reik 2024-05 Lisbon", "VISIT OCCURRED Ana Colt+Portugal 2024-05 Lisbon"}},
		{"host-attendee",
			"Peruvian President Tom Reik said he settled the text with Portuguese President Ana Colt at their summit meeting last May in Lisbon, Portugal.",
			[]string{"SUMMIT OCCURRED Ana Colt+Tom Reik  Lisbon", "MEETING OCCURRED Ana Colt+Tom Reik 2024-05 Lisbon", "VISIT OCCURRED Portugal+Tom Reik 2024-05 Lisbon"}},
	})
}
