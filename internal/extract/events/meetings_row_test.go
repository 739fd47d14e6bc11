package events

import (
	"testing"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// TestMeetingQuarrel pins a quarrel between named people as the
// encounter it reports (GUIDELINES §7): "a row with", "a row between",
// "clashed with". A feud ("the row between"), a dispute with a country,
// a denied row and a clash in a match give nothing. The sentences are
// our own.
func TestMeetingQuarrel(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 10), []meetingCase{
		{"blazing-row-with",
			"The chef Tom Harding walked off the set after he had a furious row with Sam Pike.",
			[]string{"MEETING OCCURRED Sam Pike+Tom Harding  -"}},
		{"row-with-after-main-clause",
			"On Monday the network dropped the show after presenter Tom Harding stormed out following a heated row with Sam Pike.",
			[]string{"MEETING OCCURRED Sam Pike+Tom Harding  -"}},
		{"row-between-three",
			"The recording captured a row between Tom Harding, councillor Sam Pike and Ann Oakes about the budget.",
			[]string{"MEETING OCCURRED Ann Oakes+Sam Pike+Tom Harding  -"}},
		{"clashed-with",
			"Mayor Tom Harding clashed on Tuesday with campaigner Sam Pike outside the town hall.",
			[]string{"MEETING OCCURRED Sam Pike+Tom Harding 2025-03-04 -"}},
		{"feud", "The row between Tom Harding and Sam Pike has dragged on for a decade.", nil},
		{"country", "Kenya is locked in a bitter row with Norway over fishing rights.", nil},
		{"embroiled", "Tom Harding has been embroiled in a row with Sam Pike since the election.", nil},
		{"row-over-topic", "Tom Harding had a row with Sam Pike over the pace of tax cuts.", nil},
		{"denied", "Tom Harding denied reports of a row with Sam Pike.", nil},
		{"unnamed", "Mayor Tom Harding clashed with councillors over the budget.", nil},
		{"match", "Tom Harding clashed with Sam Pike in the second half of the match on Sunday.", nil},
		{"policy", "Chancellor Tom Harding clashed with Sam Pike over the pace of tax cuts.", nil},
		{"session", "Tom Harding clashed with Sam Pike at prime minister's questions on Wednesday.", nil},
	})
}

// TestMeetingMetUp pins the phrasal verb "meet up (with)", read as
// "meet (with)"; "caught up with" (an interviewer's phrase) stays no
// meeting. The sentences are our own.
func TestMeetingMetUp(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 10), []meetingCase{
		{"met-up-with",
			"The singer Tom Harding met up with Sam Pike in Leeds on Saturday.",
			[]string{"MEETING OCCURRED Sam Pike+Tom Harding 2025-03-08 Leeds"}},
		{"pair-meet-up",
			"Tom Harding and Sam Pike will meet up in Leeds on Friday.",
			[]string{"MEETING PLANNED Sam Pike+Tom Harding 2025-03-14 Leeds"}},
		{"caught-up", "The reporter caught up with Sam Pike after the show.", nil},
	})
}
