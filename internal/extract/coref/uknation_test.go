package coref

import (
	"testing"

	"github.com/actorgraph/actorgraph/internal/extract/gazetteer"
	"github.com/actorgraph/actorgraph/internal/extract/mentions"
	"github.com/actorgraph/actorgraph/internal/extract/segment"
)

// TestUKNations: England, Scotland, Wales and Northern Ireland name the
// United Kingdom (GUIDELINES §4); the place stays a place. "New England"
// and the province's other name "Ulster" do not.
func TestUKNations(t *testing.T) {
	g := gazetteer.Default()
	tests := []struct {
		in       string
		mentions int // the United Kingdom's mentions; 0 = no entity
	}{
		{"The striker will play for Scotland again next spring.", 1},
		{"Rail fares rose in Wales, and Wales hopes to freeze them.", 2},
		{"Snow closed roads across New England on Tuesday.", 0},
		{"Ulster beat the visitors by ten points.", 0},
		{"The Welsh side lost in Wales; Britain shrugged.", 2},
	}
	for _, tc := range tests {
		md := mentions.Find(segment.Segment(tc.in), g)
		r := Resolve(md, g)
		got := 0
		for _, e := range r.Entities {
			if e.ISO == "GB" {
				got = e.Mentions
			}
		}
		if got != tc.mentions {
			t.Errorf("%q: United Kingdom has %d mentions, want %d", tc.in, got, tc.mentions)
		}
	}
}
