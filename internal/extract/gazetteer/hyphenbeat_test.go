package gazetteer

import "testing"

// TestHyphenBeat: a post's last word, a hyphen and a lower-case area;
// not "-elect", "-designate" or a capitalised tail.
func TestHyphenBeat(t *testing.T) {
	for _, tc := range []struct {
		tok, w string
		want   bool
	}{
		{"president-finance", "president", true},
		{"President-marketing", "President", true},
		{"president-elect", "president", false},
		{"president-designate", "president", false},
		{"Secretary-General", "Secretary", false},
		{"president", "president", false},
		{"president-at", "president", false},
		{"presidents-finance", "president", false},
	} {
		if got := hyphenBeat(tc.tok, tc.w); got != tc.want {
			t.Errorf("hyphenBeat(%q, %q) = %v, want %v", tc.tok, tc.w, got, tc.want)
		}
	}
}
