package events

import (
	"testing"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// TestVisitSpentDaysIn pins "spent two days in X", "will spend a week in
// X": a stay abroad is a visit (GUIDELINES §7), with the visitor's post
// checked as for "travelled to". The sentences are our own.
func TestVisitSpentDaysIn(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 10), []meetingCase{
		{"spent-days",
			"Kenyan Trade Minister Carl Diaz spent three days in Norway to sell tea.",
			[]string{"VISIT OCCURRED Carl Diaz+Norway  Norway"}},
		{"will-spend",
			"Kenyan Trade Minister Carl Diaz will spend a week in Oslo, his aides said of Norway.",
			[]string{"VISIT PLANNED Carl Diaz+Norway  Oslo"}},
		{"time-between",
			"Kenyan Trade Minister Carl Diaz spent two days at the start of the month in Norway.",
			[]string{"VISIT OCCURRED Carl Diaz+Norway  Norway"}},
		{"coordinated-verb",
			"Kenyan Trade Minister Carl Diaz said he and Energy Minister Ann Mwangi will leave on Friday and spend a fortnight in Norway.",
			[]string{"VISIT PLANNED Ann Mwangi+Carl Diaz+Norway 2025-03-14 Norway"}},
		// a stay that is no trip abroad: jail, talks, one's own country, no post
		{"prison",
			"Kenyan Trade Minister Carl Diaz spent two years in prison before Norway freed him.", nil},
		{"talks",
			"Kenyan Trade Minister Carl Diaz spent three days in talks with Norway.", nil},
		{"home",
			"Kenyan Trade Minister Carl Diaz spent three days in Kenya.", nil},
		{"no-post",
			"Carl Diaz spent three days in Norway.", nil},
	})
}

// TestVisitStopIn pins the verb "stop in X" ("will also stop in Oslo",
// "stopped off in Oslo"): a stop of a trip is a visit; the noun ("a stop
// in Oslo") and things that stop are not read. The sentences are our own.
func TestVisitStopIn(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 10), []meetingCase{
		{"will-stop",
			"Kenyan Trade Minister Carl Diaz will also stop in Norway to meet fish exporters.",
			[]string{"VISIT PLANNED Carl Diaz+Norway  Norway"}},
		{"stopped-off",
			"Kenyan Trade Minister Carl Diaz stopped off in Oslo on Friday, Norway said.",
			[]string{"VISIT OCCURRED Carl Diaz+Norway 2025-03-07 Oslo"}},
		{"thing-stops",
			"The rain stopped in Norway on Friday, Kenyan Trade Minister Carl Diaz said.", nil},
		{"noun",
			"Kenyan Trade Minister Carl Diaz made a stop in Norway on Friday.", nil},
	})
}

// TestVisitTravelPartOfDay pins a part of the day between a travel verb
// and its destination ("heading on Friday evening to X"). The sentences
// are our own.
func TestVisitTravelPartOfDay(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 10), []meetingCase{
		{"evening",
			"Kenyan Trade Minister Carl Diaz flew on Friday evening to Norway.",
			[]string{"VISIT OCCURRED Carl Diaz+Norway 2025-03-07 Norway"}},
		{"no-place",
			"Kenyan Trade Minister Carl Diaz flew on Friday evening to raise funds for Norway.", nil},
	})
}

// TestVisitMadeBy pins a relative clause after a visit noun that names
// its maker and destination ("the visit he will make to X"). The
// sentences are our own.
func TestVisitMadeBy(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 10), []meetingCase{
		{"pronoun-will-make",
			"Kenyan Trade Minister Carl Diaz spoke. The talks came ahead of an official visit he will make to Norway next week.",
			[]string{"VISIT PLANNED Carl Diaz+Norway 2025-03 Norway"}},
		{"titled-paid",
			"Oslo welcomed the visit that Kenyan Trade Minister Carl Diaz paid to Norway on Friday.",
			[]string{"VISIT OCCURRED Carl Diaz+Norway 2025-03-07 Norway"}},
		// a visit to a building, and a visit someone else makes a speech during
		{"to-a-place-no-country",
			"Kenyan Trade Minister Carl Diaz said the visit he made to the tea plant was useful.", nil},
		{"speech-during",
			"Norway's envoy praised the visit where Kenyan Trade Minister Carl Diaz made a speech.", nil},
	})
}

// TestVisitThatOpener pins a time phrase that opens a clause after
// "that": the clause's subject, after the phrase's comma, took part. The
// sentences are our own.
func TestVisitThatOpener(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 10), []meetingCase{
		{"claimed-that-during",
			"A newspaper claimed that during a trip to Norway, Kenyan Trade Minister Carl Diaz lost his temper.",
			[]string{"VISIT OCCURRED Carl Diaz+Norway  Norway"}},
		// the phrase closes before the trigger, or no one follows it
		{"comma-before",
			"Kenyan Trade Minister Carl Diaz said that in Nairobi, unlike on a trip to Norway, buyers were keen.", nil},
		{"no-person-after",
			"A Kenyan newspaper claimed that during a trip to Norway, tea prices fell sharply.", nil},
	})
}

// TestVisitDue pins an expected arrival ("X is due here on Friday", "a
// World Bank team was expected here", "X is due in Oslo"): a planned
// visit; what is "expected in" a place with no visitor, and a return
// home, are none. The sentences are our own.
func TestVisitDue(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 10), []meetingCase{
		{"person-due-here",
			"OSLO, March 10 - Kenyan Trade Minister Carl Diaz is expected here on Friday for fish talks, Norway said.",
			[]string{"VISIT PLANNED Carl Diaz+Norway 2025-03-14 Norway"}},
		{"mission-due-here",
			"OSLO, March 10 - A World Bank (WB) mission was due here soon to review the loans, Norway said.",
			[]string{"VISIT PLANNED Norway+World Bank  Norway"}},
		{"due-in-capital",
			"Kenyan Trade Minister Carl Diaz is due in Oslo on Friday, Norway said.",
			[]string{"VISIT PLANNED Carl Diaz+Norway 2025-03-14 Oslo"}},
		{"thing-expected",
			"A ruling is expected in Oslo on Friday, Kenyan Trade Minister Carl Diaz said of Norway.", nil},
		{"due-back",
			"Kenyan Trade Minister Carl Diaz is due back in Kenya on Friday from Norway talks.", nil},
	})
}
