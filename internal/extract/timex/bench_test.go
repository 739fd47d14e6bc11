package timex

import (
	"bufio"
	"encoding/json"
	"os"
	"syscall"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/internal/extract/gazetteer"
	"github.com/actorgraph/actorgraph/internal/extract/segment"
	"github.com/actorgraph/actorgraph/internal/kg"
	"github.com/actorgraph/actorgraph/internal/testcorpus"
)

// BenchmarkFind finds the date expressions of every sentence of the BBC
// corpus, as the statement and meeting rules ask for them; cpu-MB/s is
// text per CPU second (GC included), steadier than wall time on a shared
// machine.
func BenchmarkFind(b *testing.B) {
	f, err := os.Open(testcorpus.Path(b, "corpus/bbc.jsonl"))
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	g := gazetteer.Default()
	var docs []*segment.Doc
	size := 0
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for sc.Scan() {
		var r struct{ Text string }
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			b.Fatal(err)
		}
		docs = append(docs, segment.Segment(r.Text))
		size += len(r.Text)
	}
	ref := kg.DateDay(2005, 3, 10)
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	start := cpuTime()
	var buf []Expr
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			for _, s := range d.Sentences {
				buf = Find(d, g, s.First, s.Last, ref, false, buf[:0])
			}
		}
	}
	b.StopTimer()
	if cpu := (cpuTime() - start).Seconds(); cpu > 0 {
		b.ReportMetric(float64(size)*float64(b.N)/cpu/1e6, "cpu-MB/s")
	}
}

func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
