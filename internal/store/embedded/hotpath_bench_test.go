package embedded

import (
	"context"
	"testing"

	"github.com/actorgraph/actorgraph/internal/store/storetest"
)

// What a generation's fact index costs to build (paid once per write, in
// the background for timelines and encounters) on the benchmark graph.
// go test -run '^$' -bench FactIndexBuild ./internal/store/embedded
func BenchmarkFactIndexBuild(b *testing.B) {
	s := storetest.LoadBenchGraph(b, openFileBench).(*Store)
	ctx := context.Background()
	b.ResetTimer()
	for b.Loop() {
		err := s.readTx(ctx, "bench", func(q querier) error {
			_, err := buildFactIndex(ctx, q, 0)
			return err
		})
		if err != nil {
			b.Fatal(err)
		}
	}
}

// The generation check of warm reads: the WAL-index probe against the
// statement it saves.
// go test -run '^$' -bench Generation ./internal/store/embedded
func BenchmarkGeneration(b *testing.B) {
	s := storetest.LoadBenchGraph(b, openFileBench).(*Store)
	ctx := context.Background()
	b.Run("probe", func(b *testing.B) {
		for b.Loop() {
			if _, err := s.peekGeneration(ctx); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("statement", func(b *testing.B) {
		for b.Loop() {
			rc, err := s.reader(ctx)
			if err != nil {
				b.Fatal(err)
			}
			_, err = generation(ctx, rc)
			s.release(rc, err == nil)
			if err != nil {
				b.Fatal(err)
			}
		}
	})
}
