package events

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/actorgraph/actorgraph/internal/extract/segment"
	"github.com/actorgraph/actorgraph/internal/kg"
)

// visitSpanDates dates the undated encounters, from meeting n0 on, that
// the text places within a visit whose first day it gives (GUIDELINES
// 17.5, 19.20): "X arrived in Rabat on Monday. X, who is to meet King Y
// during his 24-hour visit, ..." or "X is visiting Z to ... meet Y" when
// another sentence says X arrived on Thursday. The encounter's day is not
// written, so it takes the most precise date holding the visit from its
// first day to its end: the stated length, else, for an encounter that
// has taken place, the reference date. A planned encounter in a visit of
// no stated length stays undated.
func (x *extractor) visitSpanDates(n0 int) {
	if x.ref.Precision() != kg.PrecisionDay {
		return // BBC: no first day can be resolved
	}
	for i := n0; i < len(x.out.Meetings); i++ {
		m := &x.out.Meetings[i]
		if m.Kind == kg.MeetingVisit || !m.Date.IsZero() || len(m.Participants) < 2 {
			continue
		}
		si := m.Span.First
		if si < 0 || si >= len(x.d.Sentences) {
			continue
		}
		v := x.startedVisitOf(m)
		if v == nil {
			continue
		}
		within := v.Span.First == si // the visit's own sentence names the encounter as its business
		if !within {
			within = x.duringVisitPhrase(si)
		}
		if !within || x.timeBesidesVisit(si) {
			continue
		}
		start := v.Date.Start()
		var end time.Time
		if n := x.visitLengthDays(si); n > 0 {
			end = start.AddDate(0, 0, n-1)
		} else if m.Status == kg.StatusOccurred {
			end = x.ref.Start()
		} else {
			continue // a planned encounter in an open-ended visit
		}
		if end.Before(start) {
			continue
		}
		var d kg.PartialDate
		switch {
		case start.Equal(end):
			d = v.Date
		case start.Year() != end.Year():
			continue
		case start.Month() != end.Month():
			d = kg.DateYear(start.Year())
		default:
			d = kg.DateMonth(start.Year(), int(start.Month()))
		}
		m.Date = d
		m.Rule += "+visit-span"
	}
}

// startedVisitOf is the visit of the article whose visitor is a party
// of m, that has begun by the reference date, and whose date is its
// first day: the visitor arrived, flew in or left for it that day (the
// rules that date a visit by its travel). Nil when there is none, or
// when that party visits more than one host: the encounter may belong to
// either. Other reports of the same visit (same host) are passed over.
func (x *extractor) startedVisitOf(m *Meeting) *Meeting {
	var found *Meeting
	host := -1
	for j := range x.out.Meetings {
		v := &x.out.Meetings[j]
		if v.Kind != kg.MeetingVisit || v == m || !hasVisitor(v, m) {
			continue
		}
		if h := hostOf(v); host >= 0 && h != host {
			return nil // two hosts: which visit is not said
		} else {
			host = h
		}
		if v.Status != kg.StatusOccurred || v.Date.Precision() != kg.PrecisionDay || !x.recentPast(v.Date) || !firstDayRule(v.Rule) {
			continue
		}
		if found != nil && found.Date != v.Date {
			return nil
		}
		found = v
	}
	return found
}

// hasVisitor reports a visit v one of whose visitors is a party of m.
func hasVisitor(v, m *Meeting) bool {
	for _, p := range v.Participants {
		if p.Role == "visitor" && hasParticipant(m, p.Entity) {
			return true
		}
	}
	return false
}

// firstDayRule reports a visit rule whose date is the day the visit
// began: travel verbs ("arrived in", "flew to", "left for"), "arrived
// here", and the arrival or first day carried from another sentence.
func firstDayRule(rule string) bool {
	base, _, _ := strings.Cut(rule, "+")
	switch base {
	case "visit:verb-travelled", "visit:arrived-here", "visit:verb-left-for":
		return !strings.Contains(rule, "+trip") // a trip's stop dated by the whole trip
	}
	return strings.Contains(rule, "+arrival-date")
}

func hasParticipant(m *Meeting, e int) bool {
	for _, p := range m.Participants {
		if p.Entity == e {
			return true
		}
	}
	return false
}

func hostOf(v *Meeting) int {
	for _, p := range v.Participants {
		if p.Role == "host" {
			return p.Entity
		}
	}
	return -1
}

// duringVisitPhrase reports a sentence that places its encounter in the
// visitor's visit by a possessive or definite phrase: "during his
// 24-hour official visit", "during the visit", "on her stay".
func (x *extractor) duringVisitPhrase(si int) bool {
	s := x.d.Sentences[si]
	for k := s.First; k+1 < s.Last; k++ {
		if x.d.Tokens[k].Has(segment.FlagInQuote) {
			continue
		}
		if w := x.lower(k); w != "during" && w != "throughout" {
			continue
		}
		switch x.lower(k + 1) {
		case "his", "her", "their", "the", "this":
		default:
			continue
		}
		for j := k + 2; j < s.Last && j <= k+6; j++ {
			switch x.lower(j) {
			case "visit", "stay", "trip":
				return true
			case ",", ";", "to", "of", "by":
				j = s.Last
			}
		}
	}
	return false
}

// timeBesidesVisit is ownTime without the visit phrase: a sentence that
// gives its encounter a time (a date, "earlier", a perfect), or a second
// visit noun with a place ("a visit to Paris"), is not dated by the span.
func (x *extractor) timeBesidesVisit(si int) bool {
	if x.datedOutsideQuotes(si) {
		return true
	}
	s := x.d.Sentences[si]
	for k := s.First; k < s.Last; k++ {
		if x.d.Tokens[k].Has(segment.FlagInQuote) {
			continue
		}
		if w := x.lower(k); w == "before" || w == "after" || orderingAdverb(w) || x.perfectAt(k) {
			return true
		}
	}
	return false
}

// visitLengthRe finds a visit of a stated length: "his 24-hour official
// visit", "a two-day visit", "a week-long stay".
var visitLengthRe = regexp.MustCompile(`\b(?:a|an|his|her|their)\s+(one|two|three|four|five|six|seven|eight|nine|ten|[1-9][0-9]?)?[- ]?(hour|day|week)(?:[- ]long)?\s+(?:[a-z]+\s+){0,2}?(?:visit|trip|stay)\b`)

// visitLengthDays is the number of calendar days that the visit whose
// length sentence si states can touch, or 0. A length in hours touches
// one day more than it fills: a 24-hour visit begun on Monday may end on
// Tuesday.
func (x *extractor) visitLengthDays(si int) int {
	s := x.d.Sentences[si]
	if s.Start >= s.End || s.End > len(x.d.Text) {
		return 0
	}
	text := strings.ToLower(x.d.Text[s.Start:s.End])
	loc := visitLengthRe.FindStringSubmatchIndex(text)
	if loc == nil {
		return 0
	}
	num := ""
	if loc[2] >= 0 {
		num = text[loc[2]:loc[3]]
	}
	n, ok := tripNumbers[num]
	if !ok {
		v, err := strconv.Atoi(num)
		if err != nil || v <= 0 {
			return 0
		}
		n = v
	}
	switch text[loc[4]:loc[5]] {
	case "hour":
		if n > 72 {
			return 0
		}
		return (n+23)/24 + 1
	case "week":
		return n * 7
	}
	return n
}
