package events

import (
	"testing"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// TestMeetingStatusCues pins two status cues found wrong by judging the
// meetings extracted from unannotated news: "due to" with a noun phrase
// is a cause, not a schedule, and a present progressive with a coming
// weekday is an arrangement. The sentences are our own, with invented
// names.
func TestMeetingStatusCues(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 11), []meetingCase{ // a Tuesday
		// "due to" a cause: the talks were held and ended
		{"ended-due-to-a-cause",
			"Peru said its talks with Norway were broken off due to a failure to agree on quotas.",
			[]string{"TALKS OCCURRED Norway+Peru  -"}},
		{"due-to-hold-is-planned",
			"Peru and Norway are due to hold talks on fishing quotas.",
			[]string{"TALKS PLANNED Norway+Peru  -"}},
		{"called-off-due-to-a-cause-stays-planned",
			"Talks between Peru and Norway were called off due to the strike.",
			[]string{"TALKS PLANNED Norway+Peru  -"}},
		// the present progressive with a coming weekday
		{"is-meeting-on-a-coming-weekday",
			"Finance Minister Carl Diaz is meeting Treasury Secretary Anna Berg on Thursday.",
			[]string{"MEETING PLANNED Anna Berg+Carl Diaz 2025-03-13 -"}},
		{"is-holding-talks-on-a-coming-weekday",
			"Finance Minister Carl Diaz is holding talks with Treasury Secretary Anna Berg on Friday.",
			[]string{"TALKS PLANNED Anna Berg+Carl Diaz 2025-03-14 -"}},
		{"the-story-day-is-under-way",
			"Finance Minister Carl Diaz is meeting Treasury Secretary Anna Berg on Tuesday.",
			[]string{"MEETING OCCURRED Anna Berg+Carl Diaz 2025-03-11 -"}},
		{"past-tense-weekday-stays-past",
			"Finance Minister Carl Diaz met Treasury Secretary Anna Berg on Thursday.",
			[]string{"MEETING OCCURRED Anna Berg+Carl Diaz 2025-03-06 -"}},
		{"another-clause-weekday-is-not-the-visit",
			"Finance Minister Carl Diaz is visiting Japan, where he arrived on Sunday.",
			[]string{"VISIT OCCURRED Carl Diaz+Japan  Japan"}},
		{"report-weekday-is-not-the-meeting",
			"Finance Minister Carl Diaz is meeting Treasury Secretary Anna Berg, a spokesman said on Sunday.",
			[]string{"MEETING OCCURRED Anna Berg+Carl Diaz  -"}},
	})
}

// TestWarnedListenerIsNoParty pins that the listener of "warned",
// "assured", "reminded" is not the subject of the clause of what was
// said: found on unannotated news, where a chamber warned against a bill
// became a party to the talks the bill would hurt.
func TestWarnedListenerIsNoParty(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 11), []meetingCase{
		{"warned-listener-is-no-party",
			"Premier Lucas Brandt warned the Senate that the bill would hurt talks with Japan.",
			nil},
		{"warned-listener-against-a-bill",
			"Premier Lucas Brandt warned the Senate on radio against passing a farm bill that would weaken his hand in negotiations with Japan.",
			nil},
		{"subject-after-the-listener-kept",
			"Premier Lucas Brandt warned the Senate that Foreign Minister Anna Berg would hold talks with Japan.",
			[]string{"TALKS PLANNED Anna Berg+Japan  -"}},
		{"told-listener-still-no-party",
			"Premier Lucas Brandt told the Senate that talks with Japan would resume.",
			nil},
	})
}
