package metrics

import (
	"context"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/model"
	"github.com/actorgraph/actorgraph/internal/kg"
)

// Ingest returns f counting each article's outcome in
// ingest_articles_total (a call that fails whole counts its articles as
// FAILED).
func (m *Metrics) Ingest(f graph.IngestFunc) graph.IngestFunc {
	if f == nil {
		return nil
	}
	return func(ctx context.Context, docs []kg.Document) (*model.IngestReport, error) {
		rep, err := f(ctx, docs)
		if err != nil || rep == nil {
			m.IngestOutcome(string(model.IngestFailed), len(docs))
			return rep, err
		}
		counts := map[model.IngestOutcome]int{}
		for _, r := range rep.Results {
			if r != nil {
				counts[r.Outcome]++
			}
		}
		for o, n := range counts {
			m.IngestOutcome(string(o), n)
		}
		return rep, nil
	}
}
