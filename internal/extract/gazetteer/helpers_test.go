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

// lexiconSkips is the reference buildWords is held to: it reports a
// lexicon name that the other lists already read
// otherwise: a hand-listed given name keeps its gender, and a stop word,
// month, weekday or the first word of a listed place, body or title
// ("Sydney", "Jordan", "Chancellor") is never a given name from the
// lexicon alone. The lexicon loads last, so every other list is known.
func (g *Gazetteer) lexiconSkips(w string) bool {
	if _, ok := g.given[w]; ok {
		return true
	}
	return g.stop[w] || g.months[w] > 0 || g.weekdays[w] > 0 || len(g.entities.m[w]) > 0 || len(g.titles.m[w]) > 0
}
