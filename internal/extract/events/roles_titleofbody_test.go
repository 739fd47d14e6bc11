package events

import "testing"

// TestRoleTitleOfBodyAppositive covers a post with its body's "of" phrase
// set off by commas before the name, read when the name opens with an
// honorific ("the director of the Brenner Institute, Dr X, said") or the
// body is written in a short form of a name the article gives ("the
// chairman of Velcor, Y," with Velcor Holdings Ltd named). Not a former
// post, not after another "of" (the wife of the director).
func TestRoleTitleOfBodyAppositive(t *testing.T) {
	checkRoles(t, []roleCase{
		{"an honorific opens the name",
			"At a briefing, the director of the Brenner Institute, Dr Ann Hale, said the tests were clean.", "",
			[]string{"Ann Hale|director|Brenner Institute"}},
		{"the short form of a body the article names",
			"Shareholders met the chairman of Velcor, Tom Reed, on Monday. Velcor Holdings Ltd said the bid was low.", "",
			[]string{"Tom Reed|chairman|Velcor Holdings Ltd"}},
		{"a former post",
			"At a briefing, the former director of the Brenner Institute, Dr Ann Hale, said the tests were clean.", "", nil},
		{"the post of someone the name is related to",
			"The wife of the director of the Brenner Institute, Dr Ann Hale, said she had not seen the letter.", "", nil},
	})
}
