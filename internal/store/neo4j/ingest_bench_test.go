package neo4j

import (
	"context"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/internal/article"
	"github.com/actorgraph/actorgraph/internal/extract"
	"github.com/actorgraph/actorgraph/internal/ingest"
	"github.com/actorgraph/actorgraph/internal/kg"
	"github.com/actorgraph/actorgraph/internal/resolve"
	"github.com/actorgraph/actorgraph/internal/testcorpus"
)

// BenchmarkIngestBBC is `actorgraph ingest` of the BBC corpus into an
// empty Neo4j (extraction, resolving against the store, batched writes),
// with the store's share split out: the time the resolver's reads and the
// writes took, and the server's CPU when NEO4J_PID names the local server
// (.ci/neo4j/start exports it). On a shared machine the CPU figures say
// more than articles/s.
//
//	go test -run '^$' -bench IngestBBC -benchtime 1x ./internal/store/neo4j
func BenchmarkIngestBBC(b *testing.B) {
	path := testcorpus.Path(b, "corpus/bbc.jsonl")
	var docs []kg.Document
	if err := article.Walk(context.Background(), []string{path}, article.Options{}, func(d kg.Document) error {
		docs = append(docs, d)
		return nil
	}); err != nil {
		b.Fatal(err)
	}
	ex := func(d kg.Document) *kg.ArticleFacts { return extract.Extract(d, extract.Options{}) }
	var wall, cpu, server, reads, writes time.Duration
	for b.Loop() {
		b.StopTimer()
		s := openBench(b).(*Store)
		ts := &timedStore{Store: s}
		b.StartTimer()
		start, cpu0, srv0 := time.Now(), processCPU(), serverCPU(b)
		sum, err := ingest.RunDocuments(context.Background(), ts, ex, docs, ingest.Options{})
		wall += time.Since(start)
		cpu += processCPU() - cpu0
		server += serverCPU(b) - srv0
		if err != nil || sum.Failed > 0 {
			b.Fatalf("ingest: %v %+v", err, sum.Problems)
		}
		reads += ts.reads
		writes += ts.writes
		b.StopTimer()
		s.Close()
		b.StartTimer()
	}
	n := float64(len(docs) * b.N)
	b.ReportMetric(n/wall.Seconds(), "articles/s")
	b.ReportMetric(float64(cpu.Microseconds())/n, "cpu-µs/article")
	b.ReportMetric(float64(reads.Microseconds())/n, "read-µs/article")
	b.ReportMetric(float64(writes.Microseconds())/n, "write-µs/article")
	if server > 0 {
		b.ReportMetric(float64(server.Microseconds())/n, "server-cpu-µs/article")
	}
	b.ReportMetric(0, "ns/op")
}

// timedStore adds up the time of the store's writes and of everything
// else (the resolver's reads), keeping the store's optional bulk lookups.
type timedStore struct {
	*Store
	mu            sync.Mutex
	reads, writes time.Duration
}

func (t *timedStore) add(d *time.Duration, start time.Time) {
	t.mu.Lock()
	*d += time.Since(start)
	t.mu.Unlock()
}

func (t *timedStore) UpsertMany(ctx context.Context, fs []*kg.ArticleFacts) ([]kg.UpsertResult, error) {
	defer t.add(&t.writes, time.Now())
	return t.Store.UpsertMany(ctx, fs)
}

func (t *timedStore) Upsert(ctx context.Context, f *kg.ArticleFacts) (kg.UpsertResult, error) {
	defer t.add(&t.writes, time.Now())
	return t.Store.Upsert(ctx, f)
}

func (t *timedStore) ActorsByName(ctx context.Context, name string) ([]kg.Actor, error) {
	defer t.add(&t.reads, time.Now())
	return t.Store.ActorsByName(ctx, name)
}

func (t *timedStore) Search(ctx context.Context, q kg.SearchQuery) ([]kg.Actor, error) {
	defer t.add(&t.reads, time.Now())
	return t.Store.Search(ctx, q)
}

func (t *timedStore) ActorsByNames(ctx context.Context, names []string) (map[string][]kg.Actor, error) {
	defer t.add(&t.reads, time.Now())
	return t.Store.ActorsByNames(ctx, names)
}

func (t *timedStore) ActorsWithNameWords(ctx context.Context, kind kg.ActorKind, words []string) ([]kg.Actor, error) {
	defer t.add(&t.reads, time.Now())
	return t.Store.ActorsWithNameWords(ctx, kind, words)
}

// processCPU is this process's user and system time.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// serverCPU is the user and system time of the Neo4j process NEO4J_PID
// names (0 when unset or unreadable): from /proc (Linux), in clock ticks
// of 1/100 s.
func serverCPU(b *testing.B) time.Duration {
	pid := os.Getenv("NEO4J_PID")
	if pid == "" {
		return 0
	}
	raw, err := os.ReadFile("/proc/" + pid + "/stat")
	if err != nil {
		b.Logf("NEO4J_PID=%s: %v", pid, err)
		return 0
	}
	// The command name may hold spaces; the fields after it are fixed
	// (utime and stime are fields 14 and 15 of the line).
	s := string(raw)
	f := strings.Fields(s[strings.LastIndexByte(s, ')')+1:])
	if len(f) < 13 {
		b.Logf("NEO4J_PID=%s: short stat line", pid)
		return 0
	}
	ut, err1 := strconv.ParseInt(f[11], 10, 64)
	st, err2 := strconv.ParseInt(f[12], 10, 64)
	if err1 != nil || err2 != nil {
		b.Logf("NEO4J_PID=%s: %v", pid, fmt.Errorf("unreadable stat line"))
		return 0
	}
	return time.Duration(ut+st) * 10 * time.Millisecond
}

// BenchmarkWriteBBC is the store's write path alone: the BBC corpus,
// extracted and resolved beforehand (against itself, no store), written
// into an empty Neo4j in batches of 512 (ingest's default). With
// NEO4J_TRACE set it logs the time of each statement of the write
// transactions, summed by statement, slowest first.
//
//	go test -run '^$' -bench WriteBBC -benchtime 1x ./internal/store/neo4j
func BenchmarkWriteBBC(b *testing.B) {
	facts := bbcFacts(b)
	const batch = 512
	type stmt struct {
		n      int
		d, srv time.Duration
	}
	stmts := map[string]*stmt{}
	if os.Getenv("NEO4J_TRACE") != "" {
		traceStmt = func(q string) func() {
			start, srv := time.Now(), serverCPU(b)
			return func() {
				st := stmts[q]
				if st == nil {
					st = &stmt{}
					stmts[q] = st
				}
				st.n++
				st.d += time.Since(start)
				st.srv += serverCPU(b) - srv
			}
		}
		defer func() { traceStmt = nil }()
	}
	var wall, cpu, server time.Duration
	for b.Loop() {
		b.StopTimer()
		s := openBench(b)
		b.StartTimer()
		start, cpu0, srv0 := time.Now(), processCPU(), serverCPU(b)
		for j := 0; j < len(facts); j += batch {
			if _, err := s.UpsertMany(context.Background(), facts[j:min(j+batch, len(facts))]); err != nil {
				b.Fatalf("UpsertMany: %v", err)
			}
		}
		wall += time.Since(start)
		cpu += processCPU() - cpu0
		server += serverCPU(b) - srv0
		b.StopTimer()
		s.Close()
		b.StartTimer()
	}
	n := float64(len(facts) * b.N)
	b.ReportMetric(n/wall.Seconds(), "articles/s")
	b.ReportMetric(float64(cpu.Microseconds())/n, "cpu-µs/article")
	if server > 0 {
		b.ReportMetric(float64(server.Microseconds())/n, "server-cpu-µs/article")
	}
	b.ReportMetric(0, "ns/op")
	if len(stmts) > 0 {
		qs := make([]string, 0, len(stmts))
		for q := range stmts {
			qs = append(qs, q)
		}
		sort.Slice(qs, func(i, j int) bool { return stmts[qs[i]].d > stmts[qs[j]].d })
		var srv time.Duration
		for _, q := range qs {
			srv += stmts[q].srv
			// Not b.Logf: benchmark logs are cut short.
			fmt.Fprintf(os.Stderr, "%8.0f ms %6.0f server-ms %5d× %.160s\n", float64(stmts[q].d.Microseconds())/1000,
				float64(stmts[q].srv.Microseconds())/1000, stmts[q].n, strings.Join(strings.Fields(q), " "))
		}
		fmt.Fprintf(os.Stderr, "server CPU in statements %.0f ms of %.0f ms\n", float64(srv.Microseconds())/1000, float64(server.Microseconds())/1000)
	}
}

var (
	bbcOnce  sync.Once
	bbcCache []*kg.ArticleFacts
)

// bbcFacts are the BBC corpus's facts, extracted and resolved in input
// order against each other (no store), made once.
func bbcFacts(b *testing.B) []*kg.ArticleFacts {
	path := testcorpus.Path(b, "corpus/bbc.jsonl")
	bbcOnce.Do(func() {
		r := resolve.New(nil)
		err := article.Walk(context.Background(), []string{path}, article.Options{}, func(d kg.Document) error {
			f := extract.Extract(d, extract.Options{})
			if err := r.Resolve(context.Background(), f); err != nil {
				return err
			}
			bbcCache = append(bbcCache, f)
			return nil
		})
		if err != nil {
			b.Fatal(err)
		}
	})
	return bbcCache
}
