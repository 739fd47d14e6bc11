package metrics_test

import (
	"context"
	"io"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph/graphtest"
	"github.com/actorgraph/actorgraph/internal/kg"
	"github.com/actorgraph/actorgraph/internal/metrics"
)

// Every kg.Store method is timed, with its outcome.
func TestStoreTimesEveryMethod(t *testing.T) {
	m := metrics.New()
	s := m.Store(graphtest.OpenStore(t))
	ctx := context.Background()
	kov := graphtest.Kov
	calls := map[string]func() error{
		"Upsert":        func() error { _, err := s.Upsert(ctx, graphtest.Facts()[0]); return err },
		"UpsertMany":    func() error { _, err := s.UpsertMany(ctx, graphtest.Facts()); return err },
		"ActorsByID":    func() error { _, err := s.ActorsByID(ctx, []string{kov}); return err },
		"ActorsByName":  func() error { _, err := s.ActorsByName(ctx, "Kov"); return err },
		"Search":        func() error { _, err := s.Search(ctx, kg.SearchQuery{Text: "Kov", First: 5}); return err },
		"PlacesByID":    func() error { _, err := s.PlacesByID(ctx, []string{graphtest.Lyon}); return err },
		"ArticlesByID":  func() error { _, err := s.ArticlesByID(ctx, []string{graphtest.A1}); return err },
		"RolesByPerson": func() error { _, err := s.RolesByPerson(ctx, []string{kov}); return err },
		"Encounters":    func() error { _, err := s.Encounters(ctx, kg.EncounterQuery{ActorID: kov}); return err },
		"Timeline":      func() error { _, err := s.Timeline(ctx, kg.TimelineQuery{First: 5}); return err },
		"Paths": func() error {
			_, err := s.Paths(ctx, kg.PathQuery{FromID: kov, ToID: graphtest.Voss, MaxHops: 3, First: 2})
			return err
		},
		"Neighborhood": func() error {
			_, err := s.Neighborhood(ctx, kg.NeighborhoodQuery{ActorID: kov, Depth: 1, Limit: 5})
			return err
		},
		"Stats":            func() error { _, err := s.Stats(ctx); return err },
		"Meetings":         func() error { _, err := s.Meetings(ctx, kg.MeetingQuery{First: 5}); return err },
		"Statements":       func() error { _, err := s.Statements(ctx, kg.StatementQuery{First: 5}); return err },
		"Articles":         func() error { _, err := s.Articles(ctx, kg.ArticleQuery{First: 5}); return err },
		"MeetingsPerMonth": func() error { _, err := s.MeetingsPerMonth(ctx, kg.MonthlyQuery{}); return err },
		"TopCounterparts": func() error {
			_, err := s.TopCounterparts(ctx, kg.CounterpartQuery{ActorID: kov, First: 3})
			return err
		},
		"Ping": func() error { return s.Ping(ctx) },
	}
	for name, call := range calls {
		if err := call(); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
	}
	// A failing call is counted under its error code.
	if _, err := s.Encounters(ctx, kg.EncounterQuery{ActorID: "person:nobody"}); kg.ErrorCode(err) != kg.CodeNotFound {
		t.Fatalf("Encounters(nobody) = %v", err)
	}
	var b strings.Builder
	for name := range calls {
		b.WriteString(`actorgraph_store_call_duration_seconds_count{method="` + name + `",outcome="OK"} 1` + "\n")
	}
	b.WriteString(`actorgraph_store_call_duration_seconds_count{method="Encounters",outcome="NOT_FOUND"} 1` + "\n")
	w := httptest.NewRecorder()
	m.Handler().ServeHTTP(w, httptest.NewRequest("GET", "/metrics", nil))
	got, err := io.ReadAll(w.Body)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range strings.Split(strings.TrimSpace(b.String()), "\n") {
		if !strings.Contains(string(got), want) {
			t.Errorf("metrics lack %s", want)
		}
	}
	if n := strings.Count(string(got), "actorgraph_store_call_duration_seconds_count{"); n != len(calls)+1 {
		t.Errorf("%d store series, want %d", n, len(calls)+1)
	}
}

// A store's optional bulk name lookups (resolve.BulkNamer,
// resolve.BulkWordSearcher) survive the wrapping, timed.
func TestStoreKeepsBulkNames(t *testing.T) {
	m := metrics.New()
	s := m.Store(graphtest.OpenStore(t))
	bn, ok := s.(interface {
		ActorsByNames(ctx context.Context, names []string) (map[string][]kg.Actor, error)
	})
	if !ok {
		t.Fatal("the wrapped embedded store lost ActorsByNames")
	}
	got, err := bn.ActorsByNames(context.Background(), []string{"Kov", "Nobody"})
	if err != nil || len(got["Kov"]) != 1 {
		t.Fatalf("ActorsByNames = %v, %v", got, err)
	}
	w := httptest.NewRecorder()
	m.Handler().ServeHTTP(w, httptest.NewRequest("GET", "/metrics", nil))
	if !strings.Contains(w.Body.String(), `actorgraph_store_call_duration_seconds_count{method="ActorsByNames",outcome="OK"} 1`) {
		t.Error("ActorsByNames not timed")
	}
	ws, ok := s.(interface {
		ActorsWithNameWords(ctx context.Context, kind kg.ActorKind, words []string) ([]kg.Actor, error)
	})
	if !ok {
		t.Fatal("the wrapped embedded store lost ActorsWithNameWords")
	}
	people, err := ws.ActorsWithNameWords(context.Background(), kg.KindPerson, []string{"Ruiz"})
	if err != nil || len(people) != 2 {
		t.Fatalf("ActorsWithNameWords(Ruiz) = %v, %v; want both Ruizes", people, err)
	}
	w = httptest.NewRecorder()
	m.Handler().ServeHTTP(w, httptest.NewRequest("GET", "/metrics", nil))
	if !strings.Contains(w.Body.String(), `actorgraph_store_call_duration_seconds_count{method="ActorsWithNameWords",outcome="OK"} 1`) {
		t.Error("ActorsWithNameWords not timed")
	}
	if _, ok := m.Store(graphtest.FailingStore{}).(interface {
		ActorsByNames(ctx context.Context, names []string) (map[string][]kg.Actor, error)
	}); ok {
		t.Error("a store without ActorsByNames gained it")
	}
}
