package events

import (
	"github.com/actorgraph/actorgraph/internal/extract/mentions"
	"github.com/actorgraph/actorgraph/internal/extract/segment"
	"github.com/actorgraph/actorgraph/internal/kg"
)

// memberPrep: the prepositions tying a body's unnamed people to the body
// ("officials of", "representatives from", "officials in", "staff at").
func memberPrep(w string) bool {
	switch w {
	case "of", "from", "in", "at":
		return true
	}
	return false
}

// memberBodies reads, from token j after "officials of|from|in|at", the
// bodies or countries whose unnamed people are met: one ("officials of
// the IMF") or several coordinated under the one noun ("officials in the
// Stock Exchange, the Finance Ministry and the Trade Ministry",
// "representatives from co-chairmen A and B"). Each stands in for its
// side (GUIDELINES §7: bodies stand in only for a side that names no
// person), so a person named in the same list does not push them out.
// The list stops before a body that qualifies someone ("and Acme
// executive X"), a possessive ("and Brazil's minister X") or anything
// that is not a body; the caller reads on from the returned end. It
// returns nil when no body follows.
func (x *extractor) memberBodies(si, j int) ([]int, int) {
	s := x.d.Sentences[si]
	in := j > 0 && x.lower(j-1) == "in"
	var out []int
	end := j
	for j < s.Last && len(out) < 12 {
		k := j
		if x.lower(k) == "the" {
			k++
		}
		if len(out) == 0 {
			// "representatives from committee vice-chairmen A": the
			// bodies' part in the matter, before the first of them
			for n := 0; n < 3 && k < s.Last && x.mentionAt(k) < 0; n++ {
				t := x.d.Tokens[k]
				if t.Kind != segment.Word || t.Has(segment.FlagCap) || functionWord(x.lower(k)) || isDeterminerWord(x.lower(k)) {
					break
				}
				k++
			}
		}
		if k < s.Last && x.text(k) == "<" {
			k++ // Reuters' bracket round a company's name
		}
		bm := x.mentionAt(k)
		if k >= s.Last || bm < 0 {
			break
		}
		m := &x.md.Mentions[bm]
		if m.First != k || m.Kind != mentions.Org && m.Kind != mentions.Country || m.Possessive || m.InQuote || m.InTitle || x.modifier(int(bm)) {
			break
		}
		e := x.actor(int(bm))
		if e < 0 {
			break
		}
		out = append(out, e)
		end = m.Last
		if end < s.Last && x.text(end) == ">" {
			end++
		}
		if t := x.tickerEnd(end); t > end {
			end = t // "CBS Inc <CBS>"
		}
		n := end
		if n < s.Last && (x.text(n) == "," || x.lower(n) == "and") {
			n++
			if x.text(n-1) == "," && n < s.Last && x.lower(n) == "and" {
				n++
			}
			j = n
			continue
		}
		break
	}
	countries := 0
	for _, e := range out {
		x.markGroupStandIn(e)
		if x.cr.Entities[e].Kind == kg.KindCountry {
			countries++
		}
	}
	if in && countries > 1 {
		// "talks with officials in Britain, France and Italy": each
		// country's officials at home, a round of talks (§7)
		if x.roundCountries == nil {
			x.roundCountries = map[int]int{}
		}
		for _, e := range out {
			x.roundCountries[e] = si + 1
		}
	}
	return out, end
}

// countryRound reports counterparts that are all countries read as a
// round of talks in this sentence (memberBodies).
func (x *extractor) countryRound(si int, others []int) bool {
	if len(others) < 2 {
		return false
	}
	for _, o := range others {
		if x.roundCountries[o] != si+1 {
			return false
		}
	}
	return true
}

// orgFirstAt reports an organization named at token j, after an
// optional "the": a body, not a country, heads the list there.
func (x *extractor) orgFirstAt(j int) bool {
	mi, _ := x.openingMention(j)
	return mi >= 0 && x.md.Mentions[mi].Kind == mentions.Org
}
