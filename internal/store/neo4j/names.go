package neo4j

import (
	"context"
	"sort"
	"strings"
	"unicode"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// The resolver's bulk lookups (resolve.BulkNamer, resolve.BulkWordSearcher):
// one statement per batch of articles instead of a round trip per name,
// which was most of the store's time in ingest.

// ActorsByNames returns, for each of names, what ActorsByName returns
// (names without any actor are missing from the map). Each name is one
// full-text lookup inside a single statement.
func (s *Store) ActorsByNames(ctx context.Context, names []string) (map[string][]kg.Actor, error) {
	byKey := map[string][]string{} // lower-cased trimmed name -> the names asked
	var rows []map[string]any
	var bare []string // keys without words: no full-text lookup possible
	for _, n := range names {
		t := strings.TrimSpace(n)
		if t == "" {
			continue
		}
		key := strings.ToLower(t)
		if _, ok := byKey[key]; !ok {
			if ws := words(t); len(ws) > 0 {
				rows = append(rows, map[string]any{"key": key, "q": luceneQuery(ws, false)})
			} else {
				bare = append(bare, key)
			}
		}
		byKey[key] = append(byKey[key], n)
	}
	out := map[string][]kg.Actor{}
	if len(byKey) == 0 {
		return out, nil
	}
	found := map[string][]kg.Actor{} // key -> actors, best first
	if len(rows) > 0 {
		res, err := s.query(ctx, keepPlan+`UNWIND $rows AS r
			CALL db.index.fulltext.queryNodes('actor_search', r.q, {limit: $limit}) YIELD node AS e
			WITH r, e WHERE r.key IN e.nameKeys
			RETURN r.key AS key, `+actorProj+` AS f ORDER BY key, e.mentions DESC, e.id`,
			map[string]any{"rows": rows, "limit": searchCandidates})
		if err != nil {
			return nil, s.fail(ctx, err, "actors by names")
		}
		for _, r := range res.Records {
			if m, ok := r.Values[1].(map[string]any); ok {
				k := str(r.Values[0])
				found[k] = append(found[k], decodeActor(m).Actor)
			}
		}
	}
	if len(bare) > 0 {
		res, err := s.query(ctx, keepPlan+`UNWIND $keys AS key
			MATCH (e:Actor) WHERE key IN e.nameKeys
			RETURN key, `+actorProj+` AS f ORDER BY key, e.mentions DESC, e.id`, map[string]any{"keys": bare})
		if err != nil {
			return nil, s.fail(ctx, err, "actors by names")
		}
		for _, r := range res.Records {
			if m, ok := r.Values[1].(map[string]any); ok {
				k := str(r.Values[0])
				found[k] = append(found[k], decodeActor(m).Actor)
			}
		}
	}
	for key, asked := range byKey {
		as := found[key]
		if len(as) == 0 {
			continue
		}
		for _, n := range asked {
			// Each name its own copy: callers may change what they get.
			cp := make([]kg.Actor, len(as))
			for i, a := range as {
				cp[i] = a
				cp[i].Aliases = append([]string(nil), a.Aliases...)
			}
			out[n] = cp
		}
	}
	return out, nil
}

// ActorsWithNameWords returns the actors of a kind that have one of words
// as a whole word of their name or an alias, ignoring case, ordered by id.
// Words that are not made of letters and digits match nothing. The
// full-text index (folded words) gives the candidates; the exact test is
// on the names.
func (s *Store) ActorsWithNameWords(ctx context.Context, kind kg.ActorKind, ws []string) ([]kg.Actor, error) {
	if !kind.Valid() {
		return nil, kg.Errorf(kg.CodeInvalidArgument, "unknown actor kind %q", kind)
	}
	want := map[string]bool{}
	var terms []string
	for _, w := range ws {
		w = strings.ToLower(w)
		if w == "" || want[w] || strings.IndexFunc(w, notWordRune) >= 0 {
			continue
		}
		want[w] = true
		// The index holds folded words (see searchText); letters fold to
		// letters, so a word stays one word.
		terms = append(terms, words(w)...)
	}
	if len(terms) == 0 {
		return nil, nil
	}
	sort.Strings(terms)
	res, err := s.query(ctx, keepPlan+`UNWIND $terms AS t
		CALL db.index.fulltext.queryNodes('actor_search', t) YIELD node AS e
		WITH DISTINCT e WHERE e.kind = $kind
		RETURN `+actorProj+` AS f ORDER BY e.id`, map[string]any{"terms": dedupSorted(terms), "kind": string(kind)})
	if err != nil {
		return nil, s.fail(ctx, err, "actors with name words")
	}
	var out []kg.Actor
	for _, r := range res.Records {
		m, ok := r.Values[0].(map[string]any)
		if !ok {
			continue
		}
		a := decodeActor(m).Actor
		if hasWord(append([]string{a.Name}, a.Aliases...), want) {
			out = append(out, a)
		}
	}
	return out, nil
}

func notWordRune(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }

// hasWord says whether a name has one of want as a whole lower-cased word.
func hasWord(names []string, want map[string]bool) bool {
	for _, n := range names {
		for _, w := range strings.FieldsFunc(strings.ToLower(n), notWordRune) {
			if want[w] {
				return true
			}
		}
	}
	return false
}
