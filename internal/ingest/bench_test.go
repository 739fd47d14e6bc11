package ingest

import (
	"context"
	"os"
	"testing"

	"github.com/actorgraph/actorgraph/internal/extract"
	"github.com/actorgraph/actorgraph/internal/kg"
	"github.com/actorgraph/actorgraph/internal/testcorpus"
)

// BenchmarkIngest measures the pipeline end to end (load, the fake
// extractor, resolve, batched writes into a fresh embedded store) on a
// corpus file. The fake extractor is nearly free, so this is the cost of
// everything but extraction.
func BenchmarkIngest(b *testing.B) {
	benchIngest(b, fakeExtract)
}

// BenchmarkIngestExtract is the same with the real extractor: what
// `actorgraph ingest` costs on this machine.
func BenchmarkIngestExtract(b *testing.B) {
	benchIngest(b, func(d kg.Document) *kg.ArticleFacts { return extract.Extract(d, extract.Options{}) })
}

func benchIngest(b *testing.B, ex ExtractFunc) {
	for _, name := range []string{"wikinews.jsonl", "bbc.jsonl"} {
		b.Run(name, func(b *testing.B) {
			path := testcorpus.Path(b, "corpus/"+name)
			fi, err := os.Stat(path)
			if err != nil {
				b.Fatal(err)
			}
			b.SetBytes(fi.Size())
			b.ReportAllocs()
			var sum Summary
			var m stageMeter
			for b.Loop() {
				b.StopTimer()
				store := openStore(b)
				b.StartTimer()
				m.start()
				sum, err = Run(context.Background(), store, ex, []string{path}, Options{})
				m.stop(sum.Read)
				if err != nil || sum.Failed > 0 || sum.BadInputs > 0 {
					b.Fatalf("run: %v %+v", err, sum.Problems)
				}
				b.StopTimer()
				store.Close()
				b.StartTimer()
			}
			m.report(b) // CPU time per article and articles/s
		})
	}
}
