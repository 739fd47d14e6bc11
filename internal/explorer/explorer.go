// Package explorer serves the explorer page: an actor's network, timeline
// and the evidence of every link, in the browser. The page is built from
// web/ (TypeScript, cytoscape.js, esbuild) into dist/, which is committed
// and embedded, so `go build` needs no Node and the page loads nothing from
// outside the server it came from. It talks only to /graphql.
//
// Routes (mount Handler on both):
//
//	GET /                      the page (deep links: /?actor=NAME&from=YYYY-MM&to=YYYY-MM)
//	GET /explorer/{file}       its script and stylesheet, cached for good when ?v= matches
package explorer

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"io/fs"
	"net/http"
	"path"
	"strconv"
	"strings"
	"sync"
)

//go:embed dist/*
var dist embed.FS

// AssetPrefix is where the page's script and stylesheet are served.
const AssetPrefix = "/explorer/"

// CSP allows nothing from another origin: scripts, styles and data all
// come from this server (cytoscape sets inline styles on its canvas; data:
// is the empty favicon and images cytoscape may draw).
const CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; " +
	"img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; object-src 'none'; " +
	"base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

type file struct {
	body    []byte
	gz      []byte // nil when compression does not pay
	ctype   string
	version string // first 12 hex digits of the body's SHA-256, as build.mjs writes into index.html
	etag    string
}

var (
	filesOnce sync.Once
	files     map[string]*file
)

func load() map[string]*file {
	filesOnce.Do(func() {
		files = map[string]*file{}
		entries, _ := fs.ReadDir(dist, "dist")
		for _, e := range entries {
			body, err := dist.ReadFile("dist/" + e.Name())
			if err != nil {
				continue
			}
			sum := sha256.Sum256(body)
			v := hex.EncodeToString(sum[:])[:12]
			f := &file{body: body, ctype: contentType(e.Name()), version: v, etag: `"` + v + `"`}
			var b bytes.Buffer
			zw, _ := gzip.NewWriterLevel(&b, gzip.BestCompression)
			_, _ = zw.Write(body)
			if zw.Close() == nil && b.Len() < len(body)*9/10 {
				f.gz = b.Bytes()
			}
			files[e.Name()] = f
		}
	})
	return files
}

func contentType(name string) string {
	switch path.Ext(name) {
	case ".html":
		return "text/html; charset=utf-8"
	case ".js":
		return "text/javascript; charset=utf-8"
	case ".css":
		return "text/css; charset=utf-8"
	case ".txt":
		return "text/plain; charset=utf-8"
	}
	return "application/octet-stream"
}

// Handler serves the page at / and its assets under /explorer/. Other
// paths are 404. Only GET and HEAD are answered.
func Handler() http.Handler {
	fs := load()
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		h := w.Header()
		h.Set("X-Content-Type-Options", "nosniff")
		switch {
		case r.URL.Path == "/":
			f := fs["index.html"]
			if f == nil {
				http.Error(w, "the explorer bundle is missing from this build", http.StatusInternalServerError)
				return
			}
			h.Set("Content-Security-Policy", CSP)
			h.Set("Referrer-Policy", "no-referrer")
			// The page names its assets by content hash; it must be
			// revalidated so a new binary's page is seen at once.
			h.Set("Cache-Control", "no-cache")
			serve(w, r, f)
		case strings.HasPrefix(r.URL.Path, AssetPrefix):
			name := strings.TrimPrefix(r.URL.Path, AssetPrefix)
			f := fs[name]
			if f == nil || name == "index.html" || strings.Contains(name, "/") {
				http.NotFound(w, r)
				return
			}
			if r.URL.Query().Get("v") == f.version {
				h.Set("Cache-Control", "public, max-age=31536000, immutable")
			} else {
				h.Set("Cache-Control", "no-cache")
			}
			serve(w, r, f)
		default:
			http.NotFound(w, r)
		}
	})
}

func serve(w http.ResponseWriter, r *http.Request, f *file) {
	h := w.Header()
	h.Set("Content-Type", f.ctype)
	h.Set("ETag", f.etag)
	h.Set("Vary", "Accept-Encoding")
	if match := r.Header.Get("If-None-Match"); match != "" && strings.Contains(match, f.etag) {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	body := f.body
	if f.gz != nil && acceptsGzip(r) {
		h.Set("Content-Encoding", "gzip")
		body = f.gz
	}
	h.Set("Content-Length", strconv.Itoa(len(body)))
	if r.Method == http.MethodHead {
		return
	}
	_, _ = w.Write(body)
}

func acceptsGzip(r *http.Request) bool {
	for part := range strings.SplitSeq(r.Header.Get("Accept-Encoding"), ",") {
		enc, params, _ := strings.Cut(part, ";")
		enc = strings.TrimSpace(enc)
		if !strings.EqualFold(enc, "gzip") && enc != "*" {
			continue
		}
		q := 1.0
		if v, ok := strings.CutPrefix(strings.TrimSpace(params), "q="); ok {
			q, _ = strconv.ParseFloat(strings.TrimSpace(v), 64)
		}
		return q > 0
	}
	return false
}
