package graph_test

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/99designs/gqlgen/client"
	"github.com/google/go-cmp/cmp"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/model"
	"github.com/actorgraph/actorgraph/internal/kg"
)

const token = "s3cret-token"

// storeIngest is an ingest function over a real store that stands in for
// the extraction pipeline: each document becomes an article with one
// person named by its title, and the store decides NEW/UNCHANGED/REPLACED.
func storeIngest(store kg.Store, seen *[]kg.Document) graph.IngestFunc {
	return func(ctx context.Context, docs []kg.Document) (*model.IngestReport, error) {
		*seen = append(*seen, docs...)
		rep := &model.IngestReport{}
		for i, d := range docs {
			res := &model.IngestResult{Index: i}
			rep.Results = append(rep.Results, res)
			if strings.Contains(d.Text, "\x00") {
				msg := "binary content"
				res.Outcome, res.Error = model.IngestFailed, &msg
				continue
			}
			a := d.Article
			if a.ID == "" {
				sum := sha256.Sum256([]byte(d.Text))
				a.ID = "article:" + hex.EncodeToString(sum[:6])
			}
			sum := sha256.Sum256([]byte(d.Text))
			a.ContentHash = hex.EncodeToString(sum[:])
			p := kg.Actor{ID: kg.PersonID(a.Title), Kind: kg.KindPerson, Name: a.Title}
			r, err := store.Upsert(ctx, &kg.ArticleFacts{Article: a, Actors: []kg.Actor{p},
				Mentions: []kg.Mention{{ActorID: p.ID, Count: 1}}})
			if err != nil {
				return nil, err
			}
			res.ID, res.Outcome, res.Actors = &a.ID, model.OutcomeOf(r), 1
		}
		return rep, nil
	}
}

func TestIngestMutation(t *testing.T) {
	const m = `mutation($a: [ArticleInput!]!) { ingest(articles: $a) {
		received new replaced unchanged failed results { index id outcome error actors } } }`
	one := []map[string]any{{"id": "article:new1", "title": "Nora Field", "source": "api", "published": "2024-07-01",
		"text": "Nora Field spoke."}}

	tests := []struct {
		name   string
		token  string // configured
		header string // Authorization sent
		noFunc bool
		args   any
		code   string // expected error code; "" for success
		want   string // expected data when successful
	}{
		{name: "disabled without a token", token: "", header: "Bearer " + token, args: one, code: "UNAVAILABLE"},
		{name: "disabled without an ingest function", token: token, header: "Bearer " + token, noFunc: true, args: one, code: "UNAVAILABLE"},
		{name: "missing header", token: token, args: one, code: "UNAUTHENTICATED"},
		{name: "wrong token", token: token, header: "Bearer nope", args: one, code: "UNAUTHENTICATED"},
		{name: "token prefix", token: token, header: "Bearer " + token[:5], args: one, code: "UNAUTHENTICATED"},
		{name: "basic auth", token: token, header: "Basic " + token, args: one, code: "UNAUTHENTICATED"},
		{name: "empty list", token: token, header: "Bearer " + token, args: []map[string]any{}, code: "INVALID_ARGUMENT"},
		{name: "empty text", token: token, header: "Bearer " + token, args: []map[string]any{{"text": "  "}}, code: "INVALID_ARGUMENT"},
		{name: "bad date", token: token, header: "Bearer " + token, args: []map[string]any{{"text": "x", "published": "2024-02-30"}}, code: "INVALID_ARGUMENT"},
		{name: "too many", token: token, header: "Bearer " + token, args: manyArticles(graph.MaxIngestArticles + 1), code: "LIMIT_EXCEEDED"},
		{name: "loads", token: token, header: "Bearer " + token, args: one,
			want: `{"ingest": {"received": 1, "new": 1, "replaced": 0, "unchanged": 0, "failed": 0,
			  "results": [{"index": 0, "id": "article:new1", "outcome": "NEW", "error": null, "actors": 1}]}}`},
		{name: "scheme is case-insensitive", token: token, header: "bearer " + token, args: one,
			want: `{"ingest": {"received": 1, "new": 1, "replaced": 0, "unchanged": 0, "failed": 0,
			  "results": [{"index": 0, "id": "article:new1", "outcome": "NEW", "error": null, "actors": 1}]}}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var seen []kg.Document
			h := newHarness(t, nil, nil)
			h = newHarness(t, h.store, func(c *graph.HandlerConfig) {
				c.IngestToken = tt.token
				if !tt.noFunc {
					c.Ingest = storeIngest(h.store, &seen)
				}
			})
			opts := []client.Option{client.Var("a", tt.args)}
			if tt.header != "" {
				opts = append(opts, client.AddHeader("Authorization", tt.header))
			}
			r := h.do(m, opts...)
			if tt.code != "" {
				if len(r.Errors) != 1 || r.Errors[0].Extensions["code"] != tt.code {
					t.Fatalf("errors = %+v, want one %s", r.Errors, tt.code)
				}
				if len(seen) != 0 {
					t.Errorf("the ingest function ran %d documents despite the error", len(seen))
				}
				return
			}
			if len(r.Errors) > 0 {
				t.Fatalf("errors: %+v", r.Errors)
			}
			if diff := cmp.Diff(mustJSON(t, tt.want), decode(t, r.Data)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func manyArticles(n int) []map[string]any {
	out := make([]map[string]any, n)
	for i := range out {
		out[i] = map[string]any{"title": fmt.Sprintf("Person %d", i), "text": fmt.Sprintf("Text %d.", i)}
	}
	return out
}

// The mutation hands the ingest function documents built from the input,
// reports per-article outcomes the store decided, and the new facts are
// visible to the next query.
func TestIngestRoundTrip(t *testing.T) {
	var seen []kg.Document
	h := newHarness(t, nil, nil)
	h = newHarness(t, h.store, func(c *graph.HandlerConfig) {
		c.IngestToken = token
		c.Ingest = storeIngest(h.store, &seen)
	})
	auth := client.AddHeader("Authorization", "Bearer "+token)
	const m = `mutation($a: [ArticleInput!]!) { ingest(articles: $a) { received new replaced unchanged failed results { index outcome error } } }`
	arts := []map[string]any{
		{"id": "article:n1", "title": "Nora Field", "url": "https://example.org/n1", "source": "api", "published": "2024-07", "text": "First text."},
		{"id": "article:n2", "title": "Paul Stone", "text": "Second text."},
		{"id": "article:n3", "title": "Bad One", "text": "binary \x00 text"},
	}
	got := h.data(m, auth, client.Var("a", arts))
	want := `{"ingest": {"received": 3, "new": 2, "replaced": 0, "unchanged": 0, "failed": 1, "results": [
		{"index": 0, "outcome": "NEW", "error": null}, {"index": 1, "outcome": "NEW", "error": null},
		{"index": 2, "outcome": "FAILED", "error": "binary content"}]}}`
	if diff := cmp.Diff(mustJSON(t, want), got); diff != "" {
		t.Errorf("first load (-want +got):\n%s", diff)
	}
	wantDoc := kg.Document{
		Article: kg.Article{ID: "article:n1", Title: "Nora Field", URL: "https://example.org/n1", Source: "api", Published: kg.DateMonth(2024, 7)},
		Text:    "First text.", Origin: "graphql:articles[0]",
	}
	if len(seen) != 3 {
		t.Fatalf("ingest function saw %d documents, want 3", len(seen))
	}
	if diff := cmp.Diff(wantDoc, seen[0]); diff != "" {
		t.Errorf("document handed to ingest (-want +got):\n%s", diff)
	}

	// Same again, with the second article's text changed.
	arts[1]["text"] = "Second text, revised."
	got = h.data(m, auth, client.Var("a", arts[:2]))
	want = `{"ingest": {"received": 2, "new": 0, "replaced": 1, "unchanged": 1, "failed": 0, "results": [
		{"index": 0, "outcome": "UNCHANGED", "error": null}, {"index": 1, "outcome": "REPLACED", "error": null}]}}`
	if diff := cmp.Diff(mustJSON(t, want), got); diff != "" {
		t.Errorf("second load (-want +got):\n%s", diff)
	}

	got = h.data(`{ actor(id: "Nora Field") { id } stats { articles } }`)
	if diff := cmp.Diff(mustJSON(t, `{"actor": {"id": "person:nora-field"}, "stats": {"articles": 5}}`), got); diff != "" {
		t.Errorf("after ingest (-want +got):\n%s", diff)
	}
}

// An ingest function's coded error reaches the client with its code; any
// other error is internal and says nothing more.
func TestIngestErrors(t *testing.T) {
	for _, tt := range []struct {
		err  error
		code string
		msg  string
	}{
		{kg.Errorf(kg.CodeBadInput, "articles[0]: not an article"), "BAD_INPUT", "articles[0]: not an article"},
		{errors.New("disk full at /var/lib/x"), "INTERNAL", "internal error"},
	} {
		t.Run(tt.code, func(t *testing.T) {
			h := newHarness(t, nil, func(c *graph.HandlerConfig) {
				c.IngestToken = token
				c.Ingest = func(context.Context, []kg.Document) (*model.IngestReport, error) { return nil, tt.err }
			})
			r := h.do(`mutation { ingest(articles: [{text: "x"}]) { received } }`, client.AddHeader("Authorization", "Bearer "+token))
			if len(r.Errors) != 1 || r.Errors[0].Extensions["code"] != tt.code || r.Errors[0].Message != tt.msg {
				t.Errorf("errors = %+v, want %s %q", r.Errors, tt.code, tt.msg)
			}
		})
	}
}
