package eval

import (
	"fmt"
	"sort"
	"strings"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// FactType names a kind of fact that is scored.
type FactType string

const (
	Persons       FactType = "persons"
	Countries     FactType = "countries"
	Organizations FactType = "organizations"
	Roles         FactType = "roles"
	Meetings      FactType = "meetings"
	Statements    FactType = "statements"
	// MeetingsLoose is a diagnostic: a meeting counts as found when at least
	// two of its participants match, whatever the status and the others.
	MeetingsLoose FactType = "meetings-loose"
)

// FactTypes lists the scored types in report order.
var FactTypes = []FactType{Persons, Countries, Organizations, Roles, Meetings, Statements, MeetingsLoose}

// Counts holds the confusion counts of one fact type. Gold counts required
// gold items, Found the extracted items that were scored (those matching an
// optional gold item, and statement fragments, are not).
type Counts struct {
	Gold  int `json:"gold"`
	Found int `json:"found"`
	TP    int `json:"tp"`
	FP    int `json:"fp"`
	FN    int `json:"fn"`
}

// Precision is TP/(TP+FP), 0 when nothing was found.
func (c Counts) Precision() float64 { return ratio(c.TP, c.TP+c.FP) }

// Recall is TP/(TP+FN), 0 when the gold is empty.
func (c Counts) Recall() float64 { return ratio(c.TP, c.TP+c.FN) }

// F1 is the harmonic mean of precision and recall, 0 when both are 0.
func (c Counts) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func (c *Counts) add(o Counts) {
	c.Gold += o.Gold
	c.Found += o.Found
	c.TP += o.TP
	c.FP += o.FP
	c.FN += o.FN
}

// DateTally compares the dates of matched gold/extracted pairs. Coarser: the
// extracted date is less precise but contains the gold date ("right at
// coarser precision"); Finer: more precise than the text allows but inside
// the gold date; Missing: no extracted date for a dated gold fact;
// Spurious: a date where the gold has none.
type DateTally struct {
	Exact    int `json:"exact"`
	Coarser  int `json:"coarser"`
	Finer    int `json:"finer"`
	Wrong    int `json:"wrong"`
	Missing  int `json:"missing"`
	Spurious int `json:"spurious"`
}

// Total is the number of compared pairs.
func (d DateTally) Total() int {
	return d.Exact + d.Coarser + d.Finer + d.Wrong + d.Missing + d.Spurious
}

func (d *DateTally) add(o DateTally) {
	d.Exact += o.Exact
	d.Coarser += o.Coarser
	d.Finer += o.Finer
	d.Wrong += o.Wrong
	d.Missing += o.Missing
	d.Spurious += o.Spurious
}

// compareDates classifies an extracted date against the gold one.
func compareDates(gold, got kg.PartialDate) string {
	switch {
	case gold == got:
		return "exact"
	case gold.IsZero():
		return "spurious"
	case got.IsZero():
		return "missing"
	case got.Precision() < gold.Precision() && !gold.Start().Before(got.Start()) && !gold.End().After(got.End()):
		return "coarser"
	case got.Precision() > gold.Precision() && !got.Start().Before(gold.Start()) && !got.End().After(gold.End()):
		return "finer"
	}
	return "wrong"
}

func (d *DateTally) count(class string) {
	switch class {
	case "exact":
		d.Exact++
	case "coarser":
		d.Coarser++
	case "finer":
		d.Finer++
	case "missing":
		d.Missing++
	case "spurious":
		d.Spurious++
	default:
		d.Wrong++
	}
}

// PlaceTally compares the places of matched meetings that have one.
type PlaceTally struct {
	Right   int `json:"right"`
	Wrong   int `json:"wrong"`
	Missing int `json:"missing"`
	Extra   int `json:"extra"`
}

func (p *PlaceTally) add(o PlaceTally) {
	p.Right += o.Right
	p.Wrong += o.Wrong
	p.Missing += o.Missing
	p.Extra += o.Extra
}

// NearMissTally says why a required gold meeting and a found one that
// share two or more participants (the loose pairing) were not matched:
// the status alone, or the participant set (the found one has extra
// parties, lacks some, or both). StatusToo counts the set cases whose
// status differs as well; AsPlanned the status-only cases found PLANNED
// where the gold has them OCCURRED. It tells which kind of fix would turn
// near misses into matches without listing them.
type NearMissTally struct {
	Status    int `json:"status"`
	AsPlanned int `json:"asPlanned"`
	Extra     int `json:"extra"`
	Missing   int `json:"missing"`
	Mixed     int `json:"mixed"`
	StatusToo int `json:"statusToo"`
}

func (n *NearMissTally) add(o NearMissTally) {
	n.Status += o.Status
	n.AsPlanned += o.AsPlanned
	n.Extra += o.Extra
	n.Missing += o.Missing
	n.Mixed += o.Mixed
	n.StatusToo += o.StatusToo
}

// Total is the number of near-miss pairs.
func (n NearMissTally) Total() int { return n.Status + n.Extra + n.Missing + n.Mixed }

func (n *NearMissTally) count(gold, found []string, goldStatus, foundStatus kg.MeetingStatus) {
	extra := len(found) - overlapCount(gold, found)
	missing := len(gold) - overlapCount(found, gold)
	switch {
	case extra == 0 && missing == 0:
		n.Status++
		if foundStatus == kg.StatusPlanned {
			n.AsPlanned++
		}
		return
	case missing == 0:
		n.Extra++
	case extra == 0:
		n.Missing++
	default:
		n.Mixed++
	}
	if goldStatus != foundStatus {
		n.StatusToo++
	}
}

// Finding is one line of the per-article detail: a gold fact not found
// (miss), an extracted fact not in the gold (false), a piece of a found
// statement (fragment, not counted), or a date/place that differs.
type Finding struct {
	Type     FactType `json:"type"`
	Kind     string   `json:"kind"`
	What     string   `json:"what"`
	Why      string   `json:"why,omitempty"`
	Evidence string   `json:"evidence,omitempty"`
}

// ArticleResult is the score of one article.
type ArticleResult struct {
	ID             string               `json:"id"`
	Source         string               `json:"source"`
	Split          string               `json:"split"`
	Batch          int                  `json:"batch,omitempty"`
	Error          string               `json:"error,omitempty"`
	Counts         map[FactType]*Counts `json:"counts"`
	MeetingDates   DateTally            `json:"meetingDates"`
	StatementDates DateTally            `json:"statementDates"`
	MeetingPlaces  PlaceTally           `json:"meetingPlaces"`
	MeetingNear    NearMissTally        `json:"meetingNearMisses"`
	Findings       []Finding            `json:"findings"`
}

// honorifics fall away when names are compared ("Mr. Putin" = "Putin").
var honorifics = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "miss": true, "dr": true, "prof": true, "sir": true,
	"dame": true, "lord": true, "lady": true, "gen": true, "general": true, "rev": true,
	"sheikh": true, "monsenor": true, "monsignor": true, "the": true,
}

// nameKey normalises a name for comparison: case, accents and punctuation
// go (through kg.Slug), as do a possessive and leading honorifics.
func nameKey(s string) string {
	s = strings.TrimSpace(s)
	for _, suf := range []string{"'s", "’s", "'", "’"} {
		s = strings.TrimSuffix(s, suf)
	}
	toks := strings.Split(kg.Slug(s), "-")
	for len(toks) > 1 && honorifics[toks[0]] {
		toks = toks[1:]
	}
	return strings.Join(toks, "-")
}

// titleSynonyms map words of titles that news uses interchangeably.
var titleSynonyms = map[string]string{
	"spokesperson": "spokesman",
	"spokeswoman":  "spokesman",
	"premier":      "prime minister",
	"pm":           "prime minister",
}

// titleKey normalises a title: lower case, no accents or punctuation, no
// leading article, synonyms mapped.
func titleKey(s string) string {
	toks := strings.Split(kg.Slug(s), "-")
	for len(toks) > 0 && (toks[0] == "the" || toks[0] == "a" || toks[0] == "an") {
		toks = toks[1:]
	}
	for i, t := range toks {
		if m, ok := titleSynonyms[t]; ok {
			toks[i] = m
		}
	}
	return strings.Join(toks, " ")
}

// resolution is an extracted actor id resolved to a gold actor ref.
type resolution struct {
	ref      string // gold ref, or "" when no gold actor matches
	strength int    // 2: by canonical name (or country code), 1: by an alias
}

// resolver maps extracted actor ids to gold actors by name.
type resolver struct {
	g     *GoldArticle
	byKey map[string][]*goldActor
	ex    map[string]*kg.Actor
}

func newResolver(g *GoldArticle, facts *kg.ArticleFacts) *resolver {
	r := &resolver{g: g, byKey: map[string][]*goldActor{}, ex: map[string]*kg.Actor{}}
	refs := make([]string, 0, len(g.actors))
	for ref := range g.actors {
		refs = append(refs, ref)
	}
	sort.Strings(refs)
	for _, ref := range refs {
		ga := g.actors[ref]
		for _, k := range ga.keys {
			r.byKey[k] = append(r.byKey[k], ga)
		}
	}
	for i := range facts.Actors {
		a := &facts.Actors[i]
		if _, dup := r.ex[a.ID]; !dup {
			r.ex[a.ID] = a
		}
	}
	return r
}

// pick chooses among gold actors sharing a key: the one of the same kind,
// then the one whose canonical name has that key.
func pick(cands []*goldActor, kind kg.ActorKind, key string) *goldActor {
	var best *goldActor
	bestScore := -1
	for _, c := range cands {
		s := 0
		if c.Kind == kind {
			s += 2
		}
		if nameKey(c.Name) == key {
			s++
		}
		if s > bestScore {
			best, bestScore = c, s
		}
	}
	return best
}

// resolve matches an extracted actor id: countries by ISO code; people and
// organizations by the canonical name, then by any alias, against every
// name form of the gold actors (case-, accent- and honorific-insensitive).
// An id without an actor record is matched by its slug.
func (r *resolver) resolve(id string) resolution {
	if id == "" {
		return resolution{}
	}
	a := r.ex[id]
	if kg.KindOfID(id) == kg.KindCountry || (a != nil && a.Kind == kg.KindCountry) {
		iso := strings.ToUpper(strings.TrimPrefix(id, kg.PrefixCountry))
		if a != nil && a.ISO != "" {
			iso = strings.ToUpper(a.ISO)
		}
		return resolution{ref: kg.CountryID(iso), strength: 2}
	}
	kind := kg.KindOfID(id)
	if a == nil {
		slug := id
		if i := strings.IndexByte(id, ':'); i >= 0 {
			slug = id[i+1:]
		}
		k := nameKey(slug)
		if c := r.byKey[k]; len(c) > 0 {
			return resolution{ref: pick(c, kind, k).Ref, strength: 2}
		}
		return resolution{}
	}
	if a.Kind != "" {
		kind = a.Kind
	}
	k := nameKey(a.Name)
	if c := r.byKey[k]; len(c) > 0 {
		return resolution{ref: pick(c, kind, k).Ref, strength: 2}
	}
	for _, al := range a.Aliases {
		k := nameKey(al)
		if c := r.byKey[k]; len(c) > 0 {
			return resolution{ref: pick(c, kind, k).Ref, strength: 1}
		}
	}
	return resolution{}
}

// ref returns the gold ref an id resolves to, or a marker that can never
// equal a gold ref.
func (r *resolver) ref(id string) string {
	if res := r.resolve(id); res.ref != "" {
		return res.ref
	}
	return "?" + id
}

// label is a readable name for a gold ref or an unresolved extracted id.
func (r *resolver) label(ref string) string {
	if strings.HasPrefix(ref, "?") {
		id := ref[1:]
		if a := r.ex[id]; a != nil && a.Name != "" {
			return a.Name + " (" + id + ", not in gold)"
		}
		return id + " (not in gold)"
	}
	if ga := r.g.actors[ref]; ga != nil {
		return ga.Name
	}
	return ref
}

// scorer scores one article.
type scorer struct {
	g     *GoldArticle
	raw   string
	doc   kg.Document
	facts *kg.ArticleFacts
	loc   *locator
	res   *resolver
	out   *ArticleResult
}

func newArticleResult(g *GoldArticle) *ArticleResult {
	out := &ArticleResult{ID: g.ID, Source: g.Source, Split: g.Split, Batch: g.Batch, Counts: map[FactType]*Counts{}}
	for _, t := range FactTypes {
		out.Counts[t] = &Counts{}
	}
	return out
}

// scoreArticle compares what the extractor found in doc with the gold of
// the article whose raw text is raw.
func scoreArticle(g *GoldArticle, raw string, doc kg.Document, facts *kg.ArticleFacts) *ArticleResult {
	if facts == nil {
		facts = &kg.ArticleFacts{}
	}
	s := &scorer{g: g, raw: raw, doc: doc, facts: facts, loc: newLocator(raw, doc.Text), out: newArticleResult(g)}
	s.res = newResolver(g, facts)
	s.actors(Persons, kg.KindPerson)
	s.actors(Organizations, kg.KindOrganization)
	s.countries()
	s.roles()
	s.meetings()
	s.statements()
	return s.out
}

func (s *scorer) find(t FactType, kind, what, why, evidence string) {
	s.out.Findings = append(s.out.Findings, Finding{Type: t, Kind: kind, What: what, Why: why, Evidence: oneLine(evidence)})
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// goldEvidence is the raw sentence of a gold span, for display.
func (s *scorer) goldEvidence(sp Span) string {
	if t, err := spanText(s.raw, sp); err == nil {
		return t
	}
	return ""
}

// mention shows the sentence around the first occurrence of any of names.
func mention(text string, names ...string) string {
	for _, n := range names {
		if n == "" {
			continue
		}
		if i := strings.Index(text, n); i >= 0 {
			return sentenceAround(text, i)
		}
	}
	return ""
}

// abbreviations end with a full stop that does not end a sentence.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "st": true, "gen": true, "sen": true, "rep": true,
	"gov": true, "jr": true, "sr": true, "no": true, "prof": true, "lt": true, "col": true, "sgt": true,
}

// sentenceAround is a rough sentence containing byte i, for display only:
// it ends at a line break or at ". " after a lower-case letter, a digit or
// a closing mark, not after an abbreviation ("U.S. Treasury" and
// "Mr. Baker" do not end it).
func sentenceAround(text string, i int) string {
	isEnd := func(j int) bool { // text[j] is . ? or ! followed by a space
		if j+1 >= len(text) || text[j+1] != ' ' || !strings.ContainsRune(".?!", rune(text[j])) {
			return false
		}
		if j == 0 {
			return true
		}
		w := j
		for w > 0 && text[w-1] != ' ' && text[w-1] != '\n' {
			w--
		}
		if abbreviations[strings.ToLower(text[w:j])] {
			return false
		}
		p := text[j-1]
		return p >= 'a' && p <= 'z' || p >= '0' && p <= '9' || strings.ContainsRune("\"')]", rune(p)) || p >= 0x80
	}
	start := strings.LastIndexByte(text[:i], '\n') + 1
	for j := i - 2; j >= start; j-- {
		if isEnd(j) {
			start = j + 2
			break
		}
	}
	end := len(text)
	if k := strings.IndexByte(text[i:], '\n'); k >= 0 {
		end = i + k
	}
	for j := i; j < end; j++ {
		if isEnd(j) {
			end = j + 1
			break
		}
	}
	return text[start:end]
}

// actors scores people or organizations: one-to-one, canonical-name
// matches first; a second extracted actor for the same gold actor is a
// false hit (a duplicate node in the graph).
func (s *scorer) actors(t FactType, kind kg.ActorKind) {
	c := s.out.Counts[t]
	type cand struct {
		a   *kg.Actor
		res resolution
	}
	var cands []cand
	for i := range s.facts.Actors {
		a := &s.facts.Actors[i]
		if a.Kind == kind {
			cands = append(cands, cand{a, s.res.resolve(a.ID)})
		}
	}
	sort.SliceStable(cands, func(i, j int) bool { return cands[i].res.strength > cands[j].res.strength })
	taken := map[string]string{}
	for _, cd := range cands {
		ga := s.g.actors[cd.res.ref]
		what := fmt.Sprintf("%s (%s)", cd.a.Name, cd.a.ID)
		switch {
		case ga == nil:
			c.Found++
			c.FP++
			s.find(t, "false", what, "not in gold", mention(s.doc.Text, cd.a.Name))
		case ga.Kind != kind:
			c.Found++
			c.FP++
			s.find(t, "false", what, fmt.Sprintf("gold has %s as %s", ga.Name, ga.Kind), mention(s.doc.Text, cd.a.Name))
		case taken[ga.Ref] != "":
			c.Found++
			c.FP++
			s.find(t, "false", what, "duplicate of "+taken[ga.Ref], mention(s.doc.Text, cd.a.Name))
		default:
			taken[ga.Ref] = what
			if !ga.Optional {
				c.Found++
				c.TP++
			}
		}
	}
	var names []goldName
	if kind == kg.KindPerson {
		for _, p := range s.g.Persons {
			names = append(names, goldName{p.Name, p.Aliases, p.Optional, kg.PersonID(p.Name)})
		}
	} else {
		for _, o := range s.g.Organizations {
			names = append(names, goldName{o.Name, o.Aliases, o.Optional, kg.OrgID(o.Name)})
		}
	}
	for _, n := range names {
		if n.opt {
			continue
		}
		c.Gold++
		if taken[n.ref] == "" {
			c.FN++
			what := n.name
			if len(n.aliases) > 0 {
				what += " (also " + strings.Join(n.aliases, ", ") + ")"
			}
			s.find(t, "miss", what, "", mention(s.raw, append([]string{n.name}, n.aliases...)...))
		}
	}
}

type goldName struct {
	name    string
	aliases []string
	opt     bool
	ref     string
}

// countries scores countries by ISO code.
func (s *scorer) countries() {
	c := s.out.Counts[Countries]
	got := map[string]string{}
	var order []string
	for _, a := range s.facts.Actors {
		if a.Kind != kg.KindCountry {
			continue
		}
		ref := s.res.ref(a.ID)
		if _, ok := got[ref]; !ok {
			got[ref] = a.Name
			order = append(order, ref)
		}
	}
	gold := map[string]GoldCountry{}
	for _, gc := range s.g.Countries {
		gold[kg.CountryID(gc.ISO)] = gc
	}
	for _, ref := range order {
		gc, ok := gold[ref]
		switch {
		case !ok:
			c.Found++
			c.FP++
			s.find(Countries, "false", fmt.Sprintf("%s (%s)", got[ref], ref), "not in gold", mention(s.doc.Text, got[ref]))
		case !gc.Optional:
			c.Found++
			c.TP++
		}
	}
	for _, gc := range s.g.Countries {
		if gc.Optional {
			continue
		}
		c.Gold++
		if _, ok := got[kg.CountryID(gc.ISO)]; !ok {
			c.FN++
			s.find(Countries, "miss", fmt.Sprintf("%s (%s)", gc.Name, gc.ISO), "", mention(s.raw, append([]string{gc.Name}, gc.Forms...)...))
		}
	}
}

// assign pairs gold and extracted items greedily: required gold items
// before optional ones, then by descending score; each item is used once.
// score returns a negative value for pairs that do not match.
func assign(nGold, nEx int, optional func(g int) bool, score func(g, e int) int) (goldTo, exTo []int) {
	type pair struct{ g, e, s int }
	var pairs []pair
	for g := 0; g < nGold; g++ {
		for e := 0; e < nEx; e++ {
			if sc := score(g, e); sc >= 0 {
				pairs = append(pairs, pair{g, e, sc})
			}
		}
	}
	sort.SliceStable(pairs, func(i, j int) bool {
		oi, oj := optional(pairs[i].g), optional(pairs[j].g)
		if oi != oj {
			return !oi
		}
		return pairs[i].s > pairs[j].s
	})
	goldTo, exTo = make([]int, nGold), make([]int, nEx)
	for i := range goldTo {
		goldTo[i] = -1
	}
	for i := range exTo {
		exTo[i] = -1
	}
	for _, p := range pairs {
		if goldTo[p.g] < 0 && exTo[p.e] < 0 {
			goldTo[p.g], exTo[p.e] = p.e, p.g
		}
	}
	return goldTo, exTo
}

// tally counts an assignment into c and reports misses and false hits.
func (s *scorer) tally(t FactType, c *Counts, goldTo, exTo []int, optional func(g int) bool, missWhat func(g int) (string, string), falseWhat func(e int) (string, string, string)) {
	for g, e := range goldTo {
		if optional(g) {
			continue
		}
		c.Gold++
		if e >= 0 {
			c.TP++
			c.Found++
		} else {
			c.FN++
			what, ev := missWhat(g)
			s.find(t, "miss", what, "", ev)
		}
	}
	for e, g := range exTo {
		if g >= 0 {
			continue
		}
		what, why, ev := falseWhat(e)
		if why == "fragment" {
			s.find(t, "fragment", what, "part of a found statement, not counted", ev)
			continue
		}
		c.Found++
		c.FP++
		s.find(t, "false", what, why, ev)
	}
}

type exRole struct {
	person, of, title string
	r                 *kg.Role
}

// roles scores roles by (person, title, of). Titles compare after
// normalisation (titleKey), against the gold title or an alternative; an
// extracted title may carry the holder's name in front ("U.S. Secretary of
// State", "State Department spokesman"). An empty gold "of" accepts any.
func (s *scorer) roles() {
	var ex []exRole
	seen := map[string]bool{}
	for i := range s.facts.Roles {
		r := &s.facts.Roles[i]
		er := exRole{person: s.res.ref(r.PersonID), title: r.Title, r: r}
		if r.OfID != "" {
			er.of = s.res.ref(r.OfID)
		}
		key := er.person + "|" + titleKey(er.title) + "|" + er.of
		if seen[key] {
			continue
		}
		seen[key] = true
		ex = append(ex, er)
	}
	gold := s.g.Roles
	opt := func(g int) bool { return gold[g].Optional }
	goldTo, exTo := assign(len(gold), len(ex), opt, func(g, e int) int {
		gr, er := gold[g], ex[e]
		if gr.Person != er.person || !s.titleMatches(er.title, gr) {
			return -1
		}
		if gr.Of != "" && er.of != gr.Of && !contains(gr.OfAlts, er.of) {
			return -1
		}
		return 0
	})
	s.tally(Roles, s.out.Counts[Roles], goldTo, exTo, opt, func(g int) (string, string) {
		return s.describeRole(gold[g].Person, gold[g].Title, gold[g].Of), s.goldEvidence(gold[g].Evidence)
	}, func(e int) (string, string, string) {
		return s.describeRole(ex[e].person, ex[e].title, ex[e].of), "not in gold", firstEvidence(ex[e].r.Evidence)
	})
}

func (s *scorer) describeRole(person, title, of string) string {
	d := s.res.label(person) + " — " + title
	if of != "" {
		d += " — of " + s.res.label(of)
	}
	return d
}

func firstEvidence(ev []kg.Evidence) string {
	for _, e := range ev {
		if e.Sentence != "" {
			return e.Sentence
		}
	}
	return ""
}

// titleMatches compares an extracted title with a gold role's titles.
func (s *scorer) titleMatches(title string, gr GoldRole) bool {
	ek := titleKey(title)
	for _, t := range append([]string{gr.Title}, gr.TitleAlts...) {
		gk := titleKey(t)
		if ek == gk {
			return true
		}
		if prefix, ok := strings.CutSuffix(ek, " "+gk); ok && s.holderPrefix(prefix, gr) {
			return true
		}
	}
	return false
}

// holderPrefix reports whether prefix names what the role belongs to.
func (s *scorer) holderPrefix(prefix string, gr GoldRole) bool {
	for _, of := range append([]string{gr.Of}, gr.OfAlts...) {
		if of == "" {
			continue
		}
		if kg.KindOfID(of) == kg.KindCountry && prefix == strings.ToLower(strings.TrimPrefix(of, kg.PrefixCountry)) {
			return true
		}
		if ga := s.g.actors[of]; ga != nil {
			for _, n := range append([]string{ga.Name}, ga.Aliases...) {
				if titleKey(n) == prefix {
					return true
				}
			}
		}
	}
	return false
}

type exMeeting struct {
	m     *kg.Meeting
	parts []string
	spans [][2]int
}

// participantKey is the sorted, de-duplicated participant set.
func participantKey(refs []string) []string {
	out := append([]string(nil), refs...)
	sort.Strings(out)
	k := 0
	for i, r := range out {
		if i == 0 || r != out[i-1] {
			out[k] = r
			k++
		}
	}
	return out[:k]
}

func sameSet(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func overlapCount(a, b []string) int {
	n := 0
	for _, x := range a {
		if contains(b, x) {
			n++
		}
	}
	return n
}

func (s *scorer) exSpans(ev []kg.Evidence) [][2]int {
	var out [][2]int
	for _, e := range ev {
		if a, b, ok := s.loc.evidence(e.Sentence, e.Start, e.End); ok {
			out = append(out, [2]int{a, b})
		}
	}
	return out
}

func (s *scorer) goldSpan(sp Span) ([2]int, bool) {
	if _, err := spanText(s.raw, sp); err != nil {
		return [2]int{}, false
	}
	a, b, ok := s.loc.gold(s.raw, sp)
	return [2]int{a, b}, ok
}

func intersect(a, b [][2]int) int {
	n := 0
	for _, x := range a {
		for _, y := range b {
			lo, hi := max(x[0], y[0]), min(x[1], y[1])
			if hi > lo {
				n += hi - lo
			}
		}
	}
	return n
}

// meetings scores meetings by participant set (resolved to gold actors)
// and status, whatever the kind; the date and evidence only break ties.
// A second extracted meeting for the same gold meeting is a false hit.
func (s *scorer) meetings() {
	var ex []exMeeting
	for i := range s.facts.Meetings {
		m := &s.facts.Meetings[i]
		refs := make([]string, 0, len(m.Participants))
		for _, p := range m.Participants {
			refs = append(refs, s.res.ref(p.ActorID))
		}
		ex = append(ex, exMeeting{m: m, parts: participantKey(refs), spans: s.exSpans(m.Evidence)})
	}
	gold := s.g.Meetings
	gparts := make([][]string, len(gold))
	gspan := make([][][2]int, len(gold))
	for g, gm := range gold {
		gparts[g] = participantKey(gm.Participants)
		if sp, ok := s.goldSpan(gm.Evidence); ok {
			gspan[g] = [][2]int{sp}
		}
	}
	opt := func(g int) bool { return gold[g].Optional }
	tieBreak := func(g, e int) int {
		sc := 0
		if gold[g].Date == ex[e].m.Date {
			sc += 2
		}
		if intersect(gspan[g], ex[e].spans) > 0 {
			sc++
		}
		return sc
	}
	goldTo, exTo := assign(len(gold), len(ex), opt, func(g, e int) int {
		if gold[g].Status != ex[e].m.Status || !sameSet(gparts[g], ex[e].parts) {
			return -1
		}
		return tieBreak(g, e)
	})
	s.tally(Meetings, s.out.Counts[Meetings], goldTo, exTo, opt, func(g int) (string, string) {
		gm := gold[g]
		return s.describeMeeting(gm.Kind, gm.Status, gm.Date, deref(gm.Place), gm.Participants), s.goldEvidence(gm.Evidence)
	}, func(e int) (string, string, string) {
		m := ex[e].m
		why := "not in gold"
		for g := range gold {
			if goldTo[g] >= 0 && gold[g].Status == m.Status && sameSet(gparts[g], ex[e].parts) {
				why = "duplicate of a found meeting"
			}
		}
		return s.describeMeeting(m.Kind, m.Status, m.Date, m.PlaceID, ex[e].parts), why, firstEvidence(m.Evidence)
	})
	for g, e := range goldTo {
		if e < 0 || gold[g].Optional {
			continue
		}
		gm, m := gold[g], ex[e].m
		class := compareDates(gm.Date, m.Date)
		s.out.MeetingDates.count(class)
		if class != "exact" {
			s.find(Meetings, "date", s.describeMeeting(gm.Kind, gm.Status, gm.Date, deref(gm.Place), gm.Participants),
				fmt.Sprintf("date %s: gold %s, extracted %s", class, dateStr(gm.Date), dateStr(m.Date)), s.goldEvidence(gm.Evidence))
		}
		s.place(gm, m)
	}

	// the loose diagnostic: two participants in common, any status
	loose := s.out.Counts[MeetingsLoose]
	lg, le := assign(len(gold), len(ex), opt, func(g, e int) int {
		n := overlapCount(gparts[g], ex[e].parts)
		if n < 2 {
			return -1
		}
		return n*4 + tieBreak(g, e)
	})
	for g, e := range lg {
		if gold[g].Optional {
			continue
		}
		loose.Gold++
		if e >= 0 {
			loose.TP++
			loose.Found++
			if goldTo[g] < 0 && exTo[e] < 0 {
				s.out.MeetingNear.count(gparts[g], ex[e].parts, gold[g].Status, ex[e].m.Status)
			}
		} else {
			loose.FN++
		}
	}
	for _, g := range le {
		if g < 0 {
			loose.Found++
			loose.FP++
		}
	}
}

func deref(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

func dateStr(d kg.PartialDate) string {
	if d.IsZero() {
		return "none"
	}
	return d.String()
}

// place compares a matched meeting's place: a gold "country:XX" with the
// extracted place id, a gold name with the id or name of the extracted
// place.
func (s *scorer) place(gm GoldMeeting, m *kg.Meeting) {
	gp := deref(gm.Place)
	switch {
	case gp == "" && m.PlaceID == "":
		return
	case gp == "":
		s.out.MeetingPlaces.Extra++
		return
	case m.PlaceID == "":
		s.out.MeetingPlaces.Missing++
		return
	}
	want := gp
	if kg.KindOfID(gp) != kg.KindCountry {
		want = kg.PlaceID(gp)
	}
	got := m.PlaceID
	if got != want {
		for _, p := range s.facts.Places {
			if p.ID == m.PlaceID && kg.PlaceID(p.Name) == want {
				got = want
			}
		}
	}
	if got == want {
		s.out.MeetingPlaces.Right++
	} else {
		s.out.MeetingPlaces.Wrong++
	}
}

func (s *scorer) describeMeeting(kind kg.MeetingKind, status kg.MeetingStatus, date kg.PartialDate, place string, parts []string) string {
	names := make([]string, len(parts))
	for i, p := range parts {
		names[i] = s.res.label(p)
	}
	d := fmt.Sprintf("%s %s %s [%s]", kind, status, dateStr(date), strings.Join(names, ", "))
	if place != "" {
		d += " at " + place
	}
	return d
}

type exStatement struct {
	st      *kg.Statement
	speaker string
	spans   [][2]int
	text    string
}

// statements scores statements by speaker and overlap of text: the gold
// statement's evidence sentence and quoted words against the extracted
// evidence and quote, as ranges of the document text (or, for text that
// cannot be placed, by shared word trigrams). Extracted statements that
// overlap a statement already found for the same speaker are fragments of
// it: listed, not counted.
func (s *scorer) statements() {
	var ex []exStatement
	for i := range s.facts.Statements {
		st := &s.facts.Statements[i]
		es := exStatement{st: st, speaker: s.res.ref(st.SpeakerID), spans: s.exSpans(st.Evidence)}
		hint := -1
		if len(es.spans) > 0 {
			hint = es.spans[0][0]
		}
		if q := strings.TrimSpace(st.Quote); q != "" {
			if a, b, ok := s.loc.find(q, hint, true); ok {
				es.spans = append(es.spans, [2]int{a, b})
			}
		}
		es.text = firstEvidence(st.Evidence) + " " + st.Quote + " " + st.Text
		ex = append(ex, es)
	}
	gold := s.g.Statements
	gspans := make([][][2]int, len(gold))
	gtext := make([]string, len(gold))
	for g, gs := range gold {
		for _, sp := range append([]Span{gs.Evidence}, gs.Quote...) {
			if r, ok := s.goldSpan(sp); ok {
				gspans[g] = append(gspans[g], r)
			}
			gtext[g] += " " + s.goldEvidence(sp)
		}
	}
	overlap := func(g, e int) int {
		if len(gspans[g]) > 0 && len(ex[e].spans) > 0 {
			return intersect(gspans[g], ex[e].spans)
		}
		if shingleOverlap(gtext[g], ex[e].text) >= 0.5 {
			return 1
		}
		return 0
	}
	opt := func(g int) bool { return gold[g].Optional }
	goldTo, exTo := assign(len(gold), len(ex), opt, func(g, e int) int {
		if gold[g].Speaker != ex[e].speaker {
			return -1
		}
		if n := overlap(g, e); n > 0 {
			return n
		}
		return -1
	})
	s.tally(Statements, s.out.Counts[Statements], goldTo, exTo, opt, func(g int) (string, string) {
		return s.describeStatement(gold[g].Speaker, s.goldQuote(gold[g])), s.goldEvidence(gold[g].Evidence)
	}, func(e int) (string, string, string) {
		st := ex[e].st
		why := "not in gold"
		for g := range gold {
			if goldTo[g] >= 0 && gold[g].Speaker == ex[e].speaker && overlap(g, e) > 0 {
				why = "fragment"
			}
		}
		words := st.Quote
		if words == "" {
			words = st.Text
		}
		return s.describeStatement(ex[e].speaker, words), why, firstEvidence(st.Evidence)
	})
	for g, e := range goldTo {
		if e < 0 || gold[g].Optional {
			continue
		}
		class := compareDates(gold[g].Date, ex[e].st.Date)
		s.out.StatementDates.count(class)
		if class != "exact" {
			s.find(Statements, "date", s.describeStatement(gold[g].Speaker, s.goldQuote(gold[g])),
				fmt.Sprintf("date %s: gold %s, extracted %s", class, dateStr(gold[g].Date), dateStr(ex[e].st.Date)), s.goldEvidence(gold[g].Evidence))
		}
	}
}

func (s *scorer) goldQuote(gs GoldStatement) string {
	var parts []string
	for _, q := range gs.Quote {
		parts = append(parts, s.goldEvidence(q))
	}
	return strings.Join(parts, " … ")
}

func (s *scorer) describeStatement(speaker, words string) string {
	w := oneLine(words)
	if len(w) > 140 {
		cut := 140
		for cut > 0 && !isRuneStart(w[cut]) {
			cut--
		}
		w = w[:cut] + "…"
	}
	if w == "" {
		return s.res.label(speaker) + ": (reported speech)"
	}
	return s.res.label(speaker) + ": “" + w + "”"
}

func isRuneStart(b byte) bool { return b&0xC0 != 0x80 }
