package events

import (
	"github.com/actorgraph/actorgraph/internal/extract/mentions"
	"github.com/actorgraph/actorgraph/internal/extract/segment"
	"github.com/actorgraph/actorgraph/internal/kg"
)

// ---- a body's people named by a possessive ----
//
// "Its management has continued talks with X", "Acme said its
// representatives discussed a buyout with X", "Acme's negotiators met
// X": the side is the body's unnamed people, and GUIDELINES §7 lets the
// body stand in for them, as groupSubject does for "Acme executives".
// "Its" is the body the sentence names last before it (coreference
// resolves people's pronouns only).

// possessedGroupAgents reads the subject right before the verb group of
// trigger tr as "its|Body's [senior|top] <people noun>" and returns the
// body, marked as standing in, and the subject's first token (where the
// clause starts: "... was expected as its management held talks"); nil
// otherwise.
func (x *extractor) possessedGroupAgents(si int, tr trigger) ([]int, int) {
	if tr.kind == kg.MeetingVisit || tr.kind == kg.MeetingCall || tr.noun && tr.kind != kg.MeetingTalks && tr.kind != kg.MeetingMeeting {
		return nil, -1
	}
	s := x.d.Sentences[si]
	for g := tr.first - 1; g > s.First && g >= tr.first-8; g-- {
		w := x.lower(g)
		if !groupMember(w) && w != "management" {
			continue
		}
		if x.d.Tokens[g].Has(segment.FlagInQuote) || !x.verbGroupTo(g+1, tr) {
			return nil, -1
		}
		d := g - 1
		if l := x.lower(d); (l == "senior" || l == "top") && d > s.First {
			d--
		}
		b, start := x.possessorBody(si, d)
		if b < 0 {
			return nil, -1
		}
		x.markGroupStandIn(b)
		return []int{b}, start
	}
	return nil, -1
}

// possessorBody reads token d as the possessor of a people noun: "its"
// (the organization named last before it in the sentence) or a body's
// name with "'s". It returns the body, or -1, and the possessor's first
// token.
func (x *extractor) possessorBody(si, d int) (int, int) {
	s := x.d.Sentences[si]
	if d < s.First {
		return -1, d
	}
	if x.lower(d) == "its" {
		for k := d - 1; k >= s.First; k-- {
			mi := x.mentionAt(k)
			if mi < 0 {
				continue
			}
			m := &x.md.Mentions[mi]
			k = min(k, m.First)
			if m.InQuote || m.InTitle {
				continue
			}
			if e := x.actor(int(mi)); e >= 0 && m.Kind == mentions.Org && x.cr.Entities[e].Kind == kg.KindOrganization {
				return e, d
			}
			if m.Kind == mentions.Person || m.Kind == mentions.Country {
				return -1, d // someone else named in between
			}
		}
		return -1, d
	}
	if x.d.Tokens[d].Has(segment.FlagPossessive) || x.lower(d) == "'s" || x.lower(d) == "’s" {
		for k := d; k >= s.First && k >= d-1; k-- {
			if mi := x.mentionAt(k); mi >= 0 {
				m := &x.md.Mentions[mi]
				if e := x.actor(int(mi)); e >= 0 && m.Possessive && m.Kind == mentions.Org && !m.InQuote && !m.InTitle {
					return e, m.First
				}
				return -1, d
			}
		}
	}
	return -1, d
}

// appositiveAntecedent: "X, a London lawyer who once met Y": "who"
// follows a description set off after a person's name,
// and both stand for that person. j is the description's last token; it
// returns the name's mention or -1.
func (x *extractor) appositiveAntecedent(si, j int) int {
	s := x.d.Sentences[si]
	for c := j; c > s.First && c >= j-8; c-- {
		tk := x.d.Tokens[c]
		if x.text(c) == "," {
			if w := x.lower(c + 1); c+1 > j || w != "a" && w != "an" && w != "the" {
				return -1
			}
			mi := x.mentionAt(c - 1)
			if mi < 0 {
				return -1
			}
			m := &x.md.Mentions[mi]
			if m.Last != c || m.Kind != mentions.Person || m.Possessive || m.InQuote || !x.isPerson(x.actor(int(mi))) {
				return -1
			}
			return int(mi)
		}
		if tk.Kind != segment.Word && tk.Kind != segment.Number || tk.Has(segment.FlagInQuote) || x.mentionAt(c) >= 0 && x.md.Mentions[x.mentionAt(c)].Kind == mentions.Person {
			return -1 // a name inside the description: "X, a friend of Y who"
		}
	}
	return -1
}
