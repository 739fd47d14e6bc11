package embedded

import (
	"context"
	"math/rand"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/actorgraph/actorgraph/internal/kg"
	"github.com/actorgraph/actorgraph/internal/store/storetest"
)

// The whole suite with timelines read from the fact index (the SQL path
// is what the other conformance runs mostly take: their generations are
// too young for a background build).
func TestConformanceFactIndex(t *testing.T) {
	storetest.Run(t, storetest.Harness{
		Open: func(t *testing.T) kg.Store {
			s, err := OpenMemory(context.Background())
			if err != nil {
				t.Fatalf("OpenMemory: %v", err)
			}
			s.timelineIndex = indexAlways
			t.Cleanup(func() { s.Close() })
			return s
		},
		Short: true,
	})
}

// Both paths of timelines and encounters give the same answers on a news-shaped graph, for
// many actor sets, kinds, ranges and cursors.
func TestTimelinePathsAgree(t *testing.T) {
	ctx := context.Background()
	s, err := OpenMemory(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	arts := storetest.Synthetic(300, 7)
	if _, err := s.UpsertMany(ctx, arts); err != nil {
		t.Fatal(err)
	}
	s.noCache = true // compare computations, not the result cache
	r := rand.New(rand.NewSource(1))
	pick := func() string { a := arts[r.Intn(len(arts))]; return a.Actors[r.Intn(len(a.Actors))].ID }
	for i := 0; i < 200; i++ {
		q := kg.EncounterQuery{ActorID: pick()}
		if r.Intn(2) == 0 {
			q.From = kg.DateMonth(2004+r.Intn(2), 1+r.Intn(12))
		}
		if r.Intn(3) == 0 {
			q.Kinds = []kg.MeetingKind{kg.MeetingMeeting, kg.MeetingTalks}
		}
		s.timelineIndex = indexNever
		want, err := s.Encounters(ctx, q)
		if err != nil {
			t.Fatalf("SQL encounters %+v: %v", q, err)
		}
		s.timelineIndex = indexAlways
		got, err := s.Encounters(ctx, q)
		if err != nil {
			t.Fatalf("index encounters %+v: %v", q, err)
		}
		if d := cmp.Diff(want, got, cmpopts.EquateEmpty()); d != "" {
			t.Fatalf("encounters %+v: paths differ (-SQL +index):\n%s", q, d)
		}
	}
	for i := 0; i < 200; i++ {
		q := kg.TimelineQuery{First: 1 + r.Intn(30)}
		for n := r.Intn(3); n > 0; n-- {
			q.ActorIDs = append(q.ActorIDs, pick())
		}
		switch r.Intn(3) {
		case 1:
			q.Kinds = []kg.EventKind{kg.EventMeeting}
		case 2:
			q.Kinds = []kg.EventKind{kg.EventStatement}
		}
		if r.Intn(2) == 0 {
			q.From = kg.DateMonth(2004+r.Intn(2), 1+r.Intn(12))
		}
		if r.Intn(3) == 0 {
			q.To = kg.DateYear(2005)
		}
		if q.From.Year > 2005 || (!q.To.IsZero() && q.From.Start().After(q.To.End())) {
			q.To = kg.PartialDate{}
		}
		s.timelineIndex = indexNever
		want, err := s.Timeline(ctx, q)
		if err != nil {
			t.Fatalf("SQL timeline %+v: %v", q, err)
		}
		s.timelineIndex = indexAlways
		got, err := s.Timeline(ctx, q)
		if err != nil {
			t.Fatalf("index timeline %+v: %v", q, err)
		}
		if d := cmp.Diff(want, got, cmpopts.EquateEmpty()); d != "" {
			t.Fatalf("timeline %+v: paths differ (-SQL +index):\n%s", q, d)
		}
		if want.HasNextPage && r.Intn(2) == 0 {
			q.After = want.EndCursor
			s.timelineIndex = indexNever
			want, _ = s.Timeline(ctx, q)
			s.timelineIndex = indexAlways
			got, _ = s.Timeline(ctx, q)
			if d := cmp.Diff(want, got, cmpopts.EquateEmpty()); d != "" {
				t.Fatalf("timeline page 2 %+v: paths differ (-SQL +index):\n%s", q, d)
			}
		}
	}
}

// In auto mode a timeline on a stale index reads SQL and starts a build;
// once built, timelines use it; a write makes it stale again.
func TestTimelineIndexBuildsInBackground(t *testing.T) {
	ctx := context.Background()
	s, err := OpenMemory(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.UpsertMany(ctx, storetest.Fixtures()); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Timeline(ctx, kg.TimelineQuery{First: 5}); err != nil {
		t.Fatal(err)
	}
	gen := func() int64 {
		var g int64
		_ = s.readTx(ctx, "gen", func(q querier) error { var err error; g, err = generation(ctx, q); return err })
		return g
	}
	deadline := time.Now().Add(time.Minute)
	for fi := s.factPub.Load(); fi == nil || fi.gen != gen(); fi = s.factPub.Load() {
		if time.Now().After(deadline) {
			t.Fatal("the fact index was never built in the background")
		}
		time.Sleep(10 * time.Millisecond)
	}
	if _, err := s.Upsert(ctx, storetest.A2b()); err != nil {
		t.Fatal(err)
	}
	if fi := s.factPub.Load(); fi.gen == gen() {
		t.Error("the index is still current after a write")
	}
}

// A write through another handle on the same directory (another process,
// as far as this store knows) is seen by the next read: the WAL probe
// never serves a generation that has moved on.
func TestFastPathSeesOtherWriters(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	reader, err := Open(ctx, dir)
	if err != nil {
		t.Fatal(err)
	}
	defer reader.Close()
	writer, err := Open(ctx, dir)
	if err != nil {
		t.Fatal(err)
	}
	defer writer.Close()
	writer.timelineIndex = indexNever // the reference: SQL in a snapshot
	arts := storetest.Synthetic(40, 3)
	for i, a := range arts {
		if _, err := writer.Upsert(ctx, a); err != nil {
			t.Fatal(err)
		}
		for round := 0; round < 2; round++ { // the second round is served from memory
			st, err := reader.Stats(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if st.Articles != i+1 {
				t.Fatalf("after %d writes the reader sees %d articles", i+1, st.Articles)
			}
			ids := []string{a.Actors[0].ID}
			as, err := reader.ActorsByID(ctx, ids)
			if err != nil || as[0] == nil {
				t.Fatalf("ActorsByID(%v) = %v, %v", ids, as, err)
			}
			page, err := reader.Timeline(ctx, kg.TimelineQuery{First: 1000})
			if err != nil {
				t.Fatal(err)
			}
			want, err := writer.Timeline(ctx, kg.TimelineQuery{First: 1000})
			if err != nil {
				t.Fatal(err)
			}
			if d := cmp.Diff(want, page, cmpopts.EquateEmpty()); d != "" {
				t.Fatalf("after %d writes the reader's timeline differs (-writer +reader):\n%s", i+1, d)
			}
		}
	}
	reader.probe.mu.Lock()
	ok := reader.probe.ok
	reader.probe.mu.Unlock()
	if !ok {
		t.Error("the WAL probe was never usable: every lookup paid for a statement")
	}
}
