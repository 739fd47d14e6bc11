package neo4j

import (
	"context"
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// hits is the db hits of a profiled plan, all operators.
func hits(p neo4j.ProfiledPlan) int64 {
	n := p.DbHits()
	for _, c := range p.Children() {
		n += hits(c)
	}
	return n
}

// ops writes a profiled plan, one operator a line.
func ops(p neo4j.ProfiledPlan, depth int, sb *strings.Builder) {
	fmt.Fprintf(sb, "%s%s rows=%d hits=%d %v\n", strings.Repeat("  ", depth), p.Operator(), p.Records(), p.DbHits(), p.Arguments()["Details"])
	for _, c := range p.Children() {
		ops(c, depth+1, sb)
	}
}

// BenchmarkWriteProfile writes the BBC corpus in batches of 1024 into an
// empty Neo4j and PROFILEs every statement of the second batch (a graph
// that already holds facts): db hits per statement, most first, and with
// NEO4J_PLANS set each statement's profiled plan. A scan or an Eager in a
// write statement shows here with the real parameters, where EXPLAIN
// without them (TestWritePlansNeedNoCounts) may plan a seek.
//
//	go test -run '^$' -bench WriteProfile -benchtime 1x ./internal/store/neo4j
func BenchmarkWriteProfile(b *testing.B) {
	facts := bbcFacts(b)
	type st struct {
		n    int
		hits int64
		plan string
	}
	stmts := map[string]*st{}
	s := openBench(b)
	ctx := context.Background()
	for j := 0; j < len(facts); j += 1024 {
		if j == 1024 {
			profileStmt = func(q string, sum neo4j.ResultSummary) {
				x := stmts[q]
				if x == nil {
					x = &st{}
					stmts[q] = x
				}
				x.n++
				x.hits += hits(sum.Profile())
				var sb strings.Builder
				ops(sum.Profile(), 0, &sb)
				x.plan = sb.String()
			}
		}
		if _, err := s.UpsertMany(ctx, facts[j:min(j+1024, len(facts))]); err != nil {
			b.Fatal(err)
		}
		profileStmt = nil
	}
	qs := []string{}
	for q := range stmts {
		qs = append(qs, q)
	}
	sort.Slice(qs, func(i, j int) bool { return stmts[qs[i]].hits > stmts[qs[j]].hits })
	var total int64
	for _, q := range qs {
		total += stmts[q].hits
		fmt.Fprintf(os.Stderr, "%9d hits %3d× %.200s\n", stmts[q].hits, stmts[q].n, strings.Join(strings.Fields(q), " "))
		if os.Getenv("NEO4J_PLANS") != "" {
			fmt.Fprint(os.Stderr, stmts[q].plan)
		}
	}
	fmt.Fprintf(os.Stderr, "TOTAL %d hits\n", total)
}
