package events

import "testing"

// TestRolePossessiveOneOf covers "One of Chile's Vice Presidents, X,":
// one holder of a post that several hold, the plural title after the
// country's possessive. Not for a plural that names no post.
func TestRolePossessiveOneOf(t *testing.T) {
	checkRoles(t, []roleCase{
		{"a plural post after the possessive", "One of Chile's Vice Presidents, Tom Varga, opened the copper fair on Monday.", "",
			[]string{"Tom Varga|Vice President|Chile"}},
		{"a plural that is no post", "One of Chile's Copper Barons, Tom Varga, opened the copper fair on Monday.", "", nil},
	})
}
