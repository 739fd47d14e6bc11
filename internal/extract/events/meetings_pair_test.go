package events

import (
	"testing"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// TestDiscussPair pins "A and B [will] discuss X": a pair as the subject
// of "discuss" talk with each other. The sentences are our own.
func TestDiscussPair(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 10), []meetingCase{
		{"pair-at-meeting",
			"Local papers said Kenyan oil minister Carl Diaz and Finnish energy minister Anna Berg would discuss the future of the refinery at a meeting on Tuesday.",
			[]string{"MEETING PLANNED Anna Berg+Carl Diaz 2025-03-11 -"}},
		{"pair-past",
			"Finance Minister Carl Diaz and Trade Minister Anna Berg discussed the tariff plan on Monday.",
			[]string{"TALKS OCCURRED Anna Berg+Carl Diaz 2025-03-10 -"}},
		{"countries-progressive",
			"Kenya and Finland are also discussing a joint refinery.",
			[]string{"TALKS OCCURRED Finland+Kenya  -"}},
		{"pair-expected-to",
			"Finance Minister Carl Diaz and Trade Minister Anna Berg are expected to discuss the tariff plan.",
			[]string{"TALKS PLANNED Anna Berg+Carl Diaz  -"}},
		// guards
		{"one-subject",
			"Finance Minister Carl Diaz discussed the tariff plan on Monday.", nil},
		{"person-and-body",
			"Finance Minister Carl Diaz and the Kenya Tea Board discussed the tariff plan on Monday.", nil},
		{"pair-as-object",
			"Finance Minister Carl Diaz will discuss Kenya and Finland.", nil},
		{"participle-after-object",
			"Carl Diaz watched Anna Berg and Paul Lund discussing the plan.", nil},
		{"object-pair-purpose",
			"Trade Minister Paul Lund met President Carl Diaz and ambassador Anna Berg to discuss the issue.",
			[]string{"MEETING OCCURRED Carl Diaz+Paul Lund  -", "MEETING OCCURRED Anna Berg+Paul Lund  -"}},
	})
}

// TestTheirPair pins "their meeting" read as the meeting of the two
// people the sentence names before it, and no one else.
func TestTheirPair(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 10), []meetingCase{
		{"agreed-with-at-their-summit",
			"Kenyan President Paul Lund said the plan followed the formula he agreed with Finnish President Anna Berg at their summit last October in Oslo.",
			[]string{"SUMMIT OCCURRED Anna Berg+Paul Lund 2024-10 Oslo"}},
		{"pair-subject-their-talks",
			"Kenyan President Paul Lund and Finnish President Anna Berg will sign the accord at the end of their talks next week.",
			[]string{"TALKS PLANNED Anna Berg+Paul Lund 2025-03 -"}},
		// guards
		{"three-people",
			"Carl Diaz said that he, Paul Lund and Anna Berg reached a deal during their meeting on Monday.", nil},
		{"group-noun",
			"Bankers met Kenyan Finance Minister Paul Lund, and Anna Berg said their meeting went well.", nil},
		{"only-one-person",
			"Kenyan President Paul Lund thanked the bankers for their meeting.", nil},
	})
}

// TestAtOccasionOfBodyMeeting pins a named body's meeting placed by "at
// the end of", "on the sidelines of": the person there and the body.
func TestAtOccasionOfBodyMeeting(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 10), []meetingCase{
		{"sidelines",
			"Kenyan Finance Minister Paul Lund told reporters on the sidelines of the IMF meeting that rates would fall.",
			[]string{"MEETING OCCURRED International Monetary Fund+Paul Lund  -"}},
		{"end-of-adjective",
			"Kenyan Finance Minister Paul Lund, speaking to journalists at the close of the weekly National Tea Committee meeting, said prices were low.",
			[]string{"MEETING OCCURRED National Tea Committee+Paul Lund  -"}},
		// guards
		{"no-person-placed",
			"Prices rose at the end of the OPEC meeting, traders said.", nil},
		{"bare-at-long-phrase",
			"Kenyan Finance Minister Paul Lund said the outlook for a deal at the September National Tea Committee meeting was unclear.", nil},
	})
}

// TestTitleOfFieldBeforeName pins a counterpart whose title the lists
// know only in part: "Deputy Secretary of State X", where "of" and a
// capitalised field come between the title and the name.
func TestTitleOfFieldBeforeName(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 10), []meetingCase{
		{"deputy-secretary-of-state",
			"Kenyan Foreign Minister Paul Lund arrived on Monday. On Tuesday he is due to meet Deputy Secretary of State Carl Diaz and Defense Secretary Anna Berg.",
			[]string{"MEETING PLANNED Carl Diaz+Paul Lund 2025-03-11 -", "MEETING PLANNED Anna Berg+Paul Lund 2025-03-11 -"}},
		{"undersecretary-of-two-words",
			"Kenyan Foreign Minister Paul Lund will meet Undersecretary of Foreign Trade Carl Diaz.",
			[]string{"MEETING PLANNED Carl Diaz+Paul Lund  -"}},
		// guards: a body or country right after "of" is the title's, and
		// nothing named after the field is no one
		{"of-country-no-name",
			"Kenyan Foreign Minister Paul Lund will meet the Deputy Secretary of State on Friday.", nil},
	})
}
