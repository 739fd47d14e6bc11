package events

import (
	"github.com/actorgraph/actorgraph/internal/extract/mentions"
	"github.com/actorgraph/actorgraph/internal/extract/segment"
	"github.com/actorgraph/actorgraph/internal/kg"
)

// encounterNouns are the noun triggers a time preposition or a verb of
// putting off can govern as an event still to come.
var encounterNouns = map[string]bool{
	"talks": true, "meeting": true, "meetings": true, "negotiations": true,
	"discussions": true, "summit": true, "visit": true, "trip": true,
	"consultations": true, "tour": true,
}

// nounGovernor is the word that governs the encounter noun at token i
// over phraseFiller words ("before next week's talks": "before"; "put
// off his planned visit": "off"), within the clause from cs and outside a
// quotation, or -1.
func (x *extractor) nounGovernor(cs, i int) int {
	if !encounterNouns[x.lower(i)] {
		return -1
	}
	k := i - 1
	for k >= cs && k >= i-4 && x.phraseFiller(k) {
		k--
	}
	if k < cs || x.d.Tokens[k].Has(segment.FlagInQuote) {
		return -1
	}
	return k
}

// phraseFiller may stand between a preposition or a verb and its noun
// trigger: determiners, possessives, time and kind adjectives ("before
// next week's trade talks", "put off his planned visit").
func (x *extractor) phraseFiller(k int) bool {
	w := x.lower(k)
	if isDeterminerWord(w) {
		return true
	}
	switch w {
	case "his", "her", "its", "their", "our", "my", "your", "'s", "’s",
		"trade", "peace", "debt", "official", "state", "formal", "new", "fresh",
		"further", "bilateral", "weekend", "emergency", "planned", "scheduled",
		"expected", "proposed", "crucial", "key", "high-level", "two-day",
		"three-day", "one-day", "first", "next", "week's", "month's", "merger",
		"annual", "ministerial", "crisis", "direct", "week", "month":
		return true
	}
	return false
}

// beforeNoun: the noun trigger at token i is the object of "before" or
// "prior to" ("cut duties on fish hours before talks with X"): the
// preposition places the encounter after the clause's act and does not
// report it as held (GUIDELINES §7). "before" after a verb of speaking or
// appearing means "in front of" ("testified before a meeting of the
// panel"), and a past perfect clause ("had resigned before talks with
// Y") tells a past seen from a later past: both are left alone.
func (x *extractor) beforeNoun(cs, i int) bool {
	k := x.nounGovernor(cs, i)
	if k < 0 {
		return false
	}
	if k == i-1 && x.lower(i) == "meeting" {
		return false // "before meeting with Y": a gerund, read as the verb it is
	}
	switch {
	case x.lower(k) == "before":
	case x.lower(k) == "to" && x.lower(k-1) == "prior":
		k--
	default:
		return false
	}
	p := k - 1
	for p >= cs && beforeDegree[x.lower(p)] {
		p--
	}
	if p >= cs {
		switch w := x.lower(p); w {
		case "testified", "testify", "testifies", "testifying", "spoke", "speak", "speaks", "speaking",
			"appeared", "appear", "appears", "appearing", "brought", "bring", "put", "placed", "laid",
			"testimony", "statement", "remarks", "come", "came", "went", "go":
			return false
		default:
			if mentions.IsSpeechVerb(w) {
				return false
			}
		}
	}
	for j := k - 1; j >= cs && j >= k-12; j-- {
		switch x.lower(j) {
		case "had", "'d", "’d":
			return false
		case ";":
			j = cs
		}
	}
	// "before talks with Y began": a clause, whose own past tense tells
	// the talks were held
	for j := i + 1; j < len(x.d.Tokens) && j <= i+12; j++ {
		w := x.lower(j)
		if w == "," || w == ";" || w == "." || w == ":" {
			break
		}
		if beforeClausePast[w] {
			return false
		}
	}
	return true
}

// beforeClausePast are past verbs that make "before talks with Y ..." a
// clause of its own about talks already held.
var beforeClausePast = map[string]bool{
	"began": true, "begun": true, "opened": true, "started": true, "ended": true,
	"resumed": true, "broke": true, "collapsed": true, "stalled": true, "failed": true,
	"closed": true, "concluded": true, "took": true, "was": true, "were": true,
	"had": true, "got": true,
}

// beforeDegree words measure "before" ("shortly before", "hours before").
var beforeDegree = map[string]bool{
	"shortly": true, "just": true, "immediately": true, "only": true, "even": true,
	"hours": true, "days": true, "minutes": true, "weeks": true, "long": true,
	"well": true, "soon": true,
}

// putOffVerbs put an encounter off without holding it; planned() already
// reads "postponed", "cancelled", "scrapped".
var putOffVerbs = map[string]bool{
	"delayed": true, "delay": true, "delays": true, "delaying": true,
	"deferred": true, "defer": true, "defers": true, "deferring": true,
	"shelved": true, "shelve": true, "shelves": true, "shelving": true,
	"rescheduled": true, "reschedule": true, "reschedules": true,
	"postpone": true, "postpones": true, "postponing": true,
	"cancel": true, "cancels": true, "cancelling": true, "canceling": true,
	"abandoned": true, "abandon": true, "abandons": true,
}

// putOffNoun: the noun trigger at token i is the object of a verb of
// putting off ("delayed his visit to X", "put off the talks with Y",
// "pushed back a meeting with Z"): an encounter not held, PLANNED as a
// cancelled one is (GUIDELINES §7). Only determiners and adjectives may
// stand between, so "delayed the start of the meeting" is left alone.
func (x *extractor) putOffNoun(cs, i int) bool {
	k := x.nounGovernor(cs, i)
	if k < 0 {
		return false
	}
	w := x.lower(k)
	if putOffVerbs[w] {
		// "abandoned talks" also reads as talks broken off, held before
		if w == "abandoned" || w == "abandon" || w == "abandons" {
			return false
		}
		return true
	}
	if w == "off" || w == "back" {
		switch x.lower(k - 1) {
		case "put", "puts", "putting", "pushed", "push", "pushes", "pushing":
			return w == "back" || x.lower(k-1) != "pushed" && x.lower(k-1) != "push"
		}
	}
	return false
}

// pastDepartureVerbs tell a traveller set off, not arrived.
var pastDepartureVerbs = map[string]bool{
	"left": true, "departed": true,
}

// departedFor: the noun trigger at token i (not a visit) is what a
// traveller "left" or "set off" somewhere for ("left Oslo for a
// tour of Africa and talks with X", "set off for Nairobi for talks with
// Y"): the trip is under way, the talks it is for are still ahead.
// "arrived", "flew to", "came to" put the traveller there and are left to
// the clause; a time clause ("after", "when") is read elsewhere.
func (x *extractor) departedFor(cs, i int) bool {
	if !encounterNouns[x.lower(i)] || x.lower(i) == "visit" || x.lower(i) == "trip" || x.lower(i) == "tour" {
		return false
	}
	sawFor := false
	for k := i - 1; k >= cs && k >= i-14; k-- {
		if x.d.Tokens[k].Has(segment.FlagInQuote) {
			return false
		}
		w := x.lower(k)
		switch {
		case w == "for":
			sawFor = true
		case w == "," || w == ";" || w == ":" || w == "after" || w == "when" || w == "before" || w == "since" || w == "from" || w == "during" || w == "following":
			return false
		case mentions.IsSpeechVerb(w):
			return false
		case pastDepartureVerbs[w] || w == "off" && x.lower(k-1) == "set" || w == "out" && x.lower(k-1) == "set":
			if !sawFor {
				return false
			}
			v := k
			if w == "off" || w == "out" {
				v = k - 1
			}
			switch x.lower(v - 1) {
			case "had", "having", "was", "were", "is", "are", "be", "been", "to", "will", "would":
				return false // "had left for talks": a past seen from a later past
			}
			return true
		}
	}
	return false
}

// timetableVerbs are verb triggers whose simple present with a weekday
// reads as a timetable ("flies to Oslo on Friday"); presentScheduleWeekday
// reads "meets" and "visits" when the story has a reference day.
var timetableVerbs = map[string]bool{
	"meets": true, "visits": true, "flies": true, "travels": true,
	"arrives": true, "goes": true, "heads": true,
}

// timetableNounVerbs open a noun trigger in the present of a timetable
// ("holds talks with X on Friday", "begins a visit on Sunday").
var timetableNounVerbs = map[string]bool{
	"starts": true, "begins": true, "opens": true, "holds": true, "pays": true, "makes": true,
}

// presentTimetable: the trigger is a simple present followed in its
// clause by "on" or "next" and a weekday ("X flies to Oslo on Friday",
// "X meets Y on Friday" in a story with no reference date): the present
// of a timetable tells what is still to come. A story with a reference
// day naming its own weekday ("meets Y on Tuesday" on a Tuesday) is the
// day's news, left alone; so are time and relative clauses, which other
// rules read.
func (x *extractor) presentTimetable(si, cs int, tr trigger) bool {
	v := -1
	if !tr.noun {
		w := x.lower(tr.first)
		if !timetableVerbs[w] || (w == "meets" || w == "visits") && x.ref.Precision() == kg.PrecisionDay {
			return false // presentScheduleWeekday's own case
		}
		v = tr.first
	} else {
		if x.ref.Precision() == kg.PrecisionDay {
			return false // presentScheduleWeekday's own case
		}
		v = x.timetableNounVerb(cs, tr.first)
	}
	wd := x.timetableWeekday(si, v, tr) // meetingdates.go
	return wd != "" && (x.ref.Precision() != kg.PrecisionDay || x.ref.Start().Weekday().String() != wd)
}
