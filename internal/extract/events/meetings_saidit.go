package events

import (
	"github.com/actorgraph/actorgraph/internal/extract/mentions"
	"github.com/actorgraph/actorgraph/internal/extract/segment"
	"github.com/actorgraph/actorgraph/internal/kg"
)

// saidIt is a body that speaks of itself as "it" in a clause whose
// speaker only the statements rules resolve: "The company said it held
// talks with Y", "It said it is negotiating with Y" (the body that spoke
// just before, GUIDELINES §8). Meetings are read before statements, so
// such a sentence gives its encounter only when it is read again with
// the speaker known.
type saidIt struct {
	si, verb, it, body int
	on                 bool
}

// noteSaidIt records frame f of sentence si when its speaker is a body
// that no name before the verb gives (a description or "it") and "it"
// opens the reported clause ("said it", "said on Monday that it").
func (x *extractor) noteSaidIt(si int, f frame) {
	if f.inverted || f.according || f.speaker < 0 || x.cr.Entities[f.speaker].Kind != kg.KindOrganization {
		return
	}
	if f.speakerMi >= 0 && x.md.Mentions[f.speakerMi].Kind != mentions.Pronoun {
		return // a name: the meeting rules read it themselves
	}
	switch x.lower(f.verb) {
	case "said", "says", "added", "announced", "disclosed", "reported", "confirmed", "told":
	default:
		return
	}
	s := x.d.Sentences[si]
	k := f.verb + 1
	if x.lower(f.verb) == "told" {
		// "told the SEC it": over the listener
		if mi := x.mentionAt(k); mi >= 0 {
			k = x.md.Mentions[mi].Last
		} else if x.lower(k) == "reporters" {
			k++
		} else {
			return
		}
	}
	if x.lower(k) == "that" {
		k++
	}
	if k >= s.Last || x.lower(k) != "it" || x.d.Tokens[k].Has(segment.FlagInQuote) {
		return
	}
	x.saidIt = append(x.saidIt, saidIt{si: si, verb: f.verb, it: k, body: f.speaker})
}

// saidItMeetings reads again each sentence noteSaidIt recorded that gave
// no meeting, with its body known, and dates the meetings it adds as
// the first reading does.
func (x *extractor) saidItMeetings() {
	if len(x.saidIt) == 0 {
		return
	}
	x.bodyPairs = true
	n0 := len(x.out.Meetings)
	for _, r := range x.saidIt {
		if r.verb < 0 {
			continue // a described body's talks (meetings_describedbody.go)
		}
		had := false
		for i := range x.out.Meetings {
			if x.out.Meetings[i].Span.First == r.si {
				had = true
				break
			}
		}
		if had || !x.hasTrigger(r.si) {
			continue
		}
		x.saidBody = r
		x.saidBody.on = true
		x.meetings(r.si)
		x.saidBody = saidIt{}
	}
	x.bodyPairs = false
	if len(x.out.Meetings) > n0 {
		x.carryDatesFrom(n0)
	}
}

// saidItBody is the body of the sentence being read again when the
// clause at tokens cs..i is its "it" clause: "it" at or after cs, and
// between "it" and the trigger at i no comma and no name (the verb
// phrase "has entered into preliminary"). -1 otherwise.
func (x *extractor) saidItBody(si, cs, i int) int {
	r := &x.saidBody
	if !r.on || r.verb < 0 || r.si != si || cs > r.it || i <= r.it || i-r.it > 8 {
		return -1
	}
	for k := r.it + 1; k < i; k++ {
		if x.text(k) == "," || x.mentionAt(k) >= 0 {
			return -1
		}
	}
	return r.body
}
