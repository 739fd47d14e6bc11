package events

import (
	"github.com/actorgraph/actorgraph/internal/extract/segment"
	"github.com/actorgraph/actorgraph/internal/kg"
)

// pastClauseMonth reports the month of a planned encounter that the
// future reading placed after the reference month when the clause that
// governs the month is told in the past ("In February, X was invited to
// Caracas for talks", "was proposed by X during a trip to the U.S. in
// September"): the month is the past act's (the invitation, the
// proposal), read forward only because the encounter is planned. A
// meeting is dated only by what the text says about it (GUIDELINES §9),
// so the planned encounter has no date of its own.
func (x *extractor) pastClauseMonth(si int, d kg.PartialDate) bool {
	if d.Precision() != kg.PrecisionMonth || x.ref.Precision() < kg.PrecisionMonth || d.Compare(kg.DateMonth(x.ref.Year, x.ref.Month)) <= 0 {
		return false
	}
	ahead := x.encounterDates(si, true)
	past := x.encounterDates(si, false)
	for _, e := range ahead {
		if e.Date != d || !e.Relative || e.Ahead || x.d.Tokens[e.First].Has(segment.FlagInQuote) {
			continue
		}
		for _, p := range past {
			if p.First != e.First || p.Date.Month != d.Month || p.Date.Compare(d) >= 0 {
				continue
			}
			if x.pastVerbGoverns(si, e.First, e.Last) {
				return true
			}
		}
	}
	return false
}

// pastVerbGoverns reports a passive or pluperfect past ("was invited",
// "were told", "had met") as the nearest verb group before the date
// expression at tokens [first, last), or, for a date that opens its
// sentence ("In February, ..."), the first one after it; a future or
// modal word, or "to" before a bare verb, met first says the clause is
// ahead.
func (x *extractor) pastVerbGoverns(si, first, last int) bool {
	s := x.d.Sentences[si]
	check := func(k int) (decided, isPast bool) {
		if x.d.Tokens[k].Has(segment.FlagInQuote) {
			return true, false
		}
		w := x.lower(k)
		switch w {
		case "will", "would", "shall", "'ll", "could", "may", "might", "should", "plans", "plan", "planned", "expected", "scheduled", "due", "set", "next", "later", ";":
			return true, false
		case "to":
			if n := x.lower(k + 1); k+1 < s.Last && x.d.Tokens[k+1].Kind == segment.Word && !x.d.Tokens[k+1].Has(segment.FlagCap) && !functionWord(n) && !isDeterminerWord(n) && !possessiveDeterminer(n) {
				return true, false // "to hold talks"
			}
		case "was", "were", "had":
			if k+1 < s.Last && participle(x.lower(k+1)) {
				return true, true
			}
		}
		return false, false
	}
	for k := first - 1; k >= s.First && k >= first-14; k-- {
		if decided, past := check(k); decided {
			return past
		}
	}
	if first == s.First || first == s.First+1 {
		// "In February, X was invited": the clause after the opener
		for k := last; k < s.Last && k <= last+10; k++ {
			if decided, past := check(k); decided {
				return past
			}
		}
	}
	return false
}
