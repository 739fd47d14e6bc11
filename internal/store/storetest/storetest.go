// Package storetest is the conformance suite every kg.Store backend runs:
// the precise statement of the kg.Store contract. A backend's test calls
// Run with a Harness that opens fresh stores and declares what the backend
// can do; subtests a backend cannot support are skipped with the reason,
// never forked.
//
// Decisions the kg.Store docs leave open are written down here, next to the
// test that pins them (search for "Decision:").
package storetest

import (
	"context"
	"errors"
	"sort"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/internal/kg"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// Harness tells the suite how to get stores of one backend.
type Harness struct {
	// Open returns a fresh, empty store; the harness closes it (t.Cleanup).
	Open func(t *testing.T) kg.Store
	// Reopen closes s and opens the same data again. Nil: the backend does
	// not persist (the persistence subtest is skipped).
	Reopen func(t *testing.T, s kg.Store) kg.Store
	// NoConcurrentReads skips the readers-during-a-write subtest, with
	// this text as the reason. Empty: the backend must pass it.
	NoConcurrentReads string
	// Short trims the load of the concurrency subtest (e.g. for -short).
	Short bool
}

// Run runs the whole suite.
func Run(t *testing.T, h Harness) {
	if h.Open == nil {
		t.Fatal("storetest: Harness.Open is required")
	}
	tests := []struct {
		name string
		fn   func(t *testing.T, h Harness)
	}{
		{"Empty", testEmpty},
		{"UpsertResults", testUpsertResults},
		{"Idempotent", testIdempotent},
		{"OrderIndependent", testOrderIndependent},
		{"Replace", testReplace},
		{"ReplaceRemovesActors", testReplaceRemovesActors},
		{"BatchDuplicates", testBatchDuplicates},
		{"Validation", testValidation},
		{"AllOrNone", testAllOrNone},
		{"Stats", testStats},
		{"ActorsByID", testActorsByID},
		{"ActorsByName", testActorsByName},
		{"ActorsByNames", testActorsByNames},
		{"ActorsWithNameWords", testActorsWithNameWords},
		{"ResolveActor", testResolveActor},
		{"BatchLookups", testBatchLookups},
		{"Roles", testRoles},
		{"Search", testSearch},
		{"Encounters", testEncounters},
		{"Timeline", testTimeline},
		{"TimelinePaging", testTimelinePaging},
		{"TimelineCursorStable", testTimelineCursorStable},
		{"Paths", testPaths},
		{"Neighborhood", testNeighborhood},
		{"SearchFuzzy", testSearchFuzzy},
		{"Meetings", testMeetings},
		{"Statements", testStatements},
		{"Articles", testArticles},
		{"MeetingsPerMonth", testMeetingsPerMonth},
		{"TopCounterparts", testTopCounterparts},
		{"ConnectionErrors", testConnectionErrors},
		{"NotFound", testNotFound},
		{"InvalidArguments", testInvalidArguments},
		{"Cancelled", testCancelled},
		{"AnswersAreCopies", testAnswersAreCopies},
		{"ConcurrentReaders", testConcurrentReaders},
		{"Persistence", testPersistence},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { tc.fn(t, h) })
	}
}

func ctxT(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	t.Cleanup(cancel)
	return ctx
}

// loaded opens a store and loads the fixtures one by one.
func loaded(t *testing.T, h Harness, facts ...*kg.ArticleFacts) kg.Store {
	t.Helper()
	if facts == nil {
		facts = Fixtures()
	}
	s := h.Open(t)
	for _, f := range facts {
		if _, err := s.Upsert(ctxT(t), f); err != nil {
			t.Fatalf("Upsert %s: %v", f.Article.ID, err)
		}
	}
	return s
}

// cmpOpts: nil and empty slices and maps are the same answer.
var cmpOpts = []cmp.Option{cmpopts.EquateEmpty()}

func diff(t *testing.T, what string, want, got any) {
	t.Helper()
	if d := cmp.Diff(want, got, cmpOpts...); d != "" {
		t.Errorf("%s mismatch (-want +got):\n%s", what, d)
	}
}

func wantCode(t *testing.T, what string, err error, code kg.Code) {
	t.Helper()
	if err == nil {
		t.Errorf("%s: got no error, want %s", what, code)
		return
	}
	if got := kg.ErrorCode(err); got != code {
		t.Errorf("%s: got code %s (%v), want %s", what, got, err, code)
	}
}

func must[T any](t *testing.T, what string) func(T, error) T {
	return func(v T, err error) T {
		t.Helper()
		if err != nil {
			t.Fatalf("%s: %v", what, err)
		}
		return v
	}
}

// snapshot is everything the queries say about a store, for comparing two
// stores (or one store before and after something that must change nothing).
type snapshot struct {
	Stats         kg.Stats
	Actors        []*kg.Actor
	Places        []*kg.Place
	Articles      []*kg.Article
	Roles         map[string][]kg.Role
	Encounters    map[string][]kg.Encounter
	Timeline      []kg.Event
	TimelineTotal int
	Neighborhoods map[string]*kg.Subgraph
	Paths         map[string][]kg.Path
	Search        map[string][]kg.Actor
	ByName        map[string][]kg.Actor
}

func takeSnapshot(t *testing.T, s kg.Store) snapshot {
	t.Helper()
	ctx := ctxT(t)
	var sn snapshot
	var err error
	if sn.Stats, err = s.Stats(ctx); err != nil {
		t.Fatalf("Stats: %v", err)
	}
	if sn.Actors, err = s.ActorsByID(ctx, allActors); err != nil {
		t.Fatalf("ActorsByID: %v", err)
	}
	if sn.Places, err = s.PlacesByID(ctx, []string{Oslo}); err != nil {
		t.Fatalf("PlacesByID: %v", err)
	}
	if sn.Articles, err = s.ArticlesByID(ctx, []string{"a1", "a2", "a3", "a4", "a5"}); err != nil {
		t.Fatalf("ArticlesByID: %v", err)
	}
	if sn.Roles, err = s.RolesByPerson(ctx, allActors); err != nil {
		t.Fatalf("RolesByPerson: %v", err)
	}
	sn.Encounters = map[string][]kg.Encounter{}
	sn.Neighborhoods = map[string]*kg.Subgraph{}
	sn.Paths = map[string][]kg.Path{}
	sn.Search = map[string][]kg.Actor{}
	sn.ByName = map[string][]kg.Actor{}
	for i, a := range sn.Actors {
		if a == nil {
			continue
		}
		id := allActors[i]
		if sn.Encounters[id], err = s.Encounters(ctx, kg.EncounterQuery{ActorID: id}); err != nil {
			t.Fatalf("Encounters %s: %v", id, err)
		}
		g, err := s.Neighborhood(ctx, kg.NeighborhoodQuery{ActorID: id, Depth: 3, Limit: 100})
		if err != nil {
			t.Fatalf("Neighborhood %s: %v", id, err)
		}
		sn.Neighborhoods[id] = normSubgraph(g)
		for j, b := range sn.Actors {
			if b == nil || j == i {
				continue
			}
			ps, err := s.Paths(ctx, kg.PathQuery{FromID: id, ToID: allActors[j], MaxHops: 4, First: 10})
			if err != nil {
				t.Fatalf("Paths %s %s: %v", id, allActors[j], err)
			}
			if len(ps) > 0 {
				sn.Paths[id+" "+allActors[j]] = ps
			}
		}
	}
	page, err := s.Timeline(ctx, kg.TimelineQuery{First: 1000})
	if err != nil {
		t.Fatalf("Timeline: %v", err)
	}
	sn.Timeline, sn.TimelineTotal = page.Events, page.TotalCount
	for _, q := range []string{"berg", "dahl", "nor", "carl", "lind", "stockholm"} {
		if sn.Search[q], err = s.Search(ctx, kg.SearchQuery{Text: q, First: 20}); err != nil {
			t.Fatalf("Search %q: %v", q, err)
		}
		if sn.ByName[q], err = s.ActorsByName(ctx, q); err != nil {
			t.Fatalf("ActorsByName %q: %v", q, err)
		}
	}
	return sn
}

// normSubgraph puts nodes of one depth and edges in id order: the suite
// pins which nodes and edges a subgraph has, not the order within a depth.
// MET edges are undirected, so their ends are put in id order; edge ids
// are opaque and not compared.
func normSubgraph(g *kg.Subgraph) *kg.Subgraph {
	if g == nil {
		return nil
	}
	out := &kg.Subgraph{Truncated: g.Truncated}
	out.Nodes = append(out.Nodes, g.Nodes...)
	sort.SliceStable(out.Nodes, func(i, j int) bool {
		if out.Nodes[i].Depth != out.Nodes[j].Depth {
			return out.Nodes[i].Depth < out.Nodes[j].Depth
		}
		return out.Nodes[i].ID < out.Nodes[j].ID
	})
	for _, e := range g.Edges {
		e.ID = ""
		if e.Kind == kg.EdgeMet && e.Source > e.Target {
			e.Source, e.Target = e.Target, e.Source
		}
		e.LinkIDs = append([]string(nil), e.LinkIDs...)
		sort.Strings(e.LinkIDs)
		out.Edges = append(out.Edges, e)
	}
	sort.Slice(out.Edges, func(i, j int) bool {
		a, b := out.Edges[i], out.Edges[j]
		if a.Source != b.Source {
			return a.Source < b.Source
		}
		if a.Target != b.Target {
			return a.Target < b.Target
		}
		return a.Kind < b.Kind
	})
	return out
}

func isCancel(err error) bool {
	return errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded)
}
