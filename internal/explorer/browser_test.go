package explorer_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/actorgraph/actorgraph/internal/article"
	"github.com/actorgraph/actorgraph/internal/explorer"
	"github.com/actorgraph/actorgraph/internal/export"
	"github.com/actorgraph/actorgraph/internal/extract"
	"github.com/actorgraph/actorgraph/internal/ingest"
	"github.com/actorgraph/actorgraph/internal/kg"
	"github.com/actorgraph/actorgraph/internal/samples"
	"github.com/actorgraph/actorgraph/internal/server"
	"github.com/actorgraph/actorgraph/internal/store/embedded"
	"github.com/actorgraph/actorgraph/internal/testcorpus"
)

// The browser tests drive Debian's Chromium with playwright-core (from
// web/node_modules) against a real server on 127.0.0.1 that holds real
// ingested articles. They skip, saying what is missing, without Chromium,
// Node or `npm ci`; ACTORGRAPH_REQUIRE_BROWSER=1 (set in CI) turns those
// skips into failures.

const script = "web/tests/browser.mjs"

// Screenshots go to the git-ignored testdata/screenshots/local unless
// -screenshots asks to refresh the committed ones the README shows.
var refreshShots = flag.Bool("screenshots", false, "rewrite the committed screenshots in testdata/screenshots (samples only)")

var localShots = filepath.Join("testdata", "screenshots", "local")

func requireBrowser(t *testing.T) (node, chromium string) {
	t.Helper()
	missing := func(what string) {
		if os.Getenv("ACTORGRAPH_REQUIRE_BROWSER") != "" {
			t.Fatalf("browser test cannot run: %s", what)
		}
		t.Skipf("skipping browser test: %s", what)
	}
	chromium = os.Getenv("ACTORGRAPH_CHROMIUM")
	if chromium == "" {
		chromium = "/usr/bin/chromium"
	}
	if _, err := os.Stat(chromium); err != nil {
		missing("no Chromium at " + chromium + " (apt-get install chromium, or set ACTORGRAPH_CHROMIUM)")
	}
	node, err := exec.LookPath("node")
	if err != nil {
		missing("node is not installed")
	}
	if _, err := os.Stat("web/node_modules/playwright-core"); err != nil {
		missing("web/node_modules/playwright-core is missing (cd internal/explorer/web && npm ci)")
	}
	return node, chromium
}

// newServer serves the explorer, the exports and the API from store the
// way `actorgraph serve` mounts them, on 127.0.0.1.
func newServer(t *testing.T, store kg.Store) string {
	t.Helper()
	log := zerolog.Nop()
	ex := explorer.Handler()
	mux := http.NewServeMux()
	mux.Handle("GET /{$}", ex)
	mux.Handle("GET "+explorer.AssetPrefix, ex)
	mux.Handle("GET /export", export.Handler(store, log))
	mux.Handle("/", server.New(server.Config{}, store, log))
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewUnstartedServer(mux)
	srv.Listener.Close()
	srv.Listener = ln
	srv.Start()
	t.Cleanup(srv.Close)
	return srv.URL
}

func openStore(t *testing.T) kg.Store {
	t.Helper()
	s, err := embedded.OpenMemory(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Close() })
	return s
}

var extractor = func(d kg.Document) *kg.ArticleFacts { return extract.Extract(d, extract.Options{}) }

func loadPaths(t *testing.T, s kg.Store, paths ...string) ingest.Summary {
	t.Helper()
	sum, err := ingest.Run(context.Background(), s, extractor, paths, ingest.Options{})
	if err != nil {
		t.Fatalf("ingest %v: %v", paths, err)
	}
	if sum.Written() == 0 {
		t.Fatalf("ingest %v: nothing loaded: %+v", paths, sum)
	}
	return sum
}

func loadSamples(t *testing.T, s kg.Store) {
	t.Helper()
	docs, err := samples.Documents()
	if err != nil {
		t.Fatal(err)
	}
	for i := range docs {
		// Loaders set the hash; samples.Document may not (yet).
		if docs[i].Article.ContentHash == "" {
			docs[i].Article.ContentHash = article.ContentHash(docs[i].Article.Title, docs[i].Text)
		}
	}
	if _, err := ingest.RunDocuments(context.Background(), s, extractor, docs, ingest.Options{}); err != nil {
		t.Fatalf("ingest samples: %v", err)
	}
}

// result is one line the script prints.
type result struct {
	Check  string  `json:"check"`
	OK     bool    `json:"ok"`
	Detail string  `json:"detail"`
	Metric string  `json:"metric"`
	Value  float64 `json:"value"`
	Unit   string  `json:"unit"`
}

// runScript runs one scenario of the browser script and returns its
// metrics; every failed check fails the test.
func runScript(t *testing.T, scenario, base, shots string, extra ...string) map[string]float64 {
	t.Helper()
	node, chromium := requireBrowser(t)
	if err := os.MkdirAll(shots, 0o755); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	args := append([]string{script, scenario, base, shots}, extra...)
	cmd := exec.CommandContext(ctx, node, args...)
	cmd.Env = append(os.Environ(), "CHROMIUM="+chromium)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	metrics := map[string]float64{}
	checks := 0
	sc := bufio.NewScanner(out)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		var r result
		if json.Unmarshal([]byte(line), &r) != nil {
			t.Logf("script: %s", line)
			continue
		}
		switch {
		case r.Metric != "":
			metrics[r.Metric] = r.Value
			t.Logf("measured %s: %.1f %s", r.Metric, r.Value, r.Unit)
		case r.Check != "":
			checks++
			if r.OK {
				t.Logf("ok   %s %s", r.Check, r.Detail)
			} else {
				t.Errorf("FAIL %s: %s", r.Check, r.Detail)
			}
		}
	}
	err = cmd.Wait()
	if err != nil && !t.Failed() {
		t.Errorf("browser script: %v\n%s", err, stderr.String())
	} else if err != nil {
		t.Logf("browser script stderr:\n%s", stderr.String())
	}
	if checks == 0 {
		t.Errorf("the browser script reported no checks\n%s", stderr.String())
	}
	return metrics
}

// TestBrowserSamples runs the explorer on our own sample articles: every
// state, search, deep links, navigation, an edge's evidence, exports, and
// the playground; nothing may be requested from outside 127.0.0.1. With
// -screenshots it rewrites the screenshots the README shows (they hold
// only text we wrote).
func TestBrowserSamples(t *testing.T) {
	requireBrowser(t)
	s := openStore(t)
	loadSamples(t, s)
	base := newServer(t, s)
	shots := localShots
	if *refreshShots {
		shots = filepath.Join("testdata", "screenshots")
	}
	runScript(t, "samples", base, shots)
}

// TestBrowserSeed is the acceptance check on the seed article:
// /?actor=Vladimir%20Putin shows Xi Jinping and the evidence sentence
// naming Beijing; a click on their edge shows it in the evidence panel.
// Screenshots of third-party text are kept out of the repository
// (testdata/screenshots/local is ignored by git).
func TestBrowserSeed(t *testing.T) {
	seed := testcorpus.Seed(t)
	requireBrowser(t)
	s := openStore(t)
	loadPaths(t, s, seed)
	base := newServer(t, s)
	runScript(t, "seed", base, localShots)
}

// TestBrowserBBC measures how fast the page paints and shows an actor on
// the whole BBC corpus. The figures are logged, not asserted.
func TestBrowserBBC(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping the BBC corpus load in -short mode")
	}
	bbc := testcorpus.Path(t, "corpus/bbc.jsonl")
	requireBrowser(t)
	s := openStore(t)
	start := time.Now()
	sum := loadPaths(t, s, bbc)
	t.Logf("loaded %d BBC articles in %s", sum.Written(), time.Since(start).Round(time.Millisecond))
	st, err := s.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("graph: %+v", st)
	// The most mentioned person who met someone: the busiest view.
	actor := busiestPerson(t, s)
	t.Logf("opening %s", actor)
	base := newServer(t, s)
	runScript(t, "bbc", base, localShots, actor)
}

func busiestPerson(t *testing.T, s kg.Store) string {
	t.Helper()
	ctx := context.Background()
	best, bestN := "", -1
	for _, q := range []string{"Tony Blair", "Gordon Brown", "Michael Howard", "Blair"} {
		as, err := s.Search(ctx, kg.SearchQuery{Text: q, Kinds: []kg.ActorKind{kg.KindPerson}, First: 1})
		if err != nil || len(as) == 0 {
			continue
		}
		enc, err := s.Encounters(ctx, kg.EncounterQuery{ActorID: as[0].ID})
		if err == nil && len(enc) > bestN {
			best, bestN = as[0].Name, len(enc)
		}
	}
	if best == "" {
		t.Skip("no well-known person found in the BBC graph")
	}
	return strings.TrimSpace(best)
}
