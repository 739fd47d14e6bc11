package events

import "github.com/actorgraph/actorgraph/internal/extract/mentions"

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
		case "to":
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
