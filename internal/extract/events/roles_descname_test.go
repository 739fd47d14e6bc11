package events

import (
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/internal/extract/coref"
	"github.com/actorgraph/actorgraph/internal/extract/gazetteer"
	"github.com/actorgraph/actorgraph/internal/extract/mentions"
	"github.com/actorgraph/actorgraph/internal/extract/segment"
)

// TestDescriptorNotHolder covers a definite post inside a capitalised
// name: the post is not the person coreference tied it to. A plain "the
// president said", a possessive before a lower-case noun and a post whose
// holder follows in commas (coreference ties it to that name) stay.
func TestDescriptorNotHolder(t *testing.T) {
	tests := []struct {
		name, in, post string
		want           bool
	}{
		{"a council named after the post", "Years ago Ann Hale chaired the President's Council of Science Advisers in Ohio.", "president", true},
		{"a holiday", "Cinemas did well over the President's Day weekend, Tom Bellamy said.", "president", true},
		{"a film's name", "She starred in the comedy The American President with Tom Bellamy.", "president", true},
		// coreference gives the post to the apposition's name itself, so it is that holder's
		{"an apposition names the holder", "Tom Bellamy spoke first. The Lord Chancellor, Lord Bexley, agreed the rule was unfair.", "lord chancellor", false},
		{"a plain post", "Tom Bellamy spoke first. The president said the rule was unfair.", "president", false},
		{"a possessive before a lower-case noun", "Tom Bellamy spoke first. The president's spokesman said the rule was unfair.", "president", false},
		// a capital "The" after a bracket or a dash opens a clause, not a name
		{"a bracket opens the sentence", "Tom Bellamy spoke first. (The president later flew to Lyon.)", "president", false},
		{"a dash opens the clause", "Tom Bellamy spoke first - The president later flew to Lyon.", "president", false},
	}
	g := gazetteer.Default()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := segment.Segment(tc.in)
			md := mentions.Find(d, g)
			cr := coref.Resolve(md, g)
			x := &extractor{d: d, g: g, md: md, cr: cr}
			found := false
			for mi := range md.Mentions {
				m := &md.Mentions[mi]
				if m.Kind != mentions.Descriptor || m.Title == nil || !strings.EqualFold(strings.Join(strings.Fields(m.Title.Text), " "), tc.post) {
					continue
				}
				found = true
				if got := x.descriptorNotHolder(m); got != tc.want {
					t.Errorf("%q: descriptorNotHolder = %v, want %v", tc.in, got, tc.want)
				}
			}
			if !found {
				t.Fatalf("%q: no descriptor %q", tc.in, tc.post)
			}
		})
	}
}
