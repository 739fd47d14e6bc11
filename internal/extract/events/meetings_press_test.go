package events

import (
	"testing"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// TestMeetingPressAtBody pins a speaker talking to the press at a named
// body's meeting: "told reporters during the X annual meeting",
// "Speaking to journalists at the annual meeting of X, Y said". The
// press verb right before "at" or "during" places the speaker at the
// meeting (GUIDELINES 16.3), where a bare "at" before the body's name
// does not; what he says of plans does not make the meeting planned. A
// press verb whose "at" belongs to the reported words places no one. The
// sentences are our own.
func TestMeetingPressAtBody(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 10), []meetingCase{
		{"told-reporters-during-body-before",
			"Finance minister Ana Colt told reporters during the Baltic Lending Bank annual meeting that lending would rise.",
			[]string{"MEETING OCCURRED Ana Colt+Baltic Lending Bank  -"}},
		{"told-news-agency-during-acronym",
			"Finance minister Ana Colt told Reuters during the Baltic Lending Bank (BLB) annual meeting that lending would rise.",
			[]string{"MEETING OCCURRED Ana Colt+Baltic Lending Bank  -"}},
		{"speaking-to-journalists-opener",
			"Speaking to journalists at the annual meeting of the Baltic Lending Bank, finance minister Ana Colt said lending would rise.",
			[]string{"MEETING OCCURRED Ana Colt+Baltic Lending Bank  -"}},
		{"told-reporters-during-convention",
			"Regulator Tom Baxley told reporters during the Federation of Grain Dealers annual convention that rates were stable.",
			[]string{"MEETING OCCURRED Federation of Grain Dealers+Tom Baxley  -"}},
		{"plan-in-words-still-there",
			"No date has been set for the vote, finance minister Ana Colt told reporters at the Baltic Lending Bank board meeting.",
			[]string{"MEETING OCCURRED Ana Colt+Baltic Lending Bank  -"}},
		{"said-during-body-before",
			"Lending will rise, finance minister Ana Colt said during the Baltic Lending Bank annual meeting in Riga.",
			[]string{"MEETING OCCURRED Ana Colt+Baltic Lending Bank  Riga"}},
		{"bare-at-places-no-one",
			"Finance minister Ana Colt hopes the governors will approve the plan at the Baltic Lending Bank annual meeting.", nil},
		{"at-in-reported-words",
			"Finance minister Ana Colt told reporters the plan would be approved at the Baltic Lending Bank annual meeting.", nil},
		{"convention-bare-at",
			"Regulator Tom Baxley expects a vote at the Federation of Grain Dealers annual convention.", nil},
	})
}

// TestMeetingGroupBodies pins the Group-of-N bodies other than the G5, G7,
// G8 and G20 (the G6 of six finance ministers, the G10 of central banks,
// the G24 and G77 of developing countries) as the convening bodies of
// their meetings; a group that only speaks in a communique meets no one.
// The sentences are our own.
func TestMeetingGroupBodies(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 10), []meetingCase{
		{"g24-of-phrase",
			"Finance minister Ana Colt will attend a meeting of the Group of 24 in Lima.",
			[]string{"MEETING PLANNED Ana Colt+Group of 24  Lima"}},
		{"g6-before-noun",
			"Finance minister Ana Colt attended the G-6 meeting in Rome.",
			[]string{"MEETING OCCURRED Ana Colt+Group of Six  Rome"}},
		{"g10-body-speaks", "The G-10 said in a communique that exchange rates were stable.", nil},
	})
}

// TestMeetingBodyMetUnderChair pins a named body (or an organ of it: "the
// board of X", "the X board") that met under a named chair: the body's
// meeting with its chair (GUIDELINES 16.3), the chair read past a post
// joined by "and". A chair of something else in the clause, or a board
// with no body named, gives none. The sentences are our own.
func TestMeetingBodyMetUnderChair(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 10), []meetingCase{
		{"organ-of-body-chairmanship",
			"The general assembly of the Baltic Lending Bank met in Riga under the chairmanship of Latvia's Trade and Industry Minister, Ana Colt.",
			[]string{"MEETING OCCURRED Ana Colt+Baltic Lending Bank  Riga"}},
		{"body-board-chaired-by",
			"The Baltic Lending Bank board met in Riga, chaired by its president Ana Colt.",
			[]string{"MEETING OCCURRED Ana Colt+Baltic Lending Bank  Riga"}},
		{"other-thing-chaired",
			"The Baltic Lending Bank met Ana Colt in Riga to sign a deal chaired by Tom Reik.",
			[]string{"MEETING OCCURRED Ana Colt+Baltic Lending Bank  Riga"}},
		{"unnamed-board", "The board met in Riga under the chairmanship of Ana Colt.", nil},
	})
}
