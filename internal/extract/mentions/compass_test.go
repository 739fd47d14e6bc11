package mentions

import "testing"

// TestCompassSurname pins a compass word ending a one-word person's name
// whose first word is no listed given name ("Zentu West"). Near misses:
// a place's constituency ("Harbury West"), a longer capitalised name
// after the compass word.
func TestCompassSurname(t *testing.T) {
	checkPersons(t, []personCase{
		{"compass word as surname", "Rapper Zentu West said the tour was over.", []string{"Zentu West"}, []string{"Zentu"}},
		{"possessive", "Rapper Zentu West's new album sold well.", []string{"Zentu West"}, nil},
		{"constituency", "Voters in Harbury West chose a new member.", nil, []string{"Harbury West", "Harbury"}},
		{"longer name after the compass word", "Rapper Zentu West Coast Tour tickets sold out.", nil, []string{"Zentu West"}},
	})
}
