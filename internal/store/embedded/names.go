package embedded

import (
	"context"
	"database/sql"
	"sort"
	"strings"
	"unicode"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// ActorsByNames answers ActorsByName for many names in one read
// transaction and two queries. Ingest resolves a batch of articles with
// it (resolve.BulkNamer): asking name by name cost a read transaction per
// name, more than writing the article. Names that match no actor are
// absent from the map.
func (s *Store) ActorsByNames(ctx context.Context, names []string) (map[string][]kg.Actor, error) {
	byLower := map[string][]string{} // lower-cased trimmed name -> the names asked
	asked := map[string]bool{}
	var keys []string
	for _, n := range names {
		l := lower(strings.TrimSpace(n))
		if l == "" || asked[n] {
			continue
		}
		asked[n] = true
		if _, ok := byLower[l]; !ok {
			keys = append(keys, l)
		}
		byLower[l] = append(byLower[l], n)
	}
	out := map[string][]kg.Actor{}
	if len(keys) == 0 {
		return out, nil
	}
	err := s.readTx(ctx, "actors by names", func(tx querier) error {
		type hit struct{ key, id string }
		var hits []hit
		var ids []string
		seen := map[string]bool{}
		// Best candidates first, as ActorsByName orders them.
		err := scanAll(ctx, tx, func(r *sql.Rows) error {
			var h hit
			var mentions int
			if err := r.Scan(&h.key, &h.id, &mentions); err != nil {
				return err
			}
			hits = append(hits, h)
			if !seen[h.id] {
				seen[h.id] = true
				ids = append(ids, h.id)
			}
			return nil
		}, `SELECT DISTINCT n.name_lower, a.id, a.mentions FROM actor_names n JOIN actors a ON a.id = n.actor_id
			WHERE n.name_lower IN (SELECT value FROM json_each(?))
			ORDER BY n.name_lower, a.mentions DESC, a.id`, idList(keys))
		if err != nil || len(ids) == 0 {
			return err
		}
		m, err := loadActors(ctx, tx, ids)
		if err != nil {
			return err
		}
		for _, h := range hits {
			a := m[h.id]
			if a == nil {
				continue
			}
			for _, n := range byLower[h.key] {
				out[n] = append(out[n], a.Actor)
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// ActorsWithNameWords returns the actors of a kind that have any of words
// as a whole word of their name or of an alias, in one full-text query:
// the resolver's lookup of people by surname for a batch of articles
// (resolve.BulkWordSearcher), where a prefix Search per name cost more
// than the rest of resolving. Words match as the full-text index folds
// them (case and accents ignored); a word with anything but letters and
// digits matches nothing. The order is unspecified.
func (s *Store) ActorsWithNameWords(ctx context.Context, kind kg.ActorKind, words []string) ([]kg.Actor, error) {
	if !kind.Valid() {
		return nil, kg.Errorf(kg.CodeInvalidArgument, "unknown actor kind %q", kind)
	}
	var terms []string
	seen := map[string]bool{}
	for _, w := range words {
		w = lower(w)
		if w == "" || seen[w] || strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) >= 0 {
			continue
		}
		seen[w] = true
		terms = append(terms, `"`+w+`"`) // letters and digits only: nothing to escape
	}
	if len(terms) == 0 {
		return nil, nil
	}
	var out []kg.Actor
	err := s.readTx(ctx, "actors with name words", func(tx querier) error {
		var ids []string
		err := scanAll(ctx, tx, func(r *sql.Rows) error {
			var id string
			if err := r.Scan(&id); err != nil {
				return err
			}
			ids = append(ids, id)
			return nil
		}, `SELECT DISTINCT a.id FROM actor_fts f JOIN actor_names n ON n.rowid = f.rowid JOIN actors a ON a.id = n.actor_id
			WHERE actor_fts MATCH ? AND a.kind = ?`, strings.Join(terms, " OR "), string(kind))
		if err != nil || len(ids) == 0 {
			return err
		}
		m, err := loadActors(ctx, tx, ids)
		if err != nil {
			return err
		}
		sort.Strings(ids)
		for _, id := range ids {
			if a := m[id]; a != nil {
				out = append(out, a.Actor)
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}
