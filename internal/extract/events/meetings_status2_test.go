package events

import (
	"testing"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// TestMeetingStatusUnheld pins three readings of a noun trigger that
// reports no encounter as held (GUIDELINES §7): the object of "before"
// ("cut tariffs shortly before trade talks with X"), the object of a
// verb of putting off ("delayed his visit to X"), and talks a traveller
// "left" or "set off" for. Near misses: "before" as "in front of", a
// gerund after "before", a past perfect, "arrived ... for talks", and
// "delayed the start of the meeting". Our own sentences, invented names.
func TestMeetingStatusUnheld(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 11), []meetingCase{ // a Tuesday
		// "before" + noun
		{"announced-shortly-before-trade-talks",
			"Norway announced plans for lower duties on 300 imported goods shortly before trade talks with Kenya.",
			[]string{"TALKS PLANNED Kenya+Norway  -"}},
		{"cut-duties-shortly-before-trade-talks",
			"Finance Minister Carl Diaz cut duties on fish shortly before trade talks with Treasury Secretary Anna Berg.",
			[]string{"TALKS PLANNED Anna Berg+Carl Diaz  -"}},
		{"rose-before-the-summit",
			"The krone rose before the summit between Finance Minister Carl Diaz and Treasury Secretary Anna Berg.",
			[]string{"SUMMIT PLANNED Anna Berg+Carl Diaz  -"}},
		{"testified-before-a-meeting-is-in-front-of",
			"Finance Minister Carl Diaz testified before a meeting with Treasury Secretary Anna Berg on fish quotas.",
			[]string{"MEETING OCCURRED Anna Berg+Carl Diaz  -"}},
		{"before-meeting-is-a-gerund",
			"Before meeting with Treasury Secretary Anna Berg, Finance Minister Carl Diaz visited a fish market in Oslo.",
			[]string{"MEETING OCCURRED Anna Berg+Carl Diaz  Oslo"}},
		{"before-talks-began-is-a-clause",
			"Finance Minister Carl Diaz cut duties on fish a day before talks with Treasury Secretary Anna Berg began.",
			[]string{"TALKS OCCURRED Anna Berg+Carl Diaz  -"}},
		{"had-resigned-before-talks",
			"Finance Minister Carl Diaz had resigned before talks with Treasury Secretary Anna Berg on fish quotas.",
			[]string{"TALKS OCCURRED Anna Berg+Carl Diaz  -"}},
		// putting off
		{"delayed-his-visit",
			"Finance Minister Carl Diaz delayed his visit to Norway because of a strike at home.",
			[]string{"VISIT PLANNED Carl Diaz+Norway  Norway"}},
		{"put-off-the-talks",
			"Finance Minister Carl Diaz put off the talks with Treasury Secretary Anna Berg until the spring.",
			[]string{"TALKS PLANNED Anna Berg+Carl Diaz  -"}},
		{"delayed-the-start-of-the-meeting",
			"A fire alarm delayed the start of the meeting between Finance Minister Carl Diaz and Treasury Secretary Anna Berg.",
			[]string{"MEETING OCCURRED Anna Berg+Carl Diaz  -"}},
		// left for talks
		{"left-for-a-tour-and-talks",
			"Finance Minister Carl Diaz left Oslo for a tour of Africa and fish talks with officials in Kenya.",
			[]string{"TALKS PLANNED Carl Diaz+Kenya  -"}},
		{"set-off-for-talks",
			"Finance Minister Carl Diaz set off for Nairobi for talks with Kenyan Trade Minister Grace Wanjiru.",
			[]string{"TALKS PLANNED Carl Diaz+Grace Wanjiru  -"}},
		{"arrived-for-talks-is-left-alone",
			"Finance Minister Carl Diaz arrived in Nairobi for talks with Kenyan Trade Minister Grace Wanjiru.",
			[]string{"VISIT OCCURRED Carl Diaz+Kenya  Nairobi", "TALKS OCCURRED Carl Diaz+Grace Wanjiru  Nairobi"}},
	})
}

// TestMeetingStatusTimetable pins the simple present of a timetable
// with a weekday: travel verbs in any story, and meeting verbs and
// "holds talks" in a story with no reference date. Near misses: the
// story's own weekday, a time clause, the simple past.
func TestMeetingStatusTimetable(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 11), []meetingCase{ // a Tuesday
		{"flies-on-friday",
			"Finance Minister Carl Diaz flies to Kenya on Friday.",
			[]string{"VISIT PLANNED Carl Diaz+Kenya 2025-03-14 Kenya"}},
		{"arrives-on-its-own-weekday",
			"Finance Minister Carl Diaz arrives in Kenya on Tuesday.",
			[]string{"VISIT OCCURRED Carl Diaz+Kenya 2025-03-11 Kenya"}},
		{"flew-on-friday",
			"Finance Minister Carl Diaz flew to Kenya on Friday.",
			[]string{"VISIT OCCURRED Carl Diaz+Kenya 2025-03-07 Kenya"}},
	})
	checkMeetings(t, kg.PartialDate{}, []meetingCase{ // no reference date
		{"meets-on-friday-undated-story",
			"Finance Minister Carl Diaz meets Treasury Secretary Anna Berg on Friday.",
			[]string{"MEETING PLANNED Anna Berg+Carl Diaz  -"}},
		{"holds-talks-on-friday-undated-story",
			"Finance Minister Carl Diaz holds talks with Treasury Secretary Anna Berg on Friday.",
			[]string{"TALKS PLANNED Anna Berg+Carl Diaz  -"}},
		{"when-he-meets-is-read-elsewhere",
			"Prices may fall when Finance Minister Carl Diaz meets Treasury Secretary Anna Berg on Friday.",
			[]string{"MEETING PLANNED Anna Berg+Carl Diaz  -"}},
		{"met-on-friday-undated-story",
			"Finance Minister Carl Diaz met Treasury Secretary Anna Berg on Friday.",
			[]string{"MEETING OCCURRED Anna Berg+Carl Diaz  -"}},
	})
}
