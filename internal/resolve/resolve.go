// Package resolve gives actors the same id across articles. The extractor
// names an actor by the fullest form one article uses; an article that
// only says "Putin" thus yields person:putin, while the graph may already
// know person:vladimir-putin. Resolve rewrites such partial names to the
// one known actor they can mean, and recomputes the ids that depend on
// actor ids (meetings, statements, roles), merging facts that become one.
//
// The rules, in the order they are tried for each person or organization
// of an article (countries already have canonical ISO ids):
//
//  1. Candidates are actors of the same kind, other than the article's own
//     id for that actor, that the name may denote: actors whose name or an
//     alias equals it (ignoring case), and for people also actors whose
//     name ends with the name's words ("Putin" in "Vladimir Putin", "von der
//     Leyen" in "Ursula von der Leyen"). They come from the store, from the
//     articles resolved earlier in this run, and from the article itself.
//  2. Only fuller names count: a candidate must have more words than the
//     name, and pass the limits described at fuller (surname forms only,
//     no given names, no bare titles, no generic organization heads). An
//     article with the fuller name keeps it (the store then records the
//     short form as an alias when the extractor gave it).
//  3. A candidate that is itself a partial form of another candidate is
//     set aside in favour of that fuller one.
//  4. Exactly one candidate left: the actor's id becomes the candidate's.
//     None: nothing changes. More than one: ambiguous, nothing changes.
//
// A person named by an initial alone ("P.") is left as it is. Ingest asks
// the store about a whole batch's names at once (Prefetch) when the store
// can answer in bulk, as the embedded store does.
//
// Kinds are never crossed. The Resolver remembers what it resolved, so a
// run that loads many articles resolves them consistently even before
// they reach the store; callers resolve articles in a fixed order (ingest
// does it in input order) so results do not depend on timing.
package resolve

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
	"unicode"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// searchLimit bounds the store search for longer names ending in a name.
const searchLimit = 50

// Resolver rewrites partial actor names to known actors. It is safe for
// concurrent use, but results depend on the order of calls.
type Resolver struct {
	store kg.Store

	mu     sync.Mutex
	known  map[string]*kg.Actor       // actors of articles resolved in this run
	byName map[string]map[string]bool // lower-cased name or alias -> ids (this run)
	bySuff map[string]map[string]bool // word suffix of a person's name -> ids (this run)
	named  map[string][]kg.Actor      // trimmed name -> the store's ActorsByName
	ending map[string][]kg.Actor      // lower-cased surname form -> store people whose name ends with it
	cache  map[string][]kg.Actor      // kind|name -> store candidates
	words  map[string][]string        // name -> nameWords(name), see wordsOf
	stats  Stats
	// stale: a write that may remove actors from the store is pending
	// (StoreWillChange), so store answers may change under us.
	stale bool
}

// ErrStoreStale is what Resolve returns, leaving the facts untouched, when
// its answer would rest on the store while a write that may remove actors
// is pending (see StoreWillChange): the caller should wait for that write,
// call StoreChanged and resolve the article again.
var ErrStoreStale = errors.New("resolve: the store is about to change")

// BulkNamer is implemented by stores that answer many ActorsByName
// questions in one call (the embedded store). Prefetch uses it to ask once
// per batch of articles instead of once per name, which was most of the
// cost of resolving.
type BulkNamer interface {
	// ActorsByNames returns, for each of names, what ActorsByName would;
	// names without any actor may be missing from the map.
	ActorsByNames(ctx context.Context, names []string) (map[string][]kg.Actor, error)
}

// StoreWillChange says that an article just resolved replaces a stored
// one. Writing it removes its old version's actors and aliases, so until
// StoreChanged, an answer that rests on the store depends on whether that
// write has happened yet: Resolve returns ErrStoreStale instead of giving
// it. Answers from the articles of this run alone are unaffected.
func (r *Resolver) StoreWillChange() {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.stale = true
}

// StoreChanged says that every write given to the store so far has
// happened. The Resolver forgets what it learned from the store (not what
// it learned from the articles it resolved) and asks again from now on.
func (r *Resolver) StoreChanged() {
	r.mu.Lock()
	defer r.mu.Unlock()
	clear(r.named)
	clear(r.ending)
	clear(r.cache)
	r.stale = false
}

// Stats counts what a Resolver did.
type Stats struct {
	Rewritten int `json:"rewritten"` // actors given another article's id
	Ambiguous int `json:"ambiguous"` // partial names left alone because several actors fit
}

// New returns a Resolver that consults store (which may be nil: then only
// the articles of this run are known).
func New(store kg.Store) *Resolver {
	return &Resolver{
		store:  store,
		known:  map[string]*kg.Actor{},
		byName: map[string]map[string]bool{},
		bySuff: map[string]map[string]bool{},
		named:  map[string][]kg.Actor{},
		ending: map[string][]kg.Actor{},
		cache:  map[string][]kg.Actor{},
		words:  map[string][]string{},
	}
}

// BulkWordSearcher is implemented by stores that find, in one call, the
// actors of a kind with any of some words in a name or alias (whole words,
// case and accents ignored, as their search index splits names). Prefetch
// uses it to find the people a batch's surnames may stand for, instead of
// a Search per surname.
type BulkWordSearcher interface {
	ActorsWithNameWords(ctx context.Context, kind kg.ActorKind, words []string) ([]kg.Actor, error)
}

// Prefetch asks the store, in one call per kind of question when it is a
// BulkNamer or a BulkWordSearcher, what Resolve would ask about the person
// and organization names of facts, so that resolving them afterwards
// needs no store call per name. The answers are Resolve's own: the actors
// with a name equal to each name, and the people whose name ends with
// each surname form (all of them; a Search per surname saw the first 50
// prefix matches). Without such a store it does nothing.
func (r *Resolver) Prefetch(ctx context.Context, facts []*kg.ArticleFacts) error {
	if r.store == nil {
		return nil
	}
	bn, bulkNames := r.store.(BulkNamer)
	bw, bulkWords := r.store.(BulkWordSearcher)
	if !bulkNames && !bulkWords {
		return nil
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	var names []string
	surnames := map[string][]string{} // lower-cased surname form -> its words
	seen := map[string]bool{}
	for _, f := range facts {
		if f == nil {
			continue
		}
		for _, a := range f.Actors {
			if a.Kind != kg.KindPerson && a.Kind != kg.KindOrganization {
				continue
			}
			n := strings.TrimSpace(a.Name)
			if n == "" || seen[n] {
				continue
			}
			seen[n] = true
			if _, done := r.named[n]; !done && bulkNames {
				names = append(names, n)
			}
			if a.Kind != kg.KindPerson || !bulkWords {
				continue
			}
			key := strings.ToLower(n)
			if _, done := r.ending[key]; done {
				continue
			}
			if words := r.wordsOf(n); len(words) > 0 && surnameForm(n, words) && lastIndexWord(n) != "" {
				surnames[key] = words
			}
		}
	}
	if len(names) > 0 {
		found, err := bn.ActorsByNames(ctx, names)
		if err != nil {
			return fmt.Errorf("resolve: look up %d names: %w", len(names), err)
		}
		for _, n := range names {
			r.named[n] = found[n] // nil: known to be absent
		}
	}
	if len(surnames) > 0 {
		return r.prefetchSurnames(ctx, bw, surnames)
	}
	return nil
}

// prefetchSurnames finds the stored people whose names end with each
// surname form. A person whose name ends with the form's words has the
// form's last word in that name, so one query for the last words finds
// them all (and more, which the ending test drops).
func (r *Resolver) prefetchSurnames(ctx context.Context, bw BulkWordSearcher, surnames map[string][]string) error {
	var last []string
	for key := range surnames {
		last = append(last, lastIndexWord(key))
	}
	sort.Strings(last)
	found, err := bw.ActorsWithNameWords(ctx, kg.KindPerson, last)
	if err != nil {
		return fmt.Errorf("resolve: look up %d surnames: %w", len(surnames), err)
	}
	byLast := map[string][]kg.Actor{} // last name word -> people
	for _, c := range found {
		if w := r.wordsOf(c.Name); len(w) > 0 {
			byLast[w[len(w)-1]] = append(byLast[w[len(w)-1]], c)
		}
	}
	for key, words := range surnames {
		var out []kg.Actor
		for _, c := range byLast[words[len(words)-1]] {
			if c.Kind == kg.KindPerson && endsWith(r.wordsOf(c.Name), words) {
				out = append(out, c)
			}
		}
		r.ending[key] = out
	}
	return nil
}

// lastIndexWord is the last word of a name as a full-text index splits
// and folds it: letters and digits, lower case. It is "" when that word
// is not plain ASCII: the slug words the resolver compares and the
// index's words may then differ, so such names are searched one by one.
func lastIndexWord(name string) string {
	ws := strings.FieldsFunc(strings.ToLower(name), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	if len(ws) == 0 {
		return ""
	}
	w := ws[len(ws)-1]
	for _, c := range w {
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
			return ""
		}
	}
	return w
}

// Stats returns the counts so far.
func (r *Resolver) Stats() Stats {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.stats
}

// Resolve rewrites facts in place. It fails only when the store does.
func (r *Resolver) Resolve(ctx context.Context, facts *kg.ArticleFacts) error {
	if facts == nil {
		return nil
	}
	r.mu.Lock()
	defer r.mu.Unlock()

	local := map[string]*kg.Actor{} // the article's own actors, as candidates
	for i := range facts.Actors {
		local[facts.Actors[i].ID] = &facts.Actors[i]
	}
	mapping := map[string]kg.Actor{}
	ambiguous := 0 // counted once the article is resolved: ErrStoreStale means it will be asked again
	for _, a := range facts.Actors {
		if a.Kind != kg.KindPerson && a.Kind != kg.KindOrganization {
			continue
		}
		target, amb, err := r.lookup(ctx, a, local)
		if errors.Is(err, ErrStoreStale) {
			return err
		}
		if err != nil {
			return fmt.Errorf("resolve %s in article %s: %w", a.ID, facts.Article.ID, err)
		}
		if amb {
			ambiguous++
		}
		if target != nil && target.ID != a.ID {
			mapping[a.ID] = *target
		}
	}
	// A chain (A -> B where B -> C) can only come from the article's own
	// actors; follow it so every id lands on its final target.
	for id, t := range mapping {
		seen := map[string]bool{id: true}
		for {
			next, ok := mapping[t.ID]
			if !ok || seen[t.ID] {
				break
			}
			seen[t.ID] = true
			t = next
		}
		mapping[id] = t
	}
	r.stats.Ambiguous += ambiguous
	if len(mapping) > 0 {
		r.stats.Rewritten += len(mapping)
		Rewrite(facts, mapping)
	}
	for _, a := range facts.Actors {
		r.learn(a)
	}
	return nil
}

// lookup finds the one fuller actor a's name can mean, if any.
func (r *Resolver) lookup(ctx context.Context, a kg.Actor, local map[string]*kg.Actor) (*kg.Actor, bool, error) {
	name := strings.TrimSpace(a.Name)
	words := r.wordsOf(name)
	if len(words) == 0 || (a.Kind == kg.KindPerson && len(words) == 1 && len(words[0]) == 1) {
		return nil, false, nil // an initial alone ("P.") names nobody in particular
	}
	cands := map[string]kg.Actor{}
	consider := func(c kg.Actor) {
		if c.ID == a.ID || c.Kind != a.Kind {
			return
		}
		if !fuller(c, name, words, r.wordsOf) {
			return
		}
		if old, ok := cands[c.ID]; ok {
			c = mergeActor(old, c)
		}
		cands[c.ID] = c
	}
	stored, err := r.storeCandidates(ctx, a.Kind, name, words)
	if err != nil {
		return nil, false, err
	}
	for _, c := range stored {
		if r.stale && c.ID != a.ID && c.Kind == a.Kind {
			// Any stored candidate, even one that fails the tests below:
			// losing an alias may change what it passes.
			return nil, false, ErrStoreStale
		}
		consider(c)
	}
	key := strings.ToLower(name)
	for id := range r.byName[key] {
		consider(*r.known[id])
	}
	if a.Kind == kg.KindPerson {
		for id := range r.bySuff[strings.Join(words, " ")] {
			consider(*r.known[id])
		}
	}
	for _, c := range local {
		consider(*c)
	}
	if len(cands) == 0 {
		return nil, false, nil
	}
	// Set aside candidates that are partial forms of other candidates.
	var best []kg.Actor
	for _, c := range cands {
		partial := false
		cw := r.wordsOf(c.Name)
		for _, d := range cands {
			if d.ID != c.ID && fuller(d, c.Name, cw, r.wordsOf) {
				partial = true
				break
			}
		}
		if !partial {
			best = append(best, c)
		}
	}
	if len(best) != 1 {
		return nil, len(best) > 1, nil
	}
	return &best[0], false, nil
}

// storeCandidates asks the store (once per name and kind) for actors the
// name may denote.
func (r *Resolver) storeCandidates(ctx context.Context, kind kg.ActorKind, name string, words []string) ([]kg.Actor, error) {
	if r.store == nil {
		return nil, nil
	}
	key := string(kind) + "|" + strings.ToLower(name)
	if c, ok := r.cache[key]; ok {
		return c, nil
	}
	var out []kg.Actor
	byName, ok := r.named[name]
	if !ok {
		var err error
		if byName, err = r.store.ActorsByName(ctx, name); err != nil {
			return nil, err
		}
	}
	for _, c := range byName {
		if c.Kind == kind {
			out = append(out, c)
		}
	}
	if kind == kg.KindPerson && surnameForm(name, words) {
		if ending, ok := r.ending[strings.ToLower(name)]; ok {
			out = append(out, ending...) // from Prefetch
		} else {
			found, err := r.store.Search(ctx, kg.SearchQuery{Text: name, Kinds: []kg.ActorKind{kg.KindPerson}, First: searchLimit})
			if err != nil {
				return nil, err
			}
			for _, c := range found {
				if c.Kind == kind && endsWith(r.wordsOf(c.Name), words) {
					out = append(out, c)
				}
			}
		}
	}
	r.cache[key] = out
	return out, nil
}

// particles start surnames written alone ("von der Leyen", "de Gaulle").
var particles = map[string]bool{
	"von": true, "van": true, "der": true, "den": true, "de": true, "del": true, "della": true, "di": true, "da": true,
	"dos": true, "du": true, "la": true, "le": true, "al": true, "el": true, "bin": true, "ibn": true, "ter": true, "ten": true,
}

// surnameForm says whether a person's name may be a surname used alone:
// one word ("Putin"), or words with a lower-case particle ("von der
// Leyen", "Lula da Silva"). Only these are matched to longer names ending
// with them ("Charlie Testman" is a full name, not a short form of
// "Fly-half Charlie Testman"), and only these need a word search in the
// store, which keeps resolving cheap (a full-text query per name).
func surnameForm(name string, words []string) bool {
	if len(words) == 1 {
		return true
	}
	for _, w := range strings.Fields(name) {
		if particles[w] {
			return true
		}
	}
	return false
}

// learn records an actor of a resolved article for later articles.
func (r *Resolver) learn(a kg.Actor) {
	if a.Kind != kg.KindPerson && a.Kind != kg.KindOrganization {
		return
	}
	if old := r.known[a.ID]; old != nil {
		a = mergeActor(*old, a)
	}
	r.known[a.ID] = &a
	for _, n := range append([]string{a.Name}, a.Aliases...) {
		add(r.byName, strings.ToLower(strings.TrimSpace(n)), a.ID)
	}
	if a.Kind == kg.KindPerson {
		w := r.wordsOf(a.Name)
		for i := 1; i < len(w); i++ {
			add(r.bySuff, strings.Join(w[i:], " "), a.ID)
		}
	}
}

func add(m map[string]map[string]bool, k, id string) {
	if k == "" {
		return
	}
	if m[k] == nil {
		m[k] = map[string]bool{}
	}
	m[k][id] = true
}

// honorifics are dropped from the front of a name before words are
// compared ("Mr. Putin" is "Putin").
var honorifics = map[string]bool{"mr": true, "mrs": true, "ms": true, "miss": true, "dr": true, "prof": true, "mme": true}

// maxWordsMemo bounds Resolver.words; past it the memo starts over.
const maxWordsMemo = 100000

// wordsOf is nameWords, remembered per name: resolving compares every
// actor of an article with every other (and with the candidates from the
// store and the run), and slugging the same names again was a third of
// the time resolving took. The slices are shared: callers only read them.
// Callers hold r.mu.
func (r *Resolver) wordsOf(name string) []string {
	if w, ok := r.words[name]; ok {
		return w
	}
	w := nameWords(name)
	if len(r.words) >= maxWordsMemo {
		clear(r.words)
	}
	r.words[name] = w
	return w
}

// nameWords returns the comparable words of a name: slug words, leading
// honorifics dropped.
func nameWords(name string) []string {
	s := kg.Slug(name)
	if s == "" {
		return nil
	}
	w := strings.Split(s, "-")
	for len(w) > 1 && honorifics[w[0]] {
		w = w[1:]
	}
	return w
}

// endsWith reports whether the words of short are a proper suffix of full.
func endsWith(full, short []string) bool {
	if len(short) == 0 || len(full) <= len(short) {
		return false
	}
	off := len(full) - len(short)
	for i, w := range short {
		if full[off+i] != w {
			return false
		}
	}
	return true
}

// fuller reports whether c is a fuller name for name: c has more words,
// and c's name ends with name's words or c has been called name; with
// these limits, learned from running the rules over the corpus:
//
//   - People: ending with the name counts only for surname forms (one
//     word, or a particled name such as "von der Leyen"), and not when the
//     extra words are titles ("Saint Francis" is no fuller than
//     "Francis"). A name that starts c's name never counts, even as an
//     alias: an article that calls someone "Bill" or "Harry" says nothing
//     about another article's Bill. (This also keeps a surname-first
//     "Xi" from joining "Xi Jinping" across articles; the extractor joins
//     them inside an article.)
//   - Organizations: only aliases count, and not one that is merely the
//     end of the name: "Development Bank" short for "Hungarian Development
//     Bank" in one article says nothing about another article's
//     development bank; acronyms and other forms ("EU") do count.
func fuller(c kg.Actor, name string, words []string, wordsOf func(string) []string) bool {
	cw := wordsOf(c.Name)
	if len(cw) <= len(words) {
		return false
	}
	switch c.Kind {
	case kg.KindPerson:
		if endsWith(cw, words) {
			return surnameForm(name, words) && !onlyTitlesBefore(cw, words)
		}
		if startsWith(cw, words) {
			return false
		}
	case kg.KindOrganization:
		if endsWith(cw, words) {
			return false
		}
	}
	for _, al := range c.Aliases {
		if strings.EqualFold(strings.TrimSpace(al), name) || equalWords(wordsOf(al), words) {
			return true
		}
	}
	return false
}

// startsWith reports whether the words of short are a proper prefix of full.
func startsWith(full, short []string) bool {
	if len(short) == 0 || len(full) <= len(short) {
		return false
	}
	for i, w := range short {
		if full[i] != w {
			return false
		}
	}
	return true
}

// titles are words that precede a name without being part of it.
var titles = map[string]bool{
	"saint": true, "st": true, "pope": true, "king": true, "queen": true, "prince": true, "princess": true,
	"president": true, "vice": true, "prime": true, "minister": true, "secretary": true, "senator": true, "sen": true,
	"governor": true, "gov": true, "general": true, "gen": true, "judge": true, "justice": true, "sir": true, "dame": true,
	"lord": true, "lady": true, "controller": true, "chancellor": true, "mayor": true, "rep": true, "representative": true,
	"ambassador": true, "chairman": true, "chairwoman": true, "commissioner": true, "sheikh": true, "emir": true,
	"colonel": true, "col": true, "captain": true, "capt": true, "admiral": true, "rev": true, "reverend": true,
	"father": true, "bishop": true, "cardinal": true, "archbishop": true, "rabbi": true, "imam": true,
}

// onlyTitlesBefore reports whether the words full has beyond the suffix
// short are all titles.
func onlyTitlesBefore(full, short []string) bool {
	if !endsWith(full, short) {
		return false
	}
	for _, w := range full[:len(full)-len(short)] {
		if !titles[w] {
			return false
		}
	}
	return true
}

func equalWords(a, b []string) bool {
	if len(a) != len(b) || len(a) == 0 {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// mergeActor joins two records of one actor: the fuller name, every other
// name as an alias.
func mergeActor(a, b kg.Actor) kg.Actor {
	out := a
	if len(nameWords(b.Name)) > len(nameWords(a.Name)) || (len(nameWords(b.Name)) == len(nameWords(a.Name)) && len(b.Name) > len(a.Name)) {
		out.Name = b.Name
	}
	set := map[string]bool{}
	for _, n := range append(append([]string{a.Name, b.Name}, a.Aliases...), b.Aliases...) {
		if n != "" && n != out.Name {
			set[n] = true
		}
	}
	out.Aliases = make([]string, 0, len(set))
	for n := range set {
		out.Aliases = append(out.Aliases, n)
	}
	sort.Strings(out.Aliases)
	if out.ISO == "" {
		out.ISO = b.ISO
	}
	if out.OrgKind == "" {
		out.OrgKind = b.OrgKind
	}
	return out
}
