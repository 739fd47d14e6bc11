package events

import (
	"github.com/actorgraph/actorgraph/internal/extract/mentions"
	"github.com/actorgraph/actorgraph/internal/extract/segment"
)

// ---- "X and his wife, Y," as a subject ----
//
// A subject that names a person, then someone of his by one bare noun
// with that person's name in apposition ("he and his wife, Labor
// Secretary Ann Bell, met", "Smith and her deputy, Tom Cole, visited")
// is two people: both take part (GUIDELINES §7). appositiveName wants a
// longer description ("the head of the bank"), and the subject loop
// stops at the noun, so the first member was lost.

// relationNoun: one lower-case word that can only be a noun here.
func (x *extractor) relationNoun(k int) bool {
	t := x.d.Tokens[k]
	w := x.lower(k)
	return t.Kind == segment.Word && !t.Has(segment.FlagCap) && !functionWord(w) && !isPreposition(w) && !isDeterminerWord(w) && !finiteVerb(w)
}

// relationAppositive reads, with token k the comma closing the
// apposition, "<A> and his|her <noun>, <B>," and returns A's and
// B's actors, or nil. A may be a name or a pronoun resolved to a person.
func (x *extractor) relationAppositive(si, k int) []int {
	s := x.d.Sentences[si]
	pm := x.mentionAt(k - 1)
	if pm < 0 || x.md.Mentions[pm].Kind != mentions.Person || x.md.Mentions[pm].Last != k {
		return nil
	}
	b := x.actor(int(pm))
	c := x.md.Mentions[pm].First - 1 // the comma opening the apposition
	if t := x.md.Mentions[pm].Title; x.text(c) != "," && t != nil && !t.Appositive && t.First <= c {
		c = t.First - 1 // "his wife, Labor Secretary Ann Bell,"
	}
	if c-4 < s.First || x.text(c) != "," || x.d.Tokens[c].Has(segment.FlagInQuote) {
		return nil
	}
	if !x.relationNoun(c-1) || (x.lower(c-2) != "his" && x.lower(c-2) != "her") || x.lower(c-3) != "and" {
		return nil
	}
	am := x.mentionAt(c - 4)
	if am < 0 || x.md.Mentions[am].Last != c-3 || x.md.Mentions[am].Possessive || x.md.Mentions[am].InTitle {
		return nil
	}
	if kd := x.md.Mentions[am].Kind; kd != mentions.Person && kd != mentions.Pronoun {
		return nil
	}
	a := x.actor(int(am))
	if a < 0 || b < 0 || a == b || !x.isPerson(a) || !x.isPerson(b) {
		return nil
	}
	return []int{a, b}
}
