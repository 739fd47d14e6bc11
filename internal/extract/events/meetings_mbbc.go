package events

import (
	"strings"

	"github.com/actorgraph/actorgraph/internal/extract/segment"
)

// ---- joining someone at a public appearance ----
//
// British political and business reporting tells a shared appearance by
// the verb "join": "X will join Y for a poster launch", "X joined Y and Z
// at the unveiling". GUIDELINES 13.3: a named person joining another on a
// trip or an appearance meets that person; the trigger's "join" case
// reads trips ("join Y on a visit"), joinedAtAppearance the appearances.

// appearanceNoun: a public occasion two people share by appearing at it
// together. A performance, a show or a film puts people in one programme,
// not face to face (16.1), and is left out.
func appearanceNoun(w string) bool {
	switch w {
	case "launch", "relaunch", "event", "rally", "photocall", "photo-call", "walkabout", "appearance", "ceremony", "unveiling", "hustings", "reception":
		return true
	}
	return false
}

// joinedAtAppearance reads, after the verb "join" at token i, a list of
// named people followed by "at", "for" or "on" and an appearance noun
// within four words ("join Y and Z at an election poster launch"). It
// returns the noun's token (the occasion dates the meeting) or 0.
func (x *extractor) joinedAtAppearance(i, last int) int {
	if i+1 >= last {
		return 0
	}
	si := x.d.SentenceAt(int(x.d.Tokens[i].Start))
	if si < 0 {
		return 0
	}
	ents, end := x.listAfter(si, i+1)
	ents, end = x.pastDashAside(si, ents, end)
	if len(ents) == 0 || end+2 >= last {
		return 0
	}
	for _, e := range ents {
		if !x.isPerson(e) {
			return 0 // "joined Labour at the launch": a body, no one met
		}
	}
	switch x.lower(end) {
	case "at", "for", "on":
	default:
		return 0
	}
	switch x.lower(end + 1) {
	case "a", "an", "the", "its", "his", "her", "their", "this", "tuesday's", "monday's", "wednesday's", "thursday's", "friday's", "saturday's", "sunday's":
	default:
		return 0
	}
	for j := end + 2; j < last && j < end+6; j++ {
		tk := x.d.Tokens[j]
		if tk.Kind != segment.Word {
			return 0
		}
		if appearanceNoun(x.lower(j)) {
			return j
		}
	}
	return 0
}

// alongsideVerb returns the first token of the verb of appearing that
// "alongside" at token i follows ("line up alongside", "stood
// alongside", "will appear alongside"), or -1. A role played alongside
// someone in a film or a team is no shared appearance: the caller still
// asks for an appearance noun after the list.
func (x *extractor) alongsideVerb(i int) int {
	if i < 1 {
		return -1
	}
	switch x.lower(i - 1) {
	case "stand", "stands", "stood", "standing", "appear", "appears", "appeared", "appearing", "pose", "posed", "posing", "campaign", "campaigned", "campaigning":
		return i - 1
	case "up":
		if i >= 2 {
			switch x.lower(i - 2) {
			case "line", "lines", "lined", "lining":
				return i - 2
			}
		}
	}
	return -1
}

// pastDashAside continues a list of people that stopped at a spaced dash
// opening an aside ("Y - the man put in charge of the campaign - and Z"):
// BBC prose sets descriptions off so. The aside ends at the next dash
// within 30 tokens; the list goes on only when "and" and a name follow.
func (x *extractor) pastDashAside(si int, ents []int, end int) ([]int, int) {
	if len(ents) == 0 || si < 0 || si >= len(x.d.Sentences) {
		return ents, end
	}
	s := x.d.Sentences[si]
	if end >= s.Last || x.text(end) != "-" {
		return ents, end
	}
	for j := end + 1; j < s.Last && j < end+30; j++ {
		if x.text(j) != "-" {
			continue
		}
		if j+2 >= s.Last || x.lower(j+1) != "and" {
			return ents, end
		}
		more, e := x.listAfter(si, j+2)
		if len(more) == 0 {
			return ents, end
		}
		return append(ents, more...), e
	}
	return ents, end
}

// withAbsoluteSubject reads the subject of a participle in an absolute
// phrase after a comma (", with X joining Y at the launch"): the person
// named between "with" and the participle at token i. Nil otherwise.
func (x *extractor) withAbsoluteSubject(si, i int) []int {
	if si < 0 || si >= len(x.d.Sentences) || i < 2 || !strings.HasSuffix(x.lower(i), "ing") {
		return nil
	}
	s := x.d.Sentences[si]
	mi := x.mentionAt(i - 1)
	if mi < 0 {
		return nil
	}
	m := &x.md.Mentions[mi]
	first := m.TitledFirst()
	if first-1 >= s.First && x.honorificAt(first-1) {
		first-- // "with Mr X joining"
	}
	if m.Last != i || m.Possessive || m.InQuote || first-2 < s.First || x.lower(first-1) != "with" || x.text(first-2) != "," {
		return nil
	}
	if e := x.actor(int(mi)); x.isPerson(e) {
		return []int{e}
	}
	return nil
}
