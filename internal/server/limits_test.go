package server_test

import (
	"bytes"
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/graph/graphtest"
	"github.com/actorgraph/actorgraph/graph/model"
	"github.com/actorgraph/actorgraph/internal/kg"
	"github.com/actorgraph/actorgraph/internal/metrics"
	"github.com/actorgraph/actorgraph/internal/server"
)

// The abusive requests of the brief are each refused with a stable code,
// and the server answers the next normal request as before.
func TestAbusiveRequestsAreRefused(t *testing.T) {
	cfg := server.Config{IngestToken: "t0ken", Ingest: func(context.Context, []kg.Document) (*model.IngestReport, error) {
		t.Error("the ingest function ran for a refused request")
		return &model.IngestReport{}, nil
	}}
	s := newServer(t, cfg, nil)
	threeMB := `{"query": "{ stats { articles } }", "variables": {"pad": "` + strings.Repeat("x", 3<<20) + `"}}`
	for _, tt := range []struct {
		name   string
		req    *http.Request
		status int
		code   string
	}{
		{"3 MB body", post(threeMB, nil), http.StatusRequestEntityTooLarge, "LIMIT_EXCEEDED"},
		{"million-row page", post(`{"query": "{ timeline(first: 1000000) { totalCount } }"}`, nil), 200, "LIMIT_EXCEEDED"},
		{"million-row meetings page", post(`{"query": "{ meetings(first: 1000000) { totalCount } }"}`, nil), 200, "LIMIT_EXCEEDED"},
		{"depth-50 neighbourhood", post(`{"query": "{ neighborhood(actor: \"Kov\", depth: 50) { truncated } }"}`, nil), 200, "LIMIT_EXCEEDED"},
		{"50-level selection", post(`{"query": "{ actor(id: \"Kov\") { ... on Person `+strings.Repeat(`{ roles { person `, 25)+`{ id }`+strings.Repeat(` } }`, 25)+` } }"}`, nil), 200, "LIMIT_EXCEEDED"},
		{"unauthenticated mutation", post(`{"query": "mutation { ingest(articles: [{text: \"x\"}]) { received } }"}`, nil), 200, "UNAUTHENTICATED"},
		{"wrong token", post(`{"query": "mutation { ingest(articles: [{text: \"x\"}]) { received } }"}`, map[string]string{"Authorization": "Bearer nope"}), 200, "UNAUTHENTICATED"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			res := s.do(t, tt.req)
			if res.status != tt.status || errorCode(t, res.body) != tt.code {
				t.Errorf("status %d, code %q; want %d %s (body %.300s)", res.status, errorCode(t, res.body), tt.status, tt.code, res.body)
			}
			if res := s.do(t, post(statsQuery, nil)); res.status != 200 || errorCode(t, res.body) != "" {
				t.Errorf("the next normal request: status %d, body %s", res.status, res.body)
			}
		})
	}
}

func TestCORS(t *testing.T) {
	s := newServer(t, server.Config{CORSOrigins: []string{"https://dash.example.org"}}, nil)
	pre := httptest.NewRequest(http.MethodOptions, "/graphql", nil)
	pre.Header.Set("Origin", "https://dash.example.org")
	pre.Header.Set("Access-Control-Request-Method", "POST")
	// Browsers send the names lower-cased, sorted, without spaces.
	pre.Header.Set("Access-Control-Request-Headers", "authorization,content-type")
	res := s.do(t, pre)
	if res.status/100 != 2 || res.header.Get("Access-Control-Allow-Origin") != "https://dash.example.org" ||
		!strings.Contains(strings.ToLower(res.header.Get("Access-Control-Allow-Headers")), "authorization") {
		t.Errorf("preflight from an allowed origin: status %d, headers %v", res.status, res.header)
	}
	r := post(statsQuery, map[string]string{"Origin": "https://dash.example.org"})
	res = s.do(t, r)
	if res.header.Get("Access-Control-Allow-Origin") != "https://dash.example.org" || !strings.Contains(res.header.Get("Access-Control-Expose-Headers"), "X-Request-Id") {
		t.Errorf("POST from an allowed origin: headers %v", res.header)
	}
	if res.header.Get("Access-Control-Allow-Credentials") != "" {
		t.Errorf("credentials allowed: %v", res.header)
	}
	res = s.do(t, post(statsQuery, map[string]string{"Origin": "https://evil.example.com"}))
	if res.header.Get("Access-Control-Allow-Origin") != "" {
		t.Errorf("another origin got CORS headers: %v", res.header)
	}
	// Without configured origins: no CORS headers, and OPTIONS is not a route.
	plain := newServer(t, server.Config{}, nil)
	res = plain.do(t, post(statsQuery, map[string]string{"Origin": "https://dash.example.org"}))
	if res.header.Get("Access-Control-Allow-Origin") != "" {
		t.Errorf("CORS headers without configured origins: %v", res.header)
	}
	if res := plain.do(t, pre); res.status != http.StatusMethodNotAllowed {
		t.Errorf("OPTIONS without CORS: status %d, want 405", res.status)
	}
}

func TestMetrics(t *testing.T) {
	m := metrics.New()
	s := newServer(t, server.Config{Metrics: m}, m.Store(graphtest.OpenStore(t)))
	s.do(t, post(`{"query": "query Stats { stats { articles } }"}`, nil))
	s.do(t, post(`{"query": "query Who { encounters(actor: \"Nobody\") { count } }"}`, nil))
	s.do(t, post(`{"query": "{ timeline(first: 100000) { totalCount } }"}`, nil))
	s.do(t, post(`{"query": "{ stats { articles } }", "variables": {"pad": "`+strings.Repeat("x", 2<<20)+`"}}`, nil))
	res := s.do(t, get("/metrics", nil))
	if res.status != 200 {
		t.Fatalf("/metrics: status %d", res.status)
	}
	body := string(res.body)
	for _, want := range []string{
		`actorgraph_graphql_operations_total{operation="Stats",outcome="ok",type="query"} 1`,
		`actorgraph_graphql_operations_total{operation="Who",outcome="error",type="query"} 1`,
		`actorgraph_graphql_operations_total{operation="anonymous",outcome="error",type="query"} 1`,
		`actorgraph_graphql_errors_total{code="NOT_FOUND"} 1`,
		`actorgraph_graphql_errors_total{code="LIMIT_EXCEEDED"} 1`,
		`actorgraph_graphql_errors_total{code="HTTP_413"} 1`,
		`actorgraph_graphql_operation_duration_seconds_count{operation="Stats",type="query"} 1`,
		`actorgraph_http_requests_total{route="/graphql",status="413"} 1`,
		`actorgraph_store_call_duration_seconds_count{method="Stats",outcome="OK"} 1`,
		`actorgraph_store_call_duration_seconds_count{method="ActorsByName",outcome="OK"} 1`,
		`go_goroutines`,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("/metrics lacks %s", want)
		}
	}
	if t.Failed() {
		t.Logf("metrics:\n%s", grep(body, "actorgraph_"))
	}
}

// Operation names are client-chosen: past MaxOperationNames they share
// the label "other".
func TestMetricsBoundOperationNames(t *testing.T) {
	m := metrics.New()
	s := newServer(t, server.Config{Metrics: m}, nil)
	for i := 0; i < metrics.MaxOperationNames+5; i++ {
		name := "Op" + strings.Repeat("x", i%60) + string(rune('A'+i/60))
		s.do(t, post(`{"query": "query `+name+` { stats { articles } }"}`, nil))
	}
	body := string(s.do(t, get("/metrics", nil)).body)
	if n := strings.Count(body, "actorgraph_graphql_operations_total{"); n != metrics.MaxOperationNames+1 {
		t.Errorf("%d operation series, want %d (the bound plus other)", n, metrics.MaxOperationNames+1)
	}
	if !strings.Contains(body, `operation="other"`) {
		t.Error("no 'other' operation")
	}
}

func grep(s, sub string) string {
	var b bytes.Buffer
	for _, l := range strings.Split(s, "\n") {
		if strings.Contains(l, sub) && !strings.HasPrefix(l, "#") {
			b.WriteString(l + "\n")
		}
	}
	return b.String()
}

// Refusals are held back by RefusalDelay (here an hour): a refused
// request answers only when its context ends, a served one at once.
func TestRefusalsAreHeldBack(t *testing.T) {
	s := newServer(t, server.Config{RefusalDelay: time.Hour}, nil)
	if res := s.do(t, post(statsQuery, nil)); res.status != 200 || errorCode(t, res.body) != "" {
		t.Fatalf("served request: %d %s", res.status, res.body)
	}
	for _, body := range []string{
		`{"query": "{ timeline(first: 1000000) { totalCount } }"}`,
		`{"query": "{ stats { articles } }", "variables": {"pad": "` + strings.Repeat("x", 2<<20) + `"}}`,
	} {
		ctx, cancel := context.WithCancel(context.Background())
		r := post(body, nil).WithContext(ctx)
		done := make(chan result, 1)
		go func() { done <- s.do(t, r) }()
		select {
		case res := <-done:
			t.Fatalf("refusal answered before its delay: %d %.100s", res.status, res.body)
		case <-time.After(50 * time.Millisecond):
		}
		cancel()
		if res := <-done; errorCode(t, res.body) != "LIMIT_EXCEEDED" {
			t.Errorf("refusal after the client gave up: %d %.200s", res.status, res.body)
		}
	}
}
