package events

import (
	"strings"

	"github.com/actorgraph/actorgraph/internal/extract/mentions"
	"github.com/actorgraph/actorgraph/internal/extract/segment"
	"github.com/actorgraph/actorgraph/internal/extract/timex"
	"github.com/actorgraph/actorgraph/internal/kg"
)

// frame is an attribution: a speaker and the verb that reports speech.
type frame struct {
	speaker    int // entity
	speakerMi  int // mention
	attrFirst  int // first token of the attribution (speaker with title, or verb)
	attrLast   int // token after the attribution
	verb       int
	inverted   bool // "said X"
	according  bool // "according to X"
	rule       string
	personLike bool
}

// contentBeforeVerbs can follow what they report: "“...,” he said."
func contentBeforeVerb(w string) bool {
	switch w {
	case "said", "says", "say", "told", "tells", "added", "adds", "stated", "noted", "notes", "argued", "argues", "insisted", "insists",
		"explained", "claimed", "claims", "asserted", "stressed", "warned", "warns", "wrote", "writes", "asked", "replied", "responded",
		"remarked", "commented", "recalled", "maintained", "countered", "cautioned", "complained", "conceded", "admitted",
		"acknowledged", "declared", "announced", "reiterated", "emphasised", "emphasized", "predicted", "estimated":
		return true
	}
	return false
}

// invertible verbs may precede their speaker: "..., said Mr Howard."
func invertible(w string) bool {
	switch w {
	case "said", "says", "added", "adds", "asked", "wrote", "writes", "explained", "insisted", "argued", "warned", "noted", "stated", "continued", "replied", "recalled", "explains", "insists", "argues", "warns", "notes":
		return true
	}
	return false
}

// findFrames lists the attributions of a sentence (outside quotations).
func (x *extractor) findFrames(si int) []frame {
	s := x.d.Sentences[si]
	var out []frame
	for v := s.First; v < s.Last; v++ {
		tk := x.d.Tokens[v]
		if tk.Kind != segment.Word || tk.Has(segment.FlagInQuote) {
			continue
		}
		w := x.lower(v)
		if w == "according" && x.lower(v+1) == "to" {
			if f, ok := x.accordingTo(si, v); ok {
				out = append(out, f)
			}
			continue
		}
		if !mentions.IsSpeechVerb(w) || tk.Has(segment.FlagCap) || x.md.ByToken[v] >= 0 {
			continue
		}
		if w == "described" && !x.hasWordAhead(v, s.Last, "as", 12) {
			continue
		}
		if w == "agreed" || w == "estimated" || w == "forecast" {
			if x.lower(v+1) != "that" {
				continue
			}
		}
		// "X said": the speaker right before the verb
		if subj := x.subjectMention(si, v); subj >= 0 {
			if e := x.actor(subj); e >= 0 {
				m := &x.md.Mentions[subj]
				first := m.First
				if m.Title != nil && !m.Title.Appositive && m.Title.First < first {
					first = m.Title.First
				}
				if m.Hon != "" {
					for first > s.First && int(x.d.Tokens[first-1].Start) >= m.HonStart {
						first--
					}
				}
				out = append(out, frame{speaker: e, speakerMi: subj, attrFirst: first, attrLast: v + 1, verb: v, rule: "statement:speaker-verb", personLike: x.isPerson(e)})
				continue
			}
		}
		// "..., said X"
		if v+1 < s.Last && invertible(w) && v > s.First && (x.text(v-1) == "," || x.d.Tokens[v-1].Has(segment.FlagClose)) {
			if ents, end := x.listAfter(si, v+1); len(ents) == 1 {
				mi := x.firstActorMention(si, v+1, end)
				out = append(out, frame{speaker: ents[0], speakerMi: mi, attrFirst: v, attrLast: end, verb: v, inverted: true, rule: "statement:verb-speaker", personLike: x.isPerson(ents[0])})
			}
		}
	}
	return out
}

func (x *extractor) hasWordAhead(v, last int, w string, n int) bool {
	for k := v + 1; k < last && k <= v+n; k++ {
		if x.lower(k) == w {
			return true
		}
	}
	return false
}

func (x *extractor) firstActorMention(si, from, to int) int {
	for k := from; k < to; k++ {
		if mi := x.md.ByToken[k]; mi >= 0 && !x.md.Mentions[mi].InTitle {
			return int(mi)
		}
	}
	return -1
}

// subjectMention returns the mention that is the subject right before
// token v, or -1.
func (x *extractor) subjectMention(si, v int) int {
	s := x.d.Sentences[si]
	k := v - 1
	for k >= s.First && fillers[x.lower(k)] && x.lower(k) != "to" {
		k--
	}
	if k >= s.First && x.text(k) == "," && !x.d.Tokens[k].Has(segment.FlagInQuote) {
		j := k - 1
		for j >= s.First && !(x.text(j) == "," && !x.d.Tokens[j].Has(segment.FlagInQuote)) && k-j < 30 {
			j--
		}
		if j >= s.First && x.text(j) == "," {
			k = j - 1
		}
	}
	if k < s.First {
		return -1
	}
	mi := x.md.ByToken[k]
	if mi < 0 {
		return -1
	}
	m := &x.md.Mentions[mi]
	if m.InTitle || m.Possessive || m.InQuote || m.Kind == mentions.Place || m.Kind == mentions.Surname {
		return -1
	}
	return int(mi)
}

// accordingTo reads "according to X" and "according to a statement issued by X".
func (x *extractor) accordingTo(si, v int) (frame, bool) {
	s := x.d.Sentences[si]
	k := v + 2
	end := k
	for j := k; j < s.Last && j < k+8; j++ {
		if w := x.lower(j); w == "by" {
			k = j + 1
			break
		}
	}
	for k < s.Last && x.lower(k) == "the" {
		k++
	}
	if k >= s.Last {
		return frame{}, false
	}
	mi := x.md.ByToken[k]
	for mi >= 0 && x.md.Mentions[mi].InTitle {
		k = x.md.Mentions[mi].Last
		if k >= s.Last {
			return frame{}, false
		}
		mi = x.md.ByToken[k]
	}
	if mi < 0 {
		if e, n := x.g.MatchTitle(x.d, k, s.Last); e != nil {
			mi = x.md.ByToken[min(k+n, s.Last-1)]
		}
	}
	if mi < 0 {
		return frame{}, false
	}
	m := &x.md.Mentions[mi]
	if m.Kind == mentions.Country && m.Last < s.Last {
		// "the Chilean Foreign Ministry": the ministry speaks
		if nm := x.md.ByToken[m.Last]; nm >= 0 && x.md.Mentions[nm].Kind == mentions.Org {
			mi, m = nm, &x.md.Mentions[nm]
		}
	}
	if m.Possessive || m.Kind == mentions.Place || x.modifier(int(mi)) {
		return frame{}, false // "according to China's customs data", "the ASEAN secretariat"
	}
	e := x.actor(int(mi))
	if e < 0 {
		return frame{}, false
	}
	end = m.Last
	// "..., an expert at X": the appositive belongs to the attribution
	return frame{speaker: e, speakerMi: int(mi), attrFirst: v, attrLast: end, verb: v, according: true, rule: "statement:according-to", personLike: x.isPerson(e)}, true
}

// statements turns attributions and quotations into statements.
func (x *extractor) statements() {
	used := make([]bool, len(x.d.Quotes))
	for si := range x.d.Sentences {
		s := x.d.Sentences[si]
		if s.Headline || x.text(s.Last-1) == "?" && !x.hasQuote(si) {
			continue
		}
		frames := x.findFrames(si)
		if len(frames) == 0 {
			continue
		}
		f := frames[0]
		for _, c := range frames {
			if c.personLike && !f.personLike {
				f = c
				break
			}
		}
		st := x.statement(si, f, used)
		if st == nil {
			continue
		}
		x.out.Statements = append(x.out.Statements, *st)
	}
}

func (x *extractor) hasQuote(si int) bool { return len(x.sentQuotes(si)) > 0 }

// sentQuotes returns the indices of the quotations overlapping sentence si
// (quotations are in text order, so a binary search finds the first).
func (x *extractor) sentQuotes(si int) []int {
	s := x.d.Sentences[si]
	qs := x.d.Quotes
	lo, hi := 0, len(qs)
	for lo < hi {
		m := (lo + hi) / 2
		if qs[m].End <= s.Start {
			lo = m + 1
		} else {
			hi = m
		}
	}
	x.qbuf = x.qbuf[:0]
	for q := lo; q < len(qs) && qs[q].Start < s.End; q++ {
		if qs[q].End > s.Start {
			x.qbuf = append(x.qbuf, q)
		}
	}
	return x.qbuf
}

func (x *extractor) statement(si int, f frame, used []bool) *Statement {
	s := x.d.Sentences[si]
	span := Span{si, si}
	// quotations of this sentence, and one begun in an earlier sentence
	// of the paragraph that ends here
	var quotes []int
	for _, qi := range append([]int(nil), x.sentQuotes(si)...) {
		q := x.d.Quotes[qi]
		if used[qi] || q.Para != s.Para {
			continue
		}
		{
			quotes = append(quotes, qi)
			if first := x.d.SentenceAt(q.Start); first >= 0 && first < span.First {
				span.First = first
			}
		}
	}
	// content: before the attribution or after it
	contentFirst, contentLast := -1, -1
	verbWord := x.lower(f.verb)
	afterStart := f.attrLast
	if verbWord == "told" || verbWord == "tells" || verbWord == "asked" {
		afterStart = x.skipListener(f.attrLast, s.Last)
	}
	// "said on Tuesday that ...": start after "that" or ":" when only a
	// time, a venue or a listener stands between
	marked := false
	for k := afterStart; k < s.Last && k < afterStart+10; k++ {
		w := x.text(k)
		if (w == "that" || w == ":") && !x.d.Tokens[k].Has(segment.FlagInQuote) {
			afterStart = k + 1
			marked = true
			break
		}
		if !x.skippable(k) {
			break
		}
	}
	firstTok := x.d.Sentences[span.First].First
	beforeHasQuote := false
	for _, qi := range quotes {
		if x.d.Quotes[qi].Start < int(x.d.Tokens[f.attrFirst].Start) {
			beforeHasQuote = true
		}
	}
	beforeWords := x.wordCount(firstTok, f.attrFirst)
	afterWords := x.wordCount(afterStart, s.Last)
	afterMarked := marked || (afterStart < s.Last && x.d.Tokens[afterStart].Has(segment.FlagOpen))
	switch {
	case f.according:
		if beforeWords >= 3 {
			contentFirst, contentLast = firstTok, f.attrFirst
		} else {
			contentFirst, contentLast = f.attrLast, s.Last
		}
	case f.inverted:
		contentFirst, contentLast = firstTok, f.attrFirst
	case afterMarked && afterWords >= 2:
		contentFirst, contentLast = afterStart, s.Last
	case contentBeforeVerb(verbWord) && beforeWords >= 3 && (beforeHasQuote || x.endsWithComma(f.attrFirst)):
		contentFirst, contentLast = firstTok, f.attrFirst
	case afterWords >= 3:
		contentFirst, contentLast = afterStart, s.Last
	default:
		return nil
	}
	// keep only the quotations inside the content; continuation quotations
	// in the next sentences of the paragraph belong to the same speaker
	var qtexts []string
	for _, qi := range quotes {
		q := x.d.Quotes[qi]
		if q.Start >= int(x.d.Tokens[contentFirst].Start) && q.Start < x.tokEnd(contentLast) {
			qtexts = append(qtexts, cleanQuote(x.d.Text[q.Start:q.End]))
			used[qi] = true
		}
	}
	if len(qtexts) > 0 {
		for next := si + 1; next < len(x.d.Sentences); next++ {
			ns := x.d.Sentences[next]
			if ns.Para != s.Para || !x.d.Tokens[ns.First].Has(segment.FlagOpen) || len(x.findFrames(next)) > 0 {
				break
			}
			qi := x.quoteAtToken(ns.First)
			if qi < 0 || used[qi] {
				break
			}
			qtexts = append(qtexts, cleanQuote(x.d.Text[x.d.Quotes[qi].Start:x.d.Quotes[qi].End]))
			used[qi] = true
			span.Last = next
		}
	}
	text := x.plain(contentFirst, contentLast)
	if len(strings.Fields(text)) < 2 && len(qtexts) == 0 {
		return nil
	}
	st := &Statement{
		Speaker: f.speaker,
		Quote:   strings.Join(qtexts, " … "),
		Text:    text,
		Span:    span,
		Rule:    f.rule,
	}
	st.Date, st.Rule = x.statementDate(si, contentFirst, contentLast, st.Rule)
	st.About = x.about(span, contentFirst, contentLast, f.speaker)
	return st
}

// skippable: words between a speech verb and "that" that do not start
// what was said ("said on Tuesday in a statement that").
func (x *extractor) skippable(k int) bool {
	t := x.d.Tokens[k]
	if t.Kind == segment.Number {
		return true
	}
	w := x.lower(k)
	if x.g.Month(x.text(k)) > 0 || x.g.Weekday(x.text(k)) > 0 {
		return true
	}
	switch w {
	case "on", "in", "at", "a", "an", "the", "last", "this", "next", "yesterday", "today", "earlier", "later", "also", "again", "publicly", "separately",
		"repeatedly", "previously", "statement", "interview", "press", "news", "conference", "briefing", "speech", "reporters", "journalists", "him", "her",
		"them", "us", "me", "parliament", "lawmakers", "mps", "week", "month", "year", "morning", "afternoon", "evening", "night", ",", "written", "televised", "radio", "television", "tv", "separate", "recent", "its", "his", "their", "to", "during":
		return true
	}
	if mi := x.md.ByToken[k]; mi >= 0 && (x.md.Mentions[mi].Kind == mentions.Org || x.md.Mentions[mi].Kind == mentions.Country) {
		return true
	}
	return false
}

func (x *extractor) quoteAtToken(t int) int {
	si := x.d.SentenceAt(int(x.d.Tokens[t].Start))
	if si < 0 {
		return -1
	}
	for _, qi := range x.sentQuotes(si) {
		if x.d.Quotes[qi].Open == t {
			return qi
		}
	}
	return -1
}

func (x *extractor) tokEnd(last int) int {
	if last <= 0 {
		return 0
	}
	return int(x.d.Tokens[last-1].End)
}

func (x *extractor) endsWithComma(k int) bool {
	for j := k - 1; j >= 0 && j >= k-2; j-- {
		w := x.text(j)
		if w == "," {
			return true
		}
		if x.d.Tokens[j].Kind != segment.Quote {
			return false
		}
	}
	return false
}

func (x *extractor) skipListener(k, last int) int {
	for j := k; j < last && j < k+8; j++ {
		w := x.lower(j)
		switch w {
		case "that", ":", ",", "on", "in", "at", "during", "ahead", "after", "before", "when", "while", "last", "this", "yesterday", "today":
			return j
		}
		if x.d.Tokens[j].Kind == segment.Quote {
			return j
		}
	}
	return k
}

func (x *extractor) wordCount(from, to int) int {
	n := 0
	for k := from; k < to; k++ {
		if x.d.Tokens[k].Kind == segment.Word || x.d.Tokens[k].Kind == segment.Number {
			n++
		}
	}
	return n
}

// plain returns the words of tokens [from, to) without quotation marks and
// without the commas or periods that trail them.
func (x *extractor) plain(from, to int) string {
	if from >= to {
		return ""
	}
	var b strings.Builder
	prevEnd := -1
	for k := from; k < to; k++ {
		t := x.d.Tokens[k]
		if t.Kind == segment.Quote {
			if prevEnd >= 0 && t.Has(segment.FlagSpaceBefore) {
				prevEnd = -2 // keep one space
			}
			continue
		}
		if b.Len() > 0 && (t.Has(segment.FlagSpaceBefore) || prevEnd == -2) {
			b.WriteByte(' ')
		}
		b.WriteString(x.d.Text[t.Start:t.End])
		prevEnd = int(t.End)
	}
	return strings.TrimRight(strings.TrimSpace(b.String()), ",;:—– ")
}

func cleanQuote(q string) string {
	return strings.TrimRight(strings.TrimSpace(q), ",;:—– ")
}

// statementDate dates a statement by a date expression outside what was
// said; a bounding expression ("ahead of the May 16 meeting") leaves it
// unknown; with none, the article's reference date applies.
func (x *extractor) statementDate(si, cf, cl int, rule string) (kg.PartialDate, string) {
	s := x.d.Sentences[si]
	x.dates = timex.Find(x.d, x.g, s.First, s.Last, x.ref, false, x.dates[:0])
	bounded := false
	for _, e := range x.dates {
		if e.First >= cf && e.First < cl || x.d.Tokens[e.First].Has(segment.FlagInQuote) {
			continue
		}
		if e.Rel != timex.At {
			bounded = true
			continue
		}
		return e.Date, rule
	}
	if bounded {
		return kg.PartialDate{}, rule
	}
	return x.ref, rule + "+reference-date"
}

// about lists the actors named in what was said, other than the speaker.
func (x *extractor) about(span Span, cf, cl, speaker int) []int {
	var out []int
	seen := map[int]bool{speaker: true}
	for si := span.First; si <= span.Last; si++ {
		for _, mi := range x.bySent[si] {
			m := &x.md.Mentions[mi]
			inContent := m.First >= cf && m.First < cl
			if !inContent && !m.InQuote {
				continue
			}
			if m.Kind == mentions.Pronoun || m.Kind == mentions.Surname || m.InTitle {
				continue
			}
			e := m.Entity
			if e < 0 || seen[e] || x.cr.Entities[e].IsPlace() {
				continue
			}
			seen[e] = true
			out = append(out, e)
		}
	}
	return out
}
