package extract

import (
	"testing"
)

// BenchmarkExtract runs the whole pipeline over the BBC corpus; the MB/s
// column is text throughput on one core.
func BenchmarkExtract(b *testing.B) {
	docs := readCorpus(b, "corpus/bbc.jsonl")
	size := 0
	for _, d := range docs {
		size += len(d.Text)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			Extract(d, Options{})
		}
	}
}
