package main

import (
	"context"
	"strconv"
	"sync"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/model"
	"github.com/actorgraph/actorgraph/internal/article"
	"github.com/actorgraph/actorgraph/internal/ingest"
	"github.com/actorgraph/actorgraph/internal/kg"
	"github.com/actorgraph/actorgraph/internal/resolve"
)

// mutationIngest wires the GraphQL ingest mutation to the same pipeline as
// the CLI: the loaders' clean-up and ids, extraction, identity resolution
// (one resolver for the server's life) and the store's idempotent upsert.
func mutationIngest(store kg.Store, ex ingest.ExtractFunc, opts ingest.Options) graph.IngestFunc {
	opts.Resolver = resolve.New(store)
	opts.Progress = nil
	opts.OnProblem = nil
	var mu sync.Mutex // one mutation at a time: the resolver's cache is per run order
	return func(ctx context.Context, in []kg.Document) (*model.IngestReport, error) {
		mu.Lock()
		defer mu.Unlock()
		rep := &model.IngestReport{Results: make([]*model.IngestResult, len(in))}
		docs := make([]kg.Document, 0, len(in))
		index := make(map[string]int, len(in)) // origin -> position
		for i, d := range in {
			res := &model.IngestResult{Index: i, Outcome: model.IngestFailed}
			rep.Results[i] = res
			doc, _, err := article.Fields{
				ID: d.Article.ID, Title: d.Article.Title, Text: d.Text,
				Source: d.Article.Source, URL: d.Article.URL,
			}.Document(d.Origin)
			if err != nil {
				msg := "articles[" + strconv.Itoa(i) + "]: " + kg.ErrorMessage(err)
				res.Error = &msg
				continue
			}
			doc.Article.Published = d.Article.Published
			id := doc.Article.ID
			res.ID = &id
			index[doc.Origin] = i
			docs = append(docs, doc)
		}
		if len(docs) == 0 {
			return rep, nil
		}
		var cmu sync.Mutex
		counted := func(d kg.Document) *kg.ArticleFacts {
			f := ex(d)
			if f != nil {
				cmu.Lock()
				r := rep.Results[index[d.Origin]]
				r.Actors, r.Meetings, r.Statements = len(f.Actors), len(f.Meetings), len(f.Statements)
				cmu.Unlock()
			}
			return f
		}
		sum, err := ingest.RunDocuments(ctx, store, counted, docs, opts)
		if err != nil {
			return nil, err
		}
		for _, f := range sum.Files {
			i, ok := index[f.Path]
			if !ok {
				continue
			}
			r := rep.Results[i]
			switch {
			case f.New > 0:
				r.Outcome = model.IngestNew
			case f.Replaced > 0:
				r.Outcome = model.IngestReplaced
			case f.Unchanged > 0:
				r.Outcome = model.IngestUnchanged
			}
		}
		for _, p := range sum.Problems {
			if i, ok := index[p.Path]; ok {
				msg := p.Message
				rep.Results[i].Error = &msg
				rep.Results[i].Outcome = model.IngestFailed
			}
		}
		return rep, nil
	}
}
