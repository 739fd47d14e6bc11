package embedded

import (
	"context"
	"database/sql"
	"sort"
	"strings"
	"unicode"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// MaxFirst bounds the page sizes a caller may ask for (search, timeline,
// paths); larger requests are INVALID_ARGUMENT rather than silently cut.
const MaxFirst = 1000

// Search finds actors by a name or alias whose words start with the
// text's words: exact matches of the whole text (ignoring case) first,
// then the rest; within each, the most mentioned first, then by id. Empty
// text finds nothing. With q.Fuzzy, names with typos follow (see
// nameIndex.fuzzy and kg.SearchTier).
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
	match := ftsQuery(text)
	var out []kg.Actor
	err := s.readTx(ctx, "search", func(tx querier) error {
		type hit struct {
			id       string
			tier     int
			mentions int
		}
		best := map[string]*hit{}
		add := func(r *sql.Rows) error {
			var h hit
			if err := r.Scan(&h.id, &h.tier, &h.mentions); err != nil {
				return err
			}
			if b := best[h.id]; b == nil || h.tier < b.tier {
				best[h.id] = &h
			}
			return nil
		}
		kindFilter := `(? = '[]' OR a.kind IN (SELECT value FROM json_each(?)))`
		kl := idList(kinds)
		lq := lower(text)
		if err := scanAll(ctx, tx, add, `SELECT a.id, 0, a.mentions FROM actor_names n JOIN actors a ON a.id = n.actor_id
			WHERE n.name_lower = ? AND `+kindFilter, lq, kl, kl); err != nil {
			return err
		}
		if match != "" {
			if err := scanAll(ctx, tx, add, `SELECT a.id,
				CASE WHEN n.name_lower = ?1 THEN 0 ELSE 1 END,
				a.mentions
				FROM actor_fts f JOIN actor_names n ON n.rowid = f.rowid JOIN actors a ON a.id = n.actor_id
				WHERE actor_fts MATCH ?2 AND (?3 = '[]' OR a.kind IN (SELECT value FROM json_each(?3)))`, lq, match, kl); err != nil {
				return err
			}
		}
		hits := make([]*hit, 0, len(best))
		for _, h := range best {
			hits = append(hits, h)
		}
		sort.Slice(hits, func(i, j int) bool {
			a, b := hits[i], hits[j]
			if a.tier != b.tier {
				return a.tier < b.tier
			}
			if a.mentions != b.mentions {
				return a.mentions > b.mentions
			}
			return a.id < b.id
		})
		if len(hits) > q.First {
			hits = hits[:q.First]
		}
		ids := make([]string, len(hits))
		for i, h := range hits {
			ids[i] = h.id
		}
		if q.Fuzzy && len(ids) < q.First {
			// Typo-tolerant matches rank after every exact and prefix one.
			ni, err := s.names(ctx, tx)
			if err != nil {
				return err
			}
			skip := make(map[string]bool, len(best))
			for id := range best {
				skip[id] = true
			}
			for _, h := range ni.fuzzy(text, kinds, skip) {
				if len(ids) >= q.First {
					break
				}
				ids = append(ids, h.id)
			}
		}
		m, err := loadActors(ctx, tx, ids)
		if err != nil {
			return err
		}
		for _, id := range ids {
			if a := m[id]; a != nil {
				out = append(out, a.Actor)
			}
		}
		return nil
	})
	return out, err
}

// ftsQuery turns free text into an FTS5 query: every word must start a
// word of the name ("vlad put" finds "Vladimir Putin"). Words are quoted,
// so no user text is read as FTS syntax.
func ftsQuery(text string) string {
	words := strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	parts := make([]string, 0, len(words))
	for _, w := range words {
		parts = append(parts, `"`+strings.ReplaceAll(w, `"`, `""`)+`"*`)
	}
	return strings.Join(parts, " ")
}
