package events

import (
	"testing"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// TestMeetingDateCompoundNoun: a date written before an encounter noun
// that another encounter noun modifies ("an April 5-6 summit meeting")
// dates that one encounter; the modifier is no nearer trigger. The
// sentences are our own, with invented names.
func TestMeetingDateCompoundNoun(t *testing.T) {
	checkMeetings(t, kg.DateDay(1987, 3, 18), []meetingCase{
		{"date-summit-meeting",
			"Aides tied the decree to a coming April 5-6 summit meeting in Oslo between President Carl Diaz and Premier Anna Berg.",
			[]string{"MEETING PLANNED Anna Berg+Carl Diaz 1987-04-05 Oslo"}},
		{"hyphenated-date-summit-meeting",
			"Aides tied the decree to a coming April-5-6 summit meeting in Oslo between President Carl Diaz and Premier Anna Berg.",
			[]string{"MEETING PLANNED Anna Berg+Carl Diaz 1987-04-05 Oslo"}},
		// must not fire: the date is another event's, with a verb between
		{"date-of-other-event",
			"After the April 5 vote the summit meeting in Oslo between President Carl Diaz and Premier Anna Berg was a success.",
			[]string{"MEETING OCCURRED Anna Berg+Carl Diaz  Oslo"}},
	})
}

// TestMeetingDateVisitOfWhich: a relative clause telling when a visit
// starts ("the visit of X to Y, which starts on Friday") dates the visit,
// as it does a summit's ("the summit, which opens on Monday"). The
// sentences are our own, with invented names.
func TestMeetingDateVisitOfWhich(t *testing.T) {
	checkMeetings(t, kg.DateDay(1987, 3, 18), []meetingCase{ // a Wednesday
		{"visit-of-which-starts",
			"Unions timed the strike to embarrass the government during the three-day visit of French President Carl Diaz to Peru, which starts on Friday.",
			[]string{"VISIT PLANNED Carl Diaz+Peru 1987-03-20 Peru"}},
		// must not fire: the clause tells the visit's end, not its start
		{"visit-of-which-ends",
			"Unions timed the strike to embarrass the government during the three-day visit of French President Carl Diaz to Peru, which ends on Friday.",
			[]string{"VISIT OCCURRED Carl Diaz+Peru  Peru"}},
	})
}

// TestMeetingDateTourAcrossMonths: an encounter of a tour bounded by its
// first day and length, with no day of its own, takes the most precise
// date holding the whole tour (GUIDELINES 19.20): the year when the tour
// runs into a second month. A comma and a second modifier may stand
// between the tour's length and its noun. The sentences are our own,
// with invented names.
func TestMeetingDateTourAcrossMonths(t *testing.T) {
	checkMeetings(t, kg.DateDay(2010, 1, 23), []meetingCase{ // a Saturday
		{"across-months",
			"Fund chief Carl Diaz sets off next Tuesday on a nine-day, four-country trip through Asia. Diaz will meet Prime Minister Anna Berg.",
			[]string{"MEETING PLANNED Anna Berg+Carl Diaz 2010 -"}},
		{"within-month",
			"Fund chief Carl Diaz sets off next Tuesday on a four-day, two-country trip through Asia. Diaz will meet Prime Minister Anna Berg.",
			[]string{"MEETING PLANNED Anna Berg+Carl Diaz 2010-01 -"}},
		// must not fire: nothing says the tour starts on that day
		{"no-start",
			"Fund chief Carl Diaz is on a nine-day, four-country trip through Asia, aides said on Tuesday. Diaz will meet Prime Minister Anna Berg.",
			[]string{"MEETING PLANNED Anna Berg+Carl Diaz  -"}},
	})
}
