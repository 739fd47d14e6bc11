// Package timex finds date expressions in segmented text and resolves
// them against an article's reference date, keeping exactly the precision
// the words support: "on May 16" is a day, "in April" a month, "last year"
// a year. Relative expressions are turned into a span of days and then
// into the finest PartialDate that holds the whole span, so "last week"
// becomes a month only when that week lies inside one month.
package timex

import (
	"strconv"
	"strings"
	"time"

	"github.com/actorgraph/actorgraph/internal/extract/gazetteer"
	"github.com/actorgraph/actorgraph/internal/extract/segment"
	"github.com/actorgraph/actorgraph/internal/kg"
)

// Relation says how an expression relates to the event near it. Only At
// dates an event; "since 2012" or "ahead of the May 16 meeting" bound it.
type Relation uint8

const (
	At Relation = iota
	Since
	Until
	Before
	After
)

func (r Relation) String() string {
	return [...]string{"at", "since", "until", "before", "after"}[r]
}

// Expr is one date expression.
type Expr struct {
	First, Last int // token range [First, Last)
	Start, End  int // byte offsets
	Date        kg.PartialDate
	Rel         Relation
	Full        bool // day, month and year all written out
	Relative    bool // needed the reference date
	Ahead       bool // speaks of what is to come: "next week", "later this month", "tomorrow"
	Range       bool // a run of days ("June 8-10", "16–17 May"), dated by its first day
	Loose       bool // a form that dates a nearby encounter well but whose event is less sure: a bare weekday ("met X Monday"), "mid-April"
}

// Find appends to dst the date expressions among tokens [first, last),
// resolved against ref. future says the clause speaks of what is to come
// ("will meet on Tuesday"), which picks the next Tuesday rather than the
// last. Unresolvable expressions (a month with no reference year) get a
// zero Date but are still reported, so callers know a date was meant.
func Find(d *segment.Doc, g *gazetteer.Gazetteer, first, last int, ref kg.PartialDate, future bool, dst []Expr) []Expr {
	n0 := len(dst)
	for i := first; i < last; {
		if !mayStart(d, i) {
			i++
			continue
		}
		e, ok := match(d, g, i, last, ref, future)
		if !ok || e.Relative && anaphoricUnit(d, e.First, last) && toldBefore(dst[n0:]) {
			// "in March 2009 ..., and later in the month": the month told
			// before, which the reference date does not give
			i++
			continue
		}
		e.Rel = relation(d, first, e.First)
		if e.Last+1 < last && lower(d, e.Last, last) == "or" {
			// "in late April or early May": either, so the date that holds both
			j := e.Last + 1
			switch lower(d, j, last) {
			case "early", "late", "mid", "in", "on":
				j++
			}
			if j < last { // "in late April or early" may close the sentence
				if o, ok := match(d, g, j, last, ref, future); ok && !e.Date.IsZero() && !o.Date.IsZero() {
					a, b := start(e.Date), end(o.Date)
					if start(o.Date).Before(a) {
						a, b = start(o.Date), end(e.Date)
					}
					e.Date, e.Last, e.Full = cover(a, b, e.Date), o.Last, false
					e.Ahead = e.Ahead || o.Ahead
				}
			}
		}
		e = joinDays(d, g, e, last, ref, future)
		e.Start, e.End = int(d.Tokens[e.First].Start), int(d.Tokens[e.Last-1].End)
		dst = append(dst, e)
		i = e.Last
	}
	return dst
}

// Reference picks an article's reference date: the day of a dateline
// that opens the text ("TOKYO, March 27 -"), placed in the year of the
// published date, which it refines (a wire timestamp can be a day off the
// story's local date); else the published date when known; else the
// latest full date (day, month and year) written in the text, such as a
// photo caption's, else the unknown date. A source whose dataset carries
// no dates at all (GUIDELINES §2: BBC) gets no date from its text: such a
// date is what the story tells of (an attack, a birth, an earlier answer
// to Parliament), not the day it was written.
func Reference(d *segment.Doc, g *gazetteer.Gazetteer, published kg.PartialDate, source string) kg.PartialDate {
	if dl := datelineDate(d, published); !dl.IsZero() {
		return dl
	}
	if !published.IsZero() {
		return published
	}
	if undatedSource(source) {
		return kg.PartialDate{}
	}
	var best kg.PartialDate
	var buf []Expr
	for _, s := range d.Sentences {
		if !hasYear(d, s.First, s.Last) {
			continue // a full date needs a year
		}
		buf = Find(d, g, s.First, s.Last, kg.PartialDate{}, false, buf[:0])
		for _, e := range buf {
			if e.Full && (best.IsZero() || e.Date.Compare(best) > 0) {
				best = e.Date
			}
		}
	}
	return best
}

// datelineDate reads the month and day of a dateline in the first
// paragraph and places them in the published year (or the year next to
// it, around New Year), when that lands within a fortnight of the
// published date. A dateline with its own year is a full date, which the
// caller's fallback already finds.
func datelineDate(d *segment.Doc, published kg.PartialDate) kg.PartialDate {
	if published.Precision() != kg.PrecisionDay {
		return kg.PartialDate{}
	}
	for si := range d.Sentences {
		s := d.Sentences[si]
		if s.Para > 0 {
			break
		}
		if !s.Dateline {
			continue
		}
		for i := s.First; i+1 < s.Last; i++ {
			w := tok(d, i)
			if !segment.IsMonth(w) || d.Tokens[i+1].Kind != segment.Number {
				continue
			}
			m := monthNumber(w)
			day := dayNumber(tok(d, i+1))
			if m == 0 || day == 0 {
				continue
			}
			pub := published.Start()
			for _, y := range []int{published.Year, published.Year - 1, published.Year + 1} {
				c := valid(kg.DateDay(y, m, day))
				if c.IsZero() {
					continue
				}
				if diff := c.Start().Sub(pub); diff <= 14*24*time.Hour && diff >= -14*24*time.Hour {
					return c
				}
			}
			return kg.PartialDate{}
		}
	}
	return kg.PartialDate{}
}

func monthNumber(w string) int {
	w = strings.ToLower(strings.TrimSuffix(w, "."))
	for i, m := range []string{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"} {
		if strings.HasPrefix(w, m) {
			return i + 1
		}
	}
	return 0
}

// hasYear reports a four-digit number among tokens [first, last).
func hasYear(d *segment.Doc, first, last int) bool {
	for i := first; i < last; i++ {
		if t := d.Tokens[i]; t.Kind == segment.Number && t.End-t.Start == 4 && yearNumber(d.Text[t.Start:t.End]) > 0 {
			return true
		}
	}
	return false
}

func (e Expr) String() string { return e.Date.String() + "/" + e.Rel.String() }

func tok(d *segment.Doc, i int) string { return d.TokenText(i) }

func lower(d *segment.Doc, i, last int) string {
	if i < 0 || i >= last {
		return ""
	}
	return d.Lower(i)
}

// relation reads the words just before an expression.
func relation(d *segment.Doc, first, i int) Relation {
	p1 := lower(d, i-1, i+1)
	if i-1 < first {
		p1 = ""
	}
	p2 := ""
	if i-2 >= first {
		p2 = lower(d, i-2, i+1)
	}
	// skip a modifier: "since early 2012", "before late May"
	if p1 == "early" || p1 == "late" || p1 == "mid" || p1 == "the" {
		p1, p2 = p2, ""
		if i-3 >= first {
			p2 = lower(d, i-3, i+1)
		}
	}
	switch p1 {
	case "since":
		return Since
	case "until", "till", "through", "by":
		return Until
	case "before":
		return Before
	case "after", "following":
		return After
	case "of":
		if p2 == "ahead" {
			return Before
		}
	case "to":
		if p2 == "prior" {
			return Before
		}
	}
	return At
}

var wordNumbers = map[string]int{"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}

// hyphenMonthDay reads a month name joined to its day, or to a run of
// days, by hyphens in one word ("April-5", "April-5-6"): the month, the
// first day and whether a run of days follows; month 0 for other words.
func hyphenMonthDay(g *gazetteer.Gazetteer, w string) (month, day int, run bool) {
	i := strings.IndexByte(w, '-')
	if i <= 0 || i+1 >= len(w) || w[i+1] < '0' || w[i+1] > '9' {
		return 0, 0, false
	}
	m := g.Month(w[:i])
	if m == 0 {
		return 0, 0, false
	}
	rest := w[i+1:]
	if day = dayNumber(rest); day == 0 {
		return 0, 0, false
	}
	return m, day, strings.ContainsAny(rest, "-–")
}

func dayNumber(w string) int {
	w = strings.TrimRight(w, ".")
	// "April 1-2", "16–17 May": a span of days is dated by its first day
	if i := strings.IndexAny(w, "-–"); i > 0 {
		rest := strings.TrimLeft(w[i:], "-–")
		if rest == "" || strings.Trim(rest, "0123456789") != "" {
			return 0
		}
		w = w[:i]
	}
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		if strings.HasSuffix(w, suf) {
			w = w[:len(w)-2]
			break
		}
	}
	if len(w) == 0 || len(w) > 2 {
		return 0
	}
	n, err := strconv.Atoi(w)
	if err != nil || n < 1 || n > 31 {
		return 0
	}
	return n
}

func yearNumber(w string) int {
	if len(w) != 4 {
		return 0
	}
	n, err := strconv.Atoi(w)
	if err != nil || n < 1800 || n > 2199 {
		return 0
	}
	return n
}

// monthContext reports whether a bare month name at i reads as a date:
// after "in", "since", "last" and the like, or before a number.
func monthContext(d *segment.Doc, first, i int) bool {
	if i-1 < first {
		return false
	}
	switch lower(d, i-1, i+1) {
	case "in", "since", "until", "till", "by", "last", "next", "this", "early", "late", "mid", "mid-", "of", "from", "before", "after", "during", "through", "between", "and", "to", "until-", "end", "beginning", "since-":
		return true
	}
	return false
}

// CanEnd reports whether token k may be the last token of an expression
// Find returns (false: it never is). Callers that ask whether a date ends
// at some token turn most tokens away with it before finding the
// sentence's dates. It must hold every form match (and Find's "or")
// ends with: a number, a month or weekday name, "mid-" words, and the
// last words of the relative forms; TestCanEnd holds it to Find.
func CanEnd(d *segment.Doc, g *gazetteer.Gazetteer, k int) bool {
	if k < 0 || k >= len(d.Tokens) {
		return false
	}
	switch d.Tokens[k].Kind {
	case segment.Number:
		return true
	case segment.Word:
	default:
		return false
	}
	lw := d.Lower(k)
	switch lw {
	case "night", "morning", "afternoon", "evening", "today", "tonight", "yesterday", "tomorrow",
		"week", "month", "year", "weekend", "days", "weeks", "months", "ago":
		return true
	}
	if strings.HasPrefix(lw, "mid-") {
		return true
	}
	x := g.Word(d.TokenText(k))
	if x.Month() > 0 || x.Weekday() > 0 {
		return true
	}
	m, _, _ := hyphenMonthDay(g, d.TokenText(k))
	return m > 0
}

// mayStart reports whether match may find an expression at token i
// (false: it never does): a number, a capitalised word (a month or
// weekday name), or a lower-case word that opens a form of its own. Find
// asks it of every token, so that match, which builds an expression, is
// called for few of them.
func mayStart(d *segment.Doc, i int) bool {
	t := d.Tokens[i]
	switch {
	case t.Kind == segment.Number:
		return true
	case t.Kind != segment.Word:
		return false
	case t.Has(segment.FlagCap):
		return true
	}
	lw := d.Lower(i)
	switch lw {
	case "today", "tonight", "yesterday", "tomorrow", "this", "last", "next", "earlier", "later", "past", "weekend",
		"a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve":
		return true
	}
	return strings.HasPrefix(lw, "mid-")
}

func match(d *segment.Doc, g *gazetteer.Gazetteer, i, last int, ref kg.PartialDate, future bool) (Expr, bool) {
	t := d.Tokens[i]
	w := tok(d, i)
	e := Expr{First: i, Last: i + 1}
	// Month-first forms: "May 16, 2024", "May 16", "March 2023", "in April"
	if t.Kind == segment.Word && t.Has(segment.FlagCap) {
		m, wd := g.MonthWeekday(w)
		if m == 0 && wd == 0 {
			if hm, day, run := hyphenMonthDay(g, w); hm > 0 {
				// "an April-5-6 summit", "on March-3": wire copy that
				// joins month and day(s) with hyphens into one word
				e.Range = run
				return monthDayYear(d, e, i+1, last, hm, day, ref, future)
			}
		}
		if m > 0 {
			j := i + 1
			if j < last {
				if day := dayNumber(tok(d, j)); day > 0 && d.Tokens[j].Kind == segment.Number {
					e.Range = strings.ContainsAny(tok(d, j), "-–")
					if j+2 < last && (tok(d, j+1) == "-" || tok(d, j+1) == "–") && dayNumber(tok(d, j+2)) > 0 && d.Tokens[j+2].Kind == segment.Number {
						e.Range = true // "June 8 - 10"
						j += 2
					}
					return monthDayYear(d, e, j+1, last, m, day, ref, future)
				}
				k := j
				if k < last && tok(d, k) == "," {
					k++
				}
				if k < last {
					if y := yearNumber(tok(d, k)); y > 0 {
						e.Last = k + 1
						e.Date = kg.DateMonth(y, m)
						return e, true
					}
				}
			}
			if w == "May" || w == "March" {
				// modal verb or marching: a date only after a date preposition
				if !monthContext(d, i-4, i) {
					return e, false
				}
			} else if !monthContext(d, i-4, i) && (j < last && d.Tokens[j].Has(segment.FlagCap)) {
				return e, false // "April Jones"
			}
			e.Relative = true
			e.Date = month(ref, m, future)
			switch lower(d, i-1, last) {
			case "last":
				// "last June": the latest June before the reference month,
				// whatever the clause's tense
				e.First = i - 1
				e.Date = month(ref, m, false)
				if ref.Precision() >= kg.PrecisionMonth && m == ref.Month {
					e.Date = kg.DateMonth(ref.Year-1, m)
				}
			case "next":
				e.First = i - 1
				e.Ahead = true
				e.Date = month(ref, m, true)
				if ref.Precision() >= kg.PrecisionMonth && m == ref.Month {
					e.Date = kg.DateMonth(ref.Year+1, m)
				}
			}
			return e, true
		}
		if wd > 0 && !nameOpener(d, i, last) && (weekdayContext(d, i, last) || bareWeekday(d, i, last)) {
			e.Relative = true
			e.Loose = !weekdayContext(d, i, last)
			mod := lower(d, i-1, last)
			switch mod {
			case "last":
				e.First = i - 1
				e.Date = weekday(ref, wd, false, 7)
			case "next":
				e.First = i - 1
				e.Date = weekday(ref, wd, true, 7)
			case "this":
				e.First = i - 1
				e.Date = weekday(ref, wd, future, 0)
			default:
				e.Date = weekday(ref, wd, future, 0)
			}
			if j := i + 1; j < last {
				switch lower(d, j, last) {
				case "night", "morning", "afternoon", "evening":
					e.Last = j + 1
				}
			}
			return e, true
		}
	}
	// Day-first forms: "16 May 2024", "16 May", "16–17 May" (the first day)
	if t.Kind == segment.Number {
		if day := dayNumber(w); day > 0 && i+1 < last {
			j := i + 1
			e.Range = strings.ContainsAny(w, "-–")
			if j+1 < last && (tok(d, j) == "–" || tok(d, j) == "-") && dayNumber(tok(d, j+1)) > 0 && d.Tokens[j+1].Kind == segment.Number {
				e.Range = true
				j += 2
			}
			if tok(d, j) == "of" && j+1 < last {
				j++
			}
			if m := g.Month(tok(d, j)); m > 0 && d.Tokens[j].Has(segment.FlagCap) {
				if j+1 < last {
					if y := yearNumber(tok(d, j+1)); y > 0 {
						e.Last = j + 2
						e.Date, e.Full = valid(kg.DateDay(y, m, day)), true
						return e, !e.Date.IsZero()
					}
				}
				e.Last = j + 1
				e.Relative = true
				e.Date = monthDay(ref, m, day, future)
				return e, true
			}
		}
		if y := yearNumber(w); y > 0 && yearContext(d, i, last) {
			e.Date = kg.DateYear(y)
			return e, true
		}
	}
	if t.Kind != segment.Word {
		return e, false
	}
	lw := lower(d, i, last)
	if strings.HasPrefix(lw, "mid-") {
		// "in mid-April", "by mid-1988": the month or year it falls in
		e.Loose = true
		rest := w[len("mid-"):]
		if m := g.Month(rest); m > 0 {
			e.Relative = true
			e.Date = month(ref, m, future)
			return e, true
		}
		if y := yearNumber(rest); y > 0 {
			e.Date = kg.DateYear(y)
			return e, true
		}
		return e, false
	}
	switch lw {
	case "today", "tonight":
		e.Relative = true
		e.Date = shift(ref, 0)
		return e, true
	case "yesterday":
		e.Relative = true
		e.Date = shift(ref, -1)
		return e, true
	case "tomorrow":
		e.Relative = true
		e.Ahead = true
		e.Date = shift(ref, 1)
		return e, true
	case "this", "last", "next", "earlier", "later", "past":
		return relativeUnit(d, i, last, ref, lw, e, future)
	case "weekend":
		// "over the weekend", "a brief weekend visit": the nearest one
		if ref.Precision() != kg.PrecisionDay {
			return e, false
		}
		e.Relative = true
		e.Ahead = future
		e.Date = weekend(ref, future, false)
		return e, true
	case "a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve":
		return ago(d, i, last, ref, wordNumbers[lw], e)
	}
	return e, false
}

// joinDays reads two days joined by "and" ("on Thursday and Friday",
// "tomorrow and Friday") as one run of days, dated by its first day
// (GUIDELINES §9): read apart, the second day would date an event told
// after them, being the nearer one. Only a second day within a week
// after the first joins; other pairs stay two expressions.
func joinDays(d *segment.Doc, g *gazetteer.Gazetteer, e Expr, last int, ref kg.PartialDate, future bool) Expr {
	if e.Date.Precision() != kg.PrecisionDay || e.Range || e.Last+1 >= last || lower(d, e.Last, last) != "and" {
		return e
	}
	j := e.Last + 1
	if lower(d, j, last) == "on" {
		j++
	}
	if j >= last || !mayStart(d, j) {
		return e
	}
	o, ok := match(d, g, j, last, ref, future)
	if !ok || o.Date.Precision() != kg.PrecisionDay {
		return e
	}
	a, b := start(e.Date), start(o.Date)
	if !b.After(a) || b.After(addDays(a, 7)) {
		return e
	}
	// the run is under way once its first day has come ("is in Ottawa
	// today and tomorrow"): Ahead stays the first day's
	e.Last, e.Range = o.Last, true
	e.Loose = e.Loose && o.Loose
	return e
}

func valid(p kg.PartialDate) kg.PartialDate {
	if p.Validate() != nil {
		return kg.PartialDate{}
	}
	return p
}

func weekdayContext(d *segment.Doc, i, last int) bool {
	if i > 0 {
		switch lower(d, i-1, last) {
		case "on", "last", "next", "this", "by", "until", "since", "from", "before", "after", "said", "says", "announced", "late", "early", "earlier", "later", "till", "and", "or", "-", "–", "—", ",", "for":
			if lower(d, i-1, last) == "," && !(i+1 >= last || lower(d, i+1, last) == "," || lower(d, i+1, last) == ".") {
				return false
			}
			return true
		}
	}
	if i+1 < last {
		switch lower(d, i+1, last) {
		case "night", "morning", "afternoon", "evening":
			return true
		}
		if d.Tokens[i+1].Has(segment.FlagPossessive) {
			return true // "Friday's meeting", "scheduled for Monday"
		}
	}
	return false
}

// nameOpener reports a weekday's short form that opens a name ("Sun
// Microsystems", "Sat Bank"): news prose writes a weekday in full, or
// shortened with a full stop or before a comma ("Sun., March 3").
func nameOpener(d *segment.Doc, i, last int) bool {
	if i+1 >= last || len(tok(d, i)) > 4 {
		return false
	}
	n := d.Tokens[i+1]
	return n.Kind == segment.Word && n.Has(segment.FlagCap) && n.Has(segment.FlagSpaceBefore)
}

// bareWeekday reports a weekday at i written in wire style, with no
// preposition, right after a word: "met Monday in Frankfurt", "a meeting
// with X Monday." Which event it dates is less clear than with "on" (the
// offer or the saying in "welcoming the offer Saturday, he said"), so
// Find marks such expressions Loose.
func bareWeekday(d *segment.Doc, i, last int) bool {
	if i == 0 {
		return false
	}
	if lower(d, i-1, last) == "," && i+2 < last {
		// a wire-style time and place closing a clause: "will call on X
		// and Y, Monday in Brasilia"
		n := lower(d, i+1, last)
		return (n == "in" || n == "at") && d.Tokens[i+2].Kind == segment.Word && d.Tokens[i+2].Has(segment.FlagCap)
	}
	if d.Tokens[i-1].Kind != segment.Word {
		return false
	}
	if i+1 >= last {
		return true
	}
	switch lower(d, i+1, last) {
	case ",":
		// "Wednesday, June 3": the date that follows says it
		return i+2 >= last || monthNumber(lower(d, i+2, last)) == 0 || d.Tokens[i+2].Kind != segment.Word || !d.Tokens[i+2].Has(segment.FlagCap)
	case "in", "at", "and", ".", ";", "to", "after", "before", "with", "that", "when", "while", "but", "from", "by":
		return true
	}
	return false
}

func yearContext(d *segment.Doc, i, last int) bool {
	if i+1 < last {
		// "2024 percent", "1987/88", "2023-24": not a date of an event
		switch n := lower(d, i+1, last); n {
		case "/", "-", "percent", "pct", "%":
			return false
		}
	}
	if i == 0 {
		return false
	}
	if encounterYear(d, i, last) {
		return true
	}
	switch lower(d, i-1, last) {
	case "in", "since", "until", "till", "by", "of", "from", "during", "before", "after", "through", "early", "late", "mid", "mid-", "spring", "summer", "autumn", "winter", "fall", "and", "to", "between", "year", "around", "circa", "end", "start", "beginning":
		return true
	}
	return false
}

// encounterYear reports a year written as the modifier of an encounter
// noun after a determiner or a possessive ("a 2018 trip to France", "his
// 1985 visit", "Trump's 2018 trip"): the year of that encounter. Other
// nouns ("the 2018 budget", "a 1987 model") name things, not times.
func encounterYear(d *segment.Doc, i, last int) bool {
	if i+1 >= last || !encounterNouns[lower(d, i+1, last)] {
		return false
	}
	if d.Tokens[i-1].Has(segment.FlagPossessive) {
		return true
	}
	switch lower(d, i-1, last) {
	case "a", "an", "the", "his", "her", "its", "their", "our", "my", "your":
		return true
	}
	return false
}

// encounterNouns are the nouns of meetings and travel that a year may
// modify as their time.
var encounterNouns = map[string]bool{
	"trip": true, "trips": true, "visit": true, "visits": true, "tour": true,
	"talks": true, "meeting": true, "meetings": true, "summit": true,
	"negotiations": true,
}

// relativeUnit reads "this week", "last month", "earlier this year",
// "later this month", "past week".
func relativeUnit(d *segment.Doc, i, last int, ref kg.PartialDate, w string, e Expr, future bool) (Expr, bool) {
	j := i + 1
	if (w == "earlier" || w == "later") && j < last && lower(d, j, last) == "this" {
		e.Ahead = w == "later"
		j++
		w = "this"
	} else if (w == "earlier" || w == "later") && j+2 < last && lower(d, j, last) == "in" && lower(d, j+1, last) == "the" && calendarUnit(lower(d, j+2, last)) && (w == "earlier" || d.TokenText(i) == "later") {
		// "later in the week" is "later this week"; a story opening
		// "Later in the week, X said" goes on from a week it told before
		e.Ahead = w == "later"
		j += 2
		w = "this"
	} else if w == "earlier" || w == "later" {
		if j < last && lower(d, j, last) == "today" {
			// "later today" is still to come; "earlier today" is done
			e.Ahead = w == "later"
			e.Last = j + 1
			e.Relative = true
			e.Date = shift(ref, 0)
			return e, true
		}
		return e, false
	}
	if j >= last {
		return e, false
	}
	unit := lower(d, j, last)
	if (w == "last" || w == "past") && lower(d, i-1, last) == "the" && spanPreposition(lower(d, i-2, last)) {
		if n := countWord(unit); n > 0 {
			return spanBack(d, j+1, last, ref, n, e)
		}
	}
	delta := 0
	switch w {
	case "last", "past":
		delta = -1
	case "next":
		delta = 1
		e.Ahead = true
	}
	e.Last = j + 1
	e.Relative = true
	switch unit {
	case "week":
		if w == "past" {
			e.Date = cover(addDays(start(ref), -7), end(ref), ref)
			return e, true
		}
		e.Date = week(ref, delta)
	case "month":
		if ref.Precision() < kg.PrecisionMonth {
			e.Date = kg.PartialDate{}
			return e, true
		}
		t := time.Date(ref.Year, time.Month(ref.Month)+time.Month(delta), 1, 0, 0, 0, 0, time.UTC)
		e.Date = kg.DateMonth(t.Year(), int(t.Month()))
	case "year":
		if ref.IsZero() {
			return e, true
		}
		e.Date = kg.DateYear(ref.Year + delta)
	case "weekend":
		if ref.Precision() != kg.PrecisionDay {
			e.Date = kg.PartialDate{}
			return e, true
		}
		switch w {
		case "last", "past":
			e.Date = weekend(ref, false, true)
		case "next":
			e.Date = weekend(ref, true, true)
		default:
			// "this weekend" said on a weekday is the coming one
			if wd := start(ref).Weekday(); wd != time.Saturday && wd != time.Sunday {
				e.Ahead = true
				e.Date = weekend(ref, true, false)
			} else {
				e.Date = weekend(ref, future, false)
			}
		}
	case "morning", "afternoon", "evening":
		if w != "this" {
			return e, false
		}
		e.Date = shift(ref, 0)
	case "night":
		if w != "last" {
			return e, false
		}
		e.Date = shift(ref, -1)
	default:
		return e, false
	}
	return e, true
}

// spanPreposition: "in the last two weeks" places an event inside the
// span; "for the past eight weeks" gives a duration, no time.
func spanPreposition(w string) bool {
	return w == "in" || w == "within" || w == "during" || w == "over"
}

// countWord reads a small count written as a word or in digits.
func countWord(w string) int {
	if n, ok := wordNumbers[w]; ok && n > 1 {
		return n
	}
	if n, err := strconv.Atoi(w); err == nil && n > 1 && n < 100 {
		return n
	}
	return 0
}

// spanBack reads the unit of "in the last two weeks", "over the past
// three days" (the count n already read, the unit at token j): the span
// from n units before the reference date up to it, as precise as the
// span allows; nothing when it holds no finer date than a year's run.
func spanBack(d *segment.Doc, j, last int, ref kg.PartialDate, n int, e Expr) (Expr, bool) {
	if j >= last || ref.IsZero() {
		return e, false
	}
	a := start(ref)
	switch lower(d, j, last) {
	case "days":
		a = addDays(a, -n)
	case "weeks":
		a = addDays(a, -7*n)
	case "months":
		a = a.AddDate(0, -n, 0)
	default:
		return e, false
	}
	e.Last = j + 1
	e.Relative = true
	e.Date = cover(a, end(ref), ref)
	return e, !e.Date.IsZero()
}

// ago reads "two weeks ago", "a year ago".
func ago(d *segment.Doc, i, last int, ref kg.PartialDate, n int, e Expr) (Expr, bool) {
	if i+2 >= last || lower(d, i+2, last) != "ago" {
		return e, false
	}
	e.Last = i + 3
	e.Relative = true
	if ref.IsZero() {
		return e, true
	}
	switch strings.TrimSuffix(lower(d, i+1, last), "s") {
	case "day":
		e.Date = shift(ref, -n)
	case "week":
		e.Date = cover(addDays(start(ref), -7*n), addDays(end(ref), -7*n), ref)
	case "month":
		if ref.Precision() >= kg.PrecisionMonth {
			t := time.Date(ref.Year, time.Month(ref.Month-n), 1, 0, 0, 0, 0, time.UTC)
			e.Date = kg.DateMonth(t.Year(), int(t.Month()))
		}
	case "year":
		e.Date = kg.DateYear(ref.Year - n)
	default:
		return e, false
	}
	return e, true
}

func start(p kg.PartialDate) time.Time { return p.Start() }
func end(p kg.PartialDate) time.Time   { return p.End() }

func addDays(t time.Time, n int) time.Time { return t.AddDate(0, 0, n) }

// cover gives the finest date holding every day in [a, b]; unknown when ref is.
func cover(a, b time.Time, ref kg.PartialDate) kg.PartialDate {
	if ref.IsZero() {
		return kg.PartialDate{}
	}
	switch {
	case a.Equal(b):
		return kg.DateOf(a)
	case a.Year() == b.Year() && a.Month() == b.Month():
		return kg.DateMonth(a.Year(), int(a.Month()))
	case a.Year() == b.Year():
		return kg.DateYear(a.Year())
	}
	return kg.PartialDate{}
}

func shift(ref kg.PartialDate, days int) kg.PartialDate {
	return cover(addDays(start(ref), days), addDays(end(ref), days), ref)
}

// weekend is the Saturday and Sunday nearest ref: the one on or before it
// (or after it, ahead); strict skips a weekend ref is in ("last weekend"
// said on a Sunday is the one before).
func weekend(ref kg.PartialDate, ahead, strict bool) kg.PartialDate {
	t := start(ref)
	wd := int(t.Weekday()) // Sunday = 0, Saturday = 6
	var sat time.Time
	if ahead {
		n := (6 - wd + 7) % 7
		if strict && n == 0 || strict && wd == 0 {
			n += 7
		}
		sat = addDays(t, n)
		if wd == 0 && !strict {
			sat = addDays(t, -1) // a Sunday is in its weekend
		}
	} else {
		n := (wd + 1) % 7 // days back to Saturday
		if strict && (wd == 6 || wd == 0) {
			n += 7
		}
		sat = addDays(t, -n)
	}
	return cover(sat, addDays(sat, 1), ref)
}

func week(ref kg.PartialDate, delta int) kg.PartialDate {
	if ref.Precision() != kg.PrecisionDay {
		if ref.Precision() == kg.PrecisionMonth && delta == 0 {
			return ref // "this week" inside a known month: at least the month... unless it straddles
		}
		return cover(addDays(start(ref), 7*delta-6), addDays(end(ref), 7*delta+6), ref)
	}
	t := start(ref)
	wd := (int(t.Weekday()) + 6) % 7 // Monday = 0
	mon := addDays(t, -wd+7*delta)
	return cover(mon, addDays(mon, 6), ref)
}

// monthDayYear completes e, a month and day ending before token j: a year
// after them, behind an optional comma, makes the date full ("May 16,
// 2024"); else the day is placed in a year by ref ("May 16").
func monthDayYear(d *segment.Doc, e Expr, j, last, m, day int, ref kg.PartialDate, future bool) (Expr, bool) {
	k := j
	if k < last && tok(d, k) == "," {
		k++
	}
	if k < last {
		if y := yearNumber(tok(d, k)); y > 0 {
			e.Last = k + 1
			e.Date, e.Full = valid(kg.DateDay(y, m, day)), true
			return e, !e.Date.IsZero()
		}
	}
	e.Last = j
	e.Relative = true
	e.Date = monthDay(ref, m, day, future)
	return e, true
}

// monthDay places "May 16" in the year that makes sense from ref: the
// coming one for future clauses, else the latest one not more than a week
// after ref.
func monthDay(ref kg.PartialDate, m, day int, future bool) kg.PartialDate {
	if ref.IsZero() {
		return kg.PartialDate{}
	}
	y := ref.Year
	cand := kg.DateDay(y, m, day)
	if cand.Validate() != nil {
		return kg.PartialDate{}
	}
	if ref.Precision() == kg.PrecisionYear {
		return cand
	}
	rs, re := start(ref), end(ref)
	c := cand.Start()
	if future {
		if c.Before(rs.AddDate(0, 0, -1)) {
			cand = kg.DateDay(y+1, m, day)
		}
	} else if c.After(re.AddDate(0, 0, 7)) {
		cand = kg.DateDay(y-1, m, day)
	}
	return valid(cand)
}

func month(ref kg.PartialDate, m int, future bool) kg.PartialDate {
	if ref.IsZero() {
		return kg.PartialDate{}
	}
	y := ref.Year
	if ref.Precision() >= kg.PrecisionMonth {
		if future && m < ref.Month {
			y++
		} else if !future && m > ref.Month {
			y--
		}
	}
	return kg.DateMonth(y, m)
}

// weekday finds the weekday wd (1 = Monday) nearest ref: on or before it
// for past clauses, after it for future ones; span widens "last/next".
func weekday(ref kg.PartialDate, wd int, future bool, span int) kg.PartialDate {
	if ref.Precision() != kg.PrecisionDay {
		return kg.PartialDate{}
	}
	t := ref.Start()
	cur := (int(t.Weekday())+6)%7 + 1
	if future {
		diff := (wd - cur + 7) % 7
		if diff == 0 {
			diff = 7
		}
		return kg.DateOf(addDays(t, diff))
	}
	diff := (cur - wd + 7) % 7
	if span == 7 && diff == 0 {
		diff = 7
	}
	return kg.DateOf(addDays(t, -diff))
}

// undatedSource reports a source whose articles carry no date: the BBC
// dataset ("BBC News (bbc-fulltext, ...)", GUIDELINES §2).
func undatedSource(source string) bool {
	return len(source) >= 3 && strings.EqualFold(source[:3], "bbc")
}

// anaphoricUnit reports "earlier|later in the <unit>" at token i: a
// unit of the time the sentence is about, which is the reference date's
// only when the sentence names no other.
func anaphoricUnit(d *segment.Doc, i, last int) bool {
	w := lower(d, i, last)
	return (w == "earlier" || w == "later") && lower(d, i+1, last) == "in" && lower(d, i+2, last) == "the"
}

// toldBefore reports a date among es that the text gives outright, not
// counted from the reference date.
func toldBefore(es []Expr) bool {
	for _, e := range es {
		if !e.Relative && !e.Date.IsZero() {
			return true
		}
	}
	return false
}

// calendarUnit: the units "this" can open ("this week", "this month").
func calendarUnit(w string) bool { return w == "week" || w == "month" || w == "year" }
