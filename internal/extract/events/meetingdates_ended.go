package events

import (
	"strconv"
	"strings"

	"github.com/actorgraph/actorgraph/internal/extract/segment"
	"github.com/actorgraph/actorgraph/internal/extract/timex"
	"github.com/actorgraph/actorgraph/internal/kg"
)

// endedSpanDate dates talks of a stated length whose last day the
// sentence gives but whose first it never states ("two days of talks
// which ended in Washington yesterday", "three-day talks that concluded
// on Friday"): GUIDELINES 20.31, the most precise date holding the
// whole run of days, the month when it lies in one; last is the end
// day written, which a date picked by its nearness would have given the
// talks. The length must open the talks' phrase, and the end verb and
// its day follow within a few words; else the unknown date.
func (x *extractor) endedSpanDate(si int) (span, last kg.PartialDate) {
	if x.ref.Precision() != kg.PrecisionDay {
		return
	}
	s := x.d.Sentences[si]
	for k := s.First; k < s.Last; k++ {
		if x.d.Tokens[k].Has(segment.FlagInQuote) || !talksNoun(x.lower(k)) {
			continue
		}
		n := x.talksLength(k)
		if n < 2 {
			continue
		}
		// the end verb right after the noun ("talks ended") or opening a
		// relative clause on it, over its parties ("talks with X which
		// ended"); a comma ends the search
		endVerb := -1
		for j := k + 1; j < s.Last && j <= k+10 && endVerb < 0; j++ {
			switch w := x.lower(j); w {
			case "ended", "concluded", "closed", "finished":
				if p := x.lower(j - 1); j == k+1 || p == "which" || p == "that" {
					endVerb = j
				}
			case ",", ";", ":":
				j = s.Last
			}
		}
		if endVerb < 0 {
			continue
		}
		for _, e := range x.encounterDates(si, false) {
			if e.First <= endVerb || e.First > endVerb+4 || e.Rel != timex.At || e.Date.Precision() != kg.PrecisionDay {
				continue
			}
			end := e.Date.Start()
			first := end.AddDate(0, 0, -(n - 1))
			switch {
			case first.Year() != end.Year():
				return kg.PartialDate{}, e.Date
			case first.Month() != end.Month():
				return kg.DateYear(first.Year()), e.Date
			}
			return kg.DateMonth(first.Year(), int(first.Month())), e.Date
		}
	}
	return
}

// countOf reads a small count written as a word or in digits; 0 when
// w is none ("several", "few").
func countOf(w string) int {
	if w == "" {
		return 0
	}
	if n, ok := tripNumbers[w]; ok {
		return n
	}
	if n, err := strconv.Atoi(w); err == nil && n > 0 && n < 32 {
		return n
	}
	return 0
}

func talksNoun(w string) bool {
	return w == "talks" || w == "negotiations" || w == "meetings"
}

// talksLength reads the length written before the talks noun at token
// k: "two days of (emergency) talks" or "two-day (trade) talks"; 0 when
// none.
func (x *extractor) talksLength(k int) int {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		w := x.lower(j)
		if i := strings.Index(w, "-day"); i > 0 && i+4 == len(w) {
			return countOf(w[:i])
		}
		if w == "of" && j >= 2 && x.lower(j-1) == "days" {
			return countOf(x.lower(j - 2))
		}
		t := x.d.Tokens[j]
		if t.Kind != segment.Word || functionWord(w) {
			return 0
		}
	}
	return 0
}
