package coref

import (
	"testing"
)

// TestPronounOverApposedPost: a post set off by commas after a name
// ("X, the head of the fund,") is X's own and no second person who could
// be the next sentence's "he"; a post named apart from the name still is.
func TestPronounOverApposedPost(t *testing.T) {
	tests := []struct {
		in   string
		want string // the last pronoun's person, "" when unresolved
	}{
		{"Karl Brandt, the president of the Dorn Fund, spoke in Bonn on Monday. He said rates would fall.", "Karl Brandt"},
		{"Karl Brandt, an adviser at the Dorn Fund, spoke in Bonn on Monday. He said rates would fall.", "Karl Brandt"},
		{"Greta Lund, the chairwoman of the Pike Trust, spoke on Monday. She said costs would rise.", "Greta Lund"},
		// across a sentence naming no one, which may speak of someone
		// unnamed, the post still counts as a rival
		{"Karl Brandt, the president of the Dorn Fund, spoke in Bonn. One trader told reporters rates fell. He said more cuts would come.", ""},
		// near misses: the post is not in apposition to the name
		{"Karl Brandt met the president of the Dorn Fund in Bonn on Monday. He said rates would fall.", ""},
		{"Karl Brandt and the president of the Dorn Fund spoke in Bonn on Monday. He said rates would fall.", ""},
	}
	for _, tc := range tests {
		if got := lastPronounPerson(t, tc.in); got != tc.want {
			t.Errorf("%q: pronoun = %q, want %q", tc.in, got, tc.want)
		}
	}
}
