package explorer_test

import (
	"bytes"
	"compress/gzip"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/internal/explorer"
)

func get(t *testing.T, h http.Handler, target string, header map[string]string) *httptest.ResponseRecorder {
	t.Helper()
	r := httptest.NewRequest(http.MethodGet, target, nil)
	for k, v := range header {
		r.Header.Set(k, v)
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	return w
}

// assetURLs returns the script and stylesheet URLs the page names.
func assetURLs(t *testing.T, page string) []string {
	t.Helper()
	re := regexp.MustCompile(`(?:src|href)="(/explorer/[^"]+)"`)
	var out []string
	for _, m := range re.FindAllStringSubmatch(page, -1) {
		out = append(out, m[1])
	}
	if len(out) != 2 {
		t.Fatalf("page names %d assets, want the script and the stylesheet: %v", len(out), out)
	}
	return out
}

func TestPage(t *testing.T) {
	h := explorer.Handler()
	w := get(t, h, "/?actor=Vladimir%20Putin&from=2024-01", nil)
	if w.Code != 200 {
		t.Fatalf("GET /: %d", w.Code)
	}
	for k, want := range map[string]string{
		"Content-Type":            "text/html; charset=utf-8",
		"Cache-Control":           "no-cache",
		"Content-Security-Policy": explorer.CSP,
		"X-Content-Type-Options":  "nosniff",
	} {
		if got := w.Header().Get(k); got != want {
			t.Errorf("%s = %q, want %q", k, got, want)
		}
	}
	page := w.Body.String()
	for _, want := range []string{`<html lang="en">`, `id="q"`, `role="combobox"`, `id="graph"`, `id="facts"`, `id="from"`, `href="/playground"`} {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks %s", want)
		}
	}
	// Nothing may come from another origin: every URL in the page is a
	// path on this server (or a data: URL).
	for _, m := range regexp.MustCompile(`(?:src|href|action)="([^"]*)"`).FindAllStringSubmatch(page, -1) {
		if u := m[1]; !strings.HasPrefix(u, "/") && !strings.HasPrefix(u, "#") && !strings.HasPrefix(u, "data:") {
			t.Errorf("page refers to %q, outside this server", u)
		}
	}
}

func TestAssets(t *testing.T) {
	h := explorer.Handler()
	page := get(t, h, "/", nil).Body.String()
	for _, u := range assetURLs(t, page) {
		w := get(t, h, u, nil)
		if w.Code != 200 || w.Body.Len() == 0 {
			t.Fatalf("GET %s: %d, %d bytes", u, w.Code, w.Body.Len())
		}
		wantType := "text/css; charset=utf-8"
		if strings.Contains(u, ".js") {
			wantType = "text/javascript; charset=utf-8"
		}
		if ct := w.Header().Get("Content-Type"); ct != wantType {
			t.Errorf("%s: content type %q", u, ct)
		}
		if cc := w.Header().Get("Cache-Control"); cc != "public, max-age=31536000, immutable" {
			t.Errorf("%s: cache control %q for the current version", u, cc)
		}
		plain := w.Body.Bytes()
		// The same file gzipped for clients that accept it.
		gz := get(t, h, u, map[string]string{"Accept-Encoding": "gzip, br"})
		if gz.Header().Get("Content-Encoding") != "gzip" {
			t.Errorf("%s: not gzipped for a gzip client", u)
		} else {
			zr, err := gzip.NewReader(gz.Body)
			if err != nil {
				t.Fatal(err)
			}
			b, _ := io.ReadAll(zr)
			if !bytes.Equal(b, plain) {
				t.Errorf("%s: gzipped body differs", u)
			}
		}
		// Revalidation.
		if nm := get(t, h, u, map[string]string{"If-None-Match": w.Header().Get("ETag")}); nm.Code != http.StatusNotModified {
			t.Errorf("%s with its ETag: %d, want 304", u, nm.Code)
		}
		// An old or missing version must not be cached for good.
		path, _, _ := strings.Cut(u, "?")
		if cc := get(t, h, path+"?v=old", nil).Header().Get("Cache-Control"); cc != "no-cache" {
			t.Errorf("%s?v=old: cache control %q", path, cc)
		}
		// No URL to another origin inside the bundle's own requests.
		if bytes.Contains(plain, []byte("fetch(\"http")) || bytes.Contains(plain, []byte("@import url(http")) {
			t.Errorf("%s fetches from another origin", u)
		}
	}
}

func TestNotFound(t *testing.T) {
	h := explorer.Handler()
	for _, p := range []string{"/explorer/index.html", "/explorer/nope.js", "/explorer/", "/other", "/explorer/../dist/index.html"} {
		if w := get(t, h, p, nil); w.Code != http.StatusNotFound {
			t.Errorf("GET %s: %d, want 404", p, w.Code)
		}
	}
	r := httptest.NewRequest(http.MethodPost, "/", nil)
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	if w.Code != http.StatusMethodNotAllowed {
		t.Errorf("POST /: %d", w.Code)
	}
}

// The committed bundle must be the build of the committed sources; CI runs
// `npm run check-bundle` for that. Here: the page and assets are there at
// all, so a forgotten build fails `go test` too.
func TestBundlePresent(t *testing.T) {
	for _, f := range []string{"dist/index.html", "dist/explorer.js", "dist/explorer.css"} {
		if fi, err := os.Stat(f); err != nil || fi.Size() == 0 {
			t.Errorf("%s missing or empty (cd internal/explorer/web && npm ci && npm run build): %v", f, err)
		}
	}
}
