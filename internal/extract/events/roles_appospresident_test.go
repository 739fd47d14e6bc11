package events

import "testing"

// TestRoleApposPresident covers a firm's president in apposition, which
// the lists make a country's post: apposPresidentHolder.
func TestRoleApposPresident(t *testing.T) {
	checkRoles(t, []roleCase{
		{"a firm's short name before the post", "Tollmark Freight Inc cut its fares. Demand fell, Ed Yule, Tollmark vice president, told reporters.", "",
			[]string{"Ed Yule|vice president|Tollmark Freight Inc"}},
		{"a bare post in a story on one company", "Tollmark Freight Inc cut its fares in May. Ed Yule, executive vice president, said demand fell.", "",
			[]string{"Ed Yule|executive vice president|Tollmark Freight Inc"}},
		{"a bare post with another body in the sentence", "Tollmark Freight Inc cut its fares in May. Ed Yule, president, said the Rail Union agreed.", "", nil},
	})
}
