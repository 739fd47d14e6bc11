package events

import (
	"testing"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// TestMeetingPairGroup pins group nouns for two bodies named before:
// after "talks between" ("between the two countries", "between officials
// of the two countries"), "the two sides" for the two bodies the text
// joins with "and", and "the two companies" for the two firms an opening
// sentence names together. A third body in the clause, two joined pairs,
// or two firms never named together leave the noun unresolved. The
// sentences are our own.
func TestMeetingPairGroup(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 11), []meetingCase{
		{"between-the-two-countries",
			"Chile is weighing more copper sales to Kenya. Talks between the two countries will open in Lima on April 1.",
			[]string{"TALKS PLANNED Chile+Kenya 2025-04-01 Lima"}},
		{"between-officials-of-the-two-countries",
			"Chile is weighing more copper sales to Kenya. The sales will top the agenda when Lima hosts talks between officials of the two countries.",
			[]string{"TALKS PLANNED Chile+Kenya  -"}},
		{"officials-from-the-two-countries",
			"Chile is weighing more copper sales to Kenya. Officials from the two countries held talks in February.",
			[]string{"TALKS OCCURRED Chile+Kenya 2025-02 -"}},
		{"between-the-two-sides-joined-by-and",
			"Peru and Barclays issued a joint statement on the loan. It came at the end of a meeting between the two sides.",
			[]string{"MEETING OCCURRED Barclays+Peru  -"}},
		{"two-companies-named-together-earlier",
			"Brokers say Exxon is weighing a bid for Chevron. Exxon shares rose 5%. Exxon declined to comment on the report. Analysts were cautious. The two companies held talks in January.",
			[]string{"TALKS OCCURRED Chevron+Exxon 2025-01 -"}},
		{"hyphenated-countries-then-two-countries",
			"Rice tops the agenda of U.S.-Japanese relations, the Tokyo paper said. Envoys from the two countries met in June.",
			[]string{"MEETING OCCURRED Japan+United States 2024-06 -"}},
		// near misses
		{"two-joined-pairs",
			"Barclays and HSBC sued Microsoft and Google over the pipeline. Talks between the two groups will open in May.",
			nil},
		{"companies-never-named-together",
			"Exxon is to buy a smaller rival. The deal ends a long courtship. Shares rose. Both firms face competition from Chevron. Negotiations between the two companies sped up in May.",
			nil},
	})
}

// TestMeetingTheySaidPair pins "A and B said they met": "they" right
// after the clause's "said" is the pair that said it, who met each
// other; bodies stand in for their unnamed chiefs (GUIDELINES §7). A
// "they" who met someone else, a person with a body (maybe his own), or
// a speaker who is not the pair give nothing. The sentences are our own.
func TestMeetingTheySaidPair(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 11), []meetingCase{
		{"chiefs-of-two-firms",
			"The heads of Barclays and Citigroup said they met and agreed to speed up the merger.",
			[]string{"MEETING OCCURRED Barclays+Citigroup  -"}},
		{"two-firms-holding-discussions",
			"Barclays and Citigroup said they were holding preliminary discussions on a joint bid.",
			[]string{"TALKS OCCURRED Barclays+Citigroup  -"}},
		// near misses
		{"met-someone-else",
			"Barclays and Citigroup said they met regulators on Monday.",
			nil},
		{"person-and-body",
			"Carl Diaz and Barclays said they were holding talks on a joint bid.",
			nil},
	})
}
