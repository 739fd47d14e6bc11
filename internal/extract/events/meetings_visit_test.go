package events

import (
	"testing"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// TestVisitTimeAdverbAfterCountry pins a country followed by a time
// adverb ("Norway tomorrow", "Norway early next week"): the name is the
// destination, not a modifier of a noun after it. The sentences are our
// own.
func TestVisitTimeAdverbAfterCountry(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 10), []meetingCase{
		{"tomorrow",
			"Kenyan Finance Minister Carl Diaz was scheduled to travel to Norway tomorrow, aides said.",
			[]string{"VISIT PLANNED Carl Diaz+Norway 2025-03-11 Norway"}},
		{"soon",
			"Kenyan Finance Minister Carl Diaz will visit Norway soon.",
			[]string{"VISIT PLANNED Carl Diaz+Norway  Norway"}},
		{"early-next-week",
			"Kenyan Finance Minister Carl Diaz will visit Norway early next week.",
			[]string{"VISIT PLANNED Carl Diaz+Norway 2025-03 Norway"}},
		// a country as the subject of its own clause is no destination
		{"country-subject",
			"Kenyan Finance Minister Carl Diaz said Norway tomorrow would answer his letter.", nil},
	})
}

// TestVisitReturnedFrom pins "returned from X", "on his return from X":
// the traveller had been there, so the visit happened (or is under way),
// undated by the return (GUIDELINES 17.6). The sentences are our own.
func TestVisitReturnedFrom(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 10), []meetingCase{
		{"returned-from-country",
			"Kenyan Trade Minister Carl Diaz returned from Norway on Friday with a fish deal.",
			[]string{"VISIT OCCURRED Carl Diaz+Norway  Norway"}},
		{"his-return",
			"Kenyan Trade Minister Carl Diaz spoke to reporters on his return from Norway.",
			[]string{"VISIT OCCURRED Carl Diaz+Norway  Norway"}},
		{"relative-capital",
			"Envoy Carl Diaz, who has just returned from Oslo, said Norwegian buyers were keen.",
			[]string{"VISIT OCCURRED Carl Diaz+Norway  Oslo"}},
		{"when-returns",
			"The panel will start work when Kenyan Trade Minister Carl Diaz returns from Norway.",
			[]string{"VISIT OCCURRED Carl Diaz+Norway  Norway"}},
		// a recall, a group's return, a return home, a person without a
		// post, a city of a country the text never names: no visit
		{"asked-to-return",
			"The cabinet asked Kenyan envoy Carl Diaz to return from Norway.", nil},
		{"their-return",
			"Carl Diaz and two other freed prisoners spoke on their return from Norway.", nil},
		{"home",
			"Kenyan Trade Minister Carl Diaz returned from Kenya on Friday.", nil},
		{"no-post",
			"Carl Diaz returned from Norway on Friday.", nil},
		{"city-of-unnamed-country",
			"Kenyan Trade Minister Carl Diaz returned from Oslo on Friday.", nil},
	})
}

// TestVisitLeftPlaceFor pins "left X for Y": Y is the destination. The
// sentences are our own.
func TestVisitLeftPlaceFor(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 10), []meetingCase{
		{"left-city-for-country",
			"Kenyan Trade Minister Carl Diaz, who left Oslo yesterday for Sweden, praised the talks.",
			[]string{"VISIT OCCURRED Carl Diaz+Sweden 2025-03-09 Sweden"}},
		{"leaves-country-for-country",
			"Kenyan Trade Minister Carl Diaz leaves Norway on Friday for Sweden.",
			[]string{"VISIT PLANNED Carl Diaz+Sweden 2025-03-14 Sweden"}},
		{"ship",
			"The ferry left Norway for Sweden with 300 passengers.", nil},
	})
}

// TestVisitCityOfUnnamedCountry pins GUIDELINES 13.2: a trip to a city
// is a visit to its country only when the text names that country (by
// name, demonym, a title's country, a nation of the United Kingdom);
// otherwise there is no visit. The sentences are our own.
func TestVisitCityOfUnnamedCountry(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 10), []meetingCase{
		{"capital-only",
			"Kenyan Trade Minister Carl Diaz is in Oslo for talks on fish quotas.", nil},
		{"demonym-names-it",
			"Kenyan Trade Minister Carl Diaz is in Oslo for talks with Norwegian fish buyers.",
			[]string{"VISIT OCCURRED Carl Diaz+Norway  Oslo"}},
		{"title-names-it",
			"Kenyan Trade Minister Carl Diaz will visit Washington next week, U.S. Treasury Secretary Tom Baker said.",
			[]string{"VISIT PLANNED Carl Diaz+United States 2025-03 Washington"}},
		{"uk-nation",
			"Kenyan Trade Minister Carl Diaz visited Scotland and Norway last week.",
			[]string{"VISIT OCCURRED Carl Diaz+United Kingdom 2025-03 United Kingdom", "VISIT OCCURRED Carl Diaz+Norway 2025-03 Norway"}},
	})
}

// TestVisitStayWithTime pins a stay abroad whose complement is its time
// ("will be in Oslo from April 21 to 24", "was in Oslo last week"), as
// "on Friday" already is. The sentences are our own.
func TestVisitStayWithTime(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 10), []meetingCase{
		{"from-date",
			"Kenyan Trade Minister Carl Diaz will be in Oslo from April 21 to 24, Norwegian officials said.",
			[]string{"VISIT PLANNED Carl Diaz+Norway 2025-04-21 Oslo"}},
		{"last-week",
			"Kenyan Trade Minister Carl Diaz said he raised the issue when he was in Norway last week.",
			[]string{"VISIT OCCURRED Carl Diaz+Norway 2025-03 Norway"}},
		// at home, or only "today" with no purpose: no visit read here
		{"home",
			"Kenyan Trade Minister Carl Diaz was in Kenya last week.", nil},
		{"today-alone",
			"Kenyan Trade Minister Carl Diaz is in Norway today.", nil},
	})
}

// TestVisitNounTimeBeforeDestination pins a time told between a visit
// noun and its destination ("a trip tomorrow to Norway", "Diaz's visit
// later this month to Norway"), as the verbs already skip one. The
// sentences are our own.
func TestVisitNounTimeBeforeDestination(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 10), []meetingCase{
		{"cancelled-trip-tomorrow",
			"Kenyan Trade Minister Carl Diaz has cancelled a trip tomorrow to Norway because of a strike.",
			[]string{"VISIT PLANNED Carl Diaz+Norway 2025-03-11 Norway"}},
		{"possessive-later-this-month",
			"Kenyan Trade Minister Carl Diaz spoke. Diaz's visit later this month to Norway is off.",
			[]string{"VISIT PLANNED Carl Diaz+Norway 2025-03 Norway"}},
		// a time phrase followed by something else than the destination
		{"time-then-other",
			"Kenyan Trade Minister Carl Diaz spoke of a trip next week to raise funds.", nil},
	})
}

// TestVisitStopover pins "a stopover in X": a short visit, its place
// after "in". The sentences are our own.
func TestVisitStopover(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 10), []meetingCase{
		{"told-during-stopover",
			"Kenyan Trade Minister Carl Diaz, speaking to the press on a stopover in Norway, said prices would rise.",
			[]string{"VISIT OCCURRED Carl Diaz+Norway  Norway"}},
		{"pronoun-capital",
			"Kenyan Trade Minister Carl Diaz spoke. He told reporters during a stopover in Oslo that Norwegian prices would rise.",
			[]string{"VISIT OCCURRED Carl Diaz+Norway  Oslo"}},
		// a stopover no one named makes
		{"airline",
			"The airline plans a stopover in Norway on its new route.", nil},
	})
}

// TestVisitCapitalOnlyAsPlace pins GUIDELINES §4 with 13.2: a capital
// names its country only when it acts ("Oslo says"), not as a
// destination or a modifier. The sentences are our own.
func TestVisitCapitalOnlyAsPlace(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 10), []meetingCase{
		{"capital-modifier",
			"Kenyan Trade Minister Carl Diaz has left for Oslo to discuss a loan. Oslo fish prices fell.", nil},
		{"capital-acting",
			"Kenyan Trade Minister Carl Diaz has left for Oslo to discuss a loan. Oslo says it will help.",
			[]string{"VISIT OCCURRED Carl Diaz+Norway  Oslo"}},
	})
}
