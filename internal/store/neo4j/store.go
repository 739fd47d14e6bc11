// Package neo4j is the kg.Store on a Neo4j 5 database (Community is
// enough), through the official Go driver.
//
// The graph model (see model.go for the full list) is the one of the design
// notes: Article, Actor (with Person, Country or Organization), Place,
// Meeting, Statement and Role nodes; PARTICIPATED_IN, HELD_IN, MADE, ABOUT,
// HAS_ROLE/OF (and the HOLDS_ROLE shortcut), MENTIONS, REPORTS and IN
// relationships, readable in Neo4j Browser. Each article also keeps its own
// version of every fact it states (a claim, on the MENTIONS or REPORTS
// relationship from the article, see model.go): a fact's
// properties are the join of all claims on it (the same join as the
// embedded store), so replacing an article is "drop its claims, re-join
// what is left", and the result never depends on the order articles came in.
//
// Writes run in managed transactions (retried by the driver, so every write
// is idempotent) as a few UNWIND ... MERGE statements per batch; reads use
// neo4j.ExecuteQuery. Values always travel as parameters.
package neo4j

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/actorgraph/actorgraph/internal/kg"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/config"
)

// Config says where the database is. URI is bolt://host:7687 for one
// server, neo4j://host:7687 for a cluster (routing), with +s / +ssc for TLS
// (Aura: neo4j+s://xxxx.databases.neo4j.io). Database "" is the server's
// default database.
type Config struct {
	URI      string
	User     string
	Password string
	Database string
	// MaxConnections bounds the driver's pool (0: the driver's default).
	MaxConnections int
}

// Store is the Neo4j kg.Store; safe for concurrent use.
type Store struct {
	driver neo4j.DriverWithContext
	db     string
	addr   string // the URI without credentials, for messages
}

var _ kg.Store = (*Store)(nil)

// Open connects, checks the server answers and that the credentials are
// accepted, and creates the constraints and indexes the store needs (when
// missing). A server that cannot be reached or refuses the credentials is
// CodeUnavailable / CodeUnauthenticated with a one-line reason naming the
// address.
func Open(ctx context.Context, cfg Config) (*Store, error) {
	if strings.TrimSpace(cfg.URI) == "" {
		return nil, kg.Errorf(kg.CodeInvalidArgument, "neo4j: a URI is required (bolt://host:7687 or neo4j://host:7687)")
	}
	addr := redact(cfg.URI)
	auth := neo4j.NoAuth()
	if cfg.User != "" || cfg.Password != "" {
		auth = neo4j.BasicAuth(cfg.User, cfg.Password, "")
	}
	drv, err := neo4j.NewDriverWithContext(cfg.URI, auth, func(c *config.Config) {
		if cfg.MaxConnections > 0 {
			c.MaxConnectionPoolSize = cfg.MaxConnections
		}
		// Fail fast when the server is not there rather than hang a CLI.
		c.SocketConnectTimeout = 5 * time.Second
		c.ConnectionAcquisitionTimeout = 30 * time.Second
		c.MaxTransactionRetryTime = 30 * time.Second
	})
	if err != nil {
		return nil, kg.WrapError(kg.CodeInvalidArgument, err, "neo4j %s: invalid address", addr)
	}
	s := &Store{driver: drv, db: cfg.Database, addr: addr}
	if err := s.connect(ctx); err != nil {
		drv.Close(context.Background())
		return nil, err
	}
	if err := s.ensureSchema(ctx); err != nil {
		drv.Close(context.Background())
		return nil, err
	}
	return s, nil
}

// connect verifies connectivity and authentication; the first query also
// proves the database exists.
func (s *Store) connect(ctx context.Context) error {
	cctx, cancel := context.WithTimeout(ctx, 20*time.Second)
	defer cancel()
	if err := s.driver.VerifyConnectivity(cctx); err != nil {
		return s.openError(err)
	}
	if _, err := s.query(cctx, `RETURN 1 AS ok`, nil); err != nil {
		return s.openError(err)
	}
	return nil
}

func (s *Store) openError(err error) error {
	var ne *neo4j.Neo4jError
	var ae *neo4j.InvalidAuthenticationError
	switch {
	case errors.As(err, &ae), errors.As(err, &ne) && strings.HasPrefix(ne.Code, "Neo.ClientError.Security."):
		return kg.WrapError(kg.CodeUnauthenticated, err, "neo4j %s: authentication failed (check NEO4J_USER and NEO4J_PASSWORD)", s.addr)
	case errors.As(err, &ne) && strings.Contains(ne.Code, "DatabaseNotFound"):
		return kg.WrapError(kg.CodeUnavailable, err, "neo4j %s: no database %q", s.addr, s.db)
	}
	return kg.WrapError(kg.CodeUnavailable, err, "neo4j %s: unreachable: %s", s.addr, oneLine(err))
}

// redact drops credentials from a URI for messages.
func redact(uri string) string {
	u, err := url.Parse(uri)
	if err != nil || u.Host == "" {
		return uri
	}
	u.User = nil
	return u.Scheme + "://" + u.Host
}

func oneLine(err error) string {
	s := err.Error()
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i]
	}
	return s
}

// Ping reports whether the database answers a query.
func (s *Store) Ping(ctx context.Context) error {
	if _, err := s.query(ctx, `RETURN 1 AS ok`, nil); err != nil {
		return s.fail(ctx, err, "ping")
	}
	return nil
}

// Close closes the driver and its connections.
func (s *Store) Close() error {
	if err := s.driver.Close(context.Background()); err != nil {
		return kg.WrapError(kg.CodeUnavailable, err, "neo4j %s: close", s.addr)
	}
	return nil
}

// schema is created at Open, idempotently. Community edition features
// only: uniqueness constraints (which bring their index), range indexes,
// one full-text index.
var schema = []string{
	`CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE`,
	`CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (n:Actor) REQUIRE n.id IS UNIQUE`,
	`CREATE CONSTRAINT place_id IF NOT EXISTS FOR (n:Place) REQUIRE n.id IS UNIQUE`,
	`CREATE CONSTRAINT meeting_id IF NOT EXISTS FOR (n:Meeting) REQUIRE n.id IS UNIQUE`,
	`CREATE CONSTRAINT statement_id IF NOT EXISTS FOR (n:Statement) REQUIRE n.id IS UNIQUE`,
	`CREATE CONSTRAINT role_id IF NOT EXISTS FOR (n:Role) REQUIRE n.id IS UNIQUE`,
	`CREATE INDEX meeting_order IF NOT EXISTS FOR (n:Meeting) ON (n.orderKey, n.id)`,
	`CREATE INDEX statement_order IF NOT EXISTS FOR (n:Statement) ON (n.orderKey, n.id)`,
	`CREATE INDEX meeting_date IF NOT EXISTS FOR (n:Meeting) ON (n.date)`,
	`CREATE INDEX statement_date IF NOT EXISTS FOR (n:Statement) ON (n.date)`,
	// searchText holds every name and alias as folded words (see words):
	// the whitespace analyzer keeps exactly those words, so prefix queries
	// built from the same words find every candidate.
	`CREATE FULLTEXT INDEX actor_search IF NOT EXISTS FOR (n:Actor) ON EACH [n.searchText]
	 OPTIONS {indexConfig: {` + "`fulltext.analyzer`" + `: 'whitespace', ` + "`fulltext.eventually_consistent`" + `: false}}`,
}

func (s *Store) ensureSchema(ctx context.Context) error {
	for _, q := range schema {
		if _, err := s.query(ctx, q, nil); err != nil {
			return s.fail(ctx, err, "create schema")
		}
	}
	if _, err := s.query(ctx, `CALL db.awaitIndexes(300)`, nil); err != nil {
		return s.fail(ctx, err, "wait for indexes")
	}
	return nil
}

// query runs one auto-commit read or schema statement.
func (s *Store) query(ctx context.Context, q string, params map[string]any) (*neo4j.EagerResult, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	opts := []neo4j.ExecuteQueryConfigurationOption{}
	if s.db != "" {
		opts = append(opts, neo4j.ExecuteQueryWithDatabase(s.db))
	}
	if !strings.HasPrefix(q, "CREATE") {
		opts = append(opts, neo4j.ExecuteQueryWithReadersRouting())
	}
	return neo4j.ExecuteQuery(ctx, s.driver, q, params, neo4j.EagerResultTransformer, opts...)
}

// queryTimeout is query with a server-side transaction timeout: the server
// cancels the statement when it runs longer.
func (s *Store) queryTimeout(ctx context.Context, timeout time.Duration, q string, params map[string]any) (*neo4j.EagerResult, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	opts := []neo4j.ExecuteQueryConfigurationOption{neo4j.ExecuteQueryWithReadersRouting(),
		neo4j.ExecuteQueryWithTransactionConfig(neo4j.WithTxTimeout(timeout))}
	if s.db != "" {
		opts = append(opts, neo4j.ExecuteQueryWithDatabase(s.db))
	}
	return neo4j.ExecuteQuery(ctx, s.driver, q, params, neo4j.EagerResultTransformer, opts...)
}

// fail maps a driver error: a kg.Error passes through, a cancelled context
// keeps its cause, anything else is UNAVAILABLE naming the operation.
func (s *Store) fail(ctx context.Context, err error, what string) error {
	var ke *kg.Error
	if errors.As(err, &ke) {
		return err
	}
	if ctx.Err() != nil {
		return kg.WrapError(kg.CodeUnavailable, ctx.Err(), "neo4j %s: %s: %v", s.addr, what, ctx.Err())
	}
	var ne *neo4j.Neo4jError
	if errors.As(err, &ne) && strings.HasPrefix(ne.Code, "Neo.ClientError.Security.") {
		return kg.WrapError(kg.CodeUnauthenticated, err, "neo4j %s: %s: not authorised", s.addr, what)
	}
	return kg.WrapError(kg.CodeUnavailable, err, "neo4j %s: %s: %s", s.addr, what, oneLine(err))
}

func errorf(format string, args ...any) error { return fmt.Errorf(format, args...) }
