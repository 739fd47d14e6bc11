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
