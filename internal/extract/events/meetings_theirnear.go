package events

import (
	"strings"

	"github.com/actorgraph/actorgraph/internal/extract/mentions"
	"github.com/actorgraph/actorgraph/internal/extract/segment"
)

// theirPair reads the plural possessive "their" at token j before a
// meeting noun as the two people it stands for. Three readings, the
// first that finds a pair winning:
//   - the two people the sentence names before it and no one else: "A
//     agreed with B at their summit", "what A and B decide at their
//     meeting"; a third person, a quotation, a body or a plural noun
//     for people leaves "their" to others;
//   - the same once the sentence's reporter ("X noted ...") is left out
//     and quoted words are passed over, when no body is named between
//     the clause's opening comma and "their" ("Baker noted Reagan's
//     invitation to Gorbachev, made at their first summit");
//   - the two people of the stretch after the nearest reporting verb,
//     comma or semicolon before "their" that holds nothing else that
//     could own the encounter: a group noun, or a body joined to them
//     by "and" ("X recalled A's invitation to B, made at their summit").
//
// It returns the pair or nil.
func (x *extractor) theirPair(si, j int) []int {
	if x.lower(j) != "their" {
		return nil
	}
	s := x.d.Sentences[si]
	if pair := x.pairIn(s.First, s.First, j, theirScan{bodyFrom: s.First}); pair != nil {
		return pair
	}
	if !x.d.Tokens[j].Has(segment.FlagInQuote) {
		clause := s.First // the token after the last comma before "their"
		for k := j - 1; k > s.First; k-- {
			if x.text(k) == "," && !x.d.Tokens[k].Has(segment.FlagInQuote) {
				clause = k + 1
				break
			}
		}
		if pair := x.pairIn(s.First, s.First, j, theirScan{reported: true, bodyFrom: clause}); pair != nil {
			return pair
		}
	}
	for start := j - 1; start > s.First; start-- {
		w := x.lower(start)
		if w != "," && w != ";" && !contentBeforeVerb(w) {
			continue
		}
		if w == "," && (x.personEndsAt(start) || x.personStartsAt(start+1)) {
			continue // "A, B and C": a list, not a clause boundary
		}
		if pair := x.pairIn(s.First, start+1, j, theirScan{joined: true}); pair != nil {
			return pair
		}
	}
	return nil
}

// theirScan sets how pairIn reads a stretch (theirPair's readings).
type theirScan struct {
	reported bool // quoted words passed over, a reporter ("X noted") left out, "we" a group
	bodyFrom int  // a body at or after this token could own the encounter
	joined   bool // only a body joined to the people ("A and the US") or possessive could
}

// pairIn reads the people named in tokens [from, to) of the sentence
// opening at token first: exactly two, when nothing else there could own
// the encounter, or nil.
func (x *extractor) pairIn(first, from, to int, o theirScan) []int {
	var pair []int
	for k := from; k < to; k++ {
		tk := x.d.Tokens[k]
		if tk.Has(segment.FlagInQuote) {
			if o.reported {
				continue
			}
			return nil
		}
		w := x.lower(k)
		if tk.Kind == segment.Word && (!tk.Has(segment.FlagCap) || k == first) && (groupMember(w) || memberNoun(w) || w == "they" || w == "them" || o.reported && (w == "we" || w == "us") || strings.HasSuffix(w, "ers") || w == "sides" || w == "ministers" || w == "leaders" || w == "countries" || w == "nations" || w == "governments") {
			return nil // "bankers ... their next meeting": a group's
		}
		mi := x.mentionAt(k)
		if mi < 0 {
			continue
		}
		m := &x.md.Mentions[mi]
		if m.Kind != mentions.Person && m.Kind != mentions.Surname && m.Kind != mentions.Pronoun && m.Kind != mentions.Descriptor {
			if (m.Kind == mentions.Org || m.Kind == mentions.Country) && !m.InTitle && !x.modifier(int(mi)) {
				// a body could own the meeting; with o.joined only one
				// joined to the people ("A and the US ... their talks"),
				// not one they act on ("an invitation to visit the
				// United States")
				if r := x.lower(m.Last); o.joined && (m.Possessive || joiner(x.lower(m.First-1)) || r == "and" || r == "or") || !o.joined && k >= o.bodyFrom {
					return nil
				}
			}
			k = m.Last - 1
			continue
		}
		e := x.actor(int(mi))
		if e < 0 || !x.isPerson(e) {
			if m.Kind == mentions.Pronoun {
				return nil // "he" read as no one: the pair is unclear
			}
			k = m.Last - 1
			continue
		}
		if o.reported && !m.Possessive && m.Last < to && reportVerb(x.lower(m.Last)) {
			k = m.Last - 1 // "X noted ...": the one reporting, not one of the two
			continue
		}
		pair = addUniqueInt(pair, e)
		k = m.Last - 1
	}
	if len(pair) != 2 {
		return nil
	}
	return pair
}

// joiner: a word that coordinates names.
func joiner(w string) bool { return w == "and" || w == "or" || w == "," || w == "&" }

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
