package events

import (
	"testing"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// TestMeetingDateRuns: an encounter on a run of days written as two days
// joined by "and" is dated by the first of them (GUIDELINES §9), wherever
// the days stand. The sentences are our own, with invented names.
func TestMeetingDateRuns(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 4, 2), []meetingCase{ // a Wednesday
		{"days-before-verb",
			"Aides told reporters that on Thursday and Friday trade envoy Carl Diaz would meet with vice minister Anna Berg.",
			[]string{"MEETING PLANNED Anna Berg+Carl Diaz 2025-04-03 -"}},
		{"days-after-verb",
			"Trade envoy Carl Diaz will meet vice minister Anna Berg on Thursday and Friday.",
			[]string{"MEETING PLANNED Anna Berg+Carl Diaz 2025-04-03 -"}},
		// must not fire: one day for each of two events
		{"two-events",
			"Trade envoy Carl Diaz arrives on Thursday and will meet vice minister Anna Berg on Friday.",
			[]string{"MEETING PLANNED Anna Berg+Carl Diaz 2025-04-04 -"}},
	})
}

// TestMeetingDateOtherNoun: a date written right after another encounter
// noun dates that encounter, not a later one in the sentence. The
// sentences are our own, with invented names.
func TestMeetingDateOtherNoun(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 4, 2), []meetingCase{
		{"other-talks-tomorrow",
			"Berg said that should the negotiations tomorrow collapse, she would request fresh talks with trade envoy Carl Diaz.",
			[]string{"TALKS PLANNED Berg+Carl Diaz  -"}},
		// must not fire: the occasion of the encounter shares its time
		{"meeting-at-occasion",
			"Trade envoy Carl Diaz met vice minister Anna Berg at a reception on Monday.",
			[]string{"MEETING OCCURRED Anna Berg+Carl Diaz 2025-03-31 -"}},
	})
}

// TestMeetingDatePossessiveOverName: a possessive date before a body's
// name and the trigger ("next week's World Health Assembly meeting")
// dates that meeting; before a name and another noun it dates that noun.
// The sentences are our own, with invented names.
func TestMeetingDatePossessiveOverName(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 4, 2), []meetingCase{
		{"next-weeks-body-meeting",
			"Health Minister Carl Diaz spoke to the press before he attends next week's World Health Organization meeting in Geneva.",
			[]string{"MEETING PLANNED Carl Diaz+World Health Organization 2025-04 Geneva"}},
		// must not fire: the date is the vote's
		{"next-weeks-other-noun",
			"Health Minister Carl Diaz met vice minister Anna Berg ahead of next week's Kenyan Senate vote.",
			[]string{"MEETING OCCURRED Anna Berg+Carl Diaz  -"}},
	})
}

// TestMeetingDateTripSpan: an encounter told with a trip of a stated
// length whose first day the sentence gives, and no day of its own, takes
// the most precise date holding the whole trip (GUIDELINES 17.5). The
// sentences are our own, with invented names.
func TestMeetingDateTripSpan(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 27), []meetingCase{
		{"week-long-across-months",
			"Premier Carl Diaz will begin an official week-long stay in Norway from April 28 and hold talks in Oslo with President Anna Berg.",
			[]string{"TALKS PLANNED Anna Berg+Carl Diaz 2025 Oslo"}},
		{"three-day-within-month",
			"Premier Carl Diaz will begin an official three-day stay in Norway from April 8 and hold talks in Oslo with President Anna Berg.",
			[]string{"TALKS PLANNED Anna Berg+Carl Diaz 2025-04 Oslo"}},
		// must not fire: the talks have a day of their own, before the trip
		{"own-day",
			"Premier Carl Diaz will hold talks with President Anna Berg on Monday, opening his three-day tour of Norway.",
			[]string{"TALKS PLANNED Anna Berg+Carl Diaz 2025-03-31 -"}},
	})
}

// TestMeetingPresentSchedule: the simple present with a weekday of the
// encounter's own phrase is a timetable: still to come, and dated by the
// coming weekday. The sentences are our own, with invented names.
func TestMeetingPresentSchedule(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 27), []meetingCase{ // a Thursday
		{"meets-on-monday",
			"Trade envoy Carl Diaz, who flew in last week, meets vice minister Anna Berg on Monday.",
			[]string{"MEETING PLANNED Anna Berg+Carl Diaz 2025-03-31 -"}},
		{"starts-a-visit",
			"Trade envoy Carl Diaz starts a five-day visit to Norway on Sunday.",
			[]string{"VISIT PLANNED Carl Diaz+Norway 2025-03-30 Norway"}},
		// must not fire: the story's own weekday is under way
		{"meets-today-weekday",
			"Trade envoy Carl Diaz, who flew in last week, meets vice minister Anna Berg on Thursday.",
			[]string{"MEETING OCCURRED Anna Berg+Carl Diaz 2025-03-27 -"}},
	})
}
