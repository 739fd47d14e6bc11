package events

import (
	"strings"

	"github.com/actorgraph/actorgraph/internal/extract/mentions"
	"github.com/actorgraph/actorgraph/internal/extract/segment"
)

// Meeting participants the text names by reference: a post qualified by a
// place ("his Alberta counterpart, X"), ...

// placeQualifiedTitle reads a place mention mi that stands between a
// determiner and a post ("his Alberta counterpart", "the Ontario
// premier"): the place only qualifies the post, whose holder may follow.
// It returns the token of the post, or -1.
func (x *extractor) placeQualifiedTitle(mi, limit int) int {
	m := &x.md.Mentions[mi]
	if m.Kind != mentions.Place || m.Possessive || m.InQuote || m.First == 0 || m.Last >= limit {
		return -1
	}
	switch x.lower(m.First - 1) {
	case "his", "her", "their", "its", "the":
	default:
		return -1
	}
	if e, _ := x.g.MatchTitle(x.d, m.Last, limit); e == nil {
		return -1
	}
	return m.Last
}

// theirPairOrNear reads the "their" at token j before a meeting noun as
// the two people named before it (theirPair); failing that, as the two
// people named before it once the sentence's reporter ("X noted ...") is
// left out and quoted words are passed over, when no body is named
// between the clause's opening comma and "their" ("Baker noted Reagan's
// invitation to Gorbachev, made at their first summit"; "..., whatever
// Reagan and Nakasone agree at their summit").
func (x *extractor) theirPairOrNear(si, j int) []int {
	if pair := x.theirPair(si, j); pair != nil {
		return pair
	}
	if x.lower(j) != "their" || x.d.Tokens[j].Has(segment.FlagInQuote) {
		return nil
	}
	s := x.d.Sentences[si]
	clause := s.First // the token after the last comma before "their"
	for k := j - 1; k > s.First; k-- {
		if x.text(k) == "," && !x.d.Tokens[k].Has(segment.FlagInQuote) {
			clause = k + 1
			break
		}
	}
	var pair []int
	for k := s.First; k < j; k++ {
		tk := x.d.Tokens[k]
		if tk.Has(segment.FlagInQuote) {
			continue
		}
		w := x.lower(k)
		if tk.Kind == segment.Word && (!tk.Has(segment.FlagCap) || k == s.First) && (groupMember(w) || memberNoun(w) || w == "they" || w == "them" || w == "we" || w == "us" || strings.HasSuffix(w, "ers") || w == "sides" || w == "ministers" || w == "leaders" || w == "countries" || w == "nations" || w == "governments") {
			return nil // "bankers ... their next meeting": a group's
		}
		mi := x.mentionAt(k)
		if mi < 0 {
			continue
		}
		m := &x.md.Mentions[mi]
		if m.Kind != mentions.Person && m.Kind != mentions.Surname && m.Kind != mentions.Pronoun && m.Kind != mentions.Descriptor {
			if (m.Kind == mentions.Org || m.Kind == mentions.Country) && k >= clause && !m.InTitle && !x.modifier(int(mi)) {
				return nil // a body in the clause of "their" could own the meeting
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
		if !m.Possessive && m.Last < j && reportVerb(x.lower(m.Last)) {
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

// reportVerb: the verbs that make their subject the reporter of what
// follows ("X said", "X noted"), narrower than the speech verbs: "X
// agreed with Y at their summit" keeps X.
func reportVerb(w string) bool {
	switch w {
	case "said", "says", "told", "tells", "noted", "notes", "added", "adds", "reported", "reports", "stated", "announced", "wrote", "writes":
		return true
	}
	return false
}

// lookingForward reports "look forward to" (any form but the past
// perfect) within the few words before the trigger at token i, outside
// quotations: "is looking forward to his talks with X", "looks forward
// to meeting Y". The encounter is still to come.
func (x *extractor) lookingForward(cs, i int) bool {
	for k := i - 1; k >= cs+1 && k >= i-5; k-- {
		if x.lower(k) != "to" || x.lower(k-1) != "forward" || k-2 < cs {
			continue
		}
		switch x.lower(k - 2) {
		case "look", "looks", "looking":
			return !x.d.Tokens[k].Has(segment.FlagInQuote)
		}
	}
	return false
}
