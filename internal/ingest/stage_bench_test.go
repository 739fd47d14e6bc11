package ingest

import (
	"context"
	"fmt"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/internal/article"
	"github.com/actorgraph/actorgraph/internal/extract"
	"github.com/actorgraph/actorgraph/internal/kg"
	"github.com/actorgraph/actorgraph/internal/resolve"
	"github.com/actorgraph/actorgraph/internal/store/embedded"
	"github.com/actorgraph/actorgraph/internal/testcorpus"
)

// The stage benchmarks split ingest's cost on a real corpus file into its
// stages, each measured alone: loading, extraction, resolving (in input
// order, against a fresh store) and writing (UpsertMany of the resolved
// facts into a fresh file store). They report CPU time per article, which
// on a shared machine says more than wall-clock time.
//
//	go test -run '^$' -bench Stage -benchtime 3x -cpu 2 ./internal/ingest

// stageCorpus holds one file's documents and resolved facts, made once.
type stageCorpus struct {
	docs     []kg.Document
	resolved []*kg.ArticleFacts
}

var (
	stageMu    sync.Mutex
	stageCache = map[string]*stageCorpus{}
)

func loadStage(b *testing.B, name string) *stageCorpus {
	b.Helper()
	path := testcorpus.Path(b, "corpus/"+name)
	stageMu.Lock()
	defer stageMu.Unlock()
	if c := stageCache[name]; c != nil {
		return c
	}
	c := &stageCorpus{}
	err := article.Walk(context.Background(), []string{path}, article.Options{}, func(d kg.Document) error {
		c.docs = append(c.docs, d)
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	r := resolve.New(nil)
	for _, d := range c.docs {
		f := extractFacts(d)
		if err := r.Resolve(context.Background(), f); err != nil {
			b.Fatal(err)
		}
		c.resolved = append(c.resolved, f)
	}
	stageCache[name] = c
	return c
}

func extractFacts(d kg.Document) *kg.ArticleFacts {
	f := extract.Extract(d, extract.Options{})
	if f.Article.ID == "" {
		f.Article = d.Article
	}
	return f
}

// processCPU is the CPU time this process has used (user + system).
func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// stageMeter accumulates the CPU time of the timed parts of a benchmark.
type stageMeter struct {
	cpu  time.Duration
	t0   time.Duration
	arts int
}

func (m *stageMeter) start() { m.t0 = processCPU() }
func (m *stageMeter) stop(arts int) {
	m.cpu += processCPU() - m.t0
	m.arts += arts
}

func (m *stageMeter) report(b *testing.B) {
	if m.arts > 0 {
		b.ReportMetric(float64(m.cpu.Microseconds())/float64(m.arts), "cpu-µs/article")
		b.ReportMetric(float64(m.arts)/b.Elapsed().Seconds(), "articles/s")
	}
}

var defaultBatch = func() int { var o Options; o.defaults(); return o.BatchSize }()

func BenchmarkStage(b *testing.B) {
	for _, name := range []string{"bbc.jsonl", "reuters21578.jsonl"} {
		b.Run("load/"+name, func(b *testing.B) {
			path := testcorpus.Path(b, "corpus/"+name)
			var m stageMeter
			for b.Loop() {
				n := 0
				m.start()
				err := article.Walk(context.Background(), []string{path}, article.Options{}, func(kg.Document) error { n++; return nil })
				m.stop(n)
				if err != nil {
					b.Fatal(err)
				}
			}
			m.report(b)
		})
		b.Run("extract/"+name, func(b *testing.B) {
			c := loadStage(b, name)
			var m stageMeter
			for b.Loop() {
				m.start()
				for _, d := range c.docs {
					extractFacts(d)
				}
				m.stop(len(c.docs))
			}
			m.report(b)
		})
		b.Run("resolve/"+name, func(b *testing.B) {
			c := loadStage(b, name)
			var m stageMeter
			for b.Loop() {
				b.StopTimer()
				s := openStore(b)
				facts := make([]*kg.ArticleFacts, len(c.docs))
				for i, d := range c.docs {
					facts[i] = extractFacts(d)
				}
				r := resolve.New(s)
				b.StartTimer()
				m.start()
				for i := 0; i < len(facts); i += defaultBatch {
					batch := facts[i:min(i+defaultBatch, len(facts))]
					if err := r.Prefetch(context.Background(), batch); err != nil {
						b.Fatal(err)
					}
					for _, f := range batch {
						if err := r.Resolve(context.Background(), f); err != nil {
							b.Fatal(err)
						}
					}
				}
				m.stop(len(facts))
				b.StopTimer()
				s.Close()
				b.StartTimer()
			}
			m.report(b)
		})
		for _, batch := range []int{64, defaultBatch} {
			b.Run(fmt.Sprintf("store/batch=%d/%s", batch, name), func(b *testing.B) {
				c := loadStage(b, name)
				var m stageMeter
				for b.Loop() {
					b.StopTimer()
					s, err := embedded.Open(context.Background(), b.TempDir())
					if err != nil {
						b.Fatal(err)
					}
					b.StartTimer()
					m.start()
					for i := 0; i < len(c.resolved); i += batch {
						if _, err := s.UpsertMany(context.Background(), c.resolved[i:min(i+batch, len(c.resolved))]); err != nil {
							b.Fatal(err)
						}
					}
					m.stop(len(c.resolved))
					b.StopTimer()
					s.Close()
					b.StartTimer()
				}
				m.report(b)
			})
		}
	}
}
