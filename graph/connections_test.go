package graph_test

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/99designs/gqlgen/client"
	"github.com/google/go-cmp/cmp"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/graphtest"
	"github.com/actorgraph/actorgraph/internal/kg"
)

// The connections, aggregations and fuzzy search over the fixture world
// (see graphtest): M4 2022-01-05, M3 2023-10-18, M2 2024-04, M1
// 2024-05-16, MP 2024-06 (planned); a1 and a2 are of source "sample", a3
// has none.
func TestConnectionQueries(t *testing.T) {
	h := newHarness(t, nil, nil)
	tests := []struct {
		name, query string
		want        string
	}{
		{"meetings between a pair", `{ meetings(participants: ["Kov", "Omar Ruiz"]) { totalCount edges { node { id } } } }`,
			`{"meetings": {"totalCount": 2, "edges": [{"node": {"id": "` + graphtest.M2 + `"}}, {"node": {"id": "` + graphtest.M1 + `"}}]}}`},
		{"meetings newest first, paged", `{ meetings(order: DESC, first: 2) { totalCount pageInfo { hasNextPage } edges { node { id status } } } }`,
			`{"meetings": {"totalCount": 5, "pageInfo": {"hasNextPage": true}, "edges": [
			  {"node": {"id": "` + graphtest.MP + `", "status": "PLANNED"}}, {"node": {"id": "` + graphtest.M1 + `", "status": "OCCURRED"}}]}}`},
		{"planned meetings with participants", `{ meetings(statuses: [PLANNED]) { edges { node { kind participants { name } } } } }`,
			`{"meetings": {"edges": [{"node": {"kind": "SUMMIT", "participants": [{"name": "Ida Voss"}, {"name": "Omar Ruiz"}]}}]}}`},
		{"meetings by source and kind", `{ meetings(source: "SAMPLE", kinds: [CALL]) { totalCount } }`, `{"meetings": {"totalCount": 1}}`},
		{"meetings in a range", `{ meetings(from: "2023", to: "2024-04") { edges { node { id } } } }`,
			`{"meetings": {"edges": [{"node": {"id": "` + graphtest.M3 + `"}}, {"node": {"id": "` + graphtest.M2 + `"}}]}}`},
		{"statements by a speaker", `{ statements(speakers: ["Kov"]) { edges { node { id quote evidence { article { id } } } } } }`,
			`{"statements": {"edges": [{"node": {"id": "` + graphtest.S1 + `", "quote": "We will keep talking", "evidence": [{"article": {"id": "article:a1"}}]}}]}}`},
		{"statements about, containing", `{ statements(about: ["Germany"], contains: "LEAGUE") { totalCount } }`, `{"statements": {"totalCount": 1}}`},
		{"quotes only", `{ statements(quotesOnly: true) { totalCount } }`, `{"statements": {"totalCount": 1}}`},
		{"articles newest first by default", `{ articles { totalCount edges { node { id } } } }`,
			`{"articles": {"totalCount": 3, "edges": [{"node": {"id": "article:a2"}}, {"node": {"id": "article:a1"}}, {"node": {"id": "article:a3"}}]}}`},
		{"articles reporting an actor", `{ articles(reporting: ["Germany"], order: ASC) { edges { node { id } } } }`,
			`{"articles": {"edges": [{"node": {"id": "article:a1"}}, {"node": {"id": "article:a2"}}, {"node": {"id": "article:a3"}}]}}`},
		{"articles of a source in a range", `{ articles(source: "sample", from: "2024-05-17") { edges { node { id title } } } }`,
			`{"articles": {"edges": [{"node": {"id": "article:a2", "title": "A call before the visit"}}]}}`},
		{"meetings per month of an actor", `{ meetingsPerMonth(actors: ["Kov"]) { months { month count } undated total } }`,
			`{"meetingsPerMonth": {"months": [{"month": "2022-01", "count": 1}, {"month": "2023-10", "count": 1},
			  {"month": "2024-04", "count": 1}, {"month": "2024-05", "count": 1}], "undated": 0, "total": 4}}`},
		{"meetings per month of a pair", `{ meetingsPerMonth(actors: ["Kov", "person:omar-ruiz"], from: "2024-05") { months { month count } total } }`,
			`{"meetingsPerMonth": {"months": [{"month": "2024-05", "count": 1}], "total": 1}}`},
		{"top counterparts", `{ topCounterparts(actor: "Kov", first: 2) { counterpart { id } count first last } }`,
			`{"topCounterparts": [{"counterpart": {"id": "person:omar-ruiz"}, "count": 2, "first": "2024-04", "last": "2024-05-16"},
			  {"counterpart": {"id": "country:DE"}, "count": 1, "first": "2023-10-18", "last": "2023-10-18"}]}`},
		{"top counterparts by kind", `{ topCounterparts(actor: "Kov", kinds: [TALKS]) { counterpart { name } count } }`,
			`{"topCounterparts": [{"counterpart": {"name": "Mara Ruiz"}, "count": 1}]}`},
		{"fuzzy search", `{ search(text: "Ruis") { id } }`, `{"search": [{"id": "person:omar-ruiz"}, {"id": "person:mara-ruiz"}]}`},
		{"fuzzy search off", `{ search(text: "Ruis", fuzzy: false) { id } }`, `{"search": []}`},
		{"fuzzy search of an alias", `{ search(text: "Berlni") { id } }`, `{"search": [{"id": "country:DE"}]}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := h.data(tt.query)
			if diff := cmp.Diff(mustJSON(t, tt.want), got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// Paging a connection with the endCursor walks every item once.
func TestConnectionPaging(t *testing.T) {
	h := newHarness(t, nil, nil)
	for _, order := range []string{"ASC", "DESC"} {
		var all, got []string
		var page struct {
			Meetings struct {
				TotalCount int
				PageInfo   struct {
					HasNextPage bool
					EndCursor   *string
				}
				Edges []struct {
					Cursor string
					Node   struct{ ID string }
				}
			}
		}
		h.c.MustPost(`query($o: SortOrder) { meetings(order: $o, first: 100) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } } }`,
			&page, client.Var("o", order))
		for _, e := range page.Meetings.Edges {
			all = append(all, e.Node.ID)
		}
		var after *string
		for pages := 0; pages <= len(all); pages++ {
			h.c.MustPost(`query($o: SortOrder, $a: String) { meetings(order: $o, first: 2, after: $a) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } } }`,
				&page, client.Var("o", order), client.Var("a", after))
			for _, e := range page.Meetings.Edges {
				got = append(got, e.Node.ID)
			}
			if n := len(page.Meetings.Edges); n > 0 && *page.Meetings.PageInfo.EndCursor != page.Meetings.Edges[n-1].Cursor {
				t.Errorf("%s: endCursor is not the last edge's cursor", order)
			}
			if !page.Meetings.PageInfo.HasNextPage {
				break
			}
			after = page.Meetings.PageInfo.EndCursor
		}
		if diff := cmp.Diff(all, got); diff != "" || len(all) != 5 {
			t.Errorf("%s: pages joined differ from one page (-want +got):\n%s", order, diff)
		}
	}
}

func TestConnectionErrors(t *testing.T) {
	h := newHarness(t, nil, nil)
	eleven := `["` + strings.Repeat(`Kov", "`, graph.MaxParticipants) + `Kov"]`
	manyPaths := "{"
	for i := 0; i < 11; i++ {
		manyPaths += ` p` + string(rune('a'+i)) + `: paths(from: "Kov", to: "Voss") { length }`
	}
	manyPaths += " }"
	for _, tt := range []struct{ name, query, code, msg string }{
		{"million-row page", `{ meetings(first: 1000000) { totalCount } }`, "LIMIT_EXCEEDED", "first: must be at most 100"},
		{"million-row timeline", `{ timeline(first: 1000000) { totalCount } }`, "LIMIT_EXCEEDED", "first: must be at most 200"},
		{"statements page", `{ statements(first: 101) { totalCount } }`, "LIMIT_EXCEEDED", "first:"},
		{"articles page zero", `{ articles(first: 0) { totalCount } }`, "INVALID_ARGUMENT", "first: must be at least 1"},
		{"too many participants", `{ meetings(participants: ` + eleven + `) { totalCount } }`, "LIMIT_EXCEEDED", "participants: at most 10"},
		{"long contains", `{ statements(contains: "` + strings.Repeat("x", graph.MaxSearchText+1) + `") { totalCount } }`, "LIMIT_EXCEEDED", "contains:"},
		{"bad cursor", `{ articles(after: "not a cursor") { totalCount } }`, "INVALID_ARGUMENT", "after: invalid cursor"},
		{"ambiguous counterpart actor", `{ topCounterparts(actor: "Ruiz") { count } }`, "AMBIGUOUS", "actor:"},
		{"top counterparts first", `{ topCounterparts(actor: "Kov", first: 101) { count } }`, "LIMIT_EXCEEDED", "first:"},
		{"unknown monthly actor", `{ meetingsPerMonth(actors: ["Nobody"]) { total } }`, "NOT_FOUND", "actors:"},
		{"reversed range", `{ meetings(from: "2024", to: "2023") { totalCount } }`, "INVALID_ARGUMENT", "after to"},
		{"depth-50 neighbourhood", `{ neighborhood(actor: "Kov", depth: 50) { truncated } }`, "LIMIT_EXCEEDED", "depth: must be at most 3"},
		{"paths under eleven aliases", manyPaths, "LIMIT_EXCEEDED", "complexity"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r := h.do(tt.query)
			if len(r.Errors) != 1 {
				t.Fatalf("got %d errors, want 1: %+v", len(r.Errors), r.Errors)
			}
			if code := r.Errors[0].Extensions["code"]; code != tt.code || !strings.Contains(r.Errors[0].Message, tt.msg) {
				t.Errorf("got %v %q, want %s containing %q", code, r.Errors[0].Message, tt.code, tt.msg)
			}
		})
	}
}

// A connection costs a fixed number of store calls however many meetings,
// participants and articles the page holds.
func TestConnectionStoreCalls(t *testing.T) {
	counting := graphtest.NewCountingStore(graphtest.OpenStore(t))
	h := newHarness(t, counting, func(c *graph.HandlerConfig) { c.LoaderWait = 50 * time.Millisecond })
	for _, tt := range []struct {
		name, query string
		want        map[string]int
	}{
		{"meetings", `{ meetings(first: 50) { edges { node { participants { name ... on Person { roles { title } } } place { name } evidence { article { title } } } } } }`,
			map[string]int{"Meetings": 1, "ActorsByID": 1, "RolesByPerson": 1, "PlacesByID": 1, "ArticlesByID": 1}},
		{"statements", `{ statements(first: 50) { edges { node { speaker { name } about { name } evidence { article { title } } } } } }`,
			map[string]int{"Statements": 1, "ActorsByID": 1, "ArticlesByID": 1}},
		{"top counterparts", `{ topCounterparts(actor: "person:lena-kov") { counterpart { name } } }`,
			map[string]int{"TopCounterparts": 1, "ActorsByID": 2}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			counting.Reset()
			h.data(tt.query)
			if diff := cmp.Diff(tt.want, counting.Calls()); diff != "" {
				t.Errorf("store calls (-want +got):\n%s", diff)
			}
		})
	}
}

// blockingPaths holds every Paths call until release is closed.
type blockingPaths struct {
	kg.Store
	entered chan struct{}
	release chan struct{}
}

func (b blockingPaths) Paths(ctx context.Context, q kg.PathQuery) ([]kg.Path, error) {
	b.entered <- struct{}{}
	select {
	case <-b.release:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	return b.Store.Paths(ctx, q)
}

// When every slot for path and neighbourhood queries is taken, another
// one waits ExpensiveWait and is refused with OVERLOADED, while cheap
// queries still run; a slow one is stopped at ExpensiveTimeout (TIMEOUT).
func TestExpensiveQueriesAreBounded(t *testing.T) {
	store := blockingPaths{Store: graphtest.OpenStore(t), entered: make(chan struct{}, 4), release: make(chan struct{})}
	h := newHarness(t, store, func(c *graph.HandlerConfig) {
		c.MaxExpensive, c.ExpensiveWait, c.ExpensiveTimeout = 1, 20*time.Millisecond, time.Minute
	})
	const q = `{ paths(from: "Kov", to: "Voss") { length } }`
	var wg sync.WaitGroup
	var first response
	wg.Add(1)
	go func() { defer wg.Done(); first = h.do(q) }()
	<-store.entered // the first query holds the only slot
	r := h.do(q)
	if len(r.Errors) != 1 || r.Errors[0].Extensions["code"] != "OVERLOADED" {
		t.Errorf("second paths query: %+v, want OVERLOADED", r.Errors)
	}
	if got := h.data(`{ encounters(actor: "Kov") { count } }`); got == nil {
		t.Error("a cheap query failed while the slot was taken")
	}
	close(store.release)
	wg.Wait()
	if len(first.Errors) != 0 {
		t.Errorf("first paths query: %+v", first.Errors)
	}

	slow := blockingPaths{Store: graphtest.OpenStore(t), entered: make(chan struct{}, 4), release: make(chan struct{})}
	h = newHarness(t, slow, func(c *graph.HandlerConfig) { c.ExpensiveTimeout = 20 * time.Millisecond })
	r = h.do(q)
	if len(r.Errors) != 1 || r.Errors[0].Extensions["code"] != "TIMEOUT" {
		t.Errorf("slow paths query: %+v, want TIMEOUT", r.Errors)
	}
}

// Automatic persisted queries: a hash the server does not know is
// PERSISTED_QUERY_NOT_FOUND; sent once with its query, the hash alone
// works; a hash that does not match its query is refused.
func TestAutomaticPersistedQueries(t *testing.T) {
	h := newHarness(t, nil, nil)
	const q = `{ stats { articles } }`
	sum := sha256.Sum256([]byte(q))
	ext := func(hash string) client.Option {
		return client.Extensions(map[string]any{"persistedQuery": map[string]any{"version": 1, "sha256Hash": hash}})
	}
	hash := hex.EncodeToString(sum[:])
	r := h.do("", ext(hash))
	if len(r.Errors) != 1 || r.Errors[0].Extensions["code"] != "PERSISTED_QUERY_NOT_FOUND" {
		t.Fatalf("unknown hash: %+v", r.Errors)
	}
	if got := h.data(q, ext(hash)); !cmp.Equal(got, mustJSON(t, `{"stats": {"articles": 3}}`)) {
		t.Errorf("query with hash: %v", got)
	}
	if got := h.data("", ext(hash)); !cmp.Equal(got, mustJSON(t, `{"stats": {"articles": 3}}`)) {
		t.Errorf("hash alone: %v", got)
	}
	r = h.do(`{ stats { actors } }`, ext(hash))
	if len(r.Errors) != 1 || r.Errors[0].Extensions["code"] != "BAD_REQUEST" {
		t.Errorf("mismatched hash: %+v", r.Errors)
	}
	off := newHarness(t, nil, func(c *graph.HandlerConfig) { c.APQCacheSize = -1 })
	if r := off.do("", ext(hash)); len(r.Errors) == 0 {
		t.Error("APQ switched off still answered a hash")
	}
}
