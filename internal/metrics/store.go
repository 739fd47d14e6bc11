package metrics

import (
	"context"
	"time"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// Store returns s with every call timed in store_call_duration_seconds.
// It implements each kg.Store method itself (no embedding), so a method
// added to kg.Store fails to compile here instead of going unmeasured.
// Optional capabilities of s stay visible, so ingest through serve keeps
// the resolver's batch lookups: a store answering many names at once
// (resolve.BulkNamer) is wrapped in a type that does too, and one that
// also finds every person with a surname (resolve.BulkWordSearcher) in a
// type that does both. (A store with only the second is not expected;
// it would be timed without the capability, never wrong.)
func (m *Metrics) Store(s kg.Store) kg.Store {
	t := &timedStore{s: s, m: m}
	bn, names := s.(bulkNamer)
	if !names {
		return t
	}
	b := &timedBulkStore{timedStore: t, bn: bn}
	if ws, ok := s.(wordSearcher); ok {
		return &timedBulkWordStore{timedBulkStore: b, ws: ws}
	}
	return b
}

// bulkNamer is resolve.BulkNamer and wordSearcher resolve.BulkWordSearcher
// (not imported: this package only times).
type bulkNamer interface {
	ActorsByNames(ctx context.Context, names []string) (map[string][]kg.Actor, error)
}

type wordSearcher interface {
	ActorsWithNameWords(ctx context.Context, kind kg.ActorKind, words []string) ([]kg.Actor, error)
}

type timedBulkStore struct {
	*timedStore
	bn bulkNamer
}

func (t *timedBulkStore) ActorsByNames(ctx context.Context, names []string) (r map[string][]kg.Actor, err error) {
	defer func(start time.Time) { t.observe("ActorsByNames", start, err) }(time.Now())
	return t.bn.ActorsByNames(ctx, names)
}

type timedBulkWordStore struct {
	*timedBulkStore
	ws wordSearcher
}

func (t *timedBulkWordStore) ActorsWithNameWords(ctx context.Context, kind kg.ActorKind, words []string) (r []kg.Actor, err error) {
	defer func(start time.Time) { t.observe("ActorsWithNameWords", start, err) }(time.Now())
	return t.ws.ActorsWithNameWords(ctx, kind, words)
}

type timedStore struct {
	s kg.Store
	m *Metrics
}

var _ kg.Store = (*timedStore)(nil)

func (t *timedStore) observe(method string, start time.Time, err error) {
	outcome := "OK"
	if err != nil {
		outcome = string(kg.ErrorCode(err))
	}
	t.m.store.WithLabelValues(method, outcome).Observe(time.Since(start).Seconds())
}

func (t *timedStore) Upsert(ctx context.Context, f *kg.ArticleFacts) (r kg.UpsertResult, err error) {
	defer func(start time.Time) { t.observe("Upsert", start, err) }(time.Now())
	return t.s.Upsert(ctx, f)
}

func (t *timedStore) UpsertMany(ctx context.Context, fs []*kg.ArticleFacts) (r []kg.UpsertResult, err error) {
	defer func(start time.Time) { t.observe("UpsertMany", start, err) }(time.Now())
	return t.s.UpsertMany(ctx, fs)
}

func (t *timedStore) ActorsByID(ctx context.Context, ids []string) (r []*kg.Actor, err error) {
	defer func(start time.Time) { t.observe("ActorsByID", start, err) }(time.Now())
	return t.s.ActorsByID(ctx, ids)
}

func (t *timedStore) ActorsByName(ctx context.Context, name string) (r []kg.Actor, err error) {
	defer func(start time.Time) { t.observe("ActorsByName", start, err) }(time.Now())
	return t.s.ActorsByName(ctx, name)
}

func (t *timedStore) Search(ctx context.Context, q kg.SearchQuery) (r []kg.Actor, err error) {
	defer func(start time.Time) { t.observe("Search", start, err) }(time.Now())
	return t.s.Search(ctx, q)
}

func (t *timedStore) PlacesByID(ctx context.Context, ids []string) (r []*kg.Place, err error) {
	defer func(start time.Time) { t.observe("PlacesByID", start, err) }(time.Now())
	return t.s.PlacesByID(ctx, ids)
}

func (t *timedStore) ArticlesByID(ctx context.Context, ids []string) (r []*kg.Article, err error) {
	defer func(start time.Time) { t.observe("ArticlesByID", start, err) }(time.Now())
	return t.s.ArticlesByID(ctx, ids)
}

func (t *timedStore) RolesByPerson(ctx context.Context, ids []string) (r map[string][]kg.Role, err error) {
	defer func(start time.Time) { t.observe("RolesByPerson", start, err) }(time.Now())
	return t.s.RolesByPerson(ctx, ids)
}

func (t *timedStore) Encounters(ctx context.Context, q kg.EncounterQuery) (r []kg.Encounter, err error) {
	defer func(start time.Time) { t.observe("Encounters", start, err) }(time.Now())
	return t.s.Encounters(ctx, q)
}

func (t *timedStore) Timeline(ctx context.Context, q kg.TimelineQuery) (r kg.EventPage, err error) {
	defer func(start time.Time) { t.observe("Timeline", start, err) }(time.Now())
	return t.s.Timeline(ctx, q)
}

func (t *timedStore) Paths(ctx context.Context, q kg.PathQuery) (r []kg.Path, err error) {
	defer func(start time.Time) { t.observe("Paths", start, err) }(time.Now())
	return t.s.Paths(ctx, q)
}

func (t *timedStore) Neighborhood(ctx context.Context, q kg.NeighborhoodQuery) (r *kg.Subgraph, err error) {
	defer func(start time.Time) { t.observe("Neighborhood", start, err) }(time.Now())
	return t.s.Neighborhood(ctx, q)
}

func (t *timedStore) Stats(ctx context.Context) (r kg.Stats, err error) {
	defer func(start time.Time) { t.observe("Stats", start, err) }(time.Now())
	return t.s.Stats(ctx)
}

func (t *timedStore) Meetings(ctx context.Context, q kg.MeetingQuery) (r kg.MeetingPage, err error) {
	defer func(start time.Time) { t.observe("Meetings", start, err) }(time.Now())
	return t.s.Meetings(ctx, q)
}

func (t *timedStore) Statements(ctx context.Context, q kg.StatementQuery) (r kg.StatementPage, err error) {
	defer func(start time.Time) { t.observe("Statements", start, err) }(time.Now())
	return t.s.Statements(ctx, q)
}

func (t *timedStore) Articles(ctx context.Context, q kg.ArticleQuery) (r kg.ArticlePage, err error) {
	defer func(start time.Time) { t.observe("Articles", start, err) }(time.Now())
	return t.s.Articles(ctx, q)
}

func (t *timedStore) MeetingsPerMonth(ctx context.Context, q kg.MonthlyQuery) (r kg.MonthlyCounts, err error) {
	defer func(start time.Time) { t.observe("MeetingsPerMonth", start, err) }(time.Now())
	return t.s.MeetingsPerMonth(ctx, q)
}

func (t *timedStore) TopCounterparts(ctx context.Context, q kg.CounterpartQuery) (r []kg.CounterpartCount, err error) {
	defer func(start time.Time) { t.observe("TopCounterparts", start, err) }(time.Now())
	return t.s.TopCounterparts(ctx, q)
}

func (t *timedStore) Ping(ctx context.Context) (err error) {
	defer func(start time.Time) { t.observe("Ping", start, err) }(time.Now())
	return t.s.Ping(ctx)
}

func (t *timedStore) Close() error { return t.s.Close() }
