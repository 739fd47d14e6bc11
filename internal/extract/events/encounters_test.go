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
