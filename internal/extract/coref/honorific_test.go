package coref

import (
	"testing"

	"github.com/actorgraph/actorgraph/internal/extract/gazetteer"
	"github.com/actorgraph/actorgraph/internal/extract/mentions"
	"github.com/actorgraph/actorgraph/internal/extract/segment"
)

// TestHonorificFirstWord: "Mr X" may be a person whose name starts with
// X (a family name written first, "Mr Xi"), but not when the story
// writes "Mr <surname>" for that person: then Mr X is someone else.
// "Sir" goes with the given name.
func TestHonorificFirstWord(t *testing.T) {
	tests := []struct {
		in, short string
		want      string // the person the short form joins, "" for none or a new one
	}{
		{"Sacked MP Warren Hale spoke. Mr Hale said he was sad. Mr Warren said the rules were clear.", "Warren", ""},
		{"Sacked MP Warren Hale spoke. Mr Warren said the rules were clear.", "Warren", "Warren Hale"},
		{"Commissioner Sir Ian Moss spoke. Mr Moss was out. Sir Ian said the threat was real.", "Ian", "Ian Moss"},
		{"Premier Wang Bolin spoke. Mr Wang said the talks went well.", "Wang", "Wang Bolin"},
	}
	g := gazetteer.Default()
	for _, tc := range tests {
		d := segment.Segment(tc.in)
		md := mentions.Find(d, g)
		r := Resolve(md, g)
		found := false
		for i := range md.Mentions {
			m := &md.Mentions[i]
			if m.Name != tc.short || m.Hon == "" {
				continue
			}
			found = true
			got := ""
			if e := r.Entity(i); e != nil && e.Name != tc.short {
				got = e.Name
			}
			if got != tc.want {
				t.Errorf("%q: %q joins %q, want %q", tc.in, tc.short, got, tc.want)
			}
		}
		if !found {
			t.Errorf("%q: no honorific mention %q", tc.in, tc.short)
		}
	}
}
