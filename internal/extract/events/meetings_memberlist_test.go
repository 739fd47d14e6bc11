package events

import (
	"testing"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// TestMeetingMemberBodies pins several bodies coordinated under one noun
// for their unnamed people ("officials in A, B and C", "representatives
// from A and B"): each stands in for its side (GUIDELINES §7), next to a
// person named in the same list; countries after "officials in" are a
// round of talks, one per country. The sentences are our own.
func TestMeetingMemberBodies(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 11), []meetingCase{
		{"officials-in-bodies-then-minister",
			"Trade Secretary Carl Diaz will meet officials in the Oslo Stock Exchange, the Ministry of Finance, and Fisheries Minister Tom Cole.",
			[]string{"MEETING PLANNED Carl Diaz+Oslo Stock Exchange  -", "MEETING PLANNED Carl Diaz+Ministry of Finance  -", "MEETING PLANNED Carl Diaz+Tom Cole  -"}},
		{"person-then-representatives-from-two",
			"Treasury official Carl Diaz met senior Barclays executive Tom Cole and representatives from creditor banks Deutsche Bank and HSBC.",
			[]string{"MEETING OCCURRED Carl Diaz+Tom Cole  -", "MEETING OCCURRED Carl Diaz+Deutsche Bank  -", "MEETING OCCURRED Carl Diaz+HSBC  -"}},
		{"officials-in-countries-round",
			"Finance Minister Carl Diaz of Chile left for debt talks with officials in Britain, France and Italy.",
			[]string{"TALKS PLANNED Carl Diaz+United Kingdom  -", "TALKS PLANNED Carl Diaz+France  -", "TALKS PLANNED Carl Diaz+Italy  -"}},
		// near misses
		{"body-qualifies-the-next-person",
			"Treasury official Carl Diaz met officials of Deutsche Bank and HSBC chairman Tom Cole.",
			[]string{"MEETING OCCURRED Carl Diaz+Deutsche Bank  -", "MEETING OCCURRED Carl Diaz+Tom Cole  -"}},
		{"officials-in-a-city-is-no-side",
			"Treasury official Carl Diaz met officials in London and Anna Berg.",
			nil},
	})
}

// TestMeetingLeadersOfBodies pins "leaders of" before bodies: like
// "officials of", each body stands in for its unnamed leaders (§7); a
// possessive body names no side. The sentences are our own.
func TestMeetingLeadersOfBodies(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 11), []meetingCase{
		{"meetings-with-leaders-of-two-chambers",
			"Prime Minister Carl Diaz held meetings with leaders of the Senate and the House of Representatives.",
			[]string{"MEETING OCCURRED Carl Diaz+Senate  -", "MEETING OCCURRED Carl Diaz+House of Representatives  -"}},
		// near miss
		{"possessive-body", "Prime Minister Carl Diaz held meetings with leaders of the Senate's largest party.", nil},
	})
}
