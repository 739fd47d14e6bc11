package graph_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/99designs/gqlgen/client"
	"github.com/google/go-cmp/cmp"
	"github.com/rs/zerolog"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/graphtest"
	"github.com/actorgraph/actorgraph/internal/kg"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// gqlError is one error of a response as clients see it.
type gqlError struct {
	Message    string         `json:"message"`
	Path       []any          `json:"path"`
	Extensions map[string]any `json:"extensions"`
}

type response struct {
	Data   json.RawMessage `json:"data"`
	Errors []gqlError      `json:"errors"`
}

type harness struct {
	t     *testing.T
	c     *client.Client
	store kg.Store
	logs  *bytes.Buffer
}

// newHarness serves the fixture store through the real GraphQL handler;
// edit adjusts the handler config.
func newHarness(t *testing.T, store kg.Store, edit func(*graph.HandlerConfig)) *harness {
	t.Helper()
	if store == nil {
		store = graphtest.OpenStore(t)
	}
	logs := &bytes.Buffer{}
	cfg := graph.HandlerConfig{Store: store, Introspection: true, Log: zerolog.New(logs)}
	if edit != nil {
		edit(&cfg)
	}
	return &harness{t: t, c: client.New(graph.NewHandler(cfg)), store: store, logs: logs}
}

// do runs a query and returns its data and errors; transport failures
// fail the test.
func (h *harness) do(query string, opts ...client.Option) response {
	h.t.Helper()
	raw, err := h.c.RawPost(query, opts...)
	if err != nil {
		// gqlgen answers parse and validation errors with 422 (see
		// internal/server for the spec's 200); the client then returns the
		// body inside its error.
		if body, ok := strings.CutPrefix(err.Error(), "http 422: "); ok {
			var r response
			if err := json.Unmarshal([]byte(body), &r); err != nil {
				h.t.Fatalf("decode 422 body %s: %v", body, err)
			}
			return r
		}
		h.t.Fatalf("post: %v", err)
	}
	var r response
	if r.Data, err = json.Marshal(raw.Data); err != nil {
		h.t.Fatalf("encode data: %v", err)
	}
	if raw.Errors != nil {
		if err := json.Unmarshal(raw.Errors, &r.Errors); err != nil {
			h.t.Fatalf("decode errors %s: %v", raw.Errors, err)
		}
	}
	return r
}

// data runs a query that must succeed and decodes its data into a generic
// value for comparison.
func (h *harness) data(query string, opts ...client.Option) any {
	h.t.Helper()
	r := h.do(query, opts...)
	if len(r.Errors) > 0 {
		h.t.Fatalf("query failed: %+v\nquery: %s", r.Errors, query)
	}
	return decode(h.t, r.Data)
}

func decode(t *testing.T, b []byte) any {
	t.Helper()
	var v any
	if err := json.Unmarshal(b, &v); err != nil {
		t.Fatalf("decode %s: %v", b, err)
	}
	return v
}

func mustJSON(t *testing.T, s string) any {
	t.Helper()
	return decode(t, []byte(s))
}

// golden compares got with testdata/name.json, rewriting it under -update.
func golden(t *testing.T, name string, got any) {
	t.Helper()
	path := filepath.Join("testdata", name+".json")
	b, err := json.MarshalIndent(got, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	b = append(b, '\n')
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read golden file (run with -update to create it): %v", err)
	}
	if diff := cmp.Diff(decode(t, want), decode(t, b)); diff != "" {
		t.Errorf("%s differs from the golden file (-want +got):\n%s", path, diff)
	}
}

func TestQueries(t *testing.T) {
	h := newHarness(t, nil, nil)
	tests := []struct {
		name, query string
		vars        map[string]any
		want        string
	}{
		{"actor by id", `{ actor(id: "person:lena-kov") { id kind name aliases } }`, nil,
			`{"actor": {"id": "person:lena-kov", "kind": "PERSON", "name": "Lena Kov", "aliases": ["Kov", "President Kov"]}}`},
		{"actor by name ignoring case", `{ actor(id: "lena kov") { id } }`, nil,
			`{"actor": {"id": "person:lena-kov"}}`},
		{"actor by alias", `{ actor(id: "President Kov") { id } }`, nil,
			`{"actor": {"id": "person:lena-kov"}}`},
		{"unknown actor is null", `{ actor(id: "Nobody") { id } }`, nil, `{"actor": null}`},
		{"country with iso", `{ actor(id: "Berlin") { __typename id ... on Country { iso } } }`, nil,
			`{"actor": {"__typename": "Country", "id": "country:DE", "iso": "DE"}}`},
		{"organization with category", `{ actor(id: "HL") { __typename name ... on Organization { category } } }`, nil,
			`{"actor": {"__typename": "Organization", "name": "Harbour League", "category": "INTERNATIONAL"}}`},
		{"person with roles", `{ actor(id: "Voss") { ... on Person { roles { id kind title asOf person { name } of { id } evidence { sentence } } } } }`, nil,
			`{"actor": {"roles": [{"id": "` + graphtest.R3 + `", "kind": "ROLE", "title": "Secretary General", "asOf": "2024-05-17",
			  "person": {"name": "Ida Voss"}, "of": {"id": "org:harbour-league"},
			  "evidence": [{"sentence": "Ida Voss, secretary general of the Harbour League, agreed."}]}]}}`},
		{"article", `{ article(id: "article:a3") { id title url source published } }`, nil,
			`{"article": {"id": "article:a3", "title": "Kov in Berlin", "url": null, "source": null, "published": null}}`},
		{"unknown article is null", `{ article(id: "article:none") { id } }`, nil, `{"article": null}`},
		{"search by prefix", `{ search(text: "ruiz") { id } }`, nil,
			`{"search": [{"id": "person:omar-ruiz"}, {"id": "person:mara-ruiz"}]}`},
		{"search by kind", `{ search(text: "Ger", kinds: [COUNTRY]) { id } }`, nil,
			`{"search": [{"id": "country:DE"}]}`},
		{"search first", `{ search(text: "Ruiz", first: 1) { id } }`, nil,
			`{"search": [{"id": "person:omar-ruiz"}]}`},
		{"encounters by name", `{ encounters(actor: "Kov") { counterpart { id } count first last meetings { id } } }`, nil,
			`{"encounters": [
			  {"counterpart": {"id": "person:omar-ruiz"}, "count": 2, "first": "2024-04", "last": "2024-05-16",
			   "meetings": [{"id": "` + graphtest.M2 + `"}, {"id": "` + graphtest.M1 + `"}]},
			  {"counterpart": {"id": "country:DE"}, "count": 1, "first": "2023-10-18", "last": "2023-10-18", "meetings": [{"id": "` + graphtest.M3 + `"}]},
			  {"counterpart": {"id": "person:mara-ruiz"}, "count": 1, "first": "2022-01-05", "last": "2022-01-05", "meetings": [{"id": "` + graphtest.M4 + `"}]}]}`},
		{"encounters from a year", `{ encounters(actor: "person:lena-kov", from: "2024") { counterpart { id } count } }`, nil,
			`{"encounters": [{"counterpart": {"id": "person:omar-ruiz"}, "count": 2}]}`},
		{"encounters in a range", `{ encounters(actor: "Kov", from: "2022", to: "2023-10") { counterpart { id } } }`, nil,
			`{"encounters": [{"counterpart": {"id": "country:DE"}}, {"counterpart": {"id": "person:mara-ruiz"}}]}`},
		{"encounters before a day", `{ encounters(actor: "Kov", to: "2023-10-17") { counterpart { id } } }`, nil,
			`{"encounters": [{"counterpart": {"id": "person:mara-ruiz"}}]}`},
		{"encounters by kind", `{ encounters(actor: "Kov", kinds: [CALL, VISIT]) { counterpart { id } count } }`, nil,
			`{"encounters": [{"counterpart": {"id": "person:omar-ruiz"}, "count": 1}, {"counterpart": {"id": "country:DE"}, "count": 1}]}`},
		{"encounters ignore planned meetings", `{ encounters(actor: "Voss") { count } }`, nil, `{"encounters": []}`},
		{"encounters with variables", `query E($a: ID!, $f: PartialDate) { encounters(actor: $a, from: $f) { count } }`,
			map[string]any{"a": "Omar Ruiz", "f": "2024-05"}, `{"encounters": [{"count": 1}]}`},
		{"visit participations and country place", `{ encounters(actor: "Germany") { meetings { kind place { id name country { id } } participations { actor { id } role } } } }`, nil,
			`{"encounters": [{"meetings": [{"kind": "VISIT", "place": {"id": "country:DE", "name": "Germany", "country": {"id": "country:DE"}},
			  "participations": [{"actor": {"id": "country:DE"}, "role": "host"}, {"actor": {"id": "person:lena-kov"}, "role": "visitor"}]}]}]}`},
		{"timeline of everything", `{ timeline { totalCount pageInfo { hasNextPage } edges { node { id } } } }`, nil,
			`{"timeline": {"totalCount": 7, "pageInfo": {"hasNextPage": false}, "edges": [
			  {"node": {"id": "` + graphtest.M4 + `"}}, {"node": {"id": "` + graphtest.M3 + `"}},
			  {"node": {"id": "` + graphtest.M2 + `"}}, {"node": {"id": "` + graphtest.S2 + `"}},
			  {"node": {"id": "` + graphtest.M1 + `"}}, {"node": {"id": "` + graphtest.S1 + `"}},
			  {"node": {"id": "` + graphtest.MP + `"}}]}}`},
		{"timeline of an actor shows planned meetings", `{ timeline(actors: ["Voss"]) { totalCount edges { node { id ... on Meeting { status } } } } }`, nil,
			`{"timeline": {"totalCount": 2, "edges": [{"node": {"id": "` + graphtest.S2 + `"}}, {"node": {"id": "` + graphtest.MP + `", "status": "PLANNED"}}]}}`},
		{"timeline of statements", `{ timeline(kinds: [STATEMENT]) { edges { node { __typename id } } } }`, nil,
			`{"timeline": {"edges": [{"node": {"__typename": "Statement", "id": "` + graphtest.S2 + `"}}, {"node": {"__typename": "Statement", "id": "` + graphtest.S1 + `"}}]}}`},
		{"timeline of ids and names in a range", `{ timeline(actors: ["person:mara-ruiz", "Germany"], from: "2022", to: "2024-04") { totalCount } }`, nil,
			`{"timeline": {"totalCount": 3}}`},
		{"statement fields", `{ timeline(actors: ["Kov"], kinds: [STATEMENT]) { edges { node { kind date place { id } ... on Statement { quote text speaker { id } about { id } } } } } }`, nil,
			`{"timeline": {"edges": [{"node": {"kind": "STATEMENT", "date": "2024-05-16", "place": null, "quote": "We will keep talking",
			  "text": "Kov said the two sides would keep talking.", "speaker": {"id": "person:lena-kov"}, "about": [{"id": "person:omar-ruiz"}]}}]}}`},
		{"paths shortest first", `{ paths(from: "Kov", to: "Voss") { length steps { from { id } to { id } via { id } } } }`, nil,
			`{"paths": [
			  {"length": 2, "steps": [{"from": {"id": "person:lena-kov"}, "to": {"id": "country:DE"}, "via": {"id": "` + graphtest.M3 + `"}},
			                          {"from": {"id": "country:DE"}, "to": {"id": "person:ida-voss"}, "via": {"id": "` + graphtest.S2 + `"}}]},
			  {"length": 3, "steps": [{"from": {"id": "person:lena-kov"}, "to": {"id": "person:omar-ruiz"}, "via": {"id": "` + graphtest.M1 + `"}},
			                          {"from": {"id": "person:omar-ruiz"}, "to": {"id": "country:DE"}, "via": {"id": "` + graphtest.R2 + `"}},
			                          {"from": {"id": "country:DE"}, "to": {"id": "person:ida-voss"}, "via": {"id": "` + graphtest.S2 + `"}}]}]}`},
		{"paths within max hops", `{ paths(from: "Kov", to: "Voss", maxHops: 1) { length } }`, nil, `{"paths": []}`},
		{"paths first", `{ paths(from: "Kov", to: "Voss", first: 1) { length } }`, nil, `{"paths": [{"length": 2}]}`},
		{"neighborhood", `{ neighborhood(actor: "Mara Ruiz") { truncated nodes { id depth actor { name } } edges { source target kind weight linkIds } } }`, nil,
			`{"neighborhood": {"truncated": false,
			  "nodes": [{"id": "person:mara-ruiz", "depth": 0, "actor": {"name": "Mara Ruiz"}}, {"id": "person:lena-kov", "depth": 1, "actor": {"name": "Lena Kov"}}],
			  "edges": [{"source": "person:lena-kov", "target": "person:mara-ruiz", "kind": "MET", "weight": 1, "linkIds": ["` + graphtest.M4 + `"]}]}}`},
		{"neighborhood limit", `{ neighborhood(actor: "Kov", depth: 2, limit: 2) { truncated nodes { id } } }`, nil,
			`{"neighborhood": {"truncated": true, "nodes": [{"id": "person:lena-kov"}, {"id": "person:omar-ruiz"}]}}`},
		{"stats", `{ stats { articles actors meetings statements roles places } }`, nil,
			`{"stats": {"articles": 3, "actors": 7, "meetings": 4, "statements": 2, "roles": 3, "places": 1}}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var opts []client.Option
			for k, v := range tt.vars {
				opts = append(opts, client.Var(k, v))
			}
			got := h.data(tt.query, opts...)
			if diff := cmp.Diff(mustJSON(t, tt.want), got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestGolden(t *testing.T) {
	h := newHarness(t, nil, nil)
	tests := []struct{ name, query string }{
		{"encounters", `{ encounters(actor: "Kov") { counterpart { __typename id kind name aliases } count first last
			meetings { id kind status date place { id name country { id name iso } }
			  participations { actor { id name } role }
			  evidence { sentence start end rule article { id title url source published } } } } }`},
		{"timeline_page", `{ timeline(first: 4) { totalCount pageInfo { hasNextPage endCursor }
			edges { cursor node { __typename id kind date place { name } evidence { sentence article { id } }
			  ... on Meeting { status participants { __typename id name ... on Person { roles { title of { name } } } } }
			  ... on Statement { speaker { id name } quote text about { id name } } } } } }`},
		{"paths", `{ paths(from: "Mara Ruiz", to: "Ida Voss", maxHops: 4, first: 3) { length
			steps { from { id name } to { id name } via { __typename id kind evidence { sentence article { id } }
			  ... on Role { title person { name } of { name } } } } } }`},
		{"neighborhood", `{ neighborhood(actor: "Germany", depth: 2, limit: 10) { truncated
			nodes { id kind label weight depth } edges { id source target kind weight linkIds } } }`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			golden(t, tt.name, h.data(tt.query))
		})
	}
}

func TestTimelinePagination(t *testing.T) {
	h := newHarness(t, nil, nil)
	all := h.data(`{ timeline(first: 200) { edges { node { id } } } }`).(map[string]any)["timeline"].(map[string]any)["edges"].([]any)

	type page struct {
		Timeline struct {
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
	var got []any
	var after *string
	for pages := 0; ; pages++ {
		if pages > len(all) {
			t.Fatalf("paging does not end after %d pages", pages)
		}
		var p page
		h.c.MustPost(`query($after: String) { timeline(first: 3, after: $after) {
			totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } } }`, &p, client.Var("after", after))
		if p.Timeline.TotalCount != len(all) {
			t.Errorf("page %d: totalCount = %d, want %d", pages, p.Timeline.TotalCount, len(all))
		}
		for _, e := range p.Timeline.Edges {
			got = append(got, map[string]any{"node": map[string]any{"id": e.Node.ID}})
		}
		if n := len(p.Timeline.Edges); n > 0 && (p.Timeline.PageInfo.EndCursor == nil || *p.Timeline.PageInfo.EndCursor != p.Timeline.Edges[n-1].Cursor) {
			t.Errorf("page %d: endCursor is not the last edge's cursor", pages)
		}
		if !p.Timeline.PageInfo.HasNextPage {
			break
		}
		after = p.Timeline.PageInfo.EndCursor
	}
	if diff := cmp.Diff(all, got); diff != "" {
		t.Errorf("pages joined differ from one page (-want +got):\n%s", diff)
	}
	if len(all) != 7 {
		t.Errorf("fixture timeline has %d events, want 7", len(all))
	}
}

func TestErrors(t *testing.T) {
	h := newHarness(t, nil, nil)
	tooManyActors := `["` + strings.Repeat(`Kov", "`, graph.MaxTimelineActors) + `Kov"]`
	deep := `{ encounters(actor: "Kov") { meetings { participants { ... on Person { roles { of { ... on Person { roles { of {
		... on Person { roles { evidence { article { title } } } } } } } } } } } } } }`
	tests := []struct {
		name, query string
		vars        map[string]any
		code        string
		msg         string // part of the message
	}{
		{"unknown actor", `{ encounters(actor: "Nobody") { count } }`, nil, "NOT_FOUND", `actor: no actor named "Nobody"`},
		{"unknown actor id", `{ neighborhood(actor: "person:nobody") { truncated } }`, nil, "NOT_FOUND", "actor:"},
		{"unknown path end", `{ paths(from: "Kov", to: "Nobody") { length } }`, nil, "NOT_FOUND", "to:"},
		{"unknown timeline actor", `{ timeline(actors: ["Kov", "Nobody"]) { totalCount } }`, nil, "NOT_FOUND", "actors:"},
		{"ambiguous name", `{ encounters(actor: "Ruiz") { count } }`, nil, "AMBIGUOUS", "Omar Ruiz (person:omar-ruiz)"},
		{"ambiguous path start", `{ paths(from: "ruiz", to: "Kov") { length } }`, nil, "AMBIGUOUS", "from:"},
		{"invalid month", `{ encounters(actor: "Kov", from: "2024-13") { count } }`, nil, "INVALID_ARGUMENT", "no such month"},
		{"invalid day", `{ timeline(to: "2023-02-29") { totalCount } }`, nil, "INVALID_ARGUMENT", "no such day"},
		{"invalid date shape", `{ timeline(from: "May 2024") { totalCount } }`, nil, "INVALID_ARGUMENT", "want YYYY"},
		{"invalid date variable", `query($d: PartialDate) { timeline(from: $d) { totalCount } }`, map[string]any{"d": "2024-5-1"}, "INVALID_ARGUMENT", "want YYYY"},
		{"range reversed", `{ encounters(actor: "Kov", from: "2024", to: "2023-12") { count } }`, nil, "INVALID_ARGUMENT", "after to"},
		{"bad cursor", `{ timeline(after: "not a cursor") { totalCount } }`, nil, "INVALID_ARGUMENT", "after: invalid cursor"},
		{"first zero", `{ timeline(first: 0) { totalCount } }`, nil, "INVALID_ARGUMENT", "first: must be at least 1"},
		{"empty search", `{ search(text: "  ") { id } }`, nil, "INVALID_ARGUMENT", "text:"},
		{"depth zero", `{ neighborhood(actor: "Kov", depth: 0) { truncated } }`, nil, "INVALID_ARGUMENT", "depth:"},
		{"empty actor", `{ encounters(actor: "") { count } }`, nil, "INVALID_ARGUMENT", "required"},
		{"timeline first", `{ timeline(first: 201) { totalCount } }`, nil, "LIMIT_EXCEEDED", "first: must be at most 200"},
		{"search first", `{ search(text: "K", first: 101) { id } }`, nil, "LIMIT_EXCEEDED", "at most 100"},
		{"search text", `{ search(text: "` + strings.Repeat("k", graph.MaxSearchText+1) + `") { id } }`, nil, "LIMIT_EXCEEDED", "text:"},
		{"max hops", `{ paths(from: "Kov", to: "Voss", maxHops: 7) { length } }`, nil, "LIMIT_EXCEEDED", "maxHops: must be at most 6"},
		{"paths first", `{ paths(from: "Kov", to: "Voss", first: 21) { length } }`, nil, "LIMIT_EXCEEDED", "first:"},
		{"depth", `{ neighborhood(actor: "Kov", depth: 4) { truncated } }`, nil, "LIMIT_EXCEEDED", "depth: must be at most 3"},
		{"limit", `{ neighborhood(actor: "Kov", limit: 501) { truncated } }`, nil, "LIMIT_EXCEEDED", "limit: must be at most 500"},
		{"timeline actors", `{ timeline(actors: ` + tooManyActors + `) { totalCount } }`, nil, "LIMIT_EXCEEDED", "actors: at most 50"},
		{"query depth", deep, nil, "LIMIT_EXCEEDED", "nests 11 levels deep"},
		{"complexity", `{ a: timeline(first: 200) { edges { node { ... on Meeting { participants { ... on Person { roles { of { name } evidence { sentence } } } } } } } }
			b: timeline(first: 200) { edges { node { id } } } }`, nil, "LIMIT_EXCEEDED", "complexity"},
		{"unknown field", `{ stats { nothing } }`, nil, "GRAPHQL_VALIDATION_FAILED", "Cannot query field"},
		{"syntax", `{ stats `, nil, "GRAPHQL_PARSE_FAILED", "Expected"},
		{"bad enum", `{ search(text: "K", kinds: [PLANET]) { id } }`, nil, "GRAPHQL_VALIDATION_FAILED", "PLANET"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var opts []client.Option
			for k, v := range tt.vars {
				opts = append(opts, client.Var(k, v))
			}
			r := h.do(tt.query, opts...)
			if len(r.Errors) != 1 {
				t.Fatalf("got %d errors, want 1: %+v", len(r.Errors), r.Errors)
			}
			e := r.Errors[0]
			if code := e.Extensions["code"]; code != tt.code {
				t.Errorf("code = %v, want %s (message %q)", code, tt.code, e.Message)
			}
			if !strings.Contains(e.Message, tt.msg) {
				t.Errorf("message %q does not contain %q", e.Message, tt.msg)
			}
		})
	}
}

func TestAmbiguousCandidates(t *testing.T) {
	h := newHarness(t, nil, nil)
	r := h.do(`{ encounters(actor: "Ruiz") { count } }`)
	if len(r.Errors) != 1 {
		t.Fatalf("want one error, got %+v", r.Errors)
	}
	want := []any{
		map[string]any{"id": "person:omar-ruiz", "name": "Omar Ruiz", "kind": "PERSON"},
		map[string]any{"id": "person:mara-ruiz", "name": "Mara Ruiz", "kind": "PERSON"},
	}
	if diff := cmp.Diff(want, r.Errors[0].Extensions["candidates"]); diff != "" {
		t.Errorf("candidates (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]any{"encounters"}, r.Errors[0].Path); diff != "" {
		t.Errorf("path (-want +got):\n%s", diff)
	}
}

func TestInternalErrorsDoNotLeak(t *testing.T) {
	secret := "dial tcp 10.1.2.3:7687: connection refused (password=hunter2)"
	failing := graphtest.FailingStore{Store: graphtest.OpenStore(t), Err: errorString(secret)}
	h := newHarness(t, failing, nil)
	r := h.do(`{ stats { articles } }`)
	if len(r.Errors) != 1 {
		t.Fatalf("want one error, got %+v", r.Errors)
	}
	e := r.Errors[0]
	if e.Message != "internal error" || e.Extensions["code"] != "INTERNAL" {
		t.Errorf("error = %q %v, want \"internal error\" INTERNAL", e.Message, e.Extensions["code"])
	}
	if body, _ := json.Marshal(r); strings.Contains(string(body), "hunter2") {
		t.Errorf("response leaks the cause: %s", body)
	}
	if !strings.Contains(h.logs.String(), "hunter2") {
		t.Errorf("the cause is not logged; log: %s", h.logs)
	}

	// A kg error keeps its user-facing message and code, not its cause.
	h2 := newHarness(t, graphtest.FailingStore{Store: graphtest.OpenStore(t),
		Err: kg.WrapError(kg.CodeUnavailable, errorString(secret), "the store is not reachable")}, nil)
	r = h2.do(`{ search(text: "K") { id } }`)
	if len(r.Errors) != 1 || r.Errors[0].Message != "the store is not reachable" || r.Errors[0].Extensions["code"] != "UNAVAILABLE" {
		t.Errorf("got %+v, want UNAVAILABLE \"the store is not reachable\"", r.Errors)
	}
}

type errorString string

func (e errorString) Error() string { return string(e) }

// A nested query costs a fixed number of store calls however many
// meetings, participants and articles it touches: the dataloaders batch
// each level into one call per kind.
func TestNestedQueriesBatchStoreCalls(t *testing.T) {
	counting := graphtest.NewCountingStore(graphtest.OpenStore(t))
	// A generous batching window keeps the count independent of scheduling
	// on a loaded test machine; the count, not the latency, is pinned here.
	h := newHarness(t, counting, func(c *graph.HandlerConfig) { c.LoaderWait = 50 * time.Millisecond })
	tests := []struct {
		name, query string
		want        map[string]int
	}{
		{"encounters", `{ encounters(actor: "person:lena-kov") {
			counterpart { name ... on Person { roles { title } } }
			meetings { participants { name ... on Person { roles { title } } } place { name } evidence { sentence article { title } } } } }`,
			// ActorsByID: the argument, then every counterpart and participant at once.
			map[string]int{"ActorsByID": 2, "Encounters": 1, "RolesByPerson": 1, "PlacesByID": 1, "ArticlesByID": 1}},
		{"timeline", `{ timeline(first: 50) { edges { node {
			... on Meeting { participants { name ... on Person { roles { title } } } evidence { article { title } } }
			... on Statement { speaker { name } about { name } evidence { article { title } } } } } } }`,
			map[string]int{"Timeline": 1, "ActorsByID": 1, "RolesByPerson": 1, "ArticlesByID": 1}},
		{"timeline of named actors", `{ timeline(actors: ["person:lena-kov", "country:DE", "Voss"]) { edges { node { id } } } }`,
			// ids in one batch; a name resolves on its own.
			map[string]int{"Timeline": 1, "ActorsByID": 1, "ActorsByName": 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			counting.Reset()
			h.data(tt.query)
			if diff := cmp.Diff(tt.want, counting.Calls()); diff != "" {
				t.Errorf("store calls (-want +got):\n%s", diff)
			}
		})
	}
}

func TestIntrospectionSwitch(t *testing.T) {
	q := `{ __schema { queryType { name } } }`
	on := newHarness(t, nil, nil)
	if got := on.data(q); !cmp.Equal(got, mustJSON(t, `{"__schema": {"queryType": {"name": "Query"}}}`)) {
		t.Errorf("introspection on: got %v", got)
	}
	off := newHarness(t, nil, func(c *graph.HandlerConfig) { c.Introspection = false })
	r := off.do(q)
	if len(r.Errors) == 0 {
		t.Fatalf("introspection off: query succeeded")
	}
	if !strings.Contains(r.Errors[0].Message, "introspection") {
		t.Errorf("introspection off: error %q does not say why", r.Errors[0].Message)
	}
}

// The SDL shows clients the argument defaults; they must be the ones the
// resolvers apply.
func TestSchemaDefaultsMatchLimits(t *testing.T) {
	h := newHarness(t, nil, nil)
	var resp struct {
		Type struct {
			Fields []struct {
				Name string
				Args []struct {
					Name         string
					DefaultValue *string
				}
			}
		} `json:"__type"`
	}
	h.c.MustPost(`{ __type(name: "Query") { fields { name args { name defaultValue } } } }`, &resp)
	got := map[string]string{}
	for _, f := range resp.Type.Fields {
		for _, a := range f.Args {
			if a.DefaultValue != nil {
				got[f.Name+"."+a.Name] = *a.DefaultValue
			}
		}
	}
	itoa := func(n int) string { b, _ := json.Marshal(n); return string(b) }
	want := map[string]string{
		"search.first":          itoa(graph.DefaultSearchFirst),
		"timeline.first":        itoa(graph.DefaultTimelineFirst),
		"paths.maxHops":         itoa(graph.DefaultMaxHops),
		"paths.first":           itoa(graph.DefaultPathFirst),
		"neighborhood.depth":    itoa(graph.DefaultDepth),
		"neighborhood.limit":    itoa(graph.DefaultLimit),
		"search.fuzzy":          "true",
		"meetings.first":        itoa(graph.DefaultConnectionFirst),
		"meetings.order":        "ASC",
		"statements.first":      itoa(graph.DefaultConnectionFirst),
		"statements.order":      "ASC",
		"statements.quotesOnly": "false",
		"articles.first":        itoa(graph.DefaultConnectionFirst),
		"articles.order":        "DESC",
		"topCounterparts.first": itoa(graph.DefaultTopCounterparts),
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("SDL defaults (-Go constants +SDL):\n%s", diff)
	}
}
