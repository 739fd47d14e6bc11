package events

import (
	"github.com/actorgraph/actorgraph/internal/extract/mentions"
	"github.com/actorgraph/actorgraph/internal/extract/segment"
	"github.com/actorgraph/actorgraph/internal/kg"
)

// describedTalks is a sentence whose talks have a named counterpart but
// whose own side the clause names only by a noun for a body ("The union
// has been in negotiations with Y", "The firm said the charge followed
// talks with Y") or by a sentence-opening "it" ("It gave the
// figure after talks with Y"). Which body that is, the statements
// rules settle ("Acme said ... The company added"), so such a sentence is
// read again once they have run, with the body known.
//
// The records ride in saidIt with verb -1 (it: the subject's first
// token), and saidBody holds the one being read again, so that the
// extractor keeps its allocation size class.
type describedTalks struct {
	si, subj, body int
	head           string // the noun ("company", "union"), or "it"
}

// noteDescribedTalks records sentence si when the clause holding the
// noun trigger at token i, with counterparts named, opens with such a
// subject.
func (x *extractor) noteDescribedTalks(si, cs, i int) {
	if x.saidBody.on || !x.describedBodyHolds(si, cs, i) {
		return
	}
	subj, _ := x.describedSubjectHead(si, cs, i)
	if subj < 0 {
		return
	}
	if n := len(x.saidIt); n > 0 && x.saidIt[n-1].si == si && x.saidIt[n-1].verb < 0 {
		return
	}
	x.saidIt = append(x.saidIt, saidIt{si: si, verb: -1, it: subj, body: -1})
}

// describedAgent is describedBody for the trigger at token i, when it
// is none of the counterparts others; it records the sentence on the
// first reading.
func (x *extractor) describedAgent(si, cs, i int, others []int) int {
	e := x.describedBody(si, cs, i)
	if e < 0 {
		x.noteDescribedTalks(si, cs, i)
		return -1
	}
	for _, o := range others {
		if o == e {
			return -1
		}
	}
	return e
}

// describedBody is the body of the sentence being read again when the
// trigger's clause is the one recorded, else -1.
func (x *extractor) describedBody(si, cs, i int) int {
	r := &x.saidBody
	if !r.on || r.verb >= 0 || r.si != si {
		return -1
	}
	if subj, _ := x.describedSubjectHead(si, cs, i); subj != r.it {
		return -1
	}
	return r.body
}

// describedTalksMeetings reads again each recorded sentence that gave no
// meeting, with the body its subject continues, and dates what it adds
// as the first reading does.
func (x *extractor) describedTalksMeetings() {
	if len(x.saidIt) == 0 {
		return
	}
	x.bodyPairs = true
	n0 := len(x.out.Meetings)
	for _, rec := range x.saidIt {
		if rec.verb >= 0 {
			continue
		}
		r := &describedTalks{si: rec.si, subj: rec.it, body: -1, head: x.describedHeadAt(rec.it)}
		had := false
		for i := range x.out.Meetings {
			if x.out.Meetings[i].Span.First <= r.si && r.si <= x.out.Meetings[i].Span.Last {
				had = true
				break
			}
		}
		if had {
			continue
		}
		if r.body = x.describedBodyOf(r); r.body < 0 {
			continue
		}
		x.saidBody = saidIt{si: r.si, verb: -1, it: r.subj, body: r.body, on: true}
		x.meetings(r.si)
		x.saidBody = saidIt{}
	}
	x.bodyPairs = false
	if len(x.out.Meetings) > n0 {
		x.carryDatesFrom(n0)
	}
}

// describedBodyOf settles the body of r's subject from the statements:
// the body that speaks in the sentence itself ("The firm said the
// charge followed talks with Y"), else the one that spoke last, up to
// three sentences back, with no other body the noun fits named since
// ("Acme said sales fell. The company is in talks with Y"). The noun
// must fit the body (bodyFits); "it" takes any body or country.
func (x *extractor) describedBodyOf(r *describedTalks) int {
	fits := func(e int) bool {
		if e < 0 {
			return false
		}
		en := &x.cr.Entities[e]
		if r.head == "it" {
			return en.Kind == kg.KindOrganization || en.Kind == kg.KindCountry
		}
		return bodyFits(r.head, en)
	}
	best, bestSent := -1, -1
	for i := range x.out.Statements {
		st := &x.out.Statements[i]
		if st.Span.First > r.si || st.Span.Last < r.si-3 {
			continue
		}
		if st.Span.First <= r.si && r.si <= st.Span.Last {
			if fits(st.Speaker) {
				return st.Speaker // the subject's own verb of speech
			}
			continue
		}
		if st.Span.Last >= bestSent {
			best, bestSent = st.Speaker, st.Span.Last
		}
	}
	if !fits(best) {
		return -1
	}
	// no other body the noun fits, nor (for "it") any other body or
	// country as a subject, named between that statement and the subject
	for j := bestSent + 1; j <= r.si; j++ {
		for _, mi := range x.bySent[j] {
			m := &x.md.Mentions[mi]
			if j == r.si && m.First >= r.subj {
				break
			}
			if m.InQuote || m.InTitle {
				continue
			}
			if a := x.actor(mi); a >= 0 && a != best && fits(a) {
				return -1
			}
		}
	}
	return best
}

// describedSubjectHead finds the subject of the clause holding the
// trigger at token i: "the [modifier] noun" for a body, opening the
// sentence or the clause ("But the union has been in negotiations with
// Y", "The firm said the charge followed talks with Y", "The firm said
// it would go on with its talks with Y"), or a sentence-opening
// "It". It returns the subject's first token and its head ("it" for the
// pronoun), or -1.
func (x *extractor) describedSubjectHead(si, cs, i int) (int, string) {
	s := x.d.Sentences[si]
	k := x.skipSentenceOpener(si, s.First)
	if cs > k {
		// the trigger's clause opens after the sentence's start: only
		// "The firm said (that) it ..." and "The firm said the charge
		// followed talks with Y", read as the firm
		v := cs - 1
		if x.lower(v) == "that" {
			v--
		}
		switch x.lower(v) {
		case "said", "says", "added", "announced", "disclosed", "confirmed", "reported":
		default:
			return -1, ""
		}
		if x.lower(cs) != "it" && !x.afterTalks(cs, i) {
			return -1, ""
		}
		i = v
	}
	if x.d.Tokens[k].Has(segment.FlagInQuote) {
		return -1, ""
	}
	if x.lower(k) == "it" && k+1 < i {
		return k, "it"
	}
	if x.lower(k) != "the" {
		return -1, ""
	}
	h := k + 1
	if h+1 < i && x.mentionAt(h) < 0 && !bodyHead(x.lower(h)) && bodyHead(x.lower(h+1)) && !functionWord(x.lower(h)) {
		h++ // one modifier: "the Canadian bank", "the Swiss company"
	}
	if h >= i || x.mentionAt(h) >= 0 || !bodyHead(x.lower(h)) {
		return -1, ""
	}
	if nx := x.lower(h + 1); !auxiliary(nx) && !finiteVerb(nx) && !mentions.IsSpeechVerb(nx) {
		return -1, "" // "the company's talks", "the bank of X": not the subject noun alone
	}
	return k, x.lower(h)
}

// describedHeadAt is the head describedSubjectHead found for the
// subject at token k: "it", or the body noun after "the" (over one
// modifier).
func (x *extractor) describedHeadAt(k int) string {
	if x.lower(k) == "it" {
		return "it"
	}
	if bodyHead(x.lower(k + 1)) {
		return x.lower(k + 1)
	}
	return x.lower(k + 2)
}

// skipSentenceOpener steps over a connective opening sentence si ("But",
// "However,", "Meanwhile,") from token k.
func (x *extractor) skipSentenceOpener(si, k int) int {
	s := x.d.Sentences[si]
	for n := 0; n < 3 && k < s.Last; n++ {
		switch x.lower(k) {
		case "but", "however", "meanwhile", "and", "separately", ",":
			k++
			continue
		}
		break
	}
	return k
}

// bodyHead: nouns that name a body by its kind ("the company", "the
// union", "the airline").
func bodyHead(w string) bool {
	return w == "company" || w == "firm" || tradeNoun(w) || speakingBody(w) || w == "exchange"
}

// describedBodyHolds reports a noun trigger at token i that the clause's
// subject holds or takes part in (heldFirmly, heldBy) or that comes
// right before what the subject did ("It gave the figure after talks
// with Y", "the charge followed talks with Y").
func (x *extractor) describedBodyHolds(si, cs, i int) bool {
	if x.heldFirmly(cs, i) || x.heldBy(si, cs, i) {
		return true
	}
	for k := i - 1; k >= cs && k >= i-3; k-- {
		switch x.lower(k) {
		case "continuing", "continue", "continues", "continued", "pursuing", "pursue", "pursued", "conducting", "conducted", "entered":
			return true // "is continuing talks with Y", "entered merger negotiations with Y"
		case "the", "a", "its", "their", "merger", "further", "preliminary", "formal", "informal", "exclusive":
			continue
		}
		break
	}
	return x.afterTalks(cs, i)
}

// afterTalks reports "after", "following" or "due to" right before the noun
// trigger at token i, over a determiner and a few modifiers: what the
// clause tells came after the talks ("gave the figure after talks with
// Y", "the charge followed lengthy talks with Y").
func (x *extractor) afterTalks(cs, i int) bool {
	for k := i - 1; k >= cs && k >= i-4; k-- {
		switch x.lower(k) {
		case "after", "following", "followed", "follows":
			return true // "the change followed talks with Y"
		case "to":
			return k-1 >= cs && x.lower(k-1) == "due" // "due to protracted negotiations with Y"
		case "the", "a", "an", "its", "their", "further", "recent", "lengthy", "protracted", "two", "three", "days", "weeks", "months", "of":
			continue
		}
		return false
	}
	return false
}
