package neo4j

import (
	"context"
	"fmt"
	"testing"

	"github.com/actorgraph/actorgraph/internal/kg"
	"github.com/actorgraph/actorgraph/internal/store/storetest"
)

// openBench opens the store on the NEO4J_URI server and empties it.
func openBench(b *testing.B) kg.Store {
	ctx := context.Background()
	s, err := Open(ctx, testConfig(b))
	if err != nil {
		b.Fatalf("Open: %v", err)
	}
	b.Cleanup(func() { s.Close() })
	if err := wipe(ctx, s); err != nil {
		b.Fatalf("wipe: %v", err)
	}
	return s
}

// Ingest throughput (articles/s) of synthetic ArticleFacts by batch size:
//
//	go test -run '^$' -bench UpsertMany -benchtime 1x ./internal/store/neo4j
func BenchmarkUpsertMany(b *testing.B) {
	for _, batch := range []int{1, 100, 500, 1000} {
		b.Run(fmt.Sprintf("batch=%d", batch), func(b *testing.B) {
			storetest.BenchUpsert(b, openBench, batch)
		})
	}
}

// Query latency (p50/p99 over 16 concurrent clients) on the benchmark graph:
//
//	go test -run '^$' -bench Queries ./internal/store/neo4j
func BenchmarkQueries(b *testing.B) {
	s := storetest.LoadBenchGraph(b, openBench)
	storetest.BenchQueries(b, s)
}
