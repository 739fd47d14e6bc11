package events

import (
	"time"

	"github.com/actorgraph/actorgraph/internal/extract/segment"
	"github.com/actorgraph/actorgraph/internal/kg"
)

// plannedSpanDate dates a planned encounter with no date of its own by a
// span its sentence names relative to the reference day, as GUIDELINES
// §9 dates "next week": the finest date holding the whole span. Two
// spans: "at (or by) the end of the month" (this month, or next month's
// end for "the end of next month"), and "the week after" a "next week"
// told before it in the sentence, or "the week after next" (the week
// after next week). A month named before the phrase may be the month
// meant ("in March ..., at the end of the month"), so none may be.
func (x *extractor) plannedSpanDate(si int) kg.PartialDate {
	if x.ref.Precision() != kg.PrecisionDay {
		return kg.PartialDate{}
	}
	s := x.d.Sentences[si]
	nextWeek := false
	for k := s.First; k < s.Last; k++ {
		if x.d.Tokens[k].Has(segment.FlagInQuote) {
			continue
		}
		w := x.lower(k)
		if segment.IsMonth(x.text(k)) && x.d.Tokens[k].Has(segment.FlagCap) {
			return kg.PartialDate{} // "in March ..., at the end of the month"
		}
		switch {
		case w == "next" && x.lower(k+1) == "week" && k+1 < s.Last:
			nextWeek = true
		case w == "end" && k+3 < s.Last && x.lower(k-1) == "the" && x.lower(k+1) == "of" && x.lower(k+3) == "month":
			switch x.lower(k - 2) {
			case "at", "by", "toward", "towards", "before":
			default:
				continue
			}
			ref := x.ref.Start()
			switch x.lower(k + 2) {
			case "the", "this":
				return kg.DateMonth(ref.Year(), int(ref.Month()))
			case "next":
				t := time.Date(ref.Year(), ref.Month()+1, 1, 0, 0, 0, 0, time.UTC)
				return kg.DateMonth(t.Year(), int(t.Month()))
			}
		case w == "week" && k+1 < s.Last && x.lower(k-1) == "the" && x.lower(k+1) == "after":
			if !nextWeek && !(k+2 < s.Last && x.lower(k+2) == "next") {
				continue
			}
			// the week after next week: Monday to Sunday two weeks on
			t := x.ref.Start()
			mon := t.AddDate(0, 0, -((int(t.Weekday())+6)%7)+14)
			sun := mon.AddDate(0, 0, 6)
			if mon.Year() != sun.Year() {
				return kg.PartialDate{}
			}
			if mon.Month() != sun.Month() {
				return kg.DateYear(mon.Year())
			}
			return kg.DateMonth(mon.Year(), int(mon.Month()))
		}
	}
	return kg.PartialDate{}
}
