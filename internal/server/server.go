// Package server is actorgraph's HTTP face: the GraphQL endpoint, the
// offline GraphiQL playground, a health check, request ids, logging, body
// limits and timeouts. cmd/actorgraph builds the handler with New and owns
// the listener and graceful shutdown.
//
// Routes:
//
//	GET, POST /graphql     GraphQL over HTTP (application/graphql-response+json when accepted)
//	GET /playground        GraphiQL, every asset embedded in the binary
//	GET /playground/assets/{file}
//	GET /healthz           {"status":"ok","store":"ok"}; 503 when the store is down
//	GET /                  the explorer page (search, ego network, timeline, evidence)
//	GET /explorer/{file}   its assets, embedded in the binary
//	GET /export            the graph as GraphML, GEXF, Cytoscape JSON, CSV or FollowTheMoney
//	GET /metrics           Prometheus metrics (when Config.Metrics is set)
//
// With Config.CORSOrigins, browsers on those origins may call every route
// (preflights included).
package server

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"strings"
	"time"

	"github.com/rs/cors"
	"github.com/rs/zerolog"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/internal/explorer"
	"github.com/actorgraph/actorgraph/internal/export"
	"github.com/actorgraph/actorgraph/internal/kg"
	"github.com/actorgraph/actorgraph/internal/metrics"
)

// Defaults for zero Config fields.
const (
	DefaultMaxBodyBytes   = 1 << 20 // 1 MiB
	DefaultRequestTimeout = 30 * time.Second
	DefaultPingTimeout    = 2 * time.Second
	// DefaultRefusalDelay holds back refused requests (see refusalDelay).
	DefaultRefusalDelay = 100 * time.Millisecond
)

// Config configures the HTTP handler. The zero value is a read-only server
// with introspection on and the default limits.
type Config struct {
	// IngestToken is the bearer token the ingest mutation requires. Empty
	// switches the mutation off (it answers UNAVAILABLE).
	IngestToken string
	// Ingest loads articles for the ingest mutation; cmd wires it to the
	// ingest pipeline. Nil switches the mutation off.
	Ingest graph.IngestFunc

	// DisableIntrospection turns off __schema/__type queries (they are on
	// by default: the playground needs them).
	DisableIntrospection bool
	// MaxBodyBytes caps a request body; larger ones get 413.
	// DefaultMaxBodyBytes when 0.
	MaxBodyBytes int64
	// RequestTimeout bounds one GraphQL request (its context is cancelled
	// after it). DefaultRequestTimeout when 0.
	RequestTimeout time.Duration
	// ComplexityLimit and MaxQueryDepth bound one operation; see
	// graph.DefaultComplexityLimit and graph.DefaultMaxQueryDepth (used
	// when 0). A negative value removes the limit.
	ComplexityLimit int
	MaxQueryDepth   int
	// LoaderWait is the dataloaders' batching window;
	// graph.DefaultLoaderWait when 0.
	LoaderWait time.Duration
	// MaxExpensive bounds the path and neighbourhood queries running at
	// once (graph.DefaultMaxExpensive when 0); APQCacheSize the automatic
	// persisted queries kept (graph.DefaultAPQCacheSize when 0, off when
	// < 0).
	MaxExpensive int
	APQCacheSize int

	// CORSOrigins lets pages of these origins ("https://dash.example.org",
	// "*" for any) call the API from a browser: GET and POST with
	// Content-Type and Authorization headers, no cookies. Empty: no CORS
	// headers (same-origin pages only).
	CORSOrigins []string
	// Metrics, when set, is served at GET /metrics and told of every
	// request (cmd also wraps the store and the ingest function with it).
	Metrics *metrics.Metrics
	// RefusalDelay holds back the answer to a refused request (too large,
	// too deep, unauthenticated, unreadable, invalid), so that a client
	// repeating such requests in a loop is slowed to a few a second per
	// connection and the served clients keep the CPU.
	// DefaultRefusalDelay when 0; none when < 0.
	RefusalDelay time.Duration
}

func (c Config) withDefaults() Config {
	if c.MaxBodyBytes <= 0 {
		c.MaxBodyBytes = DefaultMaxBodyBytes
	}
	if c.RequestTimeout <= 0 {
		c.RequestTimeout = DefaultRequestTimeout
	}
	if c.RefusalDelay == 0 {
		c.RefusalDelay = DefaultRefusalDelay
	}
	return c
}

// New returns the HTTP handler serving every route above from store.
func New(cfg Config, store kg.Store, log zerolog.Logger) http.Handler {
	cfg = cfg.withDefaults()
	gql := graph.NewHandler(graph.HandlerConfig{
		Store:           store,
		Ingest:          cfg.Ingest,
		IngestToken:     cfg.IngestToken,
		Introspection:   !cfg.DisableIntrospection,
		ComplexityLimit: cfg.ComplexityLimit,
		MaxQueryDepth:   cfg.MaxQueryDepth,
		LoaderWait:      cfg.LoaderWait,
		MaxExpensive:    cfg.MaxExpensive,
		APQCacheSize:    cfg.APQCacheSize,
		Log:             log,
	})
	// Name the operation in the request's log line and metrics, and
	// collect its error codes.
	gql.AroundOperations(recordOperation)
	gql.AroundResponses(recordErrors(cfg.RefusalDelay))

	graphqlHandler := limitBody(cfg.MaxBodyBytes, cfg.RefusalDelay, withTimeout(cfg.RequestTimeout, graphqlOverHTTP(gql)))

	mux := http.NewServeMux()
	// Method patterns make the mux answer 405 with an Allow header for the
	// other methods, as the GraphQL-over-HTTP spec asks.
	mux.Handle("GET /graphql", graphqlHandler)
	mux.Handle("POST /graphql", graphqlHandler)
	mux.Handle("GET /playground", playgroundPage())
	mux.Handle("GET /playground/{$}", http.RedirectHandler("/playground", http.StatusMovedPermanently))
	mux.Handle("GET /playground/assets/{file}", playgroundAssets())
	mux.Handle("GET /healthz", healthz(store, log))
	ex := explorer.Handler()
	mux.Handle("GET /{$}", ex)
	mux.Handle("GET "+explorer.AssetPrefix, ex)
	mux.Handle("GET /export", export.Handler(store, log))
	if cfg.Metrics != nil {
		mux.Handle("GET /metrics", cfg.Metrics.Handler())
	}

	var h http.Handler = mux
	if len(cfg.CORSOrigins) > 0 {
		h = withCORS(cfg.CORSOrigins, h)
	}
	return requestID(logRequests(log, cfg.Metrics, recoverPanics(log, h)))
}

// withCORS answers preflight requests and adds the CORS headers for the
// configured origins. It wraps the whole mux: a preflight is an OPTIONS
// request, which the routes (GET, POST) would refuse with 405.
func withCORS(origins []string, next http.Handler) http.Handler {
	return cors.New(cors.Options{
		AllowedOrigins: origins,
		AllowedMethods: []string{http.MethodGet, http.MethodPost},
		AllowedHeaders: []string{"Content-Type", "Accept", "Authorization", RequestIDHeader},
		ExposedHeaders: []string{RequestIDHeader},
		// The bearer token travels in a header, never in a cookie.
		AllowCredentials: false,
		MaxAge:           600,
	}).Handler(next)
}

// NewHTTPServer wraps h in an http.Server with timeouts that suit it:
// slow clients cannot hold connections open, and a write may take the
// request timeout plus a margin. cmd can use it or build its own.
func NewHTTPServer(addr string, cfg Config, h http.Handler) *http.Server {
	cfg = cfg.withDefaults()
	return &http.Server{
		Addr:              addr,
		Handler:           h,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      cfg.RequestTimeout + 10*time.Second,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
	}
}

// withTimeout bounds the request's context; the store calls behind the
// resolvers take it and give up when it ends.
func withTimeout(d time.Duration, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), d)
		defer cancel()
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

// graphqlOverHTTP adjusts gqlgen's answers to request errors where the
// GraphQL-over-HTTP spec asks for more:
//   - application/json: a document that fails to parse or validate still
//     gets 200 (the errors are in the body; application/json clients cannot
//     tell a GraphQL status from a proxy's). gqlgen answers 422.
//   - application/graphql-response+json: such a response (400) should have
//     no "data" entry at all; gqlgen writes "data": null.
func graphqlOverHTTP(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		sw := &specWriter{ResponseWriter: w}
		next.ServeHTTP(sw, r)
		sw.finish()
	})
}

type specWriter struct {
	http.ResponseWriter
	held *bytes.Buffer // body of a 400 graphql-response, rewritten in finish
}

func (s *specWriter) WriteHeader(code int) {
	ct := s.Header().Get("Content-Type")
	switch {
	case code == http.StatusUnprocessableEntity && strings.HasPrefix(ct, "application/json"):
		code = http.StatusOK
	case code == http.StatusBadRequest && strings.HasPrefix(ct, "application/graphql-response+json"):
		s.held = &bytes.Buffer{}
		return
	}
	s.ResponseWriter.WriteHeader(code)
}

func (s *specWriter) Write(b []byte) (int, error) {
	if s.held != nil {
		return s.held.Write(b)
	}
	return s.ResponseWriter.Write(b)
}

func (s *specWriter) finish() {
	if s.held == nil {
		return
	}
	body := s.held.Bytes()
	var m map[string]json.RawMessage
	if json.Unmarshal(body, &m) == nil && string(m["data"]) == "null" {
		delete(m, "data")
		if b, err := json.Marshal(m); err == nil {
			body = b
		}
	}
	s.ResponseWriter.WriteHeader(http.StatusBadRequest)
	_, _ = s.ResponseWriter.Write(body)
}

func (s *specWriter) Unwrap() http.ResponseWriter { return s.ResponseWriter }
