// Package extract turns one article into the facts it states: the actors
// it names, their roles, the meetings between them and their statements,
// each with the sentence it came from. It is pure (no I/O), deterministic
// and safe for concurrent use; the stages live in subpackages:
//
//	segment   sentences, tokens and quotations with byte offsets
//	gazetteer countries, organizations, places, titles, given names
//	timex     date expressions resolved against the reference date
//	mentions  names of people, countries, organizations and places
//	coref     in-article identity: surnames, "Mr. X", "the CCP leader"
//	events    roles, meetings and statements
package extract

import (
	"cmp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/actorgraph/actorgraph/internal/extract/coref"
	"github.com/actorgraph/actorgraph/internal/extract/events"
	"github.com/actorgraph/actorgraph/internal/extract/gazetteer"
	"github.com/actorgraph/actorgraph/internal/extract/mentions"
	"github.com/actorgraph/actorgraph/internal/extract/segment"
	"github.com/actorgraph/actorgraph/internal/extract/timex"
	"github.com/actorgraph/actorgraph/internal/kg"
)

// Options tune extraction.
type Options struct {
	// Published is used as the article's published date when the document
	// carries none (the CLI's --published flag).
	Published kg.PartialDate
	// Gazetteer replaces the embedded lists; nil means gazetteer.Default().
	Gazetteer *gazetteer.Gazetteer
}

// Result is everything Extract learns about an article, for callers that
// want more than the facts (Render uses the reference date).
type Result struct {
	Facts         *kg.ArticleFacts
	ReferenceDate kg.PartialDate
	// Err is set when a rule failed on the article (a bug, caught so that
	// one article cannot bring a run down): Facts then holds the article
	// and no facts. Callers should report it rather than take the empty
	// facts for an article that states nothing.
	Err error
}

// Extract returns the facts of one article. It never panics: should a
// rule fail on some unforeseen input, the article is returned with its
// metadata and no facts rather than bringing the caller down (the fuzz
// tests run the pipeline without this guard).
func Extract(doc kg.Document, opts Options) *kg.ArticleFacts {
	return Analyze(doc, opts).Facts
}

// Analyze is Extract that also returns the reference date, and says in
// Result.Err when a rule failed.
func Analyze(doc kg.Document, opts Options) (res Result) {
	defer func() {
		if r := recover(); r != nil {
			res = Result{Facts: emptyFacts(doc, opts), Err: kg.Errorf(kg.CodeInternal, "extract article %s: a rule failed, so its facts are left out: %v", doc.Article.ID, r)}
		}
	}()
	return analyze(doc, opts)
}

func emptyFacts(doc kg.Document, opts Options) *kg.ArticleFacts {
	a := doc.Article
	if a.Published.IsZero() {
		a.Published = opts.Published
	}
	return &kg.ArticleFacts{Article: a, Actors: []kg.Actor{}, Mentions: []kg.Mention{}, Places: []kg.Place{}, Roles: []kg.Role{}, Meetings: []kg.Meeting{}, Statements: []kg.Statement{}}
}

// failHook, set only by tests, runs first in analyze to stand for a rule
// that fails.
var failHook func(kg.Document)

func analyze(doc kg.Document, opts Options) Result {
	if failHook != nil {
		failHook(doc)
	}
	g := opts.Gazetteer
	if g == nil {
		g = gazetteer.Default()
	}
	facts := emptyFacts(doc, opts)
	sc := scratchPool.Get().(*scratch)
	seg := segment.SegmentReuse(sc.seg, doc.Text)
	markHeadline(seg, doc.Article.Title)
	ref := timex.Reference(seg, g, facts.Article.Published, facts.Article.Source)
	md := mentions.FindReuse(sc.md, seg, g)
	historicMentions(md, ref)
	historic := func(iso string, capital bool) string {
		if capital {
			return HistoricCountry(iso, ref)
		}
		return iso
	}
	cr := coref.ResolveReuse(sc.cr, md, g, coref.Options{CountryOf: historic})
	countryEntity := func(iso string) int {
		iso = HistoricCountry(iso, ref)
		id := kg.CountryID(iso)
		for i := range cr.Entities {
			if cr.Entities[i].ID == id {
				return i
			}
		}
		c := g.Country(iso)
		if c == nil {
			return -1
		}
		cr.Entities = append(cr.Entities, coref.Entity{Kind: kg.KindCountry, ID: id, Name: c.Name, ISO: iso, First: -1})
		return len(cr.Entities) - 1
	}
	evOpts := events.Options{Locale: g.MediaCountry(doc.Article.Source)}
	if len(seg.Sentences) == 0 || !seg.Sentences[0].Headline || seg.Sentences[0].Label {
		evOpts.Title = doc.Article.Title
	}
	ev := events.Extract(seg, g, md, cr, ref, countryEntity, evOpts)
	b := builder{doc: doc, seg: seg, cr: cr, facts: facts, ref: ref}
	b.build(ev)
	// the facts hold strings of the text and their own slices, nothing of
	// the segmentation, the mention list or the entities: those serve the
	// next article
	sc.put(seg, md, cr)
	return Result{Facts: facts, ReferenceDate: ref}
}

// scratch is the memory one extraction works in: the tokens, sentences,
// mentions and entities of an article, reused by the next article instead
// of allocated anew (they were a third of the bytes extraction allocated,
// and the entities another quarter).
type scratch struct {
	seg *segment.Doc
	md  *mentions.Doc
	cr  *coref.Result
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// maxScratchTokens bounds what the pool keeps: the memory of a huge
// article is left to the collector rather than held for small ones.
const maxScratchTokens = 1 << 17

func (sc *scratch) put(seg *segment.Doc, md *mentions.Doc, cr *coref.Result) {
	if cap(seg.Tokens) > maxScratchTokens {
		return
	}
	sc.seg, sc.md, sc.cr = seg, md, cr
	scratchPool.Put(sc)
}

// sovietCapitals and yugoslavCapitals name the capitals of states that
// were part of the Soviet Union or Yugoslavia before their breakup.
var (
	sovietStates     = map[string]bool{"RU": true, "UA": true, "BY": true, "KZ": true, "GE": true, "AM": true, "AZ": true, "LT": true, "LV": true, "EE": true, "MD": true, "KG": true, "TJ": true, "TM": true, "UZ": true}
	yugoslavStates   = map[string]bool{"RS": true, "HR": true, "SI": true, "BA": true, "MK": true, "ME": true, "XK": true}
	breakupSoviet    = kg.DateDay(1991, 12, 26)
	breakupYugoslavy = kg.DateDay(1992, 4, 27)
	// the day the state no longer existed, and the day East Germany
	// joined the Federal Republic
	breakupCzechoslovakia = kg.DateDay(1993, 1, 1)
	reunification         = kg.DateDay(1990, 10, 3)
)

// HistoricCountry maps a country a place belongs to today to the state it
// belonged to at the reference date: Moscow or Kiev before the end of
// 1991 are in the Soviet Union, Belgrade or Zagreb before 1992 in
// Yugoslavia (GUIDELINES: historical states keep their own codes). It maps
// the code only: historicMentions decides which mentions take it.
func HistoricCountry(iso string, ref kg.PartialDate) string {
	if ref.IsZero() {
		return iso
	}
	switch {
	case sovietStates[iso] && ref.End().Before(breakupSoviet.Start()):
		return "SU"
	case yugoslavStates[iso] && ref.End().Before(breakupYugoslavy.Start()):
		return "YU"
	case (iso == "CZ" || iso == "SK") && ref.End().Before(breakupCzechoslovakia.Start()):
		return "CS"
	case iso == "DD" && reunification.End().Before(ref.Start()):
		return "DE" // East Berlin in a story after 1990 is a part of Berlin
	}
	return iso
}

// historicMentions gives the mentions of a country that was a part of a
// federal state at the reference date the state it belonged to: before
// the breakup "Ukraine", "Croatia" or "Georgia" named by name are regions
// (GUIDELINES: regions are not countries), so they become places of the
// Soviet Union or Yugoslavia; their demonyms ("a Ukrainian official") and
// Russia, which 1980s prose uses for the whole union, stand for the
// state itself. Capitals, seats and listed places ("in Moscow", "Kiev")
// belong to it as well, so a place's country and a host's agree.
func historicMentions(md *mentions.Doc, ref kg.PartialDate) {
	if ref.IsZero() || md == nil {
		return
	}
	for i := range md.Mentions {
		m := &md.Mentions[i]
		if m.Entry == nil || (m.Kind != mentions.Country && m.Kind != mentions.Place) {
			continue
		}
		iso := m.Entry.ISO
		h := HistoricCountry(iso, ref)
		named := m.Entry.Kind == gazetteer.Country || m.Entry.Kind == gazetteer.Demonym
		if h == iso || (h == "DE" && named) {
			// "East Germany" after 1990 is still the historical state
			continue
		}
		// a copy: the entry is the gazetteer's, shared by every article
		e := *m.Entry
		e.ISO = h
		m.Entry = &e
		if m.Kind == mentions.Country && e.Kind == gazetteer.Country && iso != "RU" {
			m.Kind, m.AsPlace = mentions.Place, true
		}
	}
}

// markHeadline flags the first line as a headline when it is the title or
// looks like one (a single line, no closing punctuation, mostly capitalised
// words): it may confirm names but states no facts of its own.
func markHeadline(seg *segment.Doc, title string) {
	if len(seg.Paragraphs) == 0 || len(seg.Sentences) == 0 {
		return
	}
	s := &seg.Sentences[0]
	line := seg.Text[s.Start:s.End]
	if title != "" && strings.TrimSpace(title) == strings.TrimSpace(line) {
		s.Headline = true
		return
	}
	p := seg.Paragraphs[0]
	if p.LastSent-p.FirstSent != 1 || len(seg.Paragraphs) < 2 {
		return
	}
	last := seg.Tokens[s.Last-1]
	switch seg.Text[last.Start:last.End] {
	case ".", "!", "?", "”", "\"", ":":
		return
	}
	words, caps := 0, 0
	for k := s.First; k < s.Last; k++ {
		t := seg.Tokens[k]
		if t.Kind != segment.Word || t.End-t.Start < 4 {
			continue
		}
		words++
		if t.Has(segment.FlagCap) {
			caps++
		}
	}
	if words >= 2 && words <= 30 && caps*10 >= words*6 {
		s.Headline = true
	}
}

type builder struct {
	doc   kg.Document
	seg   *segment.Doc
	cr    *coref.Result
	facts *kg.ArticleFacts
	ref   kg.PartialDate
	used  []bool // entities referenced by a fact
}

func (b *builder) evidence(sp events.Span, rule string) kg.Evidence {
	first, last := b.seg.Sentences[sp.First], b.seg.Sentences[sp.Last]
	return kg.Evidence{
		ArticleID: b.doc.Article.ID,
		Sentence:  b.doc.Text[first.Start:last.End],
		Start:     first.Start,
		End:       last.End,
		Rule:      rule,
	}
}

func addEvidence(list []kg.Evidence, e kg.Evidence) []kg.Evidence {
	for _, o := range list {
		// the same words twice (a repeated caption) are one piece of evidence
		if o.Start == e.Start && o.End == e.End || o.Sentence == e.Sentence {
			return list
		}
	}
	return append(list, e)
}

func (b *builder) id(e int) string {
	if e < 0 {
		return ""
	}
	b.used[e] = true
	return b.cr.Entities[e].ID
}

func (b *builder) build(ev *events.Facts) {
	b.used = make([]bool, len(b.cr.Entities))
	b.roles(ev)
	b.meetings(ev)
	b.statements(ev)
	// actors, places and mention counts, in order of first mention
	order := make([]int, len(b.cr.Entities))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(i, j int) int {
		fi, fj := b.cr.Entities[i].First, b.cr.Entities[j].First
		if fi < 0 {
			fi = 1 << 30
		}
		if fj < 0 {
			fj = 1 << 30
		}
		return cmp.Compare(fi, fj)
	})
	// the lists are sized first: one allocation each, and one backing
	// array for every actor's aliases
	places, actors, mentioned, aliasCount := 0, 0, 0, 0
	for i := range b.cr.Entities {
		e := &b.cr.Entities[i]
		switch {
		case e.Mentions == 0 && !b.used[i]:
		case e.IsPlace():
			places++
		default:
			actors++
			aliasCount += len(e.Aliases)
			if e.Mentions > 0 {
				mentioned++
			}
		}
	}
	b.facts.Places = slices.Grow(b.facts.Places, places)
	b.facts.Actors = slices.Grow(b.facts.Actors, actors)
	b.facts.Mentions = slices.Grow(b.facts.Mentions, mentioned)
	aliasStore := make([]string, 0, aliasCount)
	for _, i := range order {
		e := &b.cr.Entities[i]
		if e.Mentions == 0 && !b.used[i] {
			continue
		}
		if e.IsPlace() {
			b.facts.Places = append(b.facts.Places, kg.Place{ID: e.ID, Name: e.Name, CountryID: e.CountryID})
			continue
		}
		k := len(aliasStore)
		aliasStore = append(aliasStore, e.Aliases...)
		aliases := aliasStore[k:len(aliasStore):len(aliasStore)] // its own capacity: an append by a later stage copies
		b.facts.Actors = append(b.facts.Actors, kg.Actor{ID: e.ID, Kind: e.Kind, Name: e.Name, Aliases: aliases, ISO: e.ISO, OrgKind: e.OrgKind})
		if e.Mentions > 0 {
			b.facts.Mentions = append(b.facts.Mentions, kg.Mention{ActorID: e.ID, Count: e.Mentions})
		}
	}
}

func (b *builder) roles(ev *events.Facts) {
	index := make(map[string]int, len(ev.Roles))
	b.facts.Roles = slices.Grow(b.facts.Roles, len(ev.Roles))
	evidence := make([]kg.Evidence, len(ev.Roles)) // each role's first evidence, carved from one allocation
	for ri, r := range ev.Roles {
		pid := b.id(r.Person)
		ofID := b.id(r.Of)
		id := kg.RoleID(pid, r.Title, ofID)
		e := b.evidence(r.Span, r.Rule)
		if i, ok := index[id]; ok {
			b.facts.Roles[i].Evidence = addEvidence(b.facts.Roles[i].Evidence, e)
			continue
		}
		index[id] = len(b.facts.Roles)
		evidence[ri] = e
		b.facts.Roles = append(b.facts.Roles, kg.Role{ID: id, PersonID: pid, Title: r.Title, OfID: ofID, AsOf: b.ref, Evidence: evidence[ri : ri+1 : ri+1]})
	}
}

func (b *builder) meetings(ev *events.Facts) {
	ms := ev.Meetings
	// a planned meeting of the same parties as one that happened, with no
	// other date, is that meeting spoken of before it took place
	occurred := map[string]bool{}
	// and an undated visit told with no tense of its own ("until X's
	// visit", "X's visit was part of the business") beside the same trip
	// dated still to come is that trip: one visit, the planned one
	plannedTrip := map[string]bool{}
	for _, m := range ms {
		if m.Status == kg.StatusOccurred {
			occurred[participantKey(b.cr, m)] = true
		}
		if m.Kind == kg.MeetingVisit && m.Status == kg.StatusPlanned && !m.Date.IsZero() && (b.ref.IsZero() || !m.Date.End().Before(b.ref.Start())) {
			plannedTrip[participantKey(b.cr, m)] = true
		}
	}
	// a meeting with no place, on the day a participant was visiting a
	// place, was held there
	for i := range ms {
		m := &ms[i]
		if m.Place >= 0 || m.Date.Precision() != kg.PrecisionDay {
			continue
		}
		for _, v := range ms {
			if v.Kind != kg.MeetingVisit || v.Status != m.Status || v.Date != m.Date || v.Place < 0 || !b.cr.Entities[v.Place].IsPlace() {
				continue
			}
			for _, p := range v.Participants {
				if p.Role == "visitor" && hasParticipant(m, p.Entity) {
					m.Place = v.Place
				}
			}
		}
	}
	// an undated report of an encounter whose date another sentence gives
	// ("returned after talks with X" / "met X in Oslo on Monday") is the
	// same encounter: one meeting, with both sentences as evidence
	// A phone call and a face-to-face encounter of the same people are two
	// encounters: neither lends the other its date.
	key := func(m events.Meeting) string {
		return string(m.Status) + "|" + strconv.FormatBool(m.Kind == kg.MeetingCall) + "|" + participantKey(b.cr, m)
	}
	dated := map[string]int{} // status+kind class+participants -> the one dated meeting, -1 when several
	for i, m := range ms {
		if m.Date.IsZero() {
			continue
		}
		k := key(m)
		if _, ok := dated[k]; ok {
			dated[k] = -1
		} else {
			dated[k] = i
		}
	}
	// several dated reports: the one the same sentence gives ("at their
	// summit meeting last October", read once as the summit and once as
	// the meeting) is this one
	datedHere := map[string]int{}
	for i, m := range ms {
		if m.Date.IsZero() {
			continue
		}
		k := key(m) + "|" + strconv.Itoa(m.Span.First)
		if _, ok := datedHere[k]; ok {
			datedHere[k] = -1
		} else {
			datedHere[k] = i
		}
	}
	for i := range ms {
		m := &ms[i]
		if !m.Date.IsZero() {
			continue
		}
		j, ok := dated[key(*m)]
		if ok && j < 0 {
			if h, here := datedHere[key(*m)+"|"+strconv.Itoa(m.Span.First)]; here && h >= 0 {
				j = h
			}
		}
		if ok && j >= 0 {
			m.Date = ms[j].Date
			if m.Place < 0 {
				m.Place = ms[j].Place
			}
			m.Kind = ms[j].Kind
			m.Participants = ms[j].Participants
		}
	}
	// a coarse date that holds the one finer date the text gives the same
	// encounter ("is visiting China this week" / "arrived in Beijing on
	// Monday") is that encounter, told less precisely
	for i := range ms {
		m := &ms[i]
		if m.Date.IsZero() || m.Date.Precision() == kg.PrecisionDay {
			continue
		}
		finer := -1
		for j, o := range ms {
			if j == i || o.Date.IsZero() || o.Date.Precision() <= m.Date.Precision() || !within(o.Date, m.Date) || key(o) != key(*m) {
				continue
			}
			if finer >= 0 && ms[finer].Date != o.Date {
				finer = -2
				break
			}
			finer = j
		}
		if finer >= 0 {
			m.Date = ms[finer].Date
			if m.Place < 0 {
				m.Place = ms[finer].Place
			}
		}
	}
	oneTrip(b.cr, ms)
	index := map[string]int{}
	for _, m := range ms {
		if m.Status == kg.StatusPlanned && occurred[participantKey(b.cr, m)] && m.Date.IsZero() {
			continue
		}
		if m.Kind == kg.MeetingVisit && m.Status == kg.StatusOccurred && m.Date.IsZero() && plannedTrip[participantKey(b.cr, m)] {
			continue
		}
		ids := make([]string, len(m.Participants))
		parts := make([]kg.Participant, len(m.Participants))
		for i, p := range m.Participants {
			ids[i] = b.id(p.Entity)
			parts[i] = kg.Participant{ActorID: ids[i], Role: p.Role}
		}
		id := kg.MeetingID(m.Status, m.Date, ids, b.doc.Article.ID)
		e := b.evidence(m.Span, m.Rule)
		placeID := b.id(m.Place)
		if i, ok := index[id]; ok {
			km := &b.facts.Meetings[i]
			km.Evidence = addEvidence(km.Evidence, e)
			if km.PlaceID == "" {
				km.PlaceID = placeID
			}
			continue
		}
		index[id] = len(b.facts.Meetings)
		b.facts.Meetings = append(b.facts.Meetings, kg.Meeting{
			ID: id, Kind: m.Kind, Status: m.Status, Date: m.Date, PlaceID: placeID,
			Participants: parts, Evidence: []kg.Evidence{e},
		})
	}
}

// oneTrip gives the reports of one visitor's trip to one host the same
// date, so that they become one visit. A trip still to come is one trip
// in a story however many sentences speak of it ("will visit X next
// month", "before he leaves for X"), even when a sentence lends it a date
// of its own clause ("today ordered ... before going to X"): the first
// dated report holds. Of the trips that happened, an undated report
// ("during his two-week visit here") is the one trip the story dates,
// when it dates only one; a TALKS or MEETING of the same people lends no
// date here, as a visit is a fact of its own (GUIDELINES 13.8).
func oneTrip(cr *coref.Result, ms []events.Meeting) {
	type trip struct {
		date  kg.PartialDate
		place int
		dates int // 1 + the dated reports whose date is not the first's: 1 when all agree
	}
	trips := map[string]*trip{}
	for _, m := range ms {
		if m.Kind != kg.MeetingVisit || m.Date.IsZero() {
			continue
		}
		k := string(m.Status) + "|" + participantKey(cr, m)
		t := trips[k]
		switch {
		case t == nil:
			trips[k] = &trip{date: m.Date, place: m.Place, dates: 1}
		case t.date != m.Date:
			t.dates++
		}
	}
	for i := range ms {
		m := &ms[i]
		if m.Kind != kg.MeetingVisit {
			continue
		}
		t := trips[string(m.Status)+"|"+participantKey(cr, *m)]
		if t == nil || m.Date == t.date {
			continue
		}
		if m.Status == kg.StatusPlanned || m.Date.IsZero() && t.dates == 1 {
			m.Date = t.date
			if m.Place < 0 {
				m.Place = t.place
			}
		}
	}
}

// within reports whether date d lies inside the span of date c.
func within(d, c kg.PartialDate) bool {
	return !d.Start().Before(c.Start()) && !d.End().After(c.End())
}

func hasParticipant(m *events.Meeting, e int) bool {
	for _, p := range m.Participants {
		if p.Entity == e {
			return true
		}
	}
	return false
}

func participantKey(cr *coref.Result, m events.Meeting) string {
	ids := make([]string, len(m.Participants))
	for i, p := range m.Participants {
		ids[i] = cr.Entities[p.Entity].ID
	}
	sort.Strings(ids)
	return strings.Join(ids, "+")
}

func (b *builder) statements(ev *events.Facts) {
	index := make(map[string]int, len(ev.Statements))
	b.facts.Statements = slices.Grow(b.facts.Statements, len(ev.Statements))
	// each statement's first evidence and its about list are carved from
	// one allocation each, capped so that an append copies
	evidence := make([]kg.Evidence, len(ev.Statements))
	nAbout := 0
	for _, s := range ev.Statements {
		nAbout += len(s.About)
	}
	aboutStore := make([]string, 0, nAbout)
	for si, s := range ev.Statements {
		sid := b.id(s.Speaker)
		id := kg.StatementID(sid, s.Quote, s.Text)
		e := b.evidence(s.Span, s.Rule)
		if i, ok := index[id]; ok {
			b.facts.Statements[i].Evidence = addEvidence(b.facts.Statements[i].Evidence, e)
			continue
		}
		var about []string
		if len(s.About) > 0 {
			k := len(aboutStore)
			for _, a := range s.About {
				aboutStore = append(aboutStore, b.id(a))
			}
			about = aboutStore[k:len(aboutStore):len(aboutStore)]
		}
		index[id] = len(b.facts.Statements)
		evidence[si] = e
		b.facts.Statements = append(b.facts.Statements, kg.Statement{
			ID: id, SpeakerID: sid, Quote: s.Quote, Text: s.Text, Date: s.Date, AboutIDs: about,
			Evidence: evidence[si : si+1 : si+1],
		})
	}
}
