package events

import "testing"

// TestRoleFirmBeforeFirmPost: a firm the word lists do not know, named
// only right before a company's post ("Dorvel Foods chief executive Ann
// Roe"), holds the post. Not when the words are a title modifier.
func TestRoleFirmBeforeFirmPost(t *testing.T) {
	checkRoles(t, []roleCase{
		{"chief executive", "Prices rose, Dorvel Foods chief executive Ann Roe told reporters.", "",
			[]string{"Ann Roe|chief executive|Dorvel Foods"}},
		{"CEO after an opening conjunction", "Although Kestrane Analytics CEO Paul Vance denied it, the deal went ahead.", "",
			[]string{"Paul Vance|CEO|Kestrane Analytics"}},
		{"a title modifier is no firm", "Prices rose, Deputy CEO Ann Roe told reporters.", "", nil},
	})
}
