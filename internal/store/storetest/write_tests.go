package storetest

import (
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/internal/kg"
)

func testEmpty(t *testing.T, h Harness) {
	s := h.Open(t)
	ctx := ctxT(t)
	if err := s.Ping(ctx); err != nil {
		t.Fatalf("Ping: %v", err)
	}
	st := must[kg.Stats](t, "Stats")(s.Stats(ctx))
	diff(t, "Stats", kg.Stats{}, st)
	as := must[[]*kg.Actor](t, "ActorsByID")(s.ActorsByID(ctx, []string{Anna, Carl}))
	diff(t, "ActorsByID", []*kg.Actor{nil, nil}, as)
	page := must[kg.EventPage](t, "Timeline")(s.Timeline(ctx, kg.TimelineQuery{First: 10}))
	diff(t, "Timeline", kg.EventPage{}, page)
	found := must[[]kg.Actor](t, "Search")(s.Search(ctx, kg.SearchQuery{Text: "berg", First: 10}))
	diff(t, "Search", []kg.Actor(nil), found)
}

func testUpsertResults(t *testing.T, h Harness) {
	s := h.Open(t)
	ctx := ctxT(t)
	for _, step := range []struct {
		facts *kg.ArticleFacts
		want  kg.UpsertResult
	}{
		{A1(), kg.UpsertNew},
		{A2(), kg.UpsertNew},
		{A1(), kg.UpsertUnchanged},
		{A2b(), kg.UpsertReplaced},
		{A2b(), kg.UpsertUnchanged},
		{A2(), kg.UpsertReplaced},
	} {
		got, err := s.Upsert(ctx, step.facts)
		if err != nil {
			t.Fatalf("Upsert %s (%s): %v", step.facts.Article.ID, step.facts.Article.ContentHash, err)
		}
		if got != step.want {
			t.Errorf("Upsert %s (%s) = %s, want %s", step.facts.Article.ID, step.facts.Article.ContentHash, got, step.want)
		}
	}
	rs := must[[]kg.UpsertResult](t, "UpsertMany")(s.UpsertMany(ctx, []*kg.ArticleFacts{A1(), A3(), A2b()}))
	diff(t, "UpsertMany results", []kg.UpsertResult{kg.UpsertUnchanged, kg.UpsertNew, kg.UpsertReplaced}, rs)
	rs = must[[]kg.UpsertResult](t, "UpsertMany empty")(s.UpsertMany(ctx, nil))
	if len(rs) != 0 {
		t.Errorf("UpsertMany(nil) = %v, want no results", rs)
	}
}

// Loading the same articles again changes nothing that any query shows.
func testIdempotent(t *testing.T, h Harness) {
	s := loaded(t, h)
	before := takeSnapshot(t, s)
	diff(t, "Stats after load", wantStats, before.Stats)
	ctx := ctxT(t)
	for _, f := range Fixtures() {
		r, err := s.Upsert(ctx, f)
		if err != nil {
			t.Fatalf("Upsert again %s: %v", f.Article.ID, err)
		}
		if r != kg.UpsertUnchanged {
			t.Errorf("Upsert again %s = %s, want UNCHANGED", f.Article.ID, r)
		}
	}
	rs := must[[]kg.UpsertResult](t, "UpsertMany again")(s.UpsertMany(ctx, Fixtures()))
	for i, r := range rs {
		if r != kg.UpsertUnchanged {
			t.Errorf("UpsertMany again [%d] = %s, want UNCHANGED", i, r)
		}
	}
	diff(t, "snapshot after loading again", before, takeSnapshot(t, s))
}

// Decision: the stored graph does not depend on the order articles are
// loaded in, nor on whether they come one by one or in one batch.
func testOrderIndependent(t *testing.T, h Harness) {
	want := takeSnapshot(t, loaded(t, h))
	rev := Fixtures()
	for i, j := 0, len(rev)-1; i < j; i, j = i+1, j-1 {
		rev[i], rev[j] = rev[j], rev[i]
	}
	diff(t, "reverse order", want, takeSnapshot(t, loaded(t, h, rev...)))
	s := h.Open(t)
	must[[]kg.UpsertResult](t, "UpsertMany")(s.UpsertMany(ctxT(t), Fixtures()))
	diff(t, "one batch", want, takeSnapshot(t, s))
}

// A new content hash under a known id replaces the article whole: the
// result is what loading only the new version would give. Decision: an
// alias only the old version used disappears too (aliases accumulate over
// the articles that support them, not over history).
func testReplace(t *testing.T, h Harness) {
	s := loaded(t, h)
	ctx := ctxT(t)
	r, err := s.Upsert(ctx, A2b())
	if err != nil {
		t.Fatalf("Upsert a2 v2: %v", err)
	}
	if r != kg.UpsertReplaced {
		t.Errorf("Upsert a2 v2 = %s, want REPLACED", r)
	}
	got := takeSnapshot(t, s)
	want := takeSnapshot(t, loaded(t, h, A1(), A2b(), A3(), A4()))
	diff(t, "after replace vs fresh load of the new version", want, got)

	// Spelled out: M2 and S2 (a2 only) are gone, M1 keeps a1's evidence,
	// R2 has the new evidence only, M5 is new, Eva (still in a3) stays
	// without the alias only a2 gave, Anna loses "Anna B.".
	ms := map[string]bool{}
	for _, e := range got.Timeline {
		ms[e.ID()] = true
	}
	for _, id := range []string{M2, S2} {
		if ms[id] {
			t.Errorf("%s still in the timeline after its only article was replaced", id)
		}
	}
	if !ms[M5] || !ms[M1] {
		t.Errorf("timeline after replace lacks M1 or M5: %v", ms)
	}
	for _, e := range got.Timeline {
		if e.Meeting != nil && e.Meeting.ID == M1 {
			diff(t, "M1 evidence after replace", ev("a1", 0, 49, sentM1a), e.Meeting.Evidence)
		}
	}
	roles := must[map[string][]kg.Role](t, "RolesByPerson")(s.RolesByPerson(ctx, []string{Carl}))
	diff(t, "R2 after replace", []kg.Role{{ID: R2, PersonID: Carl, Title: "Foreign Minister", OfID: Sweden,
		AsOf: kg.DateDay(2024, 5, 17), Evidence: ev("a2", 63, 120, sentR2b)}}, roles[Carl])
	as := must[[]*kg.Actor](t, "ActorsByID")(s.ActorsByID(ctx, []string{Eva, Anna}))
	diff(t, "Eva after replace", &kg.Actor{ID: Eva, Kind: kg.KindPerson, Name: "Eva Berg"}, as[0])
	diff(t, "Anna after replace", &kg.Actor{ID: Anna, Kind: kg.KindPerson, Name: "Anna Berg", Aliases: []string{"Berg", "Ms Berg"}}, as[1])
	diff(t, "Stats after replace", kg.Stats{Articles: 4, Actors: 9, Meetings: 4, Statements: 2, Roles: 3, Places: 1}, got.Stats)

	// And back: the original version restores the original graph.
	if r, err := s.Upsert(ctx, A2()); err != nil || r != kg.UpsertReplaced {
		t.Fatalf("Upsert a2 v1 again = %s, %v; want REPLACED", r, err)
	}
	diff(t, "after replacing back", takeSnapshot(t, loaded(t, h)), takeSnapshot(t, s))
}

// Actors, places and facts no article supports any more disappear.
func testReplaceRemovesActors(t *testing.T, h Harness) {
	s := loaded(t, h)
	ctx := ctxT(t)
	a4 := A4()
	a4.Article.ContentHash = "h4b"
	a4.Actors = a4.Actors[:1] // only Frank Lind
	a4.Mentions = a4.Mentions[:1]
	a4.Roles = nil
	a1 := A1()
	a1.Article.ContentHash = "h1b"
	a1.Places = nil
	a1.Meetings[0].PlaceID = ""
	rs := must[[]kg.UpsertResult](t, "UpsertMany")(s.UpsertMany(ctx, []*kg.ArticleFacts{a4, a1}))
	diff(t, "results", []kg.UpsertResult{kg.UpsertReplaced, kg.UpsertReplaced}, rs)
	as := must[[]*kg.Actor](t, "ActorsByID")(s.ActorsByID(ctx, []string{Gus, Council, Foundation, Frank}))
	for i, id := range []string{Gus, Council, Foundation} {
		if as[i] != nil {
			t.Errorf("actor %s still there after its only article dropped it", id)
		}
	}
	if as[3] == nil {
		t.Errorf("Frank Lind vanished though a1 and a4 still name him")
	}
	ps := must[[]*kg.Place](t, "PlacesByID")(s.PlacesByID(ctx, []string{Oslo}))
	if ps[0] != nil {
		t.Errorf("place Oslo still there: %+v", ps[0])
	}
	st := must[kg.Stats](t, "Stats")(s.Stats(ctx))
	diff(t, "Stats", kg.Stats{Articles: 4, Actors: 6, Meetings: 4, Statements: 3, Roles: 2, Places: 0}, st)
	found := must[[]kg.Actor](t, "Search")(s.Search(ctx, kg.SearchQuery{Text: "council", First: 10}))
	diff(t, "Search for a removed actor", []kg.Actor(nil), found)
	named := must[[]kg.Actor](t, "ActorsByName")(s.ActorsByName(ctx, "Gus Holm"))
	diff(t, "ActorsByName for a removed actor", []kg.Actor(nil), named)
	// M4 keeps its country place; M1 now has none.
	page := must[kg.EventPage](t, "Timeline")(s.Timeline(ctx, kg.TimelineQuery{First: 100, Kinds: []kg.EventKind{kg.EventMeeting}}))
	for _, e := range page.Events {
		switch e.ID() {
		case M1:
			if e.Meeting.PlaceID != "" {
				t.Errorf("M1 place = %q, want none", e.Meeting.PlaceID)
			}
		case M4:
			if e.Meeting.PlaceID != Norway {
				t.Errorf("M4 place = %q, want %s", e.Meeting.PlaceID, Norway)
			}
		}
	}
	diff(t, "snapshot", takeSnapshot(t, loaded(t, h, a1, A2(), A3(), a4)), takeSnapshot(t, s))
}

// Decision: an article id may appear more than once in one UpsertMany; the
// items apply in order (results say so) and the last version stays.
func testBatchDuplicates(t *testing.T, h Harness) {
	s := h.Open(t)
	ctx := ctxT(t)
	rs := must[[]kg.UpsertResult](t, "UpsertMany")(s.UpsertMany(ctx, []*kg.ArticleFacts{A1(), A1(), A2(), A2b(), A3(), A4()}))
	diff(t, "results", []kg.UpsertResult{kg.UpsertNew, kg.UpsertUnchanged, kg.UpsertNew, kg.UpsertReplaced, kg.UpsertNew, kg.UpsertNew}, rs)
	diff(t, "snapshot", takeSnapshot(t, loaded(t, h, A1(), A2b(), A3(), A4())), takeSnapshot(t, s))
}

// badFacts are articles every store must refuse with BAD_INPUT. Decision:
// this is what a store validates (the rules of an ArticleFacts):
//   - an article id and a content hash; valid dates everywhere;
//   - actor ids whose prefix matches their kind (kg.KindOfID), names;
//   - every actor a mention, meeting, statement or role refers to is one of
//     the article's own actors; a meeting's place is one of its places or
//     one of its country actors; place ids start with "place:";
//   - meetings ("meeting:" ids) with a valid kind and status and at least
//     one participant; statements ("statement:") with a speaker and text;
//     roles ("role:") whose person is a person actor, with a title;
//   - every meeting, statement and role has evidence, all from the article
//     itself, with 0 <= Start <= End; text is valid UTF-8.
func badFacts() map[string]*kg.ArticleFacts {
	bad := map[string]*kg.ArticleFacts{}
	mod := func(name string, f func(a *kg.ArticleFacts)) {
		a := A1()
		f(a)
		bad[name] = a
	}
	mod("no article id", func(a *kg.ArticleFacts) { a.Article.ID = "" })
	mod("no content hash", func(a *kg.ArticleFacts) { a.Article.ContentHash = "" })
	mod("invalid published date", func(a *kg.ArticleFacts) { a.Article.Published = kg.PartialDate{Year: 2024, Month: 13} })
	mod("actor kind disagrees with id", func(a *kg.ArticleFacts) { a.Actors[0].Kind = kg.KindCountry })
	mod("actor with invalid kind", func(a *kg.ArticleFacts) { a.Actors[0].Kind = "ROBOT" })
	mod("actor without id", func(a *kg.ArticleFacts) { a.Actors[0].ID = "" })
	mod("actor without name", func(a *kg.ArticleFacts) { a.Actors[1].Name = " " })
	mod("mention of an unknown actor", func(a *kg.ArticleFacts) { a.Mentions[0].ActorID = Gus })
	mod("place without place: id", func(a *kg.ArticleFacts) { a.Places[0].ID = "oslo" })
	mod("meeting without id", func(a *kg.ArticleFacts) { a.Meetings[0].ID = "" })
	mod("meeting with invalid kind", func(a *kg.ArticleFacts) { a.Meetings[0].Kind = "PARTY" })
	mod("meeting with invalid status", func(a *kg.ArticleFacts) { a.Meetings[0].Status = "RUMOURED" })
	mod("meeting with invalid date", func(a *kg.ArticleFacts) { a.Meetings[0].Date = kg.PartialDate{Year: 2023, Month: 2, Day: 30} })
	mod("meeting without participants", func(a *kg.ArticleFacts) { a.Meetings[0].Participants = nil })
	mod("meeting with an unknown participant", func(a *kg.ArticleFacts) { a.Meetings[0].Participants[0].ActorID = Eva })
	mod("meeting at an unknown place", func(a *kg.ArticleFacts) { a.Meetings[0].PlaceID = kg.PlaceID("Bergen") })
	mod("meeting without evidence", func(a *kg.ArticleFacts) { a.Meetings[0].Evidence = nil })
	mod("evidence from another article", func(a *kg.ArticleFacts) { a.Meetings[0].Evidence[0].ArticleID = "a2" })
	mod("evidence with reversed offsets", func(a *kg.ArticleFacts) { a.Meetings[0].Evidence[0].Start = 60 })
	mod("evidence with negative offset", func(a *kg.ArticleFacts) { a.Statements[0].Evidence[0].Start = -1 })
	mod("evidence with invalid UTF-8", func(a *kg.ArticleFacts) { a.Statements[0].Evidence[0].Sentence = "bad \xff byte" })
	mod("statement without id", func(a *kg.ArticleFacts) { a.Statements[0].ID = "" })
	mod("statement by an unknown speaker", func(a *kg.ArticleFacts) { a.Statements[0].SpeakerID = Eva })
	mod("statement without text", func(a *kg.ArticleFacts) { a.Statements[0].Text = "" })
	mod("statement about an unknown actor", func(a *kg.ArticleFacts) { a.Statements[0].AboutIDs = []string{Sweden} })
	mod("role of a non-person", func(a *kg.ArticleFacts) { a.Roles[0].PersonID = Norway })
	mod("role of an unknown actor", func(a *kg.ArticleFacts) { a.Roles[0].OfID = Sweden })
	mod("role without title", func(a *kg.ArticleFacts) { a.Roles[0].Title = "" })
	mod("role without evidence", func(a *kg.ArticleFacts) { a.Roles[0].Evidence = nil })
	mod("role id without prefix", func(a *kg.ArticleFacts) { a.Roles[0].ID = "anna-pm" })
	bad["nil facts"] = nil
	return bad
}

func testValidation(t *testing.T, h Harness) {
	s := h.Open(t)
	ctx := ctxT(t)
	for name, f := range badFacts() {
		_, err := s.Upsert(ctx, f)
		wantCode(t, "Upsert "+name, err, kg.CodeBadInput)
		if err != nil && f != nil && f.Article.ID != "" && !strings.Contains(err.Error(), f.Article.ID) {
			t.Errorf("Upsert %s: error %q does not name the article %q", name, err, f.Article.ID)
		}
	}
	diff(t, "Stats after refused upserts", kg.Stats{}, must[kg.Stats](t, "Stats")(s.Stats(ctx)))
}

// UpsertMany is all or none: one bad article fails the batch and nothing
// of it is written; the store keeps what it had.
func testAllOrNone(t *testing.T, h Harness) {
	s := loaded(t, h, A3())
	ctx := ctxT(t)
	before := takeSnapshot(t, s)
	for name, f := range badFacts() {
		_, err := s.UpsertMany(ctx, []*kg.ArticleFacts{A1(), A2b(), f, A4()})
		wantCode(t, "UpsertMany with "+name, err, kg.CodeBadInput)
	}
	diff(t, "snapshot after refused batches", before, takeSnapshot(t, s))
	rs := must[[]kg.UpsertResult](t, "UpsertMany good")(s.UpsertMany(ctx, []*kg.ArticleFacts{A1(), A2(), A4()}))
	diff(t, "results of the good batch", []kg.UpsertResult{kg.UpsertNew, kg.UpsertNew, kg.UpsertNew}, rs)
	diff(t, "snapshot after the good batch", takeSnapshot(t, loaded(t, h)), takeSnapshot(t, s))
}

func testStats(t *testing.T, h Harness) {
	s := h.Open(t)
	ctx := ctxT(t)
	steps := []struct {
		f    *kg.ArticleFacts
		want kg.Stats
	}{
		// Decision: Stats.Meetings counts occurred meetings only; a
		// planned one (MP) never counts.
		{A1(), kg.Stats{Articles: 1, Actors: 4, Meetings: 1, Statements: 1, Roles: 1, Places: 1}},
		// M1 again: one meeting, not two.
		{A2(), kg.Stats{Articles: 2, Actors: 6, Meetings: 2, Statements: 2, Roles: 2, Places: 1}},
		{A3(), kg.Stats{Articles: 3, Actors: 6, Meetings: 4, Statements: 3, Roles: 2, Places: 1}},
		{A4(), wantStats},
	}
	for _, st := range steps {
		must[kg.UpsertResult](t, "Upsert")(s.Upsert(ctx, st.f))
		diff(t, "Stats after "+st.f.Article.ID, st.want, must[kg.Stats](t, "Stats")(s.Stats(ctx)))
	}
}
