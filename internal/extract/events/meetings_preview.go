package events

import (
	"strings"

	"github.com/actorgraph/actorgraph/internal/extract/mentions"
	"github.com/actorgraph/actorgraph/internal/extract/segment"
	"github.com/actorgraph/actorgraph/internal/kg"
)

// previewHeads are the event nouns a preview's "ahead of the ..." can
// take up: a gathering someone attends.
var previewHeads = map[string]bool{
	"meeting": true, "meetings": true, "summit": true, "forum": true,
	"conference": true, "talks": true, "session": true, "gathering": true,
}

// previewStarted are the past verbs that tell an event under way or over
// ("the summit opened"): then "ahead of the summit" looks back.
var previewStarted = map[string]bool{
	"began": true, "opened": true, "started": true, "ended": true,
	"closed": true, "finished": true, "concluded": true,
}

// previewOpens are the present verbs of a timetable ("the summit opens
// on Wednesday", "the meeting, which starts tomorrow"): still to come.
var previewOpens = map[string]bool{
	"opens": true, "begins": true, "starts": true, "open": true, "begin": true, "start": true,
}

// previewAttended: the noun trigger is the object of a present progressive
// "is attending" ("X is attending the G7 meeting") and another sentence of
// the article puts that event ahead ("ahead of the meeting", "before the
// meeting", "in the run-up to the summit"). The article tells a preview:
// X is to attend, the encounter is PLANNED (GUIDELINES §7). BBC stories
// have no reference date to show the event is still to come, so the frame
// the article sets is what tells it. Without such a frame "is attending"
// is a meeting under way (OCCURRED).
func (x *extractor) previewAttended(cs int, tr trigger) bool {
	if !tr.noun || x.ref.Precision() == kg.PrecisionDay || tr.last >= len(x.d.Tokens) {
		return false
	}
	head := "" // the event noun among the trigger words ("meeting", "summit talks")
	for k := tr.first; k <= tr.last && head == ""; k++ {
		if previewHeads[x.lower(k)] {
			head = x.lower(k)
		}
	}
	if head == "" {
		return false
	}
	// "is attending the G7 meeting", "are also attending this week's summit"
	if !x.attendingProgressive(cs, tr) {
		return false
	}
	return x.eventAhead(head)
}

// eventAhead reports whether the article puts an event named by head
// ahead ("ahead of the meeting", "before the meeting", "the run-up to the
// meeting", "the meeting opens on Friday"), and nowhere tells it begun
// ("the meeting opened"). The answer is kept per noun: the scan reads
// the whole article.
func (x *extractor) eventAhead(head string) bool {
	if v, ok := x.aheadCache[head]; ok {
		return v
	}
	if x.aheadCache == nil {
		x.aheadCache = map[string]bool{}
	}
	v := x.scanEventAhead(head)
	x.aheadCache[head] = v
	return v
}

func (x *extractor) scanEventAhead(head string) bool {
	ahead := false
	n := len(x.d.Tokens)
	for k := 0; k < n; k++ {
		w := x.lower(k)
		if w == head && x.eventBegun(k+1) {
			return false // "the meeting opened on Friday", "has opened", "is under way": under way or over
		}
		if ahead {
			continue
		}
		if w == head {
			v := k + 1
			if v < n && x.lower(v) == "," {
				v++
			}
			if v < n && (x.lower(v) == "which" || x.lower(v) == "that") {
				v++
			}
			if v < n && previewOpens[x.lower(v)] {
				ahead = true // "the summit opens on Wednesday", "the summit, which opens on Wednesday": the present of a timetable
				continue
			}
		}
		from := -1
		switch w {
		case "ahead":
			if k+1 < n && x.lower(k+1) == "of" {
				from = k + 2
			}
		case "before":
			if k+1 < n && x.lower(k+1) == "the" {
				from = k + 2 // "before the meeting": the event, not a time clause
			}
		case "run-up":
			if k+1 < n && x.lower(k+1) == "to" {
				from = k + 2
			}
		case "arriving", "gathering", "converging":
			// "leaders are arriving in Davos for the forum": not begun
			if p := x.lower(k - 1); k > 0 && (p == "are" || p == "is") {
				for j := k + 1; j+1 < n && j <= k+8; j++ {
					if x.d.Tokens[j].Kind == segment.Punct {
						break
					}
					if x.lower(j) == "for" {
						from = j + 1
						break
					}
				}
			}
		}
		if from < 0 {
			continue
		}
		// the determiner and up to three modifiers: "ahead of the G7
		// finance ministers' meeting"
		for j := from; j < n && j <= from+4; j++ {
			if x.d.Tokens[j].Kind != segment.Word {
				break
			}
			if x.lower(j) == head {
				ahead = true
				break
			}
		}
	}
	return ahead
}

// eventBegun: the words from token k tell the event before them begun or
// over: "opened", "has (now) opened", "is under way", "got under way".
func (x *extractor) eventBegun(k int) bool {
	switch x.lower(k) {
	case "has", "have", "had":
		if x.lower(k+1) == "now" || x.lower(k+1) == "already" {
			k++
		}
		return previewStarted[x.lower(k+1)]
	case "is", "are", "was", "got", "get", "gets":
		w := x.lower(k + 1)
		return w == "underway" || w == "under" && x.lower(k+2) == "way"
	}
	return previewStarted[x.lower(k)]
}

// tellsBegun: the words from token k to the sentence's end tell the
// encounter begun or partly done ("and has already held talks", "where
// the talks began on Monday", "for a second day"): a present then tells
// it under way, not an arrangement.
func (x *extractor) tellsBegun(k, last int) bool {
	for ; k < last; k++ {
		switch w := x.lower(k); w {
		case "already", "began", "begun", "opened", "started", "underway":
			return true
		case "under":
			if x.lower(k+1) == "way" {
				return true
			}
		case "day", "round":
			switch x.lower(k - 1) {
			case "second", "third", "fourth", "fifth", "final", "last", "another":
				return true // "for a second day", "another round": it goes on
			}
		case "has", "have":
			switch x.lower(k + 1) {
			case "held", "met", "visited", "hosted", "toured", "talked", "spoken", "signed":
				return true
			}
		}
	}
	return false
}

// previewProgressive are the present participles of an encounter verb
// whose present progressive tells an arrangement ("is meeting Y this
// week"). "holding talks" is left out: talks going on have begun
// (GUIDELINES 17.7).
var previewProgressive = map[string]bool{
	"meeting": true, "hosting": true, "visiting": true,
}

// presentThisWeek: an encounter told in the present of a timetable or
// arrangement ("X meets Y this week", "X hosts Y this weekend", "X is
// meeting Y this week", "travels to Oslo this week to meet Y", "X is
// attending the summit this week", "X meets Y today") is still to come: what is over would
// be told in the past ("met Y this week"). Read only when the story has
// no reference day (BBC), where nothing else can place "this week" ahead;
// v is the motion verb whose purpose the trigger is, or -1.
func (x *extractor) presentThisWeek(si, cs int, tr trigger, v int) bool {
	if x.ref.Precision() == kg.PrecisionDay || tr.first < 1 || tr.last >= len(x.d.Tokens) {
		return false
	}
	if v < 0 {
		switch w := x.lower(tr.first); {
		case tr.noun:
			if v = x.timetableNounVerb(cs, tr.first); v < 0 {
				v = x.attendsBefore(cs, tr) // "attends the summit this week", "is attending the summit on Friday"
			}
			if p := x.lower(tr.first - 2); v < 0 && x.lower(tr.first-1) == "hold" && p != "not" && p != "n't" && p != "to" {
				v = tr.first - 1 // "X and Y hold talks this week"
			}
		case timetableVerbs[w] || w == "hosts" || w == "joins":
			v = tr.first
		case previewProgressive[w] && (x.lower(tr.first-1) == "is" || x.lower(tr.first-1) == "are"):
			v = tr.first
		case w == "meet" || w == "host":
			// "X and Y meet in Oslo on Monday": the plural present; not
			// an infinitive, a modal's verb or a negation
			switch x.lower(tr.first - 1) {
			case "to", "not", "n't", "will", "would", "could", "can", "may", "might", "must", "should", "shall", "did", "do", "does", "and", "or":
			default:
				v = tr.first
			}
		}
	} else if !timetableVerbs[x.lower(v)] {
		return false // "flew to Oslo this week to meet Y": told in the past
	}
	if v < 1 || v >= len(x.d.Tokens) || x.d.Tokens[v].Has(segment.FlagInQuote) {
		return false
	}
	switch x.lower(v - 1) {
	case "when", "once", "if", "before", "after", "until", "as", "while", "who", "which", "that":
		return false // a time or relative clause: other rules read it
	}
	switch x.lower(v) {
	case "hosts", "joins", "attends", "attending", "meet", "host":
		if x.timetableWeekday(si, v, tr) != "" {
			return true // "X hosts Y on Friday", "attends the summit on Friday", as "meets Y on Friday" (presentTimetable)
		}
	}
	last := x.d.Sentences[si].Last
	for k := v + 1; k+1 < last && k <= tr.last+12; k++ {
		w := x.lower(k)
		if x.d.Tokens[k].Has(segment.FlagInQuote) || mentions.IsSpeechVerb(w) {
			return false
		}
		switch w {
		case ",", ";", ":", "after", "before", "since", "following", "until", "where", "when", "who", "which", "while", "but":
			return false
		case "this":
			if n := x.lower(k + 1); n == "week" || n == "weekend" {
				return !x.tellsBegun(v+1, last)
			}
		case "today", "tonight":
			return !x.tellsBegun(v+1, last) // "meets Y today": the present of a timetable, as "this week"
		}
	}
	return false
}

// attendsBefore is the token of "attends" or of the "attending" of "is
// attending" that takes the noun trigger as its object, or -1.
func (x *extractor) attendsBefore(cs int, tr trigger) int {
	for k := tr.first - 1; k >= cs && k >= tr.first-5; k-- {
		if x.d.Tokens[k].Kind != segment.Word {
			return -1
		}
		switch x.lower(k) {
		case "attends":
			return k
		case "attending":
			if x.attendingProgressive(cs, tr) {
				return k
			}
			return -1
		}
	}
	return -1
}

// eventOpensAhead: the noun trigger is the subject of a present
// timetable verb with a time, or has one in a relative clause ("talks
// between X and Y begin on Monday", "the summit, which opens on
// Thursday"): still to come, whatever the main clause says. Read only
// with no reference day (BBC), as presentThisWeek.
func (x *extractor) eventOpensAhead(si int, tr trigger) bool {
	if !tr.noun || x.ref.Precision() == kg.PrecisionDay || tr.last >= len(x.d.Tokens) {
		return false
	}
	last := x.d.Sentences[si].Last
	for k := tr.last + 1; k < last && k <= tr.last+15; k++ {
		w := x.lower(k)
		if x.d.Tokens[k].Has(segment.FlagInQuote) || mentions.IsSpeechVerb(w) {
			return false
		}
		switch w {
		case ",":
			if n := x.lower(k + 1); k+1 < last && (n == "which" || n == "that") {
				k++
				continue
			}
			return false
		case ";", ":", "after", "before", "since", "following", "until", "where", "when", "who", "while", "but":
			return false
		}
		if !previewOpens[w] {
			continue
		}
		for j := k + 1; j+1 < last && j <= k+4; j++ {
			switch x.lower(j) {
			case "on":
				switch x.text(j + 1) {
				case "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday":
					return true
				}
			case "this", "next", "later":
				if n := x.lower(j + 1); n == "week" || n == "weekend" || n == "month" || n == "this" {
					return true
				}
			case "tomorrow":
				return true
			}
		}
		return false
	}
	return false
}

// attendingProgressive: the noun trigger is the object of "is attending"
// or "are (also) attending" ("X is attending the G7 meeting").
func (x *extractor) attendingProgressive(cs int, tr trigger) bool {
	att := -1
	for k := tr.first - 1; k >= cs && k >= tr.first-5; k-- {
		if x.d.Tokens[k].Kind != segment.Word {
			return false
		}
		if x.lower(k) == "attending" {
			att = k
			break
		}
	}
	if att < 0 {
		return false
	}
	b := att - 1
	if b >= cs && b >= 0 && (x.lower(b) == "also" || strings.HasSuffix(x.lower(b), "ly")) {
		b-- // "is also attending", "are currently attending"
	}
	if b < cs || b < 0 {
		return false
	}
	switch x.lower(b) {
	case "is", "are", "'s", "’s", "am":
		return true
	}
	// "X and Y are among the leaders attending the summit": the present
	// of "are among" gives the participle its tense
	for k := b; k-1 >= cs && k >= b-8; k-- {
		if x.d.Tokens[k].Kind != segment.Word {
			return false
		}
		if x.lower(k) == "among" {
			p := x.lower(k - 1)
			return p == "is" || p == "are"
		}
	}
	return false // "was attending", "leaders attending": the clause's tense is not given here
}

// onWayFor: a noun trigger that is the purpose of a trip the clause tells
// under way in the present ("is on his way to Oslo for talks with Y"): the
// traveller is not there yet, so the encounter is still to come, as the
// visit (meetings_onway.go).
func (x *extractor) onWayFor(cs int, tr trigger) bool {
	if !tr.noun || !x.precededBy(tr.first, cs, "for") {
		return false
	}
	for k := tr.first - 1; k-2 >= cs && k >= tr.first-12; k-- {
		switch x.lower(k) {
		case ",", ";", ":":
			return false
		case "way":
			if x.lower(k-2) != "on" {
				continue
			}
			b := k - 3
			if b >= cs && (x.lower(b) == "already" || x.lower(b) == "now") {
				b--
			}
			return b >= cs && (x.lower(b) == "is" || x.lower(b) == "are" || x.lower(b) == "'s" || x.lower(b) == "’s")
		}
	}
	return false
}

// whereUnderFuture: an encounter told in the present inside a "where"
// clause whose main clause is a future ("will travel to Oslo, where he
// meets Y", "is to fly to Rome, where she holds talks with Z") happens
// where the trip is still to go: PLANNED. The past ("where he met Y")
// and a main clause of its own tense are left alone.
func (x *extractor) whereUnderFuture(si, cs int, tr trigger) bool {
	v := -1
	if tr.noun {
		v = x.timetableNounVerb(cs, tr.first)
	} else {
		switch w := x.lower(tr.first); {
		case timetableVerbs[w] || w == "hosts":
			v = tr.first
		case previewProgressive[w] && (x.lower(tr.first-1) == "is" || x.lower(tr.first-1) == "are"):
			v = tr.first - 1
		}
	}
	if v < 1 {
		return false
	}
	// "where he meets", "where the two leaders hold": a short subject
	wh := -1
	for k := v - 1; k >= cs && k >= v-4; k-- {
		if x.lower(k) == "where" {
			wh = k
			break
		}
		if x.d.Tokens[k].Kind != segment.Word {
			return false
		}
	}
	s := x.d.Sentences[si]
	if wh <= s.First || x.lower(wh-1) != "," {
		return false
	}
	// the future must be the clause the "where" hangs on: back to a past
	// motion verb ("the plan will pass, and X went to Oslo, where he
	// meets Y") or a coordinated clause of its own
	from := s.First
	for k := wh - 2; k > s.First; k-- {
		if x.d.Tokens[k].Has(segment.FlagInQuote) {
			continue
		}
		switch x.text(k) {
		case "will", "’ll", "'ll", "shall":
			return true
		}
		w := x.lower(k)
		if wherePastMotion[w] {
			return false
		}
		if w == ";" || (w == "and" || w == "but") && x.lower(k-1) == "," {
			from = k
			break
		}
	}
	return x.infinitiveCue(from, wh) // "is to fly to Rome, where ..."
}

// wherePastMotion are past verbs of travel: a "where" clause hanging on
// one ("flew to Oslo, where he meets Y") tells the trip made.
var wherePastMotion = map[string]bool{
	"went": true, "flew": true, "travelled": true, "traveled": true, "arrived": true,
	"came": true, "headed": true, "left": true, "returned": true, "drove": true, "moved": true,
}
