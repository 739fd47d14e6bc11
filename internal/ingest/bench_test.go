package ingest

import (
	"context"
	"os"
	"runtime"
	"runtime/metrics"
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
			var idle idleMeter
			for b.Loop() {
				b.StopTimer()
				store := openStore(b)
				idle.start()
				b.StartTimer()
				m.start()
				sum, err = Run(context.Background(), store, ex, []string{path}, Options{})
				m.stop(sum.Read)
				b.StopTimer()
				idle.stop()
				b.StartTimer()
				if err != nil || sum.Failed > 0 || sum.BadInputs > 0 {
					b.Fatalf("run: %v %+v", err, sum.Problems)
				}
				b.StopTimer()
				store.Close()
				b.StartTimer()
			}
			m.report(b) // CPU time per article and articles/s
			idle.report(b)
		})
	}
}

// idleMeter measures the share of the Go scheduler's cores (GOMAXPROCS)
// that found nothing to run during the timed runs: how far the pipeline
// falls short of keeping every core busy. The runtime brings these
// figures up to date at a GC, hence the forced ones (outside the timer).
// The GC's idle-priority mark work runs only on cores that would idle
// otherwise, so it counts as idle here.
type idleMeter struct {
	t0, idle, total float64
	i0              float64
}

var idleSamples = []metrics.Sample{
	{Name: "/cpu/classes/idle:cpu-seconds"},
	{Name: "/cpu/classes/gc/mark/idle:cpu-seconds"},
	{Name: "/cpu/classes/total:cpu-seconds"},
}

func readIdle() (idle, total float64) {
	runtime.GC()
	metrics.Read(idleSamples)
	return idleSamples[0].Value.Float64() + idleSamples[1].Value.Float64(), idleSamples[2].Value.Float64()
}

func (m *idleMeter) start() { m.i0, m.t0 = readIdle() }

func (m *idleMeter) stop() {
	i, t := readIdle()
	m.idle += i - m.i0
	m.total += t - m.t0
}

func (m *idleMeter) report(b *testing.B) {
	if m.total > 0 {
		b.ReportMetric(100*m.idle/m.total, "idle-core-%")
	}
}
