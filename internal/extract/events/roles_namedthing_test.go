package events

import "testing"

// TestRoleMonarchThing covers a monarch's title after an article: a
// thing named after a monarch, no post. Not without the article, nor
// with a country word between.
func TestRoleMonarchThing(t *testing.T) {
	checkRoles(t, []roleCase{
		{"a ship named after a queen", "The couple sailed to New York on the Queen Mary liner last summer.", "GB", nil},
		{"a building named after a king", "Delegates met at the King Fahd Centre in London on Monday.", "GB", nil},
		{"a king named with his title", "King Fahd of Saudi Arabia said oil prices should stay stable.", "",
			[]string{"Fahd|King|Saudi Arabia"}},
		{"a country word between", "The Saudi King Fahd said oil prices should stay stable.", "",
			[]string{"Fahd|King|Saudi Arabia"}},
	})
}
