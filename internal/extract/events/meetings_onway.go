package events

import (
	"github.com/actorgraph/actorgraph/internal/extract/mentions"
	"github.com/actorgraph/actorgraph/internal/kg"
)

// onWayTrigger reads a traveller's route at "way" (token i): "is on her
// way to Peru" is a trip not yet made, read like "is heading for Peru"
// (PLANNED); "on her way back from Oslo" tells a stay that is over, read
// like "returning from Oslo" (OCCURRED). Only a person's possessive
// counts ("on its way to" is a ship's or a bill's), and the place must
// follow the preposition at once; the post and the host country are
// checked once the traveller is known, as for the verbs.
func (x *extractor) onWayTrigger(i, last int, t trigger) (trigger, bool) {
	if i < 2 || x.lower(i-2) != "on" {
		return t, false
	}
	if p := x.lower(i - 1); p != "his" && p != "her" && p != "their" {
		return t, false
	}
	// the trigger opens at "on", so the traveller is read before the
	// phrase as before a verb ("X is on his way", "X, on his way ...,")
	t.first = i - 2
	j := i + 1
	switch x.lower(j) {
	case "to":
		if j+1 >= last || !x.placeAt(j+1) {
			return t, false // "on his way to work", "on their way to a game"
		}
		t.kind, t.rule = kg.MeetingVisit, "visit:verb-left-for"
		t.last = j
		return t, true
	case "home", "back":
		j++
	}
	t.first = x.stayBeforeWay(i - 2)
	if j+1 >= last || x.lower(j) != "from" || !x.placeAt(j+1) {
		return t, false // "on his way home", "on his way home after surgery"
	}
	t.kind, t.rule = kg.MeetingVisit, "visit:returned-from"
	t.last = j
	return t, true
}

// stayBeforeWay moves the start of a "from" route back over the stop
// that comes before it ("is in Lima on her way back from Oslo", "X,
// during a short stop in Lima on her way back from Oslo,"),
// so that the traveller is read before the stop as before a verb: to the
// preposition of the stop's place, and over a visit noun to the
// preposition that opens it. on is the token "on".
func (x *extractor) stayBeforeWay(on int) int {
	mi := x.mentionAt(on - 1)
	if mi < 0 {
		return on
	}
	m := &x.md.Mentions[mi]
	if m.Last != on || m.Kind != mentions.Place && m.Kind != mentions.Country || m.First < 1 {
		return on
	}
	f := m.First - 1
	if p := x.lower(f); p != "in" && p != "to" && p != "at" {
		return on
	}
	switch x.lower(f - 1) {
	case "visit", "trip", "stop", "stopover", "stay":
		for j := f - 2; j >= 0 && j >= f-6; j-- {
			switch x.lower(j) {
			case "during", "on", "after", "in":
				return j
			case ",", ".", ";":
				return f
			}
		}
	}
	return f
}
