package coref

import (
	"testing"

	"github.com/actorgraph/actorgraph/internal/extract/gazetteer"
	"github.com/actorgraph/actorgraph/internal/extract/mentions"
	"github.com/actorgraph/actorgraph/internal/extract/segment"
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
	g := gazetteer.Default()
	for _, tc := range tests {
		d := segment.Segment(tc.in)
		md := mentions.Find(d, g)
		r := Resolve(md, g)
		got, found := "", false
		for i := len(md.Mentions) - 1; i >= 0; i-- {
			if md.Mentions[i].Kind != mentions.Pronoun {
				continue
			}
			found = true
			if e := r.Pronoun(i); e >= 0 {
				got = r.Entities[e].Name
			}
			break
		}
		if !found {
			t.Fatalf("%q: no pronoun found", tc.in)
		}
		if got != tc.want {
			t.Errorf("%q: pronoun is %q, want %q", tc.in, got, tc.want)
		}
	}
}
