package events

import (
	"github.com/actorgraph/actorgraph/internal/extract/gazetteer"
	"github.com/actorgraph/actorgraph/internal/extract/mentions"
	"github.com/actorgraph/actorgraph/internal/extract/segment"
)

// talksVerbAfterName reports a past-tense verb of opening, resuming,
// breaking off or proposing talks right after the name m, at token k,
// whose object is a talks noun over at most two modifiers: "France began
// talks with Y", "Acme resumed merger negotiations with Y". The name is
// the clause's subject, not a qualifier of the verb as in "U.S. grown
// corn". A determined demonym ("the French proposed talks") stays a
// modifier: there the verb reads as an adjective.
func (x *extractor) talksVerbAfterName(mi, k int) bool {
	m := &x.md.Mentions[mi]
	if k < 0 || k >= len(x.d.Tokens) || x.d.Tokens[k].Has(segment.FlagInQuote) {
		return false
	}
	if m.Kind == mentions.Country && m.Entry != nil && m.Entry.Kind == gazetteer.Demonym && m.First > 0 && isDeterminerWord(x.lower(m.First-1)) {
		return false
	}
	j := k + 1
	switch x.lower(k) {
	case "began", "opened", "reopened", "resumed", "proposed", "offered", "started", "launched", "ended":
	case "broke":
		if x.lower(j) != "off" {
			return false
		}
		j++
	default:
		return false
	}
	for n := 0; n <= 2 && j < len(x.d.Tokens); n, j = n+1, j+1 {
		t := x.d.Tokens[j]
		if t.Kind != segment.Word || t.Has(segment.FlagCap) || t.Has(segment.FlagInQuote) {
			return false
		}
		switch x.lower(j) {
		case "talks", "negotiations", "discussions", "consultations":
			return true
		}
		if functionWord(x.lower(j)) {
			return false
		}
	}
	return false
}
