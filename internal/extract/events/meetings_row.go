package events

import (
	"github.com/actorgraph/actorgraph/internal/extract/segment"
	"github.com/actorgraph/actorgraph/internal/kg"
)

// ---- quarrels between named people ----
//
// British news prose reports many face-to-face encounters as quarrels:
// "X had a blazing row with Y", "a verbal spat with Y", "a row between
// A, B and C", "X clashed on Thursday with Y". GUIDELINES §7 counts an
// encounter between named parties as a meeting, whatever was said there
// (the dev gold has "clashed with" and "a row between" as MEETINGs).
//
// The same words also name disputes that are no encounter: a country's
// "row with Greece", a union's "confrontation with the government", a
// player's "clash with Wasps" (a fixture), a long feud ("the row
// between the two men"). So the reading is narrow: a noun with an
// indefinite article (one incident) or a verb, the counterpart right
// after "with" or "between", and every party a named person.

// quarrelNoun: nouns of a single quarrel. "clash" is left out: in
// sports reports it is a fixture or a collision on the pitch.
func quarrelNoun(w string) bool {
	switch w {
	case "row", "spat", "confrontation", "altercation", "bust-up", "argument", "shouting-match":
		return true
	}
	return false
}

// quarrelTrigger reads token i as a quarrel: "a (blazing) row with",
// "an angry confrontation between", or "clashed (on Thursday) with".
func (x *extractor) quarrelTrigger(i, last int, t trigger) (trigger, bool) {
	w := x.lower(i)
	if w == "clashed" {
		si := x.d.SentenceAt(int(x.d.Tokens[i].Start))
		if si < 0 || !x.oneOccasion(si) {
			return t, false // "clashed with X over tax": a disagreement, maybe never face to face
		}
		if j, ww := x.withAhead(si, i+1); j > 0 && ww == "with" && j-1 < last {
			t.kind, t.rule = kg.MeetingMeeting, "meeting:verb-clashed"
			t.with = j - 1
			return t, true
		}
		return t, false
	}
	if !quarrelNoun(w) || i+1 >= last {
		return t, false
	}
	if n := x.lower(i + 1); n != "with" && n != "between" {
		return t, false
	}
	// an article before at most three lower-case modifiers: "a
	// well-publicised row", "a blazing row", "an angry verbal spat"
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		tk := x.d.Tokens[k]
		lk := x.lower(k)
		switch lk {
		case "a", "an":
			t.kind, t.noun, t.rule = kg.MeetingMeeting, true, "meeting:noun-quarrel"
			return t, true
		case "his", "her", "their", "the", "this", "that":
			return t, false // "his row with X", "the row between": often a feud
		}
		if tk.Kind != segment.Word || tk.Has(segment.FlagCap) || functionWord(lk) || isPreposition(lk) {
			return t, false
		}
	}
	return t, false
}

// oneOccasion: sentence si places what it tells on one day or at one
// spot ("on Thursday", "yesterday", "outside the town hall"), as a
// clash between two people who met must be; a disagreement over policy
// has neither.
func (x *extractor) oneOccasion(si int) bool {
	s := x.d.Sentences[si]
	for k := s.First; k < s.Last; k++ {
		switch x.lower(k) {
		case "yesterday", "today", "tonight", "outside", "face-to-face":
			return true
		case "night", "morning", "afternoon", "evening":
			if l := x.lower(k - 1); k > s.First && (l == "last" || l == "this") {
				return true
			}
		}
		if x.g.Weekday(x.text(k)) > 0 {
			return true
		}
	}
	return false
}

// publicSession: the sentence speaks of a parliamentary session, a
// debate or a broadcast, where people clash in public without meeting
// (GUIDELINES §7, 14.3).
func (x *extractor) publicSession(si int) bool {
	s := x.d.Sentences[si]
	for k := s.First; k < s.Last; k++ {
		switch x.lower(k) {
		case "commons", "questions", "pmqs", "debate", "debates", "hustings", "interview", "programme", "broadcast", "radio", "television", "tv", "newspaper", "column", "letter", "letters", "tweet", "tweets":
			return true
		}
	}
	return false
}

// quarrelRule reports the rules quarrelTrigger gives.
func quarrelRule(rule string) bool {
	return rule == "meeting:verb-clashed" || rule == "meeting:noun-quarrel"
}

// quarrelParties keeps a quarrel only between named people, at least one
// on each side ("a row between A and B" names both sides after the
// noun), outside sports contests, where a clash is play. The side of "a
// row with Y" is the person named last before the noun ("X quit the
// show following a blazing row with Y"), not the main clause's subject:
// it returns the agents to use.
func (x *extractor) quarrelParties(si int, tr trigger, agents, others []int, between bool) ([]int, bool) {
	if tr.noun && !between {
		if e := x.personJustBefore(si, tr.first); e >= 0 {
			agents = []int{e}
		} else {
			return nil, false
		}
	}
	return agents, x.quarrelPeople(si, tr, agents, others, between)
}

// personJustBefore is the person of the last person mention before token
// i in sentence si, when it is a plain name (not a possessive, not in a
// quotation or a title); -1 otherwise.
func (x *extractor) personJustBefore(si, i int) int {
	s := x.d.Sentences[si]
	for k := i - 1; k >= s.First; k-- {
		mi := x.mentionAt(k)
		if mi < 0 {
			continue
		}
		m := &x.md.Mentions[mi]
		e := x.actor(int(mi))
		if !x.isPerson(e) {
			k = min(k, m.First)
			continue
		}
		if m.Possessive || m.InQuote || m.InTitle {
			return -1
		}
		return e
	}
	return -1
}

func (x *extractor) quarrelPeople(si int, tr trigger, agents, others []int, between bool) bool {
	n := 0
	for _, es := range [][]int{agents, others} {
		for _, e := range es {
			if !x.isPerson(e) {
				return false
			}
			n++
		}
	}
	if len(uniqueEntities(append(append([]int(nil), agents...), others...))) < 2 || n < 2 {
		return false
	}
	if len(others) == 0 && !between || len(agents) == 0 {
		return false
	}
	return !x.sportsFixture(si) && !x.contestNear(si) && !x.publicSession(si) && !x.disputeFrame(si, tr)
}

// disputeFrame: the quarrel is a standing dispute, not an encounter:
// "embroiled in a row with X", "locked in a bitter row with X", or a
// topic after the counterpart ("a row with X over tax"), as political
// prose writes of rows carried on through the press.
func (x *extractor) disputeFrame(si int, tr trigger) bool {
	s := x.d.Sentences[si]
	for k := tr.first - 1; k >= s.First && k >= tr.first-6; k-- {
		switch x.lower(k) {
		case "embroiled", "locked", "mired", "engaged", "caught", "escalating", "continuing", "ongoing", "long-running", "bitter":
			return true
		}
	}
	for k := tr.last; k < s.Last && k < tr.last+10; k++ {
		switch x.lower(k) {
		case "over":
			return true
		case ",", ";", ".", "about":
			return false // the phrase ends with no "over" topic ("and" goes on to another counterpart)
		}
	}
	return false
}
