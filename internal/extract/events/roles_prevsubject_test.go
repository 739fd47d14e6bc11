package events

import "testing"

// TestRolePreviousSubjectBody covers a bare body post opening a sentence
// before a name ("Transport spokesman X said") right after a sentence a
// body opens as its subject ("The Liberal Democrats say ..."): the post
// is that body's. Not when a person opens the sentence before, and not
// when a verb does not follow the body there.
func TestRolePreviousSubjectBody(t *testing.T) {
	checkRoles(t, []roleCase{
		{"the body's stand, then its officer",
			"The Liberal Democrats say they would scrap the road levy within a year. Transport spokesman Tom Reed said drivers had paid enough.", "",
			[]string{"Tom Reed|Transport spokesman|Liberal Democrats"}},
		{"the body's stand closing the paragraph before",
			"The Liberal Democrats say they would scrap the road levy within a year.\n\nTransport spokesman Tom Reed said drivers had paid enough.", "",
			[]string{"Tom Reed|Transport spokesman|Liberal Democrats"}},
		{"a description before the body's name",
			"Pressure group Liberty said it would fight the road levy in court.\n\nDirector Tom Reed said drivers had paid enough.", "",
			[]string{"Tom Reed|Director|Liberty"}},
		{"a person opens the sentence before",
			"Ann Hale says the Liberal Democrats would scrap the road levy within a year. Transport spokesman Tom Reed said drivers had paid enough.", "", nil},
	})
}
