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
