package storetest

import (
	"context"
	"math/rand"
	"runtime"
	"sort"
	"sync"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// BenchArticles is the size of the benchmark graph: about the BBC corpus.
const BenchArticles = 2200

// BenchClients is the number of concurrent clients of the query benchmarks.
const BenchClients = 16

var (
	benchOnce   sync.Once
	benchCorpus []*kg.ArticleFacts
)

func corpus() []*kg.ArticleFacts {
	benchOnce.Do(func() { benchCorpus = Synthetic(BenchArticles, 1) })
	return benchCorpus
}

// BenchUpsert loads BenchArticles synthetic articles into a fresh store per
// iteration, batch articles per UpsertMany, and reports articles/s.
func BenchUpsert(b *testing.B, open func(b *testing.B) kg.Store, batch int) {
	arts := corpus()
	ctx := context.Background()
	var total, cpu time.Duration
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		s := open(b)
		b.StartTimer()
		start, cpu0 := time.Now(), cpuTime()
		for j := 0; j < len(arts); j += batch {
			if _, err := s.UpsertMany(ctx, arts[j:min(j+batch, len(arts))]); err != nil {
				b.Fatalf("UpsertMany: %v", err)
			}
		}
		total += time.Since(start)
		cpu += cpuTime() - cpu0
		b.StopTimer()
		s.Close()
		b.StartTimer()
	}
	n := float64(len(arts) * b.N)
	b.ReportMetric(n/total.Seconds(), "articles/s")
	// CPU time per article: what the store costs whatever else runs on
	// the machine (ingest runs extraction on the other cores).
	if cpu > 0 {
		b.ReportMetric(float64(cpu.Microseconds())/n, "cpu-µs/article")
	}
	b.ReportMetric(0, "ns/op")
}

// LoadBenchGraph opens a store holding the benchmark graph.
func LoadBenchGraph(b *testing.B, open func(b *testing.B) kg.Store) kg.Store {
	s := open(b)
	arts := corpus()
	for j := 0; j < len(arts); j += 500 {
		if _, err := s.UpsertMany(context.Background(), arts[j:min(j+500, len(arts))]); err != nil {
			b.Fatalf("UpsertMany: %v", err)
		}
	}
	return s
}

// BenchQueries runs each query kind from BenchClients concurrent clients
// against s (see LoadBenchGraph) and reports p50 and p99 latency. Actors
// are picked by popularity (a random actor of a random article), so hot
// actors are asked about as often as users would.
func BenchQueries(b *testing.B, s kg.Store) {
	arts := corpus()
	pick := func(r *rand.Rand) string {
		a := arts[r.Intn(len(arts))]
		return a.Actors[r.Intn(len(a.Actors))].ID
	}
	ctx := context.Background()
	queries := []struct {
		name string
		fn   func(r *rand.Rand) error
	}{
		{"Encounters", func(r *rand.Rand) error {
			_, err := s.Encounters(ctx, kg.EncounterQuery{ActorID: pick(r)})
			return err
		}},
		{"TimelineAll", func(r *rand.Rand) error {
			_, err := s.Timeline(ctx, kg.TimelineQuery{First: 20})
			return err
		}},
		{"TimelineActor", func(r *rand.Rand) error {
			_, err := s.Timeline(ctx, kg.TimelineQuery{ActorIDs: []string{pick(r)}, First: 20})
			return err
		}},
		{"TimelineActorPage2", func(r *rand.Rand) error {
			q := kg.TimelineQuery{ActorIDs: []string{pick(r)}, First: 10}
			p, err := s.Timeline(ctx, q)
			if err != nil || !p.HasNextPage {
				return err
			}
			q.After = p.EndCursor
			_, err = s.Timeline(ctx, q)
			return err
		}},
		{"TimelineRange", func(r *rand.Rand) error {
			_, err := s.Timeline(ctx, kg.TimelineQuery{From: kg.DateMonth(2005, 1+r.Intn(12)), To: kg.DateYear(2005), First: 20})
			return err
		}},
		{"Paths", func(r *rand.Rand) error {
			from, to := pick(r), pick(r)
			if from == to {
				return nil
			}
			_, err := s.Paths(ctx, kg.PathQuery{FromID: from, ToID: to, MaxHops: 3, First: 5})
			return err
		}},
		{"Neighborhood", func(r *rand.Rand) error {
			_, err := s.Neighborhood(ctx, kg.NeighborhoodQuery{ActorID: pick(r), Depth: 2, Limit: 100})
			return err
		}},
		{"Search", func(r *rand.Rand) error {
			// A known actor's surname, or its first letters.
			a := arts[r.Intn(len(arts))].Actors[r.Intn(9)]
			text := a.Aliases[0]
			if r.Intn(2) == 0 {
				text = a.Name[:min(len(a.Name), 3+r.Intn(4))]
			}
			_, err := s.Search(ctx, kg.SearchQuery{Text: text, First: 10})
			return err
		}},
		{"ActorsByID50", func(r *rand.Rand) error {
			ids := make([]string, 50)
			for i := range ids {
				ids[i] = pick(r)
			}
			_, err := s.ActorsByID(ctx, ids)
			return err
		}},
	}
	for _, q := range queries {
		b.Run(q.name, func(b *testing.B) {
			var mu sync.Mutex
			var lat []time.Duration
			var seed int64
			b.SetParallelism((BenchClients + runtime.GOMAXPROCS(0) - 1) / runtime.GOMAXPROCS(0))
			b.ResetTimer()
			cpu0 := cpuTime()
			b.RunParallel(func(pb *testing.PB) {
				mu.Lock()
				seed++
				r := rand.New(rand.NewSource(seed))
				mu.Unlock()
				var mine []time.Duration
				for pb.Next() {
					start := time.Now()
					if err := q.fn(r); err != nil {
						b.Errorf("%s: %v", q.name, err)
						return
					}
					mine = append(mine, time.Since(start))
				}
				mu.Lock()
				lat = append(lat, mine...)
				mu.Unlock()
			})
			b.StopTimer()
			cpu := cpuTime() - cpu0
			if len(lat) == 0 {
				return
			}
			// CPU per query: latency on a shared machine includes waiting
			// for other processes; this does not.
			if cpu > 0 {
				b.ReportMetric(float64(cpu.Microseconds())/1000/float64(len(lat)), "cpu-ms/op")
			}
			sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
			pct := func(p float64) float64 {
				return float64(lat[min(len(lat)-1, int(p*float64(len(lat))))].Microseconds()) / 1000
			}
			b.ReportMetric(pct(0.50), "p50-ms")
			b.ReportMetric(pct(0.99), "p99-ms")
		})
	}
}
