package embedded

import (
	"context"
	"database/sql"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// The hot queries use their indexes: no full scan of a fact table, and
// timeline pages come in index order (no sort of every match).
func TestQueryPlans(t *testing.T) {
	s, err := OpenMemory(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	from, to := kg.DateDay(2024, 5, 10), kg.DateYear(2024)
	var queries []string
	df, _ := dateFilter("e", from, to)
	for _, src := range []evSource{srcMeetings, srcStatements, srcParticipants, srcSpeaker, srcAbout} {
		for _, seg := range dateSegments(from, to) {
			queries = append(queries, timelinePageSQL(src, src.actorCol != "", df, seg, true))
		}
	}
	queries = append(queries,
		`SELECT id FROM actors WHERE id IN (SELECT value FROM json_each(?))`,
		`SELECT fact_id FROM evidence WHERE fact_id IN (SELECT value FROM json_each(?)) ORDER BY fact_id, article_id, start, end`,
		`SELECT a.id FROM actors a WHERE a.id IN (SELECT actor_id FROM actor_names WHERE name_lower = ?)`,
	)
	for _, q := range queries {
		rows, err := s.rdb.Query("EXPLAIN QUERY PLAN "+q, anyArgs(strings.Count(q, "?"))...)
		if err != nil {
			t.Fatalf("%s: %v", q, err)
		}
		var plan []string
		for rows.Next() {
			var id, parent, unused int
			var detail sql.NullString
			if err := rows.Scan(&id, &parent, &unused, &detail); err != nil {
				t.Fatal(err)
			}
			plan = append(plan, detail.String)
		}
		rows.Close()
		p := strings.Join(plan, "; ")
		for _, bad := range []string{"SCAN e", "SCAN actors", "SCAN evidence", "SCAN a", "TEMP B-TREE FOR ORDER BY"} {
			if strings.Contains(p, bad) {
				t.Errorf("plan of\n  %s\nhas %q: %s", q, bad, p)
			}
		}
	}
}

func anyArgs(n int) []any {
	out := make([]any, n)
	for i := range out {
		out[i] = "[]"
	}
	return out
}
