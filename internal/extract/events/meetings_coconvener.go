package events

import (
	"strings"

	"github.com/actorgraph/actorgraph/internal/extract/mentions"
	"github.com/actorgraph/actorgraph/internal/extract/segment"
	"github.com/actorgraph/actorgraph/internal/kg"
)

// coConvener returns a second body that convenes, jointly with body, the
// meeting whose noun spans tokens i..k-1 of sentence si: "the X Fund
// and Y Bank yearly meeting", "the Y Bank/X Fund meeting", "the spring
// meetings of the X Fund and the Y Bank". GUIDELINES §7 and 16.3 make
// a summit's convening body a participant; a meeting two bodies hold
// together has both. It returns the body's entity or -1.
func (x *extractor) coConvener(si, i, k, body int) int {
	s := x.d.Sentences[si]
	// the body named before the noun: the co-convener before it
	mi := x.bodyBeforeOccasion(si, i)
	if mi < 0 {
		mi = x.orgEndingAt(si, i)
	}
	if mi >= 0 {
		if x.actor(mi) != body {
			return -1
		}
		if o := x.joinedBodyBefore(si, int(x.md.Mentions[mi].First)); o >= 0 {
			if e := x.actor(o); e >= 0 && e != body {
				return e
			}
		}
		return -1
	}
	// the body in the of-phrase: the co-convener after it
	if x.lower(k) != "of" {
		return -1
	}
	om, j := x.openingMention(k + 1)
	if j >= s.Last || om < 0 || x.md.Mentions[om].Kind != mentions.Org || x.actor(int(om)) != body {
		return -1
	}
	j = int(x.md.Mentions[om].Last)
	if x.text(j) == "(" && x.text(j+2) == ")" {
		j += 3 // "of the X Fund (XF) and the Y Bank"
	}
	if w := x.lower(j); w != "and" && w != "/" {
		return -1
	}
	j++
	if x.lower(j) == "the" {
		j++
	}
	if o := x.mentionAt(j); j < s.Last && o >= 0 && x.md.Mentions[o].Kind == mentions.Org && int(x.md.Mentions[o].First) == j && !x.md.Mentions[o].Possessive {
		if e := x.actor(int(o)); e >= 0 && e != body {
			return e
		}
	}
	return -1
}

// orgEndingAt returns the organization mention of sentence si that ends
// right before token i (not a possessive), or -1.
func (x *extractor) orgEndingAt(si, i int) int {
	s := x.d.Sentences[si]
	if i-1 < s.First {
		return -1
	}
	mi := x.mentionAt(i - 1)
	if mi < 0 {
		return -1
	}
	if m := &x.md.Mentions[mi]; m.Kind != mentions.Org || int(m.Last) != i || m.Possessive || int(m.First) < s.First {
		return -1
	}
	return int(mi)
}

// coConvenerStart returns where a co-convening body joined by "and" or
// "/" before the body that starts at token at begins ("the X Fund and Y
// Bank yearly meeting": the X Fund), so that the words placing someone at
// the meeting ("attending", "at") are looked for before the whole
// pair; else at itself.
func (x *extractor) coConvenerStart(si, at int) int {
	if o := x.joinedBodyBefore(si, at); o >= 0 {
		return x.md.Mentions[o].First
	}
	return at
}

// joinedBodyBefore returns the organization mention joined by "and" or
// "/" to the body starting at token at ("the X Fund and the Y Bank",
// "the X Fund (XF)/Y Bank"), or -1.
func (x *extractor) joinedBodyBefore(si, at int) int {
	s := x.d.Sentences[si]
	j := at - 1
	if x.lower(j) == "the" {
		j--
	}
	if w := x.lower(j); w != "and" && w != "/" || j-1 < s.First {
		return -1
	}
	j--
	if j-2 >= s.First && x.text(j) == ")" && x.text(j-2) == "(" {
		j -= 3 // "the X Fund (XF) and Y Bank meeting"
	}
	return x.orgEndingAt(si, j+1)
}

// bodysSessions reports a plural "meetings" at token i that names one
// gathering of a named body: definite, with the body before it or in
// its of-phrase ("the half-yearly meetings of the X Fund", "the X
// Fund/Y Bank meetings"), as the bodies' yearly sessions are called; "meetings
// with A and B" or "several meetings" stay a round.
func (x *extractor) bodysSessions(si, i, k int) bool {
	s := x.d.Sentences[si]
	if x.conveningBody(si, i, k) < 0 {
		return false
	}
	for j := i - 1; j >= s.First && j >= i-8; j-- {
		w := x.lower(j)
		if w == "the" || w == "this" || w == "next" || w == "last" || w == "'s" || w == "’s" {
			return true
		}
		if x.d.Tokens[j].Kind != segment.Word && w != "/" && w != "-" || w == "a" || w == "several" || w == "two" || w == "three" || w == "many" || w == "some" || w == "separate" {
			return false
		}
	}
	return false
}

// forumMeeting reports a meeting read as a summit or a named body's
// meeting (its rule says so: "summit:", "+body", "body-attended"), where
// each attendee from abroad travels there on his own.
func (x *extractor) forumMeeting(m Meeting) bool {
	return m.Kind == kg.MeetingSummit || strings.HasPrefix(m.Rule, "summit:") || strings.Contains(m.Rule, "+body") || strings.Contains(m.Rule, "body-attended")
}

// sameEncounterDate returns the date of another reading, among the first
// n meetings, of the encounter m in the same sentence with the same
// parties and status ("agreed with Y at their summit last October" gives
// the summit and the meeting the verb tells), or the zero date.
func (x *extractor) sameEncounterDate(m Meeting, n int) kg.PartialDate {
	for i := 0; i < n && i < len(x.out.Meetings); i++ {
		o := &x.out.Meetings[i]
		if o.Kind != kg.MeetingVisit && o.Span == m.Span && o.Status == m.Status && !o.Date.IsZero() && sameParticipants(m.Participants, o.Participants) {
			return o.Date
		}
	}
	return kg.PartialDate{}
}

// adjunctSubject returns the person whose clause a "while attending",
// "when visiting" adjunct ending right before the noun trigger at token
// i belongs to: "as X had said while attending the Y meeting" is X's
// attendance, whoever else the sentence names before ("Y added, ...").
// It returns -1 when the adjunct or its clause's subject is not there.
func (x *extractor) adjunctSubject(si, cs, i int) int {
	s := x.d.Sentences[si]
	ing := -1
	for k := i - 1; k > cs && k >= i-10; k-- {
		w := x.lower(k)
		if strings.HasSuffix(w, "ing") && x.d.Tokens[k].Kind == segment.Word && !x.d.Tokens[k].Has(segment.FlagCap) {
			ing = k
			break
		}
		if w == "," || w == ";" || mentions.IsSpeechVerb(w) {
			return -1
		}
	}
	if ing-1 <= s.First {
		return -1
	}
	if w := x.lower(ing - 1); w != "while" && w != "when" {
		return -1
	}
	// back over the clause's verb group ("had said", "was speaking")
	k := ing - 2
	for n := 0; k > s.First && n < 4; n++ {
		w := x.lower(k)
		if !auxiliary(w) && !mentions.IsSpeechVerb(w) && !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ly") {
			break
		}
		k--
	}
	mi := x.mentionAt(k)
	if mi < 0 || int(x.md.Mentions[mi].Last) != k+1 {
		return -1
	}
	if e := x.actor(int(mi)); e >= 0 && x.isPerson(e) {
		return e
	}
	return -1
}
