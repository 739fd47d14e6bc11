package events

import (
	"testing"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// TestMeetingStatusGrammar pins four status readings found wrong by
// judging the meetings extracted from unannotated news: a finite simple
// past happened whatever plan words its clause holds elsewhere; what
// follows "after" a future act is still to come; "would" after a verb of
// speech is the future seen from the saying; and an indirect question
// ("whether A had held talks") reports no encounter. Our own sentences,
// with invented names.
func TestMeetingStatusGrammar(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 11), []meetingCase{ // a Tuesday
		// the simple past is what happened
		{"left-for-saying-he-planned",
			"Norwegian Trade Minister Ingrid Solvang left for Nairobi saying she planned to press Kenya on fish quotas.",
			[]string{"VISIT OCCURRED Ingrid Solvang+Kenya  Nairobi"}},
		{"plan-words-before-a-past-verb",
			"The deal raised hopes that prices could fall and Finance Minister Carl Diaz first went to Norway in 1998.",
			[]string{"VISIT OCCURRED Carl Diaz+Norway 1998 Norway"}},
		{"would-have-met-is-no-simple-past",
			"Finance Minister Carl Diaz said he would have met Treasury Secretary Anna Berg in Oslo.",
			[]string{"MEETING PLANNED Anna Berg+Carl Diaz  Oslo"}},
		{"leaves-for-stays-planned",
			"Norwegian Trade Minister Ingrid Solvang leaves for Nairobi saying she plans to press Kenya on fish quotas.",
			[]string{"VISIT PLANNED Ingrid Solvang+Kenya  Nairobi"}},
		// after a future act
		{"news-conference-following-a-meeting",
			"Finance Minister Carl Diaz will hold a news conference following a meeting with Treasury Secretary Anna Berg.",
			[]string{"MEETING PLANNED Anna Berg+Carl Diaz  -"}},
		{"past-act-following-a-meeting",
			"Finance Minister Carl Diaz held a news conference following a meeting with Treasury Secretary Anna Berg.",
			[]string{"MEETING OCCURRED Anna Berg+Carl Diaz  -"}},
		// reported "would"
		{"said-his-talks-would-include",
			"Finance Minister Carl Diaz said his talks with Norway would also include fish quotas.",
			[]string{"TALKS PLANNED Carl Diaz+Norway  -"}},
		{"said-his-talks-were-useful",
			"Finance Minister Carl Diaz said his talks with Norway were useful.",
			[]string{"TALKS OCCURRED Carl Diaz+Norway  -"}},
		// indirect questions
		{"unable-to-say-if-they-met-in-the-autumn",
			"A spokesman was unable to say if Finance Minister Carl Diaz met Treasury Secretary Anna Berg in the autumn.",
			nil},
		{"declined-to-say-whether-held-talks",
			"A spokesman declined to say whether Finance Minister Carl Diaz had held any recent talks with Treasury Secretary Anna Berg.",
			nil},
		{"whether-clause-closed-by-a-comma",
			"Asked whether prices would fall, Finance Minister Carl Diaz said he met Treasury Secretary Anna Berg.",
			[]string{"MEETING OCCURRED Anna Berg+Carl Diaz  -"}},
	})
}
