package graph

import (
	"context"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/rs/zerolog"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/actorgraph/actorgraph/graph/model"
	"github.com/actorgraph/actorgraph/internal/kg"
)

// IngestFunc loads articles for the ingest mutation: extraction, identity
// resolution and the store upsert happen behind it (cmd wires it to the
// ingest pipeline), so this package never depends on the extractor. It
// fills report.Results, one per document in order; the mutation counts the
// outcomes. An error fails the whole call (use Results for per-article
// failures).
type IngestFunc func(ctx context.Context, docs []kg.Document) (*model.IngestReport, error)

// HandlerConfig configures the GraphQL handler. Zero values take the defaults
// named on each field.
type HandlerConfig struct {
	Store kg.Store
	// Ingest serves the ingest mutation; nil disables it.
	Ingest IngestFunc
	// IngestToken is the bearer token the ingest mutation requires; empty
	// disables the mutation (UNAVAILABLE).
	IngestToken string
	// Introspection enables __schema/__type queries.
	Introspection bool
	// ComplexityLimit: DefaultComplexityLimit when 0, no limit when < 0.
	ComplexityLimit int
	// MaxQueryDepth: DefaultMaxQueryDepth when 0, no limit when < 0.
	MaxQueryDepth int
	// LoaderWait: DefaultLoaderWait when 0.
	LoaderWait time.Duration
	// MaxExpensive is how many path and neighbourhood queries may run at
	// once (DefaultMaxExpensive when 0); ExpensiveWait how long one waits
	// for a slot before OVERLOADED, ExpensiveTimeout how long one may run
	// (DefaultExpensiveWait, DefaultExpensiveTimeout when 0).
	MaxExpensive     int
	ExpensiveWait    time.Duration
	ExpensiveTimeout time.Duration
	// APQCacheSize is the number of automatic persisted queries kept
	// (least recently used go first): DefaultAPQCacheSize when 0, APQ off
	// when < 0.
	APQCacheSize int
	Log          zerolog.Logger
}

// DefaultAPQCacheSize is the default number of persisted queries kept.
const DefaultAPQCacheSize = 1000

// NewHandler builds the GraphQL endpoint: GET and POST transports (the
// GraphQL-over-HTTP spec: application/graphql-response+json when the client
// accepts it, application/json otherwise), a per-operation dataloader set,
// the error presenter, complexity and depth limits, a parsed-query cache,
// automatic persisted queries, a bound on concurrent path and
// neighbourhood queries and, when enabled, introspection. Body size limits and timeouts are the
// HTTP server's job (internal/server).
func NewHandler(cfg HandlerConfig) *handler.Server {
	r := &Resolver{Store: cfg.Store, Ingest: cfg.Ingest, IngestToken: cfg.IngestToken, Log: cfg.Log,
		gate: newGate(cfg.MaxExpensive, cfg.ExpensiveWait, cfg.ExpensiveTimeout)}
	ecfg := Config{Resolvers: r}
	setComplexity(&ecfg.Complexity)
	srv := handler.New(NewExecutableSchema(ecfg))

	srv.AddTransport(transport.GET{})
	srv.AddTransport(transport.POST{})
	srv.SetQueryCache(lru.New[*ast.QueryDocument](1000))
	srv.SetErrorPresenter(NewErrorPresenter(cfg.Log))
	srv.SetRecoverFunc(NewRecoverFunc(cfg.Log))

	if cfg.Introspection {
		srv.Use(extension.Introspection{})
	}
	// Automatic persisted queries: a client sends the query's SHA-256 and
	// the query only when the server does not know it yet
	// (PERSISTED_QUERY_NOT_FOUND), so dashboards repeating big queries
	// send a few bytes, also over GET (cacheable by proxies).
	switch {
	case cfg.APQCacheSize == 0:
		srv.Use(extension.AutomaticPersistedQuery{Cache: lru.New[string](DefaultAPQCacheSize)})
	case cfg.APQCacheSize > 0:
		srv.Use(extension.AutomaticPersistedQuery{Cache: lru.New[string](cfg.APQCacheSize)})
	}
	// Depth first: it is the cheaper check and the clearer message.
	switch {
	case cfg.MaxQueryDepth == 0:
		srv.Use(DepthLimit{Max: DefaultMaxQueryDepth})
	case cfg.MaxQueryDepth > 0:
		srv.Use(DepthLimit{Max: cfg.MaxQueryDepth})
	}
	switch {
	case cfg.ComplexityLimit == 0:
		srv.Use(extension.FixedComplexityLimit(DefaultComplexityLimit))
	case cfg.ComplexityLimit > 0:
		srv.Use(extension.FixedComplexityLimit(cfg.ComplexityLimit))
	}

	store, wait := cfg.Store, cfg.LoaderWait
	srv.AroundOperations(func(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
		return next(WithLoaders(ctx, NewLoaders(store, wait)))
	})
	return srv
}
