// Package mentions finds the names in a segmented article: people,
// countries (names, demonyms, capitals and seats of government),
// organizations and places, plus the titles before names ("Russian
// President"), definite descriptions ("the CCP leader") and subject
// pronouns that later stages resolve.
//
// A capitalised run becomes a person only on evidence: an honorific or a
// title before it, a known given name, an appositive that describes a
// person, or a speech verb beside a two-word name. Headlines, boilerplate
// ("Read More") and photo credits therefore yield no people of their own.
package mentions

import (
	"sort"
	"strings"
	"unicode"

	"github.com/actorgraph/actorgraph/internal/extract/gazetteer"
	"github.com/actorgraph/actorgraph/internal/extract/segment"
)

// Kind is what a mention refers to.
type Kind uint8

const (
	Person     Kind = iota + 1
	Country         // a country by name, demonym, capital acting or seat of government
	Org             // an organization
	Place           // a city or region used as a place
	Descriptor      // a definite title with no name: "the CCP leader"
	Pronoun         // he or she
	Surname         // a lone capitalised word that may be a known person's surname
	Pair            // "the two leaders", "both men": two people named before
)

func (k Kind) String() string {
	return [...]string{"?", "person", "country", "org", "place", "descriptor", "pronoun", "surname", "pair"}[k]
}

// Title is the title phrase before a name (or in apposition after it).
type Title struct {
	First, Last int    // token range of the whole phrase, qualifiers included
	Text        string // the title proper: "Secretary of State", "spokesman"
	Head        *gazetteer.Entry
	Of          int    // index of the qualifying country or org mention, -1 when none
	Portfolio   bool   // the title names a portfolio ("Energy Minister")
	Former      bool   // former, ex-, late, then-: not a role as of the article's date
	Appositive  bool   // "Name, title of X"
	Pronoun     bool   // "his Prime Minister X": held under the person named before
	OfISO       string // the country holding a national post named by its ministry ("U.S. Treasury Secretary")
	National    bool   // a post of a national body whatever its head ("central bank governor")
	Unnamed     bool   // the holder is stated but names no actor ("vice president of the company's oil unit"): no role, still a post
	And         string // a post coordinated before this one with the same holder ("chairman and chief executive of Y"): "chairman"
}

// Scope is what the title belongs to when the text does not say.
func (t *Title) Scope() gazetteer.Scope {
	if t.National {
		return gazetteer.ScopeGov
	}
	return t.Head.Scope
}

// Mention is one reference to an actor or place.
type Mention struct {
	Kind        Kind
	First, Last int // token range of the name itself
	Start, End  int // byte range of the name
	Sent        int
	Name        string           // the words as written
	Entry       *gazetteer.Entry // gazetteer entry for countries, orgs and places
	OrgName     string           // organizations found by their shape ("Medical Research Council")
	Hon         string           // the honorific before a person, as written ("Mr.")
	HonStart    int              // byte offset where the honorific starts
	Gender      byte             // 'm', 'f' or 0
	Title       *Title           // the title before the name ("Russian President")
	Appos       *Title           // a title in apposition after it ("X, the speaker of the House")
	CoTitle     *Title           // a second post joined by "and" before Title, with words of its own ("Nigerian oil minister and OPEC president X")
	InTitle     bool             // a qualifier inside a person's title: not a participant of its own
	Portfolio   bool             // a body named only as a post's portfolio ("Treasury Secretary"): no mention of the body
	AsPlace     bool             // a capital used as a place ("in Beijing")
	CityOnly    bool             // a capital that is a place for want of an acting frame ("London coffee prices"), not after a locative: it still tells what the story is about
	Possessive  bool             // followed by 's
	InQuote     bool             // inside quotation marks
	Short       string           // an organization's name without the demonym or seat it opens with ("Press Agency")
	ShortForm   bool             // a lone head word ("the Commission"): an organization only if the article names one so
	Owner       int              // a country or org named after a person's name as the holder of their title ("President X of Pakistan"): the person's mention, else -1
	Weak        bool             // found only in a headline: kept when it matches a person named in the body
	Definite    bool             // descriptors: "the ..." (an indefinite "an official" is never resolved)
	Object      bool             // pronouns: "him", "her"
	Entity      int              // set by coref: index of the entity, -1 when unresolved
}

// TitledFirst is the first token of the name with the title written
// before it ("Russian President X" starts at "Russian"); an appositive
// title is not part of it.
func (m *Mention) TitledFirst() int {
	if m.Title != nil && !m.Title.Appositive && m.Title.First < m.First {
		return m.Title.First
	}
	return m.First
}

// Doc is an article's mentions, in text order.
type Doc struct {
	Seg      *segment.Doc
	Mentions []Mention
	// ByToken maps a token index to the mention covering it, or -1.
	ByToken []int32
	// the finder's per-document memory, kept for FindReuse
	lex      []*gazetteer.Word
	titleEnd *titleEnds
	credit   []bool
	unproven []span
	pairs    []sentSpan
	orgIdx   []int
}

// Find returns the mentions of a segmented article. Sentences flagged as
// headlines only confirm people named elsewhere.
func Find(d *segment.Doc, g *gazetteer.Gazetteer) *Doc { return FindReuse(nil, d, g) }

// FindReuse is Find writing into the memory of md, a Doc that is no longer
// in use (nil: a new one): a caller finding the mentions of one article
// after another allocates the mention list once, not per article.
func FindReuse(md *Doc, d *segment.Doc, g *gazetteer.Gazetteer) *Doc {
	if md == nil {
		md = &Doc{}
	}
	ms := md.Mentions[:0]
	if n := len(d.Tokens)/12 + 4; cap(ms) < n {
		ms = make([]Mention, 0, n)
	}
	byToken := md.ByToken[:0]
	if cap(byToken) < len(d.Tokens) {
		byToken = make([]int32, 0, len(d.Tokens))
	}
	byToken = byToken[:len(d.Tokens)]
	for i := range byToken {
		byToken[i] = -1
	}
	lex := md.lex[:0]
	if cap(lex) < len(d.Tokens) {
		lex = make([]*gazetteer.Word, 0, len(d.Tokens))
	}
	lex = lex[:len(d.Tokens)]
	clear(lex)
	// every word is asked about (matchEntity); looking them all up in one
	// pass keeps the gazetteer's table in the cache while it is read
	for i, t := range d.Tokens {
		if t.Kind == segment.Word {
			lex[i] = g.Word(d.Text[t.Start:t.End])
		}
	}
	titleEnd := md.titleEnd
	if titleEnd == nil {
		titleEnd = new(titleEnds)
	}
	*md = Doc{Seg: d, Mentions: ms, ByToken: byToken, lex: lex, titleEnd: titleEnd, credit: md.credit, unproven: md.unproven, pairs: md.pairs[:0], orgIdx: md.orgIdx}
	f := finder{d: d, g: g, md: md, lex: lex, titleEnd: titleEnd, credit: md.credit, unproven: md.unproven, pairs: md.pairs[:0]}
	for si := range d.Sentences {
		f.sentence(si)
	}
	f.bodiesSpeakingByDocCue()
	f.firmsByOwnershipCue()
	f.firmsBeforeFirmPost()
	f.promoteHonorificSurname()
	f.compassSurnames()
	f.firmShortForms()
	md.credit = f.credit
	md.unproven = f.unproven
	md.pairs = f.pairs
	md.bodiesNamedAsPeople()
	md.order()
	return md
}

// bodiesNamedAsPeople turns a person's mention with no title, honorific
// or apposition into a body's when the article names a body in the very
// same words elsewhere ("bank Standard Chartered ... Standard Chartered
// said"): a speech verb or a name shape is weaker evidence than a class
// noun or a legal ending, and one name in one story is one actor.
func (md *Doc) bodiesNamedAsPeople() {
	ms := md.Mentions
	orgs := md.orgIdx[:0]
	defer func() { md.orgIdx = orgs }()
	for i := range ms {
		if ms[i].Kind == Org && !ms[i].ShortForm && !ms[i].Portfolio && strings.IndexByte(ms[i].Name, ' ') > 0 {
			orgs = append(orgs, i)
		}
	}
	if len(orgs) == 0 {
		return
	}
	for i := range ms {
		m := &ms[i]
		if m.Kind != Person || m.Title != nil || m.Hon != "" || m.Appos != nil {
			continue
		}
		for _, o := range orgs {
			if ms[o].Name == m.Name {
				m.Kind, m.OrgName, m.Entry, m.Gender = Org, ms[o].OrgName, ms[o].Entry, 0
				break
			}
		}
	}
}

// order puts the mentions back in text order: rules that read ahead
// ("X, the speaker of the House") add a later mention before the ones
// between. References between mentions are renumbered.
func (md *Doc) order() {
	ms := md.Mentions
	sorted := true
	for i := 1; i < len(ms); i++ {
		if ms[i].First < ms[i-1].First {
			sorted = false
			break
		}
	}
	if sorted {
		return
	}
	perm := make([]int, len(ms))
	for i := range perm {
		perm[i] = i
	}
	sort.SliceStable(perm, func(a, b int) bool { return ms[perm[a]].First < ms[perm[b]].First })
	newIdx := make([]int, len(ms))
	out := make([]Mention, len(ms))
	for ni, oi := range perm {
		newIdx[oi] = ni
		out[ni] = ms[oi]
	}
	md.Mentions = out
	md.renumber(newIdx)
}

// renumber rewrites the references between mentions and from tokens
// after the mentions moved or were dropped: newIdx maps an old index to
// the new one (-1 for a dropped mention).
func (md *Doc) renumber(newIdx []int) {
	re := func(i int) int {
		if i < 0 || i >= len(newIdx) {
			return i
		}
		return newIdx[i]
	}
	for i := range md.Mentions {
		m := &md.Mentions[i]
		m.Owner = re(m.Owner)
		if m.Title != nil {
			m.Title.Of = re(m.Title.Of)
		}
		if m.Appos != nil {
			m.Appos.Of = re(m.Appos.Of)
		}
		if m.CoTitle != nil {
			m.CoTitle.Of = re(m.CoTitle.Of)
		}
	}
	for k, mi := range md.ByToken {
		if mi >= 0 {
			md.ByToken[k] = int32(re(int(mi)))
		}
	}
}

type finder struct {
	d  *segment.Doc
	g  *gazetteer.Gazetteer
	md *Doc
	// per sentence
	sent        int
	first, last int
	lex         []*gazetteer.Word // per token, what the gazetteer knows of it (nil: not looked up yet)
	titleEnd    *titleEnds        // token index just after a title -> the title
	skipTo      int               // tokens before this were read ahead by a rule
	credit      []bool
	firmHeads   []int32 // tokens that close a firm's name (legal suffix, firm word), found once when first asked
	firmHeadsOK bool
	acr         map[string]int // acronyms a body's name was given in brackets -> the mention naming it
	spelled     []span         // per sentence: names that an acronym in brackets after them spells out
	wire        []span         // per sentence: names a stock code follows or angle brackets enclose
	initials    map[string]int // acronyms spelling the initials of a body named before -> its mention (-1: none)
	commaSuf    bool           // per sentence: a comma and a company suffix occur ("..., Inc.")
	unproven    []span         // per sentence: runs of two or three words read as no one's name for want of evidence
	pairs       []sentSpan     // per document: unproven runs of two words, outside headlines
	sport       int8           // per document: 1 sport words occur, -1 none, 0 not looked yet
}

type sentSpan struct{ first, last, sent int }

type span struct{ first, last int }

type titleSpan struct {
	first int
	e     *gazetteer.Entry
}

// titleEnds maps a token index to the title that ends just before it, for
// one sentence: a slot per token of the sentence and the one after it (a
// map keyed by token was a lookup per capitalised word), and a map for any
// other index.
type titleEnds struct {
	first int
	slots []titleSlot
	other map[int]titleSpan
}

type titleSlot struct {
	span titleSpan
	ok   bool
}

func (t *titleEnds) reset(first, last int) {
	n := last - first + 1
	if cap(t.slots) < n {
		t.slots = make([]titleSlot, n)
	}
	t.slots = t.slots[:n]
	clear(t.slots)
	clear(t.other)
	t.first = first
}

func (t *titleEnds) get(k int) (titleSpan, bool) {
	if j := k - t.first; uint(j) < uint(len(t.slots)) {
		return t.slots[j].span, t.slots[j].ok
	}
	ts, ok := t.other[k]
	return ts, ok
}

// span is get's title alone (the zero span when there is none).
func (t *titleEnds) span(k int) titleSpan {
	ts, _ := t.get(k)
	return ts
}

func (t *titleEnds) set(k int, ts titleSpan) {
	if j := k - t.first; uint(j) < uint(len(t.slots)) {
		t.slots[j] = titleSlot{span: ts, ok: true}
		return
	}
	if t.other == nil {
		t.other = map[int]titleSpan{}
	}
	t.other[k] = ts
}

func (f *finder) text(i int) string { return f.d.TokenText(i) }

// word returns what the gazetteer knows of token i as written, looked up
// once per document: the rules ask about the same tokens many times.
func (f *finder) word(i int) *gazetteer.Word {
	if x := f.lex[i]; x != nil {
		return x
	}
	return f.lookup(i)
}

func (f *finder) lookup(i int) *gazetteer.Word {
	x := f.g.Word(f.d.TokenText(i))
	f.lex[i] = x
	return x
}

// matchEntity and matchTitle are the gazetteer's MatchEntity and
// MatchTitle through the token's Word.
func (f *finder) matchEntity(i, limit int) (*gazetteer.Entry, int) {
	if i >= limit {
		return nil, 0
	}
	if w := f.word(i); w.StartsEntity() {
		e, n := f.g.MatchEntityWord(f.d, w, i, limit)
		if e != nil && e.Alone && f.brandInLongerName(e, i, n) {
			return nil, 0
		}
		return e, n
	}
	return nil, 0
}

func (f *finder) matchTitle(i, limit int) (*gazetteer.Entry, int) {
	if i >= limit {
		return nil, 0
	}
	if w := f.word(i); w.StartsTitle() {
		return f.g.MatchTitleWord(f.d, w, i, limit)
	}
	return nil, 0
}

func (f *finder) tok(i int) segment.Token { return f.d.Tokens[i] }

func (f *finder) lower(i int) string {
	if i < f.first || i >= f.last {
		return ""
	}
	return f.d.Lower(i)
}

// addOrgRun adds the n words from token i as one organization, named as
// written.
func (f *finder) addOrgRun(i, n int) {
	if n > 1 && (participleModifier(f.lower(i)) || compoundModifier(f.text(i))) {
		// "Paris-based Velox Group", "State-run Tanzania Rail Corp": the
		// capitalised modifier describes the body and is no part of its name
		i, n = i+1, n-1
	}
	f.add(Mention{Kind: Org, First: i, Last: i + n, OrgName: f.d.Text[f.d.Tokens[i].Start:f.d.Tokens[i+n-1].End]})
}

// participleModifier: a hyphenated participle that describes a body
// ("Paris-based", "state-run", "Japanese-owned").
func participleModifier(lw string) bool {
	k := strings.LastIndexByte(lw, '-')
	if k <= 0 {
		return false
	}
	switch lw[k+1:] {
	case "based", "owned", "controlled", "held", "run", "listed", "registered", "backed", "led":
		return true
	}
	return false
}

// compoundModifier: a capitalised word whose hyphenated tail is a
// lower-case participle or adjective of description ("Trouble-hit",
// "Reagan-appointed", "Newly-installed", "English-language"): it
// describes the body and is no part of its name. A capitalised tail
// belongs to the name ("Baldwin-United Corp").
func compoundModifier(w string) bool {
	k := strings.LastIndexByte(w, '-')
	if k <= 0 || k+1 >= len(w) {
		return false
	}
	tail := w[k+1:]
	if tail[0] < 'a' || tail[0] > 'z' {
		return false
	}
	switch tail {
	case "hit", "stricken", "language", "made", "born":
		return true
	}
	return len(tail) > 4 && strings.HasSuffix(tail, "ed")
}

func (f *finder) add(m Mention) int {
	m.Sent = f.sent
	m.Start, m.End = int(f.d.Tokens[m.First].Start), int(f.d.Tokens[m.Last-1].End)
	if m.Name == "" {
		m.Name = f.d.Text[m.Start:m.End]
	}
	if m.Last < len(f.d.Tokens) && f.tok(m.Last).Has(segment.FlagPossessive) {
		m.Possessive = true
	}
	m.InQuote = f.tok(m.First).Has(segment.FlagInQuote)
	m.Entity = -1
	m.Owner = -1
	if m.Title == nil {
		// a title may be attached later
	}
	idx := len(f.md.Mentions)
	f.md.Mentions = append(f.md.Mentions, m)
	for k := m.First; k < m.Last; k++ {
		f.md.ByToken[k] = int32(idx)
	}
	return idx
}

func (f *finder) isCap(i int) bool {
	t := f.tok(i)
	return t.Kind == segment.Word && t.Has(segment.FlagCap)
}

func isListed(w *gazetteer.Word) bool { _, ok := w.Given(); return ok }

// given is the gazetteer's given name of token i, or of the part before
// the hyphen of a hyphenated one ("Jean-Francois", "Hans-Dietrich"),
// whose second part is capitalised too.
func (f *finder) given(i int) (byte, bool) {
	if gd, ok := f.word(i).Given(); ok {
		return gd, ok
	}
	orig := f.text(i)
	w := orig
	if fw := gazetteer.Fold(w); fw != w {
		// "Björn", "Iván", "Håkan": the lists spell given names without accents
		if gd, ok := f.g.Word(fw).Given(); ok {
			return gd, ok
		}
		w = fw
	}
	h := strings.IndexByte(w, '-')
	if h <= 1 || h+2 >= len(w) || w[h+1] < 'A' || w[h+1] > 'Z' {
		return 0, false
	}
	for _, c := range w[h+2:] {
		if !unicode.IsLower(c) {
			return 0, false // "Graham-McCormick", "Clark-Smith-Jones": firms and double surnames
		}
	}
	for mi := range f.md.Mentions {
		if m := &f.md.Mentions[mi]; m.Kind == Org && f.text(m.First) == orig {
			return 0, false // "Dai-Ichi Kangyo's" after "Dai-Ichi Kangyo Bank Ltd": the body's short form
		}
	}
	return f.g.Given(w[:h])
}

// endsEarlierName reports whether the run [i, i+n) repeats the last n
// words of a longer person's name found earlier in the article.
func (f *finder) endsEarlierName(i, n int) bool {
	for mi := range f.md.Mentions {
		m := &f.md.Mentions[mi]
		if m.Kind != Person || m.Last-m.First <= n || m.First >= i {
			continue
		}
		same := true
		for k := 0; k < n && same; k++ {
			same = f.text(m.Last-n+k) == f.text(i+k)
		}
		if same {
			return true
		}
	}
	return false
}

// pluralTitleBefore returns how many words of the run [i, i+n) make a
// plural title ("Ministers", "Prime Ministers", "Secretaries") followed
// by a given name and at least one more word, and then by "and" or a
// comma and another capitalised word (a list of names), else 0. Only a capitalised
// plural right before a name: "the presidents of Ghana and Peru" is a
// description, never a name list.
func (f *finder) pluralTitleBefore(i, n int) int {
	e := i + n
	if e+1 < f.last && f.text(e) == "of" && f.isCap(e+1) {
		// "Senators Phil Gramm of Texas, X of Y": the holder's place first
		for e++; e < f.last && f.isCap(e); e++ {
		}
	}
	if e+1 >= f.last || f.text(e) != "and" && f.text(e) != "," || !f.isCap(e+1) {
		return 0 // a list must follow: "Queens Park Rangers" is no list of queens
	}
	for k := 0; k <= 1 && k+3 <= n; k++ {
		w := f.text(i + k)
		var one string
		switch {
		case strings.HasSuffix(w, "ies") && len(w) > 4:
			one = w[:len(w)-3] + "y" // "Secretaries"
		case strings.HasSuffix(w, "s") && len(w) > 4:
			one = w[:len(w)-1]
		default:
			continue
		}
		if !f.g.Word(one).StartsTitle() {
			continue
		}
		if _, ok := f.given(i + k + 1); ok {
			return k + 1
		}
	}
	return 0
}

// occupationOpening reports a sentence's first word that reads as a noun
// for a person ("Backbencher", "Campaigner", "Economist", "Historian")
// before a given name: an agent suffix, lower case in the rest of the
// word, itself no given name nor a word of the lists.
func (f *finder) occupationOpening(i int) bool {
	w := f.text(i)
	if len(w) < 6 || !f.isCap(i) || f.tok(i).Has(segment.FlagAllCaps) || f.tok(i).Has(segment.FlagPossessive) {
		return false
	}
	if _, ok := f.word(i).Given(); ok || f.word(i).StartsEntity() || f.word(i).StartsTitle() {
		return false
	}
	if _, ok := f.given(i + 1); !ok {
		return false
	}
	for _, c := range w[1:] {
		if !unicode.IsLower(c) {
			return false
		}
	}
	for _, suf := range []string{"er", "or", "ist", "ian", "ant", "ent"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// fullerNameInDoc reports whether the word at i opens a longer name
// anywhere in the article ("Alwaleed bin Talal", "Ubolratana Mahidol"):
// then the one-word form is that person's short form, for coref to join.
func (f *finder) fullerNameInDoc(i int) bool {
	d := f.d
	w := f.text(i)
	for k := range len(d.Tokens) - 1 {
		if k == i || d.TokenText(k) != w {
			continue
		}
		nt := d.Tokens[k+1]
		if nt.Kind == segment.Word && (nt.Has(segment.FlagCap) || isParticle(d.TokenText(k+1))) && !nt.Has(segment.FlagNewline) {
			return true
		}
	}
	return false
}

// orgWordSurname reports a word that may open a body's name and is also
// a surname ("Christian", "North") standing as a surname: right after a listed given name and
// before no other capitalised word ("Louise Christian, who", not
// "Helmut Christian Democrats").
func (f *finder) orgWordSurname(i int, firstOfRun bool) bool {
	if firstOfRun || i-1 < f.first || !f.word(i).IsOrgWord() {
		return false
	}
	switch f.text(i) {
	case "North", "South", "East", "West", "Christian", "Royal":
		// words also borne as surnames; not adjectives ("Roman Catholic")
	default:
		return false
	}
	if _, ok := f.word(i - 1).Given(); !ok {
		return false
	}
	return i+1 >= f.last || !f.isCap(i+1)
}

// stopSurname reports a stop word also borne as a surname ("Day",
// "Christians") standing as one: alone after a fuller name ending in it,
// or right after a given name
// and before no other capitalised word ("Harold Day said", not
// "Victoria Day Parade"), and not in a saint's name ("St Mary Church").
func (f *finder) stopSurname(i int, firstOfRun bool) bool {
	if !f.word(i).IsSurnameWord() || i+1 < f.last && f.isCap(i+1) {
		return false
	}
	if firstOfRun {
		// "Day said" after "Doris Day": the surname of a person named before
		for mi := range f.md.Mentions {
			if m := &f.md.Mentions[mi]; m.Kind == Person && m.Last-m.First >= 2 && m.Last <= i && f.text(m.Last-1) == f.text(i) {
				return true
			}
		}
		return false
	}
	if i-1 < f.first {
		return false
	}
	if i-2 >= f.first {
		switch f.text(i - 2) {
		case "St", "St.", "Saint":
			return false
		}
	}
	_, ok := f.word(i - 1).Given()
	return ok // not after an initial: "Arthur D. Little" is a firm
}

// givenStopOpening reports a listed given name that is also a stop word
// ("Christian") opening a person's name or following a given name as a
// middle name ("Hans Christian Voss"): first in the run, before one
// capitalised word that the lists do not know (no stop word, title,
// country, place or body) and that is no common noun of the article,
// with no body's head word after it ("Christian Voss", not "Christian
// Democrats" or "Christian Science Monitor").
func (f *finder) givenStopOpening(i int, firstOfRun bool) bool {
	if !firstOfRun && !isListed(f.word(i-1)) || !isListed(f.word(i)) || i+1 >= f.last {
		return false
	}
	k := i + 1
	if !f.isCap(k) || f.tok(k).Has(segment.FlagNewline) || f.tok(k).Has(segment.FlagAllCaps) {
		return false
	}
	if w := f.word(k); w.IsStop() || w.IsOrgWord() {
		return false
	}
	if e, _ := f.matchEntity(k, f.last); e != nil {
		return false
	}
	if e, _ := f.matchTitle(k, f.last); e != nil {
		return false
	}
	if OrgHead(f.text(k)) || f.lowerInDoc(k) {
		return false
	}
	if k+1 < f.last && f.isCap(k+1) && (OrgHead(f.text(k+1)) || f.word(k+1).IsOrgWord()) {
		return false
	}
	// and a sign of a person: a title or honorific before it, or the
	// second word standing alone elsewhere in the article as a surname
	// ("Slater said"); a body or a work is not named by its second word
	// ("Christian Aid", "Jesus Walks")
	if _, ok := f.titleEnd.get(i); ok {
		return true
	}
	return f.surnameAlone(k, true)
}

// surnameAlone reports the word at token k written elsewhere in the
// article as a surname alone ("Voss said"): first in the text or after
// no capitalised word, so not inside another capitalised name ("Medical
// Fellowship"); with titled, also right after a title or honorific ("Mr
// Voss").
func (f *finder) surnameAlone(k int, titled bool) bool {
	w := f.text(k)
	for x := range f.d.Tokens {
		if x == k || f.d.TokenText(x) != w {
			continue
		}
		if x == 0 {
			return true
		}
		if p := f.d.Tokens[x-1]; p.Kind != segment.Word || !p.Has(segment.FlagCap) || titled && f.g.Word(f.d.TokenText(x-1)).StartsTitle() {
			return true
		}
	}
	return false
}

// afterEarlierParticle reports whether the words at i-1 and i end a
// person's name found earlier ("St. John" after "Oliver St. John").
func (f *finder) afterEarlierParticle(i int) bool {
	for mi := range f.md.Mentions {
		m := &f.md.Mentions[mi]
		if m.Kind != Person || m.First >= i-1 {
			continue
		}
		for k := m.First + 1; k < m.Last; k++ {
			if f.text(k) == f.text(i) && f.text(k-1) == f.text(i-1) {
				return true
			}
		}
	}
	return false
}

// lowerInDoc reports whether the word at i, in lower case, occurs as a
// word of the article: a common noun, not a name.
func (f *finder) lowerInDoc(i int) bool {
	w := f.text(i)
	if _, ok := f.word(i).Given(); ok || len(w) < 3 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	lw := f.d.Lower(i)
	for k := range f.d.Tokens {
		if k != i && f.d.Tokens[k].Kind == segment.Word && !f.d.Tokens[k].Has(segment.FlagCap) && f.d.TokenText(k) == lw {
			return true
		}
	}
	return false
}

// nameShaped reports whether token i can be part of a person's name.
func (f *finder) nameShaped(i int, firstOfRun bool) bool {
	t := f.tok(i)
	w := f.text(i)
	if t.Kind == segment.Word && !t.Has(segment.FlagCap) && !firstOfRun && arabicArticle(w) {
		return true // "Ghazi al-Gosaibi"
	}
	if t.Kind != segment.Word || !t.Has(segment.FlagCap) {
		return false
	}
	if t.Has(segment.FlagAllCaps) && len(w) > 2 && !strings.HasSuffix(w, ".") {
		return false // acronyms and shouted headlines are not names
	}
	if f.word(i).Weekday() > 0 || f.gluedCaption(i) {
		return false
	}
	if f.word(i).Month() > 0 {
		// "Theresa May": a month after a given name is a surname
		if firstOfRun || i+1 < f.last && f.tok(i+1).Kind == segment.Number {
			return false
		}
		if _, ok := f.word(i - 1).Given(); !ok {
			return false
		}
	}
	if f.word(i).IsStop() && !(f.word(i).Month() > 0 && !firstOfRun) && !f.orgWordSurname(i, firstOfRun) && !f.stopSurname(i, firstOfRun) && !f.stopMiddleName(i, firstOfRun) && !f.givenStopOpening(i, firstOfRun) {
		return false
	}
	if strings.HasSuffix(w, ".") && len(w) > 2 && !isInitials(w) {
		return false // "Gen.", "Corp."
	}
	if contraction(w) {
		return false // "I'd", "I'm"
	}
	return true
}

func contraction(w string) bool {
	// every suffix holds an apostrophe: most words have none ('’' starts
	// with the byte 0xE2)
	if strings.IndexByte(w, '\'') < 0 && strings.IndexByte(w, 0xE2) < 0 {
		return w == "I"
	}
	for _, suf := range []string{"'d", "'m", "'ve", "'ll", "'re", "’d", "’m", "’ve", "’ll", "’re", "n't", "n’t"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return w == "I"
}

func arabicArticle(w string) bool {
	for _, p := range []string{"al-", "el-", "ad-", "ash-", "as-", "at-", "az-", "ar-", "an-", "ibn-", "bin-"} {
		if strings.HasPrefix(w, p) && len(w) > len(p) && w[len(p)] >= 'A' && w[len(p)] <= 'Z' {
			return true
		}
	}
	return false
}

func isInitials(w string) bool {
	// "J.", "J.R.", "G.W."
	for i := 0; i < len(w); i += 2 {
		if i+1 >= len(w) || w[i+1] != '.' || w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

func isParticle(w string) bool {
	switch w {
	case "von", "van", "der", "den", "de", "da", "di", "du", "la", "le", "dos", "das", "del", "della", "bin", "ibn", "bint", "arap", "al", "el", "ter", "zu", "af", "y", "St.", "St":
		return true
	}
	return false
}

// OrgHead reports whether w ends (or, with "of", starts) an organization's name.
func OrgHead(w string) bool {
	switch w {
	case "Party", "Union", "Council", "Committee", "Commission", "Ministry", "Department", "Office", "Agency", "Bureau",
		"Association", "Institute", "Institution", "University", "College", "School", "Bank", "Fund", "Group", "Company",
		"Corporation", "Corp", "Corp.", "Co", "Inc", "Inc.", "Ltd", "Ltd.", "Co.", "plc", "PLC", "Plc", "AG", "Foundation", "Federation",
		"Organization", "Organisation", "Authority", "Administration", "Service", "Services", "Court", "Tribunal",
		"Parliament", "Assembly", "Senate", "Forum", "Army", "Navy", "Force", "Forces", "Police", "Front", "Movement",
		"League", "Alliance", "Coalition", "Society", "Trust", "Board", "Exchange", "Club", "Centre", "Center", "Network",
		"Times", "Post", "News", "Journal", "Herald", "Gazette", "Tribune", "Press", "Television", "Radio", "Channel",
		"Airlines", "Airways", "Motors", "Industries", "Holdings", "Partners", "Brothers", "Securities", "Petroleum",
		"Chambers", "Chamber", "Subcommittee", "Caucus", "Guard", "Secretariat", "Cabinet", "Church", "Mission", "Watch", "Congress", "Unit", "Division", "Programme", "Program", "Project", "Commissariat", "Directorate", "Inspectorate", "Laboratory", "Laboratories", "Hospital", "Museum", "Library", "Academy", "Conference", "Corps", "Brigade", "Regiment", "Battalion", "Squad", "Team", "Inc.,", "LLC", "GmbH", "SA", "NV", "Railways", "Systems", "Technologies", "Electric", "Steel", "Mining", "Insurance", "Reserve", "Treasury":
		return true
	}
	return false
}

func (f *finder) sentence(si int) {
	d := f.d
	s := d.Sentences[si]
	f.sent, f.first, f.last = si, s.First, s.Last
	f.titleEnd.reset(f.first, f.last)
	f.markCredits()
	f.findSpelled()
	f.findWireNames()
	f.unproven = f.unproven[:0]
	headline := s.Headline
	f.skipTo = 0
	for i := f.first; i < f.last; {
		t := f.tok(i)
		if t.Kind != segment.Word {
			if n := f.acronymDef(i); n > 0 {
				i += n
				continue
			}
			i++
			continue
		}
		if mi := f.md.ByToken[i]; mi >= 0 {
			i = max(f.md.Mentions[mi].Last, i+1) // read ahead by an earlier rule
			continue
		}
		w := f.text(i)
		if def, ok := f.acr[w]; ok && t.Has(segment.FlagAllCaps) && !f.longerEntity(i) {
			// "the FSB" after "the Federal Security Service (FSB)"
			d := &f.md.Mentions[def]
			f.add(Mention{Kind: Org, First: i, Last: i + 1, OrgName: d.OrgName, Entry: d.Entry})
			i++
			continue
		}
		if def := f.initialsOfNamed(i); def >= 0 {
			// "the FDA" after "the Food and Drug Administration": the
			// initials of a body the article named before
			d := &f.md.Mentions[def]
			f.add(Mention{Kind: Org, First: i, Last: i + 1, OrgName: d.OrgName, Entry: d.Entry})
			i++
			continue
		}
		if k := f.commaFirm(i); k > 0 {
			// "Northwind Asset Management, Inc.": a company suffix after
			// a comma closes a firm's registered name
			f.addOrgRun(i, k)
			i += k
			continue
		}
		if k := f.spelledAt(i); k > 0 {
			// "the Commission on Fair Trading (CFT)": a body's name that
			// the acronym after it spells out
			f.addOrgRun(i, k)
			i += k
			continue
		}
		if k := f.wireNameAt(i); k > 0 && f.wireNameFree(i, k) {
			// "Dorn <DRN> said", "<Harlow and Sons> said": a name the
			// wire marks as a company's
			f.addOrgRun(i, k)
			i += k
			continue
		}
		if e := f.numberedChannel(i); e != nil {
			// "ITV1", "BBC2": a broadcaster's numbered channel stands for
			// the broadcaster (GUIDELINES §5: channels are its aliases)
			f.add(Mention{Kind: Org, First: i, Last: i + 1, Entry: e})
			i++
			continue
		}
		if k := f.clubBeforePosition(i); k > 0 {
			// "Tilden striker Ann Roe", "Tilden boss Jan Berg" in a sport
			// report: the club the player or manager belongs to
			f.addOrgRun(i, k)
			i += k
			continue
		}
		if n := f.blockedGivenName(i); n > 0 {
			// "Jan Berg said", "chairman Milan Novak": a given name that
			// reads as a month, a stop word or a place opens a person's name
			f.name(i, n, headline)
			i = max(i+n, f.skipTo)
			continue
		}
		// gazetteer entities: longest match
		if e, n := f.matchEntity(i, f.last); e != nil && !f.givenNameCountry(e, i, n) && !f.honorificName(e, i, n) && !f.indexName(e, i, n) && !f.timeZone(e, i, n) {
			if f.credit[i-f.first] && e.Kind != gazetteer.Org {
				i += n
				continue
			}
			k := f.firmSuffixAfter(e, i, n)
			if k == 0 {
				k = f.bankAfterBody(e, i, n)
			}
			if k > 0 {
				// "Telemundo Group Inc", "Daily Planet Co Ltd": a firm
				// that bears a listed broadcaster's or paper's name
				f.add(Mention{Kind: Org, First: i, Last: i + n + k, OrgName: d.Text[d.Tokens[i].Start:d.Tokens[i+n+k-1].End]})
				i += n + k
				continue
			}
			if k := f.qualifiedOrg(e, i, n); k > 0 {
				f.add(Mention{Kind: Org, First: i, Last: i + k, OrgName: d.Text[d.Tokens[i].Start:d.Tokens[i+k-1].End], Short: d.Text[d.Tokens[i+n].Start:d.Tokens[i+k-1].End]})
				i += k
				continue
			}
			if k := f.placeOpenedSpeaker(e, i, n); k > 0 {
				// "Dorland Telecom said", "Swiss Vantor has said": a
				// firm whose name opens with its country or city
				f.add(Mention{Kind: Org, First: i, Last: i + k, OrgName: f.fullerFirmName(i, i+k)})
				i += k
				continue
			}
			if e.Kind == gazetteer.Org {
				// "Acme Lynch and Co Inc", "Acme Petroleum Co Plc": the
				// listed firm's legal tail is part of its name
				n += f.commaNameRest(e, i, n)
				if k := f.firmTail(i + n); k > 0 {
					n += k
				} else if e.OrgKind == "COMPANY" {
					n += f.firmWordsTail(i + n)
				}
			}
			f.entity(e, i, n)
			i += n
			continue
		}
		// organizations by shape (not right after a title: "Chairman Ada
		// Lind and U.S. Commerce Secretary" names two people)
		if ts, ok := f.titleEnd.get(i); t.Has(segment.FlagCap) && !f.credit[i-f.first] && !(ok && (ts.e.Class == gazetteer.Role || ts.e.Class == gazetteer.Honorific)) {
			if n := f.orgRun(i); n > 0 {
				f.addOrgRun(i, n)
				i += n
				continue
			}
		}
		// titles, honorifics, occupations
		if e, n := f.matchTitle(i, f.last); e != nil && (t.Has(segment.FlagCap) || e.Class != gazetteer.Honorific || lowerHonorificOccupation(t, e, f.lower(i))) && !f.occupationInName(i, e) && !f.verbAfterModal(i, n) {
			f.titleEnd.set(i+n, titleSpan{first: i, e: e})
			if desc := f.descriptor(i, n, e); desc {
				i += n
				continue
			}
			i += n
			continue
		}
		// pronouns
		switch w {
		case "two", "both", "Both":
			// "the two leaders", "both men": a pair of people named before
			if j := i + 1; j < f.last && pairNoun(f.lower(j)) && (w != "two" || f.lower(i-1) == "the") {
				first := i
				if w == "two" {
					first = i - 1
				}
				f.add(Mention{Kind: Pair, First: first, Last: j + 1})
				i = j + 1
				continue
			}
			// "the two discussed it": the pronoun-like "the two" before a verb
			if j := i + 1; w == "two" && f.lower(i-1) == "the" && j < f.last && pairVerb(f.lower(j)) {
				f.add(Mention{Kind: Pair, First: i - 1, Last: j})
				i = j
				continue
			}
		case "he", "He":
			f.add(Mention{Kind: Pronoun, First: i, Last: i + 1, Gender: 'm'})
			i++
			continue
		case "she", "She":
			f.add(Mention{Kind: Pronoun, First: i, Last: i + 1, Gender: 'f'})
			i++
			continue
		case "him":
			f.add(Mention{Kind: Pronoun, First: i, Last: i + 1, Gender: 'm', Object: true})
			i++
			continue
		case "his", "His":
			if f.encounterAhead(i + 1) {
				// "during his visit to China": whose visit, coref decides
				f.add(Mention{Kind: Pronoun, First: i, Last: i + 1, Gender: 'm', Possessive: true})
				i++
				continue
			}
		case "her", "Her":
			if i+2 < f.last && f.text(i+1) == "as" && f.text(i+2) == "saying" {
				f.add(Mention{Kind: Pronoun, First: i, Last: i + 1, Gender: 'f', Object: true})
				i++
				continue
			}
			if f.encounterAhead(i + 1) {
				f.add(Mention{Kind: Pronoun, First: i, Last: i + 1, Gender: 'f', Possessive: true})
				i++
				continue
			}
		}
		if t.Has(segment.FlagCap) && !t.Has(segment.FlagAllCaps) && OrgHead(w) && !f.credit[i-f.first] && !(i+1 < f.last && f.isCap(i+1)) {
			// "the Commission", "Council spokesperson": a body's short
			// form, resolved by coref to the one body of that name, if any
			f.add(Mention{Kind: Org, First: i, Last: i + 1, OrgName: w, ShortForm: true})
			i++
			continue
		}
		if t.Has(segment.FlagAllCaps) && len(w) >= 2 && !f.credit[i-f.first] && !legalSuffix(w) && !romanNumeral(w) && !f.nameGoesOnBefore(i) && (bodyNounBefore(f, i) || f.classAppositive(i+1) || f.classNounAfter(i, i+1)) && !f.longerRunInDoc(i, i+1) {
			// "luxury goods firm LVMH", "the oil company TNK-BP", "KLB,
			// the country's biggest lender,": an acronym next to a class
			// noun for a body names that body (a person's name is no
			// acronym), unless it is the short form of a longer name
			// the article writes ("KLB Inc")
			if e, _ := f.matchTitle(i, f.last); e == nil {
				k := f.bodyNameEnd(i, 1)
				if k > 1 && f.nameShaped(i+1, true) {
					if _, given := f.given(i + 1); given {
						k = 1 // "aerospace group ACME Ann Roe": a person's name after the body's
					}
				}
				f.addOrgRun(i, k)
				i += k
				continue
			}
		}
		if ok, def := f.codeNameSpeaker(i); ok {
			// "HP said", "The OFT stated": a body's code name that no list
			// knows, speaking; the body whose initials it is when the text
			// named that body before
			m := Mention{Kind: Org, First: i, Last: i + 1, OrgName: w}
			if def >= 0 {
				m.OrgName, m.Entry = f.md.Mentions[def].OrgName, f.md.Mentions[def].Entry
			}
			f.add(m)
			i++
			continue
		}
		if k := f.plainNameSpeaker(i); k > 0 {
			// "Halvorsen Foods said its profit rose": a firm no list knows
			// and no name shape gives away, speaking of its own
			f.addOrgRun(i, k)
			i += k
			continue
		}
		if k := f.whichNameSpeaker(i); k > 0 {
			// "Harbour Rail, which runs the lines, said": a body no list
			// knows, named by its relative pronoun
			f.addOrgRun(i, k)
			i += k
			continue
		}
		if k := f.bodyBeforePost(i); k > 0 {
			// "Skyline founder Ann Roe": the body a post belongs to
			f.addOrgRun(i, k)
			i += k
			continue
		}
		if f.credit[i-f.first] || !f.nameShaped(i, true) {
			i++
			continue
		}
		if k := f.nicknameSurname(i); k > 0 && f.nickname(i, k, headline) {
			i = max(k, f.skipTo)
			continue
		}
		n := f.nameRun(i)
		for _, w := range f.wire {
			if w.first > i && w.first < i+n {
				n = w.first - i // "U.S. Conglomerate Acme <ACM>": the run stops at the firm's name
			}
		}
		if n == 0 {
			i++
			continue
		}
		f.name(i, n, headline)
		i += n
		if f.skipTo > i {
			i = f.skipTo
		}
	}
	f.promoteListed(headline)
}

// codeNameSpeaker reports a word at i shaped like a body's code name,
// an acronym ("KLM", "OFT") or a name with a capital inside ("MySpace",
// "GenCorp"), that opens its clause ("the" at most before it, not after a
// preposition: "a spokesman for the DCA said" is no words of the DCA) and
// is the subject of a verb of speech right after it ("has" or "also"
// between): people's names have neither shape, bar prefixes such as
// "Mc" and "De" that are left out. def is the mention of a body named
// before whose initials the word is ("ATT" after "American Telephone and
// Telegraph Co"), else -1.
func (f *finder) codeNameSpeaker(i int) (ok bool, def int) {
	t := f.tok(i)
	if !t.Has(segment.FlagCap) || t.Has(segment.FlagInQuote) || f.credit[i-f.first] {
		return false, -1 // most words: decided before the text is read
	}
	w := f.text(i)
	if len(w) < 2 || len(w) > 12 {
		return false, -1
	}
	code := t.Has(segment.FlagAllCaps)
	if !code {
		inner := false
		for k := 1; k < len(w); k++ {
			if w[k] >= 'A' && w[k] <= 'Z' && w[k-1] >= 'a' && w[k-1] <= 'z' {
				inner = true
			}
			if !(w[k] >= 'A' && w[k] <= 'Z' || w[k] >= 'a' && w[k] <= 'z') {
				return false, -1
			}
		}
		if !inner {
			return false, -1
		}
		for _, p := range [...]string{"Mc", "Mac", "De", "Di", "Da", "Du", "La", "Le", "Van", "Von"} {
			if strings.HasPrefix(w, p) {
				return false, -1
			}
		}
	} else {
		for k := 0; k < len(w); k++ {
			if !(w[k] >= 'A' && w[k] <= 'Z') {
				return false, -1 // "U.S.", "G-7": not a code name of this shape
			}
		}
	}
	p := i - 1
	if p >= f.first && f.lower(p) == "the" {
		p--
	}
	if p >= f.first {
		lp, tk := f.lower(p), f.tok(p)
		switch {
		case lp == "," || lp == ";" || lp == "and" || lp == "but" || lp == "while" || lp == "as" || lp == "after" || lp == "when":
		case tk.Kind == segment.Quote || tk.Has(segment.FlagClose):
		default:
			return false, -1 // "a spokesman for the DCA", "Acme's HP"
		}
	}
	v := i + 1
	for v < f.last && (f.lower(v) == "has" || f.lower(v) == "have" || f.lower(v) == "also") {
		v++
	}
	if v >= f.last {
		return false, -1
	}
	lv := f.lower(v)
	if !IsSpeechVerb(lv) || lv == "say" || strings.HasSuffix(lv, "ing") {
		return false, -1
	}
	// the look-ups last: most capitalised words fail the cheap checks above
	if f.word(i).IsStop() || postNominal(w) || seatLetters(w) {
		return false, -1
	}
	if e, _ := f.matchTitle(i, i+1); e != nil {
		return false, -1 // "QC", "CEO": a post
	}
	// the word nowhere part of a longer name ("GenCorp Inc", "<CSR Ltd>",
	// "David SyCip"), nor the initials of one ("ATT" after "American
	// Telephone and Telegraph"): that name's own rules read the short form
	def = -1
	d := f.d
	wlen := int32(len(w))
	for k, tk := range d.Tokens {
		if t.Has(segment.FlagAllCaps) && tk.Kind == segment.Word && tk.Has(segment.FlagCap) && !tk.Has(segment.FlagAllCaps) && d.Text[tk.Start] == w[0] && f.initialsFrom(k, w) {
			if mi := f.md.ByToken[k]; k < i && mi >= 0 && f.md.Mentions[mi].Kind == Org && f.md.Mentions[mi].First == k {
				def = int(mi)
				continue
			}
			if k > i && def >= 0 {
				continue // the body's name again, later
			}
			return false, -1
		}
		if k == i || tk.Kind != segment.Word || tk.End-tk.Start != wlen || d.Text[tk.Start:tk.End] != w {
			continue
		}
		for _, q := range [2]int{k - 1, k + 1} {
			if q < 0 || q >= len(d.Tokens) {
				continue
			}
			qt := d.Tokens[q]
			if qw := d.TokenText(q); qw == "<" || qw == ">" || qw == "&" || qt.Kind == segment.Word && qt.Has(segment.FlagCap) && qw != "The" && d.SentenceAt(int(qt.Start)) == d.SentenceAt(int(tk.Start)) {
				return false, -1
			}
		}
	}
	return true, def
}

// plainNameSpeaker returns the length of a run of one or two capitalised
// words at i that opens its clause and speaks of itself with "its"
// ("Halvorsen Foods said its sales fell", "Brightwell said on Monday its
// bid stands"): a person says "his" or "her", never "its", so the run is
// a body's name even with no legal suffix, body word or listed name.
// Not a run whose first word is a listed given name, a stop word, a
// title or the start of a listed entity, nor a word the article also
// writes in lower case, nor a run that is part of a longer name or a
// person's surname elsewhere in the article.
func (f *finder) plainNameSpeaker(i int) int {
	t := f.tok(i)
	if !t.Has(segment.FlagCap) || t.Has(segment.FlagAllCaps) || t.Has(segment.FlagInQuote) || f.credit[i-f.first] {
		return 0
	}
	k := i + 1
	if k < f.last && f.isCap(k) && !f.tok(k).Has(segment.FlagAllCaps) && !f.tok(i).Has(segment.FlagPossessive) {
		k++
	}
	if k < f.last && f.isCap(k) {
		return 0 // a longer run: other rules read it
	}
	v := k
	if v >= f.last || !IsSpeechVerb(f.lower(v)) || f.lower(v) == "say" || strings.HasSuffix(f.lower(v), "ing") {
		return 0
	}
	// "its" right after the verb, or after "on <Weekday>" / "that"
	j := v + 1
	switch {
	case j < f.last && f.lower(j) == "that":
		j++
	case j+1 < f.last && f.lower(j) == "on" && f.isCap(j+1):
		j += 2
	}
	if j >= f.last || f.lower(j) != "its" {
		return 0 // the common case, decided without look-ups
	}
	p := i - 1
	if p >= f.first && f.lower(p) == "the" {
		p--
	}
	if p >= f.first {
		lp, tk := f.lower(p), f.tok(p)
		switch {
		case lp == "," || lp == ";" || lp == "and" || lp == "but" || lp == "while" || lp == "as" || lp == "after" || lp == "when":
		case tk.Kind == segment.Quote || tk.Has(segment.FlagClose):
		default:
			return 0 // "a unit of Halvorsen said", "Acme's Brightwell"
		}
		if lp == "and" && p > f.first && f.isCap(p-1) {
			return 0 // "Lund and Ferris said its": the end of a firm's name
		}
	}
	if !f.unknownBodyRun(i, k) {
		return 0
	}
	return k - i
}

// unknownBodyRun reports a capitalised run [i, k) that may name a body
// no list knows (plainNameSpeaker, whichNameSpeaker): no stop word,
// entity, title, possessive or listed given name in it; then, checked
// last as they read the whole article, no lone word the article writes
// in lower case, no part of a longer name, no person's surname.
func (f *finder) unknownBodyRun(i, k int) bool {
	for q := i; q < k; q++ {
		w := f.word(q)
		if w.IsStop() || w.StartsEntity() || w.StartsTitle() || f.tok(q).Has(segment.FlagPossessive) {
			return false
		}
		if _, given := w.Given(); given {
			return false
		}
	}
	return !(k == i+1 && f.lowerInDoc(i) || f.longerRunInDoc(i, k) || f.surnameInDoc(k-1))
}

// whichNameSpeaker returns the length of a run of one to three
// capitalised words at i that opens its clause and is the subject of a
// speech verb after a relative clause with "which" ("Harbour Rail, which
// runs the lines in the north, said"): a person is "who", and a place
// does not speak, so the run is a body's name. The same guards as
// plainNameSpeaker: no listed given name, stop word, title or entity in
// it, no word the article writes in lower case, no part of a longer
// name or a person's surname elsewhere.
func (f *finder) whichNameSpeaker(i int) int {
	t := f.tok(i)
	if !t.Has(segment.FlagCap) || t.Has(segment.FlagInQuote) || f.credit[i-f.first] {
		return 0
	}
	k := i + 1
	for k < f.last && k < i+3 && f.isCap(k) {
		k++
	}
	if k+2 >= f.last || f.text(k) != "," || f.lower(k+1) != "which" {
		return 0 // the common case, decided without look-ups
	}
	v := -1
	for j := k + 2; j+1 < f.last && j < k+40; j++ {
		if f.tok(j).Has(segment.FlagInQuote) {
			return 0
		}
		if f.text(j) == "," && IsSpeechVerb(f.lower(j+1)) {
			v = j + 1
			break
		}
	}
	if v < 0 || f.lower(v) == "say" || strings.HasSuffix(f.lower(v), "ing") {
		return 0
	}
	p := i - 1
	if p >= f.first && f.lower(p) == "the" {
		p--
	}
	if p >= f.first {
		lp, tk := f.lower(p), f.tok(p)
		switch {
		case lp == ";" || lp == "but":
		case tk.Kind == segment.Quote || tk.Has(segment.FlagClose):
		default:
			// "a unit of Harbour Rail, which", "the ruling body the
			// Harbour Board, which": the run is no subject
			return 0
		}
	}
	if !f.unknownBodyRun(i, k) {
		return 0
	}
	return k - i
}

// seatLetters: a seat or office written after a person's name ("X MP
// said", "X, MLA, told").
func seatLetters(w string) bool {
	switch w {
	case "MP", "MEP", "MSP", "AM", "MLA", "MPP", "TD", "JP", "MD", "DL":
		return true
	}
	return false
}

// initialsFrom reports whether the capitalised words from token k on
// (with "of", "and", "for", "the", "&" between them) begin with the
// letters of acr, one word each: "American Telephone and Telegraph" for
// "ATT".
func (f *finder) initialsFrom(k int, acr string) bool {
	d := f.d
	n := 0
	for ; k < len(d.Tokens) && n < len(acr); k++ {
		tk := d.Tokens[k]
		w := d.TokenText(k)
		switch {
		case tk.Kind == segment.Word && tk.Has(segment.FlagCap) && w[0] == acr[n]:
			n++
		case n > 0 && (w == "of" || w == "and" || w == "for" || w == "the" || w == "&"):
		default:
			return false
		}
	}
	return n == len(acr)
}

// findSpelled notes whether the sentence holds a comma and a company
// suffix (commaFirm looks no further otherwise), and records the
// capitalised names of the sentence that an acronym in brackets right
// after them spells out, initial by initial ("Commission on Fair Trading
// (CFT)", "Farmers' Grain Board (FGB)"): such a name is a body's when a
// body word heads it, unless the lists know the whole name as something
// else (a country: "United Arab Emirates (UAE)") or it opens with a
// given name (a person's initials).
func (f *finder) findSpelled() {
	f.spelled = f.spelled[:0]
	f.commaSuf = false
	for p := f.first + 1; p+1 < f.last; p++ {
		if f.text(p) == "," && commaSuffix(f.text(p+1)) {
			f.commaSuf = true
		}
		if p+2 >= f.last || f.text(p) != "(" || f.text(p+2) != ")" {
			continue
		}
		acr := f.text(p + 1)
		letters := strings.TrimSuffix(acr, "s")
		if len(letters) < 2 || len(letters) > 8 {
			continue
		}
		upper := true
		for k := 0; k < len(letters); k++ {
			if letters[k] < 'A' || letters[k] > 'Z' {
				upper = false
				break
			}
		}
		if !upper {
			continue
		}
		// walk back over the name: capitalised words, connectors and
		// possessive endings, one capitalised word per letter
		want := len(letters)
		j := p - 1
		start := -1
		for j >= f.first {
			w := f.text(j)
			t := f.tok(j)
			if t.Kind == segment.Word && f.isCap(j) && !t.Has(segment.FlagPossessive) {
				want--
				if w[0] != letters[want] {
					break
				}
				if want == 0 {
					start = j
					break
				}
				j--
				continue
			}
			if j < p-1 && (w == "of" || w == "for" || w == "and" || w == "on" || w == "the" || w == "&" || t.Has(segment.FlagPossessive)) {
				j--
				continue
			}
			break
		}
		if start < 0 {
			continue
		}
		if _, given := f.word(start).Given(); given {
			continue
		}
		// a body's word heads them, last or before its of-phrase
		// ("Fair Trading Council", "Council for Fair Trading", "Roe
		// Holdings Corp"): many spelled-out names are of taxes, rates,
		// products and laws ("Value Added Tax", "Special Drawing Rights")
		headWord := func(w string) bool { return OrgHead(w) || legalSuffix(w) || firmWord(strings.ToLower(w)) }
		body := headWord(f.text(p - 1))
		for k := start; k < p-1 && !body; k++ {
			switch f.text(k + 1) {
			case "of", "for", "on":
				body = OrgHead(f.text(k))
			}
		}
		if !body {
			continue
		}
		if e, n := f.matchEntity(start, p); e != nil && n == p-start {
			continue // the lists know the whole name: their reading holds
		}
		if e, _ := f.matchEntity(p+1, p+2); e != nil && e.Kind != gazetteer.Org {
			continue
		}
		f.spelled = append(f.spelled, span{start, p})
	}
}

// spelledAt returns the length of a name found by findSpelled that
// starts at token i, or 0.
func (f *finder) spelledAt(i int) int {
	for _, s := range f.spelled {
		if s.first == i {
			return s.last - s.first
		}
	}
	return 0
}

// numberedChannel returns the listed broadcaster whose name, with a
// channel number glued to it, is the word at i ("ITV1", "BBC2"), or nil.
// It is asked of nearly every token: the token alone (capitalised, four
// bytes or more, a last byte that may be a digit) turns most away, inline.
func (f *finder) numberedChannel(i int) *gazetteer.Entry {
	if t := f.d.Tokens[i]; t.Flags&segment.FlagCap == 0 || t.End-t.Start < 4 || f.d.Text[t.End-1] > '9' {
		return nil
	}
	return f.numberedChannelWord(f.text(i))
}

func (f *finder) numberedChannelWord(w string) *gazetteer.Entry {
	k := len(w)
	// most words end in no digit, and these names are written in capitals
	if k < 4 || w[k-1] < '0' || w[k-1] > '9' || w[1] < 'A' || w[1] > 'Z' {
		return nil
	}
	for k > 0 && w[k-1] >= '0' && w[k-1] <= '9' {
		k--
	}
	if k < 3 || k == len(w) || len(w)-k > 2 || w[0] < 'A' || w[0] > 'Z' {
		return nil
	}
	// the broadcaster's own name, not an alias: "FT30" is a product code
	e := f.g.LookupWord(w[:k])
	if e == nil || e.Kind != gazetteer.Org || e.OrgKind != "MEDIA" || e.Name != w[:k] {
		return nil
	}
	return e
}

// longerEntity: the lists know a name of several words starting at
// token i ("EC Commission"): it wins over an acronym defined in the text.
func (f *finder) longerEntity(i int) bool {
	e, n := f.matchEntity(i, f.last)
	return e != nil && n > 1
}

// acronymDef reads a body's acronym given in brackets right after its
// name ("the Federal Security Service (FSB)", for a body the lists do not
// know by that acronym): the acronym is a mention of the body, here and
// wherever the article uses it later. It returns the tokens read (the
// brackets and the acronym) or 0.
func (f *finder) acronymDef(i int) int {
	if f.text(i) != "(" || i+2 >= f.last || i == f.first || f.text(i+2) != ")" {
		return 0
	}
	j := i + 1
	t := f.tok(j)
	w := f.text(j)
	if t.Kind != segment.Word || !t.Has(segment.FlagAllCaps) || len(w) < 2 || len(w) > 8 || f.md.ByToken[j] >= 0 {
		return 0
	}
	end := i
	if f.text(i-1) == ">" && i-2 >= f.first {
		end = i - 1 // "<Acme Gas Co> (AGC)": the wire's mark closes the name
	}
	pm := f.md.ByToken[end-1]
	if pm < 0 || f.md.Mentions[pm].Kind != Org || f.md.Mentions[pm].Last != end || f.md.Mentions[pm].ShortForm {
		return 0
	}
	m := f.md.Mentions[pm]
	if e, _ := f.matchEntity(j, j+1); e != nil && (e.Kind != gazetteer.Org || strings.HasSuffix(f.d.Text[m.Start:m.End], e.Name)) {
		// a country's ("... of the United Arab Emirates (UAE)"), or the
		// body the name ends with ("Fiat and General Motors (GM)"): the
		// lists' reading; else a body's acronym the text defines wins
		// over the lists' ("Interstate Commerce Commission (ICC)")
		return 0
	}
	if f.acr == nil {
		f.acr = map[string]int{}
	}
	if _, seen := f.acr[w]; !seen {
		f.acr[w] = int(pm)
	}
	f.add(Mention{Kind: Org, First: j, Last: j + 1, OrgName: m.OrgName, Entry: m.Entry})
	return 3
}

// markCredits flags tokens inside a photo credit such as
// "(Name/Pool/AFP via Getty Images)": the photographer is not an actor.
func (f *finder) markCredits() {
	n := f.last - f.first
	if cap(f.credit) < n {
		f.credit = make([]bool, n)
	}
	f.credit = f.credit[:n]
	for i := range f.credit {
		f.credit[i] = false
	}
	for i := f.first; i < f.last; i++ {
		if f.text(i) != "(" {
			continue
		}
		j := i + 1
		isCredit := false
		for ; j < f.last && f.text(j) != ")"; j++ {
			if w := f.text(j); w == "/" || w == "via" || w == "Photo" || w == "photo" {
				isCredit = true
			}
		}
		if isCredit {
			for k := i; k < j && k < f.last; k++ {
				f.credit[k-f.first] = true
			}
		}
		i = j
	}
}

// honorificName reports a one-word country, demonym, place or body name
// right after an honorific: a surname ("Mr Wellington", "Mr German",
// "Mr Fox").
func (f *finder) honorificName(e *gazetteer.Entry, i, n int) bool {
	if n != 1 {
		return false
	}
	switch e.Kind {
	case gazetteer.Country, gazetteer.Demonym, gazetteer.Capital, gazetteer.Place, gazetteer.Org:
		// "Mr Fox", "Mr Ford": a body's one-word name as a surname
	default:
		return false
	}
	ts, ok := f.titleEnd.get(i)
	if !ok || ts.e.Class != gazetteer.Honorific || !f.isCap(i) {
		return false
	}
	// not a peer's territorial title ("Lord Liverpool", "Baroness Scotland"):
	// those name the place
	switch strings.TrimSuffix(ts.e.Name, ".") {
	case "Mr", "Mrs", "Ms", "Miss", "Mme", "Dr":
		// a body's name only when the article also writes it after a
		// given name ("Liam Fox ... Mr Fox"): else "Mr Goldman" may as
		// well be the bank's man, and the name stays the body's
		return e.Kind != gazetteer.Org || f.afterGivenName(i)
	}
	return false
}

// afterGivenName reports whether the word at i occurs elsewhere in the
// article right after a given name ("Liam Fox").
func (f *finder) afterGivenName(i int) bool {
	w := f.text(i)
	for k := 1; k < len(f.d.Tokens); k++ {
		if k == i || f.d.TokenText(k) != w {
			continue
		}
		if f.d.Tokens[k-1].Kind == segment.Word {
			if _, ok := f.word(k - 1).Given(); ok {
				return true
			}
		}
	}
	return false
}

// givenNameCountry reports a country name used as a given name ("Jordan
// Henderson", "Chad Smith").
func (f *finder) givenNameCountry(e *gazetteer.Entry, i, n int) bool {
	if (e.Kind == gazetteer.Place || e.Kind == gazetteer.Capital) && n == 1 {
		// "club chairman Milan Roe", "minister Lima Roe": a city's name
		// that is also a given name, after a title and before a surname
		if _, ok := f.titleEnd.get(i); !ok {
			return false
		}
		if _, ok := f.word(i).Given(); !ok {
			return false
		}
		j := i + 1
		return j < f.last && f.nameShaped(j, false) && !f.word(j).IsStop() && entityAt(f, j) == nil
	}
	if e.Kind != gazetteer.Country || n != 1 {
		return false
	}
	if _, ok := f.word(i).Given(); !ok && f.text(i) != "Chad" && f.text(i) != "Georgia" {
		return false
	}
	j := i + 1
	return j < f.last && f.nameShaped(j, false) && f.word(j).IsStop() == false && entityAt(f, j) == nil
}

func entityAt(f *finder, j int) *gazetteer.Entry {
	e, _ := f.matchEntity(j, f.last)
	return e
}

var locatives = map[string]bool{"in": true, "at": true, "to": true, "from": true, "near": true, "outside": true, "into": true, "across": true, "via": true, "toward": true, "towards": true, "around": true, "through": true, "visited": true, "visit": true, "visiting": true, "visits": true, "inside": true, "throughout": true, "within": true, "reached": true, "left": true, "leaving": true, "arrived": true}

func (f *finder) entity(e *gazetteer.Entry, i, n int) {
	m := Mention{First: i, Last: i + n, Entry: e}
	prev := f.lower(i - 1)
	if prev == "the" || compass(prev) && f.isCap(i-1) {
		prev = f.lower(i - 2) // "to West Berlin"
	}
	switch e.Kind {
	case gazetteer.Country, gazetteer.Demonym, gazetteer.Seat:
		m.Kind = Country
		if e.Kind == gazetteer.Seat && locatives[prev] {
			m.Kind, m.AsPlace = Place, true
		}
	case gazetteer.Capital:
		m.Kind = Country
		if locatives[prev] || f.cityOfCountry(i, n) {
			m.Kind, m.AsPlace = Place, true
		} else if !f.capitalActs(i, n) {
			// GUIDELINES §4: a city alone is a place; only a capital
			// acting for its government names the country
			m.Kind, m.AsPlace, m.CityOnly = Place, true, true
		}
	case gazetteer.Place:
		m.Kind, m.AsPlace = Place, true
		if e.ActsFor != "" && !locatives[prev] {
			m.Kind, m.AsPlace = Org, false
			m.Entry = f.g.Org(e.ActsFor)
			if m.Entry == nil {
				m.Kind, m.AsPlace, m.Entry = Place, true, e
			}
		}
	case gazetteer.Org:
		m.Kind = Org
	}
	f.add(m)
}

// bodyNounBefore: a common noun for a body right before token i ("rights
// group", "the charity", "news agency"), which makes the name after it a
// body's.
func bodyNounBefore(f *finder, i int) bool {
	k := i - 1
	comma := false
	if k-1 > f.first && f.text(k) == "," {
		// "a drugs charity, Addaction, which": the body's name in
		// apposition after a comma; a given name there opens a person's
		// name ("the charity, Jane Roe, said")
		if _, given := f.word(i).Given(); given {
			return false
		}
		comma = true
		k--
	}
	if f.lower(k) == "the" && !comma {
		k--
	}
	if k < f.first || f.isCap(k) {
		return false
	}
	if !bodyClassNoun(f.lower(k)) {
		return false
	}
	if f.lower(k) == "carrier" && !(k-1 >= f.first && airCarrier(f.lower(k-1))) {
		return false // "the bulk carrier Ana", "aircraft carrier X": ships
	}
	if f.lower(k) == "unit" && i+1 < f.last && f.tok(i+1).Kind == segment.Number {
		return false // "generating unit Eastbrook 7": a plant's unit
	}
	if k != i-1 && !comma || f.lower(k) == "broadcaster" || describingNoun(f.lower(k)) {
		// the newer nouns also describe people ("fellow broadcaster
		// Ann Roe") or precede an owner ("the bank's"): a listed given
		// name opens a person's name
		if _, given := f.word(i).Given(); given {
			return false
		}
	}
	if comma {
		// the name ends the apposition ("a drugs charity, Addaction,
		// which"), it is no subject of a clause ("the company, Roe said")
		e := i + 1
		for e < f.last && f.isCap(e) {
			e++
		}
		if e < f.last {
			switch f.text(e) {
			case ",", ".", ")", ";", ":":
			default:
				return false
			}
			if e+1 < f.last && IsSpeechVerb(f.lower(e+1)) {
				return false
			}
		}
		// the noun must be a description ("a drugs charity,", "the
		// broadcaster,"), not the end of a clause before a new subject
		if j := k - 1; j < f.first || !(f.lower(j) == "a" || f.lower(j) == "the" || f.lower(j) == "an" || !f.isCap(j) && j-1 >= f.first && (f.lower(j-1) == "a" || f.lower(j-1) == "the" || f.lower(j-1) == "an")) {
			return false
		}
	}
	// "Chairman of the firm Gordon Wu": the firm's post goes to the name
	for j := k - 1; j >= f.first+1 && j >= k-3; j-- {
		if f.lower(j) == "of" {
			if _, ok := f.titleEnd.get(j); ok {
				return false
			}
		}
	}
	return true
}

// bodyClassNoun: common nouns for a body or a class of bodies that may
// stand next to its name ("rights group Acme", "steel producer Acme",
// "Acme, the country's biggest lender,").
func bodyClassNoun(w string) bool {
	switch w {
	case "group", "organisation", "organization", "charity", "campaign", "network", "firm", "company", "agency", "newspaper", "magazine", "website",
		"channel", "daily", "weekly", "think-tank", "thinktank", "movement", "party", "union", "coalition", "militia", "outlet", "site", "association", "foundation", "institute", "watchdog",
		"broadcaster", "bidder", "exchange", "insurer", "retailer", "airline", "carmaker", "automaker", "regulator", "subsidiary", "tabloid", "broadsheet", "conglomerate", "bank",
		"operator", "maker", "giant", "chain", "manufacturer", "brokerage", "provider", "consultancy", "utility",
		"carrier", "unit", "affiliate", "producer", "brewer", "broker", "lender", "supplier", "distributor", "refiner",
		"drugmaker", "chipmaker", "steelmaker", "toymaker", "shipbuilder", "telco":
		return true
	}
	return false
}

// nameGoesOnBefore reports a capitalised word, a number or "&" right
// before token i in its sentence: the run at i may be the tail of a
// longer name that opens with a word of another kind ("ABN Amro",
// "Dames and Moore",
// "Swiss Re", "Il Sole 24 Ore", "Norske Creditbank A/S").
func (f *finder) nameGoesOnBefore(i int) bool {
	if i-1 < f.first {
		return false
	}
	t := f.tok(i - 1)
	if w := f.text(i - 1); w == "and" && i-2 >= f.first && f.isCap(i-2) {
		return true // "Dames and Roe, an engineering firm": the firm is "Dames and Roe"
	}
	return t.Kind == segment.Number || t.Kind == segment.Word && (t.Has(segment.FlagCap) || t.Has(segment.FlagAllCaps)) || f.text(i-1) == "&" || f.text(i-1) == "/"
}

// classNounAfter reports a run [i, end) inside its sentence followed by
// a lower-case class noun for a firm and then no capitalised word ("its
// Clearwell unit", "Japan's troubled Koram bank"): the run names the
// firm. Not a word the article writes in lower case too, nor an
// adjective ("Islamic bank"), nor "bank" before a name ("investment bank
// Lazard" at a sentence's start).
func (f *finder) classNounAfter(i, end int) bool {
	if i == f.first || end >= f.last {
		return false
	}
	switch f.lower(end) {
	case "bank", "unit", "subsidiary", "affiliate", "division":
	default:
		return false
	}
	if f.isCap(end) || end+1 < f.last && (f.isCap(end+1) || f.tok(end+1).Has(segment.FlagAllCaps)) {
		return false
	}
	for k := i; k < end; k++ {
		lw := f.lower(k)
		if strings.HasSuffix(lw, "ic") || strings.HasSuffix(lw, "al") || strings.HasSuffix(lw, "ian") || strings.HasSuffix(lw, "ese") || strings.HasSuffix(lw, "ish") || strings.Contains(lw, "-") || f.lowerInDoc(k) {
			return false
		}
	}
	return true
}

// sharesOf reports a run [i, end) right after "shares in/of" or "stake(s)
// in": a company's name, unless a number or a lone letter after it makes
// it a class of stock or a thing ("shares of Class B", "Pier 7").
func (f *finder) sharesOf(i, end int) bool {
	if i-2 < f.first {
		return false
	}
	switch f.lower(i - 1) {
	case "in":
		switch f.lower(i - 2) {
		case "shares", "stake", "stakes", "shareholding", "shareholdings":
		default:
			return false
		}
	case "of":
		if f.lower(i-2) != "shares" {
			return false
		}
	default:
		return false
	}
	for k := i; k < end; k++ {
		switch w := f.text(k); {
		case w == "Class" || w == "Series" || len(w) == 1 || strings.HasSuffix(w, "-based") || strings.HasSuffix(w, "-exempt"):
			return false // "shares of Class B", "a stake in Oslo-based X"
		}
	}
	if end < f.last {
		t := f.tok(end)
		if t.Kind == segment.Number || t.Kind == segment.Word && (t.Has(segment.FlagCap) || t.Has(segment.FlagAllCaps)) || t.Has(segment.FlagPossessive) {
			return false // "Pier 7"; a name that goes on ("Heck's Inc")
		}
		switch w := f.text(end); {
		case w == "&" || w == "-" || w == "'" || w == "/" || strings.HasPrefix(w, "'") || foreignConnector(w):
			return false // "Pay 'N Pak", "Fichtel und Sachs"
		}
	}
	return true
}

// classAppositive reports an apposition at k (a comma) headed by a class
// noun for bodies: an article or a possessive ("the UK's", "Japan's"), up
// to four lower-case modifiers, the noun, and the end of the apposition
// or a relative clause after it ("Acme, the UK's third-biggest bank,",
// "Acme, a Swiss engineering group which"). The noun must close the
// phrase: "the company's chairman", "the bank chairman" describe people.
// "of" may follow the noun only after a superlative ("the world's
// largest producer of tin").
func (f *finder) classAppositive(k int) bool {
	if k+2 >= f.last || f.text(k) != "," {
		return false
	}
	j := k + 1
	det := false
	switch f.lower(j) {
	case "the", "a", "an":
		j++
		det = true
	}
	// a possessive: "the UK's", "Japan's", "South Korea's", "the country's"
	for q := j; q < f.last && q < j+4; q++ {
		if f.tok(q).Has(segment.FlagPossessive) {
			if q > j && (f.isCap(q-1) || f.lower(q-1) == "country" || f.lower(q-1) == "world" || f.lower(q-1) == "nation") {
				j = q + 1
				det = true
			}
			break
		}
		if !f.isCap(q) && !(q == j && (f.lower(q) == "country" || f.lower(q) == "world" || f.lower(q) == "nation")) {
			break
		}
	}
	if !det {
		return false
	}
	superl := false
	for q := j; q < f.last && q < j+8; q++ {
		t := f.tok(q)
		if f.text(q) == "-" && q > j {
			continue // "third-biggest": the hyphen is a token of its own
		}
		if t.Kind != segment.Word && t.Kind != segment.Number || t.Has(segment.FlagCap) && t.Kind == segment.Word && !t.Has(segment.FlagAllCaps) && q > j {
			return false
		}
		w := f.lower(q)
		if w == "of" || w == "and" || w == "who" || IsSpeechVerb(w) {
			return false
		}
		if strings.HasSuffix(w, "est") || w == "top" || w == "leading" {
			superl = true
		}
		if !bodyClassNoun(w) {
			continue
		}
		if q+1 >= f.last {
			return true
		}
		switch nx := f.lower(q + 1); nx {
		case ",", ".", ";", ":", ")", "which", "that", "whose", "with", "in", "based", "by", "-", "--":
			return true
		case "of":
			return superl
		}
		return false
	}
	return false
}

// airCarrier: words before "carrier" that make it an airline or a
// telephone company, not a ship ("flag carrier X", "the national
// carrier, X").
func airCarrier(w string) bool {
	switch w {
	case "flag", "national", "low-cost", "low-fare", "budget", "no-frills", "regional", "air", "long-distance", "phone", "telecoms", "state", "state-owned":
		return true
	}
	return false
}

// romanNumeral: "II", "III", "IV" (a class or a series, no name).
func romanNumeral(w string) bool {
	return strings.Trim(w, "IVX") == ""
}

// tradeOfPeople: class nouns for firms that also name a person's trade
// ("record producer", "power broker").
func tradeOfPeople(w string) bool {
	switch w {
	case "producer", "broker", "supplier", "distributor", "brewer", "lender":
		return true
	}
	return false
}

// describingNoun: class nouns that describe a firm before its name
// ("software maker Acme", "tour operator Acme", "oil giant Acme") but
// also a person's trade ("film maker Ann Roe"): a listed given name after
// them opens a person's name.
func describingNoun(w string) bool {
	switch w {
	case "operator", "maker", "giant", "chain", "manufacturer", "brokerage", "provider", "consultancy", "utility",
		"producer", "broker", "supplier", "distributor", "brewer", "lender":
		return true
	}
	return false
}

// bodyNameEnd extends a body's name [i, i+n) that a class noun
// introduced over the capitalised words that follow it, listed places
// included ("airline Air Canada"), and over the lower-case connectors of
// foreign names ("bank Banco Real do Brasil", "Kali und Salz"); a title
// or a line break ends it. It returns the new length.
func (f *finder) bodyNameEnd(i, n int) int {
	j := i + n
	if f.tok(j - 1).Has(segment.FlagPossessive) {
		return n
	}
	for j < f.last && j < i+8 {
		if j < len(f.d.Tokens) && f.tok(j).Has(segment.FlagPossessive) {
			break
		}
		if f.isCap(j) && !f.tok(j).Has(segment.FlagNewline) {
			if e, _ := f.matchTitle(j, f.last); e != nil {
				break
			}
			j++
			continue
		}
		if j+1 < f.last && (foreignConnector(f.text(j)) || f.text(j) == "&") && f.isCap(j+1) {
			j += 2
			continue
		}
		break
	}
	if j > i+n && len(f.text(j-1)) == 1 && f.text(j-2) != "&" {
		j-- // "Norsk Data A/S": the suffix's first letter alone is no word of the name
	}
	return j - i
}

// brandInLongerName reports a body listed by its short brand name (an
// Alone entry: "Volkswagen", "Barclays") written as part of a longer name:
// capitalised words or a foreign connector after it ("Volkswagen AG",
// "Barclays de Zoete Wedd", "Siemens Information Systems") or a
// capitalised word of the name before it ("Exane BNP Paribas"). The
// longer name is another body or the fuller one, read by shape.
func (f *finder) brandInLongerName(e *gazetteer.Entry, i, n int) bool {
	if !e.Alone {
		return false
	}
	if p := i - 1; p >= f.first && f.tok(p).Kind == segment.Word && (f.tok(p).Has(segment.FlagCap) || f.tok(p).Has(segment.FlagAllCaps)) && !f.word(p).IsStop() && !f.word(p).StartsTitle() && !f.tok(p).Has(segment.FlagPossessive) && !f.tok(i).Has(segment.FlagNewline) {
		// a country or demonym before is the firm's home ("Swiss UBS"); a
		// title before is none of the name ("Chief Yahoo")
		if pe := entityAt(f, p); pe == nil || pe.Kind != gazetteer.Country && pe.Kind != gazetteer.Demonym {
			return true
		}
	}
	j := i + n
	if j >= f.last || f.tok(j-1).Has(segment.FlagPossessive) || f.tok(j).Has(segment.FlagNewline) {
		return false
	}
	t := f.tok(j)
	if t.Kind == segment.Word && (t.Has(segment.FlagCap) || t.Has(segment.FlagAllCaps)) {
		return true
	}
	w := f.text(j)
	// "Acme de Belgique", "Acme & Co", "Acme of America Inc": a unit or
	// another body bearing the brand
	return (foreignConnector(w) || w == "&" || w == "of") && j+1 < f.last && f.isCap(j+1)
}

// foreignConnector: lower-case words that join the parts of a foreign
// body's name.
func foreignConnector(w string) bool {
	switch w {
	case "und", "ve", "fur", "für", "des", "do", "da", "de", "di", "del", "della", "du", "en", "et", "y", "i":
		return true
	}
	return false
}

// predicateBefore: "as" (over qualifiers) right before a title's start at
// k: "he begins his term as US President, Tony Blair said" gives the
// title to the subject, not to the name after the comma.
func (f *finder) predicateBefore(k int) bool {
	for j := k - 1; j >= f.first && j >= k-3; j-- {
		switch f.lower(j) {
		case "as":
			return true
		case "the", "a", "an", "his", "her", "their":
			continue
		}
		if mi := f.md.ByToken[j]; mi >= 0 {
			continue // "as US President": the country qualifies the title
		}
		return false
	}
	return false
}

// nation: the parts of the United Kingdom, places too large to be a surname.
func nation(name string) bool {
	switch name {
	case "England", "Scotland", "Wales", "Northern Ireland":
		return true
	}
	return false
}

func compass(w string) bool {
	switch w {
	case "west", "east", "north", "south", "northern", "southern", "eastern", "western", "central":
		return true
	}
	return false
}

// cityOfCountry: "Beijing, China" or a capital followed by a comma and a
// country is a place.
func (f *finder) cityOfCountry(i, n int) bool {
	j := i + n
	if j+1 < f.last && f.text(j) == "," {
		if e := entityAt(f, j+1); e != nil && e.Kind == gazetteer.Country {
			return true
		}
	}
	return false
}

// LegalSuffix reports a company's legal ending ("Corp", "Inc", "Ltd").
func LegalSuffix(w string) bool { return legalSuffix(w) }

// legalSuffix: the words that close a company's registered name.
func legalSuffix(w string) bool {
	switch w {
	case "Corp", "Corp.", "Inc", "Inc.", "Co", "Co.", "Cos", "Cos.", "Ltd", "Ltd.", "Limited", "plc", "PLC", "Plc", "LLC", "LLP", "AG", "GmbH", "NV", "N.V.", "BV", "B.V.", "SA", "S.A.", "SpA", "S.p.A.", "AB", "ASA", "Oyj", "Kft", "Kft.", "Pty", "Bhd", "Berhad":
		return true
	}
	return false
}

// commaFirm returns the length of a firm's name that opens a capitalised
// run at i and ends in a comma and a company suffix ("Northwind Asset
// Management, Inc."), or 0.
func (f *finder) commaFirm(i int) int {
	if !f.commaSuf || !f.isCap(i) || i > f.first && f.isCap(i-1) && !f.tok(i).Has(segment.FlagNewline) {
		return 0
	}
	j := i
	for j < f.last && j < i+8 && (f.isCap(j) || j > i && foreignConnector(f.text(j)) && j+1 < f.last && f.isCap(j+1)) {
		if j > i && f.tok(j).Has(segment.FlagNewline) || f.tok(j).Has(segment.FlagPossessive) {
			return 0
		}
		j++
	}
	if j == i || j+1 >= f.last || f.text(j) != "," || !commaSuffix(f.text(j+1)) {
		return 0
	}
	if j == i+1 && f.word(i).IsStop() {
		return 0 // "Meanwhile, N.V. ...": a sentence adverb, then a new subject
	}
	if p := f.lower(i - 1); i-1 > f.first && (p == "," || p == "of" || p == "and" || p == "&") && f.isCap(i-2) && !f.tok(i-2).Has(segment.FlagAllCaps) {
		// "Wells, Rich, Greene, Inc", "Hunter Helicopter of Nevada,
		// Inc": the name began before; its tail alone is no name
		return 0
	}
	if _, given := f.word(i).Given(); given && j-i <= 3 {
		return 0 // "Ann Roe, Inc." is rare; "Ann Roe, LLC" an owner's firm: left to the person rules
	}
	return j + 2 - i
}

// commaSuffix: the company suffixes written after a comma ("Acme, Inc.").
func commaSuffix(w string) bool {
	switch w {
	case "Inc", "Inc.", "Ltd", "Ltd.", "LLC", "L.L.C.", "LLP", "L.P.", "LP", "Corp.", "PLC", "plc", "S.A.", "N.V.", "AG", "GmbH":
		return true
	}
	return false
}

// commaNameRest returns 2 when a listed body matched by the short form
// [i, i+n) goes on after a comma with the next word of its full name
// ("Goldwyn, Sachs and Co" for a firm listed as Goldwyn Sachs): the old
// partnership's comma; else 0. Left out, the rest ("Sachs and Co") would
// be read as another firm.
func (f *finder) commaNameRest(e *gazetteer.Entry, i, n int) int {
	j := i + n
	if j+1 >= f.last || f.text(j) != "," || !f.isCap(j+1) || f.tok(j-1).Has(segment.FlagPossessive) {
		return 0
	}
	short := f.d.Text[f.d.Tokens[i].Start:f.d.Tokens[j-1].End]
	rest, ok := strings.CutPrefix(e.Name, short+" ")
	if !ok {
		return 0
	}
	next := f.text(j + 1)
	if rest != next && !strings.HasPrefix(rest, next+" ") {
		return 0
	}
	return 2
}

// firmTail returns the length of a firm's legal tail at j, right after a
// listed body's name: "and Co" or "& Co" with any legal suffixes after it
// ("and Co Inc"), or legal suffixes alone ("Co Plc", "Corp"); else 0.
// Left out, the tail would be read as a firm of its own ("Co Inc").
func (f *finder) firmTail(j int) int {
	if j >= f.last || f.tok(j-1).Has(segment.FlagPossessive) {
		return 0
	}
	k := j
	switch f.text(j) {
	case "and", "&":
		if j+1 >= f.last {
			return 0
		}
		switch f.text(j + 1) {
		case "Co", "Co.", "Cos", "Cos.", "Company":
			k = j + 2
		default:
			return 0
		}
	}
	for k < f.last && k < j+4 && legalSuffix(f.text(k)) && !f.tok(k).Has(segment.FlagNewline) {
		k++
	}
	if k > j && k < f.last && !f.tok(k-1).Has(segment.FlagPossessive) {
		switch f.text(k) {
		case "U.S.A.", "U.S.A", "USA":
			k++ // "Acme Co U.S.A.": the firm's American unit, no country speaking
		}
	}
	return k - j
}

// firmWordsTail returns the length of one or two capitalised words and a
// legal suffix right after a listed company's name ("Acme Motor Corp",
// "Acme Computer Inc", "Acme Motor Credit Corp"): the company's fuller
// legal name or a unit bearing its name, never a firm named by the tail
// alone ("Motor Corp"); else 0. The words may not be listed themselves
// ("Acme Lehman Brothers Inc" joins two listed names) nor open a title.
func (f *finder) firmWordsTail(j int) int {
	for k := j; k < f.last && k < j+3; k++ {
		if !f.isCap(k) || f.tok(k).Has(segment.FlagNewline) || f.tok(k).Has(segment.FlagPossessive) {
			return 0
		}
		if legalSuffix(f.text(k)) {
			if k == j {
				return 0
			}
			return k - j + f.firmTail(k)
		}
		if f.word(k).IsStop() && !f.word(k).IsOrgWord() && !OrgHead(f.text(k)) || f.word(k).StartsTitle() || entityAt(f, k) != nil {
			return 0
		}
		if _, given := f.word(k).Given(); given {
			return 0
		}
	}
	return 0
}

// bankAfterBody returns the length of a bank's or trust's run right
// after a listed body's one-word name that opens it ("Commonwealth Bank
// of Ruvania", "Commonwealth Realty Trust"), else 0: the body's word and
// the run, with no comma between, are one firm; alone the run ("Bank of
// Ruvania") would be read as a body of its own. Acronyms ("EU") stay:
// what follows them is a part of the body.
func (f *finder) bankAfterBody(e *gazetteer.Entry, i, n int) int {
	if e.Kind != gazetteer.Org || e.OrgKind == "COMPANY" || n != 1 || i+1 >= f.last || f.tok(i).Has(segment.FlagAllCaps) || f.tok(i).Has(segment.FlagPossessive) {
		return 0
	}
	k := f.orgRun(i + 1)
	for q := i + 1; q < i+1+k; q++ {
		switch f.text(q) {
		case "Bank", "Trust", "Bancorp", "Savings", "Bankshares":
			return k
		}
	}
	return 0
}

// firmSuffixAfter returns the length of the capitalised words up to a
// company suffix ("Group Inc", "Co Ltd", "Pty Ltd") right after a listed
// body that is not itself a company (a broadcaster, a paper, an
// exchange), or 0: the whole is a firm that bears the body's name, and
// its tail alone ("Co Ltd") names nothing. Listed companies keep their
// entry ("General Motors Corp" is General Motors).
func (f *finder) firmSuffixAfter(e *gazetteer.Entry, i, n int) int {
	if e.Kind != gazetteer.Org || e.OrgKind == "COMPANY" {
		return 0
	}
	j := i + n
	if j >= f.last || f.tok(j-1).Has(segment.FlagPossessive) || j < len(f.d.Tokens) && f.tok(j).Has(segment.FlagPossessive) {
		return 0
	}
	for k := j; k < f.last && k < j+3; k++ {
		if !f.isCap(k) || f.tok(k).Has(segment.FlagNewline) {
			return 0
		}
		if legalSuffix(f.text(k)) {
			// "Ltd" after "Co": the suffix runs on
			if k+1 < f.last && legalSuffix(f.text(k+1)) {
				k++
			}
			return k + 1 - j
		}
	}
	return 0
}

// qualifiedOrg returns the length of an organization whose name opens
// with a demonym, a seat of government or a capital ("Saudi Press Agency",
// "White House Economic Policy Council", "Argentine Parliament"), or 0.
func (f *finder) qualifiedOrg(e *gazetteer.Entry, i, n int) int {
	committee := false
	switch e.Kind {
	case gazetteer.Demonym, gazetteer.Seat, gazetteer.Capital:
	case gazetteer.Place:
		if k := f.placeOfOrg(i, n); k > 0 {
			return k
		}
		if k := f.placeListedBody(i, n); k > 0 {
			return k
		}
		return f.placeOpenedOrg(i, n)
	case gazetteer.Country:
		if k := f.countryCourt(i, n); k > 0 {
			return k
		}
		// "Japan Socialist Party", "Kenya Tea Development Authority": two
		// or more words after the country (a lone "UK Treasury" keeps the
		// country; an armed service, "U.S. Navy", is a body of its own)
		if k := f.placeOpenedOrg(i, n); k >= n+2 || k == n+1 && (carrierHead(f.text(i+n)) || armedService(f.text(i+n))) && !f.longerRunInDoc(i, i+k) {
			// "Kenya Airways", "Ruvania Airlines": a carrier named
			// after its country is no country acting
			return k
		}
		return 0
	case gazetteer.Org:
		// "House Agriculture Committee", "Senate Finance Committee",
		// "Commons Health Committee": a chamber's committee is a body of
		// its own
		if w := f.text(i); n != 1 || !legislature(w) && w != "House" && w != "Commons" && w != "Lords" {
			return f.acronymBodyUnit(i, n)
		}
		committee = true
	default:
		return 0
	}
	j := i + n
	if j >= f.last || !f.isCap(j) || f.tok(j).Has(segment.FlagNewline) || f.tok(i+n-1).Has(segment.FlagPossessive) {
		return 0
	}
	if i+n < len(f.d.Tokens) && f.tok(i+n).Has(segment.FlagPossessive) {
		return 0
	}
	if e2, _ := f.matchEntity(j, f.last); e2 != nil && e2.Kind != gazetteer.Org {
		return 0
	}
	if k := f.orgRun(j); k > 0 {
		if committee && !f.committeeRun(j, k) {
			return 0
		}
		return n + k
	}
	if committee {
		return 0
	}
	// a lone body word after a demonym: "the Argentine Parliament", "the
	// British Council", "the Scottish Executive" (not "the Kenyan
	// Government", which is the country)
	if e.Kind == gazetteer.Demonym && (legislature(f.text(j)) || demonymBody(f.text(j)) || carrierHead(f.text(j)) && !f.longerRunInDoc(i, j+1)) && !(j+1 < f.last && f.isCap(j+1)) {
		return n + 1
	}
	return 0
}

// nameGoesOn reports a capitalised word at token j, on the line of the
// word before it, which is no possessive: a name that a place or a
// listed name opening it at j-1 may go on into.
func (f *finder) nameGoesOn(j int) bool {
	return j < f.last && f.isCap(j) && !f.tok(j).Has(segment.FlagNewline) && !f.tok(j-1).Has(segment.FlagPossessive)
}

// capitalBefore reports a capitalised word right before token i, not
// the sentence's first: a name that starts before i.
func (f *finder) capitalBefore(i int) bool {
	p := i - 1
	if p <= f.first {
		return false
	}
	tk := f.tok(p)
	return tk.Kind == segment.Word && (tk.Has(segment.FlagCap) || tk.Has(segment.FlagAllCaps))
}

// countryCourt returns the length of a court whose full name opens with
// its country ("U.S. District Court for the Sixth District of Ruvania",
// "United States Court of Appeals", "U.S. Bankruptcy Court"), or 0: one
// body, and the country inside its name is no mention of its own
// (GUIDELINES §4, optional in gold). A listed court after the country
// ("U.S. Supreme Court") keeps its entry.
func (f *finder) countryCourt(i, n int) int {
	j := i + n
	if !f.nameGoesOn(j) {
		return 0
	}
	if e2, _ := f.matchEntity(j, f.last); e2 != nil {
		return 0
	}
	k := f.orgRun(j)
	for q := j; q < j+k; q++ {
		if w := f.text(q); w == "Court" || w == "Courts" {
			return n + k
		}
	}
	return 0
}

// committeeRun reports a chamber's body in the run [j, j+k): its last
// word a committee's, or such a word before the "on" of its subject
// ("Agriculture Subcommittee on Dairy and Poultry").
func (f *finder) committeeRun(j, k int) bool {
	for q := j; q < j+k; q++ {
		switch f.text(q) {
		case "Committee", "Subcommittee", "Caucus", "Commission":
			if q == j+k-1 || f.text(q+1) == "on" {
				return true
			}
		}
	}
	return false
}

// timeZone reports a listed body's one-word name that ends a time zone's
// name ("10 a.m. Eastern Time", "Central European Time", "Pacific Daylight
// Time"): a clock, not the magazine.
func (f *finder) timeZone(e *gazetteer.Entry, i, n int) bool {
	if e.Kind != gazetteer.Org || n != 1 || i <= f.first || f.text(i) != "Time" {
		return false
	}
	switch f.text(i - 1) {
	case "Eastern", "Central", "Pacific", "Mountain", "Atlantic", "European", "Standard", "Daylight", "Summer", "Mean", "Universal", "Coordinated":
		return true
	}
	return false
}

// placeListedBody returns the length of a state's or city's own court or
// assembly whose generic name the lists know ("Ohio Supreme Court", "Ohio
// General Assembly"), or 0.
func (f *finder) placeListedBody(i, n int) int {
	j := i + n
	if !f.nameGoesOn(j) {
		return 0
	}
	if f.capitalBefore(i) {
		return 0 // the name starts before the place
	}
	e2, n2 := f.matchEntity(j, f.last)
	if e2 == nil || e2.Kind != gazetteer.Org || n2 < 2 || f.tok(j+n2-1).Has(segment.FlagPossessive) {
		return 0
	}
	if w := f.text(j); strings.HasSuffix(w, ".") || f.tok(j).Has(segment.FlagAllCaps) {
		return 0 // "Ohio U.S. Senate race": the country's body
	}
	// courts and assemblies only: a state's party or chamber ("Ohio
	// Democratic Party") shares its short name with the nation's, which
	// the same article often names too
	switch f.text(j + n2 - 1) {
	case "Court", "Assembly", "Legislature":
		return n + n2
	}
	return 0
}

// placeOfOrg returns the length of a body's name that opens with a city
// or region the lists know and goes on with a body word and its of-phrase
// ("Ruvania Department of Roads", "Tilden Institute of Technology",
// "Dorset Museum of Natural History"), or 0: the place belongs to the
// name, which the shape rules alone would cut after it.
func (f *finder) placeOfOrg(i, n int) int {
	j := i + n
	if j+2 >= f.last || !OrgHead(f.text(j)) || f.tok(j).Has(segment.FlagNewline) || f.tok(j-1).Has(segment.FlagPossessive) || f.tok(j).Has(segment.FlagPossessive) {
		return 0
	}
	if w := f.text(j + 1); w != "of" && w != "for" {
		return 0
	}
	if f.capitalBefore(i) {
		return 0 // the name starts before the place
	}
	if e2, _ := f.matchEntity(j, f.last); e2 != nil {
		return 0
	}
	if k := f.orgRun(j); k >= 3 {
		return n + k
	}
	return 0
}

// otherCountrysBody reports a listed national body named after another
// country: "Bangladesh Nationalist Party" is not the Kuomintang (listed
// as "Nationalist Party") but that country's own party, read by shape.
func (f *finder) otherCountrysBody(i int, e2 *gazetteer.Entry) bool {
	e := entityAt(f, i)
	return e != nil && e.Kind == gazetteer.Country && e2.Kind == gazetteer.Org && e2.ISO != "" && e2.ISO != e.ISO
}

// placeOpenedOrg returns the length of a body's name that opens with a
// city or region the lists know ("Bristol University", "Wales Tourist
// Board", "Chicago Film Critics Association"): the place [i, i+n) and
// capitalised words that no list knows, the last a word that heads a
// body; 0 when not so. Not a facility ("Edinburgh Airport").
func (f *finder) placeOpenedOrg(i, n int) int {
	j := i + n
	if !f.nameGoesOn(j) {
		return 0
	}
	if e2, _ := f.matchEntity(j, f.last); e2 != nil && !f.otherCountrysBody(i, e2) {
		return 0
	}
	if f.capitalBefore(i) || i > f.first && f.text(i-1) == "&" {
		return 0 // "First Boston Corp", "Acme Europe Ltd": the name starts before the place
	}
	k := 0
	for k < 4 && j+k < f.last && f.tok(j+k).Kind == segment.Word && f.isCap(j+k) && !f.tok(j+k).Has(segment.FlagNewline) {
		if e, _ := f.matchTitle(j+k, f.last); e != nil && !OrgHead(f.text(j+k)) {
			return 0 // "Texas Governor X": a post of the place
		}
		k++
		if f.tok(j + k - 1).Has(segment.FlagPossessive) {
			break
		}
	}
	if k == 0 || !OrgHead(f.text(j+k-1)) {
		return 0
	}
	if e := j + k; e < f.last {
		switch f.text(e) {
		case "of", "and", "&", "for":
			return 0 // "Massachusetts Institute of Technology": a longer name the shape rules read
		}
	}
	switch f.text(j + k - 1) {
	case "Corp", "Corp.", "Co", "Co.", "Inc", "Inc.", "Ltd", "Ltd.", "plc", "PLC", "Plc", "AG", "SA", "NV", "LLC", "GmbH", "Mining", "Insurance", "Department", "Board", "Society", "Institute", "Club":
		if k == 1 {
			return 0 // "Boston Corp", "Texas Department": a fragment of a longer name
		}
	}
	switch f.text(j + k - 1) {
	case "Times", "Post", "News", "Journal", "Herald", "Gazette", "Tribune", "Press", "Channel", "Television", "Radio",
		"Conference", "Team", "Squad", "Programme", "Program", "Project", "Unit", "Division", "Centre", "Center":
		if k == 1 {
			return 0 // "Bristol Centre", "Ohio Conference": a place's part or an event
		}
	}
	return n + k
}

// carrierHead: the word after a country's name that makes the two an
// airline's name.
func carrierHead(w string) bool {
	return w == "Airways" || w == "Airlines"
}

func legislature(w string) bool {
	switch w {
	case "Parliament", "Congress", "Senate", "Assembly", "Cabinet", "Army", "Navy", "Government", "Embassy", "Consulate":
		return true
	}
	return false
}

// pluralCentersHead reports "Centers" or "Centres" heading a body by its
// of- or for-phrase ("Centers for Disease Control", "Nursing Centres of
// Ruvania"); alone the plural is mostly a chain's outlets ("several Acme
// Centers").
func (f *finder) pluralCentersHead(j int) bool {
	if w := f.text(j); w != "Centers" && w != "Centres" || j+2 >= f.last {
		return false
	}
	return (f.text(j+1) == "for" || f.text(j+1) == "of") && f.isCap(j+2)
}

// datedWeekday reports whether token i is a weekday read as a date: after
// "on", "last", "next", "this", "since", "until" or "by" ("On Friday Acme
// Motor Company said", "on Monday Navy ships"). A weekday opening a paper's
// name ("the Sunday Times") follows none of these; "Sun" (Sun Co) is no
// weekday here.
func (f *finder) datedWeekday(i int) bool {
	if i <= f.first || f.word(i).Weekday() == 0 || !strings.HasSuffix(f.lower(i), "day") {
		return false
	}
	switch f.lower(i - 1) {
	case "on", "last", "next", "this", "since", "until", "by":
		return true
	}
	return false
}

// dateBeforeName reports whether token i is a date word glued to the front
// of a name by the shape reader: a month written in full before a
// capitalised word ("the July Acme Conference on Trade", "in early
// December Acme Securities Inc became") or a month or weekday before
// "of"/"for" and a capitalised word ("in late December of Acme Blenders
// Inc", "launched Monday for Acme PLC"). No body's name opens with a
// month; "May" is a surname too ("May Department Stores Co") and stays.
// A weekday opening a paper's name ("Sunday Mirror") stays.
func (f *finder) dateBeforeName(i int) bool {
	if i+1 >= f.last {
		return false
	}
	wd := f.word(i)
	if wd.Month() == 0 && wd.Weekday() == 0 {
		return false
	}
	switch nx := f.text(i + 1); {
	case nx == "of" || nx == "for":
		return i+2 < f.last && f.isCap(i+2) && (wd.Weekday() != 0 || fullMonth(f.text(i)))
	case wd.Month() != 0:
		return fullMonth(f.text(i)) && f.isCap(i+1)
	}
	return false
}

// fullMonth reports a month's name written in full, bar "May".
func fullMonth(w string) bool {
	switch w {
	case "January", "February", "March", "April", "June", "July", "August", "September", "October", "November", "December":
		return true
	}
	return false
}

// orgRun returns the length of an organization name starting at i found by
// its shape: capitalised words ending in an organization word ("Medical
// Research Council"), or such a word followed by of/for and capitalised
// words ("Ministry of Defence").
func (f *finder) orgRun(i int) int {
	if f.word(i).IsStop() && !OrgHead(f.text(i)) && !f.word(i).IsOrgWord() && !f.nameOpener(i) && !f.stopOpensFirm(i) && !f.worldOpener(i) {
		return 0
	}
	if f.datedWeekday(i) {
		return 0 // "On Friday Acme Motor Company said": the weekday is a date
	}
	if i+2 < f.last && f.lower(i+1) == "of" && holdingNoun(f.lower(i)) && f.isCap(i+2) && !legalSuffix(f.text(i+2)) {
		return 0 // "Shares of Acme Corp rose": what a firm issues or employs, capitalised only as the sentence's first word
	}
	if f.dateBeforeName(i) {
		return 0 // "in early December Acme Securities Inc became": a date, then the name
	}
	lastHead := -1
	poss := -1     // a possessive read inside the run
	titleEnd := -1 // end of a title that starts inside the run
	ofPhrase := false
	connected := false // a connector (of, for, and, on) read
	j := i
	for j < f.last {
		t := f.tok(j)
		w := f.text(j)
		if t.Kind == segment.Word && (t.Has(segment.FlagCap) || t.Has(segment.FlagAllCaps)) {
			if j > i && t.Has(segment.FlagNewline) {
				break
			}
			if ofPhrase && j > i+2 && lastHead >= 0 {
				// "Office of Management and Budget James Miller": a given
				// name and a surname end the body's name
				if _, given := f.word(j).Given(); given && j+1 < f.last && (f.isCap(j+1) && !OrgHead(f.text(j+1)) || isParticle(f.text(j+1)) && f.particleChain(j+1)) {
					break // "Bank of Italy Governor Jacques de Lamotte" too
				}
				// "Council of Economic Advisers Chairman Ada Sprent said": a
				// post and a full name close the run, given name known or not
				if f.titleThenName(j) {
					break
				}
			}
			// "Office of the UN High Commissioner for Human Rights": inside
			// a head's of-phrase, title words are part of the name
			if e, n := f.matchTitle(j, f.last); e != nil && e.Class != gazetteer.Occupation && !OrgHead(w) && !ofPhrase {
				// "Chief Cabinet Secretary": a title, not an org; "General
				// Motors", "Transport and General Workers": a rank word
				// inside a name
				if e.Class == gazetteer.Rank && n == 1 && j+1 < f.last && f.isCap(j+1) {
					j++
					continue
				}
				if j > i {
					break
				}
				if e.Class == gazetteer.Role || e.Class == gazetteer.Honorific {
					return 0 // "Chairman Ada Lind and U.S. Commerce": a title and a name
				}
				titleEnd = j + n
			}
			// a "-corp" firm heads a run only before any connector ("Shares
			// of Maxicorp" is no firm's name)
			if OrgHead(w) || w == "Bancorp" || corpWord(w) && !connected || f.pluralCentersHead(j) || f.unionHead(i, j) || f.tradeHead(i, j) {
				lastHead = j
			}
			j++
			// "Workers' Union", "Farmers' Educational Association": a
			// plural possessive inside the name; "St Olaf's Primary
			// School": a saint's possessive opening it
			if j+1 < f.last && f.tok(j).Has(segment.FlagPossessive) && f.isCap(j+1) {
				switch f.text(j) {
				case "'", "’":
					// people's plural ("Farmers'"), not an owner's
					// ("Acme Industries' Foods unit", "Roe Partners'")
					if OrgHead(f.text(j+1)) || peoplePlural(f.text(j-1)) {
						poss = j
						j++
					}
				case "'s", "’s":
					if j == i+2 && (f.text(i) == "St" || f.text(i) == "St." || f.text(i) == "Saint") {
						poss = j
						j++
					}
				}
			}
			continue
		}
		if w == "," && ofPhrase && lastHead+2 < j && !f.placeAt(lastHead+2) {
			// "Ministry of Agriculture, Fisheries and Food", "Subcommittee
			// on Wheat, Soybeans and Feedgrains": a list of subjects
			if k := f.subjectList(j); k > 0 {
				j = k
				break
			}
		}
		if w == "and" && j == lastHead+1 && j+3 < f.last && ofOpener(f.text(j+1)) && (f.text(j+2) == "of" || f.text(j+2) == "for" || f.text(j+2) == "on") && f.isCap(j+3) {
			break // "the Monetary Committee and Committee of Bank Governors": two bodies
		}
		if (w == "and" || w == "&") && j > i && j+1 < f.last && f.text(j+1) == "The" {
			break // "Asda and The Daily Planet": "The" opens a second name
		}
		if w == "and" && j == lastHead+1 && f.worldOpener(j+1) {
			break // "the G7 Group and World Economic Forum": two bodies
		}
		if w == "and" && j == lastHead+1 && f.corpRunAt(j+1) {
			break // "Tilden Savings Bank and Ruvania Bancorp": two firms
		}
		if w == "and" && j == lastHead+1 && f.secondFirmAt(i, lastHead, j+1) {
			break // "Tilden Inc and Roe Partners Ltd": two firms
		}
		if w == "on" && j+1 < f.last && (f.word(j+1).Weekday() != 0 || f.word(j+1).Month() != 0) {
			break // "... of Ohio on Monday": a date ends the name
		}
		if w == "on" && j == lastHead+1 && j+1 < f.last && f.isCap(j+1) && onHead(f.text(lastHead)) && !f.placeAt(j+1) {
			ofPhrase = true // "Committee on Ways and Means", "Council on Foreign Relations"
			connected = true
			j++
			continue
		}
		if (w == "of" || w == "for" || w == "and" || w == "&" || w == "on") && j > i && j+1 < f.last && (f.isCap(j+1) || (w == "of" || w == "for" && f.forPhrase(j+2)) && j == lastHead+1 && f.text(j+1) == "the" && j+2 < f.last && f.isCap(j+2)) {
			if (w == "of" || w == "for" && f.text(j+1) == "the") && j == lastHead+1 {
				ofPhrase = true
			}
			connected = true
			j++
			continue
		}
		if w == "the" && j > i && (f.text(j-1) == "of" || f.text(j-1) == "for" && j-1 == lastHead+1) && j+1 < f.last && f.isCap(j+1) {
			j++
			continue
		}
		break
	}
	if poss >= 0 && lastHead < poss {
		j = poss // no body word after the possessive: the name ends before it
	}
	if lastHead >= 0 && lastHead+1 < j && lawWord(f.text(lastHead+1)) {
		return 0 // "the Tenure of Office Act", "the Union Treaty": a law or text named after a body
	}
	if lastHead < 0 || titleEnd > lastHead {
		return 0
	}
	if f.text(i) == "World" && f.word(i).IsStop() && !worldBodyRun(f, i, lastHead) {
		return 0
	}
	// "Michael Ellmann of Wertheim and Co": a person of the body, when a
	// given name opens the run and no body word comes before the connector
	if _, given := f.word(i).Given(); given {
		for q := i + 1; q < lastHead; q++ {
			w := f.text(q)
			if OrgHead(w) || f.word(q).IsOrgWord() {
				break
			}
			if (w == "and" || w == "&") && q+1 < f.last {
				if s := f.text(q + 1); s == "Co" || s == "Co." || s == "Company" || s == "Sons" {
					break // "Jane Roe and Co Inc": the firm bears its founder's name
				}
			}
			if w == "of" || w == "and" || w == "&" || w == "for" || w == "at" {
				return 0
			}
		}
	}
	// a head word on its own ("Council said") is not a name
	if lastHead == i {
		if corpWord(f.text(i)) {
			// "Keycorp said": the firm's word is its whole name; not
			// "Maxicorp Asset Management" nor "Maxicorp of the U.S."
			if i+1 < f.last && (f.isCap(i+1) || f.text(i+1) == "of") || f.firmNameInDoc(i) {
				return 0
			}
			return 1
		}
		// "Ministry of Defence": head first, then of/for + capitalised words
		if j > i+2 && (f.text(i+1) == "of" || f.text(i+1) == "for" || f.text(i+1) == "on" && ofPhrase) {
			return trimConnectors(f, i, j)
		}
		return 0
	}
	// "First Ruvania Bancorp said": a sentence may open with an ordinal
	// name of three words or more ("Second Division" stays out)
	if i == f.first && f.word(i).IsStop() && !f.word(i).IsOrgWord() && !OrgHead(f.text(i)) {
		if lastHead < i+2 {
			return 0
		}
		// "New City Police Commissioner Ann Roe": the new holder of a post
		if e, _ := f.matchTitle(lastHead+1, f.last); e != nil && lastHead+1 < f.last && f.isCap(lastHead+1) {
			return 0
		}
	}
	end := lastHead + 1
	// keep "of X" after the head when the head started an of-phrase
	if j > end && (f.text(end) == "of" || f.text(end) == "for" || f.text(end) == "on" && ofPhrase) {
		end = trimConnectors(f, i, j) + i
	} else if ofPhrase && j == end+1 && peoplePlural(f.text(end)) && !f.word(end).StartsTitle() {
		end = j // "Committee of Central Bank Governors": the members end the name
	}
	return end - i
}

// ofOpener: body words that open a name with "of", "for" or "on" after
// them ("Committee of ...", "Bank of ..."); after another body's word and
// "and" they start a second body. A firm's "Bank and Trust" does not.
// holdingNoun: common nouns for what a firm issues, owns or employs that
// open a sentence before "of" and the firm's name ("Shares of Acme Corp",
// "Officials of Acme Inc"); never a body's own head word.
func holdingNoun(w string) bool {
	switch w {
	case "shares", "shareholders", "stockholders", "holders", "officials", "executives", "directors", "employees", "workers",
		"subsidiary", "subsidiaries", "units", "eurodebt", "sales", "profits", "earnings", "members", "bonds", "notes":
		return true
	}
	return false
}

func ofOpener(w string) bool {
	switch w {
	case "Committee", "Subcommittee", "Commission", "Council", "Ministry", "Department", "Office", "Bank", "Court", "Board", "Agency", "Bureau", "Institute", "University", "Federation", "Association":
		return true
	}
	return false
}

// subjectList returns the end of a list of subjects at the comma k inside
// a body's of- or on-phrase: ", Fisheries and Food": capitalised words no
// list knows and no body word among them, commas between, "and" before
// the last item, and nothing capitalised after it; 0 when not so.
func (f *finder) subjectList(k int) int {
	items, and := 0, false
	q := k + 1
	for q < f.last {
		c := 0
		for q < f.last && f.isCap(q) && c < 3 {
			w := f.text(q)
			if OrgHead(w) || f.word(q).StartsEntity() || f.word(q).StartsTitle() || f.tok(q).Has(segment.FlagPossessive) {
				return 0
			}
			if _, given := f.word(q).Given(); given {
				return 0
			}
			c++
			q++
		}
		if c == 0 {
			return 0
		}
		items++
		if and {
			if q < f.last && (f.isCap(q) || f.text(q) == "of" || f.text(q) == "and") {
				return 0
			}
			return q
		}
		if q+1 >= f.last {
			return 0
		}
		switch f.text(q) {
		case ",":
			if items >= 3 {
				return 0
			}
			if f.text(q+1) == "and" {
				q++ // the serial comma
				and = true
			}
		case "and":
			and = true
		default:
			return 0
		}
		q++
	}
	return 0
}

// nameOpener reports a capitalised ordinal or "New" that may open a
// body's name though the stop list keeps it from opening a person's
// ("the Ninth Circuit Court", "the New Unity Party"); orgRun still wants
// a body word after it, and at a sentence's start a longer name.
func (f *finder) nameOpener(i int) bool {
	if f.d.Sentences[f.sent].Headline || !f.tok(i).Has(segment.FlagCap) {
		return false
	}
	switch f.text(i) {
	case "New", "First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth", "Eleventh":
		if i == f.first {
			return i+1 < f.last && f.isCap(i+1) // "First, ..." opens no name
		}
		p := f.text(i - 1)
		return p != "." && p != ":" && p != "\"" && p != "“"
	}
	return false
}

// stopOpensFirm reports a capitalised word of the stop list inside a
// sentence that opens a firm's registered name: capitalised words after
// it up to a legal suffix ("bought Home Harbor Savings Inc", "shares of
// Great Plains Timber Corp", "Prime Dental Services Inc said"). Inside a
// sentence such a word is capitalised only as part of a name; without
// the suffix the word stays out (titles, honorifics and dates never
// open one).
func (f *finder) stopOpensFirm(i int) bool {
	if f.d.Sentences[f.sent].Headline || !f.tok(i).Has(segment.FlagCap) || f.tok(i).Has(segment.FlagAllCaps) {
		return false
	}
	monthOpens := false
	if i == f.first {
		// at a sentence's start only a word that is no adverb, verb form
		// or quantifier there ("Prime Dental Services Inc said", not
		// "Former Acme Corp chairman ...", "Meanwhile Acme Corp said");
		// a month there with capitals and a suffix straight after it and
		// no comma opens the name ("May Acme Stores Co said"): a date
		// opening a sentence is "In May", or "May 3" with a number
		monthOpens = f.word(i).Month() != 0
		if !sentenceFirmOpener(f.text(i)) && !monthOpens {
			return false
		}
	} else {
		switch f.text(i - 1) {
		case ".", ":", "\"", "“", "(", "-", "--", "—":
			return false
		}
	}
	if wd := f.word(i); wd.Month() != 0 && !monthOpens || wd.Weekday() != 0 || functionWord(f.lower(i)) {
		return false
	}
	if e, _ := f.matchTitle(i, f.last); e != nil {
		return false // "Dr", "Prime Minister"; "Prime" alone may open a firm
	}
	for k := i + 1; k < f.last && k < i+5; k++ {
		if !f.isCap(k) || f.tok(k).Has(segment.FlagNewline) || f.tok(k-1).Has(segment.FlagPossessive) {
			return false
		}
		if legalSuffix(f.text(k)) {
			return k > i+1
		}
		if bankEnding(f.text(k)) && sentenceFirmOpener(f.text(i)) && !monthOpens && k > i+1 && !(k+1 < f.last && f.isCap(k+1)) {
			// "Great Western Bank", "Home Savings Bank": a bank's name
			// ends in its class word, not a legal suffix ("City Bancorp
			// Inc", "Republic Bank NY Corp" go on to theirs)
			return true
		}
	}
	return false
}

// bankEnding: words that close a bank's registered name as a legal
// suffix closes a firm's.
func bankEnding(w string) bool {
	switch w {
	case "Bank", "Bancorp", "Bankshares", "Bancshares":
		return true
	}
	return false
}

// sentenceFirmOpener: words of the stop list that open firms' names at a
// sentence's start in wire copy ("Home Acme Savings Inc said", "Great
// Plains Timber Corp said"); adverbs, quantifiers and the like that
// open clauses there are not among them.
func sentenceFirmOpener(w string) bool {
	switch w {
	case "Home", "Great", "Prime", "Video", "World", "Republic", "County", "City", "Sea", "Ocean", "Image", "Source", "Empire", "Big", "Old", "Little", "Royal", "Central", "Worldwide", "Summit", "Far", "Premier":
		return true
	}
	return false
}

// functionWord: articles, prepositions and the like that a capital may
// start inside a wire sentence ("said By Acme Corp", "An Acme Corp
// unit", "The Acme Co Plc") without being part of the name after them.
func functionWord(w string) bool {
	switch w {
	case "a", "an", "the", "by", "of", "in", "at", "for", "to", "from", "with", "and", "or", "but", "as", "on", "if", "when", "while", "after", "before", "under", "over", "its", "their", "his", "her", "our", "this", "that", "these", "those", "it", "he", "she", "we", "they", "both", "all", "some", "any", "each", "every", "no", "not", "also", "only", "than", "then", "via", "per", "since", "until", "against", "about", "amid", "among", "despite", "during", "through", "into", "upon", "without", "within", "according":
		return true
	}
	return false
}

// corpWord reports a firm's one-word name built on "corp" ("Keycorp",
// "Maxicorp"): a capitalised stem and the lower-case ending; "Bancorp"
// alone is the generic word (it ends names as "Corp" does).
func corpWord(w string) bool {
	if len(w) < 7 || w[0] < 'A' || w[0] > 'Z' || !strings.HasSuffix(w, "corp") || w == "Bancorp" {
		return false
	}
	for k := 1; k < len(w); k++ {
		if w[k] < 'a' || w[k] > 'z' {
			return false
		}
	}
	return true
}

// corpRunAt reports one to three capitalised words at k ending in a
// "-corp" firm's word and ending the capitalised run.
func (f *finder) corpRunAt(k int) bool {
	for q := k; q < k+3 && q < f.last && f.isCap(q); q++ {
		if w := f.text(q); w == "Bancorp" || corpWord(w) {
			return q+1 >= f.last || !f.isCap(q+1)
		}
	}
	return false
}

// bodyBeforePost returns the length of one to three capitalised words
// at i that no list knows, written before a body's post in lower case
// and a person's name opening with a listed given name ("Skyline founder
// Ann Roe", "Velox chief executive Jon Hale"): the post is the body's,
// so the words name it. Not a given name or a known person's surname
// ("Roe spokesman Jan Lind" after "Ann Roe"), nor a place or title.
func (f *finder) bodyBeforePost(i int) int {
	if !f.isCap(i) {
		return 0 // most words: no body's name starts here
	}
	if f.credit[i-f.first] || i > f.first && f.tok(i-1).Kind == segment.Word && (f.isCap(i-1) && !(i-1 == f.first && f.word(i-1).IsStop()) || f.text(i-1) == "and" || f.text(i-1) == "&") {
		return 0 // the run's start only ("Nottingham Forest", "Home Affairs")
	}
	k := i
	for k < f.last && k < i+3 && f.isCap(k) {
		k++
	}
	if k == i || k+2 >= f.last || f.isCap(k) || !postAfterBody(f.text(k), f.text(k+1)) {
		return 0 // no post after the run: the common case, decided without look-ups
	}
	k = i
	for k < f.last && k < i+3 && f.isCap(k) {
		w := f.word(k)
		if w.IsStop() || w.StartsEntity() || w.StartsTitle() || f.tok(k).Has(segment.FlagPossessive) || k > i && f.tok(k).Has(segment.FlagNewline) {
			return 0
		}
		// a plural nickname ("Saints boss"); an acronym, which other
		// rules tie to the name it stands for
		if f.tok(k).Has(segment.FlagAllCaps) || strings.HasSuffix(f.text(k), "s") {
			return 0
		}
		if _, given := w.Given(); given {
			return 0
		}
		k++
	}
	if k == i || k+2 >= f.last || f.isCap(k) {
		return 0
	}
	p := k
	switch f.text(k) {
	case "founder", "co-founder", "chairman", "chairwoman", "boss", "spokesman", "spokeswoman":
		p = k + 1
	case "chief":
		if f.text(k+1) == "executive" {
			p = k + 2
		}
	}
	if p == k || p+1 >= f.last || !f.isCap(p) || !f.isCap(p+1) {
		return 0
	}
	if _, given := f.word(p).Given(); !given || f.word(p).IsStop() {
		return 0
	}
	// Checked last, as they read the whole article. One word: not a
	// common noun capitalised ("Charity boss"), an adjective
	// ("Presidential spokesman"), nor the short form of a longer name the
	// article writes ("Velox Mining Inc" ... "Velox chairman").
	if k == i+1 && (f.lowerInDoc(i) || strings.HasSuffix(f.text(i), "ial")) || f.longerRunInDoc(i, k) {
		return 0
	}
	if f.surnameInDoc(k - 1) {
		return 0
	}
	return k - i
}

// postAfterBody reports a post that bodyBeforePost reads after a body's
// name: w, or w and next for "chief executive".
func postAfterBody(w, next string) bool {
	switch w {
	case "founder", "co-founder", "chairman", "chairwoman", "boss", "spokesman", "spokeswoman":
		return true
	case "chief":
		return next == "executive"
	}
	return false
}

// longerRunInDoc reports the words [i, k) written elsewhere in the
// article inside a longer name: after a capitalised word ("Aston
// Villa", "Gruppo Ferruzzi") or before one, "&" or "and" and one
// ("Velox Mining Inc", "Marsh & Lane"). The post then belongs to that
// name, whose short form coref may join.
func (f *finder) longerRunInDoc(i, k int) bool {
	d := f.d
	n := k - i
	for q := 0; q+n <= len(d.Tokens); q++ {
		if q == i {
			continue
		}
		same := true
		for r := 0; r < n && same; r++ {
			same = d.TokenText(q+r) == d.TokenText(i+r)
		}
		if !same {
			continue
		}
		if q > 0 && d.Tokens[q-1].Kind == segment.Word && d.Tokens[q-1].Has(segment.FlagCap) && !f.word(q-1).IsStop() && !d.Tokens[q].Has(segment.FlagNewline) && !f.sentenceStart(q) {
			return true
		}
		if e := q + n; e < len(d.Tokens) && d.Tokens[e].Kind == segment.Word && !d.Tokens[e].Has(segment.FlagNewline) {
			if d.Tokens[e].Has(segment.FlagCap) {
				return true
			}
			if w := d.TokenText(e); (w == "&" || w == "and") && e+1 < len(d.Tokens) && d.Tokens[e+1].Has(segment.FlagCap) {
				return true
			}
		}
	}
	return false
}

// sentenceStart reports a token that opens its sentence.
func (f *finder) sentenceStart(q int) bool {
	for _, s := range f.d.Sentences {
		if s.First == q {
			return true
		}
		if s.First > q {
			break
		}
	}
	return false
}

// surnameInDoc reports the word at i written anywhere in the article
// right after a listed given name ("Ann Roe"): a person's surname.
func (f *finder) surnameInDoc(i int) bool {
	d := f.d
	w := f.text(i)
	for k := 1; k < len(d.Tokens); k++ {
		if d.TokenText(k) != w {
			continue
		}
		if _, given := f.word(k - 1).Given(); given {
			return true
		}
	}
	return false
}

// firmNameInDoc reports the word at i opening, elsewhere in the article,
// a firm's name that ends in a legal suffix ("Maxicorp Energy Inc"): the
// lone word is that firm's short form, not a body of its own.
func (f *finder) firmNameInDoc(i int) bool {
	d := f.d
	w := f.text(i)
	for k := range len(d.Tokens) {
		if k == i || d.TokenText(k) != w {
			continue
		}
		for q := k + 1; q < len(d.Tokens) && q <= k+4 && d.Tokens[q].Kind == segment.Word && d.Tokens[q].Has(segment.FlagCap); q++ {
			if legalSuffix(d.TokenText(q)) {
				return true
			}
		}
	}
	return false
}

// onHead: body words whose name goes on with "on" and its subject
// ("Committee on Energy", "Commission on Civil Rights").
func onHead(w string) bool {
	switch w {
	case "Committee", "Subcommittee", "Commission", "Council", "Conference", "Board", "Force":
		return true
	}
	return false
}

// placeAt reports a listed country or place at k ("the Council on
// Chile"): the subject of the talk, not the body's name.
func (f *finder) placeAt(k int) bool {
	e, _ := f.matchEntity(k, f.last)
	return e != nil && e.Kind != gazetteer.Org
}

// demonymBody: head words that make a body of their own after a
// demonym ("British Council", "Scottish Executive", "French Academy").
func demonymBody(w string) bool {
	switch w {
	case "Council", "Executive", "Academy", "Museum", "Library", "Institute", "Federation", "Association", "Society":
		return true
	}
	return false
}

// indexName reports a listed rating agency's name followed by a number:
// a stock index named after it ("S and P 500 options"), not the body.
func (f *finder) indexName(e *gazetteer.Entry, i, n int) bool {
	if e.Kind != gazetteer.Org || e.OrgKind != "COMPANY" || i+n >= f.last || f.tok(i+n).Kind != segment.Number {
		return false
	}
	w := f.text(i + n)
	return w == "500" || w == "100" || w == "400" || w == "600"
}

// forPhrase reports capitalised words from k on that can end a body's
// name after "for the" ("Institute for the Study of Labour", "Court for
// the Southern District of Ohio"): no body word and no listed body
// among them, which would make them the body the first one works for
// ("an agency for the Joint Economic Committee", "a division for the
// USDA").
func (f *finder) forPhrase(k int) bool {
	for ; k < f.last; k++ {
		w := f.text(k)
		if !f.isCap(k) {
			if w == "of" || w == "and" || w == "the" {
				continue
			}
			// "for the Joint Economic committee": a body's lower-case head
			return !OrgHead(strings.ToUpper(w[:1]) + w[1:])
		}
		if OrgHead(w) {
			return false
		}
		if e, _ := f.matchEntity(k, f.last); e != nil && e.Kind == gazetteer.Org {
			return false
		}
	}
	return true
}

// titleThenName reports a post title at j (a role, "Governor",
// "Chairman") followed by two to four capitalised name-shaped words that
// end the capitalised run: no body word, listed place or body, or title
// among them. Inside a body's of-phrase ("Bank of Spain Governor Ana
// Ruiz said") they are the holder's name, not more of the body's name.
func (f *finder) titleThenName(j int) bool {
	e, n := f.matchTitle(j, f.last)
	if e == nil || e.Class != gazetteer.Role {
		return false
	}
	k := j + n
	c := 0
	for ; k < f.last; k++ {
		if !f.isCap(k) {
			if isParticle(f.text(k)) && f.particleChain(k) {
				continue
			}
			break
		}
		if f.tok(k).Has(segment.FlagNewline) || OrgHead(f.text(k)) || f.word(k).IsOrgWord() || f.word(k).StartsEntity() || f.word(k).StartsTitle() || !f.nameShaped(k, c == 0) {
			return false
		}
		c++
		if k+1 < f.last && f.tok(k+1).Has(segment.FlagPossessive) {
			k++
			break
		}
	}
	if c < 2 || c > 4 {
		return false
	}
	// the run must end here: "of"/"and" and more capitalised words go on
	return k >= f.last || f.tok(k).Kind != segment.Word || !(f.text(k) == "of" || f.text(k) == "and" || f.text(k) == "for") || k+1 >= f.last || !f.isCap(k+1)
}

// lawWord: words that end the names of laws, treaties and texts.
func lawWord(w string) bool {
	switch w {
	case "Act", "Bill", "Treaty", "Accord", "Agreement", "Charter", "Directive", "Law":
		return true
	}
	return false
}

// peoplePlural reports a capitalised plural noun for people ("Farmers",
// "Actors", "Parliamentarians") that a body's name may hold in the
// possessive; a firm's word ("Partners") is none.
func peoplePlural(w string) bool {
	if firmWord(strings.ToLower(w)) || strings.HasSuffix(w, "ments") {
		return false // "Partners", "Investments", "Amusements"
	}
	for _, suf := range []string{"ers", "ors", "ians", "ists", "ants", "ents", "men", "ees"} {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

func trimConnectors(f *finder, i, j int) int {
	for j > i {
		w := f.text(j - 1)
		if w == "of" || w == "for" || w == "and" || w == "&" || w == "on" || w == "the" {
			j--
			continue
		}
		break
	}
	return j - i
}

// nameRun returns the length of a capitalised name run at i.
func (f *finder) nameRun(i int) int {
	j := i
	for j < f.last {
		if j > i && f.tok(j).Has(segment.FlagNewline) || j >= i+2 && postNominal(f.text(j)) {
			break // "Ann Roe QC": the letters after the name are none of it
		}
		if e, en := f.matchEntity(j, f.last); j > i && e != nil && !isParticle(f.text(j-1)) {
			// a one-word body after a given name is a surname: "Liam Fox", "Don Getty"
			_, given := f.word(i).Given()
			surname := given && j == i+1 && en == 1 && (e.Kind == gazetteer.Org ||
				(e.Kind == gazetteer.Place || e.Kind == gazetteer.Demonym || e.Kind == gazetteer.Capital) && e.ISO != "" && !IsSpeechVerb(strings.ToLower(f.text(i))) && !nation(e.Name)) // "Martha Hesse", "Mike German", "Bob Wellington", not "Said Wales"
			if !surname {
				break // but "Miguel de la Madrid": a place's name after a particle is a surname
			}
		}
		if j > i && !isParticle(f.text(j-1)) {
			// a title ends the name, except right after a particle: "Zaid
			// bin Sultan al-Nahayan"; an occupation capitalised inside a
			// name is a surname or a word of a thing's name ("Barbara
			// Boxer", "Media Player")
			if e, c := f.matchTitle(j, f.last); e != nil && !e.Lower && !f.titleSurname(i, j, c) {
				break
			}
		}
		if f.nameShaped(j, j == i) {
			j++
			if j < f.last && f.tok(j).Has(segment.FlagPossessive) {
				break
			}
			continue
		}
		if j > i && isParticle(f.text(j)) && f.particleChain(j) {
			j++
			continue
		}
		break
	}
	if j < f.last && f.gluedCaption(j) {
		return 0 // "Ana RoeImage: credit": the caption's label, its last word lost
	}
	return j - i
}

// facilityNouns head the names of buildings, streets and other things
// named after people.
var facilityNouns = map[string]bool{
	"Mosque": true, "Cathedral": true, "Church": true, "Stadium": true, "Airport": true, "Avenue": true, "Street": true,
	"Road": true, "Square": true, "Bridge": true, "Hospital": true, "University": true, "Museum": true, "Palace": true,
	"Boulevard": true, "Highway": true, "Memorial": true, "Library": true, "College": true,
	"Theatre": true, "Theater": true, "Park": true, "Show": true, "House": true, "Canyon": true, "Prize": true, "Award": true,
	"Hotel": true, "Creek": true, "Falls": true, "Springs": true, "Awards": true, "Township": true,
	"Telescope": true, "Accords": true, "Market": true,
	"Beach": true, "Facility": true, "Mine": true, "Lecture": true, "Base": true,
}

// firmTails end the names of firms named after people ("Kelly
// Associates", "Stan Lee Media").
var firmTails = map[string]bool{"Associates": true, "Media": true, "Labs": true, "Heirs": true, "Shipbuilding": true}

// placeNameAround reports a capitalised run [i, i+n) that a facility noun
// closes or directly follows: part of a thing's name, not a person.
func (f *finder) placeNameAround(i, n int) bool {
	for j := i + 1; j < i+n; j++ {
		if facilityNouns[f.text(j)] {
			return true
		}
	}
	return i+n < f.last && facilityNouns[f.text(i+n)] && !f.tok(i+n-1).Has(segment.FlagPossessive) && f.text(i+n-1) != ","
}

// firmWord: words that end the names of firms and research shops rather
// than of people ("Research Associates", "Energy Systems").
func firmWord(w string) bool {
	switch w {
	case "associates", "analysis", "research", "group", "services", "systems", "partners", "international", "inc", "corp", "co", "cos", "ltd", "holdings", "industries", "securities", "capital", "consultants", "consulting":
		return true
	}
	return false
}

// particleChain: particles at j lead to a capitalised word ("von der Leyen").
func (f *finder) particleChain(j int) bool {
	for k := j; k < f.last && k < j+3; k++ {
		if isParticle(f.text(k)) {
			continue
		}
		return f.isCap(k)
	}
	return false
}

// name classifies a capitalised run [i, i+n).
func (f *finder) name(i, n int, headline bool) {
	d := f.d
	if f.leadManagerBefore(i) {
		// "lead manager Acme Bank said": a bond issue's lead manager is a
		// bank, never a person; the bank's name when the run plainly ends
		// it (not "Acme, Brisk and Co", "Acme International (Europe) Ltd")
		if e := i + n; e < f.last {
			switch f.lower(e) {
			case "said", "says", "announced", ".", "is", "was", "(", "bank":
				f.addOrgRun(i, n) // "lead manager Acme (Suisse) SA", "lead manager Acme bank"
			}
		}
		return
	}
	portEnd := -1 // "Minister for Foreign Affairs X": the title's text runs to here
	if k := f.ofStateBefore(i); k > 0 {
		// "Undersecretary of State X", "Minister of State for Finance X":
		// "State" is a stop word, so the run starts after it; the post
		// takes "of State" (the portfolio, if any, follows below)
		ts := f.titleEnd.span(i - k)
		if f.text(i-1) == "for" {
			f.titleEnd.set(i-1, ts)
		} else {
			f.titleEnd.set(i, ts)
			portEnd = i
		}
	}
	if k := f.portfolioBeforeName(i, n); k > 0 {
		// "Secretary of Agriculture Richard Lyng": the portfolio ends the
		// title, the name starts at the given name
		f.titleEnd.set(i+k, f.titleEnd.span(i-1))
		f.md.ByToken[i] = -1
		i, n = i+k, n-k
		portEnd = i
	}
	if j, k := f.portfolioConjBefore(i, n); k > 0 {
		// "Minister of Mines and Energy Subroto": the run opens with the
		// portfolio's last words; the title runs to the name
		f.titleEnd.set(i+k, f.titleEnd.span(j))
		f.md.ByToken[i] = -1
		i, n = i+k, n-k
		portEnd = i
	}
	if k := f.pluralTitleBefore(i, n); k > 0 {
		// "Prime Ministers Zhao Ziyang and X", "Senators John Danforth
		// and X": a plural title opens a list of names; the name starts
		// after it (no role: the title is shared and written plural)
		i, n = i+k, n-k
	}
	if i-2 >= f.first && f.lower(i-1) == "born" && (f.lower(i-2) == "was" || f.lower(i-2) == "were") {
		return // "X was born Ana Roe": a birth name of the person named before, not someone else
	}
	hyphenBorn := false
	if n >= 2 {
		if tail, ok := modifierTail(f.text(i)); ok {
			// "Tunisian-born X Y", "Rosneft-owned X": a compound modifier
			// before the name is none of it; "-born", "-elect" and
			// "-designate" describe a person
			i, n = i+1, n-1
			hyphenBorn = tail == "born" || tail == "elect" || tail == "designate"
		}
	}
	if n >= 3 && hyphenDescriber(f.text(i)) {
		if _, ok := f.given(i + 1); ok {
			// "Co-star Ana Roe", "In-form Ana Roe", "Fifteen-year-old
			// Ana Roe": a hyphenated describing word before a given name
			// is none of the name
			i, n = i+1, n-1
		}
	}
	if i == f.first && n >= 3 && f.occupationOpening(i) {
		// "Backbencher Stephen Pound said": the capital of a sentence's
		// first word does not make a describing noun part of the name
		i, n = i+1, n-1
	}
	if w := f.text(i + n - 1); strings.IndexByte(w, '-') >= 3 {
		// "Prize-winning", "Award-nominated" closing the run: a modifier
		// of what follows, no name (a short syllable before the hyphen and
		// a short tail are a name's: "Ka-shing")
		if tail, ok := modifierTail(w); ok && len(tail) >= 6 && (strings.HasSuffix(tail, "ing") || strings.HasSuffix(tail, "ed")) {
			return
		}
	}
	postHead := false // the run opened with a post's title ending in its head word
	for k := i; k < i+n; k++ {
		if w := f.text(k); w == "Officer" || w == "Manager" {
			// "Chief Revenue Officer Ana Roe", "Sales Manager Ana Roe": the
			// post's head word ends a title the run began with; the name,
			// if any, comes after it
			if k == i+n-1 {
				return
			}
			n -= k + 1 - i
			i = k + 1
			postHead = true
		}
	}
	if f.fictionBefore(i) {
		return // "the character of Ana Roe", "played the role of Ana Roe": a fictional person
	}
	if f.placeNameAround(i, n) {
		return // "the Sultan Qaboos Grand Mosque", "Karl Marx Avenue": a name inside the name of a thing
	}
	if i-1 >= f.first && isListed(f.word(i)) && !f.afterEarlierParticle(i) {
		switch f.text(i - 1) {
		case "St", "St.", "Saint":
			return // "St. Jude Medical", "St Ethel Road": a saint's given name names a thing
		}
	}
	m := Mention{Kind: Person, First: i, Last: i + n}
	w0 := f.text(i)
	// end is where the context after the name starts: after a
	// generational suffix ("Ed Roe Jr. said"), which the name keeps
	end := i + n
	if n >= 2 && end < f.last && generational(f.text(end)) {
		end++
	}
	if bodyNounBefore(f, i) && !(n >= 2 && i-1 >= f.first && tradeOfPeople(f.lower(i-1))) {
		// "the victims' group Ending Clergy Abuse", "the charity Oxfam":
		// the name a body goes by (a trade that people also ply, before
		// two capitalised words, may open a person's name: "film
		// producer Ann Roe")
		n = f.bodyNameEnd(i, n)
		f.addOrgRun(i, n)
		if f.skipTo < i+n {
			f.skipTo = i + n
		}
		return
	}
	if f.classNounAfter(i, end) && !f.nameGoesOnBefore(i) && !f.longerRunInDoc(i, i+n) {
		// "the Koram bank", "its Clearwell unit": a class noun for a firm
		// right after the name
		if _, given := f.word(i).Given(); !given || f.word(i).LexiconGiven() {
			f.addOrgRun(i, n)
			return
		}
	}
	if f.sharesOf(i, end) && !f.longerRunInDoc(i, i+n) {
		// "shares in Torvane rose", "a 20% stake in Torvane": what shares
		// are held in is a company
		if _, given := f.word(i).Given(); n == 1 || !given || f.word(i).LexiconGiven() {
			f.addOrgRun(i, n)
			return
		}
	}
	if f.classAppositive(end) && !f.longerRunInDoc(i, i+n) && !f.nameGoesOnBefore(i) {
		// "Norvella, the country's third-biggest lender, said": a class
		// noun for bodies heading the apposition after the name; a
		// listed given name opening a longer run is a person's; words
		// the article writes inside a longer name are its short form
		// ("Polysar, a petrochemical firm," after "Polysar Ltd")
		if _, given := f.word(i).Given(); n == 1 || !given || f.word(i).LexiconGiven() {
			if _, ok := f.titleEnd.get(m.First); !ok {
				f.addOrgRun(i, n)
				return
			}
		}
	}
	for j := i + 1; j < i+n; j++ {
		if firmTails[f.text(j)] {
			// a firm named after people: "Kelly Associates", "Roe
			// Associates L.P."; with more words after the tail
			// ("Interactive Media Player") a product, no person either
			if last := f.text(i + n - 1); j == i+n-1 || j == i+n-2 && (last == "L.P." || last == "LP" || last == "II") {
				f.addOrgRun(i, n)
			}
			return
		}
	}
	if e := i + n; e+1 < f.last && (f.text(e) == "and" || f.text(e) == "&") {
		switch f.text(e + 1) {
		case "Co", "Co.", "Company", "Sons":
			return // "Jane Roe and Co Inc": a firm named after its founder
		}
	}
	if n == 1 && len(w0) > 4 && strings.HasSuffix(w0, "bank") {
		// "committee chairman Citibank": a one-word body after a title
		f.add(Mention{Kind: Org, First: i, Last: i + 1, OrgName: w0})
		return
	}
	// leading particles belong to the name when an honorific or title precedes: "Ms. von der Leyen"
	if i-1 >= f.first && isParticle(f.text(i-1)) {
		k := i - 1
		for k-1 >= f.first && isParticle(f.text(k-1)) {
			k--
		}
		if _, ok := f.titleEnd.get(k); ok {
			m.First = k
		}
	}
	ts, titled := f.titleEnd.get(m.First)
	if titled && legalSuffix(f.text(i+n-1)) && n >= 2 && ts.first >= f.first {
		// "Premier Tallow Corp", "Mrs Pelly Inc": a word that reads as a
		// title or an honorific opens a firm's registered name (a
		// lower-case title or a capitalised word before the title: the
		// firm's name starts elsewhere, no person either way)
		if !f.isCap(ts.first) || ts.first-1 >= f.first && f.isCap(ts.first-1) {
			return
		}
		f.add(Mention{Kind: Org, First: ts.first, Last: i + n, OrgName: d.Text[d.Tokens[ts.first].Start:d.Tokens[i+n-1].End]})
		return
	}
	if titled && n == 1 && ts.first >= f.first && bodyWordAfterTitle(w0, f.d.Lower(i)) {
		return // "General Foods", "the Official Bulletin", "official Radio Malaysia": a title word opening a body's name, no person
	}
	if titled && ts.first >= f.first && f.titledFirmShortForm(ts.first, i+n) {
		return // "General Quartz said" after "General Quartz Corp": the firm's short form
	}
	if titled && ts.e.Class != gazetteer.Honorific && i+n < f.last {
		// "Deputy Emergency Situations Minister X": the run is the post's
		// portfolio, the name comes after the title
		if e, k := f.matchTitle(i+n, f.last); e != nil && e.Class == gazetteer.Role && i+n+k < f.last && f.nameShaped(i+n+k, true) {
			return
		}
	}
	if titled && ts.e.Class == gazetteer.Rank && n == 1 && ts.first == m.First-1 && f.lowerInDoc(i) {
		return // "a General Election": a common noun after a rank, written lower case elsewhere in the article
	}
	if titled && ts.first == m.First-1 && f.text(ts.first) == "General" && f.generalThing(i, n) {
		return // "General Foods", "General Public Utilities": the adjective opening a name, no rank
	}
	if titled && ts.e.Lower && n == 1 && ts.first == f.first {
		return // "Engineer Mannesmann eased": a sector's label before a firm, not a person's occupation
	}
	evidence := false
	if titled {
		switch ts.e.Class {
		case gazetteer.Honorific:
			m.Hon = d.Text[d.Tokens[ts.first].Start:d.Tokens[m.First-1].End]
			m.HonStart = int(d.Tokens[ts.first].Start)
			m.Gender = ts.e.Gender
			evidence = true
			// "Sir John Bourn", "Professor Nancy Rothwell": an honorific then a title
			if pt, ok := f.titleEnd.get(ts.first); ok && pt.e.Class != gazetteer.Honorific {
				m.Title = f.title(pt, f.add)
			}
		case gazetteer.Role:
			if princeTitle(ts.e.Name, ts.first, m.First) && n == 1 && !f.fullerNameInDoc(i) {
				// "Prince Harry", "Crown Princess Bera": a prince named by
				// title and given name keeps the title in his name; it is
				// no post (GUIDELINES §13.1)
				m.First = ts.first
				evidence = true
				m.Gender = 'm'
				if strings.HasSuffix(ts.e.Name, "Princess") {
					m.Gender = 'f'
				}
				break
			}
			fallthrough
		default:
			if pt, ok := f.titleEnd.get(ts.first); ok && ts.e.Class == gazetteer.Rank && pt.e.Class == gazetteer.Role {
				ts = pt // "UAE President Sheikh X": the post, not the rank
			}
			m.Title = f.title(ts, f.add)
			m.CoTitle = f.coordinatedTitle(m.Title)
			evidence = true
			if ts.e.Gender != 0 {
				m.Gender = ts.e.Gender
			}
		}
	}
	if !titled {
		// "President of Argentina Alberto Fernández": a title, "of", a
		// country or body, then the name
		if n == 1 && f.bodyTailAfterOf(m.First) {
			// "chairman of the Senate Agriculture subcommittee", "general
			// manager of Abu Dhabi Media, X": a lone word right after the
			// post's body or place goes on with that name; a holder named
			// by surname alone is written before the post ("Senate
			// Agriculture chairman Lyng"), not after its "of" phrase
		} else if t := f.titleOfBefore(m.First); t != nil {
			m.Title = t
			evidence = true
		}
	}
	if gd, ok := f.given(i); ok && n >= 2 && (isListed(f.word(i)) || !(i+n < f.last && f.isCap(i+n) && OrgHead(f.text(i+n)))) && !f.lexiconDoubt(i, n) {
		// a hyphenated given name does not open a body's name: "Dai-Ichi Kangyo Bank"
		evidence = true
		if m.Gender == 0 && gd != 'u' {
			m.Gender = gd
		}
	}
	if w := f.text(i); !evidence && n >= 3 && len(w) == 2 && isInitials(w) {
		// "G. Bryan Herrmann": an initial, then a given name, opens a
		// person's name as the given name alone does
		if gd, ok := f.given(i + 1); ok && !OrgHead(f.text(i+n-1)) && !firmWord(f.d.Lower(i+n-1)) && !(i+n < f.last && f.isCap(i+n) && OrgHead(f.text(i+n))) && !f.lexiconDoubt(i+1, n-1) {
			evidence = true
			if m.Gender == 0 && gd != 'u' {
				m.Gender = gd
			}
		}
	}
	// "Chile's foreign minister, Tomás Herrera, said": a title, a comma, a
	// name; "the Archbishop of Gdansk, Jan Nowak", "the director of
	// Amnesty International, Ana Ruiz": a title of a place or body, a
	// comma, a name
	if m.Title == nil && n >= 2 && i-1 > f.first && f.text(i-1) == "," {
		if ts, ok := f.titleEnd.get(i - 1); ok && ts.e.Class != gazetteer.Honorific {
			evidence = true
			if ts.e.Class == gazetteer.Role && !f.possessiveNounBefore(ts.first) && !f.indefiniteBefore(ts.first) && !f.predicateBefore(ts.first) {
				m.Title = f.title(ts, f.add)
			}
		} else if t := f.titleOfBefore(i - 1); t != nil {
			evidence = true
			m.Title = t
		}
	}
	if m.Title != nil && portEnd > 0 && m.Title.Last < portEnd && !m.Title.Appositive {
		// the title's text takes its portfolio: "Minister of Finance"
		if head := d.Tokens[m.Title.Last-1].End; int(head) >= len(m.Title.Text) && d.Text[int(head)-len(m.Title.Text):head] == m.Title.Text {
			m.Title.Text = d.Text[int(head)-len(m.Title.Text) : d.Tokens[portEnd-1].End]
			m.Title.Portfolio = true
		}
	}
	if !evidence && n >= 3 {
		// "Haitham bin Tariq Al Said": a patronymic particle between
		// capitalised words marks a person's name
		for k := i + 1; k < i+n-1; k++ {
			if w := f.text(k); w == "bin" || w == "ibn" || w == "bint" {
				evidence = true
				break
			}
		}
	}
	if !evidence && n >= 2 && postHead {
		evidence = true // "General Manager Loh Hoon Sun": a name after a post
	}
	if !evidence && n >= 2 && f.appositive(end) {
		evidence = true
	}
	if !evidence && n >= 2 && i-2 >= f.first && (f.text(i-1) == "and" || f.text(i-1) == ",") {
		// "met Juan Lechin Oquendo and Victor Reyes": a name in a list of people
		if pm := f.md.ByToken[i-2]; pm >= 0 && f.md.Mentions[pm].Kind == Person && f.md.Mentions[pm].Last == i-1 {
			evidence = true
		}
	}
	if !evidence && n >= 2 && n <= 3 && f.speechAdjacent(i, end) && !OrgHead(f.text(i+n-1)) && !(i-1 >= f.first && (f.text(i-1) == "of" || f.text(i-1) == "at" || f.text(i-1) == "from" || f.text(i-1) == "on" || f.text(i-1) == "for" && i-2 >= f.first && !f.isCap(i-2))) && !f.firmSpeaker(i, n) {
		evidence = true
	}
	if !evidence && n >= 2 && n <= 3 && f.whoAfter(i, end) {
		evidence = true
	}
	if !evidence && n >= 2 && n <= 3 && (hyphenBorn || f.personContext(i, end)) {
		evidence = true
	}
	if evidence && n >= 2 && m.Hon == "" && m.Title == nil && f.inWorkList(i, i+n) {
		return // "films include Dark Water, Anna Vell and Red Sky": a work's title
	}
	if evidence && n >= 2 && m.Hon == "" && m.Title == nil && f.firmSaidIts(i, end) && !f.longerRunInDoc(i, i+n) {
		// "Orvel Dane said its board ...": a firm (its short form after
		// the full name, "Orvel Dane Holdings Inc", is left to coref)
		f.addOrgRun(i, n)
		return
	}
	if evidence && f.firmTrailedName(&m, i, n) {
		// "Mitchell Energy said": a firm named after its founder; a
		// run inside a longer name ("Merrill Lynch <MER> Capital
		// Markets", "Victor Savings and Loan Association") is no body
		// of its own
		if !f.insideLongerName(i, i+n) {
			f.addOrgRun(i, n)
		}
		return
	}
	if !evidence && f.firmWordSpeaker(i, n, end) {
		// "Westbay Communications agreed": a firm's word ends the
		// speaking run; named as the fuller name written elsewhere
		f.add(Mention{Kind: Org, First: i, Last: i + n, OrgName: f.fullerFirmName(i, i+n)})
		return
	}
	if !evidence {
		if n >= 2 && n <= 3 && isParticle(strings.ToLower(w0)) {
			// "De Zeeuw" after "Aart de Zeeuw": a short form coref may join
			m.Kind = Surname
			m.Weak = headline
			f.add(m)
			return
		}
		if n >= 2 && n <= 3 && f.endsEarlierName(i, n) {
			// "Santos Alvite met X" after "Raul Santos Alvite": a
			// surname of several words, the end of a fuller name the
			// story gave before (no evidence of its own otherwise)
			m.Kind = Surname
			m.Weak = headline
			f.add(m)
			return
		}
		if n == 1 {
			m.Kind = Surname
			m.Weak = headline
			idx := f.add(m)
			// "Johnson became leader of the party": kept in case coref
			// finds the person
			if pt := f.predicateTitle(i + n); pt != nil {
				f.md.Mentions[idx].Appos = pt
			}
		} else if n <= 3 && end == i+n {
			// a person's name still if a listed person follows (promoteListed)
			f.unproven = append(f.unproven, span{i, i + n})
			if n == 2 && !headline {
				f.pairs = append(f.pairs, sentSpan{i, i + n, f.sent})
			}
		}
		return
	}
	m.Weak = headline
	if end > i+n {
		m.Name = d.Text[d.Tokens[m.First].Start:d.Tokens[end-1].End]
		f.skipTo = max(f.skipTo, end)
	}
	idx := f.add(m)
	if at := f.appositiveTitle(end); at != nil {
		f.md.Mentions[idx].Appos = at
	} else if pt := f.predicateTitle(end); pt != nil {
		f.md.Mentions[idx].Appos = pt
	}
	f.ofAfter(idx)
}

// lexiconDoubt reports a run [i, i+n) whose first word is a given name
// known only from the general lexicon (rarer names, and names that
// brands and places share: Sony, Buena, Lesley) where the context reads
// as the name of a thing, so that the given name alone is no evidence of
// a person: an article or "<" before it ("the Buena Vista grade", Reuters'
// "<Von Roll Ltd>"); a body's head word or firm word closing it or right
// after it ("Solaris Paper", "Maison Placements Canada Inc"); or the same
// word elsewhere in the article alone after a determiner ("the Mac") or
// opening three or more different capitalised names ("Mac Mini", "Mac
// Plus", "Mac OS"), which a person's first name rarely does (a first name
// alone, "Robbie said", is common in sports and interview prose, and two
// namesakes happen).
func (f *finder) lexiconDoubt(i, n int) bool {
	if !f.word(i).LexiconGiven() {
		if w := f.text(i); gazetteer.Fold(w) == w || !f.g.Word(gazetteer.Fold(w)).LexiconGiven() {
			return false
		}
	}
	if i-1 >= f.first {
		switch f.lower(i - 1) {
		case "the", "a", "an", "<":
			return true
		}
		if i-1 > f.first && f.isCap(i-1) && f.word(i-1).IsStop() {
			return true // "Whole Lotta ...": inside the capitalised title of a work
		}
	}
	if e := i + n; e < f.last && thingNounAfter(f.lower(e)) {
		return true // "the X Y newspaper", "X Y Hotel" written lower case: a thing's name
	}
	// the token's lower case is the segmentation's, as strings.ToLower
	// would make it
	last, lowLast := f.text(i+n-1), f.d.Lower(i+n-1)
	if OrgHead(last) || firmWord(lowLast) || tradeWord(lowLast) {
		return true
	}
	if e := i + n; e < f.last && f.isCap(e) && (OrgHead(f.text(e)) || firmWord(f.lower(e)) || tradeWord(f.lower(e))) {
		return true
	}
	d := f.d
	w := f.text(i)
	var others []string // the other capitalised words that follow w in the article
	next := ""
	if n >= 2 {
		next = f.text(i + 1)
	}
	// one pass over the article's other uses of w (tokens of another
	// length turned away before their text is read)
	wlen := int32(len(w))
	for k, t := range d.Tokens {
		if k == i || t.Kind != segment.Word || t.End-t.Start != wlen || d.Text[t.Start:t.End] != w {
			continue
		}
		if f.runBeforeFirmAt(k, i, n) {
			return true
		}
		if k+1 >= len(d.Tokens) || d.Tokens[k+1].Kind != segment.Word || !d.Tokens[k+1].Has(segment.FlagCap) || d.Tokens[k+1].Has(segment.FlagNewline) {
			// alone: a thing when a determiner comes before ("the Mac", "a Sony")
			if k > 0 && d.Tokens[k-1].Kind == segment.Word {
				switch d.Lower(k - 1) {
				case "the", "a", "an", "its", "their":
					return true
				}
			}
			continue
		}
		// "Sony Walkman", "Sony Pictures", "Sony PlayStation": the word
		// opens three or more capitalised names, as a brand does and a
		// person's first name (one surname, two namesakes at most) does not
		if nt := d.TokenText(k + 1); nt != next && !isInitials(nt) {
			seen := false
			for _, o := range others {
				seen = seen || o == nt
			}
			if !seen {
				if others = append(others, nt); len(others) >= 2 {
					return true
				}
			}
		}
	}
	return false
}

// firmSpeaker reports a run [i, i+n) of words no list knows, next to a
// speech verb, that reads as a firm rather than a person: it ends in a
// firm's word ("Westbay Bancorp said"), or the article writes the same
// words elsewhere before a firm's head or suffix ("Harbor Valve said"
// after "Harbor Valve Systems Inc"), the short form business news uses
// for the company after naming it in full.
func (f *finder) firmSpeaker(i, n int) bool {
	if lw := f.d.Lower(i + n - 1); firmWord(lw) || tradeWord(lw) {
		return true
	}
	d := f.d
	w := f.text(i)
	wlen := int32(len(w))
	for k, t := range d.Tokens {
		if k != i && t.Kind == segment.Word && t.End-t.Start == wlen && d.Text[t.Start:t.End] == w && f.runBeforeFirmAt(k, i, n) {
			return true
		}
	}
	return false
}

// fictionBefore reports a name at i that the words before it make a
// fictional character (GUIDELINES §3: real individuals only): "character"
// or "character of" right before it ("the comic's character Ana Roe",
// "the character of Ana Roe"), or "role of" after a verb of acting
// ("played the role of Ana Roe", "took on the role of Ana Roe"); "the
// role of Ana Roe in the talks" speaks of a real person and stays.
func (f *finder) fictionBefore(i int) bool {
	j := i - 1
	if j >= f.first && f.lower(j) == "of" {
		j--
		if j >= f.first && f.lower(j) == "role" {
			for k := j - 1; k >= f.first && k >= j-3; k-- {
				switch f.lower(k) {
				case "play", "plays", "played", "playing", "take", "takes", "took", "taking", "taken", "reprise", "reprises", "reprised", "reprising", "land", "landed", "landing", "won", "win", "wins", "winning", "cast", "star", "stars", "starred", "starring":
					return true
				}
			}
			return false
		}
	}
	return j >= f.first && f.lower(j) == "character"
}

// titledFirmShortForm reports a title and name [a, e) that the article
// writes elsewhere right before a company's legal suffix or a firm's word
// ("General Quartz Corp", "King Lathe Co"): a firm whose name opens with a
// word that reads as a title, so the same words alone are its short form.
func (f *finder) titledFirmShortForm(a, e int) bool {
	d := f.d
	if !f.firmHeadsOK {
		f.firmHeadsOK = true
		for k, t := range d.Tokens {
			if t.Kind == segment.Word && t.Has(segment.FlagCap) && !t.Has(segment.FlagNewline) {
				if lw := d.Lower(k); legalSuffix(d.TokenText(k)) || firmWord(lw) || tradeWord(lw) {
					f.firmHeads = append(f.firmHeads, int32(k))
				}
			}
		}
	}
	n := e - a
	for _, h := range f.firmHeads {
		k := int(h) - n
		if k < 0 || k == a {
			continue
		}
		same := true
		for q := 0; q < n && same; q++ {
			same = d.TokenText(k+q) == f.text(a+q)
		}
		if same {
			return true
		}
	}
	return false
}

// runBeforeFirmAt reports the words of the run [i, i+n) written again at
// k right before a firm's head or suffix ("Dayton Hudson Corp" makes
// another "Dayton Hudson" the firm's short form).
func (f *finder) runBeforeFirmAt(k, i, n int) bool {
	d := f.d
	if k+n >= len(d.Tokens) {
		return false
	}
	for q := 1; q < n; q++ {
		if d.TokenText(k+q) != f.text(i+q) {
			return false
		}
	}
	t := d.Tokens[k+n]
	if t.Kind != segment.Word || !t.Has(segment.FlagCap) || t.Has(segment.FlagNewline) {
		return false
	}
	return OrgHead(d.TokenText(k+n)) || firmWord(d.Lower(k+n)) || tradeWord(d.Lower(k+n))
}

// tradeWord: words that end the names of firms after a founder's or a
// brand's name ("Bryson Oil", "Westin Hotels", "Adia S.A."), beside
// OrgHead's and firmWord's.
func tradeWord(w string) bool {
	switch w {
	case "oil", "resources", "products", "life", "works", "hotels", "shipping", "entertainment", "energy", "engine", "engines",
		"mutual", "environmental", "cars", "machine", "machines", "computer", "computers", "software", "foods", "communications",
		"networks", "pharmaceuticals", "trucks", "chemicals", "airlines", "bancorp", "paper", "partnership", "drilling",
		"pictures", "records", "studios", "s.a.", "b.v.", "n.v.", "s.p.a.", "spa", "a.g.":
		return true
	}
	return false
}

// thingNounAfter: lower-case nouns that, right after a capitalised run,
// make the run the name of a thing ("Ming Pao newspaper", "the Lesley Ann
// deposit").
func thingNounAfter(w string) bool {
	switch w {
	case "newspaper", "daily", "magazine", "company", "firm", "group", "band", "hotel", "deposit", "mine", "brand",
		"label", "car", "model", "game", "restaurant", "store", "stores", "chain", "bank", "studio", "studios",
		"airline", "film", "album", "song", "show", "series", "shares", "stock", "unit", "subsidiary", "project", "field":
		return true
	}
	return false
}

// predicateTitle reads a title stated of a name: "X, who is the
// secretary of state", "X became leader of the Conservative Party", "X
// was elected president of the bank". A past "was" is a former post.
func (f *finder) predicateTitle(j int) *Title {
	k := j
	if k < f.last && f.text(k) == "," {
		k++
	}
	if k < f.last && f.lower(k) == "who" {
		k++
	}
	if k >= f.last {
		return nil
	}
	former := false
	switch f.lower(k) {
	case "is", "becomes", "became", "remains":
		k++
	case "has", "had":
		if f.lower(k+1) != "become" && f.lower(k+1) != "been" {
			return nil
		}
		// "X has been governor of the bank since 1985": the present
		// perfect states a post held up to now; "had been" is past
		former = f.lower(k) == "had"
		k += 2
	case "was":
		switch f.lower(k + 1) {
		case "elected", "appointed", "named", "made", "chosen", "sworn":
			k += 2
			if f.lower(k) == "in" { // "sworn in as"
				k++
			}
			if f.lower(k) == "as" {
				k++
			}
		default:
			former = true
			k++
		}
	case "serves", "served":
		if f.lower(k+1) != "as" {
			return nil
		}
		former = f.lower(k) == "served"
		k += 2
	default:
		return nil
	}
	if k < f.last {
		switch f.lower(k) {
		case "currently", "now", "also", "still":
			k++ // "X is currently chairman of Y", "X, who is also head of Y"
		}
	}
	if k < f.last {
		switch f.lower(k) {
		case "the", "a", "an":
			k++
		}
	}
	// "was sworn in as Chile's new president": the possessor holds the post
	var possE *gazetteer.Entry
	possAt, possN := k, 0
	if e2, m := f.matchEntity(k, f.last); e2 != nil && (e2.Kind == gazetteer.Org || e2.Kind == gazetteer.Country) && k+m < f.last && f.tok(k+m).Has(segment.FlagPossessive) {
		possE, possN = e2, m
		k += m + 1
		for k < f.last && isDroppedModifier(f.lower(k)) && !f.tok(k).Has(segment.FlagCap) {
			k++
		}
	}
	// "X is Bundesbank chief", "X, who is also Nigerian oil minister":
	// a body or a country named right before the post holds it, as
	// before a title in apposition
	qualified := false
	if possE == nil {
		if e0, _ := f.matchTitle(k, f.last); e0 == nil {
			if e2, m := f.matchEntity(k, f.last); e2 != nil && (e2.Kind == gazetteer.Org || e2.Kind == gazetteer.Country || e2.Kind == gazetteer.Demonym) && k+m < f.last && !f.tok(k+m-1).Has(segment.FlagPossessive) {
				possE, possAt, possN, qualified = e2, k, m, true
				k += m
			}
		}
	}
	start := k
	e, n := f.matchTitle(k, f.last)
	for e == nil && k < f.last && k < start+3 && f.tok(k).Kind == segment.Word && !f.tok(k).Has(segment.FlagCap) && (isTitleModifier(f.lower(k)) || portfolioNoun(f.lower(k))) {
		k++
		e, n = f.matchTitle(k, f.last)
	}
	if e == nil || e.Class != gazetteer.Role {
		return nil
	}
	// "secretary of state": the longest title from the start
	if e2, n2 := f.matchTitle(start, f.last); e2 != nil && start+n2 > k+n {
		e, n, k = e2, n2, start
	}
	headLast := k + n
	// "X is chairman and chief executive of Y": the holder after the
	// second post holds both, as in apposition (appositiveHead)
	and := ""
	if possE == nil {
		for {
			e2, n2 := f.matchTitle(headLast, f.last)
			if e2 == nil {
				break
			}
			e, headLast = e2, headLast+n2 // the longest run of title words: "executive vice president"
		}
		if e2, k2, c2 := f.coordinatedPost(e, headLast); e2 != nil {
			and = f.d.Text[f.d.Tokens[start].Start:f.d.Tokens[headLast-1].End]
			e, start, headLast = e2, k2, k2+c2
		}
	}
	of := -1
	q := headLast
	if q < f.last && (f.text(q) == "of" || f.text(q) == "for") {
		q++
		if q < f.last && f.lower(q) == "the" {
			q++
		}
		if q+1 < f.last && f.text(q) == "<" && f.isCap(q+1) {
			q++ // "president of <Acme Inc>": a wire's mark around a name
		}
		if e2, m := f.matchEntity(q, f.last); e2 != nil && (e2.Kind == gazetteer.Org || e2.Kind == gazetteer.Country) {
			of = f.add(Mention{Kind: kindOf(e2), First: q, Last: q + m, Entry: e2, InTitle: true})
		} else if q < f.last && f.isCap(q) {
			if m := f.orgRun(q); m > 0 {
				of = f.add(Mention{Kind: Org, First: q, Last: q + m, OrgName: f.d.Text[f.d.Tokens[q].Start:f.d.Tokens[q+m-1].End], InTitle: true})
			} else if f.text(headLast) == "of" && (e.Scope == gazetteer.ScopeBody || strings.HasSuffix(e.Name, "President")) && !f.titleRunsOn(start, headLast) {
				// "X, who is the head of Rosatom,": a firm the lists do not
				// know, named as the holder of a body's post (as in apposition)
				if m := f.firmRun(q); m > 0 && !f.longerNameInDoc(q, q+m) {
					of = f.add(Mention{Kind: Org, First: q, Last: q + m, OrgName: f.d.Text[f.d.Tokens[q].Start:f.d.Tokens[q+m-1].End], InTitle: true})
				}
			}
		}
	}
	if of < 0 && possE != nil {
		if headLast < f.last && f.tok(headLast).Kind == segment.Word && !f.tok(headLast).Has(segment.FlagCap) && !appositiveStop(f.lower(headLast)) && !(qualified && (f.lower(headLast) == "since" || f.lower(headLast) == "until")) {
			return nil // "Mexico's chief debt negotiator": the head runs on
		}
		of = f.add(Mention{Kind: kindOf(possE), First: possAt, Last: possAt + possN, Entry: possE, InTitle: true})
	}
	if of < 0 && e.Scope == gazetteer.ScopeBody {
		return nil
	}
	if of < 0 && headLast < f.last && f.text(headLast) == "of" {
		return nil // "X is also vice-president of the council's research unit": a holder the text names but we cannot read
	}
	if and != "" && (of < 0 || f.md.Mentions[of].Kind != Org) {
		return nil // the coordinated posts are a body's
	}
	return &Title{
		First: j, Last: headLast, Head: e, Of: of, Appositive: true, Former: former, And: and,
		Text: f.d.Text[f.d.Tokens[start].Start:f.d.Tokens[headLast-1].End],
	}
}

// ofStateBefore reads a post and "of State" right before token i
// ("Deputy Secretary of State", "Minister of State", and before a
// portfolio "Minister of State for"): it returns how many tokens back
// the post ends (2, or 3 with "for"), else 0. The full "Secretary of
// State" is a listed title and never reaches here.
func (f *finder) ofStateBefore(i int) int {
	k := 2
	if f.text(i-1) == "for" {
		k = 3
	}
	if i-k-1 < f.first || f.text(i-k+1) != "State" || f.text(i-k) != "of" {
		return 0
	}
	if k == 2 && (portfolioNoun(f.lower(i)) || topicNoun(f.lower(i)) || OrgHead(f.text(i))) {
		return 0 // "Minister of State Security X": a ministry's name, not "of State"
	}
	ts, ok := f.titleEnd.get(i - k)
	if !ok || ts.e.Class != gazetteer.Role {
		return 0
	}
	return k
}

// portfolioBeforeName reads "Secretary of Agriculture Richard Lyng":
// after a title and "of", capitalised words that are no given names,
// then a given name and a surname. It returns how many words the
// portfolio takes (0 when the run is not so).
func (f *finder) portfolioBeforeName(i, n int) int {
	if n < 3 || i-2 < f.first || f.text(i-1) != "of" && f.text(i-1) != "for" {
		return 0
	}
	if ts, ok := f.titleEnd.get(i - 1); !ok || ts.e.Class != gazetteer.Role {
		return 0
	}
	for k := 1; k <= n-2 && k <= 3; k++ {
		if _, ok := f.word(i + k).Given(); ok {
			if _, first := f.word(i).Given(); first {
				return 0
			}
			return k
		}
	}
	// "Minister for Foreign Affairs Marise Payne": portfolio words, then a
	// name of at least two words
	k := 0
	for k < n-2 && k < 4 && (portfolioNoun(f.lower(i+k)) || topicNoun(f.lower(i+k)) || k > 0 && f.lower(i+k) == "and") {
		k++
	}
	if k == 0 || f.lower(i+k-1) == "and" {
		return 0
	}
	for j := i + k; j < i+n; j++ {
		if w := f.lower(j); portfolioNoun(w) || topicNoun(w) || OrgHead(f.text(j)) || firmWord(w) {
			return 0 // "president of Energy Security Analysis Inc": no name left
		}
	}
	return k
}

// portfolioConjBefore reads a portfolio of several words before a name,
// whose capitalised run starts after "and" or after a capitalised word
// the name finder keeps out of runs: "Minister of Mines and Energy
// Subroto", "Secretary of Trade and Industry Ana Ruiz", "Director of
// National Intelligence John Roe", "Secretary of the Interior Ana Ruiz"
// (the article ends the run too). The run's first words are the last
// portfolio conjunct, not the name. It returns the index of the "of" or
// "for" after the title and how many words of the run the portfolio
// takes (0, 0 when the run is not so).
func (f *finder) portfolioConjBefore(i, n int) (int, int) {
	if n < 2 || i-3 < f.first {
		return 0, 0
	}
	j := i - 1
	for steps := 0; j > f.first && steps < 5; steps++ {
		w := f.text(j)
		if w == "of" || w == "for" {
			break
		}
		if w == "the" && f.text(j-1) == "of" {
			j-- // "Secretary of the Interior X": the article opens the portfolio
			break
		}
		if w != "and" && !(f.tok(j).Kind == segment.Word && f.isCap(j) && f.portfolioShaped(j)) {
			return 0, 0
		}
		j--
	}
	open := j + 1
	if f.text(open) == "the" {
		open++
	}
	if j <= f.first || j >= i-1 || (f.text(j) != "of" && f.text(j) != "for") || !f.isCap(open) || f.text(i-1) == "and" && !f.isCap(i-2) {
		return 0, 0
	}
	if ts, ok := f.titleEnd.get(j); !ok || ts.e.Class != gazetteer.Role {
		return 0, 0
	}
	k := 0
	for c := 1; c < n && c <= 3; c++ {
		if _, ok := f.word(i + c).Given(); ok {
			if _, first := f.word(i).Given(); first {
				return 0, 0
			}
			k = c
			break
		}
	}
	if k == 0 && open == j+1 {
		// without a given name, only after a bare "of" ("of Mines and
		// Energy Subroto"): "of the International Finance Divison" is a body
		for k < n-1 && k < 3 && (portfolioNoun(f.lower(i+k)) || topicNoun(f.lower(i+k))) {
			k++
		}
	}
	if k == 0 {
		return 0, 0
	}
	for c := i; c < i+k; c++ {
		if !f.portfolioShaped(c) {
			return 0, 0 // "chairman of Acme and J. Tom Roe": a firm and an initial, no portfolio
		}
	}
	for c := i + k; c < i+n; c++ {
		if w := f.lower(c); portfolioNoun(w) || topicNoun(w) || OrgHead(f.text(c)) || firmWord(w) {
			return 0, 0 // "president of Acme and Energy Security Analysis Inc": no name left
		}
	}
	return j, k
}

// adjectiveSuffixes end the adjectives a portfolio may carry
// ("National", "Economic", "Foreign").
var adjectiveSuffixes = []string{"al", "ic", "ian", "ean", "ign"}

// portfolioShaped reports a capitalised word that may be part of a
// ministry's portfolio: a portfolio or topic noun, an adjective of the
// shape of "National", "Economic", "Industrial", "Foreign", or a dotted
// abbreviation of a body ("E.U."), but not an initial ("J.").
func (f *finder) portfolioShaped(k int) bool {
	w := f.lower(k)
	if portfolioNoun(w) || topicNoun(w) {
		return true
	}
	if len(w) > 3 && strings.Count(w, ".") >= 2 {
		return true
	}
	if len(w) < 5 {
		return false
	}
	for _, suf := range adjectiveSuffixes {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// titleOfBefore reads "Title of [the] X" or "Ambassador to X" right
// before token i, X being a country or a body (the title belongs to it),
// or a place (for posts of a city or see: "the Archbishop of Gdansk").
func (f *finder) titleOfBefore(i int) *Title {
	mi := f.mentionEnding(i)
	if mi < 0 {
		return nil
	}
	q := &f.md.Mentions[mi]
	k := q.First - 1
	// "the director of Argentina's Amnesty International"
	if pm := f.mentionEnding(k); k > f.first && f.tok(k).Has(segment.FlagPossessive) && pm >= 0 {
		k = f.md.Mentions[pm].First - 1
	}
	for n := 0; n < 3 && k > f.first && f.tok(k).Kind == segment.Word && !f.tok(k).Has(segment.FlagCap) && bodyQualifier(f.lower(k)); n++ {
		k-- // "head of the troubled Child Support Agency X"
	}
	if k > f.first && f.lower(k) == "the" {
		k--
	}
	if k <= f.first || (f.text(k) != "of" && f.text(k) != "to" && f.text(k) != "for") {
		return nil
	}
	ts, ok := f.titleEnd.get(k)
	if !ok || ts.e.Class != gazetteer.Role {
		return nil
	}
	if f.appositionToPerson(ts.first) {
		// "X, managing director of Acme Chemical Co Europe-Africa, said":
		// the post is X's, and the word after the body ends its name
		return nil
	}
	if f.text(k) == "for" && (!speaksFor(ts.e.Name) || f.text(i) != ",") {
		// "the candidate for Ohio, X": only a spokesman speaks for a body;
		// and only with the name set off by commas ("a spokesman for
		// British Aerospace said": the body's last word is no name)
		return nil
	}
	local := ts.e.Scope == gazetteer.ScopeLocal
	switch {
	case f.text(k) == "to":
		// "Turkish Ambassador to Athens X": the post is the qualifier's
		if q.Kind != Country && q.Kind != Org && !(q.Kind == Place && q.Entry != nil && q.Entry.Kind == gazetteer.Capital) {
			return nil
		}
		t := f.title(ts, f.add)
		t.Last = q.Last
		q.InTitle = true
		return t
	case q.Kind == Country || q.Kind == Org:
	case q.Kind == Place || q.Kind == Surname:
		if !local && !(q.Kind == Place && q.Entry != nil && q.Entry.Kind == gazetteer.Capital) {
			return nil
		}
		// "the prosecutor general of Tehran, X": a city's post; the
		// place as its holder leaves "of" empty (GUIDELINES §6)
	default:
		return nil
	}
	t := f.title(ts, f.add)
	if !local || q.Kind == Org {
		t.Of = mi // "Governor of the Bank of England X" keeps its bank
	}
	t.Last = q.Last
	q.InTitle = true
	return t
}

// bodyTailAfterOf reports a lone capitalised word at i right after the
// body or place of a post's "of" phrase ("chairman of the Senate
// Agriculture subcommittee", "general manager of the Acme Poughkeepsie,
// N.Y., plant"): it goes on with that name, no holder, unless the article
// writes it after a given name elsewhere ("Chairman of the Fed Volcker"
// after "Paul Volcker").
func (f *finder) bodyTailAfterOf(i int) bool {
	mi := f.mentionEnding(i)
	if mi < 0 {
		return false
	}
	k := f.md.Mentions[mi].First - 1
	if pm := f.mentionEnding(k); k > f.first && f.tok(k).Has(segment.FlagPossessive) && pm >= 0 {
		k = f.md.Mentions[pm].First - 1
	}
	if k > f.first && f.lower(k) == "the" {
		k--
	}
	if k <= f.first || f.text(k) != "of" {
		return false
	}
	if ts, ok := f.titleEnd.get(k); !ok || ts.e.Class != gazetteer.Role {
		return false
	}
	return !f.surnameInDoc(i)
}

// appositionToPerson reports a post starting at token first that stands
// in apposition after a person's name: "X, general manager of ...", "X,
// the director of ...".
func (f *finder) appositionToPerson(first int) bool {
	c := first - 1
	article := false
	if c > f.first {
		switch f.lower(c) {
		case "the", "a", "an":
			c--
			article = true
		}
	}
	for !article && c > f.first && c > first-4 && f.text(c) != "," {
		if t, w := f.tok(c), f.lower(c); t.Kind != segment.Word || t.Has(segment.FlagCap) || appositiveStop(w) || strings.HasSuffix(w, "ed") {
			return false
		}
		c-- // "X, investment director of ...": lower-case words before the post
	}
	if c <= f.first || f.text(c) != "," {
		return false
	}
	pm := f.mentionEnding(c)
	return pm >= 0 && f.md.Mentions[pm].Kind == Person
}

// speaksFor: a post written with "for" before its body ("a spokesman
// for the ministry").
func speaksFor(title string) bool {
	return strings.HasPrefix(strings.ToLower(title), "spokes")
}

// nounsAfterQualifier looks left from token k over one to three lower-case
// nouns to a country or body mention ending right there; it returns the
// token before the nouns (the mention's last token) or -1.
func (f *finder) nounsAfterQualifier(k int) int {
	j := k
	party := false // a party office word: only a body may hold it
	for ; j >= f.first && j > k-3; j-- {
		t := f.tok(j)
		w := f.lower(j)
		if t.Kind != segment.Word || t.Has(segment.FlagCap) || len(w) < 3 || appositiveStop(w) || isDroppedModifier(w) && !portfolioNoun(w) && !topicNoun(w) || isFormer(w) || IsSpeechVerb(w) {
			break
		}
		if partyNoun(w) {
			party = true
			continue
		}
		if !portfolioNoun(w) && !topicNoun(w) {
			return -1 // "the Pakistani president met Prime Minister X": no beat
		}
	}
	if j == k || j < f.first {
		return -1
	}
	if f.tok(j).Has(segment.FlagPossessive) && j-1 >= f.first {
		j-- // "Plaid Cymru's local government spokesman"
	}
	mi := f.md.ByToken[j]
	if mi < 0 || f.md.Mentions[mi].Last != j+1 {
		return -1
	}
	if m := &f.md.Mentions[mi]; m.Kind != Country && m.Kind != Org || party && m.Kind != Org {
		return -1
	}
	return j
}

// partyNoun: a word naming the branch of a party or body a post sits in
// ("Labour party chairman", "Green parliamentary leader", "Tory campaign
// spokesman", "Labour election co-ordinator"); unlike a portfolio it
// needs the body itself written before it.
func partyNoun(w string) bool {
	switch w {
	case "party", "parliamentary", "campaign", "election":
		return true
	}
	return false
}

// indefiniteBefore: "a third president, X": one of several holders,
// not a post held now.
func (f *finder) indefiniteBefore(k int) bool {
	for j := k - 1; j >= f.first && j >= k-3; j-- {
		switch f.lower(j) {
		case "a", "an", "another", "one":
			return true
		case "the", "his", "her", "its", "their":
			return false
		}
	}
	return false
}

// possessiveNounBefore: "the party's president": the post belongs to a
// body named only by a common noun, which the text does not name here.
func (f *finder) possessiveNounBefore(k int) bool {
	for j := k - 1; j >= f.first && j >= k-3; j-- {
		t := f.tok(j)
		if t.Has(segment.FlagPossessive) {
			return j-1 >= f.first && f.tok(j-1).Kind == segment.Word && !f.tok(j-1).Has(segment.FlagCap)
		}
		if t.Kind != segment.Word || t.Has(segment.FlagCap) {
			return false
		}
	}
	return false
}

// mentionEnding returns the mention whose last token is i-1, or -1.
func (f *finder) mentionEnding(i int) int {
	if i-1 < f.first {
		return -1
	}
	mi := f.md.ByToken[i-1]
	if mi < 0 || f.md.Mentions[mi].Last != i {
		return -1
	}
	return int(mi)
}

// ofAfter reads "Title Name of [the] X" ("President Musharraf of
// Pakistan", "Chancellor Helmut Kohl of West Germany"): X holds the title
// when the title has no holder yet. X is marked as the name's qualifier,
// so that "... of Pakistan has said" is said by the person.
func (f *finder) ofAfter(idx int) {
	m := &f.md.Mentions[idx]
	t := m.Title
	if t == nil || t.Of >= 0 || t.Head == nil || t.Head.Class != gazetteer.Role && !t.Head.Post {
		return
	}
	k := m.Last
	if k >= f.last || f.text(k) != "of" {
		return
	}
	k++
	if k < f.last && f.lower(k) == "the" {
		k++
	}
	if k >= f.last {
		return
	}
	e, n := f.matchEntity(k, f.last)
	if e == nil || (e.Kind != gazetteer.Country && e.Kind != gazetteer.Org) {
		return
	}
	if e.Kind == gazetteer.Country && t.Scope() == gazetteer.ScopeBody {
		return
	}
	// the qualifier is read now; the sentence loop skips what is taken
	q := f.add(Mention{Kind: kindOf(e), First: k, Last: k + n, Entry: e, InTitle: true})
	f.md.Mentions[q].Owner = idx
	m = &f.md.Mentions[idx]
	m.Title.Of = q
	f.skipTo = k + n
}

// speechAdjacent reports a speech verb right after the run ("X said") or
// right before it ("said X").
func (f *finder) speechAdjacent(i, j int) bool {
	if j < f.last {
		k := j
		if f.text(k) == "," {
			return false
		}
		if IsSpeechVerb(f.lower(k)) {
			return true
		}
	}
	if i-1 >= f.first && IsSpeechVerb(f.lower(i-1)) {
		return true
	}
	return false
}

// IsSpeechVerb reports whether w reports speech.
func IsSpeechVerb(w string) bool {
	switch w {
	case "said", "says", "say", "told", "tells", "added", "adds", "stated", "states", "declared", "announced", "warned", "warns",
		"argued", "argues", "insisted", "insists", "noted", "notes", "explained", "claimed", "claims", "asserted", "stressed", "emphasised", "emphasized",
		"reiterated", "acknowledged", "admitted", "conceded", "replied", "responded", "remarked", "commented", "wrote", "writes", "asked",
		"pledged", "promised", "vowed", "denied", "confirmed", "suggested", "predicted", "urged", "described", "recalled", "maintained", "countered", "cautioned", "complained", "estimated", "forecast", "agreed",
		"urges", "urging", "indicated", "indicates", "joked", "quipped", "tweeted", "tweets", "announces", "confirms", "denies", "stresses", "reiterates", "warning", "insisting",
		"replies", "explains", "admits", "concedes", "suggests", "predicts", "asks", "recalls", "answered", "answers", "responds", "declares", "acknowledges", "maintains", "complains", "cautions",
		"enthused", "enthuses", "mused", "muses":
		return true
	}
	return false
}

// appositive reports ", a/an/the ... <occupation or title>" after a name.
func (f *finder) appositive(j int) bool {
	return f.appositiveHead(j) != nil
}

func (f *finder) appositiveHead(j int) *appos {
	if j >= f.last || f.text(j) != "," {
		return nil
	}
	k := j + 1
	if k < f.last {
		switch f.lower(k) {
		case "a", "an", "the", "its", "his", "her", "their":
			k++
		}
	}
	// "48," ages
	if k < f.last && f.tok(k).Kind == segment.Number && k+1 < f.last && f.text(k+1) == "," && k == j+1 {
		return &appos{age: true}
	}
	for n := 0; k < f.last && n < 6; n++ {
		if e, c := f.matchTitle(k, f.last); e != nil {
			// take the longest run of title words: "director general"
			for {
				e2, c2 := f.matchTitle(k+c, f.last)
				if e2 == nil {
					break
				}
				e, c = e2, c+c2
			}
			if e2, k2, c2 := f.coordinatedPost(e, k+c); e2 != nil {
				// "X, chairman and chief executive of Y": the holder after
				// the second post holds both
				if f.appositiveEnds(k2+c2) && !f.nameAfter(k2+c2) {
					return &appos{first: j + 1, head: e2, headFirst: k2, headLast: k2 + c2, andFirst: k, andLast: k + c}
				}
			}
			if e.Class == gazetteer.Role && !f.appositiveEnds(k+c) && !f.unclosedAppositive(j, k+c) && !f.unclosedHolder(j, k+c) && !(e.Scope == gazetteer.ScopeGov && f.portfolioTail(k+c) > 0) || f.nameAfter(k+c) {
				return nil
			}
			return &appos{first: j + 1, head: e, headFirst: k, headLast: k + c}
		}
		t := f.tok(k)
		if t.Has(segment.FlagPossessive) && k > j+1 {
			k++ // "Name, Russia's foreign minister,"
			continue
		}
		if f.barePossessive(k) && k > j+1 {
			k++ // "Name, General Motors' vice president": a plural possessive
			continue
		}
		if t.Kind != segment.Word || appositiveStop(f.lower(k)) {
			return nil
		}
		k++
	}
	return nil
}

// unclosedAppositive: "X, the Information Minister paid tribute": a
// sentence that opens with a name and a definite title after a comma,
// whose closing comma is missing before the verb. Only at the start of
// a sentence: in "A met B, the minister said" the title is the speaker's.
func (f *finder) unclosedAppositive(comma, k int) bool {
	if k >= f.last || comma+1 >= f.last || f.lower(comma+1) != "the" || comma-f.first < 1 || comma-f.first > 4 {
		return false
	}
	for q := f.first; q < comma; q++ {
		if !f.isCap(q) {
			return false
		}
	}
	w := f.lower(k)
	switch w {
	case "paid", "has", "had", "was", "is", "will", "told":
		return true
	}
	return IsSpeechVerb(w)
}

// unclosedHolder: "X, chairman of Acme Corp said ...": an apposition
// whose of-phrase names the holder by capitalised words and runs straight
// into the speech verb, its closing comma missing (common on the wires).
// Not after an article: "A met B, the chairman of Acme said" quotes the
// chairman about B.
func (f *finder) unclosedHolder(comma, k int) bool {
	if k >= f.last || comma+1 >= f.last {
		return false
	}
	switch f.lower(comma + 1) {
	case "a", "an", "the":
		return false
	}
	switch f.text(k) {
	case "of", "for", "at":
	default:
		return false
	}
	j, caps := k+1, 0
	for j < f.last && j < k+12 {
		w := f.text(j)
		if f.isCap(j) {
			caps++
		} else if w != "the" && w != "of" && w != "and" && w != "&" && w != "'s" && w != "’s" && w != "<" && w != ">" && w != "." {
			break
		}
		j++
	}
	if caps == 0 || j >= f.last {
		return false
	}
	if f.tok(j-1).Has(segment.FlagPossessive) || f.text(j) == "'" {
		// "of Acme Ltd's fund management office said": a lower-case unit
		// of the holder up to the verb
		if f.text(j) == "'" {
			j++
		}
		for q := j; q < f.last && q < j+5 && f.tok(q).Kind == segment.Word && !f.isCap(q); q++ {
			switch f.lower(q) {
			case "said", "says", "told":
				return q > j
			}
			if appositiveStop(f.lower(q)) {
				return false
			}
		}
		return false
	}
	switch f.lower(j) {
	case "said", "says", "told":
		return true
	}
	return false
}

// nameAfter: a name starts at k ("..., Chief Cabinet Secretary Gotoda").
func (f *finder) nameAfter(k int) bool {
	return k < f.last && f.nameShaped(k, true) && entityAt(f, k) == nil
}

func appositiveStop(w string) bool {
	switch w {
	case "who", "which", "that", "for", "of", "to", "in", "on", "at", "by", "with", "from", "as", "said", "says", "told", "would", "will",
		"is", "was", "are", "were", "has", "had", "have", "and", "or", "but", "when", "while", "after", "before", "if", "than",
		// a verb opens the main clause, not an apposition: "X, met Y's finance minister, Z"
		"met", "meets", "visited", "visits", "hosted", "received", "welcomed", "phoned", "telephoned", "called", "urged", "asked", "warned",
		"thanked", "praised", "criticised", "criticized", "accused", "invited", "appointed", "named", "replaced":
		return true
	}
	return false
}

// appositiveEnds reports whether a title ending at token k closes an
// apposition: its of-phrase, then a comma, a stop or a relative clause
// ("X, the speaker of the House, said"), and no name right after it
// ("Reagan, Chief Cabinet Secretary Gotoda said" is two people).
func (f *finder) appositiveEnds(k int) bool {
	if k >= f.last {
		return true
	}
	if f.nameAfter(k) {
		return false
	}
	switch f.text(k) {
	case "of", "for", "at", "to":
		// skip the holder: capitalised words, "the", "of", "and"
		j := k + 1
		for j < f.last && j < k+12 {
			w := f.text(j)
			if f.isCap(j) || w == "the" || w == "of" || w == "and" && j+1 < f.last && f.isCap(j+1) || w == "for" || w == "'s" || w == "’s" || f.tok(j).Kind == segment.Number || w == "<" || w == ">" {
				j++
				continue
			}
			if (w == "city" || w == "town" || w == "province" || w == "region" || w == "state") && j > k+1 {
				j++ // "mayor of the Polish city of Gdansk"
				continue
			}
			if f.tok(j).Kind == segment.Word && !appositiveStop(w) && j+2 < f.last && j < k+5 && (f.text(j+1) == "of" || f.text(j+2) == "of") {
				j++ // "speaker of the lower house of the Parliament"
				continue
			}
			break
		}
		k = j
		if k >= f.last {
			return true
		}
		// "chairman of GATT's negotiating group on agriculture,": a
		// lower-case tail of the holder up to the closing comma
		for q := k; q < f.last && q < k+10; q++ {
			w := f.text(q)
			if w == "," || w == "." && q+1 == f.last {
				k = q // "..., Acme's vice president of product marketing." ends the sentence too
				break
			}
			if q+1 == f.last && f.tok(q).Kind == segment.Word && strings.HasSuffix(w, ".") {
				return true // "... at the Bank of Tokyo Ltd.": the abbreviation's stop ends the sentence
			}
			if w == "'s" || w == "’s" || w == "'" && f.tok(q).Has(segment.FlagPossessive) {
				continue // "of Acme Securities' bond department,"
			}
			if w == "(" {
				k = q // "(RCFT)," after the tail: the short form, read below
				break
			}
			if f.tok(q).Kind != segment.Word || appositiveStop(w) && w != "of" && w != "on" && w != "for" && w != "in" && w != "and" && w != "to" && w != "at" && w != "with" {
				break
			}
		}
	}
	if f.text(k) == "(" {
		// "X, leader of the Acme Workers Union (AWU), said": the holder's
		// short form in brackets, then the apposition closes as usual
		for q := k + 1; q < f.last && q < k+5; q++ {
			if f.text(q) == ")" {
				if q > k+1 && q+1 < f.last {
					switch f.text(q + 1) {
					case ",", ".", ";", "—", "–":
						return true
					}
				}
				break
			}
			if f.tok(q).Kind != segment.Word || !f.isCap(q) {
				break
			}
		}
	}
	switch f.text(k) {
	case ",", ".", ")", ";", "—", "–", ":", "who", "and", "since", "until":
		return true
	case "responsible", "in", "charged", "based":
		// "X, the government commissioner responsible for defence, ...":
		// a describing phrase up to the closing comma
		for q := k + 1; q < f.last && q < k+14; q++ {
			w := f.text(q)
			if w == "," || w == "." || w == ";" {
				return true
			}
			if f.tok(q).Kind != segment.Word || IsSpeechVerb(f.lower(q)) || w == "who" || w == "which" || w == "is" || w == "was" || w == "has" || w == "had" {
				return false
			}
		}
	}
	return f.tok(k).Kind == segment.Quote
}

type appos struct {
	age                 bool
	first               int
	head                *gazetteer.Entry
	headFirst, headLast int
	andFirst, andLast   int // a company post coordinated before the head ("chairman and chief executive"), else 0, 0
}

// coordinatedPost reads a second company post coordinated after the
// post e that ends at token k ("chairman and chief executive", "president
// and chief operating officer"): it returns that post and its token
// range, or nil. Only posts inside a body (and a company's president),
// whose holder the of-phrase after the second names for both; not a
// national post ("senator and chairman of the committee").
func (f *finder) coordinatedPost(e *gazetteer.Entry, k int) (*gazetteer.Entry, int, int) {
	vice := e.Name == "Vice President" || e.Name == "Vice-President"
	if e.Class != gazetteer.Role || !coordinablePost(e) && !vice || k+1 >= f.last || f.text(k) != "and" && f.text(k) != "&" {
		return nil, 0, 0
	}
	j := k + 1
	e2, c2 := f.matchTitle(j, f.last)
	if e2 == nil {
		return nil, 0, 0
	}
	for {
		e3, c3 := f.matchTitle(j+c2, f.last)
		if e3 == nil {
			break
		}
		e2, c2 = e3, c2+c3
	}
	if e2.Class != gazetteer.Role || !coordinablePost(e2) || j+c2 >= f.last || f.text(j+c2) != "of" {
		return nil, 0, 0
	}
	if vice && e2.Scope != gazetteer.ScopeBody {
		return nil, 0, 0 // "vice president and general manager of Acme": a firm's vice president; not a nation's posts
	}
	return e2, j, c2
}

// coordinablePost: a post inside a body, or a company's president.
func coordinablePost(e *gazetteer.Entry) bool {
	return e.Scope == gazetteer.ScopeBody || e.Name == "President"
}

// appositiveTitle reads the title in apposition after a name: "Name,
// (the) title of/at/for (the) X", "Name, (the) X title", "Name, (the)
// title" (a national post or a city's, whose holder is inferred later).
func (f *finder) appositiveTitle(j int) *Title {
	a := f.appositiveHead(j)
	if a == nil || a.age || a.head.Class != gazetteer.Role {
		return nil
	}
	of := -1
	former := false
	possessed := false // "Name, Rolm's president": a possessor holds the post, named or not
	unknownPossessor := false
	national := false // "Name, the government spokesman": the nation's post
	// a qualifier before the head: "Name, Christian Democratic Party secretary"
	for k := a.first; k < a.headFirst; {
		w := f.lower(k)
		if isFormer(w) || strings.HasPrefix(w, "ex-") {
			former = true
		}
		if w == "government" && of < 0 && !f.isCap(k) && !subGovernment(f.lower(k-1)) {
			national = true
			if k+1 < a.headFirst && f.tok(k+1).Has(segment.FlagPossessive) {
				k += 2 // "the government's communications minister"
				continue
			}
		}
		if f.tok(k).Has(segment.FlagPossessive) {
			possessed = true
			if of < 0 || f.md.Mentions[of].Last != k {
				unknownPossessor = true // "Game's UK sales director": Game's post, not the UK's
			}
		}
		e, n := f.matchEntity(k, a.headFirst)
		if f.isCap(k) && e != nil && e.Kind == gazetteer.Demonym {
			// "the American Soybean Association's": the body, not the demonym opening its name
			if on := f.orgRun(k); on > n && k+on <= a.headFirst {
				e = nil
			}
		}
		if e != nil && n > 0 && (e.Kind == gazetteer.Org || e.Kind == gazetteer.Country || e.Kind == gazetteer.Demonym) {
			if of < 0 {
				of = f.add(Mention{Kind: kindOf(e), First: k, Last: k + n, Entry: e, InTitle: true})
			}
			k += n
			continue
		}
		if of < 0 && k == a.headFirst-1 && (k == a.first || k-1 == a.first && isArticleWord(f.lower(k-1))) && f.acronymHolder(k, a.head, true) {
			of = f.acronymHolderMention(k) // "X, KTWU president, said"
			k++
			continue
		}
		if f.isCap(k) {
			if n := f.orgRun(k); n > 0 && k+n <= a.headFirst {
				if of < 0 {
					of = f.add(Mention{Kind: Org, First: k, Last: k + n, OrgName: f.d.Text[f.d.Tokens[k].Start:f.d.Tokens[k+n-1].End], InTitle: true})
				}
				k += n
				continue
			}
		}
		k++
	}
	if unknownPossessor {
		of = -1
	}
	k := a.headLast
	last := k
	textEnd := a.headLast
	if a.head.Scope == gazetteer.ScopeGov && a.andLast == 0 && !strings.HasPrefix(a.head.Name, "Vice") && f.plainBeforePost(a.first, a.headFirst) {
		// "X, minister for foreign trade,": the lower-case words after
		// "for" or "of" are the portfolio, part of the title, not a holder
		if e := f.portfolioTail(k); e > 0 {
			textEnd, last, k = e, e, f.last
		}
	}
	statedHolder := false // an of-phrase names the holder, known or not
	if of < 0 && !possessed && k < f.last && (f.text(k) == "of" || f.text(k) == "at" || f.text(k) == "for" || f.text(k) == "to") {
		statedHolder = f.text(k) != "to"
		k++
		if k < f.last && f.lower(k) == "the" {
			k++
		}
		if k+1 < f.last && f.text(k) == "<" && f.isCap(k+1) {
			k++ // "president of <Acme Inc>": a wire's mark around a name
		}
		// "speaker of the lower house of the Argentine Parliament": the body
		// the lower-case part belongs to
		// "director of corporate security at Acme": the firm the
		// lower-case department belongs to
		for q := k; q < f.last && q < k+5; q++ {
			if f.tok(q).Kind != segment.Word || f.tok(q).Has(segment.FlagCap) {
				break
			}
			if w := f.text(q); q > k && (w == "of" || (w == "at" || w == "with" || w == "for") && (a.head.Scope == gazetteer.ScopeBody || !former && firmPresident(a.head.Name))) {
				k = q + 1
				if k < f.last && f.lower(k) == "the" {
					k++
				}
				break
			}
		}
		// "at security firm Acme", "for organisers Acme Events": a
		// lower-case description ending in a noun for a firm names it
		described := false
		if n := f.firmDescription(k); n > 0 {
			k += n
			described = true
		} else if n := f.bodyQualifiers(k); n > 0 {
			k += n // "of the state-owned Acme Bank"
		}
		// the org or country it belongs to: a gazetteer entity or an org by shape
		if e, n := f.matchEntity(k, f.last); e != nil && k < f.last && f.qualifiedOrg(e, k, n) > 0 {
			// "the Argentine Parliament"
			n = f.qualifiedOrg(e, k, n)
			of = f.add(Mention{Kind: Org, First: k, Last: k + n, OrgName: f.d.Text[f.d.Tokens[k].Start:f.d.Tokens[k+n-1].End], InTitle: true})
			last = k + n
		} else if e != nil && k < f.last {
			// "deputy editor of UK magazine X", "chairman of Hong Kong Land's
			// parent": the name only qualifies the holder
			modifier := false
			if j := k + n; j < f.last {
				t := f.tok(j)
				modifier = t.Kind == segment.Word && !t.Has(segment.FlagCap) && !appositiveStop(f.lower(j)) && f.lower(j) != "of" && f.lower(j) != "on"
				if (e.Kind == gazetteer.Country || e.Kind == gazetteer.Demonym) && t.Kind == segment.Word && t.Has(segment.FlagCap) && f.md.ByToken[j] < 0 {
					// "at U.S. Wheat Associates", "at Swiss Re": the country
					// opens the name of a body the lists do not know
					if e2, _ := f.matchTitle(j, f.last); e2 == nil {
						modifier = true
					}
				}
			}
			if (e.Kind == gazetteer.Country || e.Kind == gazetteer.Demonym) && f.privateBodyAfter(k+n) {
				modifier = true // "president of Colombia's exporters' association": the association's post, not the country's
			}
			if e.Kind != gazetteer.Capital && e.Kind != gazetteer.Place && !modifier {
				of = f.add(Mention{Kind: kindOf(e), First: k, Last: k + n, Entry: e, InTitle: true})
				last = k + n
			} else if modifier && (e.Kind == gazetteer.Country || e.Kind == gazetteer.Demonym) {
				if on := f.orgRun(k); on > n {
					// "chairman of the Japan Securities Dealers Association"
					of = f.add(Mention{Kind: Org, First: k, Last: k + on, OrgName: f.d.Text[f.d.Tokens[k].Start:f.d.Tokens[k+on-1].End], InTitle: true})
					last = k + on
				}
			}
			if of < 0 && a.head.Scope == gazetteer.ScopeBody {
				if tn := f.placeOpenedFirm(e, k, n, f.text(a.headLast)); tn > 0 {
					// "X, chairman of Norland Air,": a place or country word
					// opens the name of a firm the lists do not know
					of = f.add(Mention{Kind: Org, First: k, Last: k + n + tn, OrgName: f.d.Text[f.d.Tokens[k].Start:f.d.Tokens[k+n+tn-1].End], InTitle: true})
					last = k + n + tn
				}
			}
		} else if k < f.last && f.isCap(k) {
			if n := f.orgRun(k); n > 0 {
				of = f.add(Mention{Kind: Org, First: k, Last: k + n, OrgName: f.d.Text[f.d.Tokens[k].Start:f.d.Tokens[k+n-1].End], InTitle: true})
				last = k + n
			} else if prep := f.text(a.headLast); described || (prep == "of" || prep == "at") && (a.head.Scope == gazetteer.ScopeBody || strings.HasSuffix(a.head.Name, "President")) {
				if f.firmUnitAfter(k) {
					// "X, general manager of Kelvo's storage division,": the
					// lone word owning a firm's unit is the firm, no surname
					if mi := f.md.ByToken[k]; mi >= 0 && f.md.Mentions[mi].First == k && f.md.Mentions[mi].Last == k+1 {
						m := &f.md.Mentions[mi]
						if m.Kind == Surname {
							m.Kind, m.OrgName = Org, f.firmFullName(k)
						}
						m.InTitle, m.Possessive = true, true
						of = int(mi)
					} else if mi < 0 {
						// "the Bank's Brazil division": a lone head word is
						// the short form of a body the article names
						om := Mention{Kind: Org, First: k, Last: k + 1, OrgName: f.firmFullName(k), InTitle: true, Possessive: true, ShortForm: OrgHead(f.text(k))}
						if def, ok := f.acr[f.text(k)]; ok && f.tok(k).Has(segment.FlagAllCaps) {
							// "OMB's" after "the Office of Management and Budget (OMB)"
							om.OrgName, om.Entry = f.md.Mentions[def].OrgName, f.md.Mentions[def].Entry
						} else if def := f.initialsOfNamed(k); def >= 0 {
							om.OrgName, om.Entry = f.md.Mentions[def].OrgName, f.md.Mentions[def].Entry
						}
						of = f.add(om)
					}
					last = k + 1
				} else if n := f.firmRun(k); n > 0 && !f.titleRunsOn(a.headFirst, a.headLast) {
					// "X, president of Lions Gate,": a firm the lists do not
					// know, named as the holder of a company post
					of = f.add(Mention{Kind: Org, First: k, Last: k + n, OrgName: f.d.Text[f.d.Tokens[k].Start:f.d.Tokens[k+n-1].End], InTitle: true})
					last = k + n
				}
			}
		}
	}
	if of < 0 && a.head.Scope == gazetteer.ScopeBody && !national {
		return nil // "X, a spokesman": of what, the text does not say
	}
	unnamed := of < 0 && (statedHolder || possessed) && a.head.Scope != gazetteer.ScopeLocal // "X, senior vice president of the company's oil unit", "X, Rolm's president"
	if a.head.Scope == gazetteer.ScopeLocal && of >= 0 && f.md.Mentions[of].Kind != Org {
		of = -1 // "X, mayor of the Polish city of Gdynia": the city's post
	}
	start := a.headFirst
	// keep title words before the head: "vice president", "general secretary"
	for start > a.first && f.tok(start-1).Kind == segment.Word && (isTitleModifier(f.lower(start-1)) || portfolioNoun(f.lower(start-1))) {
		start--
	}
	and := ""
	if a.andLast > 0 {
		if of < 0 || f.md.Mentions[of].Kind != Org {
			return nil // the coordinated posts are a body's
		}
		start = a.headFirst
		as := a.andFirst
		for as > a.first && f.tok(as-1).Kind == segment.Word && isTitleModifier(f.lower(as-1)) {
			as--
		}
		and = f.d.Text[f.d.Tokens[as].Start:f.d.Tokens[a.andLast-1].End]
	}
	return &Title{
		First: a.first, Last: last, Head: a.head, Of: of, Appositive: true, Former: former, Unnamed: unnamed, And: and, National: national && of < 0,
		Text: f.d.Text[f.d.Tokens[start].Start:f.d.Tokens[textEnd-1].End],
	}
}

// firmUnitAfter reports a lone capitalised word at k in the possessive,
// then a few words ending in a noun for a unit of a firm and the close of
// the apposition ("of Kelvo's storage division,", "of Kelvo's European
// imaging business said"): the word names the firm. The noun is lower
// case (a capitalised one names the unit: "Kelvo's Imaging Division"),
// and a unit or subsidiary after capitalised words is named too. A word
// the article writes after a given name is a person's ("Reagan's budget
// office").
func (f *finder) firmUnitAfter(k int) bool {
	if k+2 >= f.last || !f.isCap(k) || f.tok(k).Kind != segment.Word || f.surnameInDoc(k) {
		return false
	}
	if _, given := f.given(k); given {
		return false
	}
	j := k + 1
	switch f.text(j) {
	case "'s", "’s":
		j++
	default:
		return false
	}
	capped := false
	for q := j; q < f.last && q < j+4; q++ {
		if f.tok(q).Kind != segment.Word || appositiveStop(f.lower(q)) {
			return false
		}
		if w := f.text(q); firmUnitNoun(w) {
			if capped && (w == "unit" || w == "subsidiary" || w == "arm" || w == "group") {
				return false // "Kelvo's Brisk Foods unit": the named unit's post
			}
			if q+1 >= f.last {
				return true
			}
			switch f.lower(q + 1) {
			case ",", ".", "said", "says", "told", ";":
				return true
			}
			return false
		}
		capped = capped || f.isCap(q)
	}
	return false
}

// firmFullName is the name of the firm the word at i opens elsewhere in
// the article, before a legal suffix ("Drexel's" after "Drexel Burnham
// Lambert Inc"), else the word itself.
func (f *finder) firmFullName(i int) string {
	d := f.d
	w := f.text(i)
	for q := range f.md.Mentions {
		// a firm named before whose name holds the word: its name as read
		if m := &f.md.Mentions[q]; m.Kind == Org && m.OrgName != "" && m.Last-m.First > 1 && m.Last <= i {
			for t := m.First; t < m.Last; t++ {
				if d.TokenText(t) == w {
					return m.OrgName
				}
			}
		}
	}
	for k := range len(d.Tokens) {
		if k == i || d.TokenText(k) != w {
			continue
		}
		for q := k + 1; q < len(d.Tokens) && q <= k+4 && d.Tokens[q].Kind == segment.Word && d.Tokens[q].Has(segment.FlagCap); q++ {
			if legalSuffix(d.TokenText(q)) {
				// "Eastman Kodak Co": capitalised words before the word open
				// the name too
				b := k
				for b-1 >= 0 && b > k-3 && d.Tokens[b-1].Kind == segment.Word && d.Tokens[b-1].Has(segment.FlagCap) && !functionWord(strings.ToLower(d.TokenText(b-1))) && !d.Tokens[b-1].Has(segment.FlagPossessive) {
					b--
				}
				return d.Text[d.Tokens[b].Start:d.Tokens[q-1].End]
			}
		}
	}
	return w
}

// leadManagerBefore reports a bond issue's lead manager written right
// before the run at i: "lead manager", "co-lead manager", "joint-lead
// manager", "sole lead manager" (a fund manager is a person).
func (f *finder) leadManagerBefore(i int) bool {
	k := i - 1
	if k-1 < f.first {
		return false
	}
	if w := f.lower(k); w != "manager" && w != "managers" {
		return false
	}
	switch f.lower(k - 1) {
	case "lead", "co-lead", "joint-lead", "joint", "co":
		return true
	}
	return false
}

// firmUnitNoun: nouns for a part of a firm.
func firmUnitNoun(w string) bool {
	switch w {
	case "division", "unit", "business", "department", "subsidiary", "operations", "branch", "arm", "group", "section", "office":
		return true
	}
	return false
}

// countryBeat reads the lower-case words ending at k that stand between
// a country's possessive and a post ("Mexico's public credit director",
// "Norway's peace negotiator", "Chile's chief debt negotiator"): one to
// three plain words, none a body's noun ("Brazil's airport authority
// chief" is the authority's), a superlative, a participle, adverb or
// hyphenated description ("newly designated", "market-oriented") or a
// verb of speech; the caller keeps it to posts
// written in lower case, as a capitalised post is a name of its own. It
// returns the first of them and the country's mention, else -1, -1.
func (f *finder) countryBeat(k int) (int, int) {
	j := k
	for ; j >= f.first && j > k-3; j-- {
		t := f.tok(j)
		w := f.lower(j)
		if t.Kind != segment.Word || t.Has(segment.FlagCap) || t.Has(segment.FlagPossessive) {
			break
		}
		if len(w) < 3 || functionWord(w) || appositiveStop(w) || IsSpeechVerb(w) || portfolioBodyNoun(w) || beatBodyNoun(w) ||
			strings.HasSuffix(w, "est") || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ly") || strings.Contains(w, "-") ||
			w == "leading" || w == "most" || w == "next" || isFormer(w) || isDroppedModifier(w) {
			return -1, -1
		}
		if e, _ := f.matchTitle(j, k+1); e != nil && !isTitleModifier(w) {
			return -1, -1 // "Chile's president and finance minister": another post
		}
	}
	if j == k || j < f.first+1 || !f.tok(j).Has(segment.FlagPossessive) {
		return -1, -1
	}
	mi := f.md.ByToken[j-1]
	if mi < 0 {
		return -1, -1
	}
	if m := &f.md.Mentions[mi]; m.Kind != Country || m.Last != j {
		return -1, -1
	}
	return j + 1, int(mi)
}

// subGovernment: words before "government" that make it a region's,
// a city's or a party's beat rather than the nation's ("local
// government spokesman", "state government").
func subGovernment(w string) bool {
	switch w {
	case "local", "state", "regional", "provincial", "city", "municipal", "county", "shadow", "opposition", "student", "school", "club":
		return true
	}
	return false
}

// beatBodyNoun: nouns for a body that may stand between a country's
// possessive and a post, making the post the body's ("Britain's biggest
// union leader", "Brazil's airport authority chief").
func beatBodyNoun(w string) bool {
	switch w {
	case "authority", "exchange", "team", "firm", "airline", "carrier", "maker", "producer", "producers", "industry", "army", "navy", "police",
		"court", "parliament", "assembly", "senate", "congress", "cabinet", "government", "opposition", "delegation", "mission", "embassy", "side":
		return true
	}
	return false
}

// coordinatedTitle reads a second post written before a person's title
// and joined to it by "and", each with words of its own ("Nigerian oil
// minister and OPEC president X", "Labour Party leader and Prime
// Minister Y"): the name holds both posts. Not after "the" or "a" ("the
// CCP leader and French President X" are two people), nor for posts of
// two countries; nil when there is none.
func (f *finder) coordinatedTitle(t *Title) *Title {
	k := t.First - 1
	if t.And != "" || t.Former || t.Head.Class != gazetteer.Role || k-1 < f.first || f.lower(k) != "and" {
		return nil
	}
	ps, ok := f.titleEnd.get(k)
	if !ok || ps.first >= k || ps.e.Class != gazetteer.Role {
		return nil
	}
	ct := f.title(ps, f.add)
	if ct.Former || ct.Pronoun || ct.Last != k || ct.Of < 0 && ct.OfISO == "" {
		return nil // "president and chief executive X": a firm's pair, read with its body or not at all
	}
	if b := ct.First - 1; b >= f.first {
		switch f.lower(b) {
		case "the", "a", "an", "between", "both", "and", ",":
			return nil // "the CCP leader and French President X": a described holder, then another person
		}
	}
	if ci, ti := f.titleISO(ct), f.titleISO(t); ci != "" && ti != "" && ci != ti {
		return nil // two countries' posts: two people
	}
	return ct
}

// titleISO is the country a title's qualifier names, or "".
func (f *finder) titleISO(t *Title) string {
	if t.OfISO != "" {
		return t.OfISO
	}
	if t.Of >= 0 {
		if m := &f.md.Mentions[t.Of]; m.Kind == Country && m.Entry != nil {
			return m.Entry.ISO
		}
	}
	return ""
}

// portfolioTail reads a national post's portfolio written in lower case
// after it ("minister for foreign economic relations and trade",
// "undersecretary of state for economic affairs", "under secretary of
// commerce"): k is the "for" or "of" after the post; it returns the end
// of the portfolio words when the apposition closes right after them,
// else 0. No determiner, capital, number or body noun may stand among
// them: "secretary of the party", "minister for two years" are no
// portfolio.
func (f *finder) portfolioTail(k int) int {
	if k >= f.last || f.text(k) != "for" && f.text(k) != "of" {
		return 0
	}
	j := k + 1
	if f.text(k) == "of" && j+1 < f.last && f.text(j) == "state" && f.text(j+1) == "for" {
		j += 2 // "of state for": a junior post over the portfolio
	}
	n := 0
	for ; j < f.last && n < 6; j++ {
		t := f.tok(j)
		w := f.lower(j)
		if w == "and" && n > 0 && j+1 < f.last && f.text(j-1) != "and" {
			continue
		}
		if t.Kind != segment.Word || t.Has(segment.FlagCap) || t.Has(segment.FlagPossessive) || f.isCap(j) || len(w) < 3 ||
			appositiveStop(w) || functionWord(w) || IsSpeechVerb(w) || portfolioBodyNoun(w) {
			break
		}
		n++
	}
	if n == 0 || f.text(j-1) == "and" || j >= f.last && n > 0 {
		if j >= f.last && n > 0 && f.text(j-1) != "and" {
			return j
		}
		return 0
	}
	switch f.text(j) {
	case ",", ".", ";", ")", "—", "–":
		return j
	}
	if IsSpeechVerb(f.lower(j)) {
		return j // "X, its minister for economic affairs added"
	}
	return 0
}

// plainBeforePost reports that the words [i, j) before an appositive
// post leave it a national post: no capitalised word but a country, its
// adjective or a portfolio ("Canadian", "Commerce"; not "FCC", a body
// whose post it is), and no superlative, which makes it a description
// ("the most important minister for economic affairs").
func (f *finder) plainBeforePost(i, j int) bool {
	for k := i; k < j; k++ {
		w := f.lower(k)
		if w == "most" || w == "least" || strings.HasSuffix(w, "est") && len(w) > 5 {
			return false
		}
		if !f.isCap(k) || portfolioNoun(w) || isTitleModifier(w) {
			continue
		}
		if e, n := f.matchEntity(k, j); e != nil && (e.Kind == gazetteer.Country || e.Kind == gazetteer.Demonym) {
			k += n - 1
			continue
		}
		return false
	}
	return true
}

// portfolioBodyNoun: nouns for a body, which after "of" name the holder
// of the post rather than its portfolio ("secretary of the union").
func portfolioBodyNoun(w string) bool {
	switch w {
	case "union", "unions", "party", "company", "firm", "bank", "association", "committee", "council", "board", "group", "federation",
		"league", "club", "society", "corporation", "institute", "foundation", "commission", "authority", "agency", "department",
		"ministry", "office", "bureau", "organisation", "organization", "school", "university", "church", "years", "months", "weeks", "days":
		return true
	}
	return false
}

// privateBodyAfter reports a possessive at token k followed by lower-case
// words ending in a noun for a body of members ("Colombia's coffee
// exporters' association", "Japan's steel federation"): a body inside the
// country, not its state.
func (f *finder) privateBodyAfter(k int) bool {
	if k >= f.last || !f.tok(k).Has(segment.FlagPossessive) {
		return false
	}
	for q := k + 1; q < f.last && q < k+6; q++ {
		t := f.tok(q)
		if t.Has(segment.FlagPossessive) {
			continue // "exporters' association"
		}
		if t.Kind != segment.Word || t.Has(segment.FlagCap) {
			return false
		}
		switch f.lower(q) {
		case "association", "federation", "union", "chamber", "confederation", "council", "society", "league", "institute":
			return true
		case "government", "ministry", "central", "parliament", "cabinet", "army", "navy", "embassy", "delegation", "treasury", "state":
			return false
		}
	}
	return false
}

// firmDescription returns the length of a lower-case description of a
// firm that starts at k and ends right before its capitalised name: up
// to four words, the last a noun for a firm ("security firm Acme",
// "anti-virus company Acme", "organisers Acme Events"), all lower case
// but for a country word or a short trade acronym (describingCap: "US
// firm Acme", "MMS firm Acme"); else 0.
func (f *finder) firmDescription(k int) int {
	// four words: "civil liberties pressure group Liberty"
	for j := k; j < f.last && j < k+4; j++ {
		t := f.tok(j)
		if t.Kind == segment.Word && t.Has(segment.FlagCap) && j+1 < f.last && !f.isCap(j+1) && f.describingCap(j) {
			continue // "US firm Acme", "the Irish party Fine Fail", "MMS firm Acme"
		}
		if t.Kind != segment.Word || t.Has(segment.FlagCap) || appositiveStop(f.lower(j)) {
			return 0
		}
		if firmNoun(f.lower(j)) && j+1 < f.last && f.isCap(j+1) {
			return j + 1 - k
		}
		if firmNoun(f.lower(j)) && j+2 < f.last && f.lower(j+1) == "the" && f.isCap(j+2) {
			return j + 2 - k // "Aids charity the Terrence Higgins Trust"
		}
	}
	return 0
}

// describingCap reports a capitalised word that may sit inside a firm's
// lower-case description: a country or its adjective ("US", "Irish") or
// a short acronym for a trade ("MMS", "P2P"), one token, no other mention.
func (f *finder) describingCap(j int) bool {
	if mi := f.md.ByToken[j]; mi >= 0 {
		return false
	}
	if e, n := f.matchEntity(j, j+1); e != nil {
		return n == 1 && (e.Kind == gazetteer.Country || e.Kind == gazetteer.Demonym)
	}
	t := f.tok(j)
	return t.Has(segment.FlagAllCaps) && len(f.text(j)) <= 4
}

// firmNoun: nouns that describe a firm or body right before its name.
func firmNoun(w string) bool {
	switch w {
	case "firm", "company", "group", "giant", "maker", "operator", "provider", "retailer", "insurer", "brokerage", "consultancy",
		"agency", "charity", "airline", "carrier", "chain", "manufacturer", "publisher", "organisers", "organizers", "bank",
		"union", "organisation", "organization", "watchdog", "think-tank", "thinktank", "broadcaster", "body", "club",
		"association", "federation", "lobby", "newspaper", "magazine", "network", "foundation", "institute", "council", "party":
		return true
	}
	return false
}

// firmRun returns the length of the capitalised name starting at i that
// a company post's "of" or "at" names when it has no organization word
// ("president of Lions Gate", "vice president at Netcraft"): one to five
// capitalised words, "and", "&" or "of" between them, ending the clause
// (a comma, a full stop, a bracket, a speech verb). Not a department
// ("vice president of Marketing"), a person ("chairman of John Roe")
// or anything the lists know as a place or a person; 0 when not so.
func (f *finder) firmRun(i int) int {
	j := i
	words := 0
	for j < f.last && words <= 5 {
		t := f.tok(j)
		if t.Kind == segment.Word && (t.Has(segment.FlagCap) || t.Has(segment.FlagAllCaps)) {
			if j > i && t.Has(segment.FlagNewline) || f.word(j).Month() != 0 || f.word(j).Weekday() != 0 {
				return 0
			}
			if mi := f.md.ByToken[j]; mi >= 0 && f.md.Mentions[mi].Kind != Surname {
				return 0 // a place, a person or a body found already
			}
			if e, _ := f.matchTitle(j, f.last); e != nil && e.Class != gazetteer.Occupation {
				return 0 // "president of Sales Tom Roe": a title opens a name
			}
			words++
			j++
			continue
		}
		if w := f.text(j); (w == "and" || w == "&" || w == "of") && j > i && j+1 < f.last && f.isCap(j+1) {
			j++
			continue
		}
		break
	}
	if words == 0 || words > 5 {
		return 0
	}
	if j < f.last {
		switch w := f.lower(j); {
		case w == "," || w == "." || w == ")" || w == "(" || w == ";" || w == ":" || w == "-" || w == "--" || f.tok(j).Kind == segment.Quote, IsSpeechVerb(w):
		default:
			return 0 // "Climax's Action Studio", "Sony Computer Entertainment unit"
		}
	}
	if j+2 < f.last && f.text(j) == "," && f.isCap(j+1) && f.md.ByToken[j+1] < 0 && !IsSpeechVerb(f.lower(j+1)) {
		switch w := f.text(j + 2); {
		case w == "and" || w == "&" || f.isCap(j+2):
			return 0 // "Woodhouse, Drake and Carey": a firm's name runs on past the comma
		case w == "." || strings.HasSuffix(f.lower(j+2), "-based"):
			return 0 // "Palo Alto, Calif.": a town and its state
		}
	}
	for k := i; k < j; k++ {
		if strings.HasSuffix(f.lower(k), "-based") {
			return 0 // "Dallas-based Sabine": a town before the name
		}
	}
	if words == 1 {
		if w := f.lower(i); portfolioNoun(w) || topicNoun(w) || departmentNoun(w) || OrgHead(f.text(i)) || f.lowerInDoc(i) {
			// "director of the Committee", "senior director of Goods": a
			// head word alone or a common noun is no firm's name
			return 0
		}
	}
	if _, given := f.word(i).Given(); given && words >= 2 {
		return 0
	}
	return j - i
}

// companyPost: the posts of a firm's board and management that its
// name may stand right before ("Ryanair chairman"); not "director" (a
// film's) nor "president" (a country's).
func companyPost(head string) bool {
	switch head {
	case "Chairman", "Chairwoman", "Chief Executive", "Chief Executive Officer", "CEO", "Managing Director", "Spokesman", "Spokeswoman", "Spokesperson":
		return true
	}
	return false
}

// firmBeforePost returns where the name of a firm the lists do not know
// begins when it ends at token k, right before a company post: one to
// three capitalised words or an acronym that are no other mention than
// a lone surname, no common noun of the article, no word of a title, a
// portfolio, a beat or a department, and no adjective ("Presidential",
// "Oscar-winning"); else -1.
func (f *finder) firmBeforePost(k int) int {
	j := k
	for j >= f.first && j > k-3 {
		t := f.tok(j)
		w := f.text(j)
		lw := f.lower(j)
		if t.Kind != segment.Word || !t.Has(segment.FlagCap) && !t.Has(segment.FlagAllCaps) || t.Has(segment.FlagPossessive) {
			break
		}
		if mi := f.md.ByToken[j]; mi >= 0 && (f.md.Mentions[mi].Kind != Surname || f.md.Mentions[mi].First != j || f.md.Mentions[mi].Last != j+1 || j != k) {
			return -1 // only a one-word run may have been read as a surname
		}
		if f.word(j).IsStop() || f.word(j).Month() != 0 || f.word(j).Weekday() != 0 || isTitleModifier(lw) || isDroppedModifier(lw) || isFormer(lw) ||
			portfolioNoun(lw) || topicNoun(lw) || departmentNoun(lw) || OrgHead(w) || f.lowerInDoc(j) || strings.Contains(w, "-") && !t.Has(segment.FlagAllCaps) ||
			strings.HasSuffix(lw, "al") || strings.HasSuffix(lw, "ian") || strings.HasSuffix(lw, "ese") || strings.HasSuffix(lw, "ish") {
			return -1
		}
		if e, _ := f.matchTitle(j, k+1); e != nil {
			return -1
		}
		if _, given := f.word(j).Given(); given {
			return -1 // "Ann Lee chairman": a person
		}
		j--
	}
	if j == k {
		return -1
	}
	if j >= f.first {
		if tk := f.tok(j); tk.Kind == segment.Word && (tk.Has(segment.FlagCap) || tk.Has(segment.FlagAllCaps)) || f.md.ByToken[j] >= 0 || tk.Has(segment.FlagPossessive) {
			return -1 // a longer name or another holder before it
		}
		switch f.lower(j) {
		case "and", "&", "of", "for", "'n", "et", "y", "und", "de":
			return -1 // "Ways and Means chairman": the end of a longer name
		case "the":
			if j-1 >= f.first && f.lower(j-1) == "of" {
				return -1 // "Top of the Pops spokesperson"
			}
		}
	}
	// the article writes the words elsewhere followed by more of a name
	// ("Dome Petroleum Ltd"): the short form of that body, which the
	// roles stage reads once every body is known
	// or ends a longer name ("Nottingham Forest")
	first, n := f.text(j+1), k-j
	for q := range f.d.Tokens {
		if q+n < len(f.d.Tokens) && q != j+1 && f.d.TokenText(q) == first {
			same := true
			for r := 1; r < n && same; r++ {
				same = f.d.TokenText(q+r) == f.text(j+1+r)
			}
			if !same {
				continue
			}
			if mi := f.md.ByToken[q]; mi >= 0 && f.md.Mentions[mi].Kind == Person {
				return -1 // "Chirac spokesman": a person's name, his spokesman
			}
			if nx := f.d.Tokens[q+n]; nx.Kind == segment.Word && (nx.Has(segment.FlagCap) || nx.Has(segment.FlagAllCaps)) {
				return -1
			}
			if w := f.d.TokenText(q + n); (w == "and" || w == "&") && q+n+1 < len(f.d.Tokens) && f.d.Tokens[q+n+1].Has(segment.FlagCap) {
				return -1 // "Cable and Wireless"
			}
			if q > 0 && f.d.SentenceAt(int(f.d.Tokens[q].Start)) == f.d.SentenceAt(int(f.d.Tokens[q-1].Start)) {
				if pv := f.d.Tokens[q-1]; pv.Kind == segment.Word && pv.Has(segment.FlagCap) && !f.word(q-1).IsStop() && (f.md.ByToken[q-1] < 0 || f.md.Mentions[f.md.ByToken[q-1]].Kind == Place || f.md.Mentions[f.md.ByToken[q-1]].Kind == Surname || f.md.Mentions[f.md.ByToken[q-1]].Kind == Person) {
					return -1
				}
			}
		}
	}
	return j + 1
}

// commaAcronym returns the organization mention an acronym was set
// after, between commas, earlier in the article ("the Chicago Board of
// Trade, CBT, said"), or -1.
func (f *finder) commaAcronym(acr string) int {
	if len(acr) < 2 || strings.ToUpper(acr) != acr {
		return -1
	}
	for q := 2; q+1 < len(f.d.Tokens) && q < f.last; q++ {
		if f.d.TokenText(q) != acr || f.d.TokenText(q-1) != "," {
			continue
		}
		if nx := f.d.TokenText(q + 1); nx != "," && nx != "." {
			continue
		}
		if mi := f.md.ByToken[q-2]; mi >= 0 && f.md.Mentions[mi].Kind == Org && f.md.Mentions[mi].Last == q-1 {
			return int(mi)
		}
	}
	return -1
}

// longerNameInDoc reports a capitalised run [i, j) that holds "and" or
// "&" ("chairman of APL and Pennsylvania Engineering" names two firms),
// or that the text writes elsewhere as the opening of a longer name
// ("Lucadia" beside "Lucadia National Corp"): the short form would stand
// as a body of its own beside the full one. Called only for a predicate's
// holder the lists do not know, so the scan of the text stays rare.
func (f *finder) longerNameInDoc(i, j int) bool {
	for k := i; k < j; k++ {
		if w := f.text(k); w == "and" || w == "&" {
			return true
		}
	}
	name := f.d.Text[f.d.Tokens[i].Start:f.d.Tokens[j-1].End]
	for at := 0; at < len(f.d.Text); {
		n := strings.Index(f.d.Text[at:], name)
		if n < 0 {
			break
		}
		e := at + n + len(name)
		if e+1 < len(f.d.Text) && f.d.Text[e] == ' ' && f.d.Text[e+1] >= 'A' && f.d.Text[e+1] <= 'Z' {
			return true
		}
		at = e
	}
	return false
}

// titleRunsOn reports a longer title starting inside the head
// [first, last) that takes the words after it: "Shadow Chancellor of the
// Exchequer" holds no body called the Exchequer.
func (f *finder) titleRunsOn(first, last int) bool {
	for q := first; q < last; q++ {
		if e, n := f.matchTitle(q, f.last); e != nil && q+n > last {
			return true
		}
	}
	return false
}

// departmentNoun: a firm's departments, capitalised after a post's "of"
// ("vice president of Marketing") but no body of their own.
func departmentNoun(w string) bool {
	switch w {
	case "marketing", "sales", "operations", "research", "engineering", "programming", "strategy", "personnel", "administration", "manufacturing", "products", "investments", "investor", "corporate", "global", "worldwide", "europe", "asia", "north", "south", "east", "west", "news", "content",
		"export", "film", "festival", "board", "subcommittee", "opera", "open", "first", "conference", "survey", "campaign", "project", "programme", "program", "music", "art", "artistic", "creative", "design", "club", "team", "race", "event", "company", "group", "union", "party", "cabinet", "palace", "government", "army", "police", "court", "church", "school", "hospital", "airport", "station", "city", "county", "state", "town", "village", "council", "ministry", "embassy", "mission", "delegation", "association", "federation", "chamber", "institute", "foundation", "trust", "society", "fund", "agency", "bureau", "office", "department", "commission", "committee", "senate", "house", "assembly", "parliament", "congress", "league", "cup", "games", "world", "national", "international", "joint", "executive", "acting", "interim", "non-executive":
		return true
	}
	return false
}

func kindOf(e *gazetteer.Entry) Kind {
	switch e.Kind {
	case gazetteer.Org:
		return Org
	case gazetteer.Place:
		return Place
	}
	return Country
}

// portfolioAdjective: capitalised words the stop list keeps out of names
// that still open a portfolio ("International Development Secretary").
func portfolioAdjective(w string) bool {
	switch w {
	case "International", "National", "Federal", "Northern", "European", "Royal", "Home", "State":
		return true
	}
	return false
}

// PortfolioNoun reports a lower-case word that names a minister's
// portfolio ("finance", "trade").
func PortfolioNoun(w string) bool { return portfolioNoun(w) }

// portfolioNoun: lower-case words that name a minister's portfolio
// ("the farm minister", "Brazil's finance minister").
func portfolioNoun(w string) bool {
	switch w {
	case "farm", "agriculture", "agricultural", "finance", "trade", "economy", "economics", "interior", "defence", "defense", "health", "education",
		"energy", "oil", "petroleum", "environment", "justice", "labour", "labor", "transport", "industry", "commerce", "culture", "sports", "tourism",
		"fisheries", "communications", "information", "emergencies", "emergency", "development", "housing", "treasury", "planning", "budget", "welfare",
		"immigration", "security", "war", "science", "technology", "telecommunications", "water", "mines", "mining", "europe", "home", "cabinet", "culture,", "sport", "employment", "work", "pensions", "social", "public", "economic", "intelligence", "police", "prisons", "disarmament", "aid", "refugee", "refugees":
		return true
	}
	return false
}

// encounterAhead reports a noun of an encounter within the next three
// words ("his first official visit", "her talks").
func (f *finder) encounterAhead(k int) bool {
	for j := k; j < f.last && j < k+3; j++ {
		switch f.lower(j) {
		case "visit", "visits", "trip", "tour", "meeting", "meetings", "talks", "call", "conversation", "stopover":
			return true
		}
		if f.tok(j).Kind != segment.Word || f.tok(j).Has(segment.FlagCap) {
			return false
		}
	}
	return false
}

// pairVerb: a verb or auxiliary right after "the two" makes them a
// subject of their own.
func pairVerb(w string) bool {
	switch w {
	case "met", "meet", "discussed", "agreed", "held", "have", "had", "has", "were", "are", "will", "would", "spoke", "talked", "signed", "also", "later", "then", "did", "shook":
		return true
	}
	return false
}

// pairNoun: plural nouns for people in "the two leaders", "both men", or
// for bodies (PairBodyNoun: "the two companies").
func pairNoun(w string) bool {
	switch w {
	case "leaders", "men", "women", "presidents", "ministers", "premiers", "politicians", "sides", "heads":
		return true
	}
	return PairBodyNoun(w) != 0
}

// PairBodyNoun: plural nouns for bodies in "the two companies", "both
// countries": 'o' for organizations, 'c' for countries, 'b' for either
// ("the two parties", whose sides may be firms or states), else 0.
func PairBodyNoun(w string) byte {
	switch w {
	case "companies", "firms", "banks", "groups", "exchanges", "carmakers", "airlines", "unions", "bourses", "insurers", "retailers", "brewers":
		return 'o'
	case "countries", "nations", "governments":
		return 'c'
	case "parties":
		return 'b'
	}
	return 0
}

// topicNoun: lower-case words naming a reporter's or spokesman's beat
// ("labour affairs correspondent", "human rights spokesman").
func topicNoun(w string) bool {
	switch w {
	case "affairs", "rights", "human", "relations", "issues", "policy", "matters", "politics", "political", "diplomatic", "business", "arts", "foreign",
		"consumer", "world", "international", "community", "local", "government", "constitutional", "legal", "media", "medical", "transport", "communities", "family", "children", "women", "youth":
		return true
	}
	return false
}

// beatStart reports a topic word that may open a title's beat ("local
// government spokesman", "political editor"): not a head noun that needs
// a word before it ("affairs minister"), nor "government" alone
// ("government spokesman" is the spokesman).
func beatStart(w string, alone bool) bool {
	switch w {
	case "affairs", "relations", "issues", "matters", "rights", "policy":
		return false
	case "government":
		return !alone
	}
	return topicNoun(w) || partyNoun(w)
}

// IsTitleModifier reports a word that qualifies a title ("deputy",
// "acting", "shadow") rather than naming its holder.
func IsTitleModifier(w string) bool { return isTitleModifier(w) }

// isTitleModifier: words kept as part of a title ("deputy", "acting").
func isTitleModifier(w string) bool {
	switch w {
	case "deputy", "vice", "acting", "assistant", "associate", "chief", "joint", "shadow", "interim", "junior", "principal", "executive", "general", "foreign", "prime", "first", "opposition", "supreme", "permanent", "special", "senior", "managing", "press":
		return true
	}
	return false
}

// isDroppedModifier: words between a qualifier and a title that are not
// part of the title ("Chinese communist leader" -> "leader").
func isDroppedModifier(w string) bool {
	switch w {
	case "communist", "top", "longtime", "long-time", "veteran", "embattled", "powerful", "new", "newly", "elected", "newly-elected", "hardline", "conservative", "liberal", "socialist", "nationalist", "populist", "centrist", "moderate", "reformist", "authoritarian", "military", "civilian", "regional", "state", "federal", "national", "local", "outgoing", "incumbent", "current", "sitting", "serving", "democratic", "republican", "labour", "tory", "conservative-led", "influential", "controversial", "popular", "beleaguered", "embattled-", "de", "facto", "de-facto", "then", "ruling":
		return true
	}
	return false
}

// seatPost: a legislator's seat or a law officer's post, which a place
// before it qualifies by the state or seat the holder is elected for.
func seatPost(name string) bool {
	switch name {
	case "Senator", "Sen.", "Representative", "Rep.", "Congressman", "Congresswoman", "MP", "MEP", "Attorney General", "Attorney-General":
		return true
	}
	return false
}

// royalTitle: a title that with a name after it is also part of a name
// ("actress Queen Latifah", "investor Prince Alwaleed"), left joined to a
// lower-case word before it.
func royalTitle(name string) bool {
	switch name {
	case "King", "Queen", "Prince", "Princess", "Emperor", "Empress", "Sheikh", "Sultan", "Emir":
		return true
	}
	return false
}

// isAffiliation: a faith, a political leaning or a departure described
// before a post ("Sunni Moslem Education Minister", "Gaullist Prime
// Minister", "Departing Deputy Secretary"): it says who holds the post,
// it is no word of the post, even when capitalised.
func isAffiliation(w string) bool {
	switch w {
	case "moslem", "muslim", "sunni", "shia", "shiite", "shi'ite", "christian", "catholic", "protestant", "maronite", "druze", "jewish", "hindu", "sikh", "buddhist",
		"gaullist", "libertarian", "marxist", "leftist", "rightist", "left-wing", "right-wing", "islamist", "royalist", "monarchist", "separatist",
		"departing", "retiring":
		return true
	}
	return false
}

func isFormer(w string) bool {
	switch w {
	case "former", "formerly", "previously", "ex", "ex-", "late", "then", "then-", "one-time", "onetime", "erstwhile", "future", "incoming", "would-be", "designate", "elect", "deposed", "ousted":
		return true
	}
	return false
}

// title builds the title phrase that ends just before a name: qualifiers
// (countries, demonyms, orgs, a possessive country), modifiers and the head.
func (f *finder) title(ts titleSpan, add func(Mention) int) *Title {
	d := f.d
	t := &Title{First: ts.first, Last: ts.first, Head: ts.e, Of: -1}
	headFirst := ts.first
	headLast := ts.first
	// the head may be several consecutive titles: "Deputy Governor"
	for k := ts.first; k < f.last; {
		e, n := f.matchTitle(k, f.last)
		if e == nil || k > ts.first && (e.Class == gazetteer.Honorific || e.Class == gazetteer.Rank && t.Head.Class == gazetteer.Role) {
			break // "archbishop Monsenor X", "President Sheikh X": the honorific or rank is no part of the post
		}
		headLast = k + n
		t.Head = e
		k += n
		if _, ok := f.titleEnd.get(k); !ok {
			break
		}
	}
	for headFirst > f.first {
		if prev, ok := f.titleEnd.get(headFirst); ok && prev.first < headFirst {
			if t.Head.Class == gazetteer.Role && !royalTitle(t.Head.Name) && f.isCap(headFirst) && !strings.HasSuffix(f.text(headLast-1), ".") && f.tok(headFirst-1).Kind == segment.Word && !f.isCap(headFirst-1) && !isTitleModifier(f.lower(headFirst-1)) {
				break // "presidential candidate Senator X": a capitalised post after a lower-case one is a second post, the name's own
			}
			headFirst = prev.first
			continue
		}
		break
	}
	t.Last = headLast
	textStart := headFirst
	// walk left over modifiers, portfolio words and qualifiers
	k := headFirst - 1
	textStartByte := -1 // "Ex-Prime Minister": the title starts inside a token
	beat := false       // the words after a country's possessive are the post's beat, kept as written (countryBeat)
	for k >= f.first {
		w := f.text(k)
		lw := f.lower(k)
		tk := f.tok(k)
		if w == ")" && t.Of < 0 && t.OfISO == "" && k-3 >= f.first && f.text(k-2) == "(" {
			// "International Monetary Fund (IMF) head": the body's
			// acronym in brackets between its name and the post
			if am, bm := f.md.ByToken[k-1], f.md.ByToken[k-3]; am >= 0 && bm >= 0 && f.md.Mentions[am].First == k-1 && f.md.Mentions[bm].Last == k-2 &&
				f.md.Mentions[am].Kind == f.md.Mentions[bm].Kind && (f.md.Mentions[bm].Kind == Org || f.md.Mentions[bm].Kind == Country) {
				f.md.Mentions[am].InTitle = true
				k -= 3
				continue
			}
		}
		if lw == "and" && t.Of < 0 && t.OfISO == "" && t.And == "" && k-1 >= f.first && coordinablePost(t.Head) {
			if ps, ok := f.titleEnd.get(k); ok && ps.first < k && ps.first-1 >= f.first && ps.e.Class == gazetteer.Role && coordinablePost(ps.e) &&
				(f.isCap(ps.first-1) || f.lower(ps.first-1) == "its" || f.tok(ps.first-1).Has(segment.FlagPossessive)) {
				// "Northwind founder and chairman X", "its chairman and
				// chief executive X": two posts of one holder, the body
				// named (or "its") before both
				t.And = f.d.Text[f.d.Tokens[ps.first].Start:f.d.Tokens[k-1].End]
				k = ps.first - 1
				continue
			}
		}
		if t.Of < 0 && t.OfISO == "" && textStart == k+1 && k+1 == headFirst && companyPost(t.Head.Name) {
			// "Ryanair chairman X", "CBT chairman Y": a firm's own name
			// the lists do not know, right before a company post
			if j := f.firmBeforePost(k); j >= 0 {
				name := f.d.Text[f.d.Tokens[j].Start:f.d.Tokens[k].End]
				if def := f.commaAcronym(name); def >= 0 {
					// "the Chicago Board of Trade, CBT," named before: that body
					t.Of = def
				} else if mi := f.md.ByToken[k]; mi >= 0 {
					// the lone surname reading gives way to the firm
					m := &f.md.Mentions[mi]
					m.Kind, m.OrgName, m.InTitle = Org, name, true
					t.Of = int(mi)
				} else {
					t.Of = f.add(Mention{Kind: Org, First: j, Last: k + 1, OrgName: name, InTitle: true})
				}
				k = j - 1
				continue
			}
		}
		if t.Of < 0 && t.OfISO == "" && textStart == k+1 && k+1 == headFirst && !companyPost(t.Head.Name) && f.acronymHolder(k, t.Head, false) {
			// "NUM president X": an acronym the lists do not know names
			// the body holding the post
			t.Of = f.acronymHolderMention(k)
			k--
			continue
		}
		if t.Of < 0 && t.OfISO == "" && textStart == k+1 && k+1 == headFirst && tk.Has(segment.FlagPossessive) && k-1 >= f.first && companyPost(t.Head.Name) && !strings.HasPrefix(t.Head.Name, "Spokes") {
			// "Kelvo's chief executive X": a firm the lists do not know,
			// as the possessor of a company post (not "Chirac's
			// spokesman": a person's aide)
			if j := f.firmBeforePost(k - 1); j >= 0 {
				name := f.d.Text[f.d.Tokens[j].Start:f.d.Tokens[k-1].End]
				if mi := f.md.ByToken[k-1]; mi >= 0 {
					// the lone surname reading gives way to the firm
					m := &f.md.Mentions[mi]
					m.Kind, m.OrgName, m.InTitle, m.Possessive = Org, name, true, true
					t.Of = int(mi)
				} else {
					t.Of = add(Mention{Kind: Org, First: j, Last: k, OrgName: name, InTitle: true, Possessive: true})
				}
				k = j - 1
				continue
			}
		}
		if mi := f.md.ByToken[k]; mi >= 0 && f.md.Mentions[mi].Kind == Surname && f.md.Mentions[mi].Last == k+1 {
			m := &f.md.Mentions[mi]
			if rest, ok := strings.CutPrefix(lw, "ex-"); ok && textStart == k+1 && rest != "" && m.First == k {
				// "Ex-Prime Minister": a former post
				m.InTitle = true
				t.Former = true
				textStart = k
				textStartByte = int(tk.Start) + 3
				k--
				continue
			}
			if isDroppedModifier(lw) || isFormer(lw) || isTitleModifier(lw) || isAffiliation(lw) {
				m.InTitle = true // "Regional governor": a capitalised modifier opening the sentence
				if isFormer(lw) {
					t.Former = true
				}
				if isTitleModifier(lw) && textStart == k+1 {
					textStart = k
				}
				k--
				continue
			}
			if t.Of < 0 && textStart == k+1 {
				// "Trade and Industry Secretary": capitalised words before the
				// head are its portfolio, not a person
				m.InTitle = true
				textStart = m.First
				t.Portfolio = true
				k = m.First - 1
				continue
			}
			break
		}
		if mi := f.md.ByToken[k]; mi >= 0 {
			m := &f.md.Mentions[mi]
			if m.Kind == Place && m.Entry != nil && m.Entry.Kind == gazetteer.Place && m.Entry.ISO != "" && t.Of < 0 && textStart == k+1 && m.Last == k+1 && (t.Head.Lead || t.Head.Scope == gazetteer.ScopeLocal) {
				// "Ontario Premier", "Texas Governor": the region's own post
				m.AsPlace = true
				m.InTitle = true
				t.Of = int(mi)
				k = m.First - 1
				continue
			}
			if m.Kind == Place && m.Entry != nil && m.Entry.Kind == gazetteer.Place && t.Of < 0 && textStart == k+1 && m.Last == k+1 && seatPost(t.Head.Name) {
				// "Ohio Senator X", "Leeds MP Y", "Iowa attorney general Z":
				// the state or seat the holder sits for, no word of the post
				m.AsPlace = true
				m.InTitle = true
				k = m.First - 1
				continue
			}
			if m.Kind == Place && m.Entry != nil && m.Entry.Kind == gazetteer.Place && t.Of < 0 && textStart == k+1 && m.Last == k+1 {
				// "Shadow Europe minister", "Northern Ireland Secretary": a
				// region names the portfolio
				m.InTitle = true
				textStart = m.First
				t.Portfolio = true
				k = m.First - 1
				continue
			}
			if m.Kind == Org && m.Entry != nil && m.Entry.OrgKind == "GOVERNMENT" && m.Entry.ISO != "" && t.Of < 0 && t.OfISO == "" &&
				textStart == k+1 && m.Last == k+1 && t.Head.Scope == gazetteer.ScopeGov && portfolioNoun(f.lower(k)) {
				// "U.S. Treasury Secretary": a ministry names the portfolio of
				// a national post, which belongs to the country
				m.InTitle = true
				m.Portfolio = true
				t.Portfolio = true
				t.OfISO = m.Entry.ISO
				textStart = m.First
				if e, n := f.matchEntity(m.First, m.Last-1); e != nil && e.Kind == gazetteer.Country && m.First+n < m.Last {
					textStart = m.First + n
				}
				k = m.First - 1
				continue
			}
			if m.Kind == Country || m.Kind == Org || (m.Kind == Place && m.Entry != nil && m.Entry.Kind == gazetteer.Capital) {
				if m.Entry != nil && (m.Entry.Kind == gazetteer.Capital || m.Entry.Kind == gazetteer.Place) && (t.Head.Scope == gazetteer.ScopeLocal || companyPost(t.Head.Name)) {
					// "London Mayor X": the city's post, and the city a place;
					// "London managing director X": a firm's office there
					m.Kind, m.AsPlace = Place, true
					m.InTitle = true
					k = m.First - 1
					continue
				}
				if t.Of < 0 && t.OfISO == "" {
					t.Of = int(mi)
					if m.Kind == Place {
						// "Moscow police chief": the capital qualifies as its country
						m.Kind, m.AsPlace = Country, false
					}
				}
				m.InTitle = true
				k = m.First - 1
				continue
			}
			break
		}
		if tk.Has(segment.FlagPossessive) && k-1 >= f.first {
			k--
			continue
		}
		if isFormer(lw) || strings.HasPrefix(lw, "ex-") || strings.HasPrefix(lw, "then-") {
			t.Former = true
			k--
			continue
		}
		if isTitleModifier(lw) {
			if textStart == k+1 {
				textStart = k
			}
			k--
			continue
		}
		if isDroppedModifier(lw) || isAffiliation(lw) {
			k--
			continue
		}
		if lw == "bank" && textStart == k+1 && k-1 >= f.first && f.lower(k-1) == "central" && t.Of < 0 {
			// "central bank governor": the country's central bank
			textStart = k - 1
			t.Portfolio = true
			t.National = true
			k -= 2
			continue
		}
		if j := f.nounsAfterQualifier(k); j >= 0 && textStart == k+1 && t.Of < 0 && t.OfISO == "" {
			// "BBC labour affairs correspondent", "Lib Dem foreign affairs
			// spokesman": a body, then the beat or portfolio in lower case
			textStart = j + 1
			t.Portfolio = true
			k = j
			continue
		}
		if tk.Kind == segment.Word && !tk.Has(segment.FlagCap) && portfolioNoun(lw) && textStart == k+1 && t.Of < 0 {
			// "the farm minister", "his finance minister"
			textStart = k
			t.Portfolio = true
			k--
			continue
		}
		if tk.Kind == segment.Word && tk.Has(segment.FlagCap) && (!f.word(k).IsStop() || portfolioAdjective(w) && textStart == k+1) && f.word(k).Month() == 0 && f.word(k).Weekday() == 0 && t.Of < 0 {
			// portfolio: "Trade and Industry Secretary", "Energy Minister"
			if textStart == k+1 {
				textStart = k
				t.Portfolio = true
			}
			k--
			continue
		}
		if (w == "and" || w == "&") && t.Portfolio && !t.National && textStart == k+1 && f.isCap(textStart) && k-1 >= f.first && f.isCap(k-1) && (f.md.ByToken[k-1] < 0 || f.md.Mentions[f.md.ByToken[k-1]].Kind == Surname) &&
			!f.surnameInDoc(k-1) && !f.personWordInDoc(f.text(k-1)) {
			// "Trade and Industry Secretary"; not "Kohl and Finance
			// Minister X", where the word before "and" is a person named
			// elsewhere in the article
			textStart = k
			k--
			continue
		}
		if lw == "government" && !t.National && t.Of < 0 && t.OfISO == "" && textStart == k+1 && k+1 == headFirst && t.Head.Scope == gazetteer.ScopeBody && (!tk.Has(segment.FlagCap) || k == f.first) && !subGovernment(f.lower(k-1)) {
			// "government spokesman X": the national government's post,
			// whose country is inferred; the word itself stays out of
			// the title, as it does after a country ("Polish government
			// spokesman")
			t.National = true
			k--
			continue
		}
		if t.Of < 0 && t.OfISO == "" && textStart == k+1 && k+1 == headFirst && !f.isCap(headFirst) {
			if j, c := f.countryBeat(k); c >= 0 {
				// "Mexico's public credit director X", "Norway's peace
				// negotiator Y": the country's possessive, then the post's
				// beat in lower case
				f.md.Mentions[c].InTitle = true
				t.Of = c
				t.Portfolio = true
				textStart = j
				beat = true
				k = f.md.Mentions[c].First - 1
				continue
			}
		}
		break
	}
	t.First = k + 1
	if t.Of < 0 && k >= f.first {
		switch f.lower(k) {
		case "his", "her", "their":
			t.Pronoun = true // "his Prime Minister X": the post is in the government of the person before
		}
	}
	// a portfolio begins with a capitalised word or a portfolio noun
	for !beat && textStart < headFirst && !f.isCap(textStart) && !isTitleModifier(f.lower(textStart)) && !portfolioNoun(f.lower(textStart)) && !(t.Portfolio && beatStart(f.lower(textStart), textStart+1 == headFirst)) && !(t.National && f.lower(textStart) == "central") {
		textStart++
	}
	from := int(d.Tokens[textStart].Start)
	if textStartByte > from && textStart == k+1 {
		from = textStartByte
	}
	t.Text = d.Text[from:d.Tokens[headLast-1].End]
	if f.lower(t.First-1) == "former" {
		t.Former = true
	}
	return t
}

// descriptor records a title used without a name after it: "the CCP
// leader", "the president", "China's foreign minister". It returns true
// when one was recorded.
func (f *finder) descriptor(i, n int, e *gazetteer.Entry) bool {
	if e.Class == gazetteer.Honorific {
		return false
	}
	j := i + n
	// a name follows: not a descriptor (the name handler attaches the title)
	if j < f.last && (f.nameShaped(j, true) || isParticle(f.text(j))) {
		return false
	}
	ofPhrase := false
	if j < f.last {
		if _, ok := f.matchTitle(j, f.last); ok > 0 {
			return false
		}
		if f.text(j) == "," && j+1 < f.last && f.nameShaped(j+1, true) && entityAt(f, j+1) == nil {
			return false // "the new Palestinian leader, X": the title goes to X
		}
		switch f.text(j) {
		case "of", "for":
			ofPhrase = true // "the president of the bank": an unknown body
		}
	}
	if e.Class != gazetteer.Role || ofPhrase {
		// "an aide to X", "a spokesman for Y", "the official": an unnamed
		// person, recorded only so that a later "he" is not pinned on
		// someone else
		return f.unnamedPerson(i, j)
	}
	// plural forms are not matched by the title list, so this is singular
	t := f.title(titleSpan{first: i, e: e}, f.add)
	first := t.First
	if t.Of >= 0 && f.md.Mentions[t.Of].First < first {
		first = f.md.Mentions[t.Of].First
	}
	det := f.lower(first - 1)
	definite := det == "the" || det == "our"
	if !definite {
		// "China's leader": a possessive qualifier is definite too
		if t.Of >= 0 && f.md.Mentions[t.Of].Possessive {
			definite = true
		}
	}
	if !definite || t.Former {
		return f.unnamedPerson(i, j)
	}
	f.add(Mention{Kind: Descriptor, First: i, Last: j, Title: t, Definite: true})
	return true
}

// unnamedPerson records "a/the/his" + a person word with no name as an
// indefinite descriptor: it names nobody, but stands between a pronoun
// and the people named before it.
func (f *finder) unnamedPerson(i, j int) bool {
	if j < f.last && f.tok(j).Kind == segment.Word && !f.tok(j).Has(segment.FlagCap) {
		// "the general market situation": the word only qualifies a noun;
		// a person word is followed by its verb or a clause
		switch w := f.lower(j); {
		case IsSpeechVerb(w), w == "who", w == "was", w == "is", w == "has", w == "had", w == "will", w == "would", w == "and", w == "for", w == "to", w == "of",
			w == "also", w == "later", w == "then", w == "did", w == "does", w == "could", w == "may", w == "might", w == "at", w == "in", w == "on", w == "with":
		default:
			return false
		}
	}
	k := i - 1
	for k >= f.first && f.tok(k).Kind == segment.Word && !f.tok(k).Has(segment.FlagCap) && k >= i-3 {
		switch f.lower(k) {
		case "a", "an", "the", "his", "her", "its", "their", "another", "one":
			f.add(Mention{Kind: Descriptor, First: i, Last: j})
			return true
		}
		k--
	}
	return false
}

// worldOpener reports "World" opening a body's name of its own ("the World
// Economic Forum", "World Food Council"); orgRun still wants a body word
// after it. After another capitalised word ("BBC World Service") it is a
// unit inside a longer name, not an opener.
func (f *finder) worldOpener(i int) bool {
	if f.text(i) != "World" || !f.tok(i).Has(segment.FlagCap) || i+1 >= f.last || !f.isCap(i+1) {
		return false
	}
	return i == f.first || !f.isCap(i-1)
}

// worldBodyRun: a name opened by "World" is a body's when a word stands
// between "World" and the body word ("World Food Council", not the
// "World Group" of a draw or a broadcaster's "World Service") and the body
// word is no building's ("World Trade Center").
func worldBodyRun(f *finder, i, lastHead int) bool {
	if lastHead < i+2 {
		return false
	}
	switch f.text(lastHead) {
	case "Center", "Centre":
		return false
	}
	return true
}

// acronymBodyUnit returns the length of a body's organ or fund named by a
// listed body's acronym and a shape name opening with a governing or
// funding body's word (Council, Fund, Board, Trust): ("OPEC
// Fund Board of Governors", "GATT Council", "INRO Council"): a body of its
// own, not the acronym's body and a stray short form; or 0.
func (f *finder) acronymBodyUnit(i, n int) int {
	j := i + n
	if n != 1 || !f.tok(i).Has(segment.FlagAllCaps) || j >= f.last || !f.isCap(j) || f.tok(j).Has(segment.FlagAllCaps) || f.tok(i).Has(segment.FlagPossessive) {
		return 0
	}
	switch f.text(j) {
	case "Council", "Fund", "Board", "Trust":
	default:
		return 0 // "IBM Corp", "BBC Radio", "U.N. Conference": the body itself, a channel, an event
	}
	if e, _ := f.matchEntity(j, f.last); e != nil {
		return 0 // "EC Council of Ministers": the list knows the body after the acronym
	}
	if k := f.orgRun(j); k > 0 {
		return n + k
	}
	if !(j+1 < f.last && f.isCap(j+1)) {
		return n + 1 // "GATT Council said"
	}
	return 0
}

// princeTitle reports a prince's title that ends right before the given
// name at token first: "Prince" or "Princess" (one token), "Crown Prince"
// or "Crown Princess" (two).
func princeTitle(name string, titleFirst, first int) bool {
	switch name {
	case "Prince", "Princess":
		return titleFirst == first-1
	case "Crown Prince", "Crown Princess":
		return titleFirst == first-2
	}
	return false
}
