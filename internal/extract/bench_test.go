package extract

import (
	"syscall"
	"testing"
	"time"
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
