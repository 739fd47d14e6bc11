package embedded

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/actorgraph/actorgraph/internal/kg"
	"github.com/actorgraph/actorgraph/internal/store/storetest"
)

func openFileBench(b *testing.B) kg.Store {
	s, err := Open(context.Background(), filepath.Join(b.TempDir(), "data"))
	if err != nil {
		b.Fatalf("Open: %v", err)
	}
	b.Cleanup(func() { s.Close() })
	return s
}

// go test -run '^$' -bench UpsertMany -benchtime 3x ./internal/store/embedded
func BenchmarkUpsertMany(b *testing.B) {
	for _, batch := range []int{1, 100, 500} {
		b.Run(fmt.Sprintf("batch=%d", batch), func(b *testing.B) {
			storetest.BenchUpsert(b, openFileBench, batch)
		})
	}
}

// go test -run '^$' -bench Queries ./internal/store/embedded
func BenchmarkQueries(b *testing.B) {
	s := storetest.LoadBenchGraph(b, openFileBench)
	storetest.BenchQueries(b, s)
}

// The same queries with the per-generation result cache off: what each
// query costs when it is asked for the first time after a load.
// go test -run '^$' -bench QueriesUncached ./internal/store/embedded
func BenchmarkQueriesUncached(b *testing.B) {
	s := storetest.LoadBenchGraph(b, openFileBench)
	s.(*Store).noCache = true
	storetest.BenchQueries(b, s)
}
