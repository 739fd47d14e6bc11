package coref

import (
	"testing"
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
	for _, tc := range tests {
		if got := lastPronounPerson(t, tc.in); got != tc.want {
			t.Errorf("%q: pronoun = %q, want %q", tc.in, got, tc.want)
		}
	}
}
