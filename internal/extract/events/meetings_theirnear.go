package events

import (
	"strings"

	"github.com/actorgraph/actorgraph/internal/extract/mentions"
	"github.com/actorgraph/actorgraph/internal/extract/segment"
)

// theirPairNear is theirPair for a sentence that names other people
// before the pair: "X noted A's invitation to B, made at their first
// summit", "..., whatever A and B agree during their summit". The pair
// is read in the stretch after the nearest reporting verb, comma or
// semicolon before "their" that holds exactly two people and nothing
// else that could own the encounter (a group noun, a body or country
// joined to them by "and"). It returns the pair or nil.
func (x *extractor) theirPairNear(si, j int) []int {
	if x.lower(j) != "their" {
		return nil
	}
	s := x.d.Sentences[si]
	for start := j - 1; start > s.First; start-- {
		w := x.lower(start)
		if w != "," && w != ";" && !contentBeforeVerb(w) {
			continue
		}
		if w == "," && (x.personEndsAt(start) || x.personStartsAt(start+1)) {
			continue // "A, B and C": a list, not a clause boundary
		}
		if pair, ok := x.pairBetween(start+1, j); ok {
			return pair
		}
	}
	return nil
}

// pairBetween reads the people named in tokens [from, to): exactly two,
// and true, when nothing else there could own the encounter ("their").
func (x *extractor) pairBetween(from, to int) ([]int, bool) {
	var pair []int
	for k := from; k < to; k++ {
		tk := x.d.Tokens[k]
		if tk.Has(segment.FlagInQuote) {
			return nil, false
		}
		w := x.lower(k)
		if tk.Kind == segment.Word && !tk.Has(segment.FlagCap) && (groupMember(w) || memberNoun(w) || w == "they" || w == "them" || strings.HasSuffix(w, "ers") || w == "sides" || w == "ministers" || w == "leaders" || w == "countries" || w == "nations" || w == "governments") {
			return nil, false
		}
		mi := x.mentionAt(k)
		if mi < 0 {
			continue
		}
		m := &x.md.Mentions[mi]
		if m.Kind != mentions.Person && m.Kind != mentions.Surname && m.Kind != mentions.Pronoun && m.Kind != mentions.Descriptor {
			if (m.Kind == mentions.Org || m.Kind == mentions.Country) && !m.InTitle && !x.modifier(int(mi)) {
				// "A and the US ... their talks": a body joined to the
				// people could own the encounter; a body they act on
				// ("an invitation to visit the United States") cannot
				if r := x.lower(m.Last); m.Possessive || joiner(x.lower(m.First-1)) || r == "and" || r == "or" {
					return nil, false
				}
			}
			k = m.Last - 1
			continue
		}
		e := x.actor(int(mi))
		if e < 0 || !x.isPerson(e) {
			if m.Kind == mentions.Pronoun {
				return nil, false
			}
			k = m.Last - 1
			continue
		}
		pair = addUniqueInt(pair, e)
		k = m.Last - 1
	}
	if len(pair) != 2 {
		return nil, false
	}
	return pair, true
}

// joiner: a word that coordinates names.
func joiner(w string) bool { return w == "and" || w == "or" || w == "," || w == "&" }

// hyphenPair reads the two people a meeting noun at token i is named
// after: "the Kohl-Mitterrand summit", "the Baker-Miyazawa talks". Each
// half must be the surname of a different person the article names; a
// person whose own name holds the whole word ("Andrew Lloyd-Webber")
// makes it a surname, not a pair. It returns the pair or nil.
func (x *extractor) hyphenPair(si, i int) []int {
	s := x.d.Sentences[si]
	j := i - 1
	if j < s.First || x.d.Tokens[j].Kind != segment.Word {
		return nil
	}
	w := x.text(j)
	h := strings.IndexByte(w, '-')
	if h <= 0 || h == len(w)-1 || strings.Count(w, "-") != 1 {
		return nil
	}
	a, b := w[:h], w[h+1:]
	if !upperFirst(a) || !upperFirst(b) {
		return nil
	}
	pa, pb := -1, -1
	for e := range x.cr.Entities {
		ent := &x.cr.Entities[e]
		if !x.isPerson(e) {
			continue
		}
		if strings.HasSuffix(ent.Name, w) && ent.Name != w {
			return nil // a hyphenated surname of someone named in full
		}
		last := ent.Name[strings.LastIndexByte(ent.Name, ' ')+1:]
		switch last {
		case a:
			if pa >= 0 && pa != e {
				return nil // two people of that surname
			}
			pa = e
		case b:
			if pb >= 0 && pb != e {
				return nil
			}
			pb = e
		}
	}
	if pa < 0 || pb < 0 || pa == pb {
		return nil
	}
	if x.lower(j-1) == "the" && x.pairToldBefore(si, pa, pb) {
		return nil // "the Berg-Roux meeting" after their meeting was told: that one, taken up
	}
	return []int{pa, pb}
}

// pairToldBefore reports a meeting of a and b told in the two sentences
// before si.
func (x *extractor) pairToldBefore(si, a, b int) bool {
	for _, m := range x.out.Meetings {
		if m.Span.First >= si || m.Span.First < si-2 {
			continue
		}
		if hasEntity(m.Participants, a) && hasEntity(m.Participants, b) {
			return true
		}
	}
	return false
}

// upperFirst reports a word starting with an upper-case ASCII letter
// followed by a lower-case one ("Kohl", not "U" or "US").
func upperFirst(w string) bool {
	return len(w) > 1 && w[0] >= 'A' && w[0] <= 'Z' && w[1] >= 'a' && w[1] <= 'z'
}

// personEndsAt reports a person mention ending right before token k.
func (x *extractor) personEndsAt(k int) bool {
	mi := x.mentionAt(k - 1)
	return mi >= 0 && x.md.Mentions[mi].Last == k && x.md.Mentions[mi].Kind == mentions.Person
}

// personStartsAt reports a person mention (a title before it included)
// starting at token k.
func (x *extractor) personStartsAt(k int) bool {
	for j := k; j < k+4 && j < len(x.d.Tokens); j++ {
		if mi := x.mentionAt(j); mi >= 0 {
			return x.md.Mentions[mi].Kind == mentions.Person
		}
		if x.d.Tokens[j].Kind != segment.Word || !x.d.Tokens[j].Has(segment.FlagCap) {
			return false
		}
	}
	return false
}
