// Package gazetteer holds the word lists extraction looks names up in:
// every ISO 3166-1 country (codes and official names from
// github.com/biter777/countries, overlaid with our own common names,
// aliases, demonyms, capitals and seats of government), international and
// national organizations, media, places, titles, given names and the
// capitalised words that never start a name. The lists are embedded; the
// gazetteer is built once and is safe for concurrent use.
package gazetteer

import (
	"bufio"
	"cmp"
	"embed"
	"fmt"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/biter777/countries"

	"github.com/actorgraph/actorgraph/internal/extract/segment"
)

//go:generate sh gengiven/rebuild.sh

//go:embed data/*.tsv data/*.txt
var dataFS embed.FS

// Kind is what an entry names.
type Kind uint8

const (
	Country Kind = iota + 1 // a country's name or alias: "China", "U.S."
	Demonym                 // "Chinese", "Russians"
	Capital                 // a capital: a place, or the country when it acts ("Beijing said")
	Seat                    // a seat of government that only ever stands for its country ("the Kremlin")
	Org                     // an organization
	Place                   // a city or region that is not a capital
	Title                   // a title, honorific, rank or occupation
)

func (k Kind) String() string {
	return [...]string{"?", "country", "demonym", "capital", "seat", "org", "place", "title"}[k]
}

// TitleClass separates the words that precede names.
type TitleClass uint8

const (
	Honorific  TitleClass = iota + 1 // Mr., Ms., Sir: never a role
	Role                             // President, Secretary of State, spokesman
	Rank                             // General, Pope: a person, not a role we record
	Occupation                       // analyst, expert: a person, not a role
)

// Scope says what a role title belongs to when the text does not say.
type Scope uint8

const (
	ScopeBody  Scope = iota // a post inside a body: spokesman, chairman, director
	ScopeGov                // a national post: minister, president, senator
	ScopeLocal              // a post of a city, region or see: mayor, governor, archbishop
)

// Entry is one name in the gazetteer.
type Entry struct {
	Kind    Kind
	Name    string // canonical name: the country's common name, the org's or place's name, the title as listed
	Surface string // the form this entry matches, as listed
	ISO     string // the country named, or the country an org or place belongs to
	OrgKind string // organizations: INTERNATIONAL, GOVERNMENT, PARTY, MEDIA, ...
	ActsFor string // places that stand for an org when they act (Brussels: European Union)
	Class   TitleClass
	Lead    bool // titles of heads of state or government
	Scope   Scope
	Own     string // titles: the one country whose post a bare title names (Taoiseach: IE)
	Gender  byte   // 'm' or 'f' for gendered honorifics
	Post    bool   // ranks that are also posts recorded as roles (Pope, Cardinal)
	Lower   bool   // occupations written in lower case before a name: capitalised after another capitalised word they are part of a name ("Barbara Boxer", "Media Player")
	// Alone marks orgs listed by their short brand name ("Volkswagen",
	// "Barclays"): the name stands for the body only when it is not part of
	// a longer name ("Volkswagen AG", "Barclays de Zoete Wedd", "Exane BNP
	// Paribas"), which the finder reads by shape as before.
	Alone bool
	words []string
}

// CountryInfo is one country.
type CountryInfo struct {
	ISO     string
	Name    string
	Aliases []string
}

// Gazetteer is the set of lists.
type Gazetteer struct {
	entries  []Entry
	entities wordIndex // first word -> entity entries
	titles   wordIndex // first word (as listed, lower case, title case) -> title entries
	given    map[string]byte
	// lexicon holds the given names known from the general lexicon only;
	// they go straight into the word table (tens of thousands of them:
	// one map insert each, not three)
	lexicon   []lexName
	stop      map[string]bool
	orgWord   map[string]bool
	surname   map[string]bool
	months    map[string]int
	weekdays  map[string]int
	countries map[string]*CountryInfo
	absent    map[string]bool // ISO + "|" + lower-case title: national titles a country does not use
	orgs      map[string]int32
	maxWords  int
	words     wordTable // every word above, as written, with all the lists know of it
	// lexWords holds the lexicon's names that no other list knows: tens of
	// thousands of words few tokens are. Kept apart, the table every token
	// is looked up in stays small enough to sit in the cache; lexFirst
	// marks the first bytes lexWords' words begin with, so a lower-case
	// token never reaches it. All such a name has is a gender, so the
	// table maps it to that alone and Word answers with one of lexOnly.
	lexWords nameTable
	lexFirst [256]bool
	// dateFilter holds the month and weekday names behind filterHash:
	// date finding asks about every capitalised word, and few are either
	dateFilter [1 << (dateFilterBits - 6)]uint64

	seg *segment.Doc // the segmentation tokenWords reuses while the lists load

	media      sync.Map     // source -> MediaCountry's answer
	mediaCount atomic.Int64 // answers stored in media, or tried to be
}

// Word is what the lists know of one word as written: the entities and
// titles it starts, whether it is a given name, a stop word, an org word, a
// month or a weekday. A stage that asks about the same token many times
// looks it up once (Gazetteer.Word) and asks the Word; the answers are
// those of MatchEntity, Given, IsStop, IsOrgWord, Month and Weekday.
type Word struct {
	entities, titles []cand
	given            byte
	lexicon          bool
	stop, orgWord    bool
	surname          bool
	month, weekday   int
}

// cand is an entry a word starts, with the words after the first at hand:
// matching reads nothing else until one matches. A Word's candidates run
// longest first, then in list order, so the first that matches is the
// entry MatchEntity or MatchTitle would choose.
type cand struct {
	n    int
	id   int32
	rest []string // the entry's words after the first
}

func cands(g *Gazetteer, ids []int32) []cand {
	out := make([]cand, len(ids))
	for k, id := range ids {
		w := g.entries[id].words
		out[k] = cand{n: len(w), id: id, rest: w[1:]}
	}
	slices.SortStableFunc(out, func(a, b cand) int {
		if a.n != b.n {
			return cmp.Compare(b.n, a.n)
		}
		return cmp.Compare(a.id, b.id)
	})
	return out
}

// noWord is the Word of every word the lists do not hold.
var noWord Word

// StartsEntity and StartsTitle report whether any entity or title starts
// with the word: most words start none, and a caller can skip matching.
func (w *Word) StartsEntity() bool { return len(w.entities) > 0 }
func (w *Word) StartsTitle() bool  { return len(w.titles) > 0 }

// Given reports whether the word is a known given name, and its gender.
func (w *Word) Given() (byte, bool) { return w.given, w.given != 0 }

// IsStop reports whether the capitalised word never starts a name.
func (w *Word) IsStop() bool { return w.stop }

// LexiconGiven reports a given name known only from the general lexicon
// (givennames_lexicon.txt), not from the hand-kept list: rarer names and
// names that brands and places share (Sony, Buena), which need more
// evidence than a hand-listed name.
func (w *Word) LexiconGiven() bool { return w.lexicon }

// IsOrgWord reports a stop word that may still open an organization's name.
func (w *Word) IsOrgWord() bool { return w.orgWord }

// IsSurnameWord reports a stop word that is also borne as a surname
// ("Day", "Little"): after a given name it ends a person's name.
func (w *Word) IsSurnameWord() bool { return w.surname }

// Month returns 1-12 for a month name or abbreviation, else 0.
func (w *Word) Month() int { return w.month }

// Weekday returns 1 (Monday) to 7 (Sunday) for a weekday name, else 0.
func (w *Word) Weekday() int { return w.weekday }

// wordTable maps words to their Word behind the same cheap filter as
// wordIndex.
type wordTable struct {
	m     map[string]*Word
	slab  []Word // Words are carved from here: one allocation per block, not per word
	bits  uint32 // log2 of the filter's size in bits
	bloom []uint64
}

func (t *wordTable) init(n int, bits uint32) {
	t.m = make(map[string]*Word, n)
	t.bits = bits
	t.bloom = make([]uint64, 1<<(bits-6))
}

// has reports whether w may be in the table: false means it is not.
func (t *wordTable) has(w string) bool {
	h := filterHash(w, t.bits)
	return t.bloom[h>>6]&(1<<(h&63)) != 0
}

func (t *wordTable) word(w string) *Word {
	if t.m == nil {
		t.m = map[string]*Word{}
	}
	x := t.m[w]
	if x == nil {
		if len(t.slab) == 0 {
			t.slab = make([]Word, 4096)
		}
		x, t.slab = &t.slab[0], t.slab[1:]
		t.m[w] = x
		if w != "" {
			h := filterHash(w, t.bits)
			t.bloom[h>>6] |= 1 << (h & 63)
		}
	}
	return x
}

// nameTable maps the lexicon-only given names to the genders they are
// listed under (a bit each: genderBits) behind the same cheap filter as
// wordTable. Or-ing a bit in is one map operation per name where reading
// the gender before writing it took two.
type nameTable struct {
	m     map[string]byte
	bits  uint32
	bloom []uint64
}

// genderBits is the bit of a gender in a nameTable.
func genderBits(gender byte) byte {
	switch gender {
	case 'm':
		return 1
	case 'f':
		return 2
	}
	return 4
}

// gender returns the gender of w: the one it is listed under, or 'u'
// when it is listed under two (or as 'u').
func (t *nameTable) gender(w string) (byte, bool) {
	switch b, ok := t.m[w]; {
	case !ok:
		return 0, false
	case b == 1:
		return 'm', true
	case b == 2:
		return 'f', true
	}
	return 'u', true
}

func (t *nameTable) init(n int, bits uint32) {
	t.m = make(map[string]byte, n)
	t.bits = bits
	t.bloom = make([]uint64, 1<<(bits-6))
}

// has reports whether w may be in the table: false means it is not.
func (t *nameTable) has(w string) bool {
	h := filterHash(w, t.bits)
	return t.bloom[h>>6]&(1<<(h&63)) != 0
}

// add records w with gender: a name listed under both genders is 'u'.
func (t *nameTable) add(w string, gender byte) {
	t.m[w] |= genderBits(gender)
	h := filterHash(w, t.bits)
	t.bloom[h>>6] |= 1 << (h & 63)
}

// lexOnly are the Words of the lexicon-only given names, by gender: they
// know nothing else, so tens of thousands of names share three Words
// instead of each having its own.
var lexOnly = [3]Word{{given: 'm', lexicon: true}, {given: 'f', lexicon: true}, {given: 'u', lexicon: true}}

func lexOnlyWord(gender byte) *Word {
	switch gender {
	case 'm':
		return &lexOnly[0]
	case 'f':
		return &lexOnly[1]
	case 'u':
		return &lexOnly[2]
	}
	return &noWord
}

// buildWords gathers the per-list maps into the word table.
func (g *Gazetteer) buildWords() {
	t := &g.words
	// sized up front: the given-name lexicon makes this tens of thousands of
	// words, and growing the map step by step was most of the build time
	t.init(len(g.entities.m)+len(g.titles.m)+len(g.given)+len(g.stop)+len(g.surname)+len(g.orgWord)+len(g.months)+len(g.weekdays), coreFilterBits)
	g.lexWords.init(len(g.lexicon), filterBits)
	for w, ids := range g.entities.m {
		t.word(w).entities = cands(g, ids)
	}
	for w, ids := range g.titles.m {
		t.word(w).titles = cands(g, ids)
	}
	for w, gd := range g.given {
		t.word(w).given = gd
	}
	for w, v := range g.stop {
		t.word(w).stop = v
	}
	for w, v := range g.surname {
		t.word(w).surname = v
	}
	for w, v := range g.orgWord {
		t.word(w).orgWord = v
	}
	for w, v := range g.months {
		t.word(w).month = v
		g.addDateWord(w)
	}
	for w, v := range g.weekdays {
		t.word(w).weekday = v
		g.addDateWord(w)
	}
	// the lexicon last: a name another list knows is marked in the main
	// table, the rest go to lexWords. The same lookup in the main table
	// tells the names the other lists read otherwise, which the lexicon
	// leaves alone: a hand-listed given name keeps its gender, and a stop
	// word, month, weekday or the first word of a listed place, body or
	// title ("Sydney", "Jordan", "Chancellor") is never a given name from
	// the lexicon alone. A given name the lexicon itself set (a name
	// listed twice) is no hand-listed one.
	for _, n := range g.lexicon {
		x := t.m[n.w]
		if x == nil {
			g.lexWords.add(n.w, n.gender)
			g.lexFirst[n.w[0]] = true
			continue
		}
		if x.given != 0 && !x.lexicon || x.stop || x.month > 0 || x.weekday > 0 || len(x.entities) > 0 || len(x.titles) > 0 {
			continue
		}
		if x.given != 0 && x.given != n.gender {
			x.given = 'u' // listed under both genders
		} else {
			x.given = n.gender
		}
		x.lexicon = true
	}
}

// Word returns what the lists know of w as written; never nil.
func (g *Gazetteer) Word(w string) *Word {
	if w == "" {
		if x := g.words.m[w]; x != nil {
			return x
		}
		return &noWord
	}
	if g.words.has(w) {
		if x := g.words.m[w]; x != nil {
			return x
		}
	}
	if g.lexFirst[w[0]] && g.lexWords.has(w) {
		if gd, ok := g.lexWords.gender(w); ok {
			return lexOnlyWord(gd)
		}
	}
	return &noWord
}

var (
	once sync.Once
	def  *Gazetteer
	err  error
)

// Default returns the gazetteer built from the embedded lists. It panics
// only if the embedded data itself is malformed, which the package tests
// rule out.
func Default() *Gazetteer {
	once.Do(func() { def, err = build() })
	if err != nil {
		panic("gazetteer: " + err.Error())
	}
	return def
}

func build() (*Gazetteer, error) {
	g := &Gazetteer{
		entities:  wordIndex{m: map[string][]int32{}},
		titles:    wordIndex{m: map[string][]int32{}},
		given:     map[string]byte{},
		stop:      map[string]bool{},
		orgWord:   map[string]bool{},
		surname:   map[string]bool{},
		months:    map[string]int{},
		weekdays:  map[string]int{},
		countries: map[string]*CountryInfo{},
		absent:    map[string]bool{},
		orgs:      map[string]int32{},
	}
	if err := g.loadCountries(); err != nil {
		return nil, err
	}
	if err := g.loadOrgs(); err != nil {
		return nil, err
	}
	if err := g.loadPlaces(); err != nil {
		return nil, err
	}
	if err := g.loadTitles(); err != nil {
		return nil, err
	}
	if err := g.loadWords(); err != nil {
		return nil, err
	}
	g.buildWords()
	g.seg = nil
	return g, nil
}

func readTSV(name string, minCols int, fn func(cols []string) error) error {
	f, err := dataFS.Open("data/" + name)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	line := 0
	for sc.Scan() {
		line++
		t := sc.Text()
		if strings.TrimSpace(t) == "" || strings.HasPrefix(t, "#") {
			continue
		}
		cols := strings.Split(t, "\t")
		if len(cols) < minCols {
			return fmt.Errorf("%s:%d: want %d columns, got %d", name, line, minCols, len(cols))
		}
		for i := range cols {
			cols[i] = strings.TrimSpace(cols[i])
		}
		if err := fn(cols); err != nil {
			return fmt.Errorf("%s:%d: %w", name, line, err)
		}
	}
	return sc.Err()
}

func split(s string) []string {
	if s == "" {
		return nil
	}
	var out []string
	for _, p := range strings.Split(s, "|") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func col(cols []string, i int) string {
	if i < len(cols) {
		return cols[i]
	}
	return ""
}

// tokenWords tokenizes a listed name the way article text is tokenized, so that
// "U.S." or "Côte d'Ivoire" match token for token. The lists hold
// thousands of names: one segmentation's memory serves them all (the
// words are strings of s, nothing of the segmentation).
func (g *Gazetteer) tokenWords(s string) []string {
	g.seg = segment.SegmentReuse(g.seg, s)
	d := g.seg
	out := make([]string, len(d.Tokens))
	for i := range d.Tokens {
		out[i] = d.TokenText(i)
	}
	return out
}

func (g *Gazetteer) addEntity(e Entry) int32 {
	e.words = g.tokenWords(e.Surface)
	if len(e.words) == 0 {
		return -1
	}
	// one surface form keeps its first meaning: lists are ordered by priority
	for _, id := range g.entities.m[e.words[0]] {
		if g.entries[id].Surface == e.Surface {
			return -1
		}
	}
	g.entries = append(g.entries, e)
	g.entities.add(e.words[0], int32(len(g.entries)-1))
	if len(e.words) > g.maxWords {
		g.maxWords = len(e.words)
	}
	return int32(len(g.entries) - 1)
}

func (g *Gazetteer) loadCountries() error {
	overlay := map[string][]string{}
	var order []string
	if err := readTSV("countries.tsv", 2, func(c []string) error {
		iso := strings.ToUpper(c[0])
		if len(iso) != 2 {
			return fmt.Errorf("bad ISO code %q", c[0])
		}
		overlay[iso] = c
		order = append(order, iso)
		return nil
	}); err != nil {
		return err
	}
	// every ISO 3166-1 country the library knows, our overlay first
	lib := map[string]countries.CountryCode{}
	for _, c := range countries.All() {
		iso := c.Alpha2()
		lib[iso] = c
		if _, ok := overlay[iso]; !ok && iso != "" {
			order = append(order, iso)
			overlay[iso] = []string{iso, officialShort(c.String())}
		}
	}
	for _, iso := range order {
		c := overlay[iso]
		info := &CountryInfo{ISO: iso, Name: c[1]}
		g.countries[iso] = info
		names := append([]string{c[1]}, split(col(c, 2))...)
		if lc, ok := lib[iso]; ok {
			if off := lc.String(); !strings.Contains(off, "(") && off != c[1] {
				names = append(names, off)
			}
		}
		for i, n := range names {
			if i > 0 {
				info.Aliases = append(info.Aliases, n)
			}
			g.addEntity(Entry{Kind: Country, Name: info.Name, Surface: n, ISO: iso})
		}
		for _, n := range split(col(c, 3)) {
			g.addEntity(Entry{Kind: Demonym, Name: info.Name, Surface: n, ISO: iso})
		}
		for _, n := range split(col(c, 4)) {
			g.addEntity(Entry{Kind: Capital, Name: n, Surface: n, ISO: iso})
		}
		for _, n := range split(col(c, 5)) {
			g.addEntity(Entry{Kind: Seat, Name: strings.TrimPrefix(n, "The "), Surface: n, ISO: iso})
		}
		for _, t := range split(col(c, 6)) {
			g.absent[iso+"|"+strings.ToLower(t)] = true
		}
	}
	return nil
}

// officialShort turns "Iran (Islamic Republic of)" into "Iran".
func officialShort(s string) string {
	if i := strings.Index(s, " ("); i > 0 {
		return s[:i]
	}
	return s
}

func (g *Gazetteer) loadOrgs() error {
	return readTSV("orgs.tsv", 2, func(c []string) error {
		e := Entry{Kind: Org, Name: c[0], Surface: c[0], OrgKind: c[1], ISO: col(c, 2), Alone: col(c, 4) == "alone"}
		if id := g.addEntity(e); id >= 0 {
			g.orgs[c[0]] = id
		}
		for _, a := range split(col(c, 3)) {
			e.Surface = a
			g.addEntity(e)
		}
		return nil
	})
}

func (g *Gazetteer) loadPlaces() error {
	return readTSV("places.tsv", 1, func(c []string) error {
		e := Entry{Kind: Place, Name: c[0], Surface: c[0], ISO: col(c, 1), ActsFor: col(c, 3)}
		g.addEntity(e)
		for _, a := range split(col(c, 2)) {
			e.Surface = a
			g.addEntity(e)
		}
		return nil
	})
}

func (g *Gazetteer) loadTitles() error {
	return readTSV("titles.tsv", 2, func(c []string) error {
		e := Entry{Kind: Title, Name: c[0], Surface: c[0]}
		switch c[1] {
		case "HON":
			e.Class = Honorific
		case "ROLE":
			e.Class = Role
		case "RANK":
			e.Class = Rank
		case "OCC":
			e.Class = Occupation
		default:
			return fmt.Errorf("unknown title class %q", c[1])
		}
		for _, f := range strings.Split(col(c, 2), ",") {
			switch strings.TrimSpace(f) {
			case "":
			case "m", "f":
				e.Gender = f[0]
			case "lead":
				e.Lead = true
			case "gov":
				e.Scope = ScopeGov
			case "local":
				e.Scope = ScopeLocal
			case "post":
				e.Post = true
			case "low":
				e.Lower = true
			default:
				return fmt.Errorf("unknown title flag %q", f)
			}
		}
		e.Own = strings.ToUpper(col(c, 3))
		// titles appear capitalised before names and in lower case elsewhere
		variants := []string{c[0], strings.ToLower(c[0]), upperFirst(strings.ToLower(c[0]))}
		for _, v := range variants {
			e.Surface = v
			e.words = g.tokenWords(v)
			dup := false
			for _, id := range g.titles.m[e.words[0]] {
				if g.entries[id].Surface == v {
					dup = true
				}
			}
			if dup || len(e.words) == 0 {
				continue
			}
			g.entries = append(g.entries, e)
			g.titles.add(e.words[0], int32(len(g.entries)-1))
		}
		return nil
	})
}

func upperFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

func (g *Gazetteer) loadWords() error {
	for _, file := range []string{"givennames.txt", "words.txt", lexiconFile} {
		f, err := dataFS.Open("data/" + file)
		if err != nil {
			return err
		}
		if st, err := f.Stat(); err == nil && file == lexiconFile {
			// a name and its space take some eight bytes: one allocation
			// holds the lexicon's tens of thousands
			g.lexicon = make([]lexName, 0, st.Size()/6)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<16), 1<<20)
		for sc.Scan() {
			t := sc.Text()
			if strings.HasPrefix(t, "#") || strings.TrimSpace(t) == "" {
				continue
			}
			label, list, ok := strings.Cut(t, ":")
			if !ok {
				f.Close()
				return fmt.Errorf("%s: line without a label: %q", file, t)
			}
			for w := range strings.FieldsSeq(list) {
				switch label {
				case "m", "f", "u":
					if file == lexiconFile {
						// buildWords drops the names other lists read otherwise
						g.lexicon = append(g.lexicon, lexName{w, label[0]})
						continue
					}
					if prev, seen := g.given[w]; seen && prev != label[0] {
						g.given[w] = 'u'
					} else {
						g.given[w] = label[0]
					}
				case "months":
					g.months[w] = monthNumber(w)
				case "weekdays":
					g.weekdays[w] = weekdayNumber(w)
				case "stop":
					g.stop[w] = true
				case "orgword":
					g.orgWord[w] = true
				case "surname":
					g.surname[w] = true
				default:
					f.Close()
					return fmt.Errorf("%s: unknown label %q", file, label)
				}
			}
		}
		f.Close()
		if err := sc.Err(); err != nil {
			return err
		}
	}
	return nil
}

// lexName is a given name of the general lexicon and its gender.
type lexName struct {
	w      string
	gender byte
}

// lexiconFile is the general given-name lexicon that gengiven builds from
// public sources; givennames.txt is the hand-kept list.
const lexiconFile = "givennames_lexicon.txt"

func monthNumber(w string) int {
	w = strings.ToLower(strings.TrimSuffix(w, "."))
	for i, m := range []string{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"} {
		if strings.HasPrefix(w, m) {
			return i + 1
		}
	}
	return 0
}

// weekdayNumber is 1 for Monday to 7 for Sunday, from a weekday's full
// name or its first letters ("Tues", "Thurs"), 0 for anything else.
func weekdayNumber(w string) int {
	w = strings.ToLower(strings.TrimSuffix(w, "."))
	for i, d := range []string{"mon", "tue", "wed", "thu", "fri", "sat", "sun"} {
		if strings.HasPrefix(w, d) {
			return i + 1
		}
	}
	return 0
}

// MatchEntity returns the longest entity entry (country, demonym, capital,
// seat, org or place) whose words start at token i, with the number of
// tokens it covers. Matching is case-sensitive and never crosses a line
// break or token limit.
func (g *Gazetteer) MatchEntity(d *segment.Doc, i, limit int) (*Entry, int) {
	return g.match(&g.entities, d, i, limit)
}

// MatchTitle returns the longest title, honorific, rank or occupation at
// token i.
func (g *Gazetteer) MatchTitle(d *segment.Doc, i, limit int) (*Entry, int) {
	return g.match(&g.titles, d, i, limit)
}

// wordIndex maps the first word of entries to them; it is built with the
// lists, and the word table (Word) takes its entries to match with.
type wordIndex struct {
	m map[string][]int32
}

const (
	filterBits     = 19 // 64 KiB: room for the given-name lexicon's tens of thousands of words
	coreFilterBits = 16 // 8 KiB for the few thousand words of the other lists
	dateFilterBits = 12 // 512 bytes for the few dozen month and weekday names
)

// filterHash is a cheap hash of a word's length and three of its bytes:
// most tokens start no entry and are no listed word, and a small bit set
// indexed by it answers most of them without hashing the whole word for
// the map.
func filterHash(w string, bits uint32) uint32 {
	n := len(w)
	// the four bytes packed side by side, so that no two words that differ
	// in them collide before the multiplicative hash
	h := uint32(n) | uint32(w[0])<<8 | uint32(w[n/2])<<16 | uint32(w[n-1])<<24
	return (h * 0x9E3779B1) >> (32 - bits)
}

func (x *wordIndex) add(w string, id int32) {
	x.m[w] = append(x.m[w], id)
}

func (g *Gazetteer) match(x *wordIndex, d *segment.Doc, i, limit int) (*Entry, int) {
	if i >= limit {
		return nil, 0
	}
	w := g.Word(d.TokenText(i))
	if x == &g.titles {
		return g.matchCands(w.titles, d, i, limit, true)
	}
	return g.matchCands(w.entities, d, i, limit, false)
}

// MatchEntityWord is MatchEntity for a token whose Word the caller holds
// (w must be g.Word(d.TokenText(i))).
func (g *Gazetteer) MatchEntityWord(d *segment.Doc, w *Word, i, limit int) (*Entry, int) {
	if i >= limit {
		return nil, 0
	}
	return g.matchCands(w.entities, d, i, limit, false)
}

// MatchTitleWord is MatchTitle for a token whose Word the caller holds.
func (g *Gazetteer) MatchTitleWord(d *segment.Doc, w *Word, i, limit int) (*Entry, int) {
	if i >= limit {
		return nil, 0
	}
	return g.matchCands(w.titles, d, i, limit, true)
}

func (g *Gazetteer) matchCands(cs []cand, d *segment.Doc, i, limit int, titles bool) (*Entry, int) {
next:
	for k := range cs {
		c := &cs[k]
		if i+c.n > limit {
			continue
		}
		for j, w := range c.rest {
			t := d.Tokens[i+1+j]
			if t.Has(segment.FlagNewline) || d.Text[t.Start:t.End] != w && !(titles && j == len(c.rest)-1 && hyphenBeat(d.Text[t.Start:t.End], w)) {
				continue next
			}
		}
		return &g.entries[c.id], c.n
	}
	return nil, 0
}

// hyphenBeat reports a token that is the word w, a hyphen and a lower-case
// beat, the wires' way of writing a company post's area ("vice
// president-finance", "senior vice president-marketing"): the post as
// written. "-elect" and "-designate" are read as describing words
// elsewhere; a capitalised tail is another post ("Secretary-General").
func hyphenBeat(tok, w string) bool {
	if len(tok) < len(w)+4 || tok[len(w)] != '-' || tok[:len(w)] != w {
		return false
	}
	tail := tok[len(w)+1:]
	if tail == "elect" || tail == "designate" {
		return false
	}
	for k := 0; k < len(tail); k++ {
		if tail[k] < 'a' || tail[k] > 'z' {
			return false
		}
	}
	return true
}

// Given reports whether w is a known given name, and its gender ('m', 'f'
// or 'u').
func (g *Gazetteer) Given(w string) (byte, bool) { return g.Word(w).Given() }

// IsStop reports whether a capitalised w never starts a name.
func (g *Gazetteer) IsStop(w string) bool { return g.stop[w] }

// IsOrgWord reports a stop word that may still open an organization's
// name ("Christian Democratic Party", "National Archives").
func (g *Gazetteer) IsOrgWord(w string) bool { return g.orgWord[w] }

// Month returns 1-12 for a month name or abbreviation, else 0.
func (g *Gazetteer) Month(w string) int { return g.months[w] }

func (g *Gazetteer) addDateWord(w string) {
	if w == "" {
		return
	}
	h := filterHash(w, dateFilterBits)
	g.dateFilter[h>>6] |= 1 << (h & 63)
}

// MonthWeekday returns Month(w) and Weekday(w), turning away most words
// that are neither with a small filter before reading either map.
func (g *Gazetteer) MonthWeekday(w string) (month, weekday int) {
	if w == "" {
		return g.months[w], g.weekdays[w]
	}
	if h := filterHash(w, dateFilterBits); g.dateFilter[h>>6]&(1<<(h&63)) == 0 {
		return 0, 0
	}
	return g.months[w], g.weekdays[w]
}

// Weekday returns 1 (Monday) to 7 (Sunday) for a weekday name, else 0.
func (g *Gazetteer) Weekday(w string) int { return g.weekdays[w] }

// Country returns the country with that ISO code, or nil.
func (g *Gazetteer) Country(iso string) *CountryInfo { return g.countries[strings.ToUpper(iso)] }

// Countries returns every country, in no particular order.
func (g *Gazetteer) Countries() []*CountryInfo {
	out := make([]*CountryInfo, 0, len(g.countries))
	for _, c := range g.countries {
		out = append(out, c)
	}
	return out
}

// Org returns the organization with that canonical name, or nil.
func (g *Gazetteer) Org(name string) *Entry {
	if id, ok := g.orgs[name]; ok {
		return &g.entries[id]
	}
	return nil
}

// TitleAbsent reports a national title the country's government does not
// use (the United Kingdom has no president): a bare "President X" in a
// British paper is not British.
func (g *Gazetteer) TitleAbsent(iso, title string) bool {
	// the key is made on the stack for ASCII (every listed title is)
	var buf [64]byte
	if b, ok := absentKey(buf[:0], iso, title); ok {
		return g.absent[string(b)]
	}
	return g.absent[strings.ToUpper(iso)+"|"+strings.ToLower(title)]
}

// absentKey appends upper-case iso, "|" and lower-case title to b, as
// strings.ToUpper and strings.ToLower make them, when both are ASCII and
// fit b's capacity (false otherwise).
func absentKey(b []byte, iso, title string) ([]byte, bool) {
	if len(iso)+1+len(title) > cap(b)-len(b) {
		return b, false
	}
	for i := 0; i < len(iso); i++ {
		c := iso[i]
		if c >= 0x80 {
			return b, false
		}
		if 'a' <= c && c <= 'z' {
			c -= 'a' - 'A'
		}
		b = append(b, c)
	}
	b = append(b, '|')
	return appendLowerASCII(b, title)
}

// appendLowerASCII appends s in lower case to b, as strings.ToLower makes
// it, when s is ASCII and fits b's capacity (false otherwise), so that a
// caller can lower a short key on the stack.
func appendLowerASCII(b []byte, s string) ([]byte, bool) {
	if len(s) > cap(b)-len(b) {
		return b, false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			return b, false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return b, true
}

// usStates are the state abbreviations of American datelines
// ("SAN JOSE, Calif., March 3").
var usStates = map[string]bool{
	"Ala.": true, "Alaska": true, "Ariz.": true, "Ark.": true, "Calif.": true, "Colo.": true, "Conn.": true, "Del.": true, "D.C.": true,
	"Fla.": true, "Ga.": true, "Hawaii": true, "Idaho": true, "Ill.": true, "Ind.": true, "Iowa": true, "Kan.": true, "Kans.": true, "Ky.": true,
	"La.": true, "Maine": true, "Md.": true, "Mass.": true, "Mich.": true, "Minn.": true, "Miss.": true, "Mo.": true, "Mont.": true,
	"Neb.": true, "Nev.": true, "N.H.": true, "N.J.": true, "N.M.": true, "N.Y.": true, "N.C.": true, "N.D.": true, "Ohio": true,
	"Okla.": true, "Ore.": true, "Pa.": true, "R.I.": true, "S.C.": true, "S.D.": true, "Tenn.": true, "Texas": true, "Utah": true,
	"Vt.": true, "Va.": true, "Wash.": true, "W.Va.": true, "W. Va.": true, "Wis.": true, "Wyo.": true,
}

// PlaceCountry returns the ISO code of the country of a dateline's place
// ("TOKYO, March 27 -", "BONN, West Germany, March 3 -", "AKRON, Ohio,
// March 3 -"), or "". Capitals and listed places are recognised in any
// case; a later part naming a country or a US state wins.
func (g *Gazetteer) PlaceCountry(dateline string) string {
	if i := strings.IndexAny(dateline, "-—–("); i > 0 {
		dateline = dateline[:i]
	}
	iso := ""
	for n, part := range strings.Split(dateline, ",") {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		if usStates[TitleCase(part)] || usStates[part] {
			return "US"
		}
		for _, form := range []string{part, TitleCase(part)} {
			e := g.Lookup(form)
			if e == nil {
				continue
			}
			switch e.Kind {
			case Country:
				return e.ISO
			case Capital, Place, Seat:
				if e.ActsFor != "" {
					return "" // Brussels, Geneva: datelines of international bodies
				}
				if e.ISO != "" && (n == 0 || iso == "") {
					iso = e.ISO
				}
			}
			break
		}
	}
	return iso
}

// MediaCountry returns the country of the news organization a source
// string names ("BBC News (...)": GB), or "".
func (g *Gazetteer) MediaCountry(source string) string {
	if source == "" {
		return ""
	}
	// a corpus has few sources and every article asks: the answers are
	// kept, up to a bound that arbitrary input cannot grow past
	if iso, ok := g.media.Load(source); ok {
		return iso.(string)
	}
	iso := g.mediaCountry(source)
	if g.mediaCount.Add(1) <= maxMediaSources {
		g.media.Store(source, iso)
	}
	return iso
}

const maxMediaSources = 1024

func (g *Gazetteer) mediaCountry(source string) string {
	d := segment.Segment(source)
	for i := 0; i < len(d.Tokens); i++ {
		e, n := g.MatchEntity(d, i, len(d.Tokens))
		if e != nil && e.Kind == Org && e.OrgKind == "MEDIA" {
			return e.ISO
		}
		if n > 0 {
			i += n - 1
		}
	}
	return ""
}

// TitleCase turns "NEW YORK" into "New York" and "N.J." stays "N.J.":
// a wire dateline's capitals written the way the lists write the place.
func TitleCase(s string) string {
	b := []byte(strings.ToLower(s))
	up := true
	for i, c := range b {
		if up && c >= 'a' && c <= 'z' {
			b[i] = c - 'a' + 'A'
		}
		up = c == ' ' || c == '-' || c == '.'
	}
	return string(b)
}

// LookupWord is Lookup for a word of ASCII letters, which segments as one
// token: the entry of one word that MatchEntity would choose, read from
// the word table without segmenting w (Lookup for anything else).
func (g *Gazetteer) LookupWord(w string) *Entry {
	for i := 0; i < len(w); i++ {
		if c := w[i] | 0x20; c < 'a' || c > 'z' {
			return g.Lookup(w)
		}
	}
	if w == "" {
		return nil
	}
	// candidates run longest first: the first of one word is the match
	for _, c := range g.Word(w).entities {
		if c.n == 1 {
			return &g.entries[c.id]
		}
	}
	return nil
}

// Lookup returns the entity entry whose whole surface is s, or nil; it is
// meant for tests and tools, not hot paths.
func (g *Gazetteer) Lookup(s string) *Entry {
	d := segment.Segment(s)
	if len(d.Tokens) == 0 {
		return nil
	}
	e, n := g.MatchEntity(d, 0, len(d.Tokens))
	if n != len(d.Tokens) {
		return nil
	}
	return e
}
