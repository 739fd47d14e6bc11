package gazetteer

import "github.com/actorgraph/actorgraph/internal/extract/segment"

func segmentDoc(s string) *segment.Doc { return segment.Segment(s) }

// refMatch is matching as first written, through the per-list index of
// first words, the reference the word table's matchers are held to.
func (g *Gazetteer) refMatch(x *wordIndex, d *segment.Doc, i, limit int) (*Entry, int) {
	if i >= limit {
		return nil, 0
	}
	return g.matchIDs(x.m[d.TokenText(i)], d, i, limit)
}

func (g *Gazetteer) matchIDs(ids []int32, d *segment.Doc, i, limit int) (*Entry, int) {
	var best *Entry
	bestN := 0
	for _, id := range ids {
		e := &g.entries[id]
		n := len(e.words)
		if n <= bestN || i+n > limit {
			continue
		}
		ok := true
		for k := 1; k < n; k++ {
			t := d.Tokens[i+k]
			if t.Has(segment.FlagNewline) || d.Text[t.Start:t.End] != e.words[k] {
				ok = false
				break
			}
		}
		if ok {
			best, bestN = e, n
		}
	}
	return best, bestN
}
