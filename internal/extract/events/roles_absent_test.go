package events

import "testing"

// TestRoleAbsentPresidency covers a bare president's title in a story
// on a country whose government has no president (a monarchy with a
// prime minister): the home country does not hold it, so it is some
// body's post the text leaves unnamed, while the country's own posts
// and another country's presidency stay.
func TestRoleAbsentPresidency(t *testing.T) {
	checkRoles(t, []roleCase{
		{"a firm's president in a Canadian story", "Canada's exports rose in May. Canada's factories were busy. Sales will grow this year, president Lars Dahl told shareholders.", "", nil},
		{"a vice-president in a Dutch story", "The Netherlands cut its rates. The Netherlands expects growth. Vice-president Lars Dahl said the bank would wait.", "", nil},
		{"a vice-president in a British paper", "Sales will grow this year, Vice-President Lars Dahl told shareholders.", "GB", nil},
		{"a secretary in a Japanese story", "Japan's exports rose in May. Japan's factories were busy. Commerce Secretary Lars Dahl said more would follow.", "", nil},
		{"the country's own post stays", "Canada's exports rose in May. Canada's factories were busy. Prime Minister Lars Dahl said more would follow.", "",
			[]string{"Lars Dahl|Prime Minister|Canada"}},
		{"a president of a country that has one", "Peru's exports rose in May. Peru's factories were busy. President Lars Dahl said more would follow.", "",
			[]string{"Lars Dahl|President|Peru"}},
	})
}

// TestRoleBodyNounPresident covers a president's title right after a
// lower-case noun for a body or a firm's department: the body's post,
// which the words do not name, so no role; a president after a
// qualifier or a preposition stays the home country's.
func TestRoleBodyNounPresident(t *testing.T) {
	checkRoles(t, []roleCase{
		{"a union's president", "Wages in the United States rose. Talks in the United States resumed. We will strike if we must, union president Tom Reed said.", "", nil},
		{"a firm's department", "Car sales in the United States rose. Sales in the United States will grow, sales vice-president Tom Reed said.", "", nil},
		{"a bank's president", "Growth in the United States slowed. Lending in the United States will rise, bank president Tom Reed said.", "", nil},
		{"a qualifier is no body", "Growth in the United States slowed. Lending in the United States will rise, Republican President Tom Reed said.", "",
			[]string{"Tom Reed|President|United States"}},
		{"a preposition is no body", "Growth in the United States slowed. The plan was drawn up with President Tom Reed last year.", "",
			[]string{"Tom Reed|President|United States"}},
	})
}

// TestRoleLowerPresidentOfBody covers a president's title in lower case
// in frames that tie it to a body: apposition with no holder, "its"
// after a body, a closing bracket, a capitalised word naming no country.
// A lower-case head of state after a qualifier or a preposition, or in a
// predicate, keeps the home country.
func TestRoleLowerPresidentOfBody(t *testing.T) {
	const us = "Growth in the United States slowed. Jobs in the United States grew. "
	checkRoles(t, []roleCase{
		{"apposition with no holder", us + "Orders will pick up soon, said Tom Reed, president.", "", nil},
		{"its after a firm", us + "Westwind Corp said the firm, its president, Tom Reed, and its vice president, Ann Cole, may seek seats.", "",
			[]string{"Tom Reed|president|Westwind Corp"}},
		{"after a ticker in brackets", us + "Allied Bakers Corp <ABC> president Tom Reed said sales rose.", "", nil},
		{"after a capitalised word naming nobody", us + "Talks stalled when Eastern president Tom Reed called for cuts.", "", nil},
		{"after a capitalised firm name", us + "Talks stalled when Columbia Video president Tom Reed called for cuts.", "", nil},
		{"a party qualifier keeps the country", us + "The plan was blocked by Republican president Tom Reed last year.", "",
			[]string{"Tom Reed|president|United States"}},
		{"a preposition keeps the country", us + "The plan was drawn up by the government of president Tom Reed.", "",
			[]string{"Tom Reed|president|United States"}},
	})
}
