package coref

import (
	"testing"

	"github.com/actorgraph/actorgraph/internal/extract/gazetteer"
	"github.com/actorgraph/actorgraph/internal/extract/mentions"
	"github.com/actorgraph/actorgraph/internal/extract/segment"
)

// TestObjectPronounNotOwnSubject: "X met him" never means X met
// himself, so the object pronoun skips its verb's subject and takes the
// nearest other person of its gender; where the subject is not right
// before the verb the old reading stands.
func TestObjectPronounNotOwnSubject(t *testing.T) {
	tests := []struct {
		in   string
		want string // the last pronoun's person, "" when unresolved
	}{
		{"Minister Tomas Varga urged calm. Senator Lars Holm met him on Friday.", "Tomas Varga"},
		{"Minister Tomas Varga urged calm. Senator Lars Holm held talks with him on Friday.", "Tomas Varga"},
		{"Minister Tomas Varga urged calm. Senator Lars Holm had visited him twice.", "Tomas Varga"},
		{"Senator Lars Holm told the press Tomas Varga met him on Friday.", "Lars Holm"},
		{"Minister Tomas Varga urged calm. He met him on Friday.", ""},
		// "he" is Holm, so "him" is someone else
		{"Minister Tomas Varga urged calm. Senator Lars Holm said that he would see him.", "Tomas Varga"},
		// near misses: a preposition of place may take the subject's own
		// pronoun, and a coordinated verb's subject is left open
		{"Minister Tomas Varga urged calm. Senator Lars Holm took the papers with him.", "Lars Holm"},
		{"Senator Lars Holm met Ivo Dane and later thanked him.", ""},
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
			t.Errorf("%q: pronoun = %q, want %q", tc.in, got, tc.want)
		}
	}
}
