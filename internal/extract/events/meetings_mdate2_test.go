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
		// the visit's own run of days: its first day, not the month of
		// an occasion around it
		{"visit-of-which-starts-run",
			"Unions timed the strike for the visit of French President Carl Diaz to Peru, which starts on April 5-6.",
			[]string{"VISIT PLANNED Carl Diaz+Peru 1987-04-05 Peru"}},
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

// TestMeetingDateSidelines: "on the sidelines of" an occasion places an
// encounter at it, as "at" does: the occasion's day is the encounter's.
// The sentences are our own, with invented names.
func TestMeetingDateSidelines(t *testing.T) {
	checkMeetings(t, kg.DateDay(2023, 6, 21), []meetingCase{ // a Wednesday
		{"sidelines-of-summit",
			"Premier Carl Diaz held a short meeting with President Anna Berg on the sidelines of the Nordic summit on Friday.",
			[]string{"MEETING OCCURRED Anna Berg+Carl Diaz 2023-06-16 -"}},
		// must not fire: "on the eve of" puts the encounter before the summit
		{"eve-of-summit",
			"Premier Carl Diaz held a short meeting with President Anna Berg on the eve of the Nordic summit on Friday.",
			[]string{"MEETING OCCURRED Anna Berg+Carl Diaz  -"}},
	})
}

// TestMeetingDateNamelessPlan: a planned encounter told with no time,
// right after a sentence that dates one coming encounter whose sides it
// names by no one ("Senior officials open talks tomorrow with foreign
// negotiators"), is that encounter. The sentences are our own, with
// invented names.
func TestMeetingDateNamelessPlan(t *testing.T) {
	checkMeetings(t, kg.DateDay(1987, 4, 8), []meetingCase{
		{"nameless-then-named",
			"Senior Kenyan officials open emergency talks with Norwegian fisheries negotiators tomorrow. Deputy minister Carl Diaz is to hold three days of meetings with envoy Anna Berg.",
			[]string{"MEETING PLANNED Anna Berg+Carl Diaz 1987-04-09 -"}},
		// must not fire: the dated sentence names someone else
		{"named-other",
			"Kenyan envoy Peter Otieno opens emergency talks with Norwegian fisheries negotiators tomorrow. Deputy minister Carl Diaz is to hold three days of meetings with envoy Anna Berg.",
			[]string{"TALKS PLANNED Norway+Peter Otieno 1987-04-09 -", "MEETING PLANNED Anna Berg+Carl Diaz  -"}},
	})
}

// TestVisitDayOfVisit: a visit whose first day the sentence writes ("on
// the first day of a visit to X on Tuesday") is dated by it (GUIDELINES
// §9); one whose later day it writes ("at the close of his two-day state
// visit to X yesterday") by the month holding it (20.31); a
// date that only modifies a noun of the sentence ("the June 2 accord")
// is no date of its own. The sentences are our own, with invented names.
func TestVisitDayOfVisit(t *testing.T) {
	checkMeetings(t, kg.DateDay(1987, 3, 26), []meetingCase{
		{"end-of-visit-yesterday",
			"Kenyan Premier Carl Diaz spoke to reporters at the close of his two-day state visit to Norway yesterday.",
			[]string{"VISIT OCCURRED Carl Diaz+Norway 1987-03 Norway"}},
		{"first-day-written",
			"Kenyan Premier Carl Diaz, in a lecture on the first day of his state visit to Norway on Tuesday, said the June 2 accord should hold.",
			[]string{"VISIT OCCURRED Carl Diaz+Norway 1987-03-24 Norway"}},
		// must not fire: no day written for the first day (dev gold
		// reuters21578-5697: undated)
		{"first-day-no-day",
			"Kenyan Premier Carl Diaz, in a lecture on the first day of his state visit to Norway, said the June 2 accord should hold.",
			[]string{"VISIT OCCURRED Carl Diaz+Norway  Norway"}},
		// must not fire: the day is the saying's, in a clause of its own
		{"other-clause-day",
			"Kenyan Premier Carl Diaz, at the close of his two-day state visit to Norway, said on Monday that fishing quotas would rise.",
			[]string{"VISIT OCCURRED Carl Diaz+Norway  Norway"}},
	})
}

// TestVisitAsSetting: a visit that is only the setting of another event
// ("X yesterday warned during a visit here", "an editorial today to
// coincide with the visit of X") is under way from a day the text does
// not give: the other event's day is not the visit's (GUIDELINES 17.6).
// The sentences are our own, with invented names.
func TestVisitAsSetting(t *testing.T) {
	checkMeetings(t, kg.DateDay(1987, 3, 26), []meetingCase{
		{"day-before-during",
			"Kenyan Premier Carl Diaz yesterday warned during a visit to Norway that fish prices would fall.",
			[]string{"VISIT OCCURRED Carl Diaz+Norway  Norway"}},
		// must not fire: the day is written inside the visit's own phrase
		{"day-inside-phrase",
			"Kenyan Premier Carl Diaz warned during a visit to Norway on Tuesday that fish prices would fall.",
			[]string{"VISIT OCCURRED Carl Diaz+Norway 1987-03-24 Norway"}},
		// must not fire: a stopover lasts the day of the talks held in it
		{"stopover",
			"Kenyan Premier Carl Diaz had short talks on Sunday with Norwegian Premier Anna Berg during a stopover in Oslo.",
			[]string{"TALKS OCCURRED Anna Berg+Carl Diaz 1987-03-22 Oslo", "VISIT OCCURRED Carl Diaz+Norway 1987-03-22 Oslo"}},
		// must not fire: a month holds the visit's start as well
		{"month-before-during",
			"Kenyan Premier Carl Diaz warned last month during a visit to Norway that fish prices would fall.",
			[]string{"VISIT OCCURRED Carl Diaz+Norway 1987-02 Norway"}},
	})
}

// TestTourBoundDefiniteTrip: "the trip" of a sentence naming no
// traveller, after one telling a visit, is that visit: the run of days it
// is set for bounds the visitor's planned encounters (GUIDELINES 19.20,
// 17.5). The sentences are our own, with invented names.
func TestTourBoundDefiniteTrip(t *testing.T) {
	checkMeetings(t, kg.DateDay(1987, 3, 31), []meetingCase{
		{"the-trip-is-set",
			"Kenyan envoy Carl Diaz will visit Norway soon for fisheries meetings.\n\nHer aides expect the trip to be arranged for April 13 to 15.\n\nDiaz will meet Premier Anna Berg.",
			// the visit takes the trip's month too (tripLegsDate): coarser
			// than its first day, which §9 would give, but not wrong
			[]string{"VISIT PLANNED Carl Diaz+Norway 1987-04 Norway", "MEETING PLANNED Anna Berg+Carl Diaz 1987-04 -"}},
		// must not fire: the trip is another person's
		{"the-trip-of-other",
			"Kenyan envoy Carl Diaz will visit Norway soon for fisheries meetings.\n\nHer aides expect the trip of the trade minister to be arranged for April 13 to 15.\n\nDiaz will meet Premier Anna Berg.",
			[]string{"VISIT PLANNED Carl Diaz+Norway  Norway", "MEETING PLANNED Anna Berg+Carl Diaz  -"}},
	})
}
