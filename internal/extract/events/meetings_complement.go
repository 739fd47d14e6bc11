package events

import (
	"github.com/actorgraph/actorgraph/internal/extract/mentions"
	"github.com/actorgraph/actorgraph/internal/extract/segment"
)

// ---- the subject of a complement clause ----
//
// "X said he believed Y had held talks with Z", "X saw nothing to
// suggest Y had ended its talks with Z": the talks are
// Y's; X (and "he") only report or judge them (GUIDELINES §7: a
// reporter is no participant). clauseSubject took the first name of the
// clause, the speaker's.

// complementVerb: verbs of thinking and saying that take a clause.
func complementVerb(w string) bool {
	switch w {
	case "believe", "believed", "believes", "think", "thought", "thinks", "know", "knew", "knows", "expect", "expected", "expects",
		"suggest", "suggested", "suggests", "understand", "understood", "hear", "heard", "fear", "feared", "doubt", "doubted",
		"assume", "assumed", "hope", "hoped", "hopes", "felt", "feel", "learned", "learnt", "indicate", "indicated", "show", "showed":
		return true
	}
	return false
}

// complementSubject looks between token from (after the clause's first
// name) and the trigger at token i for a verb of thinking or saying
// followed (after "that") by a name that is itself followed by a verb:
// that name (with its title), the subject of the clause holding the
// trigger, or -1.
func (x *extractor) complementSubject(si, from, i int) int {
	s := x.d.Sentences[si]
	for k := from; k < i && k < s.Last; k++ {
		t := x.d.Tokens[k]
		if t.Has(segment.FlagInQuote) || t.Kind == segment.Punct && x.text(k) != "," {
			return -1
		}
		w := x.lower(k)
		if !complementVerb(w) && !mentions.IsSpeechVerb(w) {
			continue
		}
		j := k + 1
		if x.lower(j) == "that" {
			j++
		}
		if x.lower(j) == "the" {
			j++ // "to suggest the Navy had ..."
		}
		if j >= i {
			continue
		}
		mi := x.nameStartingAt(si, j) // a titled name too: "he believed Finance Minister Y had"
		if mi < 0 {
			continue
		}
		m := &x.md.Mentions[mi]
		if m.Last >= i || m.Possessive {
			continue
		}
		switch m.Kind {
		case mentions.Person, mentions.Org, mentions.Country, mentions.Pronoun:
		default:
			continue
		}
		v := x.lower(m.Last)
		if !finiteVerb(v) && v != "to" && v != "could" && v != "may" && v != "might" && v != "should" {
			continue
		}
		return int(mi)
	}
	return -1
}
