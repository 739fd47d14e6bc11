package events

import (
	"strings"

	"github.com/actorgraph/actorgraph/internal/extract/mentions"
	"github.com/actorgraph/actorgraph/internal/extract/segment"
)

// pastFiniteVerbs are the simple-past forms of the verb triggers of
// meeting(): a finite past verb reports an encounter that happened, so a
// plan word elsewhere in its clause ("raised hopes that it could ... X
// first went to Israel", "left for Tokyo saying he planned to ...") is
// another verb's.
var pastFiniteVerbs = map[string]bool{
	"met": true, "visited": true, "toured": true, "talked": true,
	"travelled": true, "traveled": true, "flew": true, "went": true,
	"left": true, "arrived": true, "returned": true, "discussed": true,
	"negotiated": true, "conferred": true, "telephoned": true, "phoned": true,
	"hosted": true, "received": true,
}

// pastAdverbs may stand between a subject and its past verb ("X first
// went", "Y also met") without changing the tense.
var pastAdverbs = map[string]bool{
	"also": true, "then": true, "first": true, "later": true, "yesterday": true,
	"today": true, "earlier": true, "already": true, "again": true, "just": true,
	"once": true, "twice": true, "last": true, "subsequently": true,
}

// pastBlockers before the verb make it no simple past: a modal, an
// auxiliary of the passive or the infinitive ("would have met", "was to
// have visited", "is to be hosted"), a negation.
var pastBlockers = map[string]bool{
	"will": true, "would": true, "could": true, "should": true, "might": true,
	"may": true, "must": true, "shall": true, "can": true, "to": true,
	"be": true, "been": true, "being": true, "is": true, "are": true,
	"was": true, "were": true, "am": true, "not": true, "n't": true,
	"never": true, "did": true, "does": true, "do": true, "’ll": true, "'ll": true,
}

// pastTimeClause words open a clause whose past tense may be the future
// seen from the past ("said he would sign before he left for Tokyo") or
// a condition ("if he met Y").
var pastTimeClause = map[string]bool{
	"when": true, "whenever": true, "before": true, "until": true, "till": true,
	"once": true, "if": true, "unless": true, "whether": true, "after": true,
	"as": true,
}

// pastFinite reports a verb trigger at token i written as a finite
// simple past (or a present or past perfect) in a main or relative
// clause from cs: the encounter happened, whatever plan words its
// clause holds elsewhere.
func (x *extractor) pastFinite(cs, i int) bool {
	if !pastFiniteVerbs[x.lower(i)] {
		return false
	}
	// no time or condition clause around the verb
	for k := i - 1; k >= cs && k >= i-10; k-- {
		w := x.lower(k)
		if w == "," || w == ";" || w == ":" {
			break
		}
		if pastTimeClause[w] {
			return false
		}
	}
	j := i - 1
	for j >= cs && (pastAdverbs[x.lower(j)] || strings.HasSuffix(x.lower(j), "ly") && x.mentionAt(j) < 0 && len(x.lower(j)) > 3) {
		j--
	}
	if j < cs {
		return false
	}
	w := x.lower(j)
	if pastBlockers[w] || strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t") {
		return false
	}
	switch w {
	case "have", "has", "had", "'ve", "’ve", "'d", "’d", "having":
		// "had met", "has visited": done; "would have met", "was to have
		// visited": not
		j--
		for j >= cs && pastAdverbs[x.lower(j)] {
			j--
		}
		if w == "having" || j >= cs && pastBlockers[x.lower(j)] {
			return false
		}
	}
	return true
}

// futureBeforeAfter: the trigger at token i follows "after" or
// "following" in a clause whose own verb, before that word, is still to
// come ("X will hold a news conference following a meeting with Y", "he
// said he would decide after talks with Z"): what comes after a future
// act is not yet held either.
func (x *extractor) futureBeforeAfter(cs, i int) bool {
	at := -1
	for k := i - 1; k >= cs && k >= i-4; k-- {
		if w := x.lower(k); w == "after" || w == "following" {
			at = k
			break
		}
	}
	if at < 0 {
		return false
	}
	for k := at - 1; k >= cs; k-- {
		if x.d.Tokens[k].Has(segment.FlagInQuote) {
			continue
		}
		w := x.lower(k)
		if mentions.IsSpeechVerb(w) || w == ";" {
			return false // "X said after talks with Y that ...": the saying's time
		}
		future := false
		switch w {
		case "will", "’ll", "'ll", "shall", "would":
			future = true
		case "to":
			switch x.lower(k - 1) {
			case "is", "are", "due", "expected", "scheduled", "set", "plans", "plan", "intends", "hopes":
				future = true
			}
		}
		if future && !x.closedRelative(k, at) {
			return true
		}
	}
	return false
}

// reportedWould: the clause from cs is reported speech (a verb of speech,
// or one with "that", right before it) and the first verb after the noun
// trigger's phrase, from token from, is "would": the future seen from
// the saying ("X said his talks with Y would include Z"). "would have"
// is a counterfactual, left alone.
func (x *extractor) reportedWould(cs, from, to int) bool {
	p := cs - 1
	if x.lower(p) == "that" {
		p--
	}
	if p < 0 || !mentions.IsSpeechVerb(x.lower(p)) || x.d.Tokens[p].Has(segment.FlagInQuote) {
		return false
	}
	for k := from; k < to && k < from+15; k++ {
		if x.d.Tokens[k].Has(segment.FlagInQuote) {
			return false
		}
		switch x.lower(k) {
		case "would":
			n := x.lower(k + 1)
			if n == "also" || n == "probably" || n == "then" {
				n = x.lower(k + 2)
			}
			return n != "have"
		case "was", "were", "has", "have", "had", "is", "are", "will", "could", "may", "might", "should", ";", ",", "who", "which", "that":
			return false
		}
		if mentions.IsSpeechVerb(x.lower(k)) {
			return false
		}
	}
	return false
}

// whetherVerbs may hold a noun trigger as the predicate of an indirect
// question: "whether A and B had held talks".
var whetherVerbs = map[string]bool{
	"held": true, "hold": true, "holding": true, "had": true, "have": true,
	"has": true, "having": true, "conducted": true, "begun": true, "began": true,
	"started": true, "opened": true, "scheduled": true, "arranged": true,
}

// ifQuestion words take "if" as "whether": "would not say if", "asked if".
var ifQuestion = map[string]bool{
	"say": true, "know": true, "asked": true, "ask": true, "sure": true,
	"clear": true, "unclear": true, "see": true, "confirm": true,
	"disclose": true, "tell": true, "wonder": true, "determine": true,
}

// whetherPredicate: the trigger at token i is the predicate of an
// indirect question ("declined to say whether A and B had held any
// recent talks", "would not say if X met Y"): the text leaves open
// whether it happened, so it reports no encounter. A noun trigger only
// counts with a verb of holding in the question; "whether targets
// changed as a result of the meeting with Y" presupposes the meeting.
func (x *extractor) whetherPredicate(cs, i int, noun bool) bool {
	held := !noun
	for k := i - 1; k >= cs && k >= i-12; k-- {
		if x.d.Tokens[k].Has(segment.FlagInQuote) {
			return false
		}
		w := x.lower(k)
		switch {
		case w == "," || w == ";" || w == ":":
			return false
		case w == "whether" || w == "if" && ifQuestion[x.lower(k-1)]:
			return held
		case noun && whetherVerbs[w]:
			held = true
		}
	}
	return false
}
