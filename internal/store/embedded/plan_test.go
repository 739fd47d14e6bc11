package embedded

import (
	"context"
	"database/sql"
	"testing"
)

func TestPlans(t *testing.T) {
	s, err := OpenMemory(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for _, q := range []string{
		`SELECT e.order_key, e.id FROM meetings e WHERE 1 AND e.d_start <> '' AND e.d_end >= ? AND (e.order_key >= ? OR e.order_key IN (?, ?)) AND e.d_start <= ? AND e.order_key < ? ORDER BY e.order_key, e.id LIMIT ?`,
		`SELECT id, kind, name, iso, org_kind, mentions FROM actors WHERE id IN (SELECT value FROM json_each(?))`,
		`SELECT count(*) FROM meetings e WHERE 1 AND e.d_start <> '' AND e.d_end >= ? AND e.order_key >= ? AND e.d_start <= ? AND e.order_key < ?`,
		`SELECT e.order_key, e.id FROM meetings e WHERE 1 AND e.d_start <> '' AND e.d_end >= ? AND e.order_key >= ? AND e.d_start <= ? AND e.order_key < ? ORDER BY e.order_key, e.id LIMIT ?`,
		`SELECT e.order_key, e.id FROM statements e WHERE 1 AND (e.speaker_id IN (SELECT value FROM json_each(?1)) OR e.id IN (SELECT statement_id FROM statement_about WHERE actor_id IN (SELECT value FROM json_each(?1)))) ORDER BY e.order_key, e.id LIMIT ?`,
		`SELECT fact_id, article_id, start, end, sentence, rule FROM evidence WHERE fact_id IN (SELECT value FROM json_each(?)) ORDER BY fact_id, article_id, start, end`,
	} {
		rows, err := s.rdb.Query("EXPLAIN QUERY PLAN "+q, "[]", "", "", "", "", 1, 2)
		if err != nil {
			t.Fatal(err)
		}
		t.Log(q)
		for rows.Next() {
			var id, parent, notused int
			var detail sql.NullString
			rows.Scan(&id, &parent, &notused, &detail)
			t.Log("   ", detail.String)
		}
		rows.Close()
	}
}
