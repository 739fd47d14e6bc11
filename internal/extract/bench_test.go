package extract

import (
	"syscall"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/internal/extract/gazetteer"
	"github.com/actorgraph/actorgraph/internal/extract/mentions"
	"github.com/actorgraph/actorgraph/internal/extract/segment"
	"github.com/actorgraph/actorgraph/internal/kg"
)

// BenchmarkExtract runs the whole pipeline over the BBC corpus; the MB/s
// column is text throughput by wall clock. cpu-MB/s divides the text by
// the CPU time the process spent (user and system, GC included), so it
// stays a per-core figure on a machine shared with other work, and
// articles/s counts articles by that CPU time too.
func BenchmarkExtract(b *testing.B) {
	docs := readCorpus(b, "corpus/bbc.jsonl")
	size := 0
	for _, d := range docs {
		size += len(d.Text)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	start := cpuTime()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			Extract(d, Options{})
		}
	}
	b.StopTimer()
	if cpu := (cpuTime() - start).Seconds(); cpu > 0 {
		b.ReportMetric(float64(size)*float64(b.N)/cpu/1e6, "cpu-MB/s")
		b.ReportMetric(float64(len(docs))*float64(b.N)/cpu, "cpu-articles/s")
	}
}

// cpuTime is the CPU time the process has used so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkSegment times tokenizing and sentence splitting alone over the
// BBC corpus, and BenchmarkMentions the name finder over texts already
// segmented: the two stages that touch every token, so a change to either
// shows here without the noise of the whole pipeline.
func BenchmarkSegment(b *testing.B) {
	docs := readCorpus(b, "corpus/bbc.jsonl")
	benchStage(b, docs, func(d kg.Document, _ *segment.Doc) { segment.Segment(d.Text) })
}

func BenchmarkMentions(b *testing.B) {
	docs := readCorpus(b, "corpus/bbc.jsonl")
	g := gazetteer.Default()
	benchStage(b, docs, func(_ kg.Document, s *segment.Doc) { mentions.Find(s, g) })
}

func benchStage(b *testing.B, docs []kg.Document, stage func(kg.Document, *segment.Doc)) {
	size := 0
	segs := make([]*segment.Doc, len(docs))
	for i, d := range docs {
		size += len(d.Text)
		segs[i] = segment.Segment(d.Text)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	start := cpuTime()
	for i := 0; i < b.N; i++ {
		for j, d := range docs {
			stage(d, segs[j])
		}
	}
	b.StopTimer()
	if cpu := (cpuTime() - start).Seconds(); cpu > 0 {
		b.ReportMetric(float64(size)*float64(b.N)/cpu/1e6, "cpu-MB/s")
	}
}
