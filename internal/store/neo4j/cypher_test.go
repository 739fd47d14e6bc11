package neo4j

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/internal/store/storetest"
	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// UserQueries are Cypher queries the README offers users on our model. The
// test runs each on the conformance fixtures and compares the output with
// testdata/user_queries.golden (refresh with -update), so the README's
// queries and their shown output stay true.
var UserQueries = []struct{ Name, Cypher string }{
	{"whom Anna Berg met, with the evidence", `
MATCH (a:Actor {name: 'Anna Berg'})-[:PARTICIPATED_IN]->(m:Meeting {status: 'OCCURRED'})<-[:PARTICIPATED_IN]-(other:Actor)
MATCH (src:Article)-[r:REPORTS]->(m)
RETURN other.name AS met, m.kind AS kind, toString(m.date) AS date, m.precision AS precision,
       src.id AS article, r.sentence AS evidence
ORDER BY m.orderKey, other.name, src.id`},
	{"what was said in May 2024 (partial dates overlap the range)", `
MATCH (speaker:Actor)-[:MADE]->(s:Statement)
WHERE s.date <= date('2024-05-31') AND s.dateEnd >= date('2024-05-01')
OPTIONAL MATCH (s)-[:ABOUT]->(about:Actor)
WITH speaker, s, collect(about.name) AS about
RETURN speaker.name AS speaker,
       substring(toString(s.date), 0, CASE s.precision WHEN 'YEAR' THEN 4 WHEN 'MONTH' THEN 7 ELSE 10 END) AS date,
       coalesce(s.quote, s.text) AS words, about
ORDER BY s.orderKey, speaker`},
	{"how Sweden and Eva Berg are connected", `
MATCH (a:Actor {name: 'Sweden'}), (b:Actor {name: 'Eva Berg'})
MATCH p = shortestPath((a)-[:PARTICIPATED_IN|MADE|ABOUT|HAS_ROLE|OF*..8]-(b))
WHERE none(n IN nodes(p) WHERE n:Meeting AND n.status = 'PLANNED')
RETURN [n IN nodes(p) | CASE WHEN n:Actor THEN n.name
        WHEN n:Role THEN 'role: ' + n.title
        ELSE toLower(labels(n)[0]) + ' ' + coalesce(substring(toString(n.date), 0,
             CASE n.precision WHEN 'YEAR' THEN 4 WHEN 'MONTH' THEN 7 ELSE 10 END), '(no date)') END] AS path`},
}

func TestUserQueries(t *testing.T) {
	ctx := context.Background()
	s := openEmpty(t)
	if _, err := s.UpsertMany(ctx, storetest.Fixtures()); err != nil {
		t.Fatalf("load fixtures: %v", err)
	}
	var b strings.Builder
	for _, q := range UserQueries {
		res, err := s.query(ctx, strings.TrimSpace(q.Cypher), nil)
		if err != nil {
			t.Fatalf("%s: %v", q.Name, err)
		}
		fmt.Fprintf(&b, "// %s\n%s\n", q.Name, strings.Join(res.Keys, " | "))
		for _, r := range res.Records {
			cells := make([]string, len(r.Values))
			for i, v := range r.Values {
				cells[i] = cell(v)
			}
			fmt.Fprintln(&b, strings.Join(cells, " | "))
		}
		fmt.Fprintln(&b)
	}
	golden := filepath.Join("testdata", "user_queries.golden")
	if *update {
		if err := os.WriteFile(golden, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if d := cmp.Diff(string(want), b.String()); d != "" {
		t.Errorf("user queries' output changed (-want +got):\n%s", d)
	}
}

func cell(v any) string {
	switch x := v.(type) {
	case nil:
		return "null"
	case string:
		return fmt.Sprintf("%q", x)
	case []any:
		parts := make([]string, len(x))
		for i, e := range x {
			parts[i] = cell(e)
		}
		return "[" + strings.Join(parts, ", ") + "]"
	}
	return fmt.Sprint(v)
}
