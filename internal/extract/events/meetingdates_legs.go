package events

import (
	"github.com/actorgraph/actorgraph/internal/extract/segment"
	"github.com/actorgraph/actorgraph/internal/extract/timex"
	"github.com/actorgraph/actorgraph/internal/kg"
)

// tripLegVerbs are the verbs that open (true) or close (false) a trip:
// "X, who leaves for Japan tomorrow", "before returning to London on
// April 11".
var tripLegVerbs = map[string]bool{
	"leaves": true, "leave": true, "leaving": true, "departs": true, "depart": true, "departing": true,
	"returns": false, "return": false, "returning": false,
}

// tripLegsDate dates a planned encounter with no time of its own by the
// trip of its first party whose first day one sentence gives (it leaves
// on a day) and whose last day another gives (it returns on a day):
// GUIDELINES §19.20 and 17.5, the most precise date holding the whole
// trip. Both days must be the only day of their verb's clause, and the
// trip must last a month at most; else the unknown date.
func (x *extractor) tripLegsDate(m *Meeting, si int) kg.PartialDate {
	if x.ref.IsZero() || len(m.Participants) < 2 || x.ownTime(si) && !x.duringTripOnly(si) && !x.legOnlyTime(si) {
		return kg.PartialDate{}
	}
	who := m.Participants[0].Entity
	for _, p := range m.Participants {
		if p.Role == "visitor" {
			who = p.Entity
		}
	}
	var start, end kg.PartialDate
	soleTrip := x.soleVisitor(who)
	for p := range x.d.Sentences {
		s := x.d.Sentences[p]
		if s.Headline || s.Dateline {
			continue
		}
		if soleTrip {
			// "the tour is planned for May 2 to 5": the story's one trip
			if d := x.definiteTripDays(p); !d.IsZero() {
				return d
			}
		}
		if !x.mentionsEntity(p, who) {
			continue
		}
		for k := s.First; k < s.Last; k++ {
			opens, ok := tripLegVerbs[x.lower(k)]
			if !ok || x.d.Tokens[k].Has(segment.FlagInQuote) {
				continue
			}
			d := x.legDay(p, k)
			if d.IsZero() {
				continue
			}
			if opens {
				if !start.IsZero() && start != d {
					return kg.PartialDate{} // two departures: two trips
				}
				start = d
			} else {
				if !end.IsZero() && end != d {
					return kg.PartialDate{}
				}
				end = d
			}
		}
	}
	if start.IsZero() || end.IsZero() {
		return kg.PartialDate{}
	}
	a, b := start.Start(), end.Start()
	switch {
	case b.Before(a) || b.After(a.AddDate(0, 1, 0)):
		return kg.PartialDate{} // not one trip
	case a.Year() != b.Year():
		return kg.PartialDate{}
	case a.Month() != b.Month():
		return kg.DateYear(a.Year())
	}
	return kg.DateMonth(a.Year(), int(a.Month()))
}

// legDay is the day a trip verb at token k of sentence p is dated by: the
// one day expression within a few tokens after it, before any comma
// ("leaves for Japan tomorrow", "returning to London on April 11").
func (x *extractor) legDay(p, k int) kg.PartialDate {
	s := x.d.Sentences[p]
	var found kg.PartialDate
	for _, e := range x.encounterDates(p, true) {
		if e.First <= k || e.First > k+5 || e.Rel != timex.At || e.Range || x.d.Tokens[e.First].Has(segment.FlagInQuote) {
			continue
		}
		if e.Date.Precision() != kg.PrecisionDay {
			return kg.PartialDate{}
		}
		for j := k + 1; j < e.First && j < s.Last; j++ {
			if w := x.lower(j); w == "," || w == ";" || w == "and" {
				return kg.PartialDate{}
			}
		}
		if !found.IsZero() {
			return kg.PartialDate{}
		}
		found = e.Date
	}
	return found
}

// duringTripOnly reports a sentence whose only word on the time of its
// encounter is a phrase placing it in a trip ("During the trip X will
// meet Y", "during his visit"): no date expression, no ordering adverb.
func (x *extractor) duringTripOnly(si int) bool {
	if x.datedOutsideQuotes(si) {
		return false
	}
	s := x.d.Sentences[si]
	found := false
	for k := s.First; k < s.Last; k++ {
		if x.d.Tokens[k].Has(segment.FlagInQuote) {
			continue
		}
		switch x.lower(k) {
		case "during":
			switch x.lower(k + 1) {
			case "the", "his", "her", "their", "this", "that":
			default:
				return false
			}
			noun := false
			for j := k + 2; j < s.Last && j <= k+4; j++ {
				switch x.lower(j) {
				case "trip", "visit", "tour", "stay":
					noun = true
				}
			}
			if !noun {
				return false
			}
			found = true
		case "earlier", "previously", "recently", "already", "ago", "last", "since", "later", "then", "past", "before", "after", "had", "has", "have":
			return false
		}
	}
	return found
}

// legOnlyTime reports a sentence whose only date expressions date its
// trip verbs ("will also visit Egypt before returning to Oslo on March
// 21"): the stop it tells lies inside the trip those days bound.
func (x *extractor) legOnlyTime(si int) bool {
	s := x.d.Sentences[si]
	legs := 0
	for k := s.First; k < s.Last; k++ {
		if x.d.Tokens[k].Has(segment.FlagInQuote) {
			continue
		}
		w := x.lower(k)
		if _, ok := tripLegVerbs[w]; ok && !x.legDay(si, k).IsZero() {
			legs++
			continue
		}
		switch w {
		case "earlier", "previously", "recently", "already", "ago", "last", "since", "later", "then", "past", "after", "had", "has", "have":
			return false
		}
	}
	n := 0
	for _, e := range x.encounterDates(si, false) {
		if !x.d.Tokens[e.First].Has(segment.FlagInQuote) {
			n++
		}
	}
	return legs > 0 && n == legs
}

// soleVisitor reports a story whose every visit found has visitor who
// alone: "the trip" it speaks of is who's.
func (x *extractor) soleVisitor(who int) bool {
	n := 0
	for i := range x.out.Meetings {
		m := &x.out.Meetings[i]
		if m.Kind != kg.MeetingVisit {
			continue
		}
		for _, p := range m.Participants {
			if p.Role == "visitor" && p.Entity != who {
				return false
			}
		}
		n++
	}
	return n > 0
}

// definiteTripDays is the month of a run of days within one month that
// sentence p gives a definite trip noun ("the tour is planned for May 2
// to 5", "the visit runs from May 3 to 7"), or the unknown date.
func (x *extractor) definiteTripDays(p int) kg.PartialDate {
	s := x.d.Sentences[p]
	for k := s.First + 1; k < s.Last; k++ {
		switch x.lower(k) {
		case "trip", "visit", "tour", "stay":
		default:
			continue
		}
		if x.lower(k-1) != "the" || x.d.Tokens[k].Has(segment.FlagInQuote) {
			continue
		}
		for _, e := range x.encounterDates(p, true) {
			if e.First <= k || e.First > k+5 || e.Date.Precision() != kg.PrecisionDay || x.d.Tokens[e.First].Has(segment.FlagInQuote) {
				continue
			}
			for j := k + 1; j < e.First; j++ {
				if w := x.lower(j); w == "," || w == ";" {
					return kg.PartialDate{}
				}
			}
			w := x.lower(e.Last)
			if e.Range || (w == "to" || w == "through" || w == "until") && e.Last+1 < s.Last && x.d.Tokens[e.Last+1].Kind == segment.Number {
				a := e.Date.Start()
				return kg.DateMonth(a.Year(), int(a.Month()))
			}
		}
	}
	return kg.PartialDate{}
}
