package events

import "testing"

// TestRolePluralPostList covers a capitalised plural of any post before
// a list of two people or more ("EU Commissioners A and B", "State
// Secretaries A and B", "Presidents A of Chile and B of Peru"): each
// holds the post, of the qualifier before it, of the country written
// after each name, or, for a national post, of the story's country. Not
// for one name, a former post, or a word inside a body's name.
func TestRolePluralPostList(t *testing.T) {
	checkRoles(t, []roleCase{
		{"a body before the plural", "EU Commissioners Tom Varga and Ann Pike will tour the grain ports next week.", "",
			[]string{"Tom Varga|Commissioner|European Union", "Ann Pike|Commissioner|European Union"}},
		{"each one's country after the name", "Presidents Tom Varga of Chile and Ann Pike of Peru opened the copper fair.", "",
			[]string{"Tom Varga|President|Chile", "Ann Pike|President|Peru"}},
		{"a former post", "Former Ministers Tom Varga of Chile and Ann Pike of Peru opened the copper fair.", "", nil},
		{"one name only", "EU Commissioners Tom Varga will tour the grain ports next week.", "", nil},
	})
}
