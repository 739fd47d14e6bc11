// Package events reads roles, meetings and statements out of an article
// whose mentions are found and resolved. Its rules are deliberately
// conservative: a fact needs named (or clearly resolved) parties in the
// sentence that states it, and negated, habitual, conditional or
// questioned encounters are not facts. Every fact keeps the sentence
// range it came from and the rule that fired.
package events

import (
	"strings"

	"github.com/actorgraph/actorgraph/internal/extract/coref"
	"github.com/actorgraph/actorgraph/internal/extract/gazetteer"
	"github.com/actorgraph/actorgraph/internal/extract/mentions"
	"github.com/actorgraph/actorgraph/internal/extract/segment"
	"github.com/actorgraph/actorgraph/internal/extract/timex"
	"github.com/actorgraph/actorgraph/internal/kg"
)

// Span is the sentence range [First, Last] a fact is stated in.
type Span struct{ First, Last int }

// Role is a title a person holds.
type Role struct {
	Person int // entity
	Title  string
	Of     int // entity, -1 when not stated
	Span   Span
	Rule   string
}

// Participant is an entity's part in a meeting.
type Participant struct {
	Entity int
	Role   string // "visitor", "host" or ""
}

// Meeting is an encounter.
type Meeting struct {
	Kind         kg.MeetingKind
	Status       kg.MeetingStatus
	Participants []Participant
	Date         kg.PartialDate
	Place        int // entity (a place or a country), -1 when unknown
	Span         Span
	Rule         string
}

// Statement is what an actor said.
type Statement struct {
	Speaker int
	Quote   string
	Text    string
	Date    kg.PartialDate
	About   []int
	Span    Span
	Rule    string
}

// Facts are an article's events.
type Facts struct {
	Roles      []Role
	Meetings   []Meeting
	Statements []Statement
}

// CountryEntity returns the entity of the country with that ISO code,
// adding it when the article never names it (a visit to "Beijing" has
// China as its host).
type CountryEntity func(iso string) int

type extractor struct {
	d        *segment.Doc
	g        *gazetteer.Gazetteer
	md       *mentions.Doc
	cr       *coref.Result
	ref      kg.PartialDate
	country  CountryEntity
	opts     Options
	home     string  // ISO code of the article's home country, "" when unclear
	textHome string  // the home country by what the text names alone
	bySent   [][]int // mention indices per sentence
	dates    []timex.Expr
	qbuf     []int
	out      Facts
}

// Options carry what the text alone does not say.
type Options struct {
	// Locale is the ISO code of the country the publication writes from
	// (BBC: GB), the holder of a national title the text leaves bare
	// when the article itself points nowhere else; "" when unknown.
	Locale string
	// Title is the headline when the text does not open with it: the
	// countries it names weigh in the article's home country.
	Title string
}

// Extract finds the roles, meetings and statements of an article.
func Extract(d *segment.Doc, g *gazetteer.Gazetteer, md *mentions.Doc, cr *coref.Result, ref kg.PartialDate, country CountryEntity, opts Options) *Facts {
	x := &extractor{d: d, g: g, md: md, cr: cr, ref: ref, country: country, opts: opts}
	x.bySent = make([][]int, len(d.Sentences))
	for i := range md.Mentions {
		s := md.Mentions[i].Sent
		x.bySent[s] = append(x.bySent[s], i)
	}
	x.home, x.textHome = x.homeCountry()
	x.roles()
	for si := range d.Sentences {
		if d.Sentences[si].Headline {
			continue
		}
		x.meetings(si)
	}
	x.statements()
	return &x.out
}

func (x *extractor) text(i int) string { return x.d.TokenText(i) }

func (x *extractor) lower(i int) string {
	if i < 0 || i >= len(x.d.Tokens) {
		return ""
	}
	w := x.d.TokenText(i)
	for j := 0; j < len(w); j++ {
		if c := w[j]; c >= 'A' && c <= 'Z' {
			return strings.ToLower(w)
		}
	}
	return w
}

// actor returns the actor entity a mention denotes, or -1.
func (x *extractor) actor(mi int) int {
	m := &x.md.Mentions[mi]
	var e int
	switch m.Kind {
	case mentions.Person, mentions.Country, mentions.Org, mentions.Descriptor:
		e = m.Entity
	case mentions.Pronoun:
		e = x.cr.Pronoun(mi)
	default:
		return -1
	}
	if e < 0 || x.cr.Entities[e].IsPlace() {
		return -1
	}
	return e
}

func (x *extractor) isPerson(e int) bool { return e >= 0 && x.cr.Entities[e].Kind == kg.KindPerson }

// ---- roles ----

// roles records the titles people are given: before the name ("Russian
// President X"), in apposition ("X, the speaker of the House") or through
// a definite description resolved to them ("the Pakistani president").
// The holder is what the text names; else what another mention of the
// same person names; else, for national posts, the article's home
// country; posts of cities and regions (mayor, governor) keep no holder;
// posts inside a body the text does not name are not recorded.
func (x *extractor) roles() {
	for mi := range x.md.Mentions {
		m := &x.md.Mentions[mi]
		if m.Kind != mentions.Person || m.Entity < 0 || m.Weak {
			continue
		}
		for _, t := range []*mentions.Title{m.Title, m.Appos} {
			if t == nil || t.Former || t.Head == nil || t.Head.Class != gazetteer.Role {
				continue
			}
			title := strings.Join(strings.Fields(t.Text), " ")
			if title == "" {
				continue
			}
			rule := "role:title-before-name"
			if t.Appositive {
				rule = "role:appositive"
			}
			of := x.titleOf(t)
			if of < 0 {
				var how string
				of, how = x.inferHolder(mi, t)
				if of < 0 && t.Scope() != gazetteer.ScopeLocal {
					continue // "President Reagan": of what, the text does not say
				}
				rule += how
			}
			x.out.Roles = append(x.out.Roles, Role{Person: m.Entity, Title: title, Of: of, Span: Span{m.Sent, m.Sent}, Rule: rule})
		}
	}
}

// titleOf is the actor a title names as its holder, or -1.
func (x *extractor) titleOf(t *mentions.Title) int {
	if t.Of < 0 {
		if t.OfISO != "" {
			return x.country(t.OfISO)
		}
		return -1
	}
	of := x.md.Mentions[t.Of].Entity
	if of >= 0 && x.cr.Entities[of].IsPlace() {
		return -1
	}
	return of
}

// inferHolder finds the holder of a title the text leaves bare: the one
// the same person's other titles name (same post first: "President X"
// after "the Pakistani president"; then, for a national post, the one
// country named with any of their titles), else the home country for a
// national post. It returns the entity and a rule suffix.
func (x *extractor) inferHolder(mi int, t *mentions.Title) (int, string) {
	person := x.md.Mentions[mi].Entity
	if t.Pronoun && t.Scope() == gazetteer.ScopeGov {
		// "French President X, his Prime Minister Y": the country of the
		// person named just before
		for j := mi - 1; j >= 0 && x.md.Mentions[j].Sent >= x.md.Mentions[mi].Sent-1; j-- {
			p := &x.md.Mentions[j]
			if p.Kind != mentions.Person || p.Entity < 0 || p.Entity == person || p.InTitle {
				continue
			}
			for _, o := range []*mentions.Title{p.Title, p.Appos} {
				if o == nil {
					continue
				}
				if of := x.titleOf(o); of >= 0 && x.cr.Entities[of].Kind == kg.KindCountry {
					return of, "+possessor"
				}
			}
			break
		}
		return -1, ""
	}
	same, country := -1, -1
	countries := 0
	for mi := range x.md.Mentions {
		m := &x.md.Mentions[mi]
		if m.Entity != person || (m.Kind != mentions.Person && m.Kind != mentions.Descriptor) {
			continue
		}
		for _, o := range []*mentions.Title{m.Title, m.Appos} {
			if o == nil || o.Head == nil || o == t {
				continue
			}
			of := x.titleOf(o)
			if of < 0 {
				continue
			}
			if strings.EqualFold(o.Head.Name, t.Head.Name) && same < 0 && !o.Former {
				same = of
			}
			if x.cr.Entities[of].Kind == kg.KindCountry && of != country {
				country = of
				countries++
			}
		}
	}
	if same >= 0 {
		return same, "+same-person"
	}
	if t.Scope() != gazetteer.ScopeGov {
		return -1, ""
	}
	if countries == 1 {
		return country, "+same-person"
	}
	if own := t.Head.Own; own != "" && x.named(own) {
		// "Senator X" in an article that names the United States
		return x.country(own), "+title-country"
	}
	home := x.home
	if t.Head.Lead {
		// "President Reagan" is written from every capital: a head of
		// state's country comes from what the article is about, not from
		// where it was filed
		home = x.textHome
	}
	if home != "" && !x.g.TitleAbsent(home, t.Head.Name) {
		return x.country(home), "+home-country"
	}
	return -1, ""
}

// named reports whether the article names the country (by name,
// demonym, or a capital or seat acting for it).
func (x *extractor) named(iso string) bool {
	for mi := range x.md.Mentions {
		m := &x.md.Mentions[mi]
		if m.Kind == mentions.Country && m.Entry != nil && m.Entry.ISO == iso {
			return true
		}
	}
	return false
}

// homeCountry is the country an article is written from or about, whose
// national posts its bare titles name ("Chancellor X" in a British paper):
// the place of a dateline, else the publication's country, else the one
// country the article names clearly more often than any other.
func (x *extractor) homeCountry() (home, textHome string) {
	textHome = x.dominantCountry()
	for si := range x.d.Sentences {
		s := x.d.Sentences[si]
		if s.Para > 0 {
			break
		}
		if !s.Dateline {
			continue
		}
		if iso := x.g.PlaceCountry(x.d.Text[s.Start:s.End]); iso != "" {
			return iso, textHome
		}
	}
	// the publication's country, unless the article never names it and
	// is plainly about another ("economy minister X" in a British paper's
	// story on Japan)
	if x.opts.Locale != "" && (textHome == "" || x.named(x.opts.Locale)) {
		return x.opts.Locale, textHome
	}
	return textHome, textHome
}

// dominantCountry is the one country the article (and its headline)
// names clearly more often than any other, or "".
func (x *extractor) dominantCountry() string {
	counts := map[string]int{}
	for mi := range x.md.Mentions {
		m := &x.md.Mentions[mi]
		if m.Kind == mentions.Country && m.Entry != nil && m.Entry.ISO != "" && !m.InQuote {
			counts[m.Entry.ISO]++
			if x.d.Sentences[m.Sent].Headline {
				counts[m.Entry.ISO]++
			}
		}
	}
	if x.opts.Title != "" {
		// the headline says what the story is about: its countries count twice
		td := segment.Segment(x.opts.Title)
		for i := 0; i < len(td.Tokens); i++ {
			e, n := x.g.MatchEntity(td, i, len(td.Tokens))
			if e == nil {
				continue
			}
			switch e.Kind {
			case gazetteer.Country, gazetteer.Demonym, gazetteer.Seat:
				counts[e.ISO] += 2
			}
			i += n - 1
		}
	}
	best, first, second := "", 0, 0
	for iso, n := range counts {
		switch {
		case n > first || n == first && iso < best:
			best, first, second = iso, n, max(first, second)
		case n > second:
			second = n
		}
	}
	if first >= 2 && first >= 2*second {
		return best
	}
	return ""
}

// ---- meetings ----

type trigger struct {
	kind   kg.MeetingKind
	noun   bool
	plural bool
	first  int // token range of the trigger words
	last   int
	rule   string
}

// findTrigger reads a meeting trigger at token i.
func (x *extractor) findTrigger(i, last int) (trigger, bool) {
	w := x.lower(i)
	next := x.lower(i + 1)
	prev := x.lower(i - 1)
	t := trigger{first: i, last: i + 1}
	switch w {
	case "met", "meets", "meet":
		t.kind, t.rule = kg.MeetingMeeting, "meeting:verb-met"
		if next == "with" {
			t.last = i + 2
		}
		return t, true
	case "meeting", "meetings":
		switch prev {
		case "is", "was", "are", "were", "be", "been":
			t.kind, t.rule = kg.MeetingMeeting, "meeting:verb-met"
			return t, true
		}
		t.kind, t.noun, t.plural, t.rule = kg.MeetingMeeting, true, w == "meetings", "meeting:noun-meeting"
		return t, true
	case "talks", "talk", "talked", "discussions", "negotiations":
		if w == "talk" && prev != "a" {
			return t, false
		}
		t.kind, t.noun, t.rule = kg.MeetingTalks, w != "talked", "talks:noun-talks"
		if w == "talked" {
			t.rule = "talks:verb-talked"
		}
		return t, true
	case "visited", "visits", "visit", "visiting", "trip":
		t.kind, t.rule = kg.MeetingVisit, "visit:verb-visited"
		switch {
		case w == "trip":
			t.noun = true
			t.rule = "visit:noun-visit"
		case w == "visit" && (prev == "a" || prev == "the" || prev == "state" || prev == "official" || prev == "’s" || prev == "'s" || strings.HasSuffix(prev, "-day") || prev == "his" || prev == "her" || prev == "first" || prev == "recent" || prev == "their"),
			w == "visits" && (prev == "state" || prev == "official"):
			t.noun = true
			t.rule = "visit:noun-visit"
		}
		return t, true
	case "hosted", "hosts", "host", "received":
		t.kind, t.rule = kg.MeetingMeeting, "meeting:verb-hosted"
		return t, true
	case "phoned", "telephoned", "called", "rang":
		if w == "called" || w == "rang" {
			// "called the deal lousy", "called Nevada": a call only when
			// the sentence speaks of a phone
			phone := false
			for k := i + 1; k < last && k < i+12; k++ {
				if lk := x.lower(k); lk == "phone" || lk == "telephone" || lk == "phone," {
					phone = true
				}
			}
			if !phone {
				return t, false
			}
		}
		t.kind, t.rule = kg.MeetingCall, "call:verb-called"
		return t, true
	case "call", "conversation", "calls":
		if prev == "phone" || prev == "telephone" || prev == "video" || prev == "a" {
			t.kind, t.noun, t.rule = kg.MeetingCall, true, "call:noun-call"
			if prev == "a" && w != "call" {
				return t, false
			}
			return t, true
		}
	case "spoke", "speaks", "spoken", "talking", "speaking":
		// "spoke by phone with", "spoke to X by telephone"
		for k := i + 1; k < last && k < i+12; k++ {
			lk := x.lower(k)
			if lk == "phone" || lk == "telephone" {
				t.kind, t.rule = kg.MeetingCall, "call:verb-spoke-by-phone"
				return t, true
			}
		}
	case "summit", "summits":
		t.kind, t.noun, t.rule = kg.MeetingSummit, true, "summit:noun-summit"
		return t, true
	}
	return t, false
}

func (x *extractor) meetings(si int) {
	s := x.d.Sentences[si]
	if x.text(s.Last-1) == "?" {
		return
	}
	for i := s.First; i < s.Last; i++ {
		tk := x.d.Tokens[i]
		if tk.Kind != segment.Word || tk.Has(segment.FlagInQuote) {
			continue
		}
		tr, ok := x.findTrigger(i, s.Last)
		if !ok {
			continue
		}
		x.meeting(si, tr)
		i = tr.last - 1
	}
}

// clauseStart finds where the clause holding token i begins.
func (x *extractor) clauseStart(si, i int) int {
	s := x.d.Sentences[si]
	for k := i - 1; k >= s.First; k-- {
		if x.d.Tokens[k].Has(segment.FlagInQuote) {
			continue
		}
		switch x.text(k) {
		case ";", ":", "—", "–":
			return k + 1
		}
	}
	return s.First
}

var fillers = map[string]bool{"also": true, "later": true, "again": true, "then": true, "previously": true, "recently": true, "has": true, "had": true, "have": true, "reportedly": true, "already": true, "first": true, "last": true, "finally": true, "briefly": true, "separately": true, "subsequently": true, "once": true, "twice": true, "personally": true, "publicly": true, "privately": true, "formally": true, "officially": true, "jointly": true, "both": true, "all": true, "will": true, "would": true, "to": true, "is": true, "was": true, "are": true, "were": true, "be": true, "been": true, "and": false, "would-be": false, "just": true, "had-": false, "also-": false, "said": false, "never": true, "not": true, "did": true, "does": true, "do": true, "expected": true, "scheduled": true, "due": true, "set": true, "plans": true, "planned": true, "planning": true, "hopes": true, "wants": true, "intends": true, "agreed": true, "going": true, "likely": true, "shall": true, "could": true, "may": true, "might": true, "can": true, "must": true, "should": true}

// subjectBefore returns the actor entities named just before token i
// (skipping adverbs, auxiliaries and an interjected ", ... ,"), with
// coordination ("A and B met"). mentionsOut receives their mention indices.
func (x *extractor) subjectBefore(si, i int) []int {
	s := x.d.Sentences[si]
	k := i - 1
	for k >= s.First && fillers[x.lower(k)] {
		k--
	}
	if k >= s.First && x.text(k) == "," && !x.d.Tokens[k].Has(segment.FlagInQuote) {
		// "Xi, in return, pledged": jump over one interjection or appositive
		j := k - 1
		for j >= s.First && !(x.text(j) == "," && !x.d.Tokens[j].Has(segment.FlagInQuote)) && k-j < 30 {
			j--
		}
		if j >= s.First && x.text(j) == "," {
			k = j - 1
		}
	}
	if k < s.First {
		return nil
	}
	var out []int
	for k >= s.First {
		mi := x.md.ByToken[k]
		if mi < 0 {
			break
		}
		m := &x.md.Mentions[mi]
		if m.InTitle {
			break
		}
		if m.Possessive || x.modifier(int(mi)) {
			break // "Putin's aides met", "UK firms met": not Putin, not the UK
		}
		e := x.actor(int(mi))
		if e < 0 {
			break
		}
		out = append(out, e)
		k = m.First - 1
		// a title before the name is part of it
		if m.Title != nil && !m.Title.Appositive && m.Title.First <= k {
			k = m.Title.First - 1
		}
		if m.Hon != "" {
			for k >= s.First && x.d.Tokens[k].Start >= int32(m.HonStart) {
				k--
			}
		}
		if k >= s.First && (x.lower(k) == "and" || x.text(k) == ",") {
			k--
			if k >= s.First && x.lower(k) == "and" {
				k--
			}
			continue
		}
		break
	}
	return out
}

// listAfter reads the actors named from token k on: "Xi Jinping",
// "the CCP leader and French President Emmanuel Macron", "A, B and C".
func (x *extractor) listAfter(si, k int) (ents []int, end int) {
	s := x.d.Sentences[si]
	for k < s.Last {
		w := x.lower(k)
		tk := x.d.Tokens[k]
		if tk.Has(segment.FlagInQuote) {
			break
		}
		mi := x.md.ByToken[k]
		if mi >= 0 {
			m := &x.md.Mentions[mi]
			if m.InTitle {
				k = m.Last
				continue
			}
			if m.Kind == mentions.Place {
				break
			}
			// "senior CCP officials": a group of the body, not the body
			if m.Last < s.Last && groupNoun(x.lower(m.Last)) {
				k = m.Last + 1
				goto sep
			}
			if m.Possessive {
				break // "Putin's aide"
			}
			if x.modifier(int(mi)) {
				break // "UK bank Barclays": the bank, not the country
			}
			if e := x.actor(int(mi)); e >= 0 {
				ents = append(ents, e)
			}
			k = m.Last
			goto sep
		}
		if e, n := x.g.MatchTitle(x.d, k, s.Last); e != nil {
			k += n
			continue
		}
		switch w {
		case "the", "a", "his", "her", "their", "its", "senior", "top", "former", "communist", "new", "visiting", "counterpart":
			k++
			continue
		}
		if tk.Kind == segment.Word && !tk.Has(segment.FlagCap) && !functionWord(w) && x.titleWithin(k+1, s.Last, 3) {
			k++ // "central bank governor Nguyen Minh Duc"
			continue
		}
		break
	sep:
		if k < s.Last && (x.text(k) == "," || x.lower(k) == "and") {
			j := k + 1
			if x.text(k) == "," && j < s.Last && x.lower(j) == "and" {
				j++
			}
			k = j
			continue
		}
		break
	}
	return ents, k
}

// modifier reports a country or organization named only to qualify the
// noun after it ("South African bank", "UK officials").
func (x *extractor) modifier(mi int) bool {
	m := &x.md.Mentions[mi]
	if m.Kind != mentions.Country && m.Kind != mentions.Org {
		return false
	}
	k := m.Last
	if k >= len(x.d.Tokens) || x.d.Tokens[k].Kind != segment.Word || x.d.Tokens[k].Has(segment.FlagCap) {
		return false
	}
	return !functionWord(x.lower(k))
}

func functionWord(w string) bool {
	switch w {
	case "and", "or", "but", "on", "in", "at", "over", "about", "to", "for", "from", "of", "by", "with", "without", "last", "this", "next", "yesterday", "today", "tonight",
		"earlier", "later", "after", "before", "since", "during", "amid", "as", "when", "while", "which", "who", "that", "than", "if", "because",
		"has", "have", "had", "is", "are", "was", "were", "will", "would", "could", "should", "may", "might", "must", "can", "did", "does", "do",
		"said", "says", "told", "met", "meets", "visited", "held", "hosted", "also", "again", "then", "not", "never", "still", "already", "itself", "themselves",
		"agreed", "signed", "announced", "warned", "urged", "called", "spoke", "talked", "received", "accused", "denied", "insisted", "added", "argued", "plans", "wants", "hopes",
		"too", "alone", "together", "instead", "against", "into", "under", "between", "among", "through", "until", "via", "where", "whose", "whom":
		return true
	}
	return false
}

func (x *extractor) titleWithin(k, last, n int) bool {
	for j := k; j < last && j < k+n; j++ {
		if e, _ := x.g.MatchTitle(x.d, j, last); e != nil {
			return true
		}
		if x.d.Tokens[j].Kind != segment.Word {
			return false
		}
	}
	return false
}

func groupNoun(w string) bool {
	switch w {
	case "officials", "leaders", "ministers", "diplomats", "representatives", "delegates", "delegation", "executives", "lawmakers", "members", "officers", "envoys", "negotiators", "counterparts", "troops", "forces", "soldiers", "authorities", "workers", "staff", "aides", "advisers", "leadership", "counterpart", "official", "spokesman", "spokeswoman", "ambassador", "minister", "president", "leader", "chief", "head", "team", "side", "government", "officials’", "supporters", "critics", "citizens", "people", "companies", "firms", "banks", "market", "markets", "cars", "vehicles", "products", "goods", "exports", "imports":
		return true
	}
	return false
}

// planned reports cues of a future, planned or cancelled encounter.
func (x *extractor) planned(from, to int) bool {
	for k := from; k < to; k++ {
		// case matters: "May 16" is no modal
		switch x.text(k) {
		case "will", "’ll", "'ll", "shall", "would", "plans", "planned", "planning", "plan", "scheduled", "expected", "due", "upcoming", "forthcoming", "next", "proposed", "intends", "intend", "hopes", "hope", "wants", "want", "cancelled", "canceled", "postponed", "scrapped", "invited", "invitation", "going", "seeks", "sought", "could", "might", "may", "aims", "set", "to":
			w := x.text(k)
			if w == "to" {
				// "to meet", "to visit": infinitive of the trigger itself
				if k+1 < to || !x.isVerbTrigger(k+1) {
					continue
				}
			}
			if w == "set" && x.text(k+1) != "to" {
				continue
			}
			if w == "invitation" {
				continue // "at the invitation of": an accepted invitation
			}
			return true
		case "called":
			if x.lower(k+1) == "off" {
				return true
			}
		}
	}
	return false
}

// plannedAfter reads cues after the trigger: "a meeting ..., scheduled
// for April 15, was called off".
func (x *extractor) plannedAfter(from, to int) bool {
	for k := from; k < to && k < from+14; k++ {
		switch x.text(k) {
		case "scheduled", "planned", "due", "cancelled", "canceled", "postponed", "scrapped", "expected", "proposed":
			return true
		case "called":
			if x.text(k+1) == "off" {
				return true
			}
		case ";", ".":
			return false
		}
	}
	return false
}

// precededBy reports one of words within the three tokens before the
// trigger (and inside its clause).
func (x *extractor) precededBy(at, cs int, words ...string) bool {
	for k := at - 1; k >= cs && k >= at-4; k-- {
		w := x.lower(k)
		for _, o := range words {
			if w == o {
				return true
			}
		}
	}
	return false
}

func (x *extractor) isVerbTrigger(k int) bool {
	switch x.lower(k) {
	case "meet", "visit", "host", "hold", "call", "talk", "phone":
		return true
	}
	return false
}

func (x *extractor) negated(from, to int) bool {
	for k := from; k < to; k++ {
		switch x.lower(k) {
		case "not", "n't", "never", "no", "without", "refused", "declined", "denied", "rejected", "cannot", "won’t", "won't", "didn’t", "didn't", "hasn’t", "hasn't", "haven’t", "haven't", "wasn’t", "wasn't", "if", "unless", "whether", "rather":
			return true
		}
		if strings.HasSuffix(x.lower(k), "n’t") || strings.HasSuffix(x.lower(k), "n't") {
			return true
		}
	}
	return false
}

func (x *extractor) habitual(from, to int) bool {
	for k := from; k < to; k++ {
		switch x.lower(k) {
		case "times", "regularly", "often", "frequently", "repeatedly", "annually", "every", "each", "routinely", "usually", "twice", "dozens", "several", "numerous":
			return true
		}
	}
	return false
}

func (x *extractor) meeting(si int, tr trigger) {
	s := x.d.Sentences[si]
	cs := x.clauseStart(si, tr.first)
	// negation, conditions and habits right around the trigger
	if x.negated(max(cs, tr.first-4), tr.first) || x.habitual(tr.last, min(s.Last, tr.last+8)) || x.habitual(max(cs, tr.first-3), tr.first) {
		return
	}
	var agents, others []int
	visitPlace := -1
	hostCountry := -1
	k := tr.last
	switch {
	case tr.noun:
		// "Putin's visit", else the clause subject
		if tr.first-1 >= s.First && x.d.Tokens[tr.first-1].Has(segment.FlagPossessive) {
			if mi := x.md.ByToken[tr.first-2]; mi >= 0 {
				if e := x.actor(int(mi)); e >= 0 {
					agents = append(agents, e)
				}
			}
		}
		if x.lower(k) == "with" {
			others, k = x.listAfter(si, k+1)
		} else if x.lower(k) == "between" {
			agents, k = x.listAfter(si, k+1)
		} else if tr.kind == kg.MeetingVisit && x.lower(k) == "to" {
			others, k = x.visitTarget(si, k+1, &visitPlace, &hostCountry)
		}
		if x.lower(k) == "by" {
			if by, _ := x.listAfter(si, k+1); len(by) > 0 {
				agents = by
			}
		}
		if len(agents) == 0 {
			agents = x.clauseSubject(si, cs, tr.first)
		}
	default:
		agents = x.subjectBefore(si, tr.first)
		switch {
		case x.lower(k) == "with":
			others, k = x.listAfter(si, k+1)
		case tr.kind == kg.MeetingVisit:
			others, k = x.visitTarget(si, k, &visitPlace, &hostCountry)
		case tr.kind == kg.MeetingCall && tr.rule == "call:verb-spoke-by-phone":
			for j := k; j < s.Last && j < k+4; j++ {
				if w := x.lower(j); w == "with" || w == "to" {
					others, k = x.listAfter(si, j+1)
					break
				}
			}
		default:
			// direct object: "met Xi", "hosted Putin", "called Macron"
			if x.lower(k) == "by" {
				break
			}
			others, k = x.listAfter(si, k)
			if tr.kind == kg.MeetingCall || tr.rule == "meeting:verb-hosted" {
				// a call or a hosting needs a person on the other end
				var ps []int
				for _, e := range others {
					if x.isPerson(e) {
						ps = append(ps, e)
					}
				}
				others = ps
			}
		}
	}
	if tr.kind == kg.MeetingVisit {
		if hostCountry < 0 {
			// "arrived in Beijing, beginning a state visit": the place named in the sentence
			for _, mi := range x.bySent[si] {
				m := &x.md.Mentions[mi]
				if m.Kind == mentions.Place && m.AsPlace && m.Entry != nil && m.Entry.ISO != "" && !m.InQuote {
					visitPlace = m.Entity
					hostCountry = x.country(m.Entry.ISO)
					break
				}
			}
		}
		if hostCountry < 0 && len(others) == 1 && !x.isPerson(others[0]) {
			hostCountry = others[0]
		}
		if hostCountry < 0 {
			if len(others) == 0 {
				return
			}
			tr.kind = kg.MeetingMeeting // "visited the Pope": a meeting with a person
		}
	}
	participants := x.participants(tr, agents, others, hostCountry)
	if len(participants) == 0 {
		return
	}
	status := kg.StatusOccurred
	// "two weeks after a phone call with X": the call had happened, and
	// the sentence's dates belong to the main clause
	after := x.precededBy(tr.first, cs, "after", "following", "since")
	if !after && (x.planned(cs, tr.first) || x.plannedAfter(tr.last, s.Last)) {
		status = kg.StatusPlanned
	}
	date := x.eventDate(si, tr.first, status == kg.StatusPlanned, after || x.precededBy(tr.first, cs, "before", "ahead"))
	if status == kg.StatusOccurred && !date.IsZero() && !x.ref.IsZero() && date.Start().After(x.ref.End()) {
		status = kg.StatusPlanned
	}
	place := visitPlace
	if place < 0 {
		place = x.placeNear(si, tr.first)
	}
	if tr.kind == kg.MeetingVisit && place < 0 {
		place = hostCountry
	}
	for _, ps := range participants {
		x.out.Meetings = append(x.out.Meetings, Meeting{
			Kind: tr.kind, Status: status, Participants: ps, Date: date, Place: place,
			Span: Span{si, si}, Rule: tr.rule,
		})
	}
}

// participants builds one participant list, or one per counterpart for
// "meetings with A, B and C".
func (x *extractor) participants(tr trigger, agents, others []int, host int) [][]Participant {
	uniq := func(es []int) []int {
		var out []int
		for _, e := range es {
			dup := false
			for _, o := range out {
				dup = dup || o == e
			}
			if !dup && e >= 0 {
				out = append(out, e)
			}
		}
		return out
	}
	agents, others = uniq(agents), uniq(others)
	if tr.kind == kg.MeetingVisit && host >= 0 {
		if len(agents) == 0 {
			return nil
		}
		var ps []Participant
		for _, a := range agents {
			if a == host || x.cr.Entities[a].Kind == kg.KindCountry && x.cr.Entities[a].ID == x.cr.Entities[host].ID {
				return nil
			}
			ps = append(ps, Participant{Entity: a, Role: "visitor"})
		}
		return [][]Participant{append(ps, Participant{Entity: host, Role: "host"})}
	}
	// people when people are named; countries or organizations otherwise
	all := uniq(append(append([]int(nil), agents...), others...))
	hasPerson := false
	for _, e := range all {
		hasPerson = hasPerson || x.isPerson(e)
	}
	keep := func(es []int) []int {
		if !hasPerson {
			return es
		}
		var out []int
		for _, e := range es {
			if x.isPerson(e) {
				out = append(out, e)
			}
		}
		return out
	}
	agents, others = keep(agents), keep(others)
	if tr.plural && len(agents) > 0 && len(others) > 1 {
		var out [][]Participant
		for _, o := range others {
			ps := []Participant{}
			for _, a := range agents {
				if a != o {
					ps = append(ps, Participant{Entity: a})
				}
			}
			ps = append(ps, Participant{Entity: o})
			if len(ps) >= 2 {
				out = append(out, ps)
			}
		}
		return out
	}
	all = uniq(append(append([]int(nil), agents...), others...))
	if len(all) < 2 || len(agents) == 0 && len(others) > 0 && !tr.noun {
		if len(agents) == 0 && len(all) >= 2 && tr.noun {
			// "talks between A and B"
		} else if len(all) < 2 {
			return nil
		}
	}
	if len(all) < 2 {
		return nil
	}
	ps := make([]Participant, len(all))
	for i, e := range all {
		ps[i] = Participant{Entity: e}
	}
	return [][]Participant{ps}
}

// visitTarget reads what follows "visited" / "visit to": a country, a
// capital or city (whose country hosts), or a person.
func (x *extractor) visitTarget(si, k int, place, host *int) ([]int, int) {
	s := x.d.Sentences[si]
	for k < s.Last && (x.lower(k) == "the") {
		k++
	}
	if k >= s.Last {
		return nil, k
	}
	if mi := x.md.ByToken[k]; mi >= 0 {
		m := &x.md.Mentions[mi]
		switch {
		case m.Kind == mentions.Place && m.Entry != nil && m.Entry.ISO != "":
			*place = m.Entity
			*host = x.country(m.Entry.ISO)
			return nil, m.Last
		case m.Kind == mentions.Country && m.Entity >= 0:
			*host = m.Entity
			return nil, m.Last
		}
	}
	return x.listAfter(si, k)
}

// clauseSubject is the first actor named in the clause before token i
// that is not inside a title or a prepositional phrase.
func (x *extractor) clauseSubject(si, cs, i int) []int {
	for _, mi := range x.bySent[si] {
		m := &x.md.Mentions[mi]
		if m.First < cs || m.First >= i {
			continue
		}
		if m.InTitle || m.InQuote || m.Possessive {
			continue
		}
		if m.Kind == mentions.Place || m.Kind == mentions.Surname || x.modifier(mi) {
			continue
		}
		start := m.First
		if m.Title != nil && !m.Title.Appositive {
			start = m.Title.First
		}
		switch x.lower(start - 1) {
		case "of", "from", "in", "at", "on", "with", "by", "to", "for", "against", "between", "among", "amid", "about", "over", "than":
			continue
		}
		if e := x.actor(mi); e >= 0 {
			return []int{e}
		}
		return nil
	}
	return nil
}

// eventDate picks the date expression of the sentence nearest the
// trigger, preferring one after it.
func (x *extractor) eventDate(si, at int, future, onlyAfter bool) kg.PartialDate {
	s := x.d.Sentences[si]
	x.dates = timex.Find(x.d, x.g, s.First, s.Last, x.ref, future, x.dates[:0])
	best := -1
	bestDist := 1 << 30
	for i, e := range x.dates {
		if e.Rel != timex.At || x.d.Tokens[e.First].Has(segment.FlagInQuote) {
			continue
		}
		dist := e.First - at
		if dist < 0 {
			if onlyAfter {
				continue
			}
			dist = -dist + 3 // prefer dates after the trigger
		}
		if dist < bestDist {
			best, bestDist = i, dist
		}
	}
	if best < 0 {
		return kg.PartialDate{}
	}
	return x.dates[best].Date
}

// placeNear finds a place named with "in" or "at" in the sentence, nearest
// after the trigger.
func (x *extractor) placeNear(si, at int) int {
	best, bestDist := -1, 1<<30
	for _, mi := range x.bySent[si] {
		m := &x.md.Mentions[mi]
		if !m.AsPlace || m.Entity < 0 || m.InQuote {
			continue
		}
		switch x.lower(m.First - 1) {
		case "in", "at":
		case "the":
			if p := x.lower(m.First - 2); p != "in" && p != "at" {
				continue
			}
		default:
			continue
		}
		if e := &x.cr.Entities[m.Entity]; e.Kind != "" {
			continue
		}
		dist := m.First - at
		if dist < 0 {
			dist = -dist + 5
		}
		if dist < bestDist {
			best, bestDist = m.Entity, dist
		}
	}
	return best
}
