package events

import "testing"

// TestRoleBoardMember covers "<body> board member X" and the like: a seat
// on a body's board, council or committee is that body's post.
func TestRoleBoardMember(t *testing.T) {
	checkRoles(t, []roleCase{
		{"a known body before the seat", "Bundesbank board member Otto Lemm said rates would stay where they are.", "",
			[]string{"Otto Lemm|board member|Bundesbank"}},
		{"the short form of a company the story names", "Vossler Inc posted a loss on Monday. Vossler board member Anna Pell said the slide would not last.", "",
			[]string{"Anna Pell|board member|Vossler Inc"}},
		{"the one committee the article names", "The House Ways Committee met on Monday. Republican committee member Dan Colley said the inquiry was unfair.", "",
			[]string{"Dan Colley|committee member|House Ways Committee"}},
		{"two committees: which one, the text does not say", "The Ways Committee and the Means Committee met on Monday. Committee member Ann Pell said the inquiry was unfair.", "", nil},
		{"no body named at all", "Board member Tom Reddy resigned on Friday after a long row over pay.", "", nil},
	})
}
