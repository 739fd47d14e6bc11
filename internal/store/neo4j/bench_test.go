package neo4j

import (
	"context"
	"fmt"
	"math/rand"
	"sort"
	"sync"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/internal/kg"
	"github.com/actorgraph/actorgraph/internal/store/storetest"
)

// openBench opens the store on the NEO4J_URI server and empties it.
func openBench(b *testing.B) kg.Store { return openEmpty(b) }

// Ingest throughput (articles/s) of synthetic ArticleFacts by batch size:
//
//	go test -run '^$' -bench UpsertMany -benchtime 1x ./internal/store/neo4j
func BenchmarkUpsertMany(b *testing.B) {
	for _, batch := range []int{1, 100, 500, 1000} {
		b.Run(fmt.Sprintf("batch=%d", batch), func(b *testing.B) {
			storetest.BenchUpsert(b, openBench, batch)
		})
	}
}

// Query latency (p50/p99 over 16 concurrent clients) on the benchmark graph:
//
//	go test -run '^$' -bench Queries ./internal/store/neo4j
func BenchmarkQueries(b *testing.B) {
	s := storetest.LoadBenchGraph(b, openBench)
	storetest.BenchQueries(b, s)
}

// Query latency from one client at a time (BenchmarkQueries measures 16
// concurrent clients, mostly queueing on a small machine): p50, p99 and
// the server's CPU per query when NEO4J_PID is set.
//
//	go test -run '^$' -bench QueriesSerial ./internal/store/neo4j
func BenchmarkQueriesSerial(b *testing.B) {
	s := storetest.LoadBenchGraph(b, openBench)
	arts := storetest.Synthetic(storetest.BenchArticles, 1)
	ctx := context.Background()
	pick := func(r *rand.Rand) *kg.Actor {
		a := arts[r.Intn(len(arts))]
		return &a.Actors[r.Intn(len(a.Actors))]
	}
	queries := []struct {
		name string
		fn   func(r *rand.Rand) error
	}{
		{"Encounters", func(r *rand.Rand) error {
			_, err := s.Encounters(ctx, kg.EncounterQuery{ActorID: pick(r).ID})
			return err
		}},
		{"TimelineAll", func(r *rand.Rand) error {
			_, err := s.Timeline(ctx, kg.TimelineQuery{First: 20})
			return err
		}},
		{"TimelineActor", func(r *rand.Rand) error {
			_, err := s.Timeline(ctx, kg.TimelineQuery{ActorIDs: []string{pick(r).ID}, First: 20})
			return err
		}},
		{"TimelineRange", func(r *rand.Rand) error {
			_, err := s.Timeline(ctx, kg.TimelineQuery{From: kg.DateMonth(2005, 1+r.Intn(12)), To: kg.DateYear(2005), First: 20})
			return err
		}},
		{"Search", func(r *rand.Rand) error {
			_, err := s.Search(ctx, kg.SearchQuery{Text: pick(r).Name, First: 10})
			return err
		}},
	}
	// Warm up (query plans, the server's JIT, the collection after the
	// load) before any figure is taken.
	for _, q := range queries {
		r := rand.New(rand.NewSource(2))
		for range 50 {
			if err := q.fn(r); err != nil {
				b.Fatalf("%s: %v", q.name, err)
			}
		}
	}
	for _, q := range queries {
		b.Run(q.name, func(b *testing.B) {
			r := rand.New(rand.NewSource(1))
			lat := make([]time.Duration, 0, b.N)
			srv0 := serverCPU(b)
			for b.Loop() {
				start := time.Now()
				if err := q.fn(r); err != nil {
					b.Fatalf("%s: %v", q.name, err)
				}
				lat = append(lat, time.Since(start))
			}
			reportLatency(b, lat, serverCPU(b)-srv0)
		})
	}
}

// Encounters latency by number of concurrent clients (1, 4, 16) on the
// benchmark graph: p50, p99 and the server's CPU per query when NEO4J_PID
// is set. Each client picks its actors from its own seeded sequence.
//
//	go test -run '^$' -bench EncountersClients -benchtime 2000x ./internal/store/neo4j
func BenchmarkEncountersClients(b *testing.B) {
	s := storetest.LoadBenchGraph(b, openBench)
	arts := storetest.Synthetic(storetest.BenchArticles, 1)
	ctx := context.Background()
	query := func(r *rand.Rand) error {
		a := arts[r.Intn(len(arts))]
		_, err := s.Encounters(ctx, kg.EncounterQuery{ActorID: a.Actors[r.Intn(len(a.Actors))].ID})
		return err
	}
	// Warm up plans and the server's JIT before any figure is taken.
	r := rand.New(rand.NewSource(2))
	for range 200 {
		if err := query(r); err != nil {
			b.Fatal(err)
		}
	}
	for _, clients := range []int{1, 4, 16} {
		b.Run(fmt.Sprintf("clients=%d", clients), func(b *testing.B) {
			var mu sync.Mutex
			var lat []time.Duration
			next := make(chan struct{})
			go func() {
				for range b.N {
					next <- struct{}{}
				}
				close(next)
			}()
			srv0 := serverCPU(b)
			var wg sync.WaitGroup
			for c := range clients {
				wg.Add(1)
				go func() {
					defer wg.Done()
					r := rand.New(rand.NewSource(int64(c + 1)))
					var mine []time.Duration
					for range next {
						start := time.Now()
						if err := query(r); err != nil {
							b.Error(err)
							break
						}
						mine = append(mine, time.Since(start))
					}
					mu.Lock()
					lat = append(lat, mine...)
					mu.Unlock()
				}()
			}
			wg.Wait()
			if len(lat) == 0 {
				return
			}
			reportLatency(b, lat, serverCPU(b)-srv0)
			b.ReportMetric(0, "ns/op")
		})
	}
}

// reportLatency reports p50 and p99 of the latencies (sorting them) and,
// when the server's CPU over the run is known, its CPU per query.
func reportLatency(b *testing.B, lat []time.Duration, srv time.Duration) {
	if srv > 0 {
		b.ReportMetric(float64(srv.Microseconds())/1000/float64(len(lat)), "server-cpu-ms/op")
	}
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	pct := func(p float64) float64 {
		return float64(lat[min(len(lat)-1, int(p*float64(len(lat))))].Microseconds()) / 1000
	}
	b.ReportMetric(pct(0.50), "p50-ms")
	b.ReportMetric(pct(0.99), "p99-ms")
}
