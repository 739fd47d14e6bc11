package events

import (
	"testing"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// TestPlaceQualifiedCounterpart: "his Alberta counterpart, X" names X as
// the counterpart; the place only qualifies the post. The sentences are
// our own.
func TestPlaceQualifiedCounterpart(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 10), []meetingCase{
		{"comma",
			"Canadian Energy Minister Paul Darnell spoke to reporters after a meeting with his Quebec counterpart, Louise Marceau.",
			[]string{"MEETING OCCURRED Louise Marceau+Paul Darnell  -"}},
		{"no-comma",
			"Canadian Energy Minister Paul Darnell spoke to reporters after a meeting with his Quebec counterpart Louise Marceau.",
			[]string{"MEETING OCCURRED Louise Marceau+Paul Darnell  -"}},
		// guard: the post with no name after it names nobody
		{"unnamed",
			"Canadian Energy Minister Paul Darnell spoke to reporters after a meeting with his Quebec counterpart.",
			nil},
	})
}

// TestTheirPairNear: "their summit" is the two people named before it
// once the one reporting it is left out, or when a body named in an
// earlier clause is not the owner of the meeting. The sentences are our
// own.
func TestTheirPairNear(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 10), []meetingCase{
		{"reporter-left-out",
			"President Alan Marsh spoke on Monday. Aide Peter Lund noted Marsh's remark to Premier Oskar Brandt, made at their first summit in Oslo in 2019, still stood.",
			[]string{"SUMMIT OCCURRED Alan Marsh+Oskar Brandt 2019 Oslo"}},
		{"body-in-earlier-clause",
			"Tariffs stay high in Ruritania, where the Senate will pass a trade bill, whatever President Alan Marsh and Premier Oskar Brandt agreed at their summit in Oslo.",
			[]string{"SUMMIT OCCURRED Alan Marsh+Oskar Brandt  Oslo"}},
		// guard: three people and none of them reporting: the pair is unclear
		{"three-people",
			"President Alan Marsh criticised Peter Lund's remark to Premier Oskar Brandt, made at their first summit in Oslo in 2019.",
			nil},
	})
}

// TestLookingForwardPlanned: "looking forward to his talks with X" is an
// encounter still to come. The sentences are our own.
func TestLookingForwardPlanned(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 10), []meetingCase{
		{"looking-forward",
			"President Alan Marsh said he was looking forward to talks with Premier Oskar Brandt.",
			[]string{"TALKS PLANNED Alan Marsh+Oskar Brandt  -"}},
		// guard: the talks held, then something else looked forward to
		{"held",
			"President Alan Marsh held talks with Premier Oskar Brandt and is looking forward to the summer.",
			[]string{"TALKS OCCURRED Alan Marsh+Oskar Brandt  -"}},
	})
}

// TestWhoHeMet: "Y, who he met last week" is a meeting of the pronoun's
// person with Y, as "Y, whom he met" is. The sentences are our own.
func TestWhoHeMet(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 10), []meetingCase{
		{"who-he-met",
			"Bank chief Tom Reed spoke on Monday. He expects Minister Ivo Dane, who he met with in 2024, to return.",
			[]string{"MEETING OCCURRED Ivo Dane+Tom Reed 2024 -"}},
		// guard: "who" as the relative clause's own subject
		{"who-met",
			"Bank chief Tom Reed spoke on Monday. He praised Minister Ivo Dane, who met Carl Owens in 2024.",
			[]string{"MEETING OCCURRED Carl Owens+Ivo Dane 2024 -"}},
	})
}

// TestMeetSoonWith: an adverb of time between the verb and "with" ("to
// meet soon with his Bolivian counterpart, X") keeps X the counterpart.
// The sentences are our own.
func TestMeetSoonWith(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 10), []meetingCase{
		{"soon",
			"Chilean mines minister Pedro Alvarado is expected to meet soon with his Bolivian counterpart, Hugo Ramirez.",
			[]string{"MEETING PLANNED Hugo Ramirez+Pedro Alvarado  -"}},
		// guard: the adverb of a clause that names no counterpart
		{"soon-no-with",
			"Chilean mines minister Pedro Alvarado is expected to meet soon, Hugo Ramirez said.",
			nil},
	})
}
