package events

import (
	"testing"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// TestMeetingBodyOfSeveralWords pins a summit or meeting whose convening
// body, named in several words, stands right before the noun: the verb of
// attending or the "at" is read before the whole name, as it is for a
// one-word body ("the G8 meeting"; GUIDELINES 16.3). Someone who only
// speaks of such a meeting is not placed there. The sentences are our own.
func TestMeetingBodyOfSeveralWords(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 10), []meetingCase{
		{"attended-three-word-body",
			"Finance minister Ana Colt attended the European Central Bank meeting in Paris.",
			[]string{"MEETING OCCURRED Ana Colt+European Central Bank  Paris"}},
		{"at-group-of-seven",
			"Finance minister Ana Colt spoke at the Group of Seven meeting in Paris.",
			[]string{"MEETING OCCURRED Ana Colt+Group of Seven  Paris"}},
		{"will-attend-summit",
			"Prime Minister Ana Colt will attend the Asia-Pacific Economic Cooperation summit in Lima.",
			[]string{"SUMMIT PLANNED Ana Colt+Asia-Pacific Economic Cooperation  Lima"}},
		{"one-word-body-unchanged",
			"Finance minister Ana Colt attended the G8 meeting in Paris.",
			[]string{"MEETING OCCURRED Ana Colt+Group of Eight  Paris"}},
		{"speaks-of-it", "Prime Minister Ana Colt said the European Central Bank meeting would be difficult.", nil},
		{"outlook-of-it", "Prime Minister Ana Colt said the European Central Bank meeting in Paris had been postponed.", nil},
	})
}

// TestMeetingRelativeAfterAge pins a relative clause whose antecedent is
// followed by an age in commas ("X, 61, who ..."), common in BBC prose:
// the name is the relative's subject as without the age. An age before a
// clause that is no relative changes nothing. The sentences are our own.
func TestMeetingRelativeAfterAge(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 10), []meetingCase{
		{"age-who-attend",
			"Finance minister Tomas Reik, 61, who has been in Britain to attend the G7 meeting in Leeds, told us the plan was sound.",
			[]string{"VISIT OCCURRED Tomas Reik+United Kingdom  United Kingdom", "MEETING OCCURRED Group of Seven+Tomas Reik  Leeds"}},
		{"age-whom-met",
			"Carl Diaz has married Anna Berg, 52, whom he met at a clinic in Oslo.",
			[]string{"MEETING OCCURRED Anna Berg+Carl Diaz  Oslo"}},
		{"age-no-relative", "Carl Diaz, 61, said the meeting had gone well.", nil},
	})
}
