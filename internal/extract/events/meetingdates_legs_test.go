package events

import (
	"testing"

	"github.com/actorgraph/actorgraph/internal/kg"
)

func TestTripLegsDates(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 12), []meetingCase{ // a Wednesday
		{"leaves-then-returns",
			"Trade Minister Ingrid Solvang, who leaves for Kenya tomorrow, said exports matter.\n\nPrices of farmed fish have fallen.\n\nDuring the trip Solvang will meet Kenyan Trade Secretary Amara Odhiambo.\n\nSolvang, who will also stop in Egypt before returning to Oslo on March 21, spoke to reporters.",
			[]string{"MEETING PLANNED Amara Odhiambo+Ingrid Solvang 2025-03 -", "VISIT PLANNED Egypt+Ingrid Solvang 2025-03 Egypt"}},

		{"the-trip-run-of-days",
			"Trade Minister Ingrid Solvang will visit Nairobi next week.\n\nA spokesman said the trip is set for March 17 to 19.\n\nThe Solvang talks with Kenyan Trade Secretary Amara Odhiambo will focus on fish.",
			[]string{"VISIT PLANNED Ingrid Solvang+Kenya 2025-03 Nairobi", "TALKS PLANNED Amara Odhiambo+Ingrid Solvang 2025-03 -"}},
		// must not fire: the story tells two travellers' visits
		{"two-travellers",
			"Trade Minister Ingrid Solvang will visit Nairobi next week.\n\nFinance Minister Carl Diaz will visit Egypt next week.\n\nA spokesman said the trip is set for March 17 to 19.\n\nThe Solvang talks with Kenyan Trade Secretary Amara Odhiambo will focus on fish.",
			[]string{"VISIT PLANNED Ingrid Solvang+Kenya 2025-03 Nairobi", "VISIT PLANNED Carl Diaz+Egypt 2025-03 Egypt", "TALKS PLANNED Amara Odhiambo+Ingrid Solvang  -"}},
		// must not fire: no return day, so the trip is not bounded
		{"no-return",
			"Trade Minister Ingrid Solvang, who leaves for Kenya tomorrow, said exports matter.\n\nDuring the trip Solvang will meet Kenyan Trade Secretary Amara Odhiambo.",
			[]string{"MEETING PLANNED Amara Odhiambo+Ingrid Solvang  -"}},
		// the return falls in the next month: the year holds the trip
		{"return-next-month",
			"Trade Minister Ingrid Solvang, who leaves for Kenya tomorrow, said exports matter.\n\nDuring the trip Solvang will meet Kenyan Trade Secretary Amara Odhiambo.\n\nSolvang returns to Oslo on April 2.",
			[]string{"MEETING PLANNED Amara Odhiambo+Ingrid Solvang 2025 -"}},
		// must not fire: another traveller returns on the day
		{"other-returns",
			"Trade Minister Ingrid Solvang, who leaves for Kenya tomorrow, said exports matter.\n\nDuring the trip Solvang will meet Kenyan Trade Secretary Amara Odhiambo.\n\nFinance Minister Carl Diaz returns to Oslo on March 20.",
			[]string{"MEETING PLANNED Amara Odhiambo+Ingrid Solvang  -"}},
		// must not fire: the encounter has a time of its own ("earlier")
		{"earlier-meeting",
			"Trade Minister Ingrid Solvang, who leaves for Kenya tomorrow, said exports matter.\n\nSolvang earlier met Kenyan Trade Secretary Amara Odhiambo.\n\nSolvang returns to Oslo on March 20.",
			[]string{"MEETING OCCURRED Amara Odhiambo+Ingrid Solvang  -"}},
	})
}

// TestCommaWeekdayPlaceMeeting: "..., Monday in Nairobi" closing a round
// of calls dates each call; a weekday after a comma not followed by a
// place is not read.
func TestCommaWeekdayPlaceMeeting(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 12), []meetingCase{ // a Wednesday
		{"round-of-calls",
			"During her visit Trade Minister Ingrid Solvang is to call on President Amara Odhiambo and Finance Minister Carl Diaz, Monday in Nairobi.",
			[]string{"MEETING PLANNED Amara Odhiambo+Ingrid Solvang 2025-03-17 Nairobi", "MEETING PLANNED Carl Diaz+Ingrid Solvang 2025-03-17 Nairobi"}},
		// must not fire: no place after the weekday
		{"no-place",
			"Trade Minister Ingrid Solvang is to call on President Amara Odhiambo, Monday included.",
			[]string{"MEETING PLANNED Amara Odhiambo+Ingrid Solvang  -"}},
	})
}

// TestVisitOfWhichStarts: "the visit of X, which starts on Friday" dates
// the visit by its first day (GUIDELINES §9); a clause on its end does not.
func TestVisitOfWhichStarts(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 12), []meetingCase{ // a Wednesday
		{"visit-of-which-starts",
			"Dock workers plan a protest during the three-day Kenya visit of Norwegian Trade Minister Ingrid Solvang, which starts on Friday.",
			[]string{"VISIT PLANNED Ingrid Solvang+Kenya 2025-03-14 Kenya"}},
		// must not fire: the clause tells the visit's end
		{"visit-of-which-ends",
			"Dock workers staged a protest during the three-day Kenya visit of Norwegian Trade Minister Ingrid Solvang, which ends on Friday.",
			[]string{"VISIT OCCURRED Ingrid Solvang+Kenya  Kenya"}},
	})
}
