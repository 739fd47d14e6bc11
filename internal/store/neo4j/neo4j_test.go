package neo4j

import (
	"context"
	"encoding/json"
	"os"
	"sync"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/internal/kg"
	"github.com/actorgraph/actorgraph/internal/resolve"
	"github.com/actorgraph/actorgraph/internal/store/storetest"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// testConfig reads the server to test against from NEO4J_URI, NEO4J_USER
// and NEO4J_PASSWORD (.ci/neo4j/start prints them); without NEO4J_URI the
// tests that need a server skip.
func testConfig(t testing.TB) Config {
	uri := os.Getenv("NEO4J_URI")
	if uri == "" {
		t.Skip("NEO4J_URI is not set: no Neo4j to test against (start one with .ci/neo4j/start DIR PORT and export what it prints)")
	}
	return Config{URI: uri, User: os.Getenv("NEO4J_USER"), Password: os.Getenv("NEO4J_PASSWORD"), Database: os.Getenv("NEO4J_DATABASE")}
}

// openEmpty opens the test server's store, emptied, and closes it when
// the test ends.
func openEmpty(tb testing.TB) *Store {
	ctx := context.Background()
	s, err := Open(ctx, testConfig(tb))
	if err != nil {
		tb.Fatalf("Open: %v", err)
	}
	tb.Cleanup(func() { s.Close() })
	if err := wipe(ctx, s); err != nil {
		tb.Fatalf("wipe: %v", err)
	}
	return s
}

// wipe empties the database (the test server is ours alone), in batches:
// CALL ... IN TRANSACTIONS needs an auto-commit transaction, so this is a
// plain session.Run, not a managed (retried) one.
func wipe(ctx context.Context, s *Store) error {
	sess := s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.db})
	defer sess.Close(ctx)
	res, err := sess.Run(ctx, `MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS`, nil)
	if err != nil {
		return err
	}
	_, err = res.Consume(ctx)
	return err
}

// The suite opens several stores at once and expects each to hold its own
// graph, but Neo4j Community serves one user database. So each store the
// suite opens is a handle (shared) on the one database, and the harness
// makes the database hold that handle's graph whenever the handle is used:
// when another handle was used last, it wipes the database and replays
// the handle's successful writes, in order, through the real store. Every
// answer the suite checks still comes from Neo4j through the real Store.
type shared struct {
	mu     sync.Mutex
	real   *Store
	active *handle
}

type handle struct {
	sh  *shared
	log [][]byte // JSON of each successful UpsertMany batch, in order
}

func (h *handle) use(ctx context.Context) (*Store, error) {
	h.sh.mu.Lock()
	defer h.sh.mu.Unlock()
	if h.sh.active == h {
		return h.sh.real, nil
	}
	if err := wipe(ctx, h.sh.real); err != nil {
		return nil, err
	}
	for _, b := range h.log {
		var batch []*kg.ArticleFacts
		if err := json.Unmarshal(b, &batch); err != nil {
			return nil, err
		}
		if _, err := h.sh.real.UpsertMany(ctx, batch); err != nil {
			return nil, err
		}
	}
	h.sh.active = h
	return h.sh.real, nil
}

func (h *handle) Upsert(ctx context.Context, f *kg.ArticleFacts) (kg.UpsertResult, error) {
	rs, err := h.UpsertMany(ctx, []*kg.ArticleFacts{f})
	if err != nil {
		return "", err
	}
	return rs[0], nil
}

func (h *handle) UpsertMany(ctx context.Context, fs []*kg.ArticleFacts) ([]kg.UpsertResult, error) {
	s, err := h.use(ctx)
	if err != nil {
		return nil, err
	}
	b, jerr := json.Marshal(fs)
	rs, err := s.UpsertMany(ctx, fs)
	if err == nil && jerr == nil && len(fs) > 0 {
		h.sh.mu.Lock()
		h.log = append(h.log, b)
		h.sh.mu.Unlock()
	}
	return rs, err
}

func (h *handle) ActorsByID(ctx context.Context, ids []string) ([]*kg.Actor, error) {
	s, err := h.use(ctx)
	if err != nil {
		return nil, err
	}
	return s.ActorsByID(ctx, ids)
}

func (h *handle) ActorsByName(ctx context.Context, name string) ([]kg.Actor, error) {
	s, err := h.use(ctx)
	if err != nil {
		return nil, err
	}
	return s.ActorsByName(ctx, name)
}

// The resolver's bulk lookups (resolve.BulkNamer, BulkWordSearcher).
func (h *handle) ActorsByNames(ctx context.Context, names []string) (map[string][]kg.Actor, error) {
	s, err := h.use(ctx)
	if err != nil {
		return nil, err
	}
	return s.ActorsByNames(ctx, names)
}

func (h *handle) ActorsWithNameWords(ctx context.Context, kind kg.ActorKind, words []string) ([]kg.Actor, error) {
	s, err := h.use(ctx)
	if err != nil {
		return nil, err
	}
	return s.ActorsWithNameWords(ctx, kind, words)
}

func (h *handle) Search(ctx context.Context, q kg.SearchQuery) ([]kg.Actor, error) {
	s, err := h.use(ctx)
	if err != nil {
		return nil, err
	}
	return s.Search(ctx, q)
}

func (h *handle) PlacesByID(ctx context.Context, ids []string) ([]*kg.Place, error) {
	s, err := h.use(ctx)
	if err != nil {
		return nil, err
	}
	return s.PlacesByID(ctx, ids)
}

func (h *handle) ArticlesByID(ctx context.Context, ids []string) ([]*kg.Article, error) {
	s, err := h.use(ctx)
	if err != nil {
		return nil, err
	}
	return s.ArticlesByID(ctx, ids)
}

func (h *handle) RolesByPerson(ctx context.Context, ids []string) (map[string][]kg.Role, error) {
	s, err := h.use(ctx)
	if err != nil {
		return nil, err
	}
	return s.RolesByPerson(ctx, ids)
}

func (h *handle) Encounters(ctx context.Context, q kg.EncounterQuery) ([]kg.Encounter, error) {
	s, err := h.use(ctx)
	if err != nil {
		return nil, err
	}
	return s.Encounters(ctx, q)
}

func (h *handle) Timeline(ctx context.Context, q kg.TimelineQuery) (kg.EventPage, error) {
	s, err := h.use(ctx)
	if err != nil {
		return kg.EventPage{}, err
	}
	return s.Timeline(ctx, q)
}

func (h *handle) Paths(ctx context.Context, q kg.PathQuery) ([]kg.Path, error) {
	s, err := h.use(ctx)
	if err != nil {
		return nil, err
	}
	return s.Paths(ctx, q)
}

func (h *handle) Neighborhood(ctx context.Context, q kg.NeighborhoodQuery) (*kg.Subgraph, error) {
	s, err := h.use(ctx)
	if err != nil {
		return nil, err
	}
	return s.Neighborhood(ctx, q)
}

func (h *handle) Stats(ctx context.Context) (kg.Stats, error) {
	s, err := h.use(ctx)
	if err != nil {
		return kg.Stats{}, err
	}
	return s.Stats(ctx)
}

func (h *handle) Ping(ctx context.Context) error {
	s, err := h.use(ctx)
	if err != nil {
		return err
	}
	return s.Ping(ctx)
}

func (h *handle) Meetings(ctx context.Context, q kg.MeetingQuery) (kg.MeetingPage, error) {
	s, err := h.use(ctx)
	if err != nil {
		return kg.MeetingPage{}, err
	}
	return s.Meetings(ctx, q)
}

func (h *handle) Statements(ctx context.Context, q kg.StatementQuery) (kg.StatementPage, error) {
	s, err := h.use(ctx)
	if err != nil {
		return kg.StatementPage{}, err
	}
	return s.Statements(ctx, q)
}

func (h *handle) Articles(ctx context.Context, q kg.ArticleQuery) (kg.ArticlePage, error) {
	s, err := h.use(ctx)
	if err != nil {
		return kg.ArticlePage{}, err
	}
	return s.Articles(ctx, q)
}

func (h *handle) MeetingsPerMonth(ctx context.Context, q kg.MonthlyQuery) (kg.MonthlyCounts, error) {
	s, err := h.use(ctx)
	if err != nil {
		return kg.MonthlyCounts{}, err
	}
	return s.MeetingsPerMonth(ctx, q)
}

func (h *handle) TopCounterparts(ctx context.Context, q kg.CounterpartQuery) ([]kg.CounterpartCount, error) {
	s, err := h.use(ctx)
	if err != nil {
		return nil, err
	}
	return s.TopCounterparts(ctx, q)
}

func (h *handle) Close() error { return nil }

func TestConformance(t *testing.T) {
	cfg := testConfig(t)
	ctx := context.Background()
	s, err := Open(ctx, cfg)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	sh := &shared{real: s}
	storetest.Run(t, storetest.Harness{
		Open: func(t *testing.T) kg.Store {
			h := &handle{sh: sh}
			if _, err := h.use(ctx); err != nil { // a fresh, empty database
				t.Fatalf("prepare the database: %v", err)
			}
			return h
		},
		// Reopen closes the real store and opens a new one on the same
		// database: the data must have persisted in Neo4j.
		Reopen: func(t *testing.T, old kg.Store) kg.Store {
			h := old.(*handle)
			if _, err := h.use(ctx); err != nil {
				t.Fatalf("reopen: %v", err)
			}
			sh.mu.Lock()
			defer sh.mu.Unlock()
			if err := sh.real.Close(); err != nil {
				t.Fatalf("Close: %v", err)
			}
			ns, err := Open(ctx, cfg)
			if err != nil {
				t.Fatalf("reopen: %v", err)
			}
			t.Cleanup(func() { ns.Close() })
			sh.real = ns
			return h
		},
		// Neo4j reads at read-committed isolation: one read statement may
		// see part of a transaction that commits while it runs, so a
		// reader can see part of a batch (the subtest fails on exactly
		// that). There is no snapshot read in Cypher to ask for.
		NoConcurrentReads: "Neo4j reads are read-committed: a statement running while a batch commits can see part of it",
		Short:             testing.Short(),
	})
}

// Open fails with one clear line: unreachable servers and refused
// credentials are told apart.
func TestOpenErrors(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	t.Run("unreachable", func(t *testing.T) {
		// A port nothing listens on (the discard port on loopback).
		_, err := Open(ctx, Config{URI: "bolt://127.0.0.1:9", User: "neo4j", Password: "whatever1"})
		if kg.ErrorCode(err) != kg.CodeUnavailable {
			t.Fatalf("Open(unreachable) = %v (code %s), want UNAVAILABLE", err, kg.ErrorCode(err))
		}
		msg := kg.ErrorMessage(err)
		if want := "neo4j bolt://127.0.0.1:9: unreachable"; len(msg) < len(want) || msg[:len(want)] != want {
			t.Errorf("message %q does not start with %q", msg, want)
		}
		for _, r := range err.Error() {
			if r == '\n' {
				t.Errorf("error is not one line: %q", err)
				break
			}
		}
	})
	t.Run("no URI", func(t *testing.T) {
		_, err := Open(ctx, Config{})
		if kg.ErrorCode(err) != kg.CodeInvalidArgument {
			t.Errorf("Open(no URI) = %v, want INVALID_ARGUMENT", err)
		}
	})
	t.Run("bad password", func(t *testing.T) {
		cfg := testConfig(t)
		cfg.Password += "-wrong"
		_, err := Open(ctx, cfg)
		if kg.ErrorCode(err) != kg.CodeUnauthenticated {
			t.Fatalf("Open(bad password) = %v (code %s), want UNAUTHENTICATED", err, kg.ErrorCode(err))
		}
		if msg := kg.ErrorMessage(err); msg != "neo4j "+redact(cfg.URI)+": authentication failed (check NEO4J_USER and NEO4J_PASSWORD)" {
			t.Errorf("message %q", msg)
		}
	})
}

var _ kg.Store = (*handle)(nil)

// The resolver finds the bulk lookups by these interfaces.
var (
	_ resolve.BulkNamer        = (*Store)(nil)
	_ resolve.BulkWordSearcher = (*Store)(nil)
)
