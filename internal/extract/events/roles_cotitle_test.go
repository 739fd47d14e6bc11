package events

import "testing"

// TestRoleCoordinatedTitles covers two posts joined by "and" before one
// name, each with a holder of its own ("Chilean mining minister and
// OPEC president X"): the name holds both. Not when the first post is a
// definite description of someone else ("the OPEC president and Chilean
// Mining Minister X"), nor for two countries' posts, nor for a firm's
// pair with no holder before the first post.
func TestRoleCoordinatedTitles(t *testing.T) {
	checkRoles(t, []roleCase{
		{"a country's post and a body's post", "Chilean mining minister and OPEC president Tom Varga opened the copper fair in Santiago.", "",
			[]string{"Tom Varga|president|OPEC", "Tom Varga|mining minister|Chile"}},
		{"a definite description is someone else", "Chilean mining minister Ann Pike met the OPEC president and Peruvian Mining Minister Tom Varga in Santiago.", "",
			[]string{"Ann Pike|mining minister|Chile", "Tom Varga|Mining Minister|Peru"}},
		{"two countries' posts are two people", "Talks with Chilean mining minister and Peruvian Mining Minister Tom Varga ended in Santiago.", "",
			[]string{"Tom Varga|Mining Minister|Peru"}},
	})
}
