package storetest

import (
	"context"
	"fmt"
	"sync"
	"testing"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// Unknown actor ids are NOT_FOUND (after the arguments are checked).
func testNotFound(t *testing.T, h Harness) {
	s := loaded(t, h)
	ctx := ctxT(t)
	nobody := kg.PersonID("Nobody Here")
	_, err := s.Encounters(ctx, kg.EncounterQuery{ActorID: nobody})
	wantCode(t, "Encounters(unknown)", err, kg.CodeNotFound)
	_, err = s.Timeline(ctx, kg.TimelineQuery{ActorIDs: []string{Anna, nobody}, First: 10})
	wantCode(t, "Timeline(unknown actor)", err, kg.CodeNotFound)
	_, err = s.Paths(ctx, kg.PathQuery{FromID: nobody, ToID: Anna, MaxHops: 3, First: 5})
	wantCode(t, "Paths(unknown from)", err, kg.CodeNotFound)
	_, err = s.Paths(ctx, kg.PathQuery{FromID: Anna, ToID: nobody, MaxHops: 3, First: 5})
	wantCode(t, "Paths(unknown to)", err, kg.CodeNotFound)
	_, err = s.Neighborhood(ctx, kg.NeighborhoodQuery{ActorID: nobody, Depth: 1, Limit: 5})
	wantCode(t, "Neighborhood(unknown)", err, kg.CodeNotFound)
	// A place id is not an actor.
	_, err = s.Encounters(ctx, kg.EncounterQuery{ActorID: Oslo})
	wantCode(t, "Encounters(place)", err, kg.CodeNotFound)
}

// Decision: the store applies no defaults; zero or negative sizes, bad
// kinds, invalid dates, a range that ends before it starts and malformed
// cursors are INVALID_ARGUMENT (callers such as the API fill defaults).
// Upper bounds are a backend's own and not pinned here.
func testInvalidArguments(t *testing.T, h Harness) {
	s := loaded(t, h)
	ctx := ctxT(t)
	late, early := kg.DateDay(2024, 5, 2), kg.DateMonth(2024, 4)
	for name, q := range map[string]kg.TimelineQuery{
		"first 0":              {First: 0},
		"first -1":             {First: -1},
		"cursor not base64":    {First: 5, After: "!!not a cursor!!"},
		"cursor without a key": {First: 5, After: "bm9waXBl"}, // "nopipe"
		"from after to":        {First: 5, From: late, To: early},
		"invalid from":         {First: 5, From: kg.PartialDate{Year: 2024, Month: 13}},
		"unknown kind":         {First: 5, Kinds: []kg.EventKind{"ROLE"}},
	} {
		_, err := s.Timeline(ctx, q)
		wantCode(t, "Timeline "+name, err, kg.CodeInvalidArgument)
	}
	for name, q := range map[string]kg.SearchQuery{
		"first 0":      {Text: "berg"},
		"first -3":     {Text: "berg", First: -3},
		"unknown kind": {Text: "berg", First: 5, Kinds: []kg.ActorKind{"PLANET"}},
	} {
		_, err := s.Search(ctx, q)
		wantCode(t, "Search "+name, err, kg.CodeInvalidArgument)
	}
	for name, q := range map[string]kg.EncounterQuery{
		"no actor":      {},
		"from after to": {ActorID: Anna, From: late, To: early},
		"invalid to":    {ActorID: Anna, To: kg.PartialDate{Year: 2023, Month: 2, Day: 29}},
		"unknown kind":  {ActorID: Anna, Kinds: []kg.MeetingKind{"PARTY"}},
	} {
		_, err := s.Encounters(ctx, q)
		wantCode(t, "Encounters "+name, err, kg.CodeInvalidArgument)
	}
	for name, q := range map[string]kg.PathQuery{
		"maxHops 0":    {FromID: Anna, ToID: Carl, MaxHops: 0, First: 5},
		"maxHops -1":   {FromID: Anna, ToID: Carl, MaxHops: -1, First: 5},
		"first 0":      {FromID: Anna, ToID: Carl, MaxHops: 3},
		"no from":      {ToID: Carl, MaxHops: 3, First: 5},
		"same actor":   {FromID: Anna, ToID: Anna, MaxHops: 3, First: 5},
		"unknown, bad": {FromID: "person:nobody", ToID: Carl, MaxHops: 0, First: 5}, // arguments first
	} {
		_, err := s.Paths(ctx, q)
		wantCode(t, "Paths "+name, err, kg.CodeInvalidArgument)
	}
	for name, q := range map[string]kg.NeighborhoodQuery{
		"depth 0":  {ActorID: Anna, Depth: 0, Limit: 5},
		"depth -2": {ActorID: Anna, Depth: -2, Limit: 5},
		"limit 0":  {ActorID: Anna, Depth: 1},
		"no actor": {Depth: 1, Limit: 5},
	} {
		_, err := s.Neighborhood(ctx, q)
		wantCode(t, "Neighborhood "+name, err, kg.CodeInvalidArgument)
	}
}

// A cancelled context fails every call, and a cancelled write writes
// nothing.
func testCancelled(t *testing.T, h Harness) {
	s := loaded(t, h, A1())
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	calls := map[string]func() error{
		"Upsert":       func() error { _, err := s.Upsert(ctx, A2()); return err },
		"UpsertMany":   func() error { _, err := s.UpsertMany(ctx, []*kg.ArticleFacts{A3()}); return err },
		"ActorsByID":   func() error { _, err := s.ActorsByID(ctx, []string{Anna}); return err },
		"ActorsByName": func() error { _, err := s.ActorsByName(ctx, "Berg"); return err },
		"Search":       func() error { _, err := s.Search(ctx, kg.SearchQuery{Text: "berg", First: 5}); return err },
		"Encounters":   func() error { _, err := s.Encounters(ctx, kg.EncounterQuery{ActorID: Anna}); return err },
		"Timeline":     func() error { _, err := s.Timeline(ctx, kg.TimelineQuery{First: 5}); return err },
		"Paths": func() error {
			_, err := s.Paths(ctx, kg.PathQuery{FromID: Anna, ToID: Carl, MaxHops: 2, First: 5})
			return err
		},
		"Neighborhood": func() error {
			_, err := s.Neighborhood(ctx, kg.NeighborhoodQuery{ActorID: Anna, Depth: 1, Limit: 5})
			return err
		},
		"Stats": func() error { _, err := s.Stats(ctx); return err },
	}
	for name, call := range calls {
		if err := call(); err == nil {
			t.Errorf("%s with a cancelled context: no error", name)
		}
	}
	st := must[kg.Stats](t, "Stats")(s.Stats(ctxT(t)))
	if st.Articles != 1 {
		t.Errorf("after cancelled writes Stats.Articles = %d, want 1", st.Articles)
	}
}

// synthetic returns article i of a stream in which every article adds
// exactly one occurred meeting and one statement, so that a consistent
// snapshot always has Meetings == Statements == Articles.
func synthetic(i int) *kg.ArticleFacts {
	id := fmt.Sprintf("syn-%04d", i)
	a := person(fmt.Sprintf("Person %d", i%7))
	b := person(fmt.Sprintf("Person %d", (i+3)%7+7))
	date := kg.DateOf(kg.DateDay(2001, 1, 1).Start().AddDate(0, 0, i))
	text := fmt.Sprintf("%s said thing number %d.", a.Name, i)
	return &kg.ArticleFacts{
		Article:  kg.Article{ID: id, ContentHash: "h-" + id, Published: date},
		Actors:   []kg.Actor{a, b},
		Mentions: []kg.Mention{{ActorID: a.ID, Count: 2}, {ActorID: b.ID, Count: 1}},
		Meetings: []kg.Meeting{{ID: kg.MeetingID(kg.StatusOccurred, date, []string{a.ID, b.ID}, id), Kind: kg.MeetingMeeting,
			Status: kg.StatusOccurred, Date: date, Participants: parts(a.ID, b.ID), Evidence: ev(id, 0, 30, "They met.")}},
		Statements: []kg.Statement{{ID: kg.StatementID(a.ID, "", text), SpeakerID: a.ID, Text: text, Date: date,
			AboutIDs: []string{b.ID}, Evidence: ev(id, 31, 60, text)}},
	}
}

// Readers querying while a writer loads see whole batches or nothing of
// them: in every answer a meeting is there iff its article is, and counts
// only grow.
func testConcurrentReaders(t *testing.T, h Harness) {
	if h.NoConcurrentReads != "" {
		t.Skip(h.NoConcurrentReads)
	}
	s := h.Open(t)
	ctx := ctxT(t)
	n, batch := 300, 5
	if h.Short {
		n = 60
	}
	done := make(chan struct{})
	var wg sync.WaitGroup
	for r := 0; r < 4; r++ {
		wg.Add(1)
		go func(r int) {
			defer wg.Done()
			last := kg.Stats{}
			lastTotal := 0
			for iter := 0; ; iter++ {
				select {
				case <-done:
					if iter > 0 {
						return
					}
				default:
				}
				st, err := s.Stats(ctx)
				if err != nil {
					t.Errorf("reader %d Stats: %v", r, err)
					return
				}
				if st.Meetings != st.Articles || st.Statements != st.Articles || st.Articles%batch != 0 {
					t.Errorf("reader %d saw part of a batch: %+v", r, st)
					return
				}
				if st.Articles < last.Articles || st.Actors < last.Actors {
					t.Errorf("reader %d: counts went down: %+v after %+v", r, st, last)
					return
				}
				last = st
				page, err := s.Timeline(ctx, kg.TimelineQuery{First: 1000})
				if err != nil {
					t.Errorf("reader %d Timeline: %v", r, err)
					return
				}
				if page.TotalCount%(2*batch) != 0 || page.TotalCount < lastTotal || len(page.Events) != min(page.TotalCount, 1000) {
					t.Errorf("reader %d: timeline total %d (before %d) with %d events", r, page.TotalCount, lastTotal, len(page.Events))
					return
				}
				lastTotal = page.TotalCount
				var arts []string
				for _, e := range page.Events {
					var evs []kg.Evidence
					if e.Meeting != nil {
						evs = e.Meeting.Evidence
					} else {
						evs = e.Statement.Evidence
					}
					if len(evs) == 0 {
						t.Errorf("reader %d: event %s without evidence", r, e.ID())
						return
					}
					arts = append(arts, evs[0].ArticleID)
				}
				as, err := s.ArticlesByID(ctx, arts)
				if err != nil {
					t.Errorf("reader %d ArticlesByID: %v", r, err)
					return
				}
				for i, a := range as {
					if a == nil {
						t.Errorf("reader %d: event's article %s missing", r, arts[i])
						return
					}
				}
			}
		}(r)
	}
	for i := 0; i < n; i += batch {
		var b []*kg.ArticleFacts
		for j := i; j < i+batch; j++ {
			b = append(b, synthetic(j))
		}
		if _, err := s.UpsertMany(ctx, b); err != nil {
			t.Errorf("UpsertMany %d: %v", i, err)
			break
		}
	}
	close(done)
	wg.Wait()
	st := must[kg.Stats](t, "Stats")(s.Stats(ctx))
	diff(t, "final Stats", kg.Stats{Articles: n, Actors: 14, Meetings: n, Statements: n}, st)
}

// Data survives closing and opening the store again.
func testPersistence(t *testing.T, h Harness) {
	if h.Reopen == nil {
		t.Skip("the backend does not persist (Harness.Reopen is nil)")
	}
	s := loaded(t, h)
	before := takeSnapshot(t, s)
	s = h.Reopen(t, s)
	diff(t, "snapshot after reopening", before, takeSnapshot(t, s))
	ctx := ctxT(t)
	if r, err := s.Upsert(ctx, A1()); err != nil || r != kg.UpsertUnchanged {
		t.Errorf("Upsert a1 after reopening = %s, %v; want UNCHANGED", r, err)
	}
	if r, err := s.Upsert(ctx, A2b()); err != nil || r != kg.UpsertReplaced {
		t.Errorf("Upsert a2 v2 after reopening = %s, %v; want REPLACED", r, err)
	}
	s = h.Reopen(t, s)
	diff(t, "snapshot after replace and reopening", takeSnapshot(t, loaded(t, h, A1(), A2b(), A3(), A4())), takeSnapshot(t, s))
}

// Answers belong to the caller: changing one changes no later answer.
func testAnswersAreCopies(t *testing.T, h Harness) {
	s := loaded(t, h)
	ctx := ctxT(t)
	scribble := func(ms []kg.Meeting) {
		for i := range ms {
			ms[i].Participants[0].ActorID = "scribbled"
			ms[i].Evidence[0].Sentence = "scribbled"
		}
	}
	for i := 0; i < 2; i++ {
		enc := must[[]kg.Encounter](t, "Encounters")(s.Encounters(ctx, kg.EncounterQuery{ActorID: Anna}))
		diff(t, "Encounters asked again after changing the answer", []string{M4, M1}, meetingIDs(enc[0].Meetings))
		diff(t, "M1 after changing an earlier answer", wantMeeting(M1), enc[0].Meetings[1])
		scribble(enc[0].Meetings)
		page := must[kg.EventPage](t, "Timeline")(s.Timeline(ctx, kg.TimelineQuery{First: 100}))
		diff(t, "timeline after changing an earlier answer", events(fullTimeline...), page.Events)
		page.Events[0].Meeting.Evidence[0].Sentence = "scribbled"
		page.Events[0] = kg.Event{}
		g := must[*kg.Subgraph](t, "Neighborhood")(s.Neighborhood(ctx, kg.NeighborhoodQuery{ActorID: Frank, Depth: 1, Limit: 10}))
		diff(t, "edge links after changing an earlier answer", []string{R3}, g.Edges[0].LinkIDs)
		g.Edges[0].LinkIDs[0] = "scribbled"
		ps := must[[]kg.Path](t, "Paths")(s.Paths(ctx, kg.PathQuery{FromID: Frank, ToID: Council, MaxHops: 1, First: 1}))
		diff(t, "path link after changing an earlier answer", wantRole(R3), *ps[0].Steps[0].Via.Role)
		ps[0].Steps[0].Via.Role.Evidence[0].Sentence = "scribbled"
	}
}

func meetingIDs(ms []kg.Meeting) []string {
	var ids []string
	for _, m := range ms {
		ids = append(ids, m.ID)
	}
	return ids
}
