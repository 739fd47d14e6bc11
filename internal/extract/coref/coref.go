// Package coref groups an article's mentions into entities: the people it
// names (a surname, "Mr. Putin" or a family name written first, "Xi",
// joins the one fuller name it can belong to), the countries, the
// organizations and the places. Definite titles ("the CCP leader") and
// subject pronouns are resolved only when exactly one person fits.
package coref

import (
	"cmp"
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/internal/extract/gazetteer"
	"github.com/actorgraph/actorgraph/internal/extract/mentions"
	"github.com/actorgraph/actorgraph/internal/extract/segment"
	"github.com/actorgraph/actorgraph/internal/kg"
)

// Entity is one actor or place of the article.
type Entity struct {
	Kind      kg.ActorKind // "" for places
	ID        string
	Name      string
	Aliases   []string
	ISO       string // countries
	OrgKind   string // organizations
	CountryID string // places and organizations with a country
	Gender    byte
	Mentions  int
	First     int // index of the first mention
	words     []string
	weakOnly  bool
}

// IsPlace reports whether the entity is a place rather than an actor.
func (e *Entity) IsPlace() bool { return e.Kind == "" }

// Result is the entities of an article; mentions point into it.
type Result struct {
	Entities []Entity
	md       *mentions.Doc
	pron     []int32 // resolved pronouns: entity, -1 unresolved, -2 not yet looked at
	pronSet  bool    // pron is made
	opts     Options
	scratch  []string // nameWords' reused result
	ambig    []int    // mentions of a name that fits two or more people ("Baker" with two Bakers), in text order
	arena    []string // backing store of the entities' words

	// buffers of one resolution that ResolveReuse hands to the next
	order   []int
	index   map[string]int  // entity id -> entity, for countries, bodies and places
	byName  map[nameKey]int // what others keyed an id on -> entity
	aliases []alias
	store   []string // backing store of the entities' aliases
	nations int      // the United Kingdom's entity when a nation of it is named ("England"), else -1
}

// nameKey is what the id of a country, body or place is made from, with
// the kind of mention: the same name again finds its entity without
// making the id anew.
type nameKey struct {
	kind mentions.Kind
	s    string
}

// alias is an (entity, alias) pair finish collects.
type alias struct {
	e int
	s string
}

// Resolve assigns every mention its entity (Mention.Entity) and returns
// the entities.
func Resolve(md *mentions.Doc, g *gazetteer.Gazetteer) *Result {
	return ResolveWith(md, g, Options{})
}

// Options adjust resolution to the article.
type Options struct {
	// CountryOf, when set, maps the ISO code a mention names to the
	// country meant at the article's date; capital says the mention is a
	// capital or seat of government ("Moscow" in 1987 is the Soviet Union).
	CountryOf func(iso string, capital bool) string
}

// ResolveWith is Resolve with options.
func ResolveWith(md *mentions.Doc, g *gazetteer.Gazetteer, opts Options) *Result {
	return ResolveReuse(nil, md, g, opts)
}

// ResolveReuse is ResolveWith writing into the memory of r, a Result that
// is no longer in use (nil: a new one): its entities and buffers are
// overwritten. A caller resolving one article after another thus
// allocates them once, not per article. The entities' strings are the
// text's or the lists', and stay valid; their slices (Aliases) do not.
func ResolveReuse(r *Result, md *mentions.Doc, g *gazetteer.Gazetteer, opts Options) *Result {
	if r == nil {
		r = &Result{}
	}
	clear(r.index)
	clear(r.byName)
	*r = Result{
		Entities: r.Entities[:0], md: md, pron: r.pron[:0], opts: opts,
		scratch: r.scratch[:0], ambig: r.ambig[:0], arena: r.arena[:0],
		order: r.order[:0], index: r.index, byName: r.byName, aliases: r.aliases[:0], store: r.store[:0], nations: -1,
	}
	r.people(g)
	r.others(g)
	r.countryQualifiedBodies(g)
	r.firmShortNames(g)
	r.suffixedFirms()
	r.loneSurnames(g)
	r.ukNations(g)
	r.descriptors()
	r.finish()
	return r
}

// nameWords returns the words of a mention's name in a buffer that the
// next call reuses: most names only find an entity, and keep copies the
// few that start one.
func (r *Result) nameWords(m *mentions.Mention) []string {
	d := r.md.Seg
	out := r.scratch[:0]
	for k := m.First; k < m.Last; k++ {
		out = append(out, d.TokenText(k))
	}
	r.scratch = out
	return out
}

// keep copies words out of the scratch buffer into storage shared by the
// entities (each gets a slice capped at its length, so none can grow into
// another's words).
func (r *Result) keep(ws []string) []string {
	if cap(r.arena)-len(r.arena) < len(ws) {
		r.arena = make([]string, 0, max(64, len(ws)))
	}
	start := len(r.arena)
	r.arena = append(r.arena, ws...)
	return r.arena[start:len(r.arena):len(r.arena)]
}

// fits reports whether the shorter name ws can denote the longer name of
// e: the same words, its last words (surname, "von der Leyen"), or its
// first word (a family name written first, "Xi").
func fits(ws, full []string) int {
	if len(ws) > len(full) {
		return 0
	}
	if len(ws) == len(full) && equalWords(ws, full) {
		return 3 // the very name: "Reagan" for a person known only as "President Reagan"
	}
	if equalWords(ws, full[len(full)-len(ws):]) {
		return 2
	}
	if len(ws) == 1 && len(full) >= 2 && ws[0] == full[0] {
		return 1
	}
	if len(ws) == 2 && len(full) >= 3 && ws[0] == full[0] && ws[1] == full[len(full)-1] && allInitials(full[1:len(full)-1]) {
		return 2 // "John Smith" for "John Q. Smith": the middle initial dropped
	}
	if len(ws) == 1 && (len(full) == 3 || len(full) == 4 && allInitials(full[1:2])) && ws[0] == full[len(full)-2] && !isParticleWord(ws[0]) && !allInitials(ws) {
		return 1 // "Ortega" for "Ana Ortega Ruiz" or "Ana M. Ortega Ruiz": the first of two family names
	}
	if namesDropped(ws, full) {
		return 2
	}
	return 0
}

// namesDropped reports a two-word name ws that writes the longer name
// full short: the same given name and one of the later names, the words
// between them or after it left out ("Ana Ruiz" for "Ana Maria Ruiz",
// "Ana Ortega" for "Ana M. Ortega Ruiz", "Deng Luk" for "Deng Luk Jok").
// Not when a generational suffix tells a father from a son ("Ed Roe
// Jr."), and not when more than one word would follow the name kept or
// that word ends a body's name ("Ana Roe Ltd", "Ana Roe Voting Rights").
func namesDropped(ws, full []string) bool {
	if len(ws) != 2 || len(full) < 3 || ws[0] != full[0] || generationalWord(full[len(full)-1]) || allInitials(ws[1:]) {
		return false
	}
	for k := 1; k < len(full); k++ {
		if full[k] != ws[1] {
			continue
		}
		switch tail := full[k+1:]; len(tail) {
		case 0:
			return true
		case 1:
			return !mentions.LegalSuffix(tail[0]) && !mentions.OrgHead(tail[0]) && !strings.HasSuffix(tail[0], ".")
		}
		return false
	}
	return false
}

// formalName reports a person whose first mention is written in full
// form: with a title, an honorific or an apposition, or with a middle
// initial ("Ana M. Ortega Ruiz"). Only such a name shows that the word
// after the names a short form keeps is a name too ("Ruiz"), not a word
// the name ran into.
func (r *Result) formalName(ei int) bool {
	e := &r.Entities[ei]
	fm := &r.md.Mentions[e.First]
	if fm.Title != nil || fm.Hon != "" || fm.Appos != nil {
		return true
	}
	for _, w := range e.words[1 : len(e.words)-1] {
		if allInitials([]string{w}) {
			return true
		}
	}
	return false
}

// namesakeBefore reports a person whose first mention the words before
// it mark as a relative of someone ("her mother, Ana Maria Ruiz") or as
// a thing ("the Ana Roe Experience"), or that ends in a generational
// suffix ("Ed Lee Roe Jr."): a shorter name with the same given name and
// surname ("Ana Ruiz", "Ed Roe") is then someone else, or the person the
// thing is named after.
func (r *Result) namesakeBefore(ei int) bool {
	d := r.md.Seg
	fm := &r.md.Mentions[r.Entities[ei].First]
	if ws := strings.Fields(fm.Name); len(ws) > 0 && generationalWord(ws[len(ws)-1]) {
		return true // "Ed Roe Jr.": the name keeps its suffix past its words; "Ed Roe" may be the father
	}
	k := fm.TitledFirst() - 1
	if k >= 0 && d.Lower(k) == "the" {
		return true
	}
	for n := 0; k >= 0 && n < 3; n, k = n+1, k-1 {
		switch d.Lower(k) {
		case "mother", "father", "son", "daughter", "wife", "husband", "sister", "brother", "aunt", "uncle", "grandmother",
			"grandfather", "grandson", "granddaughter", "cousin", "niece", "nephew", "widow", "widower", "parents", "stepmother", "stepfather":
			return true
		}
	}
	return false
}

// generationalWord reports a suffix that tells a father from his son
// ("Jr.", "III"): "Ed Roe" need not be "Ed Roe Jr.".
func generationalWord(w string) bool {
	switch strings.TrimSuffix(w, ".") {
	case "Jr", "Sr", "II", "III", "IV":
		return true
	}
	return false
}

// workBeforeCredit reports whether a two-word name stands right before a
// credit of the arts (star, director, frontman ...) and another person's
// name: the words name the film, show or band the person works in.
func (r *Result) workBeforeCredit(i int) bool {
	ms := r.md.Mentions
	m := &ms[i]
	if m.Last-m.First != 2 || m.Hon != "" || m.Title != nil || m.Possessive || i+1 >= len(ms) {
		return false
	}
	switch r.md.Seg.Lower(m.Last) {
	case "star", "co-star", "director", "frontman", "frontwoman", "drummer", "guitarist", "bassist", "vocalist", "singer", "keyboardist", "producer":
	default:
		return false
	}
	n := &ms[i+1]
	return (n.Kind == mentions.Person || n.Kind == mentions.Surname) && n.TitledFirst() <= m.Last+1 && n.First > m.Last
}

// firmOfName returns the organization mention (an index into the
// mentions) whose registered name is person mention i's words followed
// by more words and a legal ending ("Ana Roe Foods Inc" for "Ana Roe"),
// or -1. Firms named after their founders are common, and a bare "Ana
// Roe" in such a story is the firm's short name; a title, an honorific or
// an appositive on any mention of the words, or the family name used
// alone, shows a person, and keeps them one.
func (r *Result) firmOfName(i int, ws []string) int {
	ms := r.md.Mentions
	d := r.md.Seg
	if m := &ms[i]; m.Title != nil || m.Hon != "" || m.Appos != nil {
		return -1
	}
	found := -1
	for k := range ms {
		o := &ms[k]
		switch o.Kind {
		case mentions.Person, mentions.Surname:
			if d.TokenText(o.Last-1) != ws[len(ws)-1] {
				continue
			}
			if (o.Title != nil || o.Hon != "" || o.Appos != nil) && o.Last-o.First == len(ws) {
				return -1
			}
			if o.Last-o.First == 1 && len(ws) >= 2 && (o.Last >= len(d.Tokens) || !mentions.LegalSuffix(d.TokenText(o.Last))) {
				return -1 // "Gabelli said he ...": the family name alone, as people are called
			}
		case mentions.Org:
			if found >= 0 || o.Last-o.First < len(ws)+1 || !mentions.LegalSuffix(d.TokenText(o.Last-1)) {
				continue
			}
			same := true
			for j, w := range ws {
				same = same && d.TokenText(o.First+j) == w
			}
			if same {
				found = k
			}
		}
	}
	return found
}

// allInitials reports whether every word is an initial ("Q.", "Q", "H.W.").
func allInitials(ws []string) bool {
	for _, w := range ws {
		t := strings.ReplaceAll(w, ".", "")
		if t == "" || len(t) > 2 || strings.ToUpper(t) != t || !strings.HasSuffix(w, ".") && len(t) > 1 {
			return false
		}
	}
	return true
}

func equalWords(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		// a particle opening a short form is capitalised: "De Zeeuw" for "Aart de Zeeuw"
		if a[i] != b[i] && !(i == 0 && len(a) > 1 && strings.EqualFold(a[i], b[i]) && isParticleWord(b[i])) {
			return false
		}
	}
	return true
}

func isParticleWord(w string) bool {
	switch strings.ToLower(w) {
	case "de", "da", "di", "du", "van", "von", "der", "den", "la", "le", "del", "della", "dos", "das", "ter", "ten", "al", "el", "bin", "ibn", "abu":
		return true
	}
	return false
}

func (r *Result) people(g *gazetteer.Gazetteer) {
	ms := r.md.Mentions
	order := r.order[:0]
	for i := range ms {
		if ms[i].Kind == mentions.Person || ms[i].Kind == mentions.Surname {
			if ms[i].InTitle {
				continue
			}
			order = append(order, i)
		}
	}
	r.order = order
	// fuller names first, so that short forms find them; strong before weak
	slices.SortStableFunc(order, func(a, b int) int {
		ma, mb := &ms[a], &ms[b]
		if (ma.Kind == mentions.Person) != (mb.Kind == mentions.Person) {
			if ma.Kind == mentions.Person {
				return -1
			}
			return 1
		}
		if ma.Weak != mb.Weak {
			if !ma.Weak {
				return -1
			}
			return 1
		}
		return cmp.Compare(mb.Last-mb.First, ma.Last-ma.First)
	})
	var tied []int  // the people of the best score
	var named []int // mentions per person, counted once full names are resolved
	for _, i := range order {
		m := &ms[i]
		ws := r.nameWords(m)
		best, bestScore, ties := -1, 0, 0
		for ei := range r.Entities {
			e := &r.Entities[ei]
			if e.Kind != kg.KindPerson {
				continue
			}
			sc := fits(ws, e.words)
			if sc == 0 {
				continue
			}
			if sc == 2 && len(ws) < len(e.words) && ws[0] == e.words[0] && ms[e.First].Sent == m.Sent {
				continue // "George W Bush, Bill Clinton, George Bush": the same sentence names two people
			}
			if sc == 2 && namesDropped(ws, e.words) {
				if r.namesakeBefore(ei) {
					continue // "her mother, Ana Maria Ruiz" is not "Ana Ruiz"
				}
				if ws[1] != e.words[len(e.words)-1] && !r.formalName(ei) {
					continue // "Otto Lind Opened": a word after the name kept is a surname only in a name written formally
				}
			}
			if sc == 1 && len(e.words) >= 3 && ws[0] == e.words[len(e.words)-2] && ws[0] != e.words[0] {
				if _, given := g.Given(e.words[0]); !given {
					continue // "Air" is not "Delta Air Lines": the first of two family names only after a listed given name
				}
			}
			if sc == 1 && surnameHon(m.Hon) && r.honSurname(ei) {
				continue // "Mr Howard" is not "Howard Flight", whom the story calls "Mr Flight"
			}
			if m.Gender != 0 && e.Gender != 0 && m.Gender != e.Gender {
				continue
			}
			switch {
			case sc > bestScore:
				best, bestScore, ties = ei, sc, 1
				tied = append(tied[:0], ei)
			case sc == bestScore:
				ties++
				tied = append(tied, ei)
			}
		}
		if best >= 0 && ties == 1 && m.Title != nil && !m.Weak && len(ws) == 1 && i < r.Entities[best].First && r.Entities[best].Gender != 0 && m.Title.Head != nil && m.Title.Head.Gender == 0 {
			// "President Reagan ... Reagan and Nancy Reagan": a titled
			// surname written before the fuller name is someone else
			// (a first mention is the fullest one a story gives)
			best = -1
			if m.Kind == mentions.Person {
				r.Entities = append(r.Entities, Entity{Kind: kg.KindPerson, words: r.keep(ws), Gender: m.Gender, First: i})
				m.Entity = len(r.Entities) - 1
			}
			continue
		}
		if best >= 0 && ties == 1 {
			m.Kind = mentions.Person
			m.Entity = best
			e := &r.Entities[best]
			if e.Gender == 0 {
				e.Gender = m.Gender
			}
			if !m.Weak {
				e.weakOnly = false
			}
			continue
		}
		if best >= 0 && len(ws) == 1 && m.Kind == mentions.Surname && m.Hon == "" && m.Title == nil {
			if named == nil {
				named = make([]int, len(r.Entities))
				for j := range ms {
					if e := ms[j].Entity; e >= 0 && e < len(named) && ms[j].Kind == mentions.Person {
						named[e]++
					}
				}
			}
			if lead := r.leadNamesake(tied, named, i); lead >= 0 {
				// "Donald Trump ... his niece Mary Trump ... Trump said": a
				// bare surname is the person the story names first and
				// again; a namesake it names once, later, is not meant
				m.Kind = mentions.Person
				m.Entity = lead
				r.ambig = append(r.ambig, i) // still a name two people bear (sharesName)
				continue
			}
		}
		if best >= 0 {
			r.ambig = append(r.ambig, i) // ambiguous: a named person, but which
			continue
		}
		if m.Kind == mentions.Surname {
			continue // a lone word with no fuller name
		}
		if m.Weak {
			continue // a headline name no body sentence confirms
		}
		if r.workBeforeCredit(i) {
			continue // "Vera Drake star X", "Franz Ferdinand frontman X": a film or a band, not a person
		}
		if o := r.firmOfName(i, ws); o >= 0 {
			// "Ana Roe Inc said ... Ana Roe will": the short name of a
			// firm the article names in full, not a person
			m.Kind, m.Entry, m.OrgName = mentions.Org, ms[o].Entry, ms[o].OrgName
			continue
		}
		r.Entities = append(r.Entities, Entity{Kind: kg.KindPerson, words: r.keep(ws), Gender: m.Gender, First: i})
		m.Entity = len(r.Entities) - 1
	}
	slices.Sort(r.ambig)
}

// surnameHon: honorifics written before a family name ("Mr Heath"), not
// "Sir" and "Dame", written before the given name ("Sir Edward").
func surnameHon(h string) bool {
	switch strings.TrimSuffix(h, ".") {
	case "Mr", "Mrs", "Ms", "Miss", "Mme", "Dr", "Prof":
		return true
	}
	return false
}

// honSurname reports that the story writes person e with an honorific
// before the last word of the name ("Mr Flight" for Howard Flight): the
// family name comes last, so an honorific before the first word ("Mr
// Howard") names someone else. Names written family name first ("Mr
// Xi" for Xi Jinping) never get the last-word form.
func (r *Result) honSurname(ei int) bool {
	e := &r.Entities[ei]
	if len(e.words) < 2 {
		return false
	}
	last := e.words[len(e.words)-1]
	for i := range r.md.Mentions {
		o := &r.md.Mentions[i]
		if o.Entity == ei && o.Hon != "" && o.Last-o.First == 1 && r.md.Seg.TokenText(o.First) == last {
			return true
		}
	}
	return false
}

func (r *Result) others(g *gazetteer.Gazetteer) {
	ms := r.md.Mentions
	if r.index == nil {
		r.index = map[string]int{}
		r.byName = map[nameKey]int{}
	}
	index := r.index
	for i := range ms {
		m := &ms[i]
		// the name the id is made from: a name seen before has its entity
		// (the id, made anew, would find it in index)
		nk := nameKey{kind: m.Kind}
		switch m.Kind {
		case mentions.Country:
			iso := m.Entry.ISO
			if r.opts.CountryOf != nil {
				iso = r.opts.CountryOf(iso, m.Entry.Kind == gazetteer.Capital || m.Entry.Kind == gazetteer.Seat)
			}
			nk.s = iso
		case mentions.Org:
			if m.Portfolio || m.ShortForm {
				continue
			}
			if e := r.namesakePerson(i); e >= 0 {
				// "Michael Bloomberg ... Bloomberg won": a listed body's
				// one-word name that is the surname of a person the story
				// has named in full is that person
				m.Kind, m.Entity = mentions.Person, e
				continue
			}
			if m.Entry != nil {
				nk.s = m.Entry.Name
			} else {
				nk.s = strings.TrimPrefix(m.OrgName, "The ")
			}
		case mentions.Place:
			if m.Entry == nil {
				continue
			}
			nk.s = m.Entry.Name
			if m.Entry.Kind == gazetteer.Seat {
				nk.s = strings.TrimPrefix(m.Entry.Surface, "The ")
			}
		default:
			continue
		}
		if ei, ok := r.byName[nk]; ok {
			m.Entity = ei
			continue
		}
		var key string
		var e Entity
		switch m.Kind {
		case mentions.Country:
			iso := nk.s
			c := g.Country(iso)
			if c == nil {
				continue
			}
			key = kg.CountryID(iso)
			e = Entity{Kind: kg.KindCountry, ID: key, Name: c.Name, ISO: iso}
		case mentions.Org:
			if m.Portfolio || m.ShortForm {
				continue // short forms are settled once every body is known
			}
			if m.Entry != nil {
				e = Entity{Kind: kg.KindOrganization, Name: m.Entry.Name, OrgKind: m.Entry.OrgKind}
				if m.Entry.ISO != "" {
					e.CountryID = kg.CountryID(m.Entry.ISO)
				}
			} else {
				e = Entity{Kind: kg.KindOrganization, Name: strings.TrimPrefix(m.OrgName, "The ")}
			}
			e.ID = kg.OrgID(e.Name)
			key = e.ID
		case mentions.Place:
			if m.Entry == nil {
				continue
			}
			name := m.Entry.Name
			if m.Entry.Kind == gazetteer.Seat {
				name = strings.TrimPrefix(m.Entry.Surface, "The ")
			}
			e = Entity{ID: kg.PlaceID(name), Name: name}
			if m.Entry.ISO != "" {
				e.CountryID = kg.CountryID(m.Entry.ISO)
			}
			key = e.ID
		default:
			continue
		}
		ei, ok := index[key]
		if !ok {
			e.First = i
			r.Entities = append(r.Entities, e)
			ei = len(r.Entities) - 1
			index[key] = ei
		}
		r.byName[nk] = ei
		m.Entity = ei
	}
	// "Council" for the European Council: the one body whose name ends so
	for i := range ms {
		m := &ms[i]
		if m.Kind != mentions.Org || !m.ShortForm {
			continue
		}
		cand, n := -1, 0
		for ei := range r.Entities {
			e := &r.Entities[ei]
			if e.Kind != kg.KindOrganization || e.Name == m.OrgName {
				continue
			}
			if strings.HasSuffix(e.Name, " "+m.OrgName) || hasAliasSuffix(ms, ei, m.OrgName) {
				cand = ei
				n++
			}
		}
		if n == 1 {
			m.Entity = cand
		}
	}
}

// firmShortNames settles a lone capitalised word that names no person
// of the story ("Acme said", "Acme's chairman") as the short name of the
// one body the story names so: by that very word ("Acme", given a cue
// where first named), or by the word and a legal ending ("Acme Widgets
// Corp") or a trade's head word ("Cairn Energy", tradeHead). News calls
// a firm by its first word once it has named it in full, and a surname
// no person of the story bears is no person. Words the lists know
// (places, countries, stop and organization words) and any person of
// the story bearing the word keep it unresolved.
func (r *Result) firmShortNames(g *gazetteer.Gazetteer) {
	ms := r.md.Mentions
	d := r.md.Seg
	var byWord map[string]int
	for i := range ms {
		m := &ms[i]
		if m.Kind != mentions.Surname || m.Entity >= 0 || m.Last != m.First+1 || m.Weak || m.InTitle || m.Hon != "" || m.Title != nil || m.Appos != nil {
			continue
		}
		if _, amb := slices.BinarySearch(r.ambig, i); amb {
			continue
		}
		if k := m.Last; k < len(d.Tokens) && k < d.Sentences[m.Sent].Last && d.Tokens[k].Kind == segment.Word && d.Tokens[k].Has(segment.FlagCap) {
			continue // "Acme Canada said": a longer name the lists do not know
		}
		w := d.TokenText(m.First)
		if g.IsStop(w) || g.IsOrgWord(w) {
			continue
		}
		if _, given := g.Given(w); given {
			continue
		}
		if byWord == nil {
			byWord = r.shortNameBodies() // once, on the first lone word that may be a short name
		}
		found, ok := byWord[w]
		if !ok || found < 0 {
			continue
		}
		if g.LookupWord(w) != nil {
			continue // "Bradford Council ... in Bradford": a place, not the council (asked last: a word with a mark in it is segmented)
		}
		m.Kind, m.Entity = mentions.Org, found
		if o := r.Entities[found].First; o >= 0 && o < len(ms) {
			m.Entry, m.OrgName = ms[o].Entry, ms[o].OrgName
		}
	}
}

// shortNameBodies maps each word a lone short name may be to the one body
// it names, for firmShortNames: the body named by the word alone or by
// the word and a legal ending or a trade's head word ("Acme Widgets
// Corp", "Cairn Energy"); -2 when a person of the story bears the word
// ("Marsh" beside Ann Marsh), when it opens another body's name ("Marsh &
// McLennan": which) or two bodies' ("Acme Inc" and "Acme Foods Corp":
// either). One pass over the entities, not one per mention.
func (r *Result) shortNameBodies() map[string]int {
	byWord := make(map[string]int, len(r.Entities))
	for ei := range r.Entities {
		e := &r.Entities[ei]
		switch e.Kind {
		case kg.KindPerson:
			for _, w := range e.words {
				byWord[w] = -2
			}
		case kg.KindOrganization:
			w := e.Name
			if sp := strings.IndexByte(e.Name, ' '); sp >= 0 {
				w = e.Name[:sp]
				if last := e.Name[strings.LastIndexByte(e.Name, ' ')+1:]; !mentions.LegalSuffix(last) && !tradeHead(last) {
					byWord[w] = -2
					continue
				}
			}
			if f, seen := byWord[w]; seen && f != ei {
				byWord[w] = -2
			} else {
				byWord[w] = ei
			}
		}
	}
	return byWord
}

// tradeHead reports a word that ends a company's name by its trade
// ("Acme Bank", "Acme Airlines", "Acme Resources"): such a firm, like one
// with a legal ending, is called by its first word once named in full.
// Public bodies' heads ("University", "Council", "Party") are left out:
// their first word is usually a place or an adjective.
func tradeHead(w string) bool {
	switch w {
	case "Bank", "Bancorp", "Bancshares", "Securities", "Insurance", "Capital", "Investments", "Financial",
		"Airlines", "Airways", "Motors", "Motor", "Automotive", "Energy", "Petroleum", "Oil", "Resources", "Mining", "Mines", "Steel", "Chemicals",
		"Industries", "Holdings", "Group", "Foods", "Brewing", "Breweries", "Stores", "Pharmaceuticals",
		"Systems", "Technologies", "Technology", "Computer", "Computers", "Software", "Electronics", "Semiconductor",
		"Communications", "Telecom", "Networks", "Media", "Entertainment", "Records":
		return true
	}
	// the trade tails that the mention finder turns from persons into
	// firms ("Mitchell Energy"), one list for both
	return mentions.IndustryTail(w)
}

// namesakePerson returns the person whose full name, written earlier
// in the story, ends in the one word of org mention i, or -1: the
// story's person, not the listed body that bears the same name
// ("Michael Bloomberg" then "Bloomberg"), unless a capitalised word
// follows ("Ford Motor", "Dell Inc", "Acme Chairman X").
func (r *Result) namesakePerson(i int) int {
	m := &r.md.Mentions[i]
	if m.Entry == nil || m.Last != m.First+1 {
		return -1
	}
	d := r.md.Seg
	if k := m.Last; k < len(d.Tokens) && d.Tokens[k].Kind == segment.Word && d.Tokens[k].Has(segment.FlagCap) && d.Tokens[k].Has(segment.FlagInQuote) == d.Tokens[m.First].Has(segment.FlagInQuote) && k < d.Sentences[m.Sent].Last {
		return -1 // the body's name goes on or qualifies a post: "Salomon Inc", "Salomon Chairman X"
	}
	w := d.TokenText(m.First)
	found := -1
	for ei := range r.Entities {
		e := &r.Entities[ei]
		if e.Kind != kg.KindPerson || len(e.words) < 2 || e.First >= i || e.words[len(e.words)-1] != w {
			continue
		}
		if found >= 0 {
			return -1 // two people of that name: which
		}
		found = ei
	}
	return found
}

// hasAliasSuffix reports a mention of entity ei written as a name ending
// in word ("European Commission" written "EU Commission").
func hasAliasSuffix(ms []mentions.Mention, ei int, word string) bool {
	for i := range ms {
		if ms[i].Entity == ei && !ms[i].ShortForm && strings.HasSuffix(ms[i].Name, " "+word) {
			return true
		}
	}
	return false
}

// descriptors resolves "the CCP leader" to the one person of the article
// named earlier with a matching title (same head, or a head of state or
// government for "leader") and a matching country or organization.
func (r *Result) descriptors() {
	ms := r.md.Mentions
	var titled []int // people named with a title, in text order
	var open []int   // posts two or more untitled people could hold
	for i := range ms {
		m := &ms[i]
		if m.Kind == mentions.Person && (m.Title != nil || m.Appos != nil) {
			titled = append(titled, i)
		}
		if m.Kind != mentions.Descriptor || m.Title == nil || !m.Definite {
			continue
		}
		if e := r.postApposed(i); e >= 0 {
			m.Entity = e
			continue
		}
		// the one person named with that post; those named with the same
		// holder first ("the French president" is the "French President
		// X", not a "President Y" of no stated country)
		cand, n, exact, nExact := -1, 0, -1, 0
		seen := map[int]bool{}
		for _, j := range titled {
			p := &ms[j]
			if p.Kind != mentions.Person || p.Entity < 0 || seen[p.Entity] {
				continue
			}
			for _, t := range []*mentions.Title{p.Title, p.Appos} {
				if t == nil || t.Former || !r.titleMatches(m.Title, t) || rankDiffers(m.Title, t) {
					continue
				}
				seen[p.Entity] = true
				cand = p.Entity
				n++
				if m.Title.Of >= 0 && t.Of >= 0 {
					exact = p.Entity
					nExact++
				}
				break
			}
		}
		if n == 0 {
			n, cand, nExact, exact = r.laterTitled(i)
		}
		if n == 0 {
			if e := r.headSuffixHolder(i, titled); e >= 0 {
				m.Entity = e
				continue
			}
		}
		switch {
		case nExact == 1:
			m.Entity = exact
		case nExact == 0 && n == 1:
			m.Entity = cand
		case n == 0:
			m.Entity = r.untitledHolder(i)
			if m.Entity < 0 && !m.InQuote {
				open = append(open, i)
			}
		}
	}
	// after every other post is settled, so that the lead's post does
	// not count as a title that keeps its holder from a later "the
	// minister" (holders)
	kept := open[:0]
	for _, i := range open {
		if e := r.introducedHolder(i); e >= 0 {
			ms[i].Entity = e
			continue
		}
		kept = append(kept, i)
	}
	open = kept
	if len(open) > 0 {
		r.postHolders(open)
	}
	// pronouns resolved while posts were still open (pronounBefore) are
	// resolved again with them
	r.pronSet = false
}

// laterTitled counts, for the definite post of mention mi that nobody
// named before it holds, the people the story names after it with that
// title ("the home secretary's plans ... Home Secretary Ann Roe said"):
// n people fit, cand one of them, nExact of them with the post's own
// qualifier, exact one of those. A post no earlier name holds is the
// later one's, not that of an untitled person named before. Only a
// national or a head's post: the one holder a story has.
func (r *Result) laterTitled(mi int) (n, cand, nExact, exact int) {
	ms := r.md.Mentions
	desc := ms[mi].Title
	cand, exact = -1, -1
	if desc.Head == nil || desc.Head.Class != gazetteer.Role || desc.Scope() != gazetteer.ScopeGov && !desc.Head.Lead {
		// "the spokesman said ... Acme spokesman Ann Roe": a body's post
		// is often held by an unnamed person first, a named one later
		return 0, cand, 0, exact
	}
	var seen []int
	for j := mi + 1; j < len(ms); j++ {
		p := &ms[j]
		if p.Kind != mentions.Person || p.Entity < 0 || p.Title == nil && p.Appos == nil || containsInt(seen, p.Entity) {
			continue
		}
		for _, t := range []*mentions.Title{p.Title, p.Appos} {
			if t == nil || t.Former || !r.titleMatches(desc, t) || rankDiffers(desc, t) || !sameHead(desc, t) {
				continue
			}
			seen = append(seen, p.Entity)
			cand = p.Entity
			n++
			if desc.Of >= 0 && t.Of >= 0 {
				exact = p.Entity
				nExact++
			}
			break
		}
	}
	return n, cand, nExact, exact
}

// postApposed returns the person set off by commas right after the
// post of mention mi, "the Lord Chancellor, Lord Roe, said": the name
// in apposition is the post's holder. The finder gives such a title to
// a plain name; a name after an honorific ("Lord", "Sir") is left to
// this. -1 when no name follows so.
func (r *Result) postApposed(mi int) int {
	d := r.md.Seg
	m := &r.md.Mentions[mi]
	j := m.Last
	if d == nil || j+1 >= len(d.Tokens) || d.TokenText(j) != "," {
		return -1
	}
	p := int(r.md.ByToken[j+1])
	if p < 0 && j+2 < len(d.Tokens) {
		// the honorific before the name is no part of its mention
		if q := int(r.md.ByToken[j+2]); q >= 0 && r.md.Mentions[q].Hon != "" && r.md.Mentions[q].HonStart == int(d.Tokens[j+1].Start) {
			p = q
		}
	}
	if p < 0 {
		return -1
	}
	o := &r.md.Mentions[p]
	if o.Kind != mentions.Person || o.Entity < 0 || o.Possessive || o.Sent != m.Sent || o.Last >= len(d.Tokens) || d.TokenText(o.Last) != "," {
		return -1
	}
	return o.Entity
}

// introducedHolder resolves a post that introduces the story's first
// person, the name following in the next sentence, as news leads do:
// "Fees will rise, the education secretary has said. Ann Roe told MPs
// ..." The post is the story's first mention of a person, names a
// national, head's or local post (mayor, first minister), and the next
// sentence opens with a person who bears no title anywhere in the story
// and is named again: that person, or -1.
func (r *Result) introducedHolder(mi int) int {
	ms := r.md.Mentions
	m := &ms[mi]
	if m.InQuote || m.Title == nil || m.Title.Head == nil || m.Title.Head.Class != gazetteer.Role || m.Title.Scope() == gazetteer.ScopeBody && !m.Title.Head.Lead {
		return -1
	}
	for k := 0; k < mi; k++ {
		if ms[k].Kind == mentions.Person || ms[k].Kind == mentions.Descriptor && ms[k].Title != nil {
			return -1 // someone came first: the post may be theirs or another's
		}
	}
	p := -1
	for k := mi + 1; k < len(ms) && ms[k].Sent <= m.Sent+1; k++ {
		if ms[k].Sent == m.Sent+1 && (ms[k].Kind == mentions.Person || ms[k].Kind == mentions.Descriptor) {
			p = k
			break
		}
	}
	if p < 0 || ms[p].Kind != mentions.Person || ms[p].Entity < 0 || ms[p].Possessive || !r.opensSentence(p) {
		return -1
	}
	e := ms[p].Entity
	if g := m.Title.Head.Gender; g != 0 && g != r.Entities[e].Gender {
		return -1
	}
	named := 0
	for k := range ms {
		if ms[k].Entity != e || ms[k].Kind != mentions.Person {
			continue
		}
		if ms[k].Title != nil || ms[k].Appos != nil {
			return -1 // titled elsewhere: the post, if theirs, would say so
		}
		named++
	}
	if named < 2 || r.sharesName(e) {
		return -1
	}
	return e
}

// headSuffixHolder resolves a one-word post that no one holds by that
// head to the one person named before it whose longer title ends in
// that word: "the prince" for "Crown Prince Abdullah", "the secretary"
// for "Defense Secretary Ann Roe". Not when two people's titles end so,
// and not across a rank ("the president" is no "Vice President").
func (r *Result) headSuffixHolder(mi int, titled []int) int {
	ms := r.md.Mentions
	desc := ms[mi].Title
	dh := desc.Head.Name
	if strings.IndexByte(dh, ' ') >= 0 || desc.Of >= 0 || desc.Portfolio || ms[mi].InQuote {
		return -1
	}
	found := -1
	for _, j := range titled {
		if j >= mi {
			break
		}
		p := &ms[j]
		if p.Entity < 0 {
			continue
		}
		for _, t := range []*mentions.Title{p.Title, p.Appos} {
			if t == nil || t.Former || t.Head == nil {
				continue
			}
			th := t.Head.Name
			if len(th) <= len(dh)+1 || !strings.EqualFold(th[len(th)-len(dh)-1:], " "+dh) || subordinateRank(th) != "" || rankDiffers(desc, t) {
				continue
			}
			if found >= 0 && found != p.Entity {
				return -1
			}
			found = p.Entity
		}
	}
	return found
}

// sameHead reports a post written with the later title's own head
// ("the chancellor" for "Chancellor of the Exchequer"), not "leader" for
// any head of government: a name after the post must bear the post
// itself ("the Conservative leader ... Prime Minister Ann Roe" may be
// two people).
func sameHead(desc, t *mentions.Title) bool {
	dh, th := desc.Head.Name, t.Head.Name
	return strings.EqualFold(dh, th) || len(th) > len(dh) && strings.EqualFold(th[:len(dh)+1], dh+" ")
}

// postHolders resolves the definite posts untitledHolder left open
// because two or more untitled people could hold them ("Tom Reed" and
// "Carl Owens" named, then "the prime minister" and "the chancellor"),
// by what the story's other sentences rule out: a person named in a
// post's own sentence is someone else than its holder ("Mr Reed told
// the chancellor"), and one person holds one of two different posts.
// Only a head's post ("the president", not "the senator"), and only
// between two people: a sentence naming two of three rules out too
// much ("Reed and Owens" beside "the chancellor" who is neither). A
// post is given to a person only when one of its sentences leaves
// that person alone and none leaves another.
func (r *Result) postHolders(open []int) {
	ms := r.md.Mentions
	type post struct {
		head   string
		of     int // the qualifier's entity, -1 when none
		ms     []int
		holder int
	}
	var posts []post
	for _, mi := range open {
		t := ms[mi].Title
		if !t.Head.Lead {
			continue // "the senator": one of many, not one post
		}
		head := strings.ToLower(t.Head.Name)
		if primeMinister(head) {
			head = "prime minister"
		}
		of := -1
		if t.Of >= 0 {
			of = ms[t.Of].Entity
		}
		k := -1
		for pi := range posts {
			if posts[pi].head == head && posts[pi].of == of {
				k = pi
			}
		}
		if k < 0 {
			posts = append(posts, post{head: head, of: of, holder: -1})
			k = len(posts) - 1
		}
		posts[k].ms = append(posts[k].ms, mi)
	}
	if len(posts) < 2 {
		// one post between two people: "the prime minister said Mr Reed
		// was wrong" may be a third, unnamed person as well as Owens;
		// two posts shared by two people is what the rule reads
		return
	}
	// taken reports e holding a post with another head word
	taken := func(e int, head string) bool {
		for _, p := range posts {
			if p.holder == e && p.head != head {
				return true
			}
		}
		return false
	}
	for changed := true; changed; {
		changed = false
		for pi := range posts {
			p := &posts[pi]
			if p.holder >= 0 {
				continue
			}
			found := -1
			for _, mi := range p.ms {
				// of two people it could be, one is named beside it
				// or holds another post: the other is left
				left, n, named, all := -1, 0, 0, 0
				for _, h := range r.holders(mi) {
					all++
					if taken(h.e, p.head) {
						continue
					}
					n++
					if !ms[mi].Possessive && r.namedInSentence(mi, h.e) {
						named++
						continue
					}
					left = h.e
				}
				if !(n == 2 && named == 1 || n == 1 && named == 0 && all > 1) {
					continue
				}
				if found >= 0 && found != left {
					found = -2 // two sentences disagree
					break
				}
				found = left
			}
			if found >= 0 {
				p.holder = found
				changed = true
			}
		}
	}
	for _, p := range posts {
		if p.holder < 0 {
			continue
		}
		for _, mi := range p.ms {
			if r.Entities[p.holder].First <= mi {
				ms[mi].Entity = p.holder
			}
		}
	}
}

// namedInSentence reports person e named by name in the sentence of
// mention mi, other than as a possessive ("Reed's aide said the
// minister ..." may well be about Reed).
func (r *Result) namedInSentence(mi, e int) bool {
	ms := r.md.Mentions
	s := ms[mi].Sent
	for i := mi - 1; i >= 0 && ms[i].Sent == s; i-- {
		if ms[i].Kind == mentions.Person && ms[i].Entity == e && !ms[i].Possessive {
			return true
		}
	}
	for i := mi + 1; i < len(ms) && ms[i].Sent == s; i++ {
		if ms[i].Kind == mentions.Person && ms[i].Entity == e && !ms[i].Possessive {
			return true
		}
	}
	return false
}

// untitledHolder resolves a definite national post no named person holds
// in the article ("the prime minister said" in a story that writes only
// "Tony Blair" and "Mr Blair") to the one person of the story it can be:
// named before it, given no title anywhere, named at least twice, and
// of a fitting gender; else -1. Bodies' posts ("the spokesman") name
// people the story does not, and stay unresolved.
func (r *Result) untitledHolder(mi int) int {
	if hs := r.holders(mi); len(hs) == 1 && !r.pronounBefore(mi, hs[0].e) && !r.inApposition(mi, hs[0].e) {
		return hs[0].e
	}
	return -1 // nobody, or two people it could be
}

// pronounBefore reports a subject pronoun earlier in the sentence of
// mention mi that refers to person e: "He called on the prime minister"
// speaks of someone other than the "he". (A name and the post may be one
// person in one sentence, "Mr Roe said the chancellor's plan"; a
// pronoun and the post hardly are.) The pronouns are resolved before
// every post is, so descriptors clears their cache when done.
func (r *Result) pronounBefore(mi, e int) bool {
	ms := r.md.Mentions
	for k := mi - 1; k >= 0 && ms[k].Sent == ms[mi].Sent; k-- {
		if ms[k].Kind == mentions.Pronoun && !ms[k].Object && r.Pronoun(k) == e {
			return true
		}
	}
	return false
}

// inApposition reports a post inside the apposition that follows a
// name of person e: "Ed Roe, chairman of the president's council,
// said" or "Ed Roe, adviser to the prime minister, said" name the post
// as someone else's, the one Roe serves.
func (r *Result) inApposition(mi, e int) bool {
	d := r.md.Seg
	ms := r.md.Mentions
	m := &ms[mi]
	for k := mi - 1; k >= 0 && ms[k].Sent == m.Sent; k-- {
		p := &ms[k]
		if p.Entity != e || p.Kind != mentions.Person || p.Last >= m.First || d.TokenText(p.Last) != "," {
			continue
		}
		start := m.First
		if m.Title != nil && m.Title.First < start {
			start = m.Title.First
		}
		if m.Title != nil && m.Title.Of >= 0 && ms[m.Title.Of].First < start {
			start = ms[m.Title.Of].First
		}
		for start > p.Last+1 && isDeterminer(d.TokenText(start-1)) {
			start--
		}
		for j := p.Last + 1; j < start; j++ {
			if d.TokenText(j) == "," {
				return false // the apposition closed before the post
			}
		}
		// the post hangs from the apposition's own head ("chairman of
		// the president's council", "adviser to the prime minister");
		// not the apposition itself ("Roe, the country's ambassador")
		switch strings.ToLower(d.TokenText(start - 1)) {
		case "of", "to", "for", "under", "with":
			return true
		}
		return false
	}
	return false
}

// rankDiffers reports two titles with one head that a subordinate rank
// tells apart: "the foreign secretary" is not the "shadow foreign
// secretary", nor "the commissioner" the "assistant commissioner".
func rankDiffers(a, b *mentions.Title) bool {
	return subordinateRank(a.Text) != subordinateRank(b.Text)
}

// subordinateRank returns the first word of a title's text that makes
// it a lesser or an opposition post than its head ("deputy", "vice",
// "assistant", "shadow", "co-"), or "".
func subordinateRank(text string) string {
	for len(text) > 0 {
		w := text
		if i := strings.IndexAny(text, " -"); i >= 0 {
			w, text = text[:i], text[i+1:]
		} else {
			text = ""
		}
		switch strings.ToLower(w) {
		case "deputy", "vice", "assistant", "associate", "shadow", "junior", "under", "sub", "co":
			return strings.ToLower(w)
		}
	}
	return ""
}

// CouldHold reports whether the unresolved definite post of mention mi
// ("the prime minister") may be person e by untitledHolder's tests,
// when more than one person passes them: the caller picks e from the
// context (the speaker just before) that coreference does not see. Only
// the person the story names most among them qualifies, and not one
// named in the post's own sentence ("the chancellor said Mr X was
// wrong" is someone else than X): a minor voice quoted just before is
// seldom the office holder the story is about.
func (r *Result) CouldHold(mi, e int) bool {
	if mi < 0 || mi >= len(r.md.Mentions) || e < 0 {
		return false
	}
	m := &r.md.Mentions[mi]
	if m.Kind != mentions.Descriptor || m.Entity >= 0 || !m.Definite {
		return false
	}
	for _, o := range r.md.Mentions {
		if o.Sent == m.Sent && o.Entity == e && o.Kind != mentions.Pronoun {
			return false
		}
	}
	hs := r.holders(mi)
	n := -1
	for _, h := range hs {
		if h.e == e {
			n = h.n
		}
	}
	if n < 0 {
		return false
	}
	for _, h := range hs {
		if h.e != e && h.n >= n {
			return false
		}
	}
	return true
}

// holder is a person untitledHolder accepts, with the number of times
// the article names that person.
type holder struct{ e, n int }

// holders lists every person untitledHolder accepts for mention mi.
func (r *Result) holders(mi int) []holder {
	ms := r.md.Mentions
	m := &ms[mi]
	if m.Title == nil || m.Title.Head == nil || m.Title.Head.Class != gazetteer.Role || m.Title.Scope() == gazetteer.ScopeBody && !m.Title.Head.Lead || m.InQuote {
		return nil
	}
	// a city's or a region's post (the mayor, the first minister, the
	// prosecutor) is held by one person as a nation's is, but such
	// stories name more people around it: one named in the post's own
	// sentence is someone else ("the prosecutor said Roe lied")
	local := m.Title.Scope() == gazetteer.ScopeLocal && !m.Title.Head.Lead
	titled := map[int]bool{}
	count := map[int]int{}
	for i := range ms {
		o := &ms[i]
		if o.Entity < 0 || o.Kind != mentions.Person && o.Kind != mentions.Descriptor {
			continue
		}
		if o.Kind == mentions.Descriptor && o.Title != nil && o.Title.Head != nil && samePost(o.Title.Head.Name, m.Title.Head.Name) {
			// the same post resolved earlier ("the prime minister" twice)
			// names its holder, not someone with another title
		} else if o.Title != nil || o.Appos != nil || o.Kind == mentions.Descriptor {
			titled[o.Entity] = true
		}
		if o.Kind == mentions.Person {
			count[o.Entity]++
		}
	}
	var out []holder
	for e := range r.Entities {
		c := count[e]
		ent := &r.Entities[e]
		if ent.Kind != kg.KindPerson || titled[e] || c < 2 || ent.First < 0 || ent.First > mi {
			continue
		}
		if g := m.Title.Head.Gender; g != 0 && g != ent.Gender {
			continue // "the Queen" is no man and no one of unknown sex
		}
		if r.sharesName(e) {
			continue // "Blair" for two Blairs: the one named twice may not be the holder
		}
		if local && r.namedInSentence(mi, e) {
			continue
		}
		out = append(out, holder{e, c})
	}
	return out
}

// samePost reports two words for one post: "the PM", "the premier"
// and "the prime minister".
func samePost(a, b string) bool {
	// EqualFold compares without allocating a lower-case copy per call
	if strings.EqualFold(a, b) {
		return true
	}
	return primeMinister(a) && primeMinister(b)
}

func primeMinister(s string) bool {
	return strings.EqualFold(s, "pm") || strings.EqualFold(s, "premier") || strings.EqualFold(s, "prime minister")
}

// sharesName reports a person whose name the article also writes for
// someone else: a mention that fits two or more people, this one among
// them.
func (r *Result) sharesName(e int) bool {
	for _, mi := range r.ambig {
		if fits(r.nameWords(&r.md.Mentions[mi]), r.Entities[e].words) > 0 {
			return true
		}
	}
	return false
}

func (r *Result) titleMatches(desc, t *mentions.Title) bool {
	dh, th := desc.Head.Name, t.Head.Name
	switch {
	case strings.EqualFold(dh, th):
	case len(th) > len(dh) && strings.EqualFold(th[:len(dh)+1], dh+" "):
		// "the Chancellor" for the "Chancellor of the Exchequer"
	case strings.EqualFold(dh, "Leader") && t.Head.Lead:
	default:
		return false
	}
	if desc.Of < 0 {
		return true
	}
	if t.Of < 0 {
		// "President X" ... "the Peruvian president"; but not "Liberal
		// leader X" for "the Conservative leader", whether or not the
		// word lists know what "Liberal" names
		return !t.Portfolio && t.OfISO == "" && !r.qualified(t)
	}
	a, b := &r.md.Mentions[desc.Of], &r.md.Mentions[t.Of]
	if a.Entity >= 0 && a.Entity == b.Entity {
		return true
	}
	isoA, isoB := entryISO(a), entryISO(b)
	return isoA != "" && isoA == isoB && (a.Kind == mentions.Country || b.Kind == mentions.Country)
}

// qualified reports a title written with a capitalised word before it
// that names no known holder: "Liberal leader".
func (r *Result) qualified(t *mentions.Title) bool {
	d := r.md.Seg
	if d == nil || t.First < 0 || t.Last > len(d.Tokens) || t.Last-t.First < 2 {
		return false
	}
	k := t.First
	if r.md.ByToken[k] >= 0 {
		return false // a named holder, handled by Of
	}
	tk := d.Tokens[k]
	return tk.Kind == segment.Word && tk.Has(segment.FlagCap) && !strings.HasPrefix(strings.ToLower(t.Text), d.Lower(k))
}

func entryISO(m *mentions.Mention) string {
	if m.Entry == nil {
		return ""
	}
	return m.Entry.ISO
}

// ukNation reports a place mention of England, Scotland, Wales or
// Northern Ireland, which name the United Kingdom (GUIDELINES §4), not
// after "New" ("New England" is no nation of it).
func (r *Result) ukNation(m *mentions.Mention) bool {
	if m.Kind != mentions.Place || m.Entity < 0 || m.Entry == nil || m.Entry.Kind != gazetteer.Place || m.Entry.ISO != "GB" {
		return false
	}
	switch m.Entry.Name {
	case "England", "Scotland", "Wales", "Northern Ireland":
	default:
		return false
	}
	if m.Name != m.Entry.Name {
		return false // "Ulster": a province and a rugby side, not the nation's name
	}
	d := r.md.Seg
	return d == nil || m.First == 0 || m.First > len(d.Tokens) || d.TokenText(m.First-1) != "New"
}

// ukNations gives the United Kingdom an entity when a nation of it is
// named: the place stays a place, and the country is mentioned too.
func (r *Result) ukNations(g *gazetteer.Gazetteer) {
	for i := range r.md.Mentions {
		if !r.ukNation(&r.md.Mentions[i]) {
			continue
		}
		id := kg.CountryID("GB")
		ei, ok := r.index[id]
		if !ok {
			c := g.Country("GB")
			if c == nil {
				return
			}
			r.Entities = append(r.Entities, Entity{Kind: kg.KindCountry, ID: id, Name: c.Name, ISO: "GB", First: i})
			ei = len(r.Entities) - 1
			r.index[id] = ei
		}
		r.nations = ei
		return
	}
}

func (r *Result) finish() {
	ms := r.md.Mentions
	d := r.md.Seg
	// every (entity, alias) pair in one slice, sorted and deduplicated
	// below: a set per entity cost a map each
	aliases := r.aliases[:0]
	for i := range ms {
		m := &ms[i]
		if m.Entity < 0 || m.Kind == mentions.Descriptor || m.Kind == mentions.Pronoun {
			continue
		}
		e := &r.Entities[m.Entity]
		e.Mentions++
		name := m.Name
		if m.Kind == mentions.Org && m.Entry == nil {
			name = strings.TrimPrefix(name, "The ")
		}
		if e.Kind == kg.KindPerson {
			if len(name) > len(e.Name) || (len(name) == len(e.Name) && e.Name == "") {
				e.Name = name
			}
			if m.Hon != "" {
				aliases = append(aliases, alias{m.Entity, d.Text[m.HonStart:m.End]})
			}
		}
		aliases = append(aliases, alias{m.Entity, name})
		if r.nations >= 0 && r.ukNation(m) {
			r.Entities[r.nations].Mentions++
			aliases = append(aliases, alias{r.nations, name})
		}
		if m.Short != "" {
			aliases = append(aliases, alias{m.Entity, m.Short})
		}
	}
	slices.SortFunc(aliases, func(a, b alias) int {
		if a.e != b.e {
			return cmp.Compare(a.e, b.e)
		}
		return strings.Compare(a.s, b.s)
	})
	r.aliases = aliases
	// every entity's aliases in one backing store, each capped at its
	// length: an append to one copies rather than overwrite the next
	store := slices.Grow(r.store[:0], len(aliases))
	k := 0
	for i := range r.Entities {
		e := &r.Entities[i]
		if e.Kind == kg.KindPerson {
			e.ID = kg.PersonID(e.Name)
		}
		start := len(store)
		for ; k < len(aliases) && aliases[k].e == i; k++ {
			a := aliases[k].s
			if k > 0 && aliases[k-1].e == i && aliases[k-1].s == a {
				continue
			}
			if a != e.Name && a != "" {
				store = append(store, a)
			}
		}
		if len(store) > start {
			e.Aliases = store[start:len(store):len(store)]
		}
	}
	r.store = store
}

// Pronoun returns the entity a subject pronoun (mention idx) refers to,
// or -1 when it is not clear. In the pronoun's own sentence, the one
// person of a compatible gender named before it (outside prepositional
// phrases); else, in the nearest of the three sentences before that names
// a compatible person, the one such person in subject position (or the
// only one named at all). Pronouns already resolved count as mentions
// of their person, so "He said ... He added" chains.
func (r *Result) Pronoun(idx int) int {
	if !r.pronSet {
		r.pronSet = true
		r.pron = slices.Grow(r.pron[:0], len(r.md.Mentions))[:len(r.md.Mentions)]
		for i := range r.pron {
			r.pron[i] = -2
		}
	}
	if v := r.pron[idx]; v != -2 {
		return int(v)
	}
	r.pron[idx] = -1 // guards against cycles
	e := r.resolvePronoun(idx)
	r.pron[idx] = int32(e)
	return e
}

func (r *Result) resolvePronoun(idx int) int {
	ms := r.md.Mentions
	p := &ms[idx]
	lo := idx
	var amb []int
	excl := r.objectsSubject(idx)
	if excl < 0 {
		excl = r.relativeAntecedent(idx)
	}
	for s := p.Sent; s >= 0 && s >= p.Sent-3; s-- {
		for lo > 0 && ms[lo-1].Sent >= s {
			lo--
		}
		var all, prominent, quoted []int
		allAt := 0     // where the first person of all is named
		amb := amb[:0] // names there that fit two or more people
		subject := -2  // the first person named in the sentence outside a prepositional phrase
		subjectEnd := 0
		for j := lo; j < len(ms) && ms[j].Sent <= s; j++ {
			m := &ms[j]
			if m.Sent != s || (s == p.Sent && j >= idx) || m.InQuote != p.InQuote || m.InTitle {
				continue
			}
			var e int
			switch m.Kind {
			case mentions.Person, mentions.Descriptor:
				e = m.Entity
				if e < 0 && m.Kind == mentions.Person && r.ambiguous(j) && !r.inPrepPhrase(j) {
					amb = append(amb, j)
					continue
				}
				if e < 0 && m.Kind == mentions.Descriptor && s >= p.Sent-1 && (r.apposedPerson(j) >= 0 || r.apposedAfter(j) >= 0) {
					// "X, the president of the bank, spoke. He ...": the
					// post is X's own, no second person. Only in the
					// pronoun's sentence or the one before: across a
					// sentence naming no one, that sentence may speak of
					// someone unnamed ("one dealer told Reuters")
					continue
				}
				if e < 0 && m.Kind == mentions.Descriptor && !r.inPrepPhrase(j) && unnamedKind(m) {
					// "an aide to X told reporters. He added ...": the
					// unnamed person may be the one meant
					prominent = addUnique(prominent, -1)
					all = addUnique(all, -1)
					continue
				}
			case mentions.Pronoun:
				if m.Gender != p.Gender {
					continue
				}
				e = r.Pronoun(j)
				if e < 0 && s != p.Sent && !m.Object && r.opensSentence(j) && len(all) == 0 {
					// "She was married to X. She said ...": the subject
					// of the sentence before is someone unresolved, not
					// X named after it ("As talks with X began, she
					// said": X may be that subject, so it stays open)
					prominent = addUnique(prominent, -1)
					all = addUnique(all, -1)
					continue
				}
			case mentions.Surname:
				if m.Entity < 0 && r.ambiguous(j) && !r.inPrepPhrase(j) {
					amb = append(amb, j)
				}
				continue
			default:
				continue
			}
			if e < 0 || e == excl {
				continue // "X met him": not X (that would be "himself")
			}
			ent := &r.Entities[e]
			if ent.Kind != kg.KindPerson || (ent.Gender != 0 && ent.Gender != p.Gender) {
				continue
			}
			if len(all) == 0 {
				allAt = m.First
			}
			all = addUnique(all, e)
			if r.quotedAsSaying(j) {
				quoted = addUnique(quoted, e)
			}
			if !r.inPrepPhrase(j) {
				prominent = addUnique(prominent, e)
				switch {
				case subject == -2:
					subject = e
					subjectEnd = m.Last
					if !r.opensSentence(j) && !r.opensAfterTime(j) {
						subject = -1
					}
				case subject >= 0 && e != subject && r.coordinated(subjectEnd, m):
					subject = -1 // "A and B met. He left.": either
				}
			}
		}
		for _, j := range amb {
			// "Baker" in a story of two Bakers: someone is named there, and
			// the pronoun may be that one, unless a person it fits is named
			// there too ("Baker, nicknamed Ginger")
			ws := r.nameWords(&ms[j])
			named := false
			for _, e := range all {
				named = named || e >= 0 && fits(ws, r.Entities[e].words) > 0
			}
			if !named {
				prominent = addUnique(prominent, -1)
				all = addUnique(all, -1)
			}
		}
		if len(all) == 0 {
			continue
		}
		if s == p.Sent && r.closingSpeaker(idx) {
			// "X's plan will fail, he said": the words reported before
			// a closing "he said" are no antecedent of its pronoun
			continue
		}
		if s == p.Sent {
			// the same sentence: only a clear single antecedent outside
			// prepositional phrases ("Standing next to Mr X, he said")
			if len(prominent) == 1 && (len(all) == 1 || prominent[0] >= 0 && !p.Object) {
				// the one person outside prepositional phrases; others
				// named there only inside them ("X said that after
				// talks with Y he ...") are no subject's antecedent (an
				// object pronoun is not the clause's own subject: "X,
				// who lost to Y, will face him")
				return prominent[0] // -1 for an unnamed person
			}
			if len(prominent) > 1 {
				return -1
			}
			continue
		}
		switch {
		case len(quoted) == 1 && !p.Object && r.opensSentence(idx):
			// "The paper quoted minister X as saying ... He said ...": the
			// one quoted goes on speaking, not the medium that quoted him
			return quoted[0]
		case len(prominent) == 1:
			return prominent[0]
		case len(prominent) == 0 && len(all) == 1 && !r.spokenBefore(s, allAt):
			// the one person there, named inside a prepositional phrase
			// ("The study, by X, said", "an idea floated by X"); not
			// when someone else speaks before it is named ("the banker
			// said ... after talks with X"): that speaker is the one meant
			return all[0]
		case len(prominent) > 1 && subject >= 0 && (!p.Object && r.opensSentence(idx) || r.quotedObject(idx)) && !containsInt(prominent, -1):
			// "X met Y in Oslo. He said ...": a subject pronoun opening its
			// sentence continues the last sentence's subject
			return subject
		}
		return -1
	}
	return -1
}

// apposedPerson returns the person whose name the descriptor mi
// follows in apposition, set off by a comma ("Ed Roe, the chairman of
// the bank,"), or -1. Without "the" the mentions package folds the post
// into the name already; with it the post stands alone.
func (r *Result) apposedPerson(mi int) int {
	ms := r.md.Mentions
	if mi <= 0 || mi >= len(ms) {
		return -1
	}
	m, p := &ms[mi], &ms[mi-1]
	start := r.phraseStart(m)
	if p.Kind != mentions.Person || p.Entity < 0 || p.Sent != m.Sent || p.Possessive || start < 1 || p.Last != start-1 || r.md.Seg.TokenText(start-1) != "," {
		return -1
	}
	return p.Entity
}

// objectsSubject returns the person who is the subject of the verb
// whose object is the pronoun idx ("Y visited him", "Y had told her",
// "he met him", "Y held talks with him"), or -1. An object pronoun is
// never its own clause's subject: that would be "himself".
func (r *Result) objectsSubject(idx int) int {
	ms := r.md.Mentions
	if idx <= 0 || idx >= len(ms) || !ms[idx].Object {
		return -1
	}
	j := idx - 1
	sm := &ms[j]
	if sm.Sent != ms[idx].Sent || sm.InQuote != ms[idx].InQuote || sm.Possessive || !r.subjectOfObject(j, idx) {
		return -1
	}
	switch sm.Kind {
	case mentions.Person, mentions.Descriptor:
		return sm.Entity
	case mentions.Pronoun:
		if !sm.Object {
			return r.Pronoun(j)
		}
	}
	return -1
}

// subjectOfObject reports a mention mi directly followed by a short
// verb group ending at the object pronoun idx ("Y visited him", "Y had
// told her", "Y met with him"): Y is that verb's subject. Punctuation,
// a capitalised word, a conjunction or a relative word between leaves
// it open, and so does a preposition other than an encounter verb's
// "with" or "to" ("took his bag with him" may be his own).
func (r *Result) subjectOfObject(mi, idx int) bool {
	d := r.md.Seg
	ms := r.md.Mentions
	from, to := ms[mi].Last, ms[idx].First
	if to <= from || to-from > 3 || to > len(d.Tokens) {
		return false
	}
	for k := from; k < to; k++ {
		t := d.Tokens[k]
		if t.Kind != segment.Word || t.Has(segment.FlagCap) {
			return false
		}
		switch w := d.Lower(k); w {
		case "with", "to":
			if k != to-1 || k == from || !encounterVerb(d.Lower(k-1)) {
				return false
			}
		case "and", "or", "but", "nor", "than", "as", "like", "that", "who", "whom", "which", "whose", "when", "while", "if", "because", "before", "after", "for", "of", "by", "from", "about", "at", "in", "on", "said", "says", "say":
			return false
		}
	}
	return true
}

// encounterVerb: a verb or noun of meeting that takes its counterpart
// after "with" or "to" ("met with him", "talks with her", "spoke to him").
func encounterVerb(w string) bool {
	switch w {
	case "met", "meet", "meets", "meeting", "talks", "talked", "talk", "spoke", "speak", "speaks", "spoken", "negotiated", "conferred":
		return true
	}
	return false
}

// closingSpeaker reports a subject pronoun of a verb of speech that
// closes the words it reports, after a comma: "..., he said." or "...,
// he claimed, saying" or "The plan, she said, will fail".
func (r *Result) closingSpeaker(idx int) bool {
	d := r.md.Seg
	m := &r.md.Mentions[idx]
	if m.Object || m.Possessive || m.InQuote || m.First == 0 || m.Last+1 >= len(d.Tokens) {
		return false
	}
	last := d.Sentences[m.Sent].Last
	if d.TokenText(m.First-1) != "," || !mentions.IsSpeechVerb(d.Lower(m.Last)) || m.Last+1 > last {
		return false
	}
	if m.First-2 >= 0 {
		switch d.Lower(m.First - 2) {
		case "who", "which", "that", "whom":
			return false // "the man who, he claims, lied": the words start there, a name before them may be his
		}
	}
	for k := d.Sentences[m.Sent].First; k < m.First; k++ {
		if d.TokenText(k) == ":" {
			return false // "X agreed: "...", he argued": X introduced the words
		}
	}
	if m.Last+1 == last {
		return true
	}
	next := d.TokenText(m.Last + 1)
	return next == "," || next == "."
}

// spokenBefore reports a speech verb ("said", "told") outside
// quotation marks in sentence s before token end, not one in the
// passive with its agent ("forecast by X"). "say" is left out: "a
// basket of, say, 30 goods".
func (r *Result) spokenBefore(s, end int) bool {
	d := r.md.Seg
	for k := d.Sentences[s].First; k < end; k++ {
		if t := d.Tokens[k]; t.Kind == segment.Word && !t.Has(segment.FlagInQuote) && d.Lower(k) != "say" && mentions.IsSpeechVerb(d.Lower(k)) && d.Lower(k+1) != "by" {
			return true // not "a plan announced by X": X is its speaker
		}
	}
	return false
}

// ambiguous reports a mention whose name fits two or more people of
// the article.
func (r *Result) ambiguous(mi int) bool {
	_, ok := slices.BinarySearch(r.ambig, mi)
	return ok
}

// quotedObject: "The agency quoted him as saying": the object pronoun
// is the speaker, and reads like a subject.
func (r *Result) quotedObject(idx int) bool {
	m := &r.md.Mentions[idx]
	return m.Object && m.First > 0 && strings.EqualFold(r.md.Seg.TokenText(m.First-1), "quoted")
}

// phraseStart is the first token of a mention's phrase: its title before
// the name (not an appositive one), its honorific and a determiner
// ("the Kenyan minister Mr X").
func (r *Result) phraseStart(m *mentions.Mention) int {
	d := r.md.Seg
	start := m.TitledFirst()
	if m.Hon != "" {
		for start > 0 && int(d.Tokens[start-1].Start) >= m.HonStart {
			start--
		}
	}
	for start > 0 && isDeterminer(d.TokenText(start-1)) {
		start--
	}
	return start
}

// quotedAsSaying reports a person quoted by someone else: "Y quoted
// minister X as saying".
func (r *Result) quotedAsSaying(mi int) bool {
	d := r.md.Seg
	m := &r.md.Mentions[mi]
	start := r.phraseStart(m)
	// the title may start after words the lists leave out ("quoted
	// energy and mines minister X")
	k := start - 1
	for ; k >= 0 && k >= start-4; k-- {
		w := d.TokenText(k)
		if strings.EqualFold(w, "quoted") || strings.EqualFold(w, "cited") {
			break
		}
		if d.Tokens[k].Kind != segment.Word || d.Tokens[k].Has(segment.FlagCap) {
			return false
		}
	}
	if k < 0 || k < start-4 {
		return false
	}
	last := d.Sentences[m.Sent].Last
	for k := m.Last; k+1 < last && k < m.Last+4; k++ {
		if d.TokenText(k) == "as" {
			switch d.Lower(k + 1) {
			case "saying", "telling", "stating":
				return true
			}
		}
	}
	return false
}

// unnamedKind: a descriptor that stands for someone the article does not
// name ("an aide", "the spokesman", "an official"), unlike an office held
// by one of its people ("the prime minister").
func unnamedKind(m *mentions.Mention) bool {
	if !m.Definite || m.Title == nil || m.Title.Head == nil {
		return true
	}
	return m.Title.Head.Scope == gazetteer.ScopeBody && !m.Title.Head.Lead
}

// coordinated reports a mention joined by "and" (or a comma) to a name
// ending at token end: "A and B".
func (r *Result) coordinated(end int, m *mentions.Mention) bool {
	d := r.md.Seg
	start := m.TitledFirst()
	for k := end; k < start; k++ {
		switch d.TokenText(k) {
		case "and", ",", "the", "The":
		default:
			return false
		}
	}
	return start > end
}

func containsInt(list []int, e int) bool {
	for _, o := range list {
		if o == e {
			return true
		}
	}
	return false
}

// opensSentence reports a mention that is its sentence's subject: the
// sentence (or its clause after an opening phrase and a comma) starts
// with it, its title or a determiner.
func (r *Result) opensSentence(mi int) bool {
	d := r.md.Seg
	m := &r.md.Mentions[mi]
	first := d.Sentences[m.Sent].First
	start := m.TitledFirst()
	if m.Hon != "" {
		for start > first && int(d.Tokens[start-1].Start) >= m.HonStart {
			start--
		}
	}
	for start > first && isDeterminer(d.TokenText(start-1)) {
		start--
	}
	if start == first {
		return true
	}
	// "On Monday, X said", "But X said"
	switch d.TokenText(start - 1) {
	case "But", "And", "However", "Meanwhile":
		return true
	case ",":
		// "On Monday, X said"; not "..., X said" after a quotation
		return start-2 >= first && !d.Tokens[start-2].Has(segment.FlagClose) && d.Tokens[start-2].Kind != segment.Quote
	}
	return false
}

func addUnique(list []int, e int) []int {
	for _, o := range list {
		if o == e {
			return list
		}
	}
	return append(list, e)
}

// inPrepPhrase reports a mention that is the object of a preposition
// ("an aide to X", "standing next to Mr X", "from Iraqi leader X").
func (r *Result) inPrepPhrase(mi int) bool {
	d := r.md.Seg
	m := &r.md.Mentions[mi]
	// a member of a list shares its head's place: "with A and B"
	for {
		k := m.TitledFirst()
		k--
		if k < 0 || d.TokenText(k) != "and" && d.TokenText(k) != "," {
			break
		}
		pm := r.md.ByToken[max(k-1, 0)]
		if k-1 < 0 || pm < 0 || r.md.Mentions[pm].Kind != m.Kind || r.md.Mentions[pm].Last != k {
			break
		}
		m = &r.md.Mentions[pm]
	}
	start := r.phraseStart(m)
	if start == 0 {
		return false
	}
	switch d.Lower(start - 1) {
	case "to", "of", "for", "with", "from", "by", "at", "about", "against", "on", "than", "like", "between", "among", "behind", "beside", "under", "over", "into", "toward", "towards", "via", "after", "before",
		"within", "across", "inside", "outside", "throughout", "near", "around", "during", "since", "until", "without", "amid", "despite", "including", "through", "upon", "in", "unlike", "alongside":
		return true
	}
	return false
}

func isDeterminer(w string) bool {
	switch w {
	case "the", "The", "a", "A", "an", "An":
		return true
	}
	return false
}

// Entity returns the entity of mention idx, or nil.
func (r *Result) Entity(idx int) *Entity {
	m := &r.md.Mentions[idx]
	if m.Entity < 0 {
		return nil
	}
	return &r.Entities[m.Entity]
}

// leadNamesake returns, of the people tied sharing a surname, the one the
// story names in full first, in a sentence before every other, when it
// names him more than once and every other once only, and before the
// surname mention mi; else -1.
func (r *Result) leadNamesake(tied, named []int, mi int) int {
	ms := r.md.Mentions
	lead := -1
	for _, e := range tied {
		if e >= len(named) || r.Entities[e].First < 0 || r.Entities[e].First >= len(ms) {
			return -1
		}
		if lead < 0 || r.Entities[e].First < r.Entities[lead].First {
			lead = e
		}
	}
	if lead < 0 || named[lead] < 2 || r.Entities[lead].First >= mi {
		return -1
	}
	if d := r.md.Seg; d != nil && ms[mi].Last < len(d.Tokens) && namedGroupNoun(strings.ToLower(d.TokenText(ms[mi].Last))) {
		return -1 // "the Biden campaign", "Hilton lawyers": the family or camp, not one person
	}
	for _, e := range tied {
		if e != lead && (named[e] != 1 || ms[r.Entities[e].First].Sent <= ms[r.Entities[lead].First].Sent) {
			return -1
		}
	}
	return lead
}

// namedGroupNoun: nouns a surname modifies to name a group or a thing of
// the person's ("the Biden campaign", "Hilton lawyers", "the Kennedy
// family"), whichever namesake is meant.
func namedGroupNoun(w string) bool {
	switch w {
	case "administration", "campaign", "camp", "family", "families", "team", "lawyers", "lawyer", "attorneys", "attorney", "aides", "aide",
		"estate", "foundation", "government", "era", "presidency", "supporters", "children", "brothers", "sisters", "household", "clan", "dynasty", "heirs":
		return true
	}
	return false
}

// loneSurnames makes a person of a lone capitalised word that names no
// actor of the story but stands where only a person stands: opening its
// clause before a verb of speech ("Voss said", `..." Voss added`) or
// after "according to" (GUIDELINES §3: a person known only by a surname
// has the surname as canonical name). Words the lists know (places,
// countries, bodies, stop words, months, given names), words the story
// also writes in lower case, words the story writes before another
// capital ("Voss Inc") and words inside a body's name the story gives
// are left alone: those are firms, places and common nouns. The name is
// the given name and the surname when the story writes them together
// ("Ada Voss ... Voss said").
func (r *Result) loneSurnames(g *gazetteer.Gazetteer) {
	ms := r.md.Mentions
	d := r.md.Seg
	made := -1 // the entity made last, for later mentions of the same word
	for i := range ms {
		m := &ms[i]
		if m.Kind != mentions.Surname || m.Entity >= 0 || m.Last != m.First+1 || m.Weak || m.InTitle || m.Hon != "" || m.Title != nil {
			continue
		}
		if _, amb := slices.BinarySearch(r.ambig, i); amb {
			continue
		}
		w := d.TokenText(m.First)
		if made >= 0 && r.Entities[made].words[len(r.Entities[made].words)-1] == w {
			m.Kind, m.Entity = mentions.Person, made
			continue
		}
		found := -1
		for ei := range r.Entities {
			if e := &r.Entities[ei]; e.Kind == kg.KindPerson && len(e.words) == 1 && e.words[0] == w && e.First >= 0 && e.First < len(ms) && ms[e.First].Kind == mentions.Surname {
				found = ei // made by this rule from an earlier mention
				break
			}
		}
		if found >= 0 {
			m.Kind, m.Entity = mentions.Person, found
			continue
		}
		if !r.personSlot(m) || !r.plainSurname(g, m.First) {
			continue
		}
		if p := r.misspeltPerson(w); p != -1 {
			if p >= 0 {
				m.Kind, m.Entity = mentions.Person, p // "Schelsinger said" after "Helmut Schlesinger"
			}
			continue
		}
		ws := []string{w}
		if gn := r.givenBefore(g, w, true); gn != "" {
			ws = []string{gn, w}
		}
		r.Entities = append(r.Entities, Entity{Kind: kg.KindPerson, words: r.keep(ws), First: i})
		e := &r.Entities[len(r.Entities)-1]
		if len(ws) == 2 {
			e.Name = ws[0] + " " + ws[1]
		}
		m.Kind, m.Entity = mentions.Person, len(r.Entities)-1
		made = m.Entity
	}
	if made < 0 {
		return
	}
	// earlier mentions of a word made a person later in the story
	for i := range ms {
		m := &ms[i]
		if m.Kind != mentions.Surname || m.Entity >= 0 || m.Last != m.First+1 || m.Weak || m.InTitle {
			continue
		}
		w := d.TokenText(m.First)
		for ei := range r.Entities {
			if e := &r.Entities[ei]; e.Kind == kg.KindPerson && e.First >= 0 && e.First < len(ms) && ms[e.First].Kind == mentions.Person && ms[e.First].Last == ms[e.First].First+1 && d.TokenText(ms[e.First].First) == w && e.words[len(e.words)-1] == w {
				m.Kind, m.Entity = mentions.Person, ei
				break
			}
		}
	}
}

// loneSpeechVerb: verbs of speech whose subject, written as one
// capitalised word opening its clause, is mostly a person or a body.
func loneSpeechVerb(w string) bool {
	switch w {
	case "said", "says", "told", "tells", "added", "adds", "stated", "explained", "argued", "insisted", "noted", "wrote", "testified", "warned", "commented", "recalled", "admitted", "conceded", "replied", "stressed":
		return true
	}
	return false
}

// personSlot reports a lone-word mention opening its clause before a
// verb of speech (at the sentence's start, or after a closing quotation
// and a comma), or right after "according to".
func (r *Result) personSlot(m *mentions.Mention) bool {
	d := r.md.Seg
	s := d.Sentences[m.Sent]
	i := m.First
	k := m.Last
	if i-3 >= s.First && (d.Lower(i-1) == "said" || d.Lower(i-1) == "says" || d.Lower(i-1) == "added") && d.Tokens[i-2].Kind == segment.Quote && d.Tokens[i-2].Has(segment.FlagClose) && d.TokenText(i-3) == "," {
		// `"...", said Voss.`: the inverted speaker closing a quotation
		return k >= s.Last || d.TokenText(k) == "." // not "said Voss, Kemper and Co analyst Ann Roe"
	}
	if k < s.Last && d.Lower(k) == "also" {
		k++
	}
	if k >= s.Last || !loneSpeechVerb(d.Lower(k)) {
		return false
	}
	if d.Lower(k) == "added" {
		// "Voss added: ...", "Voss added that": not "Voss added 1/4" (a
		// share price) nor "Value added tax"
		if k+1 >= s.Last {
			return false
		}
		if n := d.Tokens[k+1]; !(n.Kind == segment.Quote || d.TokenText(k+1) == ":" || d.TokenText(k+1) == "," || d.Lower(k+1) == "that") {
			return false
		}
	}
	if i == s.First {
		return true
	}
	if p := d.Tokens[i-1]; p.Kind == segment.Quote && p.Has(segment.FlagClose) && i-2 >= s.First && d.TokenText(i-2) == "," {
		return true // `"...," Voss said`
	}
	return false
}

// plainSurname reports a word at token i that no list knows, that the
// story writes neither in lower case, nor before another capital, nor
// inside a body's name or after "<" (a wire's firm tag).
func (r *Result) plainSurname(g *gazetteer.Gazetteer, i int) bool {
	d := r.md.Seg
	w := d.TokenText(i)
	if len(w) < 3 || w[0] < 'A' || w[0] > 'Z' || strings.ToUpper(w) == w {
		return false
	}
	if g.IsStop(w) || g.IsOrgWord(w) || g.LookupWord(w) != nil || g.Month(w) > 0 || g.Weekday(w) > 0 {
		return false
	}
	if _, given := g.Given(w); given {
		return false
	}
	if strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && r.givenBefore(g, w, false) == "" {
		// "Analysts said", "Prosecutors told": a plural noun for people
		// (a family name in -s counts when a given name goes with it)
		return false
	}
	switch strings.ToLower(w) {
	case "somebody", "everybody", "anybody", "someone", "everyone", "anyone":
		return false
	}
	for k := 1; k < len(w); k++ {
		if c := w[k]; c >= 'A' && c <= 'Z' && w[k-1] != '-' && w[k-1] != '\'' && !mixedCaseName(w) {
			return false // "BAe", "InfoWorld": a body's coined name ("Al-Amin", "O'Hara" are people's)
		}
	}
	if strings.HasSuffix(w, "able") || strings.HasSuffix(w, "ible") {
		return false // "Equitable", "Reliable": an adjective naming a firm
	}
	gw := g.Word(w)
	if gw.StartsEntity() || gw.StartsTitle() {
		return false
	}
	lw, uw := d.Lower(i), strings.ToUpper(w)
	for x := range d.Tokens {
		t := d.Tokens[x]
		if t.Kind != segment.Word {
			continue
		}
		tw := d.TokenText(x)
		if !t.Has(segment.FlagCap) && tw == lw {
			return false // "Analysts said" with "analysts" elsewhere
		}
		if strings.HasPrefix(tw, w) && len(tw) > len(w) && tw[len(w)] == '-' {
			return false // "Voss-Kemper Inc": the first part of a firm's name
		}
		if tw == uw && uw != w {
			return false // "VOSS said": a body's initials
		}
		if tw != w {
			continue
		}
		if !r.personContextAt(g, x) {
			return false
		}
	}
	for ei := range r.Entities {
		e := &r.Entities[ei]
		if e.Kind == kg.KindPerson || e.IsPlace() {
			continue
		}
		for _, f := range strings.Fields(e.Name) {
			if f == w || len(w) >= 6 && f[0] == w[0] && nearSpelling(f, w) {
				return false // a word of a body's name, or its misspelling ("Woolwoth" for Woolworth Corp)
			}
		}
	}
	return true
}

// misspeltPerson returns the one person of the story whose family name
// the word w misspells ("Benderley" for Jason Benderly: wire copy
// misspells names), -1 if none, -2 if several.
func (r *Result) misspeltPerson(w string) int {
	if len(w) < 5 {
		return -1
	}
	found := -1
	for ei := range r.Entities {
		e := &r.Entities[ei]
		if e.Kind != kg.KindPerson || len(e.words) == 0 {
			continue
		}
		last := e.words[len(e.words)-1]
		if last[0] != w[0] || !nearSpelling(last, w) || (len(w) < 7 || len(last) < 7) && !oneIndel(last, w) {
			continue
		}
		if found >= 0 && found != ei {
			return -2
		}
		found = ei
	}
	return found
}

// oneIndel reports two words equal or one letter added apart ("Baur",
// "Bauer"): in short names a changed letter makes another name (Baker,
// Bauer), a doubled or dropped one is a slip.
func oneIndel(a, b string) bool {
	if len(a) < len(b) {
		a, b = b, a
	}
	if len(a) == len(b) {
		return a == b
	}
	if len(a)-len(b) != 1 {
		return false
	}
	i := 0
	for i < len(b) && a[i] == b[i] {
		i++
	}
	return a[i+1:] == b[i:]
}

// mixedCaseName: a family name with a capital inside after a prefix
// ("McCain", "MacLeod", "O'Neill", "DeLorean", "LeBlanc", "VanHorn").
func mixedCaseName(w string) bool {
	for _, p := range []string{"Mc", "Mac", "O'", "O’", "De", "Di", "Du", "Le", "La", "Van", "Von"} {
		if strings.HasPrefix(w, p) && len(w) > len(p) && w[len(p)] >= 'A' && w[len(p)] <= 'Z' {
			rest := w[len(p)+1:]
			return strings.ToLower(rest) == rest
		}
	}
	return false
}

// nearSpelling reports two words at most two edits apart (wire copy
// misspells names: "Allegheney" for Allegheny).
func nearSpelling(a, b string) bool {
	if a == b || len(a) > 40 || len(b) > 40 {
		return a == b
	}
	if d := len(a) - len(b); d > 2 || d < -2 {
		return false
	}
	var prev, cur [41]int
	for j := 0; j <= len(b); j++ {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			c := prev[j-1]
			if a[i-1] != b[j-1] {
				c++
			}
			cur[j] = min(c, prev[j]+1, cur[j-1]+1)
		}
		prev = cur
	}
	return prev[len(b)] <= 2
}

// givenBefore returns the listed given name (or, withInitials, the
// initials) the story writes right before the word w ("Ada Voss", "AJ
// Voss"), if exactly one.
func (r *Result) givenBefore(g *gazetteer.Gazetteer, w string, withInitials bool) string {
	d := r.md.Seg
	out := ""
	for x := 1; x < len(d.Tokens); x++ {
		if d.TokenText(x) != w {
			continue
		}
		p := d.Tokens[x-1]
		if p.Kind != segment.Word || !p.Has(segment.FlagCap) {
			continue
		}
		pw := d.TokenText(x - 1)
		if _, given := g.Given(pw); !given && !(withInitials && initials(pw) && g.LookupWord(pw) == nil) || g.IsStop(pw) {
			continue // "U.S. Voss" is no name
		}
		if out != "" && out != pw {
			return ""
		}
		out = pw
	}
	return out
}

// personContextAt reports that the word at token x, a lone capitalised
// word, stands nowhere in a body's place: not before another capital or
// a firm's legal ending ("Voss Inc", "Voss corp"), not after an article,
// "other", "at" or a class noun for bodies ("a Voss spokesman", "the
// research board Voss"), not after a capitalised word other than a given
// name, title or sentence opener ("Norsk Voss"), not heading an
// apposition of a body ("Voss, a unit of"), and not speaking of "it" or
// "its" ("Voss said it will", "Voss said in its report").
func (r *Result) personContextAt(g *gazetteer.Gazetteer, x int) bool {
	d := r.md.Seg
	n := len(d.Tokens)
	if x+1 < n && d.Tokens[x+1].Kind == segment.Word {
		if d.Tokens[x+1].Has(segment.FlagCap) || mentions.LegalSuffix(d.TokenText(x+1)) {
			return false
		}
		switch d.Lower(x + 1) {
		case "inc", "corp", "co", "ltd", "plc", "nc":
			return false
		}
	}
	if x > 0 {
		switch pl := d.Lower(x - 1); pl {
		case "<", "a", "an", "the", "other", "at":
			return false
		default:
			if bodyClassWord(pl) {
				return false
			}
		}
		if p := d.Tokens[x-1]; p.Kind == segment.Word && p.Has(segment.FlagCap) {
			pw := d.TokenText(x - 1)
			_, given := g.Given(pw)
			initial := len(pw) <= 4 && strings.HasSuffix(pw, ".") || len(pw) <= 2 && strings.ToUpper(pw) == pw // "J.K.", "JK"
			if !given && !initial && !g.IsStop(pw) && !g.Word(pw).StartsTitle() {
				return false
			}
		}
	}
	if x+3 < n && d.TokenText(x+1) == "," && (d.Lower(x+2) == "a" || d.Lower(x+2) == "an" || d.Lower(x+2) == "the") {
		for j := x + 3; j < n && j <= x+5; j++ {
			if bodyClassWord(d.Lower(j)) {
				return false // "Voss, a unit of", "Voss, the computer maker,"
			}
		}
	}
	if j := x + 1; j < n && d.Tokens[j].Has(segment.FlagPossessive) {
		j++ // "Voss's stake"
		if j < n && firmThing(d.Lower(j)) {
			return false
		}
	} else if j < n && firmThing(d.Lower(j)) {
		return false // "Voss shares", "Voss stores": what a firm has
	}
	if x >= 2 && d.TokenText(x-1) == "," && bodyClassWord(d.Lower(x-2)) {
		return false // "its parent company, Voss,"
	}
	k := x + 1
	if k+2 < n && d.Lower(k) == "of" && d.Tokens[k+1].Has(segment.FlagCap) {
		k += 2 // "Voss of Sweden said it"
	}
	for k < n && k <= x+2 && d.Tokens[k].Kind == segment.Word && !d.Tokens[k].Has(segment.FlagCap) && !loneSpeechVerb(d.Lower(k)) {
		k++ // "Voss also said", "Voss now says"
	}
	if k < n && loneSpeechVerb(d.Lower(k)) {
		if k+1 < n && d.Lower(k+1) == "that" {
			k++
		}
		if j := k + 1; j < n {
			switch d.Lower(j) {
			case "chairman", "president", "chief", "director", "vice", "executive", "managing":
				return false // "Voss said chairman Ada Roe": a firm speaking of its officer
			}
		}
		for j := k + 1; j < n && j <= k+6; j++ {
			if lj := d.Lower(j); lj == "its" || j == k+1 && lj == "it" {
				return false // a firm speaking of itself
			}
			if t := d.Tokens[j]; t.Kind == segment.Quote || t.Kind == segment.Word && t.Has(segment.FlagCap) {
				break // "its" after another name may be that name's
			}
		}
	}
	return true
}

// bodyClassWord: common nouns for bodies that head an apposition or
// stand before a body's name ("the computer maker", "research board").
func bodyClassWord(w string) bool {
	switch w {
	case "company", "firm", "group", "unit", "subsidiary", "division", "maker", "manufacturer", "producer", "bank", "lender", "insurer",
		"carrier", "airline", "retailer", "chain", "brand", "label", "studio", "developer", "publisher", "agency", "institute", "board",
		"concern", "corporation", "conglomerate", "operator", "supplier", "distributor", "utility", "broker", "brokerage", "newspaper", "magazine",
		"club", "team", "side", "band", "organisation", "organization", "association", "consultancy", "analyst":
		return true
	}
	return false
}

// firmThing: what a firm owns, sells or employs, after its name or its
// possessive ("Voss shares", "Voss's stake", "Voss stores"); people's
// names are rarely so followed.
func firmThing(w string) bool {
	switch w {
	case "stake", "stakes", "shares", "stock", "stockholders", "shareholders", "profit", "profits", "sales", "earnings", "revenue", "revenues",
		"subsidiary", "subsidiaries", "unit", "units", "division", "divisions", "board", "directors", "products", "product", "plant", "plants",
		"factory", "factories", "stores", "store", "outlets", "operations", "stations", "points", "phones", "brand", "brands", "customers",
		"subscribers", "employees", "workers", "staff", "debentures", "bonds", "debt", "assets", "bid", "offer", "takeover", "merger",
		"network", "networks", "services", "models", "cars", "drugs", "headquarters", "executives", "spokesman", "spokeswoman", "chairman":
		return true
	}
	return false
}

// initials: "JK", "J.K.", "J." before a family name.
func initials(w string) bool {
	letters := 0
	for k := 0; k < len(w); k++ {
		switch c := w[k]; {
		case c >= 'A' && c <= 'Z':
			letters++
		case c == '.':
		default:
			return false
		}
	}
	return letters >= 1 && letters <= 3 && (letters <= 2 || strings.Contains(w, "."))
}
