package neo4j

import (
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/99designs/gqlgen/client"
	"github.com/google/go-cmp/cmp"
	"github.com/rs/zerolog"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/internal/extract"
	"github.com/actorgraph/actorgraph/internal/ingest"
	"github.com/actorgraph/actorgraph/internal/kg"
	"github.com/actorgraph/actorgraph/internal/store/embedded"
	"github.com/actorgraph/actorgraph/internal/testcorpus"
)

// The seed article, ingested by the real pipeline into Neo4j and into the
// embedded store, must give the same GraphQL answers, byte for byte once
// decoded: the questions users ask first (who met Putin, Xi's timeline, how
// Blinken reaches Putin, the counts).
var seedQueries = []struct{ name, query string }{
	{"encounters", `{ encounters(actor: "Putin") { counterpart { id name kind } count first last
		meetings { id kind status date place { name } participations { actor { name } role }
			evidence { article { id title } sentence start end rule } } } }`},
	{"timeline", `{ timeline(actors: ["Xi Jinping"], first: 100) { totalCount edges { cursor node {
		__typename
		... on Meeting { id kind status date participants { name } evidence { sentence } }
		... on Statement { id date speaker { name } quote text evidence { sentence } } } } } }`},
	{"paths", `{ paths(from: "Antony Blinken", to: "Vladimir Putin") { length
		steps { from { name } to { name } via { id kind evidence { sentence } } } } }`},
	{"neighborhood", `{ neighborhood(actor: "Xi Jinping", depth: 1) { nodes { id label kind weight depth } edges { id source target kind weight linkIds } } }`},
	{"stats", `{ stats { articles actors meetings statements } }`},
}

func TestSeedAnswersLikeEmbedded(t *testing.T) {
	ctx := context.Background()
	seed := testcorpus.Seed(t)
	cfg := testConfig(t)

	n4, err := Open(ctx, cfg)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	defer n4.Close()
	if err := wipe(ctx, n4); err != nil {
		t.Fatalf("wipe: %v", err)
	}
	emb, err := embedded.OpenMemory(ctx)
	if err != nil {
		t.Fatalf("embedded: %v", err)
	}
	defer emb.Close()

	ex := func(d kg.Document) *kg.ArticleFacts { return extract.Extract(d, extract.Options{}) }
	answers := map[string][]any{}
	for _, s := range []struct {
		name  string
		store kg.Store
	}{{"embedded", emb}, {"neo4j", n4}} {
		sum, err := ingest.Run(ctx, s.store, ex, []string{seed}, ingest.Options{})
		if err != nil || sum.New != 1 {
			t.Fatalf("%s: ingest of the seed: %+v, %v", s.name, sum, err)
		}
		c := client.New(graph.NewHandler(graph.HandlerConfig{Store: s.store, Log: zerolog.Nop()}))
		for _, q := range seedQueries {
			var resp map[string]any
			if err := c.Post(q.query, &resp); err != nil {
				t.Fatalf("%s: %s: %v", s.name, q.name, err)
			}
			answers[s.name] = append(answers[s.name], resp)
		}
	}

	// Not a vacuous comparison: the embedded answer holds the seed's facts.
	enc, _ := json.Marshal(answers["embedded"][0])
	for _, want := range []string{`"Xi Jinping"`, `"2024-05-16"`, `"Beijing"`} {
		if !strings.Contains(string(enc), want) {
			t.Fatalf("embedded encounters(Putin) lacks %s: %s", want, enc)
		}
	}
	for i, q := range seedQueries {
		if b, _ := json.Marshal(answers["embedded"][i]); strings.Contains(string(b), "[]") && q.name != "neighborhood" {
			t.Errorf("%s: the embedded answer has an empty list, so comparing it proves little: %s", q.name, b)
		}
		if d := cmp.Diff(answers["embedded"][i], answers["neo4j"][i]); d != "" {
			t.Errorf("%s: Neo4j answers differently from the embedded store (-embedded +neo4j):\n%s", q.name, d)
		}
	}
}
