package mentions

import "testing"

// TestBrandAlone: a body listed by its short brand name (orgs.tsv flag
// "alone") is that body when the name stands by itself, and is left to
// the shape rules when it is part of a longer name: a legal suffix or
// more capitalised words after it, a foreign connector, "of" and a
// capitalised word, or a capitalised word of the name before it. A
// country's possessive before it is the firm's home, no part of a name.
func TestBrandAlone(t *testing.T) {
	checkOrgs(t, []orgCase{
		{"alone before a verb", "Lufthansa cancelled dozens of flights on Monday.", []string{"Lufthansa"}, nil},
		{"alone after a class noun", "The budget airline Ryanair raised its fares again.", []string{"Ryanair"}, nil},
		{"after a country's possessive", "Germany's Volkswagen cut its forecast for the year.", []string{"Volkswagen"}, nil},
		{"a legal suffix after it", "Volkswagen AG cut its forecast for the year.", nil, []string{"Volkswagen"}},
		{"more words after it", "Lufthansa Cargo Handling said it would cut jobs.", nil, []string{"Lufthansa"}},
		{"a foreign connector", "Barclays de Vries Bank said it would cut jobs.", nil, []string{"Barclays"}},
		{"a capitalised word before it", "Vantor BNP Paribas said it would cut jobs.", nil, []string{"BNP Paribas"}},
		{"a listed paper alone", "The figures were first printed by Gulf News on Monday.", []string{"Gulf News"}, nil},
		{"a paper's name inside an agency's", "Gulf News Agency reported the figures on Monday.", nil, []string{"Gulf News"}},
	})
}

// TestListedLegislaturesAndServices: parliaments whose names carry no
// chamber word and the intelligence services most cited are bodies.
func TestListedLegislaturesAndServices(t *testing.T) {
	checkOrgs(t, []orgCase{
		{"a parliament", "The Sejm passed the budget bill late on Friday.", []string{"Sejm"}, nil},
		{"a service", "Officers of MI6 were said to have briefed ministers.", []string{"MI6"}, nil},
	})
}
