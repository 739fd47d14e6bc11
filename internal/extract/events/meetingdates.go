package events

import (
	"regexp"
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/internal/extract/gazetteer"
	"github.com/actorgraph/actorgraph/internal/extract/mentions"
	"github.com/actorgraph/actorgraph/internal/extract/segment"
	"github.com/actorgraph/actorgraph/internal/extract/timex"
	"github.com/actorgraph/actorgraph/internal/kg"
)

// carryDates dates encounters whose own sentence gives no time by what
// other sentences say about the same encounter (GUIDELINES §9: a meeting
// is dated by what the text says about it, wherever it says it):
//
//   - a visit under way ("X is in Y", "visiting Y") starts on the day the
//     text says the visitor arrived ("X arrived last night");
//   - an encounter told right after a dated sentence that reports the same
//     event (the same people, or a definite noun taking up that sentence's
//     event: "A mission today held talks ... The mission met X") happened
//     on that date.
//
// Sentences that place the encounter before the other event (past
// perfect, "earlier", "previously") or that give a time of their own are
// left alone: an undated meeting in a dated story stays undated.
func (x *extractor) carryDates() { x.carryDatesFrom(0) }

// carryDatesFrom is carryDates for the meetings from index n0 on.
func (x *extractor) carryDatesFrom(n0 int) {
	if x.ref.IsZero() {
		return // BBC: no relative date can be resolved, nor carried
	}
	for i := n0; i < len(x.out.Meetings); i++ {
		m := &x.out.Meetings[i]
		if m.Status == kg.StatusPlanned && m.Date.Precision() == kg.PrecisionDay {
			if d := x.nextWeekFrameDate(m.Span.First, m.Date); !d.IsZero() {
				// "next Monday and Tuesday ... on Thursday X will meet Y":
				// this Thursday or next, so the month holding both
				m.Date = d
				m.Rule += "+week-frame"
				continue
			}
		}
		if m.Status == kg.StatusPlanned && m.Date.Precision() == kg.PrecisionMonth {
			if x.pastClauseMonth(m.Span.First, m.Date) {
				// "In February, X was invited for talks": the invitation's
				// month, not the talks'
				m.Date = kg.PartialDate{}
				m.Rule += "+past-clause"
				continue
			}
		}
		if m.Kind != kg.MeetingVisit && m.Date.Precision() != kg.PrecisionMonth && m.Date.Precision() != kg.PrecisionYear {
			if d := x.tripSpanDate(m.Span.First, m.Date, m.Status == kg.StatusPlanned); !d.IsZero() {
				// an encounter during a trip of a stated length whose
				// first day the sentence gives: the span of the trip
				// (GUIDELINES 17.5, 19.20)
				m.Date = d
				m.Rule += "+trip-span"
				continue
			}
		}
		if m.Kind != kg.MeetingVisit && m.Date.Precision() == kg.PrecisionDay && x.duringTripDays(m.Span.First, m.Date) {
			// an encounter during a trip whose run of days a clause on
			// the trip gives: the month of those days (GUIDELINES 17.5)
			m.Date = kg.DateMonth(m.Date.Year, m.Date.Month)
			m.Rule += "+trip-days-month"
			continue
		}
		if m.Status == kg.StatusPlanned && m.Date.IsZero() {
			if d := x.plannedSpanDate(m.Span.First); !d.IsZero() {
				// "will visit X at the end of the month", "meet the week
				// after": the span's month (GUIDELINES §9)
				m.Date = d
				m.Rule += "+planned-span"
				continue
			}
		}
		if m.Status == kg.StatusPlanned && m.Date.IsZero() && m.Kind != kg.MeetingVisit {
			if d := x.plannedSameEventDate(m, m.Span.First); !d.IsZero() {
				m.Date = d
				m.Rule += "+carried-plan-date"
			} else if d := x.tourBoundDate(m, m.Span.First); !d.IsZero() {
				m.Date = d
				m.Rule += "+tour-bound"
			} else if d := x.tripLegsDate(m, m.Span.First); !d.IsZero() {
				m.Date = d
				m.Rule += "+trip-legs"
			}
			continue
		}
		if m.Status == kg.StatusPlanned && m.Date.IsZero() {
			// a stop of a bounded tour (GUIDELINES §19.20)
			if d := x.tourBoundDate(m, m.Span.First); !d.IsZero() {
				m.Date = d
				m.Rule += "+tour-bound"
			} else if d := x.tripLegsDate(m, m.Span.First); !d.IsZero() {
				m.Date = d
				m.Rule += "+trip-legs"
			}
		}
		if m.Status != kg.StatusOccurred {
			continue
		}
		si := m.Span.First
		if m.Kind == kg.MeetingVisit && (m.Date.IsZero() || strings.HasPrefix(m.Rule, "visit:be-in-country") && m.Date == x.ref) {
			if d := x.arrivalDate(m, si); !d.IsZero() {
				m.Date = d
				m.Rule += "+arrival-date"
				continue
			}
			if d := x.visitDayDate(si, m.Date); !d.IsZero() && m.Date.IsZero() {
				m.Date = d
				m.Rule += "+visit-day"
				continue
			}
		}
		if m.Kind == kg.MeetingVisit && m.Date.Precision() == kg.PrecisionDay {
			// "at the end of a two-day visit to X yesterday": the day
			// written is the visit's last, not its first
			if d := x.visitDayDate(si, m.Date); !d.IsZero() && d != m.Date {
				m.Date = d
				m.Rule += "+visit-day"
				continue
			}
		}
		if m.Kind != kg.MeetingVisit && (m.Date.IsZero() || m.Date.Precision() == kg.PrecisionDay) {
			if d, last := x.endedSpanDate(si); !d.IsZero() && (m.Date.IsZero() || m.Date == last) {
				// "two days of talks which ended yesterday": the run's
				// month, not its last day (GUIDELINES 20.31)
				m.Date = d
				m.Rule += "+ended-span"
				continue
			}
		}
		if !m.Date.IsZero() || m.Kind == kg.MeetingVisit {
			continue // a visit under way is dated by its start only (GUIDELINES 17.6)
		}
		if d := x.sameEventDate(m, si); !d.IsZero() {
			m.Date = d
			m.Rule += "+carried-date"
		} else if d := x.possessiveRefDate(si); !d.IsZero() {
			m.Date = d
			m.Rule += "+possessive-ref-date"
		} else if d := x.farEventDate(m, si); !d.IsZero() {
			m.Date = d
			m.Rule += "+far-carried-date"
		}
	}
	x.visitSpanDates(n0) // once every visit has its first day (meetingdates_visitspan.go)
}

// loadTriggers sets x.triggers to the meeting triggers of sentence si, as
// meetings does while it reads the sentence, so eventDateExpr can be
// asked about any sentence once all are read.
func (x *extractor) loadTriggers(si int) {
	s := x.d.Sentences[si]
	x.triggers = x.triggers[:0]
	x.trigFound = x.trigFound[:0]
	for i := s.First; i < s.Last; i++ {
		tk := x.d.Tokens[i]
		if tk.Kind != segment.Word || tk.Has(segment.FlagInQuote) && !x.scareQuote(i) {
			continue
		}
		if tr, ok := x.findTrigger(i, s.Last); ok {
			x.triggers = append(x.triggers, tr.first)
			x.trigFound = append(x.trigFound, tr)
			i = tr.last - 1
		}
	}
}

// recentPast reports a date d that lies on or before the reference date
// and not more than a month before it: a time a story can carry over.
func (x *extractor) recentPast(d kg.PartialDate) bool {
	if d.IsZero() || x.ref.IsZero() {
		return false
	}
	return !d.Start().After(x.ref.End()) && !d.End().Before(x.ref.Start().AddDate(0, -1, 0))
}

// arrivalDate is the date of the sentence nearest si in which the
// visitor of visit m arrives ("X arrived last night", "X, who arrived in
// Y on Monday,"), in the host country or with no place named; else the
// unknown date. An arrival elsewhere ("arrived in Paris") or
// home ("arrived back") is another trip's.
func (x *extractor) arrivalDate(m *Meeting, si int) kg.PartialDate {
	visitor, host := -1, -1
	for _, p := range m.Participants {
		switch p.Role {
		case "visitor":
			if visitor >= 0 {
				return kg.PartialDate{} // co-visitors: keep it simple
			}
			visitor = p.Entity
		case "host":
			host = p.Entity
		}
	}
	if visitor < 0 || host < 0 {
		return kg.PartialDate{}
	}
	hostID := x.cr.Entities[host].ID
	// nearest first, over the whole story: an arrival told paragraphs
	// away ("..., the day on which X arrived") still starts the visit
	near := []int{si}
	for dist := 1; dist < len(x.d.Sentences); dist++ {
		near = append(near, si-dist, si+dist)
	}
	for _, p := range near {
		if p < 0 || p >= len(x.d.Sentences) || x.d.Sentences[p].Headline || x.d.Sentences[p].Dateline {
			continue
		}
		s := x.d.Sentences[p]
		for k := s.First; k < s.Last; k++ {
			if w := x.lower(k); w != "arrived" && w != "arrives" || x.d.Tokens[k].Has(segment.FlagInQuote) {
				continue
			}
			if x.subjectEntity(p, k) != visitor {
				continue
			}
			switch x.lower(k + 1) {
			case "back", "home":
				continue // another trip's end
			case "in", "at":
				mi := x.mentionAt(k + 2)
				if mi < 0 {
					continue
				}
				if e := x.md.Mentions[mi].Entity; e < 0 || e != host && x.placeCountry(e) != hostID {
					continue // arrived elsewhere
				}
			default:
				if p == si {
					continue // the visit's own sentence places it elsewhere: "arrived after a stopover in X"
				}
			}
			x.loadTriggers(p)
			if d, ahead := x.eventDateExpr(p, k, false, false); !ahead && x.recentPast(d) {
				return d
			}
		}
	}
	return kg.PartialDate{}
}

// subjectEntity is the actor named nearest before token k in its sentence
// with no clause break (";") between, or -1: the subject of a verb at k in
// "X arrived" and "X, who arrived".
func (x *extractor) subjectEntity(si, k int) int {
	s := x.d.Sentences[si]
	for j := k - 1; j >= s.First && j >= k-12; j-- {
		if x.lower(j) == ";" {
			return -1
		}
		if mi := x.mentionAt(j); mi >= 0 {
			if e := x.actor(int(mi)); e >= 0 {
				return e
			}
			j = x.md.Mentions[mi].First
		}
	}
	return -1
}

// sameEventDate is the date of the sentence one or two before si when
// that sentence reports the event the encounter of m belongs to; else
// the unknown date.
func (x *extractor) sameEventDate(m *Meeting, si int) kg.PartialDate {
	if x.ownTime(si) {
		return kg.PartialDate{}
	}
	for p := si - 1; p >= 0 && p >= si-2; p-- {
		s := x.d.Sentences[p]
		if s.Headline || s.Dateline {
			break
		}
		d, dated, ok := x.soleDate(p)
		switch {
		case ok:
			if x.mentionsAll(p, m.Participants) || x.takesUp(si, p, m.Participants) || x.unnamedEncounter(p, false) {
				return d
			}
			return kg.PartialDate{} // the nearest dated sentence is about something else
		case dated && x.mentionsAny(p, m.Participants):
			return kg.PartialDate{} // its people at another time
		}
		// no date, or dates of something else ("the year starting in
		// July"): look one further back
	}
	return kg.PartialDate{}
}

// plannedSameEventDate dates a planned encounter whose sentence gives no
// time by the sentence just before when that one announces the same
// plan with one coming date: it names all the parties, or names one of
// them meeting a counterpart it does not name ("X will meet senior
// bankers today. X will meet representatives of A, B and C"), or, right
// before, names no party of its encounter at all (namelessEncounter). A
// sentence naming one of them at another time ends the search.
func (x *extractor) plannedSameEventDate(m *Meeting, si int) kg.PartialDate {
	if len(m.Participants) < 2 || x.ownTime(si) {
		return kg.PartialDate{}
	}
	for p := si - 1; p >= 0 && p >= si-2; p-- {
		s := x.d.Sentences[p]
		if s.Headline || s.Dateline {
			break
		}
		var d kg.PartialDate
		n := 0
		for _, e := range x.encounterDates(p, true) {
			if x.d.Tokens[e.First].Has(segment.FlagInQuote) {
				continue
			}
			n++
			d = e.Date
			if e.Rel != timex.At || !x.comingSoon(e.Date) {
				n = 2
			}
		}
		switch {
		case n == 1:
			if x.mentionsAll(p, m.Participants) || x.mentionsAny(p, m.Participants) && x.unnamedEncounter(p, true) || p == si-1 && x.namelessEncounter(p) {
				return d
			}
			return kg.PartialDate{}
		case n > 1 && x.mentionsAny(p, m.Participants):
			return kg.PartialDate{}
		}
	}
	return kg.PartialDate{}
}

// comingSoon reports a date d from the reference day to a month after it.
func (x *extractor) comingSoon(d kg.PartialDate) bool {
	if d.IsZero() || x.ref.IsZero() {
		return false
	}
	return !d.End().Before(x.ref.Start()) && !d.Start().After(x.ref.End().AddDate(0, 1, 0))
}

// ownTime reports a sentence that says something of the time of its
// encounter, outside quotations: a date expression of any kind, an
// ordering adverb ("earlier", "previously", "recently") or a perfect
// ("had met", "has held") that places it before the story's events.
func (x *extractor) ownTime(si int) bool {
	if x.datedOutsideQuotes(si) {
		return true
	}
	s := x.d.Sentences[si]
	x.loadTriggers(si)
	for k := s.First; k < s.Last; k++ {
		if x.d.Tokens[k].Has(segment.FlagInQuote) {
			continue
		}
		switch w := x.lower(k); {
		case w == "before":
			if !slices.Contains(x.triggers, k+1) {
				return true
			}
			// "Before meeting with X, Y called on Z": the encounter is
			// the bound of another event, not bounded itself
		case w == "during" || orderingAdverb(w) || x.perfectAt(k):
			return true
		}
	}
	return false
}

// datedOutsideQuotes reports a date expression of the sentence's
// encounters written outside quotation marks.
func (x *extractor) datedOutsideQuotes(si int) bool {
	for _, e := range x.encounterDates(si, false) {
		if !x.d.Tokens[e.First].Has(segment.FlagInQuote) {
			return true
		}
	}
	return false
}

// orderingAdverb: words that place an encounter relative to others or in
// the past without a date ("earlier", "previously", "ago").
func orderingAdverb(w string) bool {
	switch w {
	case "earlier", "previously", "recently", "already", "once", "formerly", "ago", "last", "ever", "often", "repeatedly", "regularly", "since", "later", "then", "times", "frequently", "past":
		return true
	}
	return false
}

// perfectAt reports a perfect starting at token k ("had met", "has
// already held").
func (x *extractor) perfectAt(k int) bool {
	switch x.lower(k) {
	case "had", "has", "have", "'d", "'ve":
		n := x.lower(k + 1)
		return participle(n) || fillers[n] && participle(x.lower(k+2))
	}
	return false
}

// farEventDate dates an encounter by the nearest earlier sentence, at any
// distance, that names all its parties, when that sentence
// reports an encounter with one recent date: the later mention takes the
// same encounter up again ("X met Y for an hour on Monday ... Before
// meeting with Y, X called on Z"). Naming sentences with no time are
// passed over; the nearest dated one decides, and gives nothing when it
// has several dates, an old or future one, or no encounter.
func (x *extractor) farEventDate(m *Meeting, si int) kg.PartialDate {
	if len(m.Participants) < 2 || x.ownTime(si) {
		return kg.PartialDate{}
	}
	for p := si - 1; p >= 0; p-- {
		s := x.d.Sentences[p]
		if s.Headline || s.Dateline || !x.mentionsAll(p, m.Participants) {
			continue
		}
		d, dated, ok := x.soleDate(p)
		if !dated {
			continue // what they said or did there, told without a time
		}
		if !ok {
			return kg.PartialDate{}
		}
		x.loadTriggers(p)
		if len(x.triggers) == 0 {
			return kg.PartialDate{}
		}
		return d
	}
	return kg.PartialDate{}
}

// participle reports a word that reads as a past participle after
// "had": regular "-ed" forms and the irregular ones of encounter verbs.
func participle(w string) bool {
	switch w {
	case "met", "held", "been", "spoken", "told", "seen", "made", "led", "begun", "gone", "had", "sat", "flown", "come", "paid":
		return true
	}
	return len(w) > 4 && strings.HasSuffix(w, "ed")
}

// soleDate is the one date a sentence gives its own events outside
// quotations, when it gives exactly one and that one lies in the recent
// past (ok); dated reports whether it gave any date at all.
func (x *extractor) soleDate(p int) (d kg.PartialDate, dated, ok bool) {
	n := 0
	for _, e := range x.encounterDates(p, false) {
		if x.d.Tokens[e.First].Has(segment.FlagInQuote) {
			continue
		}
		n++
		if e.Rel != timex.At || e.Ahead || !x.recentPast(e.Date) {
			return kg.PartialDate{}, true, false
		}
		d = e.Date
	}
	return d, n > 0, n == 1
}

// mentionsAll reports a sentence naming (outside quotations) every
// participant of an encounter of two or more.
func (x *extractor) mentionsAll(p int, ps []Participant) bool {
	if len(ps) < 2 {
		return false
	}
	for _, pt := range ps {
		if !x.mentionsEntity(p, pt.Entity) {
			return false
		}
	}
	return true
}

func (x *extractor) mentionsAny(p int, ps []Participant) bool {
	for _, pt := range ps {
		if x.mentionsEntity(p, pt.Entity) {
			return true
		}
	}
	return false
}

func (x *extractor) mentionsEntity(p, e int) bool {
	for _, mi := range x.bySent[p] {
		if x.md.Mentions[mi].InQuote {
			continue
		}
		if x.actor(mi) == e {
			return true
		}
	}
	return false
}

// takesUp reports a sentence si that opens with a definite noun phrase
// ("The mission", "The announcement") whose noun, or the verb it is made
// from, the dated sentence p uses for its own event, which p reports
// as an encounter or with a participant of this one.
func (x *extractor) takesUp(si, p int, ps []Participant) bool {
	s := x.d.Sentences[si]
	if x.text(s.First) != "The" || s.First+1 >= s.Last {
		return false
	}
	nt := x.d.Tokens[s.First+1]
	if nt.Kind != segment.Word || nt.Has(segment.FlagCap) || x.mentionAt(s.First+1) >= 0 {
		return false
	}
	stem := nounStem(x.lower(s.First + 1))
	if len(stem) < 4 {
		return false
	}
	ps0 := x.d.Sentences[p]
	found := false
	for k := ps0.First; k < ps0.Last; k++ {
		if !x.d.Tokens[k].Has(segment.FlagInQuote) && strings.HasPrefix(x.lower(k), stem) {
			found = true
			break
		}
	}
	if !found {
		return false
	}
	x.loadTriggers(p)
	if len(x.triggers) > 0 {
		return true
	}
	return x.mentionsAny(p, ps)
}

// unnamedEncounter reports a sentence with a meeting, talks or call no
// encounter of named parties came out of, of the status asked for
// (planned or not), whose counterpart names no one: "A mission today held
// talks with a senior official", whose parties the next sentences name.
// A sentence whose encounter has named parties reports another encounter
// than the one after it ("X met Y on Monday. He also saw Z"). A planned
// one's counterpart is read by unnamedObject, an occurred one's by
// unnamedCounterpart.
func (x *extractor) unnamedEncounter(p int, planned bool) bool {
	for _, m := range x.out.Meetings {
		if m.Span.First <= p && p <= m.Span.Last {
			return false
		}
	}
	s := x.d.Sentences[p]
	x.loadTriggers(p)
	for _, at := range x.triggers {
		tr, ok := x.findTrigger(at, s.Last)
		if !ok || tr.kind == kg.MeetingVisit || x.planned(s.First, at) != planned {
			continue
		}
		if planned && x.unnamedObject(tr.last, s.Last) || !planned && x.unnamedCounterpart(tr.last, s.Last) {
			return true
		}
	}
	return false
}

// namelessEncounter reports a sentence p that tells of an encounter
// with no party named at all, no person, body or country standing for
// either side ("Senior aides begin talks tomorrow with foreign
// negotiators"), and from which no encounter came out: the next sentence
// names the parties of that one encounter. The caller knows its status
// from the sentence's one date.
func (x *extractor) namelessEncounter(p int) bool {
	for _, m := range x.out.Meetings {
		if m.Span.First <= p && p <= m.Span.Last {
			return false
		}
	}
	for _, mi := range x.bySent[p] {
		if mm := &x.md.Mentions[mi]; !mm.InQuote && !mm.InTitle && mm.Kind != mentions.Place && x.actor(mi) >= 0 && !(mm.Entry != nil && mm.Entry.Kind == gazetteer.Demonym) && !x.modifier(int(mi)) {
			return false
		}
	}
	s := x.d.Sentences[p]
	x.loadTriggers(p)
	for _, at := range x.triggers {
		tr, ok := x.findTrigger(at, s.Last)
		if ok && tr.kind != kg.MeetingVisit && !x.d.Tokens[at].Has(segment.FlagInQuote) {
			return true
		}
	}
	return false
}

// unnamedCounterpart reports "with" right after a trigger ending before
// token k, followed by a counterpart that names no person ("with a
// senior ministry official", "with the government").
func (x *extractor) unnamedCounterpart(k, last int) bool {
	if x.lower(k-1) != "with" {
		if x.lower(k) != "with" {
			return false
		}
		k++
	}
	for j := k; j < last && j < k+6; j++ {
		switch x.lower(j) {
		case ",", ".", ";", "on", "to", "in", "about", "over", "and":
			return j > k
		}
		if mi := x.mentionAt(j); mi >= 0 && x.md.Mentions[mi].Kind != mentions.Org && x.md.Mentions[mi].Kind != mentions.Descriptor {
			return false // a person, a pronoun, a country
		}
	}
	return true
}

// unnamedObject is unnamedCounterpart for a verb's object too: "meet
// senior bankers", as well as "talks with a senior official".
func (x *extractor) unnamedObject(k, last int) bool {
	if x.lower(k-1) == "with" || x.lower(k) == "with" {
		return x.unnamedCounterpart(k, last)
	}
	for j := k; j < last && j < k+6; j++ {
		switch x.lower(j) {
		case ",", ".", ";", "on", "to", "in", "about", "over", "and", "here", "today", "tomorrow":
			return j > k
		}
		if mi := x.mentionAt(j); mi >= 0 && x.md.Mentions[mi].Kind != mentions.Org && x.md.Mentions[mi].Kind != mentions.Descriptor {
			return false // a person, a pronoun, a country
		}
	}
	return true
}

// nounStem strips the suffix that makes a noun of a verb
// ("announcement" → "announce"), so the verb's forms share it.
func nounStem(w string) string {
	for _, suf := range []string{"ment", "ation", "ion", "al"} {
		if strings.HasSuffix(w, suf) && len(w)-len(suf) >= 5 {
			return w[:len(w)-len(suf)]
		}
	}
	return w
}

// encounterClass is the class of an encounter noun, so that "today's
// talks" takes up "negotiations" and "yesterday's session" a "meeting";
// "" for other words.
func encounterClass(w string) string {
	switch w {
	case "meeting", "meetings", "session", "sessions":
		return "meeting"
	case "talks", "negotiations", "discussions", "consultations":
		return "talks"
	case "summit":
		return "summit"
	}
	return ""
}

// possessiveRefDate dates an encounter whose sentence si names it with an
// encounter noun and gives no time, by the one date the rest of the
// story puts on that noun in the possessive ("Poland met its creditors
// for new talks ... today's talks were frank": today). Stories that date
// the noun twice differently speak of two events and give nothing.
func (x *extractor) possessiveRefDate(si int) kg.PartialDate {
	for _, e := range x.encounterDates(si, false) {
		if e.Last < len(x.d.Tokens) && x.d.Tokens[e.Last].Has(segment.FlagPossessive) {
			continue // "this year's package": the date of another noun
		}
		if e.Rel == timex.At && !x.d.Tokens[e.First].Has(segment.FlagInQuote) {
			return kg.PartialDate{} // a time of its own, even one of another event
		}
	}
	s := x.d.Sentences[si]
	classes := map[string]bool{}
	for k := s.First; k < s.Last; k++ {
		if c := encounterClass(x.lower(k)); c != "" && !x.d.Tokens[k].Has(segment.FlagInQuote) {
			classes[c] = true
		}
	}
	if len(classes) != 1 {
		return kg.PartialDate{}
	}
	var found kg.PartialDate
	for p := range x.d.Sentences {
		ps := x.d.Sentences[p]
		if p == si || ps.Headline || ps.Dateline {
			continue
		}
		for _, e := range x.encounterDates(p, false) {
			if e.Last >= ps.Last || !x.d.Tokens[e.Last].Has(segment.FlagPossessive) {
				continue
			}
			for j := e.Last + 1; j < ps.Last && j <= e.Last+3; j++ {
				c := encounterClass(x.lower(j))
				if c == "" {
					continue
				}
				if !classes[c] {
					break
				}
				if e.Rel != timex.At || e.Ahead || !x.recentPast(e.Date) || !found.IsZero() && found != e.Date {
					return kg.PartialDate{}
				}
				found = e.Date
				break
			}
		}
	}
	return found
}

// visitDayRe finds a day of a visit of known length told in its own
// sentence: "winding up a two-day visit", "at the end of a three-day
// trip", "on the first day of a four-day official visit", "at the close of
// a brief two-day trip"; and the first day of a visit of any length
// ("on the first day of his state visit").
var visitDayRe = regexp.MustCompile(`\b(winding up|wrapping up|ending|concluding|completing|at the end of|at the close of|at the conclusion of|on the last day of|on the final day of|on the (first|second|third) day of) (a|an|his|her|their) (?:[a-z]+ )?(two|three|four|five|six|seven|[2-7])-day (\w+ )?(visit|trip|tour)\b`)

var visitFirstDayRe = regexp.MustCompile(`\bon the (first) day of (?:a|an|his|her|their) (?:[a-z]+ ){0,2}(?:visit|trip|tour)\b`)

// visitDayDate dates a visit by its first day when its sentence tells
// the day of the visit on which the story's event happens ("X, winding
// up a two-day visit, said ..." said on the reference date: the visit
// began the day before, GUIDELINES §9 first-day rule). That day is the
// one written right after the visit's phrase ("at the close of a two-day
// trip to Oslo yesterday"), else the reference date; a written day that
// is not the first gives only the month (or year) holding the visit,
// and "on the Nth day of" with no day written gives nothing. A visit dated
// cur by another day is left alone, and so is a sentence giving a date of
// its own elsewhere: its event may not be the story's; a date that only
// modifies a noun ("the February 22 accords") gives the sentence none.
func (x *extractor) visitDayDate(si int, cur kg.PartialDate) kg.PartialDate {
	if x.ref.Precision() != kg.PrecisionDay {
		return kg.PartialDate{}
	}
	s := x.d.Sentences[si]
	text := strings.ToLower(x.d.Text[s.Start:s.End])
	var phrase, ord string
	n := 0
	loc := visitDayRe.FindStringSubmatchIndex(text)
	if loc != nil {
		phrase = text[loc[2]:loc[3]]
		if loc[4] >= 0 {
			ord = text[loc[4]:loc[5]]
		}
		n = map[string]int{"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "2": 2, "3": 3, "4": 4, "5": 5, "6": 6, "7": 7}[text[loc[8]:loc[9]]]
	} else if loc = visitFirstDayRe.FindStringSubmatchIndex(text); loc != nil {
		phrase, ord, n = "on the first day of", "first", 1
	} else {
		return kg.PartialDate{}
	}
	first, end := -1, -1 // the phrase's first token and the token after it
	for k := s.First; k < s.Last; k++ {
		if first < 0 && int(x.d.Tokens[k].Start) >= s.Start+loc[0] {
			if x.d.Tokens[k].Has(segment.FlagInQuote) {
				return kg.PartialDate{}
			}
			first = k
		}
		if int(x.d.Tokens[k].Start) >= s.Start+loc[1] {
			end = k
			break
		}
	}
	if first < 0 || end < 0 {
		return kg.PartialDate{}
	}
	day, written := x.ref, false
	for _, e := range x.encounterDates(si, false) {
		if e.Last < len(x.d.Tokens) && x.d.Tokens[e.Last].Has(segment.FlagPossessive) || x.modifierDate(e) {
			continue
		}
		if e.Rel == timex.At && e.Date.Precision() == kg.PrecisionDay && e.First >= end && e.First <= end+5 && !x.clauseBreak(end, e.First) {
			day, written = e.Date, true // "at the close of a two-day trip to Oslo yesterday"
			continue
		}
		return kg.PartialDate{}
	}
	if ord != "" && !written {
		// "on the first day of a visit, said" with no day written: the
		// text never dates that day, so the visit stays undated (dev gold
		// reuters21578-5697, §9 "no today means no date")
		return kg.PartialDate{}
	}
	if !cur.IsZero() && cur != day {
		return kg.PartialDate{}
	}
	back := n - 1 // the story's day is the visit's last
	switch ord {
	case "first":
		back = 0
	case "second":
		back = 1
	case "third":
		back = 2
	}
	if ord == "" && !strings.Contains(phrase, "end") && !strings.Contains(phrase, "up") && !strings.Contains(phrase, "clos") && !strings.Contains(phrase, "conclu") && !strings.Contains(phrase, "complet") && !strings.Contains(phrase, "last") && !strings.Contains(phrase, "final") {
		return kg.PartialDate{}
	}
	if back >= n {
		return kg.PartialDate{}
	}
	t := day.Start().AddDate(0, 0, -back)
	if written && back > 0 {
		// "at the end of a two-day visit yesterday": the day written is
		// a later one and the first is never stated, so the span's month
		// (or year) holds the visit (GUIDELINES 20.31, reuters21578-7643)
		switch e := day.Start(); {
		case t.Year() != e.Year():
			return kg.PartialDate{}
		case t.Month() != e.Month():
			return kg.DateYear(t.Year())
		}
		return kg.DateMonth(t.Year(), int(t.Month()))
	}
	return kg.DateDay(t.Year(), int(t.Month()), t.Day())
}

// settingVisitDay reports a visit noun at token at that is the setting
// of another event of its sentence ("during a visit here", "to coincide
// with the visit of X"), dated d by a day written before that phrase:
// the day is the other event's ("X yesterday predicted during a visit
// here"), and the visit under way started on a day the text does not
// give (GUIDELINES 17.6). A day inside the visit's own phrase ("during a
// visit to X on Monday"), a coarser date, which holds the visit's start
// as well, and a stop or brief visit, which lasts the day, are left
// alone.
func (x *extractor) settingVisitDay(si, at int, d kg.PartialDate) bool {
	if d.Precision() != kg.PrecisionDay {
		return false
	}
	s := x.d.Sentences[si]
	prep := -1
	for k := at - 1; k >= s.First && k >= at-4; k-- {
		switch x.lower(k) {
		case "during":
			prep = k
		case "with":
			if w := x.lower(k - 1); w == "coincide" || w == "coincides" || w == "coincided" || w == "coinciding" {
				prep = k - 1
			}
		}
		if prep >= 0 {
			break
		}
	}
	if prep < 0 || strings.HasPrefix(x.lower(at), "stop") {
		return false // "talks on Sunday during a stopover in X": a stop is its day
	}
	for k := prep + 1; k < at; k++ {
		switch x.lower(k) {
		case "brief", "one-day", "day-long", "24-hour", "lightning", "flying", "short":
			return false // a visit of a day or less: the day is its own
		}
	}
	before := false
	for _, e := range x.encounterDates(si, false) {
		if e.Date != d || x.d.Tokens[e.First].Has(segment.FlagInQuote) {
			continue
		}
		if e.First > at {
			return false // the visit's own day
		}
		if e.Last <= prep {
			before = true
		}
	}
	return before
}

// modifierDate reports a date written as the modifier of a noun after it,
// with "the" before it: "the February 22 Paris accords", "the March 3
// vote". It dates that noun's event, not the sentence's.
func (x *extractor) modifierDate(e timex.Expr) bool {
	if x.lower(e.First-1) != "the" || e.Last >= len(x.d.Tokens) {
		return false
	}
	t := x.d.Tokens[e.Last]
	return t.Kind == segment.Word && !functionWord(x.lower(e.Last))
}

// clauseBreak reports a comma, semicolon or dash between tokens from and
// to.
func (x *extractor) clauseBreak(from, to int) bool {
	for k := from; k < to; k++ {
		switch x.lower(k) {
		case ",", ";", "-", "--", "—", "–":
			return true
		}
	}
	return false
}

// speechBetween reports a verb of saying between the trigger at token at
// and a date at token d, outside quotations: the date belongs to what is
// said or to the saying ("during a visit to X, told Reuters that in
// February output fell"; "speaking at a meeting, said ministers agreed
// last September"), never to an encounter told before the verb. A verb of
// returning there, or one the encounter comes back from, takes the date
// likewise ("will visit X before returning home on April 11", "returns
// from a visit to X on Sunday": the return's day, not the visit's).
func (x *extractor) speechBetween(at, d int) bool {
	for k := at - 1; k > 0 && k >= at-3; k-- {
		if x.lower(k) != "from" {
			continue
		}
		switch x.lower(k - 1) {
		case "return", "returns", "returned", "returning", "back":
			return true // "who returns from a visit to X on Sunday": the return's day
		}
		break
	}
	for k := at + 1; k < d; k++ {
		if x.d.Tokens[k].Has(segment.FlagInQuote) {
			continue
		}
		switch x.lower(k) {
		case "said", "says", "say", "told", "tells", "tell", "telling", "saying", "added", "adds", "stated", "announced", "announcing", "reported", "noted", "stressed", "warned":
			return true
		case "returning", "returns", "returned":
			return true // "before returning to London on April 11": the return's day
		}
	}
	return false
}

// duringTripDays reports a sentence whose run of days dated d is told in
// a relative clause on a trip ("During his trip to X, which runs from
// April 26 to 29, Y will meet Z"): an encounter the sentence places in
// that trip happens on one of those days, which the text does not give.
func (x *extractor) duringTripDays(si int, d kg.PartialDate) bool {
	s := x.d.Sentences[si]
	for _, e := range x.encounterDates(si, true) {
		if e.Date != d || x.d.Tokens[e.First].Has(segment.FlagInQuote) {
			continue
		}
		if w := x.lower(e.Last); !e.Range && !((w == "to" || w == "through") && e.Last+1 < s.Last && x.d.Tokens[e.Last+1].Kind == segment.Number) {
			continue // one day, not a run of them ("from April 26 to 29")
		}
		for k := e.First - 1; k > s.First+1 && k >= e.First-6; k-- {
			if x.lower(k) == "," {
				break
			}
			if x.lower(k) != "which" || x.text(k-1) != "," {
				continue
			}
			for j := k - 2; j > s.First && j >= k-5; j-- { // "trip", "trip to Washington"
				switch x.lower(j) {
				case "trip", "visit", "tour", "stay", "mission", "conference", "congress", "convention":
					return true
				case ",", ";":
					return false
				}
			}
		}
	}
	return false
}

// tripLengthRe finds a trip of a stated length: "on a 10-day trip",
// "a two-week tour", "his five-day official visit", "an eight-day,
// three-nation tour".
var tripLengthRe = regexp.MustCompile(`\b(a|an|his|her|their) (?:(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|[1-9]|1[0-9]|2[0-1])[- ])?(day|week)(?:[- ]long)?,? ([\w-]+ ){0,2}(visit|trip|tour|mission)\b`)

var tripNumbers = map[string]int{"": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fourteen": 14}

// tripDays is the length in days of a trip whose number (a word, digits,
// or "" for one) and unit ("day" or "week") tripLengthRe or tripSpanRe
// matched.
func tripDays(num, unit string) int {
	n, ok := tripNumbers[num]
	if !ok {
		for _, c := range num {
			n = n*10 + int(c-'0')
		}
	}
	if unit == "week" {
		n *= 7
	}
	return n
}

// tourBoundDate dates a planned encounter with no time of its own by the
// trip of its first party that an earlier sentence bounds (GUIDELINES
// §19.20, like 17.5): the most precise date holding the whole trip,
// a month when it lies in one. A trip is bounded by its first day and
// length ("X sets off on Monday on a two-week tour") or by a run of days
// ("X will be in Y from April 21 to 24"). Sentences of other parties
// are passed over; the nearest bounding one of that party is taken.
func (x *extractor) tourBoundDate(m *Meeting, si int) kg.PartialDate {
	if x.ref.IsZero() || len(m.Participants) < 2 || x.ownTime(si) {
		return kg.PartialDate{}
	}
	who := m.Participants[0].Entity
	for p := si - 1; p >= 0 && p >= si-8; p-- {
		s := x.d.Sentences[p]
		if s.Headline || s.Dateline {
			break
		}
		if !x.mentionsEntity(p, who) {
			continue // a definite trip naming no traveller: tripLegsDate (meetingdates_legs.go)
		}
		if d := x.tripBound(p); !d.IsZero() {
			return d
		}
	}
	return kg.PartialDate{}
}

// tripBound is the month holding the trip sentence p bounds (the year
// when the trip runs into a second month), or the unknown date.
func (x *extractor) tripBound(p int) kg.PartialDate {
	s := x.d.Sentences[p]
	var days []timex.Expr
	for _, e := range x.encounterDates(p, true) {
		if x.d.Tokens[e.First].Has(segment.FlagInQuote) || e.Date.Precision() != kg.PrecisionDay {
			continue
		}
		days = append(days, e)
	}
	if len(days) != 1 {
		return kg.PartialDate{}
	}
	e := days[0]
	start, end := e.Date.Start(), e.Date.Start()
	w := x.lower(e.Last)
	switch {
	case e.Range:
		end = start // a run of days within one month ("June 8-10")
	case (w == "to" || w == "through" || w == "until") && e.Last+1 < s.Last && x.d.Tokens[e.Last+1].Kind == segment.Number && (x.lower(e.First) == "from" || x.lower(e.First-1) == "from" || x.lower(e.First-1) == "for"):
		end = start // "from April 21 to 24", "planned for May 2 to 5"
	default:
		text := strings.ToLower(x.d.Text[s.Start:s.End])
		loc := tripLengthRe.FindStringSubmatchIndex(text)
		if loc == nil {
			return kg.PartialDate{}
		}
		num := ""
		if loc[4] >= 0 {
			num = text[loc[4]:loc[5]]
		}
		n := tripDays(num, text[loc[6]:loc[7]])
		// the trip starts on the day: "departs on Friday on a nine-day
		// trip", "begins a two-week tour on May 3"
		starts := false
		for k := s.First; k < s.Last; k++ {
			switch x.lower(k) {
			case "leaves", "leave", "leaving", "departs", "depart", "departing", "begins", "begin", "beginning", "starts", "start", "starting", "sets", "set", "embarks", "embark", "embarking", "opens", "open":
				starts = !x.d.Tokens[k].Has(segment.FlagInQuote)
			}
			if starts {
				break
			}
		}
		if !starts {
			return kg.PartialDate{}
		}
		end = start.AddDate(0, 0, n-1)
	}
	switch {
	case start.Year() != end.Year():
		return kg.PartialDate{}
	case start.Month() != end.Month():
		return kg.DateYear(start.Year()) // a tour across two months: the year holds it (GUIDELINES 19.20)
	}
	return kg.DateMonth(start.Year(), int(start.Month()))
}

// datesOtherTrigger reports a date expression written right after a noun
// trigger other than the one at token at ("talks tomorrow", "the meeting
// on Monday"): it dates that noun's event. A trigger that is at's purpose
// or occasion ("visit Oslo for talks next week") shares at's time; so
// does a visit's stop ("held talks on Sunday during a stopover in X").
func (x *extractor) datesOtherTrigger(e timex.Expr, at int) bool {
	if e.Rel != timex.At {
		return false
	}
	for _, tr := range x.trigFound {
		if tr.first == at && tr.kind == kg.MeetingVisit {
			return false
		}
	}
	for _, tr := range x.trigFound {
		if !tr.noun || tr.first == at || tr.first <= at && at < tr.last {
			continue
		}
		if tr.last != e.First && !(tr.last == e.First-1 && x.lower(tr.last) == "on") {
			continue
		}
		if at < tr.first && x.purposeOf(at, tr.first) {
			continue
		}
		return true
	}
	return false
}

// possessiveOverName reports a possessive date expression whose noun is
// the trigger at token at behind a name ("next week's International
// Monetary Fund meeting", "Monday's Asian Development Bank (ADB)
// session"): the name only says whose meeting it is. Every word between
// is capitalised, so a name spelt out with "of" in brackets is not read.
func (x *extractor) possessiveOverName(e timex.Expr, at int) bool {
	p := e.Last
	if p >= at || at-p > 9 || !x.d.Tokens[p].Has(segment.FlagPossessive) {
		return false
	}
	for k := p + 1; k < at; k++ {
		t := x.d.Tokens[k]
		if w := x.text(k); w == "(" || w == ")" {
			continue
		}
		if t.Kind != segment.Word && t.Kind != segment.Number || !t.Has(segment.FlagCap) || t.Has(segment.FlagPossessive) || t.Has(segment.FlagInQuote) {
			return false
		}
	}
	return true
}

// tripSpanRe finds a trip of a stated length, with up to two words
// before the length: "an official week-long visit", "a two-day visit".
var tripSpanRe = regexp.MustCompile(`\b(?:a|an|his|her|their)\s+(?:[a-z]+\s+){0,2}?(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|[1-9]|1[0-9]|2[0-1])?[- ]?(day|week)(?:[- ]long)?\s+(?:[a-z]+\s+){0,2}?(?:visit|trip|tour|stay)\b`)

// tripSpanDate is the date of a trip of a stated length that sentence si
// starts on a day written after the trip noun ("will make a week-long
// visit to X from April 29 and hold talks with Y", "pays a two-day visit
// to X ... on Friday and Saturday"): the most precise date holding all
// its days, for an encounter of that sentence that is undated or dated
// by that first day (the encounter's own day is not given). Else the
// unknown date.
func (x *extractor) tripSpanDate(si int, d kg.PartialDate, future bool) kg.PartialDate {
	s := x.d.Sentences[si]
	if x.ref.IsZero() || s.Start >= s.End || s.End > len(x.d.Text) {
		return kg.PartialDate{}
	}
	text := strings.ToLower(x.d.Text[s.Start:s.End])
	loc := tripSpanRe.FindStringSubmatchIndex(text)
	if loc == nil {
		return kg.PartialDate{}
	}
	num := ""
	if loc[2] >= 0 {
		num = text[loc[2]:loc[3]]
	}
	n := tripDays(num, text[loc[4]:loc[5]])
	if n < 2 {
		return kg.PartialDate{}
	}
	noun := -1 // the trip noun's token
	for k := s.First; k < s.Last; k++ {
		if int(x.d.Tokens[k].End) >= s.Start+loc[1] {
			noun = k
			break
		}
	}
	if noun < 0 || x.d.Tokens[noun].Has(segment.FlagInQuote) {
		return kg.PartialDate{}
	}
	for _, e := range x.encounterDates(si, future) {
		if e.First <= noun || e.First > noun+10 || e.Rel != timex.At || e.Date.Precision() != kg.PrecisionDay {
			continue
		}
		if !d.IsZero() && d != e.Date {
			return kg.PartialDate{}
		}
		for k := noun + 1; k < e.First; k++ {
			if w := x.lower(k); w == "," || w == ";" {
				return kg.PartialDate{}
			}
		}
		a := e.Date.Start()
		b := a.AddDate(0, 0, n-1)
		switch {
		case a.Year() != b.Year():
			return kg.PartialDate{}
		case a.Month() != b.Month():
			return kg.DateYear(a.Year())
		}
		return kg.DateMonth(a.Year(), int(a.Month()))
	}
	return kg.PartialDate{}
}

// presentScheduleWeekday reports an encounter told in the simple present
// of a timetable with a weekday of its own phrase ("X meets Y on Monday",
// "X starts a week-long visit to Y on Sunday"): still to come, like
// progressiveWeekday's "is meeting". The story's own weekday is under
// way, and a weekday of another clause is not the encounter's.
func (x *extractor) presentScheduleWeekday(si, cs int, tr trigger) bool {
	v := -1
	if !tr.noun {
		switch x.lower(tr.first) {
		case "meets", "visits":
			v = tr.first
		}
	} else {
		v = x.timetableNounVerb(cs, tr.first)
	}
	wd := x.timetableWeekday(si, v, tr)
	return wd != "" && x.ref.Precision() == kg.PrecisionDay && x.ref.Start().Weekday().String() != wd
}

// timetableNounVerb is the verb of a timetable ("starts", "holds") that
// opens the noun trigger at token first within its clause from cs
// ("holds talks with X", "begins a visit"), or -1.
func (x *extractor) timetableNounVerb(cs, first int) int {
	for j := first - 1; j >= cs && j >= first-5; j-- {
		w := x.lower(j)
		if w == "," || w == ";" {
			break
		}
		if timetableNounVerbs[w] {
			return j
		}
	}
	return -1
}

// timetableWeekday is the weekday ("Monday") written after "on" or
// "next" in the clause of the simple present at token v that tells the
// trigger ("meets Y on Monday", "starts a visit on Sunday"), or "" when
// there is none before a clause break, or the verb sits in a time or
// relative clause (other rules read those) or a quotation.
func (x *extractor) timetableWeekday(si, v int, tr trigger) string {
	if v < 0 || v >= len(x.d.Tokens) || x.d.Tokens[v].Has(segment.FlagInQuote) {
		return ""
	}
	switch x.lower(v - 1) {
	case "when", "once", "if", "before", "after", "until", "as", "while", "who", "which", "that":
		return "" // a time or relative clause: other rules read it
	}
	last := x.d.Sentences[si].Last
	for k := tr.last; k < last && k <= tr.last+12; k++ {
		w := x.lower(k)
		if x.d.Tokens[k].Has(segment.FlagInQuote) || mentions.IsSpeechVerb(w) {
			return ""
		}
		switch w {
		case ",", ";", ":", "after", "before", "since", "following", "until", "where", "when", "who", "which", "while", "but":
			return ""
		}
		switch x.text(k) {
		case "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday":
			if x.lower(k-1) != "on" && x.lower(k-1) != "next" {
				return ""
			}
			return x.text(k)
		}
	}
	return ""
}
