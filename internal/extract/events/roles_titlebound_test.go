package events

import "testing"

// TestRoleTitleAfterSurnameAnd covers "X and Portfolio Minister Y" where X
// is a person named elsewhere in the story: X is a second subject, not
// the first half of a portfolio ("Trade and Industry").
func TestRoleTitleAfterSurnameAnd(t *testing.T) {
	const de = "Germany's exporters gathered in Hanover. Germany's order books are full. "
	checkRoles(t, []roleCase{
		{"a named person before and", de + "Chancellor Otto Brenning opened the fair. Later Brenning and Finance Minister Karl Wessel toured the halls.", "",
			[]string{"Otto Brenning|Chancellor|Germany", "Karl Wessel|Finance Minister|Germany"}},
		{"two portfolios joined by and", de + "Trade and Industry Minister Karl Wessel toured the halls.", "",
			[]string{"Karl Wessel|Trade and Industry Minister|Germany"}},
	})
}
