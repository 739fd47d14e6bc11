package events

import "testing"

// TestRoleFirmDescriptionCountryWord covers a firm's lower-case
// description that holds a country word or a short trade acronym before
// the firm's name ("chief executive of US firm X", "head of SMS firm Y"),
// and a party so described ("leader of the Irish party Z"): the post is
// the named body's. A capitalised word that is neither (a town) still
// stops the description.
func TestRoleFirmDescriptionCountryWord(t *testing.T) {
	checkRoles(t, []roleCase{
		{"a country word in the description",
			"Tom Reed, chief executive of US firm Brightwell Labs, said the code would stay free.", "",
			[]string{"Tom Reed|chief executive|Brightwell Labs"}},
		{"a trade acronym in the description",
			"Ann Hale, head of SMS firm Textora, said the phones were ready.", "",
			[]string{"Ann Hale|head|Textora"}},
		{"a party described by its country's adjective",
			"Bob Dunn, leader of the small Irish party Fianna Fail, told voters on Monday that he expects to win.", "",
			[]string{"Bob Dunn|leader|Fianna Fáil"}},
		{"a town is no describing word",
			"Carl Brandt, head of Leeds firm Kellan, said the plant would close.", "", nil},
	})
}
