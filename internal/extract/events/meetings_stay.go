package events

import (
	"github.com/actorgraph/actorgraph/internal/extract/segment"
	"github.com/actorgraph/actorgraph/internal/kg"
)

// stayUnit words end the length of a stay: "spent two days", "will
// spend a week", "spent the weekend".
func stayUnit(w string) bool {
	switch w {
	case "day", "days", "week", "weeks", "night", "nights", "month", "months", "hours", "fortnight", "weekend":
		return true
	}
	return false
}

// stayCount words may stand before the unit: "two", "several", "a
// couple of", "the past three", "another".
func stayCount(w string) bool {
	switch w {
	case "a", "an", "the", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
		"several", "few", "couple", "of", "past", "last", "next", "first", "another", "more", "some", "full":
		return true
	}
	return false
}

// spentStayTrigger reads "spent three days in Kenya", "will spend a week
// in Oslo", "spent a day at the start of the month in Oslo" at
// the verb (token i): a stay abroad, read like "is in" (GUIDELINES §7: a
// visit; the post and the country are checked once the visitor is
// known). The trigger ends on "in", whose place follows; the stay's
// place must be a country or a capital, so "spent two years in prison"
// or "spent a week in talks" is none.
func (x *extractor) spentStayTrigger(i, last int, t trigger) (trigger, bool) {
	j := i + 1
	for j < last && j < i+5 && (stayCount(x.lower(j)) || x.d.Tokens[j].Kind == segment.Number) {
		j++
	}
	if j == i+1 || j >= last || !stayUnit(x.lower(j)) {
		return t, false
	}
	// the time of the stay may come between the length and the place:
	// "at the start of the month", "this month", "earlier"
	for k := j + 1; k < last && k < j+8; k++ {
		tk := x.d.Tokens[k]
		if tk.Kind != segment.Word && tk.Kind != segment.Number || tk.Has(segment.FlagInQuote) {
			return t, false
		}
		w := x.lower(k)
		if w == "in" {
			if k+1 >= last || !x.placeAt(k+1) {
				// the place must be in the sentence, as for "stop in"
				// and "due in"
				return t, false
			}
			t.kind, t.rule = kg.MeetingVisit, "visit:spent-days-in"
			t.last = k
			return t, true
		}
		if tk.Has(segment.FlagCap) && x.g.Weekday(x.text(k)) == 0 || finiteVerb(w) || w == "and" || w == "with" {
			return t, false
		}
	}
	return t, false
}

// stayRule reports the rules of meetings_stay.go, read like "travelled
// to": the place follows the trigger's last word, and the visitor must
// hold a post.
func stayRule(rule string) bool {
	return rule == "visit:spent-days-in" || rule == "visit:verb-stopped-in" || rule == "visit:due-in"
}

// stopInTrigger reads the verb "stop" with "in" and a country or capital
// ("will then stop in Oslo for talks", "stopped off in Cairo"): a
// stop on a trip is a visit (GUIDELINES §7: a tour's stops in named
// countries are). The noun ("a stop in Cairo", "made stops in") and a
// stop of something else ("the fighting stopped in Gaza") are left out:
// the visitor must hold a post, checked once known.
func (x *extractor) stopInTrigger(i, last int, t trigger) (trigger, bool) {
	switch x.lower(i - 1) {
	case "a", "an", "the", "his", "her", "their", "its", "first", "last", "brief", "short", "next", "one", "made", "make", "makes", "making", "two", "three", "several":
		return t, false
	}
	if i > 0 && x.d.Tokens[i-1].Has(segment.FlagPossessive) {
		return t, false
	}
	j := i + 1
	if w := x.lower(j); w == "off" || w == "over" || w == "briefly" {
		j++
	}
	if j+1 >= last || x.lower(j) != "in" || !x.placeAt(j+1) {
		return t, false
	}
	t.kind, t.rule = kg.MeetingVisit, "visit:verb-stopped-in"
	t.last = j
	return t, true
}

// coordinatedStaySubject reads the subject of a stay verb joined by
// "and" to an earlier verb of its clause ("X said he and Y will leave
// May 3 and spend two weeks in Z"): the subject found before that
// verb's auxiliary (a modal, "be" or "have") rather than the sentence's
// subject; nil when no auxiliary stands within ten words before "and"
// ("he and Y left and spent ...": the default subject is kept).
func (x *extractor) coordinatedStaySubject(si, cs, i int) []int {
	if i-2 < cs || x.lower(i-1) != "and" {
		return nil
	}
	for v := i - 2; v > cs && v >= i-10; v-- {
		if x.d.Tokens[v].Has(segment.FlagInQuote) {
			return nil
		}
		switch w := x.lower(v); w {
		case "will", "would", "shall", "may", "might", "could", "should", "must", "is", "are", "was", "were", "has", "have", "had":
			return x.subjectBefore(si, v)
		case ",", ";", "said", "says", "told":
			return nil
		}
	}
	return nil
}

// visitMadeBy reads a relative clause right after a visit noun that
// names its maker and its destination: "the visit she will make to
// Oslo", "the trip that Minister X paid to Oslo". It returns the
// maker (a person) and the token of "to", or -1.
func (x *extractor) visitMadeBy(si, k int) (int, int) {
	s := x.d.Sentences[si]
	if k < s.Last && (x.lower(k) == "that" || x.lower(k) == "which") {
		k++
	}
	if k >= s.Last {
		return -1, -1
	}
	mi := x.mentionAt(k)
	if pm := x.titledPersonAt(si, k); pm >= 0 {
		mi = int32(pm) // "Saudi King Fahd": the name after its title
	} else if mi < 0 || x.md.Mentions[mi].First != k {
		return -1, -1
	}
	if x.md.Mentions[mi].Possessive || x.md.Mentions[mi].InQuote {
		return -1, -1
	}
	e := x.actor(int(mi))
	if !x.isPerson(e) {
		return -1, -1
	}
	j := x.md.Mentions[mi].Last
	for n := 0; j < s.Last && n < 4; n++ {
		switch x.lower(j) {
		case "will", "would", "is", "was", "has", "had", "to", "due", "scheduled", "expected", "plans", "planned", "also", "recently", "just":
			j++
			continue
		}
		break
	}
	switch x.lower(j) {
	case "make", "makes", "made", "making", "pay", "pays", "paid", "paying":
	default:
		return -1, -1
	}
	if j+1 >= s.Last || x.lower(j+1) != "to" {
		return -1, -1
	}
	return e, j + 1
}

// thatOpener reports a time phrase holding the trigger at token i that
// opens a clause after "that" ("X claimed that during a trip to Y, Z
// refused ...", "said that after meeting Y, Z would ..."): the clause's
// subject comes after the phrase's comma, as for a sentence opening
// with it (subjectAfterOpener).
func (x *extractor) thatOpener(si, i int) bool {
	s := x.d.Sentences[si]
	for k := i; k > s.First+1 && k > i-8; k-- {
		w := x.lower(k)
		if x.text(k) == "," || x.d.Tokens[k].Has(segment.FlagInQuote) {
			return false
		}
		switch w {
		case "after", "before", "while", "during", "following", "at", "in", "on":
			if x.lower(k-1) == "that" {
				return true
			}
		}
	}
	return false
}

// dueTrigger reads an expected arrival at a form of "be" (token i): "X is
// due here on Friday", "an IMF team is expected here next month" (the
// dateline's country), "X is due in Oslo on Monday", "was expected in
// Norway next week" (a country or capital). An arrival expected is a
// planned visit (GUIDELINES §7); "a decision is expected in April" has
// no visitor and "is due in court" no country.
func (x *extractor) dueTrigger(i, last int, t trigger) (trigger, bool) {
	j := i + 1
	if w := x.lower(j); w != "due" && w != "expected" {
		return t, false
	}
	j++
	if w := x.lower(j); w == "back" || w == "to" {
		return t, false // "due back in Oslo", "expected to ..." (read by the verb)
	}
	switch {
	case j < last && x.lower(j) == "here" && x.hereCountry() >= 0:
		t.kind, t.rule = kg.MeetingVisit, "visit:arrived-here"
		t.last = j + 1
		return t, true
	case j+1 < last && x.lower(j) == "in" && x.placeAt(j+1):
		t.kind, t.rule = kg.MeetingVisit, "visit:due-in"
		t.last = j
		return t, true
	}
	return t, false
}

// dueVisit reports a trigger read by dueTrigger.
func (x *extractor) dueVisit(tr trigger) bool {
	if tr.rule != "visit:arrived-here" && tr.rule != "visit:due-in" {
		return false
	}
	w := x.lower(tr.first + 1)
	return w == "due" || w == "expected"
}
