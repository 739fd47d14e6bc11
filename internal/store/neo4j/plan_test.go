package neo4j

import (
	"context"
	"encoding/json"
	"strings"
	"sync"
	"testing"

	"github.com/actorgraph/actorgraph/internal/kg"
	"github.com/actorgraph/actorgraph/internal/store/storetest"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Write statements run with keepPlan (replan=skip): the plan the server
// cached first is kept however the graph grows, so it must not depend on
// the counts. This test collects every statement of the write transactions
// (new articles, replaced articles, facts losing all their claims), has
// the server plan each one afresh on an empty database, where a planner
// that weighs counts is most tempted by a scan, and fails on any scan.
func TestWritePlansNeedNoCounts(t *testing.T) {
	ctx := context.Background()
	s := openEmpty(t)

	var mu sync.Mutex
	seen := map[string]bool{}
	traceStmt = func(q string) func() {
		mu.Lock()
		seen[q] = true
		mu.Unlock()
		return func() {}
	}
	defer func() { traceStmt = nil }()

	first := storetest.Fixtures()
	if _, err := s.UpsertMany(ctx, first); err != nil {
		t.Fatalf("load fixtures: %v", err)
	}
	// The same articles again under new hashes, every other one without
	// its meetings, statements, roles and places: replaced articles, facts
	// rebuilt from the claims left, facts deleted.
	var again []*kg.ArticleFacts
	raw, err := json.Marshal(first)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(raw, &again); err != nil {
		t.Fatal(err)
	}
	for i, f := range again {
		f.Article.ContentHash += "-v2"
		if i%2 == 0 {
			f.Meetings, f.Statements, f.Roles, f.Places = nil, nil, nil, nil
		}
	}
	rs, err := s.UpsertMany(ctx, again)
	if err != nil {
		t.Fatalf("replace fixtures: %v", err)
	}
	for i, r := range rs {
		if r != kg.UpsertReplaced {
			t.Errorf("article %d: %s, want %s", i, r, kg.UpsertReplaced)
		}
	}
	traceStmt = nil
	// The branches above must have run: new nodes, replacements, deletes.
	for _, want := range []string{"MERGE (a:Article", "DETACH DELETE a", "MATCH (f:Meeting) WHERE f.id IN $ids", "DETACH DELETE n"} {
		found := false
		for q := range seen {
			found = found || strings.Contains(q, want)
		}
		if !found {
			t.Errorf("no write statement with %q ran; the fixtures no longer reach that branch", want)
		}
	}

	if err := wipe(ctx, s); err != nil {
		t.Fatalf("wipe: %v", err)
	}
	t.Logf("%d write statements", len(seen))
	sess := s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.db})
	defer sess.Close(ctx)
	for q := range seen {
		res, err := sess.Run(ctx, "CYPHER replan=force EXPLAIN "+q, nil)
		if err != nil {
			t.Fatalf("explain %s: %v", oneLineQuery(q), err)
		}
		sum, err := res.Consume(ctx)
		if err != nil {
			t.Fatalf("explain %s: %v", oneLineQuery(q), err)
		}
		if sum.Plan() == nil {
			t.Fatalf("explain %s: no plan", oneLineQuery(q))
		}
		if scans := scansIn(sum.Plan()); len(scans) > 0 {
			t.Errorf("%s\nplans scans on an empty database: %v", oneLineQuery(q), scans)
		}
	}
}

// scansIn lists the operators of a plan that read every node of a label,
// every node, or every relationship of a type.
func scansIn(p neo4j.Plan) []string {
	var out []string
	op := p.Operator()
	if i := strings.IndexByte(op, '@'); i >= 0 {
		op = op[:i]
	}
	if strings.HasSuffix(op, "Scan") {
		out = append(out, op+" "+str(p.Arguments()["Details"]))
	}
	for _, c := range p.Children() {
		out = append(out, scansIn(c)...)
	}
	return out
}

func oneLineQuery(q string) string { return strings.Join(strings.Fields(q), " ") }
