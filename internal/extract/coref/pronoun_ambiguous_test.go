package coref

import (
	"testing"
)

// TestPronounAfterAmbiguousName: a surname that fits two people of the
// story names someone the pronoun after it may stand for, so the pronoun
// does not reach back to a person of an earlier sentence; a fuller name
// of one of them in the same sentence settles it.
func TestPronounAfterAmbiguousName(t *testing.T) {
	tests := []struct {
		in   string
		want string // the last pronoun's person, "" when unresolved
	}{
		{"Tom Brown and Ann Brown arrived. Paul Reed spoke. Later, Brown moved to Leeds, where he met Jo Park.", ""},
		{"Tom Brown and Ann Brown arrived. Paul Reed spoke. Later, Brown, called Tom by all, moved to Leeds. He met Jo Park.", "Tom Brown"},
		{"Tom Brown arrived. Paul Reed spoke. Later, Brown moved to Leeds, where he met Jo Park.", "Tom Brown"},
		{"Tom Brown and Ann Brown arrived. Paul Reed spoke. He met Jo Park.", "Paul Reed"},
	}
	for _, tc := range tests {
		if got := lastPronounPerson(t, tc.in); got != tc.want {
			t.Errorf("%q: pronoun = %q, want %q", tc.in, got, tc.want)
		}
	}
}
