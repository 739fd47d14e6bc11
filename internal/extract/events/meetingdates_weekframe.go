package events

import (
	"github.com/actorgraph/actorgraph/internal/extract/segment"
	"github.com/actorgraph/actorgraph/internal/kg"
)

// weekdayNames are the weekdays' names, in lower case.
var weekdayNames = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true,
	"friday": true, "saturday": true, "sunday": true,
}

// nextWeekFrameDate widens the day of a planned encounter dated d by a
// bare weekday ("on Thursday") when an earlier clause of the story has
// already moved the time on to next week ("will hold meetings next week
// ... technical talks next Monday and Tuesday. ... on Thursday and
// Friday X would meet Y"): the weekday may be this week's, read from the
// reference day, or next week's, read on from the sequence the text
// sets up (GUIDELINES 15.3). Both fit the text, so the finest date
// holding both days (§9: as precise as the text allows, never more).
// The unknown date when no such frame comes before the weekday.
func (x *extractor) nextWeekFrameDate(si int, d kg.PartialDate) kg.PartialDate {
	if d.Precision() != kg.PrecisionDay || x.ref.Precision() != kg.PrecisionDay {
		return kg.PartialDate{}
	}
	at := -1
	for _, e := range x.encounterDates(si, true) {
		if e.Date != d || e.Last-e.First > 4 || x.d.Tokens[e.First].Has(segment.FlagInQuote) || !weekdayNames[x.lower(e.First)] {
			continue
		}
		switch x.lower(e.First - 1) {
		case "this", "next", "last":
			continue // "next Thursday" sets its own week
		}
		at = e.First
		break
	}
	if at < 0 {
		return kg.PartialDate{}
	}
	s := x.d.Sentences[si]
	alt := d.Start().AddDate(0, 0, 7)
	for p := si; p >= 0 && p >= si-2; p-- {
		ps := x.d.Sentences[p]
		if ps.Headline || ps.Dateline || ps.Para != s.Para && p != si-1 {
			break
		}
		for _, e := range x.encounterDates(p, true) {
			if p == si && e.First >= at || x.d.Tokens[e.First].Has(segment.FlagInQuote) || x.lower(e.First) != "next" {
				continue
			}
			frame := e.Date
			if frame.Precision() == kg.PrecisionDay && frame.Start().After(d.Start()) ||
				x.lower(e.First+1) == "week" && frame.Start().After(d.Start()) {
				a := d.Start()
				switch {
				case a.Year() != alt.Year():
					return kg.PartialDate{}
				case a.Month() != alt.Month():
					return kg.DateYear(a.Year())
				}
				return kg.DateMonth(a.Year(), int(a.Month()))
			}
		}
	}
	return kg.PartialDate{}
}
