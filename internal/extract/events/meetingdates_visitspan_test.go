package events

import (
	"testing"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// TestVisitSpanDate pins encounters the text places within a visit whose
// first day it gives (GUIDELINES 17.5, 19.20): the most precise date
// holding the visit from that day to its stated end, or to the reference
// date for an encounter that has taken place. A planned encounter in a
// visit of no stated length, an encounter with a time of its own, and a
// visitor with visits to two hosts stay undated. The sentences are our
// own.
func TestVisitSpanDate(t *testing.T) {
	ref := kg.DateDay(2025, 3, 12) // a Wednesday
	checkMeetings(t, ref, []meetingCase{
		{"planned-during-two-day-visit",
			"Chilean Trade Minister Ruth Adongo arrived in Kenya on Tuesday.\n\nAdongo, who will meet President Lucio Parra during her two-day official visit, said trade would dominate.",
			[]string{"VISIT OCCURRED Kenya+Ruth Adongo 2025-03-11 Kenya", "MEETING PLANNED Lucio Parra+Ruth Adongo 2025-03 -"}},
		{"visit-length-in-hours",
			"Chilean Trade Minister Ruth Adongo arrived in Kenya on Monday.\n\nAdongo, who will meet President Lucio Parra during her 36-hour visit, said trade would dominate.",
			[]string{"VISIT OCCURRED Kenya+Ruth Adongo 2025-03-10 Kenya", "MEETING PLANNED Lucio Parra+Ruth Adongo 2025-03 -"}},
		{"visiting-to-meet-arrival-elsewhere",
			"Kenyan Trade Minister Ruth Adongo is visiting Peru to open a trade fair and meet President Lucio Parra.\n\nThe opposition said the visit, which began when Adongo arrived on Monday, was a mistake.",
			[]string{"VISIT OCCURRED Peru+Ruth Adongo 2025-03-10 Peru", "MEETING OCCURRED Lucio Parra+Ruth Adongo 2025-03 -"}},
		{"planned-open-ended-visit",
			"Chilean Trade Minister Ruth Adongo arrived in Kenya on Tuesday.\n\nAdongo, who will meet President Lucio Parra during her visit, said trade would dominate.",
			[]string{"VISIT OCCURRED Kenya+Ruth Adongo 2025-03-11 Kenya", "MEETING PLANNED Lucio Parra+Ruth Adongo  -"}},
		{"two-hosts",
			"Chilean Trade Minister Ruth Adongo arrived in Kenya on Tuesday after a stop in Ghana.\n\nAdongo visited Ghana last week.\n\nAdongo, who will meet President Lucio Parra during her two-day official visit, said trade would dominate.",
			[]string{"VISIT OCCURRED Kenya+Ruth Adongo 2025-03-11 Kenya", "VISIT OCCURRED Ghana+Ruth Adongo 2025-03 Ghana", "MEETING PLANNED Lucio Parra+Ruth Adongo  -", "VISIT PLANNED Ghana+Ruth Adongo  Ghana"}},
		{"own-time-earlier",
			"Chilean Trade Minister Ruth Adongo arrived in Kenya on Tuesday.\n\nAdongo, who met President Lucio Parra earlier during her two-day visit, said trade would dominate.",
			[]string{"VISIT OCCURRED Kenya+Ruth Adongo 2025-03-11 Kenya", "MEETING OCCURRED Lucio Parra+Ruth Adongo  -"}},
	})
}

// TestVisitSpanDateNoReference: with no reference date (BBC) no first day
// is known, so the encounter stays undated.
func TestVisitSpanDateNoReference(t *testing.T) {
	checkMeetings(t, kg.PartialDate{}, []meetingCase{
		{"bbc",
			"Chilean Trade Minister Ruth Adongo arrived in Kenya on Tuesday.\n\nAdongo, who will meet President Lucio Parra during her two-day official visit, said trade would dominate.",
			[]string{"VISIT OCCURRED Kenya+Ruth Adongo  Kenya", "MEETING PLANNED Lucio Parra+Ruth Adongo  -"}},
	})
}
