package coref

import (
	"testing"

	"github.com/actorgraph/actorgraph/internal/extract/gazetteer"
	"github.com/actorgraph/actorgraph/internal/extract/mentions"
	"github.com/actorgraph/actorgraph/internal/extract/segment"
)

// TestLeadNamesake: a bare surname two people of the story bear is the
// one named first and more than once, when the other is named once and
// later; it stays open when both are named again, when the other comes
// first, or when the surname names a group ("the Varrick campaign").
func TestLeadNamesake(t *testing.T) {
	tests := []struct {
		in   string
		want string // entity of the last bare surname, "" when open
	}{
		{"Dario Varrick held a rally in Ohio. President Dario Varrick spoke for an hour. His wife Lucia Varrick stayed home. Later Varrick said the vote was rigged.",
			"Dario Varrick"},
		// the namesake named twice: either may be meant
		{"Dario Varrick held a rally in Ohio. President Dario Varrick spoke for an hour. Lucia Varrick stayed home. Lucia Varrick read a book. Later Varrick said the vote was rigged.",
			""},
		// the first named only once
		{"Dario Varrick held a rally in Ohio. His wife Lucia Varrick stayed home. Later Varrick said the vote was rigged.",
			""},
		// a group the surname names
		{"Dario Varrick held a rally in Ohio. President Dario Varrick spoke for an hour. His wife Lucia Varrick stayed home. The Varrick campaign said the vote was rigged.",
			""},
	}
	g := gazetteer.Default()
	for _, tc := range tests {
		d := segment.Segment(tc.in)
		md := mentions.Find(d, g)
		r := Resolve(md, g)
		got := ""
		for i, m := range md.Mentions {
			if m.Name != "Varrick" {
				continue
			}
			got = ""
			if e := r.Entity(i); e != nil {
				got = e.Name
			}
		}
		if got != tc.want {
			t.Errorf("%q: bare surname is %q, want %q", tc.in, got, tc.want)
		}
	}
}
