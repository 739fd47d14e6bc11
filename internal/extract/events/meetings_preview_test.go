package events

import (
	"testing"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// TestMeetingStatusPreview: "X is attending the N" in a story that puts
// the N ahead elsewhere ("ahead of the meeting") is a preview: PLANNED.
// Near misses: no frame (a meeting under way), a frame on another event
// noun, a past "attended", and an article that says the N has opened.
// Our own sentences, invented names; no reference date, as in BBC.
func TestMeetingStatusPreview(t *testing.T) {
	checkMeetings(t, kg.PartialDate{}, []meetingCase{
		{"attending-with-ahead-frame",
			"Ahead of the meeting, fishing groups in Oslo marched on the port. Finance Minister Carl Diaz is attending the Nordic Council meeting as a guest of the host.",
			[]string{"MEETING PLANNED Carl Diaz+Nordic Council  -"}},
		{"attending-with-before-frame",
			"Finance Minister Carl Diaz is also attending the Nordic Council meeting as a guest. Prices of cod fell before the meeting in Bergen.",
			[]string{"MEETING PLANNED Carl Diaz+Nordic Council  -"}},
		{"attending-with-opens-relative",
			"Finance Minister Carl Diaz is attending the Nordic Council summit, which opens on Wednesday in Bergen.",
			[]string{"SUMMIT PLANNED Carl Diaz+Nordic Council  -"}},
		{"attending-with-opens-elsewhere",
			"Finance Minister Carl Diaz is attending the Nordic Council summit as a guest. The summit opens with a debate on cod quotas.",
			[]string{"SUMMIT PLANNED Carl Diaz+Nordic Council  -"}},
		{"among-the-leaders-attending-with-gathering-frame",
			"Heads of government are gathering in Bergen for the Nordic Council summit. Finance Minister Carl Diaz and Treasury Secretary Anna Berg are among the guests attending the summit.",
			[]string{"SUMMIT PLANNED Anna Berg+Carl Diaz  -"}},
		{"were-among-the-leaders-is-past",
			"Heads of government are gathering in Bergen for the Nordic Council summit. Finance Minister Carl Diaz and Treasury Secretary Anna Berg were among the guests attending the summit.",
			[]string{"SUMMIT OCCURRED Anna Berg+Carl Diaz  -"}},
		{"attending-no-frame-is-under-way",
			"Finance Minister Carl Diaz is attending the Nordic Council meeting as a guest of the host.",
			[]string{"MEETING OCCURRED Carl Diaz+Nordic Council  -"}},
		{"frame-on-another-noun",
			"Ahead of the vote, fishing groups marched on the port. Finance Minister Carl Diaz is attending the Nordic Council meeting as a guest.",
			[]string{"MEETING OCCURRED Carl Diaz+Nordic Council  -"}},
		{"past-attended-is-left-alone",
			"Ahead of the meeting, fishing groups marched on the port. Finance Minister Carl Diaz attended the Nordic Council meeting as a guest.",
			[]string{"MEETING OCCURRED Carl Diaz+Nordic Council  -"}},
		{"event-said-opened",
			"Ahead of the meeting, fishing groups marched on the port. The meeting opened with a minute's silence. Finance Minister Carl Diaz is attending the Nordic Council meeting as a guest.",
			[]string{"MEETING OCCURRED Carl Diaz+Nordic Council  -"}},
		{"event-said-has-opened",
			"Ahead of the summit, trawler crews rallied by the quay. The summit has now opened in Bergen. Finance Minister Carl Diaz is attending the Nordic Council summit as a guest.",
			[]string{"SUMMIT OCCURRED Carl Diaz+Nordic Council  -"}},
		{"event-said-under-way",
			"Ahead of the summit, trawler crews rallied by the quay. The summit is under way in Bergen. Finance Minister Carl Diaz is attending the Nordic Council summit as a guest.",
			[]string{"SUMMIT OCCURRED Carl Diaz+Nordic Council  -"}},
	})
}

// TestMeetingStatusThisWeek: with no reference day (BBC), an encounter
// told in the present of a timetable or arrangement with "this week" or
// "this weekend" is still to come: PLANNED. Near misses: the past ("met
// Y this week"), talks going on ("is holding talks", GUIDELINES 17.7), a
// state ("is in Oslo for talks"), and a dated story, where other rules
// read the week. Our own sentences, invented names.
func TestMeetingStatusThisWeek(t *testing.T) {
	checkMeetings(t, kg.PartialDate{}, []meetingCase{
		{"meets-this-week",
			"Prime Minister Carl Diaz meets Norwegian Prime Minister Anna Berg this week to discuss fish quotas.",
			[]string{"MEETING PLANNED Anna Berg+Carl Diaz  -"}},
		{"hosts-this-weekend",
			"Prime Minister Carl Diaz hosts Norwegian Prime Minister Anna Berg this weekend.",
			[]string{"MEETING PLANNED Anna Berg+Carl Diaz  -"}},
		{"hosts-on-a-weekday",
			"Prime Minister Carl Diaz hosts Norwegian Prime Minister Anna Berg in Oslo on Friday.",
			[]string{"MEETING PLANNED Anna Berg+Carl Diaz  Oslo"}},
		{"is-meeting-this-week",
			"Prime Minister Carl Diaz is meeting Norwegian Prime Minister Anna Berg this week.",
			[]string{"MEETING PLANNED Anna Berg+Carl Diaz  -"}},
		{"travels-this-week-to-meet",
			"Prime Minister Carl Diaz travels to Oslo this week to meet Norwegian Prime Minister Anna Berg.",
			[]string{"VISIT PLANNED Carl Diaz+Norway  Oslo", "MEETING PLANNED Anna Berg+Carl Diaz  -"}},
		{"pair-hold-talks-this-week",
			"Prime Minister Carl Diaz and Norwegian Prime Minister Anna Berg hold talks in Oslo this week.",
			[]string{"TALKS PLANNED Anna Berg+Carl Diaz  Oslo"}},
		{"attending-summit-this-week",
			"Prime Minister Carl Diaz is attending the Nordic Council summit this week.",
			[]string{"SUMMIT PLANNED Carl Diaz+Nordic Council  -"}},
		// near misses
		{"met-this-week-is-past",
			"Prime Minister Carl Diaz met Norwegian Prime Minister Anna Berg this week to discuss fish quotas.",
			[]string{"MEETING OCCURRED Anna Berg+Carl Diaz  -"}},
		{"holding-talks-this-week-goes-on",
			"Prime Minister Carl Diaz is holding talks with Norwegian Prime Minister Anna Berg this week.",
			[]string{"TALKS OCCURRED Anna Berg+Carl Diaz  -"}},
		{"visiting-this-week-already-held-talks",
			"Prime Minister Carl Diaz is visiting Oslo this week and has already held talks with Norwegian Prime Minister Anna Berg.",
			[]string{"VISIT OCCURRED Carl Diaz+Norway  Oslo", "TALKS OCCURRED Anna Berg+Carl Diaz  -"}},
		{"meeting-this-week-in-talks-that-began",
			"Prime Minister Carl Diaz is meeting Norwegian Prime Minister Anna Berg in Geneva this week, in talks that began on Monday.",
			[]string{"MEETING OCCURRED Anna Berg+Carl Diaz  Geneva"}},
		{"meeting-for-a-second-day-today",
			"Prime Minister Carl Diaz is meeting Norwegian Prime Minister Anna Berg for a second day today in Oslo.",
			[]string{"MEETING OCCURRED Anna Berg+Carl Diaz  Oslo"}},
		{"in-oslo-for-talks-this-week",
			"Prime Minister Carl Diaz is in Oslo for talks with Norwegian Prime Minister Anna Berg this week.",
			[]string{"VISIT OCCURRED Carl Diaz+Norway  Oslo", "TALKS OCCURRED Anna Berg+Carl Diaz  Oslo"}},
	})
}

// TestMeetingStatusOpensAhead: with no reference day, an event noun that
// is the subject of a present timetable verb with a time ("talks between
// X and Y begin on Monday"), or carries one in a relative clause ("the
// summit, which opens on Thursday"), is still to come; so is "attends the
// summit on Friday" and "joins Y for the launch on Friday". Near misses:
// the past ("began on Monday", "which opened on Thursday") and a present
// with no time. Our own sentences, invented names.
func TestMeetingStatusOpensAhead(t *testing.T) {
	checkMeetings(t, kg.PartialDate{}, []meetingCase{
		{"talks-begin-on-monday",
			"Talks between Prime Minister Carl Diaz and President Anna Berg begin on Monday.",
			[]string{"TALKS PLANNED Anna Berg+Carl Diaz  -"}},
		{"summit-which-opens-on-thursday",
			"Prime Minister Carl Diaz is in Oslo for the Nordic Council summit, which opens on Thursday.",
			[]string{"SUMMIT PLANNED Carl Diaz+Nordic Council  Oslo"}},
		{"attends-on-friday",
			"Prime Minister Carl Diaz attends the Nordic Council summit in Oslo on Friday.",
			[]string{"SUMMIT PLANNED Carl Diaz+Nordic Council  Oslo"}},
		{"joins-for-launch-on-friday",
			"Prime Minister Carl Diaz joins President Anna Berg for the launch on Friday.",
			[]string{"MEETING PLANNED Anna Berg+Carl Diaz  -"}},
		// near misses
		{"talks-began-on-monday",
			"Talks between Prime Minister Carl Diaz and President Anna Berg began on Monday.",
			[]string{"TALKS OCCURRED Anna Berg+Carl Diaz  -"}},
		{"summit-which-opened-on-thursday",
			"Prime Minister Carl Diaz is in Oslo for the Nordic Council summit, which opened on Thursday.",
			[]string{"SUMMIT OCCURRED Carl Diaz+Nordic Council  Oslo"}},
		{"attended-on-friday",
			"Prime Minister Carl Diaz attended the Nordic Council summit in Oslo on Friday.",
			[]string{"SUMMIT OCCURRED Carl Diaz+Nordic Council  Oslo"}},
	})
}

// TestMeetingStatusTodayPlural: "today" reads as "this week" in the
// present of a timetable ("meets Y today", "flies to Oslo today for
// talks"); the plural present with a time ("X and Y meet in Oslo on
// Monday") as the singular; talks a traveller "is on his way" to are
// still to come. Near misses: "met Y today", "was on his way to Oslo for
// talks", "X and Y did not meet on Monday". Our own sentences, invented
// names; no reference date.
func TestMeetingStatusTodayPlural(t *testing.T) {
	checkMeetings(t, kg.PartialDate{}, []meetingCase{
		{"meets-today",
			"Danish Prime Minister Carl Diaz meets Norwegian Prime Minister Anna Berg today.",
			[]string{"MEETING PLANNED Anna Berg+Carl Diaz  -"}},
		{"pair-meet-on-monday",
			"Danish Prime Minister Carl Diaz and Norwegian Prime Minister Anna Berg meet in Oslo on Monday.",
			[]string{"MEETING PLANNED Anna Berg+Carl Diaz  Oslo"}},
		{"on-his-way-for-talks",
			"Danish Prime Minister Carl Diaz is on his way to Norway for talks with Norwegian Prime Minister Anna Berg.",
			[]string{"VISIT PLANNED Carl Diaz+Norway  Norway", "TALKS PLANNED Anna Berg+Carl Diaz  -"}},
		// near misses
		{"met-today",
			"Danish Prime Minister Carl Diaz met Norwegian Prime Minister Anna Berg today.",
			[]string{"MEETING OCCURRED Anna Berg+Carl Diaz  -"}},
		{"was-on-his-way-for-talks",
			"Danish Prime Minister Carl Diaz was on his way to Norway for talks with Norwegian Prime Minister Anna Berg.",
			[]string{"VISIT OCCURRED Carl Diaz+Norway  Norway", "TALKS OCCURRED Anna Berg+Carl Diaz  -"}},
	})
}

// TestMeetingStatusWhereFuture: a present encounter in a "where" clause
// under a future main clause ("will travel to Oslo, where he meets Y") is
// still to come. Near misses: the past on both sides, and a main clause
// in the present ("is in Oslo, where he meets Y"). Our own sentences,
// invented names.
func TestMeetingStatusWhereFuture(t *testing.T) {
	checkMeetings(t, kg.PartialDate{}, []meetingCase{
		{"will-travel-where-he-meets",
			"Danish Prime Minister Carl Diaz will travel to Oslo, where he meets Norwegian Prime Minister Anna Berg.",
			[]string{"VISIT PLANNED Carl Diaz+Norway  Oslo", "MEETING PLANNED Anna Berg+Carl Diaz  Oslo"}},
		{"flew-where-he-met",
			"Danish Prime Minister Carl Diaz flew to Oslo, where he met Norwegian Prime Minister Anna Berg.",
			[]string{"VISIT OCCURRED Carl Diaz+Norway  Oslo", "MEETING OCCURRED Anna Berg+Carl Diaz  Oslo"}},
		{"is-in-oslo-where-he-meets",
			"Danish Prime Minister Carl Diaz is in Oslo, where he meets Norwegian Prime Minister Anna Berg.",
			[]string{"MEETING OCCURRED Anna Berg+Carl Diaz  Oslo", "VISIT OCCURRED Carl Diaz+Norway  Oslo"}},
		{"future-in-another-clause",
			"Aides say the budget will pass, and Danish Prime Minister Carl Diaz went to Oslo, where he meets Norwegian Prime Minister Anna Berg.",
			[]string{"VISIT OCCURRED Carl Diaz+Norway  Oslo", "MEETING OCCURRED Anna Berg+Carl Diaz  Oslo"}},
	})
}

// TestMeetingStatusPreviewDated: the preview frame is read only with no
// reference day; a dated story's "is attending" stays with the date logic.
func TestMeetingStatusPreviewDated(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 10), []meetingCase{
		{"attending-with-ahead-frame-dated",
			"Ahead of the meeting, fishing groups in Oslo marched on the port. Finance Minister Carl Diaz is attending the Nordic Council meeting as a guest of the host.",
			[]string{"MEETING OCCURRED Carl Diaz+Nordic Council  -"}},
	})
}
