package events

import (
	"testing"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// TestTickerAfterName pins Reuters' stock symbols in angle brackets
// after a company's name ("Acme Corp <ACM.N>"): the symbol qualifies
// nothing, so the company stays a side of the talks, in the object list
// and as the subject. A company name in brackets after a country ("U.S.
// <Acme Corp>") still makes the country a modifier. The sentences are
// our own.
func TestTickerAfterName(t *testing.T) {
	checkMeetings(t, kg.DateDay(1987, 3, 10), []meetingCase{
		{"object-ticker",
			"Lindqvist Foods Inc said it is holding talks with Harbor Trust Corp <HBT> to reschedule its debt.",
			[]string{"TALKS OCCURRED Harbor Trust Corp+Lindqvist Foods Inc  -"}},
		{"subject-ticker",
			"Lindqvist Foods Inc <LFI> said it is holding talks with Harbor Trust Corp to reschedule its debt.",
			[]string{"TALKS OCCURRED Harbor Trust Corp+Lindqvist Foods Inc  -"}},
		{"list-of-tickers",
			"Walter Brandt said he has held preliminary talks with Harbor Trust Corp <HBT> and Ostend Mills Corp <OMC> on a joint bid.",
			[]string{"TALKS OCCURRED Harbor Trust Corp+Ostend Mills Corp+Walter Brandt  -"}},
		{"terminated-talks",
			"Lindqvist Foods Inc said it ended merger talks with Harbor Trust Corp <HBT>.",
			[]string{"TALKS OCCURRED Harbor Trust Corp+Lindqvist Foods Inc  -"}},
		{"bracketed-name",
			"Harbor Trust Corp said it is continuing talks with <Ostend Mills Corp> on the terms of its offer.",
			[]string{"TALKS OCCURRED Harbor Trust Corp+Ostend Mills Corp  -"}},
		{"bracketed-names-list",
			"Harbor Trust Corp said it held talks with <Ostend Mills Corp> and <Bolt Inc> on Monday.",
			[]string{"TALKS OCCURRED Harbor Trust Corp+Ostend Mills Corp 1987-03-09 -", "TALKS OCCURRED Bolt Inc+Harbor Trust Corp 1987-03-09 -"}},
		// guards
		{"bracketed-object-is-no-subject",
			"The steel mills opened price talks with <Ostend Mills Corp> on Monday, while talks with <Bolt Inc> will be held later this month.", nil},
		{"no-counterpart",
			"Lindqvist Foods Inc <LFI.N> said it is holding talks with several banks.", nil},
		{"name-in-brackets-not-ticker",
			"Harbor Trust Corp said it is in talks with a unit of Canada <Ostend Mills Ltd> about a loan.", nil},
	})
}

// TestPronounAfterCountry pins a country followed by a personal pronoun
// ("a trip to Peru she expects ..."): the pronoun opens a new clause, so
// the country is no modifier of a noun and stays the host. The sentences
// are our own.
func TestPronounAfterCountry(t *testing.T) {
	checkMeetings(t, kg.DateDay(1987, 3, 10), []meetingCase{
		{"back-from-trip-she",
			"Australian Trade Minister Mary Dunn, back home from a week-long trip to Peru she called fruitful, praised her hosts.",
			[]string{"VISIT OCCURRED Mary Dunn+Peru  Peru"}},
		{"after-visit-they",
			"Australian Trade Minister Mary Dunn told reporters after a visit to Peru they would open their copper market.",
			[]string{"VISIT OCCURRED Mary Dunn+Peru  Peru"}},
		// guards
		{"no-visit-named",
			"Australian Trade Minister Mary Dunn said the Peru she remembered had changed.", nil},
	})
}
