package events

import (
	"github.com/actorgraph/actorgraph/internal/extract/mentions"
	"github.com/actorgraph/actorgraph/internal/kg"
)

// A speaker talking to the press at a body's meeting ("X told reporters
// during the ADB's annual meeting", "Speaking to journalists at the
// annual meeting of the Y Bank, X said") is placed there: he is among
// the people at the meeting (GUIDELINES 16.3), not giving a speech to it
// (§7). A bare "at" before a body's named meeting places no one on its
// own ("approve it at the X annual meeting"); the press verb right
// before the preposition does.

// pressNoun: the listeners of a press encounter.
func pressNoun(w string) bool {
	switch w {
	case "reporters", "journalists", "newsmen", "correspondents", "newspapermen", "reuters":
		return true
	}
	return false
}

// pressVerb reads the noun phrase of a meeting starting at token at (its
// determiner and occasion adjectives lie before it) opened by "at" or
// "during" right after a press encounter: "told reporters at",
// "speaking to journalists during", "said at". It returns the verb's
// token, or -1. from bounds the look back.
func (x *extractor) pressVerb(from, at int) int {
	p := -1
	for k := at - 1; k >= from && k >= at-4; k-- {
		w := x.lower(k)
		if w == "at" || w == "during" {
			p = k
			break
		}
		switch {
		case w == "the" || w == "a" || w == "an" || w == "this" || w == "last" || w == "its" || w == "their":
		case occasionAdjective(w):
		default:
			return -1
		}
	}
	if p-1 < from {
		return -1
	}
	switch w := x.lower(p - 1); {
	case w == "said" || w == "says":
		return p - 1
	case pressNoun(w):
		switch x.lower(p - 2) {
		case "told", "tells", "telling", "tell":
			return p - 2
		case "to", "with": // "speaking with reporters at"
			switch x.lower(p - 3) {
			case "speaking", "talking", "spoke", "talked", "speaks", "talks":
				return p - 3
			}
		}
	}
	return -1
}

// pressSubject returns who spoke to the press at token v: the subject
// after an opening "Speaking to reporters at ...," phrase, or the
// subject before the verb ("X told Reuters during ...", "X, talking to
// reporters at ..., said").
func (x *extractor) pressSubject(si, cs, v int) []int {
	s := x.d.Sentences[si]
	if v == s.First {
		return x.subjectAfterOpener(si, cs, s.First)
	}
	if sub := x.subjectBefore(si, v); len(sub) > 0 {
		return sub
	}
	return nil
}

// pressBefore reports a press encounter ("told reporters during", "said
// at") opening the noun phrase that ends with the gathering noun at
// token i ("the American Bankers Association annual convention"): back
// over its body and adjectives, within eight words, to the preposition.
func (x *extractor) pressBefore(si, i int) bool {
	s := x.d.Sentences[si]
	for k := i - 1; k >= s.First && k >= i-8; k-- {
		if mi := x.mentionAt(k); mi >= 0 && x.md.Mentions[mi].Kind == mentions.Org && int(x.md.Mentions[mi].First) < k {
			k = int(x.md.Mentions[mi].First) // over a body's name ("the Guild of X")
		}
		switch x.lower(k) {
		case "at", "during":
			return x.pressVerb(s.First, k+1) >= 0
		case ",", ";", "(", "-", "–", "—", "and", "or", "to", "in", "of", "for", "by", "with", "from", "on", "after", "before":
			return false
		}
	}
	return false
}

// pressPast reports a press verb in the past ("told reporters at"): the
// speaker was at the meeting, whatever plan the words he said tell of.
func (x *extractor) pressPast(v int) bool {
	switch x.lower(v) {
	case "told", "said", "spoke", "talked":
		return true
	}
	return false
}

// chairAfterMet reads the chair of a body's meeting told after "met"
// (token k on): "The X Council met in Abu Dhabi under the chairmanship
// of Y", "the board met on Monday, chaired by Y". A body that meets
// under a named chair holds its meeting with him (GUIDELINES 16.3: the
// convening body and the named people placed at it). It returns the
// chair, or -1.
func (x *extractor) chairAfterMet(si, k int) int {
	s := x.d.Sentences[si]
	for j := k; j < s.Last && j < k+16; j++ {
		p := -1
		switch x.lower(j) {
		case ";", ":", "who", "which", "that", "said", "says":
			return -1
		case "under":
			if x.lower(j+1) == "the" && (x.lower(j+2) == "chairmanship" || x.lower(j+2) == "presidency") && x.lower(j+3) == "of" {
				p = j + 4
			}
		case "chaired":
			if x.lower(j+1) == "by" {
				p = j + 2
			}
		}
		if p < 0 {
			continue
		}
		ents, _ := x.listAfter(si, p)
		if len(ents) == 1 && x.isPerson(ents[0]) {
			return ents[0]
		}
		if len(ents) > 1 {
			return -1 // co-chairs: left to the list readers
		}
		return x.personAfterPost(si, p)
	}
	return -1
}

// chairedBodyMet reads a body meeting under a named chair: the subject of
// "met" (the trigger tr) is a body, or one of its organs ("the board of
// X", "the X general assembly"), and chairAfterMet finds the chair. It
// returns the body and the chair, or -1, -1.
func (x *extractor) chairedBodyMet(si int, tr trigger, agents []int) (int, int) {
	b := -1
	switch {
	case len(agents) == 1 && x.cr.Entities[agents[0]].Kind == kg.KindOrganization:
		b = agents[0]
	case len(agents) == 0:
		b = x.organSubject(si, tr.first)
	}
	if b < 0 {
		return -1, -1
	}
	c := x.chairAfterMet(si, tr.last)
	if c < 0 {
		return -1, -1
	}
	return b, c
}

// organNoun: the bodies within a body that meet for it ("the board of
// X", "the X general assembly").
func organNoun(w string) bool {
	switch w {
	case "board", "council", "assembly", "governors", "directors", "executive", "shareholders", "members", "plenary":
		return true
	}
	return false
}

// organSubject reads the subject right before the verb at token v as an
// organ of a named body: "The general assembly of the X Corporation
// met", "The X Bank board met". It returns the body, or -1.
func (x *extractor) organSubject(si, v int) int {
	s := x.d.Sentences[si]
	j := v - 1
	if j <= s.First {
		return -1
	}
	if organNoun(x.lower(j)) {
		// "the X Bank board"
		if mi := x.mentionAt(j - 1); mi >= 0 && x.md.Mentions[mi].Kind == mentions.Org && x.md.Mentions[mi].Last == j {
			return x.actor(int(mi))
		}
		return -1
	}
	mi := x.mentionAt(j)
	if mi < 0 || x.md.Mentions[mi].Kind != mentions.Org || x.md.Mentions[mi].Last != v {
		return -1
	}
	// "the general assembly of the X"
	k := x.md.Mentions[mi].First - 1
	if x.lower(k) == "the" {
		k--
	}
	if k-1 < s.First || x.lower(k) != "of" || !organNoun(x.lower(k-1)) {
		return -1
	}
	return x.actor(int(mi))
}

// personAfterPost returns the person named after a post that listAfter
// does not read whole, from token p on: "Bahrain's Finance and National
// Economy Minister, Y" (a title joined by "and", then the name in
// apposition). It stops at the end of the clause; -1 when no one.
func (x *extractor) personAfterPost(si, p int) int {
	s := x.d.Sentences[si]
	for j := p; j < s.Last && j < p+10; j++ {
		switch x.lower(j) {
		case ".", ";", ":", "who", "which", "that", "said", "says", "was", "is", "were", "are":
			return -1
		}
		mi := x.mentionAt(j)
		if mi < 0 {
			continue
		}
		m := &x.md.Mentions[mi]
		if m.Kind == mentions.Person {
			if e := x.actor(int(mi)); x.isPerson(e) {
				return e
			}
			return -1
		}
		if m.Kind == mentions.Surname {
			if e := x.actor(int(mi)); e >= 0 && x.isPerson(e) {
				return e
			}
			continue // a capitalised word of the post ("Finance")
		}
		if !m.Possessive && m.Kind != mentions.Descriptor {
			return -1 // another actor first: "of X's board"
		}
		j = max(j, int(m.Last)-1)
	}
	return -1
}
