package neo4j

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/actorgraph/actorgraph/internal/kg"
	"github.com/actorgraph/actorgraph/internal/store/claims"
)

// Bounds of queries; beyond them a query is INVALID_ARGUMENT (the same as
// the embedded store's).
const (
	MaxFirst = 1000
	MaxHops  = 6
	MaxPaths = 100
	MaxDepth = 4
	MaxNodes = 1000
	// searchCandidates bounds the full-text hits checked per search.
	searchCandidates = 5000
)

// ActorsByID returns the actors with these ids, in order, nil for unknown.
func (s *Store) ActorsByID(ctx context.Context, ids []string) ([]*kg.Actor, error) {
	out := make([]*kg.Actor, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	m, err := loadActors(ctx, s.reader(), ids)
	if err != nil {
		return nil, s.fail(ctx, err, "actors by id")
	}
	for i, id := range ids {
		if a := m[id]; a != nil {
			ac := a.Actor
			out[i] = &ac
		}
	}
	return out, nil
}

// ActorsByName returns the actors whose name or an alias equals name,
// ignoring case, most mentioned first (then by id). The full-text index
// finds the actors having all the name's words; the exact check is on
// nameKeys.
func (s *Store) ActorsByName(ctx context.Context, name string) ([]kg.Actor, error) {
	name = strings.TrimSpace(name)
	if name == "" {
		return nil, nil
	}
	key := strings.ToLower(name)
	var recs []map[string]any
	var err error
	if ws := words(name); len(ws) > 0 {
		recs, err = s.rows(ctx, `CALL db.index.fulltext.queryNodes('actor_search', $q, {limit: $limit}) YIELD node AS e
			WITH e WHERE $key IN e.nameKeys
			RETURN `+actorProj+` AS f ORDER BY e.mentions DESC, e.id`,
			map[string]any{"q": luceneQuery(ws, false), "limit": searchCandidates, "key": key})
	} else {
		// A name without letters or digits has no words to look up.
		recs, err = s.rows(ctx, `MATCH (e:Actor) WHERE $key IN e.nameKeys
			RETURN `+actorProj+` AS f ORDER BY e.mentions DESC, e.id`, map[string]any{"key": key})
	}
	if err != nil {
		return nil, s.fail(ctx, err, "actors by name")
	}
	var out []kg.Actor
	for _, m := range recs {
		out = append(out, decodeActor(m).Actor)
	}
	return out, nil
}

// luceneQuery requires every word (as a prefix when prefix is set). Words
// hold only letters and digits (see words), so nothing in them is Lucene
// syntax, and the query string travels as a parameter.
func luceneQuery(ws []string, prefix bool) string {
	parts := make([]string, len(ws))
	for i, w := range ws {
		parts[i] = "+" + w
		if prefix {
			parts[i] += "*"
		}
	}
	return strings.Join(parts, " ")
}

// rows runs a read returning one map column and returns the maps.
func (s *Store) rows(ctx context.Context, q string, params map[string]any) ([]map[string]any, error) {
	res, err := s.query(ctx, q, params)
	if err != nil {
		return nil, err
	}
	out := make([]map[string]any, 0, len(res.Records))
	for _, r := range res.Records {
		if m, ok := r.Values[0].(map[string]any); ok {
			out = append(out, m)
		}
	}
	return out, nil
}

// Search finds actors by a name or alias whose words start with the text's
// words (kg.SearchTier): exact matches of the whole text (ignoring case)
// first, then prefix matches, then, with Fuzzy, names within a few edits
// (fewest edits first); within a tier the most mentioned first, then by
// id. The full-text index gives candidates that have all the words (as
// prefixes, or fuzzy terms) somewhere in their names; kg.SearchTier then
// decides on each name, the same rule as every store's.
func (s *Store) Search(ctx context.Context, q kg.SearchQuery) ([]kg.Actor, error) {
	if q.First <= 0 || q.First > MaxFirst {
		return nil, kg.Errorf(kg.CodeInvalidArgument, "first must be between 1 and %d, got %d", MaxFirst, q.First)
	}
	kinds := make([]string, 0, len(q.Kinds))
	for _, k := range q.Kinds {
		if !k.Valid() {
			return nil, kg.Errorf(kg.CodeInvalidArgument, "unknown actor kind %q", k)
		}
		kinds = append(kinds, string(k))
	}
	text := strings.TrimSpace(q.Text)
	if text == "" {
		return nil, nil
	}
	if err := ctx.Err(); err != nil {
		return nil, s.fail(ctx, err, "search")
	}
	key := strings.ToLower(text)
	qws := words(text)
	params := map[string]any{"kinds": kinds, "key": key, "limit": searchCandidates}
	var query string
	if len(qws) > 0 {
		params["q"], params["exact"] = luceneSearch(qws, q.Fuzzy), luceneQuery(qws, false)
		// The second lookup keeps exact matches among the candidates when
		// the first has more than $limit hits (as ActorsByName finds them:
		// through the index, where a scan of every actor's names cost a
		// few ms per search).
		query = `CALL {
				CALL db.index.fulltext.queryNodes('actor_search', $q, {limit: $limit}) YIELD node RETURN node AS e
				UNION
				CALL db.index.fulltext.queryNodes('actor_search', $exact, {limit: $limit}) YIELD node
				WITH node AS e WHERE $key IN e.nameKeys RETURN e
			}
			WITH e WHERE size($kinds) = 0 OR e.kind IN $kinds
			RETURN ` + actorProj + ` AS f`
	} else {
		query = `MATCH (e:Actor) WHERE $key IN e.nameKeys AND (size($kinds) = 0 OR e.kind IN $kinds)
			RETURN ` + actorProj + ` AS f`
	}
	recs, err := s.rows(ctx, query, params)
	if err != nil {
		return nil, s.fail(ctx, err, "search")
	}
	type hit struct {
		a           *claims.Actor
		tier, edits int
	}
	var hits []hit
	for _, m := range recs {
		a := decodeActor(m)
		tier, edits := kg.SearchTier(append([]string{a.Name}, a.Aliases...), text, q.Fuzzy)
		if tier != kg.TierNone {
			hits = append(hits, hit{a, tier, edits})
		}
	}
	sort.Slice(hits, func(i, j int) bool {
		a, b := hits[i], hits[j]
		if a.tier != b.tier {
			return a.tier < b.tier
		}
		if a.edits != b.edits {
			return a.edits < b.edits
		}
		if a.a.Mentions != b.a.Mentions {
			return a.a.Mentions > b.a.Mentions
		}
		return a.a.ID < b.a.ID
	})
	if len(hits) > q.First {
		hits = hits[:q.First]
	}
	var out []kg.Actor
	for _, h := range hits {
		out = append(out, h.a.Actor)
	}
	return out, nil
}

// luceneSearch requires every word as a prefix or, when fuzzy and the word
// is long enough (kg.MaxEdits), as a term within that many edits.
func luceneSearch(ws []string, fuzzy bool) string {
	parts := make([]string, len(ws))
	for i, w := range ws {
		if k := kg.MaxEdits(w); fuzzy && k > 0 {
			parts[i] = fmt.Sprintf("+(%s* %s~%d)", w, w, k)
		} else {
			parts[i] = "+" + w + "*"
		}
	}
	return strings.Join(parts, " ")
}

// PlacesByID returns the places with these ids, in order, nil for unknown.
func (s *Store) PlacesByID(ctx context.Context, ids []string) ([]*kg.Place, error) {
	out := make([]*kg.Place, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	m, err := loadPlaces(ctx, s.reader(), ids)
	if err != nil {
		return nil, s.fail(ctx, err, "places by id")
	}
	for i, id := range ids {
		out[i] = m[id]
	}
	return out, nil
}

// ArticlesByID returns the articles with these ids, in order, nil for unknown.
func (s *Store) ArticlesByID(ctx context.Context, ids []string) ([]*kg.Article, error) {
	out := make([]*kg.Article, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	recs, err := s.rows(ctx, `MATCH (e:Article) WHERE e.id IN $ids
		RETURN e {.id, .contentHash, .title, .url, .source, .published, .publishedPrecision} AS f`, map[string]any{"ids": ids})
	if err != nil {
		return nil, s.fail(ctx, err, "articles by id")
	}
	m := map[string]kg.Article{}
	for _, r := range recs {
		a := kg.Article{ID: str(r["id"]), ContentHash: str(r["contentHash"]), Title: str(r["title"]), URL: str(r["url"]),
			Source: str(r["source"]), Published: partialDate(r["published"], r["publishedPrecision"])}
		m[a.ID] = a
	}
	for i, id := range ids {
		if a, ok := m[id]; ok {
			cp := a
			out[i] = &cp
		}
	}
	return out, nil
}

// RolesByPerson returns each person's roles, latest AsOf first (unknown
// dates last, then by id). Persons without roles are absent from the map.
func (s *Store) RolesByPerson(ctx context.Context, personIDs []string) (map[string][]kg.Role, error) {
	out := map[string][]kg.Role{}
	if len(personIDs) == 0 {
		return out, nil
	}
	recs, err := s.rows(ctx, `MATCH (p:Actor)-[:HAS_ROLE]->(e:Role) WHERE p.id IN $ids RETURN `+roleProj+` AS f`,
		map[string]any{"ids": personIDs})
	if err != nil {
		return nil, s.fail(ctx, err, "roles by person")
	}
	for _, m := range recs {
		r := decodeRole(m)
		out[r.PersonID] = append(out[r.PersonID], *r)
	}
	for _, rs := range out {
		sortRoles(rs)
	}
	return out, nil
}

func sortRoles(rs []kg.Role) {
	sort.Slice(rs, func(i, j int) bool {
		a, b := rs[i], rs[j]
		if a.AsOf != b.AsOf {
			switch {
			case a.AsOf.IsZero():
				return false
			case b.AsOf.IsZero():
				return true
			}
			return a.AsOf.OrderKey() > b.AsOf.OrderKey()
		}
		return a.ID < b.ID
	})
}

// Stats counts what the graph holds (one statement, so one consistent
// answer); Meetings counts occurred ones only.
func (s *Store) Stats(ctx context.Context) (kg.Stats, error) {
	res, err := s.query(ctx, `RETURN COUNT { (:Article) } AS articles, COUNT { (:Actor) } AS actors,
		COUNT { (m:Meeting) WHERE m.status = 'OCCURRED' } AS meetings, COUNT { (:Statement) } AS statements,
		COUNT { (:Role) } AS roles, COUNT { (:Place) } AS places`, nil)
	if err != nil {
		return kg.Stats{}, s.fail(ctx, err, "stats")
	}
	v := res.Records[0].Values
	return kg.Stats{Articles: num(v[0]), Actors: num(v[1]), Meetings: num(v[2]), Statements: num(v[3]), Roles: num(v[4]), Places: num(v[5])}, nil
}
