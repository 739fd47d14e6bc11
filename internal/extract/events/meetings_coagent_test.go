package events

import (
	"testing"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// TestMeetingCoAgent: a person set off by commas as going along with the
// subject ("A, accompanied by B, met C", "A, along with B, held talks
// with C") is a party of the meeting that sentence tells, and no
// separate encounter of A with B is made; "along with" after a
// non-person, or with no meeting in its sentence, adds no one. Sentences
// are our own.
func TestMeetingCoAgent(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 11), []meetingCase{
		{"accompanied-by-in-the-meeting-clause",
			"Labour Minister Carl Diaz, accompanied by deputy minister Rosa Lind, met union leader Tom Cole on Monday.",
			[]string{"MEETING OCCURRED Carl Diaz+Rosa Lind+Tom Cole 2025-03-10 -"}},
		{"along-with",
			"Labour Minister Carl Diaz, along with deputy minister Rosa Lind, met union leader Tom Cole on Monday.",
			[]string{"MEETING OCCURRED Carl Diaz+Rosa Lind+Tom Cole 2025-03-10 -"}},
		{"together-with-talks",
			"Labour Minister Carl Diaz, together with deputy minister Rosa Lind, held talks with union leader Tom Cole on Monday.",
			[]string{"TALKS OCCURRED Carl Diaz+Rosa Lind+Tom Cole 2025-03-10 -"}},
		// near misses
		{"along-with-no-meeting",
			"Labour Minister Carl Diaz, along with deputy minister Rosa Lind, signed the wage accord on Monday.",
			nil},
		{"along-with-a-thing",
			"Labour Minister Carl Diaz met union leader Tom Cole on Monday to discuss the plan, along with a pension proposal.",
			[]string{"MEETING OCCURRED Carl Diaz+Tom Cole 2025-03-10 -"}},
	})
}

// TestMeetingAppositiveInSubjectList: a description set off by commas
// after the first name of a subject list does not cut the list ("A, the
// X minister, B and C met"), whether the description is read as A's or
// as a title before B. Sentences are our own.
func TestMeetingAppositiveInSubjectList(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 11), []meetingCase{
		{"the-description-then-two",
			"Carl Diaz, the Danish labour minister, Tom Cole and Anna Berg met in Oslo on Monday.",
			[]string{"MEETING OCCURRED Anna Berg+Carl Diaz+Tom Cole 2025-03-10 Oslo"}},
		{"the-description-then-and",
			"Carl Diaz, the Danish labour minister, and Tom Cole met in Oslo on Monday.",
			[]string{"MEETING OCCURRED Carl Diaz+Tom Cole 2025-03-10 Oslo"}},
		// near miss: an opening phrase, not a name, before the description
		{"opening-phrase",
			"In Oslo, the Danish labour minister, Tom Cole and Anna Berg met on Monday.",
			[]string{"MEETING OCCURRED Anna Berg+Tom Cole 2025-03-10 Oslo"}},
	})
}

// TestMeetingAccompaniedNextSentence: "He was accompanied by B" right
// after a meeting of his puts B at that meeting instead of making an
// encounter of B with him; with no meeting before, the encounter stays
// (GUIDELINES §13.3). Sentences are our own.
func TestMeetingAccompaniedNextSentence(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 11), []meetingCase{
		{"joins-the-meeting-before",
			"Labour Minister Carl Diaz met union leader Tom Cole on Monday. He was accompanied by deputy minister Rosa Lind.",
			[]string{"MEETING OCCURRED Carl Diaz+Rosa Lind+Tom Cole 2025-03-10 -"}},
		// near miss: nothing told before, so the accompanying is the encounter
		{"no-meeting-before",
			"Labour Minister Carl Diaz opened the new harbour on Monday. He was accompanied by deputy minister Rosa Lind.",
			[]string{"MEETING OCCURRED Carl Diaz+Rosa Lind  -"}},
	})
}
