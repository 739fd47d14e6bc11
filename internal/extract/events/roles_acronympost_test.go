package events

import "testing"

// TestRoleAcronymBeforePost: an acronym the lists do not know, right
// before a body's post and a name ("KTWU president Ann Roe"), names the
// body holding the post; a body the article names whose words spell the
// acronym holds it instead. Guards: a headline in capitals, a ship's
// prefix before a royal title, an acronym ending a longer name, a
// medium written in capitals, and no name after the post. In apposition
// after the name too, unless a word of the post comes before the acronym.
func TestRoleAcronymBeforePost(t *testing.T) {
	checkRoles(t, []roleCase{
		{"union acronym before president", "The strike went on, KTWU president Ann Roe told the rally.", "",
			[]string{"Ann Roe|president|KTWU"}},
		{"hyphenated acronym, sentence-initial", "ZAL-QIO vice president Tom Bellamy backed the plan on Monday.", "",
			[]string{"Tom Bellamy|vice president|ZAL-QIO"}},
		{"spelled out earlier", "Fares at Trans Velmar Airlines Inc rose. TVA director general Ann Roe defended them.", "",
			[]string{"Ann Roe|director general|Trans Velmar Airlines Inc"}},
		{"headline in capitals", "KTWU PRESIDENT ANN ROE QUITS", "", nil},
		{"ship prefix before a royal title", "RMV Queen Astrid will not call at the port this year.", "", nil},
		{"tail of a longer name", "Shares of Borka KTWU fell. The loss was small, said Borka KTWU president Ann Roe.", "",
			nil},
		{"in apposition after the name", "Rents will rise, Tom Bellamy, KTWU deputy director, said on Monday.", "",
			[]string{"Tom Bellamy|deputy director|KTWU"}},
		{"a word of the post before the acronym in apposition", "Tom Bellamy, assistant KTWU commissioner, denied it on Monday.", "", nil},
		{"a medium in capitals", "The show ended, TV presenter Ann Roe said on Sunday.", "", nil},
	})
}
