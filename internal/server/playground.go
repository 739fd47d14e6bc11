package server

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"encoding/json"
	"html/template"
	"io"
	"net/http"
	"path"
	"strconv"
	"strings"
	"sync"
)

// The GraphiQL bundle, built from playground/ by `npm run build` and
// committed, so `go build` needs no Node. Only gzipped files are embedded:
// they are served as they are to browsers (all of them accept gzip) and
// decompressed for the rare client that does not.
//
//go:embed assets/*.gz
var assetFS embed.FS

// DefaultPlaygroundQuery is what the playground shows on first visit: who an
// actor met, with the evidence for each meeting.
const DefaultPlaygroundQuery = `# Welcome to actorgraph.
# Whom did Vladimir Putin meet, when and where, and
# which sentence of which article says so?
# Actor arguments take names, aliases ("Putin") or
# ids ("person:vladimir-putin").
query Encounters {
  encounters(actor: "Putin", from: "2024") {
    counterpart { id name kind }
    count
    first
    last
    meetings {
      kind
      date
      place { name }
      evidence {
        sentence
        article { title source published }
      }
    }
  }
}
`

// playgroundCSP allows nothing from another origin. Monaco's workers start
// from Blob URLs (worker-src blob:); Monaco and GraphiQL set inline styles.
const playgroundCSP = "default-src 'self'; script-src 'self'; worker-src blob:; " +
	"style-src 'self' 'unsafe-inline'; font-src 'self' data:; img-src 'self' data:; " +
	"connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

var pageTemplate = template.Must(template.New("playground").Parse(`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>actorgraph playground</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/playground/assets/playground.css?v={{.CSSVersion}}">
<style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
<div id="graphiql">Loading the playground…</div>
<script id="playground-config" type="application/json">{{.Config}}</script>
<script src="/playground/assets/playground.js?v={{.JSVersion}}"></script>
</body>
</html>
`))

type asset struct {
	gz      []byte
	etag    string
	version string
	ctype   string
	plain   func() ([]byte, error) // decompressed once, on first need
}

var (
	assetsOnce sync.Once
	assets     map[string]*asset
)

func loadAssets() map[string]*asset {
	assetsOnce.Do(func() {
		assets = map[string]*asset{}
		entries, _ := assetFS.ReadDir("assets")
		for _, e := range entries {
			gz, err := assetFS.ReadFile("assets/" + e.Name())
			if err != nil {
				continue
			}
			name := strings.TrimSuffix(e.Name(), ".gz")
			sum := sha256.Sum256(gz)
			v := hex.EncodeToString(sum[:8])
			ctype := "application/octet-stream"
			switch path.Ext(name) {
			case ".js":
				ctype = "text/javascript; charset=utf-8"
			case ".css":
				ctype = "text/css; charset=utf-8"
			}
			assets[name] = &asset{gz: gz, etag: `"` + v + `"`, version: v, ctype: ctype,
				plain: sync.OnceValues(func() ([]byte, error) {
					zr, err := gzip.NewReader(bytes.NewReader(gz))
					if err != nil {
						return nil, err
					}
					return io.ReadAll(zr)
				})}
		}
	})
	return assets
}

// playgroundPage serves the GraphiQL page. The inline <style> is allowed by
// the CSP's 'unsafe-inline' for styles; the config is JSON data, not script.
func playgroundPage() http.Handler {
	as := loadAssets()
	cfg, _ := json.Marshal(map[string]string{"endpoint": "/graphql", "defaultQuery": DefaultPlaygroundQuery})
	var page bytes.Buffer
	err := pageTemplate.Execute(&page, map[string]any{
		// Safe to embed: html/template escapes JSON text inside a script
		// element of a non-JS type as plain text.
		"Config":     template.JS(cfg),
		"JSVersion":  version(as, "playground.js"),
		"CSSVersion": version(as, "playground.css"),
	})
	body := page.Bytes()
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if err != nil {
			http.Error(w, "playground unavailable", http.StatusInternalServerError)
			return
		}
		h := w.Header()
		h.Set("Content-Type", "text/html; charset=utf-8")
		h.Set("Content-Security-Policy", playgroundCSP)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("Cache-Control", "no-cache")
		_, _ = w.Write(body)
	})
}

func version(as map[string]*asset, name string) string {
	if a := as[name]; a != nil {
		return a.version
	}
	return ""
}

// playgroundAssets serves the embedded bundle files. URLs carry the
// content hash (?v=...), so responses may be cached for long.
func playgroundAssets() http.Handler {
	as := loadAssets()
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		a := as[r.PathValue("file")]
		if a == nil {
			http.NotFound(w, r)
			return
		}
		h := w.Header()
		h.Set("Content-Type", a.ctype)
		h.Set("ETag", a.etag)
		h.Set("Vary", "Accept-Encoding")
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Cache-Control", "public, max-age=86400")
		if match := r.Header.Get("If-None-Match"); match != "" && strings.Contains(match, a.etag) {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		if acceptsGzip(r) {
			h.Set("Content-Encoding", "gzip")
			_, _ = w.Write(a.gz)
			return
		}
		plain, err := a.plain()
		if err != nil {
			http.Error(w, "asset unavailable", http.StatusInternalServerError)
			return
		}
		_, _ = w.Write(plain)
	})
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
			q, _ = strconv.ParseFloat(strings.TrimSpace(v), 64) // unreadable: 0, refused
		}
		return q > 0
	}
	return false
}
