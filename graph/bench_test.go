package graph_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/99designs/gqlgen/client"
	"github.com/rs/zerolog"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/graphtest"
)

// BenchmarkNestedQuery measures a nested encounters query end to end
// (parse, validate, resolve, dataloaders, embedded store) for several
// dataloader windows, and reports the store calls each query made: the
// window trades latency for batching.
func BenchmarkNestedQuery(b *testing.B) {
	const q = `{ encounters(actor: "person:lena-kov") {
		counterpart { name ... on Person { roles { title of { name } } } }
		meetings { participants { name } place { name country { name } } evidence { sentence article { title } } } } }`
	store := graphtest.OpenStore(b)
	for _, wait := range []time.Duration{250 * time.Microsecond, 500 * time.Microsecond, time.Millisecond, 2 * time.Millisecond, graph.DefaultLoaderWait, 16 * time.Millisecond} {
		b.Run(fmt.Sprintf("wait=%s", wait), func(b *testing.B) {
			counting := graphtest.NewCountingStore(store)
			c := client.New(graph.NewHandler(graph.HandlerConfig{Store: counting, LoaderWait: wait, Log: zerolog.Nop()}))
			var resp map[string]any
			b.ResetTimer()
			for b.Loop() {
				c.MustPost(q, &resp)
			}
			total := 0
			for _, n := range counting.Calls() {
				total += n
			}
			b.ReportMetric(float64(total)/float64(b.N), "storecalls/op")
		})
	}
}
