package server_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/99designs/gqlgen/client"
	"github.com/google/go-cmp/cmp"
	"github.com/rs/zerolog"

	"github.com/actorgraph/actorgraph/graph/graphtest"
	"github.com/actorgraph/actorgraph/graph/model"
	"github.com/actorgraph/actorgraph/internal/explorer"
	"github.com/actorgraph/actorgraph/internal/kg"
	"github.com/actorgraph/actorgraph/internal/server"
)

type srv struct {
	h    http.Handler
	logs *bytes.Buffer
}

func newServer(t *testing.T, cfg server.Config, store kg.Store) *srv {
	t.Helper()
	if store == nil {
		store = graphtest.OpenStore(t)
	}
	logs := &bytes.Buffer{}
	return &srv{h: server.New(cfg, store, zerolog.New(logs)), logs: logs}
}

type result struct {
	status int
	header http.Header
	body   []byte
}

func (s *srv) do(t *testing.T, r *http.Request) result {
	t.Helper()
	w := httptest.NewRecorder()
	s.h.ServeHTTP(w, r)
	return result{status: w.Code, header: w.Header(), body: w.Body.Bytes()}
}

func post(body string, header map[string]string) *http.Request {
	r := httptest.NewRequest(http.MethodPost, "/graphql", strings.NewReader(body))
	r.Header.Set("Content-Type", "application/json")
	for k, v := range header {
		r.Header.Set(k, v)
	}
	return r
}

func get(target string, header map[string]string) *http.Request {
	r := httptest.NewRequest(http.MethodGet, target, nil)
	for k, v := range header {
		r.Header.Set(k, v)
	}
	return r
}

func errorCode(t *testing.T, body []byte) string {
	t.Helper()
	var r struct {
		Errors []struct {
			Extensions struct{ Code string }
		}
	}
	if err := json.Unmarshal(body, &r); err != nil {
		t.Fatalf("body is not JSON: %v\n%s", err, body)
	}
	if len(r.Errors) == 0 {
		return ""
	}
	return r.Errors[0].Extensions.Code
}

const statsQuery = `{"query": "query Stats { stats { articles } }"}`

func TestGraphQLOverHTTP(t *testing.T) {
	s := newServer(t, server.Config{}, nil)
	gqlJSON := "application/graphql-response+json"
	tests := []struct {
		name   string
		req    *http.Request
		status int
		ctype  string // prefix of Content-Type
		code   string // extensions.code of the first error; "" for none
		body   string // part of the body
	}{
		{"post accepting graphql-response", post(statsQuery, map[string]string{"Accept": gqlJSON}), 200, gqlJSON, "", `{"data":{"stats":{"articles":3}}}`},
		{"post accepting json", post(statsQuery, map[string]string{"Accept": "application/json"}), 200, "application/json", "", `"articles":3`},
		{"post accepting both, graphql-response first", post(statsQuery, map[string]string{"Accept": gqlJSON + ", application/json;q=0.9"}), 200, gqlJSON, "", `"articles":3`},
		{"post without accept", post(statsQuery, nil), 200, "application/json", "", `"articles":3`},
		{"post with charset", func() *http.Request {
			r := post(statsQuery, nil)
			r.Header.Set("Content-Type", "application/json; charset=utf-8")
			return r
		}(), 200, "application/json", "", `"articles":3`},
		{"get", get("/graphql?query="+url.QueryEscape(`{ stats { articles } }`), nil), 200, "application/json", "", `"articles":3`},
		{"get with variables", get("/graphql?query="+url.QueryEscape(`query($a: ID!) { actor(id: $a) { id } }`)+
			"&variables="+url.QueryEscape(`{"a": "Kov"}`), map[string]string{"Accept": gqlJSON}), 200, gqlJSON, "", `"person:lena-kov"`},
		{"validation error as json is 200", post(`{"query": "{ nothing }"}`, map[string]string{"Accept": "application/json"}), 200, "application/json", "GRAPHQL_VALIDATION_FAILED", ""},
		{"validation error as graphql-response is 400", post(`{"query": "{ nothing }"}`, map[string]string{"Accept": gqlJSON}), 400, gqlJSON, "GRAPHQL_VALIDATION_FAILED", ""},
		{"parse error", post(`{"query": "{"}`, map[string]string{"Accept": gqlJSON}), 400, gqlJSON, "GRAPHQL_PARSE_FAILED", ""},
		{"parse error as json", post(`{"query": "{"}`, map[string]string{"Accept": "application/json"}), 200, "application/json", "GRAPHQL_PARSE_FAILED", `"data":null`},
		{"broken json body", post(`{"query": `, nil), 400, "application/json", "BAD_REQUEST", ""},
		{"resolver error is 200 with data null", post(`{"query": "{ encounters(actor: \"Nobody\") { count } }"}`, map[string]string{"Accept": gqlJSON}), 200, gqlJSON, "NOT_FOUND", `"data":null`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := s.do(t, tt.req)
			if res.status != tt.status {
				t.Errorf("status = %d, want %d; body %s", res.status, tt.status, res.body)
			}
			if ct := res.header.Get("Content-Type"); !strings.HasPrefix(ct, tt.ctype) {
				t.Errorf("Content-Type = %q, want %s", ct, tt.ctype)
			}
			if code := errorCode(t, res.body); code != tt.code {
				t.Errorf("error code = %q, want %q; body %s", code, tt.code, res.body)
			}
			if !bytes.Contains(res.body, []byte(tt.body)) {
				t.Errorf("body %s does not contain %s", res.body, tt.body)
			}
			// A graphql-response+json request error carries no data entry.
			if res.status == 400 && tt.ctype == gqlJSON && bytes.Contains(res.body, []byte(`"data"`)) {
				t.Errorf("400 response has a data entry: %s", res.body)
			}
		})
	}
}

func TestMethodsAndRoutes(t *testing.T) {
	s := newServer(t, server.Config{}, nil)
	tests := []struct {
		name   string
		req    *http.Request
		status int
		check  func(t *testing.T, res result)
	}{
		{"put is not allowed", httptest.NewRequest(http.MethodPut, "/graphql", strings.NewReader(statsQuery)), 405,
			func(t *testing.T, res result) {
				if allow := res.header.Get("Allow"); !strings.Contains(allow, "GET") || !strings.Contains(allow, "POST") {
					t.Errorf("Allow = %q, want GET and POST", allow)
				}
			}},
		{"mutation over get is refused", get("/graphql?query="+url.QueryEscape(`mutation { ingest(articles: []) { received } }`), nil), 406, nil},
		{"root serves the explorer page", get("/", nil), 200,
			func(t *testing.T, res result) {
				if ct := res.header.Get("Content-Type"); !strings.HasPrefix(ct, "text/html") {
					t.Errorf("Content-Type = %q, want text/html", ct)
				}
				if !strings.Contains(string(res.body), explorer.AssetPrefix) {
					t.Errorf("page does not reference its assets under %s", explorer.AssetPrefix)
				}
			}},
		{"export needs a format", get("/export", nil), 400, nil},
		{"playground with a slash", get("/playground/", nil), 301, func(t *testing.T, res result) {
			if loc := res.header.Get("Location"); loc != "/playground" {
				t.Errorf("Location = %q", loc)
			}
		}},
		{"unknown path", get("/nothing", nil), 404, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := s.do(t, tt.req)
			if res.status != tt.status {
				t.Errorf("status = %d, want %d; body %s", res.status, tt.status, res.body)
			}
			if tt.check != nil {
				tt.check(t, res)
			}
		})
	}
}

func TestBodyLimit(t *testing.T) {
	s := newServer(t, server.Config{MaxBodyBytes: 1024}, nil)
	big := `{"query": "{ stats { articles } }", "variables": {"pad": "` + strings.Repeat("x", 2000) + `"}}`
	fits := `{"query": "{ stats { articles } }", "variables": {"pad": "` + strings.Repeat("x", 900) + `"}}`

	for _, chunked := range []bool{false, true} {
		r := post(big, nil)
		if chunked {
			r.ContentLength = -1 // as a client streaming without Content-Length
		}
		res := s.do(t, r)
		if res.status != http.StatusRequestEntityTooLarge {
			t.Errorf("chunked=%v: status = %d, want 413", chunked, res.status)
		}
		if code := errorCode(t, res.body); code != "LIMIT_EXCEEDED" {
			t.Errorf("chunked=%v: code = %q, want LIMIT_EXCEEDED", chunked, code)
		}
	}
	if res := s.do(t, post(fits, nil)); res.status != 200 || errorCode(t, res.body) != "" {
		t.Errorf("a body under the limit: status %d, body %s", res.status, res.body)
	}

	// The default limit is 1 MiB.
	d := newServer(t, server.Config{}, nil)
	over := `{"query": "{ stats { articles } }", "variables": {"pad": "` + strings.Repeat("x", server.DefaultMaxBodyBytes) + `"}}`
	if res := d.do(t, post(over, nil)); res.status != http.StatusRequestEntityTooLarge {
		t.Errorf("default limit: status = %d, want 413", res.status)
	}
}

func TestRequestIDAndLog(t *testing.T) {
	s := newServer(t, server.Config{}, nil)
	res := s.do(t, post(statsQuery, map[string]string{"X-Request-Id": "abc-123"}))
	if got := res.header.Get("X-Request-Id"); got != "abc-123" {
		t.Errorf("X-Request-Id = %q, want the one sent", got)
	}
	res = s.do(t, post(statsQuery, map[string]string{"X-Request-Id": "bad id\nwith newline"}))
	id := res.header.Get("X-Request-Id")
	if !regexp.MustCompile(`^[0-9a-f]{16}$`).MatchString(id) {
		t.Errorf("X-Request-Id = %q, want a fresh id instead of an unsafe one", id)
	}

	var line map[string]any
	lines := strings.Split(strings.TrimSpace(s.logs.String()), "\n")
	if err := json.Unmarshal([]byte(lines[len(lines)-1]), &line); err != nil {
		t.Fatalf("log line is not JSON: %v\n%s", err, s.logs)
	}
	for k, want := range map[string]any{"request_id": id, "method": "POST", "path": "/graphql", "status": 200.0,
		"operation": "query Stats", "message": "http request"} {
		if line[k] != want {
			t.Errorf("log %s = %v, want %v", k, line[k], want)
		}
	}
	if _, ok := line["duration"].(float64); !ok {
		t.Errorf("log has no duration: %v", line)
	}
}

func TestHealthz(t *testing.T) {
	ok := newServer(t, server.Config{}, nil)
	res := ok.do(t, get("/healthz", nil))
	if res.status != 200 || !strings.HasPrefix(res.header.Get("Content-Type"), "application/json") {
		t.Errorf("status %d, Content-Type %q", res.status, res.header.Get("Content-Type"))
	}
	if diff := cmp.Diff(`{"status":"ok","store":"ok"}`, strings.TrimSpace(string(res.body))); diff != "" {
		t.Errorf("body (-want +got):\n%s", diff)
	}

	down := newServer(t, server.Config{}, graphtest.FailingStore{Store: graphtest.OpenStore(t),
		Err: errString("dial tcp 127.0.0.1:7687: connect: connection refused")})
	res = down.do(t, get("/healthz", nil))
	if res.status != http.StatusServiceUnavailable {
		t.Errorf("store down: status %d, want 503", res.status)
	}
	var h server.Health
	if err := json.Unmarshal(res.body, &h); err != nil {
		t.Fatal(err)
	}
	if h.Status != "unavailable" || h.Store != "down" || h.Error == "" {
		t.Errorf("store down: body %s", res.body)
	}
	if strings.Contains(string(res.body), "7687") {
		t.Errorf("store down: body leaks the cause: %s", res.body)
	}
	if !strings.Contains(down.logs.String(), "7687") {
		t.Errorf("store down: cause not logged")
	}
}

type errString string

func (e errString) Error() string { return string(e) }

// blockingStore answers Stats only when its context ends.
type blockingStore struct{ kg.Store }

func (b blockingStore) Stats(ctx context.Context) (kg.Stats, error) {
	<-ctx.Done()
	return kg.Stats{}, ctx.Err()
}

func TestRequestTimeout(t *testing.T) {
	s := newServer(t, server.Config{RequestTimeout: 20 * time.Millisecond}, blockingStore{graphtest.OpenStore(t)})
	res := s.do(t, post(statsQuery, nil))
	if code := errorCode(t, res.body); code != "TIMEOUT" {
		t.Errorf("code = %q, want TIMEOUT; body %s", code, res.body)
	}
}

// panickingStore panics in Stats: the server must answer, not crash.
type panickingStore struct{ kg.Store }

func (p panickingStore) Stats(ctx context.Context) (kg.Stats, error) { panic("boom in the store") }

func TestPanicIsAnInternalError(t *testing.T) {
	s := newServer(t, server.Config{}, panickingStore{graphtest.OpenStore(t)})
	res := s.do(t, post(statsQuery, nil))
	if code := errorCode(t, res.body); code != "INTERNAL" || strings.Contains(string(res.body), "boom") {
		t.Errorf("body %s: want INTERNAL without the panic text", res.body)
	}
	if !strings.Contains(s.logs.String(), "boom in the store") {
		t.Errorf("panic not logged")
	}
}

// Through the whole server with gqlgen's client: the Authorization header
// reaches the mutation.
func TestIngestThroughServer(t *testing.T) {
	var got []kg.Document
	cfg := server.Config{IngestToken: "t0ken", Ingest: func(ctx context.Context, docs []kg.Document) (*model.IngestReport, error) {
		got = docs
		return &model.IngestReport{Results: []*model.IngestResult{{Index: 0, Outcome: model.IngestNew}}}, nil
	}}
	s := newServer(t, cfg, nil)
	c := client.New(s.h, client.Path("/graphql"))
	var resp struct{ Ingest struct{ Received, New int } }
	err := c.Post(`mutation { ingest(articles: [{title: "T", text: "Some text."}]) { received new } }`, &resp)
	if err == nil || !strings.Contains(err.Error(), "UNAUTHENTICATED") {
		t.Errorf("without the token: err = %v, want UNAUTHENTICATED", err)
	}
	c.MustPost(`mutation { ingest(articles: [{title: "T", text: "Some text."}]) { received new } }`, &resp,
		client.AddHeader("Authorization", "Bearer t0ken"))
	if resp.Ingest.Received != 1 || resp.Ingest.New != 1 || len(got) != 1 || got[0].Article.Title != "T" {
		t.Errorf("with the token: resp %+v, docs %+v", resp, got)
	}
}

func TestIntrospectionConfig(t *testing.T) {
	q := `{"query": "{ __schema { queryType { name } } }"}`
	if res := newServer(t, server.Config{}, nil).do(t, post(q, nil)); errorCode(t, res.body) != "" {
		t.Errorf("default: introspection refused: %s", res.body)
	}
	res := newServer(t, server.Config{DisableIntrospection: true}, nil).do(t, post(q, nil))
	if code := errorCode(t, res.body); code != "INTROSPECTION_DISABLED" {
		t.Errorf("disabled: code %q, body %s", code, res.body)
	}
}

func TestPlaygroundPage(t *testing.T) {
	s := newServer(t, server.Config{}, nil)
	res := s.do(t, get("/playground", nil))
	if res.status != 200 || !strings.HasPrefix(res.header.Get("Content-Type"), "text/html") {
		t.Fatalf("status %d, Content-Type %q", res.status, res.header.Get("Content-Type"))
	}
	page := string(res.body)
	csp := res.header.Get("Content-Security-Policy")
	for _, want := range []string{"default-src 'self'", "script-src 'self'", "connect-src 'self'"} {
		if !strings.Contains(csp, want) {
			t.Errorf("CSP %q lacks %q", csp, want)
		}
	}
	// Every src/href is on this server (or inline data, the empty favicon).
	refs := regexp.MustCompile(`(?i)(?:src|href)\s*=\s*"([^"]*)"`).FindAllStringSubmatch(page, -1)
	if len(refs) < 2 {
		t.Errorf("page references %d assets, want the script and the stylesheet:\n%s", len(refs), page)
	}
	for _, m := range refs {
		if strings.HasPrefix(m[1], "data:") {
			continue
		}
		if !strings.HasPrefix(m[1], "/") || strings.HasPrefix(m[1], "//") {
			t.Errorf("page loads %q from elsewhere", m[1])
		}
		if res := s.do(t, get(m[1], nil)); res.status != 200 {
			t.Errorf("asset %s: status %d", m[1], res.status)
		}
	}
	// The default query is the encounters example, carried as JSON data.
	cfg := regexp.MustCompile(`(?s)<script id="playground-config" type="application/json">(.*?)</script>`).FindStringSubmatch(page)
	if cfg == nil {
		t.Fatalf("no playground config in the page")
	}
	var c struct{ Endpoint, DefaultQuery string }
	if err := json.Unmarshal([]byte(cfg[1]), &c); err != nil {
		t.Fatalf("playground config: %v", err)
	}
	if c.Endpoint != "/graphql" || c.DefaultQuery != server.DefaultPlaygroundQuery {
		t.Errorf("config = %+v", c)
	}
	// The default query is valid against the schema; the fixtures have no
	// Putin, so it may only fail with NOT_FOUND.
	q, _ := json.Marshal(map[string]string{"query": c.DefaultQuery})
	if res := s.do(t, post(string(q), nil)); res.status != 200 || (errorCode(t, res.body) != "" && errorCode(t, res.body) != "NOT_FOUND") {
		t.Errorf("default query: status %d, body %s", res.status, res.body)
	}
}

func TestPlaygroundAssets(t *testing.T) {
	s := newServer(t, server.Config{}, nil)
	for _, name := range []string{"playground.js", "playground.css"} {
		t.Run(name, func(t *testing.T) {
			gz := s.do(t, get("/playground/assets/"+name, map[string]string{"Accept-Encoding": "gzip, deflate"}))
			if gz.status != 200 || gz.header.Get("Content-Encoding") != "gzip" {
				t.Fatalf("gzip: status %d, Content-Encoding %q", gz.status, gz.header.Get("Content-Encoding"))
			}
			zr, err := gzip.NewReader(bytes.NewReader(gz.body))
			if err != nil {
				t.Fatal(err)
			}
			unzipped, err := io.ReadAll(zr)
			if err != nil {
				t.Fatal(err)
			}
			plain := s.do(t, get("/playground/assets/"+name, map[string]string{"Accept-Encoding": "gzip;q=0"}))
			if plain.status != 200 || plain.header.Get("Content-Encoding") != "" || !bytes.Equal(plain.body, unzipped) {
				t.Errorf("identity: status %d, Content-Encoding %q, same content %v",
					plain.status, plain.header.Get("Content-Encoding"), bytes.Equal(plain.body, unzipped))
			}
			etag := gz.header.Get("ETag")
			if cached := s.do(t, get("/playground/assets/"+name, map[string]string{"If-None-Match": etag})); etag == "" || cached.status != 304 {
				t.Errorf("revalidation with ETag %q: status %d", etag, cached.status)
			}
			checkOffline(t, name, string(unzipped))
		})
	}
	if res := s.do(t, get("/playground/assets/nothing.js", nil)); res.status != 404 {
		t.Errorf("unknown asset: status %d", res.status)
	}
}

// remoteLoad matches the ways a script or stylesheet could fetch something
// from another origin. URLs that are only text (XML namespaces, links in
// messages) are fine offline and are not matched. Every pattern ends in
// "//", so remoteLoads runs it only around each "//" of a large bundle.
var remoteLoad = regexp.MustCompile(`(?i)(?:` + strings.Join([]string{
	`importScripts\(\s*["'\x60]https?:`,
	`import\(\s*["'\x60]https?:`,
	`\bfrom\s*["'\x60]https?:`,
	`new\s+Worker\(\s*["'\x60]https?:`,
	`fetch\(\s*["'\x60]https?:`,
	`(?:src|href)\s*=\s*\\?["']https?:`,
	`\.src\s*=\s*["'\x60]https?:`,
	`url\(\s*["']?(?:https?:)?`,
	`@import\s+(?:url\()?\s*["']?(?:https?:)?`,
}, "|") + `)//$`)

// cdnHosts are where a careless build would load from.
var cdnHosts = []string{"unpkg.com", "jsdelivr.net", "cdnjs.", "esm.sh", "fonts.googleapis", "fonts.gstatic"}

// remoteLoads returns each remote load in content with some context.
func remoteLoads(content string) []string {
	var out []string
	for off := 0; len(out) < 10; {
		i := strings.Index(content[off:], "//")
		if i < 0 {
			break
		}
		i += off
		if remoteLoad.MatchString(content[max(0, i-48) : i+2]) {
			out = append(out, content[max(0, i-60):min(len(content), i+60)])
		}
		off = i + 2
	}
	lower := strings.ToLower(content)
	for _, h := range cdnHosts {
		if i := strings.Index(lower, h); i >= 0 {
			out = append(out, content[max(0, i-60):min(len(content), i+60)])
		}
	}
	return out
}

func checkOffline(t *testing.T, name, content string) {
	t.Helper()
	for _, l := range remoteLoads(content) {
		t.Errorf("%s loads from another origin: ...%s...", name, l)
	}
}

// The offline check must be able to fail: it catches every way of loading
// from elsewhere and passes URLs that are only text.
func TestRemoteLoadPatterns(t *testing.T) {
	loads := []string{
		`importScripts("https://cdn.example.com/worker.js")`,
		`import("https://esm.example.com/x.js")`,
		`import x from "https://example.com/mod.js"`,
		`new Worker('https://example.com/w.js')`,
		`fetch("http://example.com/schema.json")`,
		`e.innerHTML='<script src="https://example.com/a.js">'`,
		`<link href='http://example.com/a.css'>`,
		`s.src = "https://example.com/a.js"`,
		`@font-face{src:url(https://example.com/f.woff2)}`,
		`background:url("//example.com/i.png")`,
		`@import url("https://example.com/a.css");`,
		`@import "//example.com/a.css";`,
		`"https://unpkg.com/graphiql"`,
	}
	for _, l := range loads {
		if len(remoteLoads(l)) == 0 {
			t.Errorf("not caught: %s", l)
		}
	}
	text := []string{
		`createElementNS("http://www.w3.org/2000/svg","svg")`,
		`"Visit https://react.dev/errors/ for the full message"`,
		`$schema:"http://json-schema.org/draft-07/schema#"`,
		`src:url(data:font/woff2;base64,d09GMgABAAAA)`,
		`url(/playground/assets/x.png)`,
	}
	for _, l := range text {
		if got := remoteLoads(l); len(got) > 0 {
			t.Errorf("text taken for a load: %s", l)
		}
	}
}
