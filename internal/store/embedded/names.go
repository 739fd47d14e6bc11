package embedded

import (
	"context"
	"database/sql"
	"strings"

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
