package storetest

import (
	"errors"
	"testing"

	"github.com/actorgraph/actorgraph/internal/kg"
)

func testActorsByID(t *testing.T, h Harness) {
	s := loaded(t, h)
	ctx := ctxT(t)
	got := must[[]*kg.Actor](t, "ActorsByID")(s.ActorsByID(ctx, allActors))
	want := make([]*kg.Actor, len(allActors))
	for i, id := range allActors {
		want[i] = wantActor(id)
	}
	diff(t, "ActorsByID(all)", want, got)
	got = must[[]*kg.Actor](t, "ActorsByID")(s.ActorsByID(ctx, nil))
	if len(got) != 0 {
		t.Errorf("ActorsByID(nil) = %v, want empty", got)
	}
}

// ActorsByName matches a name or alias exactly, ignoring case, most
// mentioned first (mentions summed over articles: Anna 11, Eva 5; the
// foundation 10, Carl 9).
func testActorsByName(t *testing.T, h Harness) {
	s := loaded(t, h)
	ctx := ctxT(t)
	for _, tc := range []struct {
		name string
		want []kg.Actor
	}{
		{"Anna Berg", actors(Anna)},
		{"anna berg", actors(Anna)},
		{"ANNA B.", actors(Anna)},
		{"Berg", actors(Anna, Eva)},
		{"berg", actors(Anna, Eva)},
		{"Dahl", actors(Carl)},
		{"carl dahl", actors(Foundation, Carl)},
		{"the council", actors(Council)},
		{"Norway", actors(Norway)},
		{"Ber", nil},  // no prefix matching here
		{"Oslo", nil}, // places are not actors
		{"nobody", nil},
	} {
		got, err := s.ActorsByName(ctx, tc.name)
		if err != nil {
			t.Fatalf("ActorsByName(%q): %v", tc.name, err)
		}
		diff(t, "ActorsByName("+tc.name+")", tc.want, got)
	}
}

func testResolveActor(t *testing.T, h Harness) {
	s := loaded(t, h)
	ctx := ctxT(t)
	for _, tc := range []struct {
		ref  string
		want string
		code kg.Code
		cand []string
	}{
		{ref: Anna, want: Anna},
		{ref: "Anna Berg", want: Anna},
		{ref: "  anna berg ", want: Anna},
		{ref: "Ms Berg", want: Anna},
		{ref: "Mr Dahl", want: Carl},
		// The exact canonical name wins over another actor's alias.
		{ref: "Carl Dahl", want: Carl},
		{ref: "Berg", code: kg.CodeAmbiguous, cand: []string{Anna, Eva}},
		{ref: "nobody", code: kg.CodeNotFound},
		{ref: kg.PersonID("Nobody Here"), code: kg.CodeNotFound},
		{ref: "", code: kg.CodeInvalidArgument},
	} {
		a, err := kg.ResolveActor(ctx, s, tc.ref)
		if tc.code != "" {
			wantCode(t, "ResolveActor("+tc.ref+")", err, tc.code)
			if tc.cand != nil {
				var ke *kg.Error
				var ids []string
				if errors.As(err, &ke) {
					for _, c := range ke.Candidates {
						ids = append(ids, c.ID)
					}
				}
				diff(t, "candidates for "+tc.ref, tc.cand, ids)
			}
			continue
		}
		if err != nil {
			t.Errorf("ResolveActor(%q): %v", tc.ref, err)
			continue
		}
		if a.ID != tc.want {
			t.Errorf("ResolveActor(%q) = %s, want %s", tc.ref, a.ID, tc.want)
		}
	}
}

// Batch lookups answer in the order asked, nil where an id is unknown,
// repeated ids repeated.
func testBatchLookups(t *testing.T, h Harness) {
	s := loaded(t, h)
	ctx := ctxT(t)
	as := must[[]*kg.Actor](t, "ActorsByID")(s.ActorsByID(ctx, []string{Eva, "person:nobody", Anna, Eva, ""}))
	diff(t, "ActorsByID", []*kg.Actor{wantActor(Eva), nil, wantActor(Anna), wantActor(Eva), nil}, as)
	ps := must[[]*kg.Place](t, "PlacesByID")(s.PlacesByID(ctx, []string{"place:nowhere", Oslo, Oslo}))
	oslo := &kg.Place{ID: Oslo, Name: "Oslo", CountryID: Norway}
	diff(t, "PlacesByID", []*kg.Place{nil, oslo, oslo}, ps)
	arts := must[[]*kg.Article](t, "ArticlesByID")(s.ArticlesByID(ctx, []string{"a3", "zz", "a1"}))
	a3, a1 := A3().Article, A1().Article
	diff(t, "ArticlesByID", []*kg.Article{&a3, nil, &a1}, arts)
	for _, empty := range [][]string{nil, {}} {
		if got := must[[]*kg.Place](t, "PlacesByID")(s.PlacesByID(ctx, empty)); len(got) != 0 {
			t.Errorf("PlacesByID(%v) = %v", empty, got)
		}
		if got := must[[]*kg.Article](t, "ArticlesByID")(s.ArticlesByID(ctx, empty)); len(got) != 0 {
			t.Errorf("ArticlesByID(%v) = %v", empty, got)
		}
	}
}

// Decision: RolesByPerson has an entry only for persons with roles, latest
// AsOf first (unknown dates last), then by id; roles carry evidence.
func testRoles(t *testing.T, h Harness) {
	s := loaded(t, h)
	ctx := ctxT(t)
	got := must[map[string][]kg.Role](t, "RolesByPerson")(s.RolesByPerson(ctx, []string{Anna, Carl, Gus, Frank, "person:nobody"}))
	want := map[string][]kg.Role{Anna: {wantRole(R1)}, Carl: {wantRole(R2)}, Frank: {wantRole(R3)}}
	diff(t, "RolesByPerson", want, got)

	// A second role for Anna, older, and one without date: order by AsOf.
	a5 := &kg.ArticleFacts{
		Article: kg.Article{ID: "a5", ContentHash: "h5", Published: kg.DateDay(2020, 1, 1)},
		Actors:  []kg.Actor{person("Anna Berg"), org("North Council", "")},
		Roles: []kg.Role{
			{ID: kg.RoleID(Anna, "Envoy", Council), PersonID: Anna, Title: "Envoy", OfID: Council, AsOf: kg.DateYear(2020), Evidence: ev("a5", 0, 10, "Envoy Berg.")},
			{ID: kg.RoleID(Anna, "Member", Council), PersonID: Anna, Title: "Member", OfID: Council, Evidence: ev("a5", 11, 20, "Member Berg.")},
		},
	}
	must[kg.UpsertResult](t, "Upsert a5")(s.Upsert(ctx, a5))
	got = must[map[string][]kg.Role](t, "RolesByPerson")(s.RolesByPerson(ctx, []string{Anna}))
	var ids []string
	for _, r := range got[Anna] {
		ids = append(ids, r.ID)
	}
	diff(t, "Anna's roles in order", []string{R1, kg.RoleID(Anna, "Envoy", Council), kg.RoleID(Anna, "Member", Council)}, ids)
}

// Search matches names and aliases: every word of the text starts a word
// of one name or alias, ignoring case. Decision: exact matches of the
// whole text (ignoring case) rank first, then the rest; within each, the
// most mentioned first, then by id. Empty text finds nothing.
func testSearch(t *testing.T, h Harness) {
	s := loaded(t, h)
	ctx := ctxT(t)
	for _, tc := range []struct {
		text  string
		kinds []kg.ActorKind
		first int
		want  []kg.Actor
	}{
		{text: "berg", want: actors(Anna, Eva)},
		{text: "Ber", want: actors(Anna, Eva)},
		// Carl's alias "Dahl" is exact; the foundation, more mentioned,
		// only starts with it.
		{text: "dahl", want: actors(Carl, Foundation)},
		{text: "nor", want: actors(Council, Norway)},
		{text: "nor", kinds: []kg.ActorKind{kg.KindCountry}, want: actors(Norway)},
		{text: "nor", kinds: []kg.ActorKind{kg.KindCountry, kg.KindOrganization}, want: actors(Council, Norway)},
		{text: "nor", kinds: []kg.ActorKind{kg.KindPerson}, want: nil},
		{text: "nor", first: 1, want: actors(Council)},
		{text: "anna b", want: actors(Anna)},
		{text: "b anna", want: actors(Anna)},
		{text: "council", want: actors(Council)},
		{text: "CARL", want: actors(Foundation, Carl)},
		{text: "zzz", want: nil},
		{text: "  ", want: nil},
		{text: "oslo", want: nil},
	} {
		first := tc.first
		if first == 0 {
			first = 20
		}
		got, err := s.Search(ctx, kg.SearchQuery{Text: tc.text, Kinds: tc.kinds, First: first})
		if err != nil {
			t.Fatalf("Search(%q): %v", tc.text, err)
		}
		diff(t, "Search("+tc.text+")", tc.want, got)
	}
}

// Encounters: occurred meetings only (the planned summit with Frank never
// counts); counterpart = every other participant; count desc, then latest
// Last desc, then id; meetings oldest first with evidence.
func testEncounters(t *testing.T, h Harness) {
	s := loaded(t, h)
	ctx := ctxT(t)
	enc := func(cp string, first, last kg.PartialDate, ms ...string) kg.Encounter {
		return kg.Encounter{CounterpartID: cp, Count: len(ms), First: first, Last: last, Meetings: meetings(ms...)}
	}
	d := kg.DateDay
	may := kg.DateMonth(2024, 5)
	for _, tc := range []struct {
		name string
		q    kg.EncounterQuery
		want []kg.Encounter
	}{
		{"anna", kg.EncounterQuery{ActorID: Anna}, []kg.Encounter{
			enc(Carl, d(2023, 11, 1), d(2024, 5, 16), M4, M1),
			enc(Eva, d(2023, 11, 2), d(2023, 11, 2), M3),
		}},
		{"carl", kg.EncounterQuery{ActorID: Carl}, []kg.Encounter{
			enc(Anna, d(2023, 11, 1), d(2024, 5, 16), M4, M1),
			enc(Eva, may, may, M2),
		}},
		// Equal counts: the more recent Last first.
		{"eva", kg.EncounterQuery{ActorID: Eva}, []kg.Encounter{
			enc(Carl, may, may, M2),
			enc(Anna, d(2023, 11, 2), d(2023, 11, 2), M3),
		}},
		{"frank (planned only)", kg.EncounterQuery{ActorID: Frank}, nil},
		{"gus (no meetings)", kg.EncounterQuery{ActorID: Gus}, nil},
		{"anna in May 2024", kg.EncounterQuery{ActorID: Anna, From: may, To: may}, []kg.Encounter{
			enc(Carl, d(2024, 5, 16), d(2024, 5, 16), M1),
		}},
		// A month-precise meeting overlaps a range inside its month.
		{"carl from 2024-05-10", kg.EncounterQuery{ActorID: Carl, From: d(2024, 5, 10)}, []kg.Encounter{
			enc(Anna, d(2024, 5, 16), d(2024, 5, 16), M1),
			enc(Eva, may, may, M2),
		}},
		{"carl until 2023", kg.EncounterQuery{ActorID: Carl, To: kg.DateYear(2023)}, []kg.Encounter{
			enc(Anna, d(2023, 11, 1), d(2023, 11, 1), M4),
		}},
		{"anna talks only", kg.EncounterQuery{ActorID: Anna, Kinds: []kg.MeetingKind{kg.MeetingTalks}}, []kg.Encounter{
			enc(Eva, d(2023, 11, 2), d(2023, 11, 2), M3),
		}},
		{"carl calls or talks", kg.EncounterQuery{ActorID: Carl, Kinds: []kg.MeetingKind{kg.MeetingCall, kg.MeetingTalks}}, []kg.Encounter{
			enc(Eva, may, may, M2),
		}},
		{"norway (a place, not a participant)", kg.EncounterQuery{ActorID: Norway}, nil},
	} {
		got, err := s.Encounters(ctx, tc.q)
		if err != nil {
			t.Errorf("Encounters %s: %v", tc.name, err)
			continue
		}
		diff(t, "Encounters "+tc.name, tc.want, got)
	}
}

// Timeline: meetings (both statuses) and statements by (OrderKey, id);
// actors filter = events they take part in, speak in or are spoken about
// in (Decision: "involving" covers statement about-ids); TotalCount counts
// every matching event, not the page.
func testTimeline(t *testing.T, h Harness) {
	s := loaded(t, h)
	ctx := ctxT(t)
	may := kg.DateMonth(2024, 5)
	for _, tc := range []struct {
		name string
		q    kg.TimelineQuery
		want []string
	}{
		{"all", kg.TimelineQuery{}, fullTimeline},
		{"eva", kg.TimelineQuery{ActorIDs: []string{Eva}}, []string{M3, S2, M2}},
		{"frank (planned shows)", kg.TimelineQuery{ActorIDs: []string{Frank}}, []string{MP}},
		{"norway (spoken about)", kg.TimelineQuery{ActorIDs: []string{Norway}}, []string{S1}},
		{"eva or frank", kg.TimelineQuery{ActorIDs: []string{Frank, Eva}}, []string{M3, S2, M2, MP}},
		{"gus", kg.TimelineQuery{ActorIDs: []string{Gus}}, nil},
		{"statements", kg.TimelineQuery{Kinds: []kg.EventKind{kg.EventStatement}}, []string{S2, S1, S3}},
		{"meetings", kg.TimelineQuery{Kinds: []kg.EventKind{kg.EventMeeting}}, []string{M4, M3, M2, M1, MP}},
		{"both kinds", kg.TimelineQuery{Kinds: []kg.EventKind{kg.EventMeeting, kg.EventStatement}}, fullTimeline},
		// S2 (2024) overlaps May 2024; unknown dates match no bounded range.
		{"May 2024", kg.TimelineQuery{From: may, To: may}, []string{S2, M2, M1, S1}},
		{"from June 2024", kg.TimelineQuery{From: kg.DateDay(2024, 6, 1)}, []string{S2, MP}},
		// Imprecise dates that start before a mid-month bound still overlap.
		{"from 2024-05-10", kg.TimelineQuery{From: kg.DateDay(2024, 5, 10)}, []string{S2, M2, M1, S1, MP}},
		{"from 2024-05-10, after S2", kg.TimelineQuery{From: kg.DateDay(2024, 5, 10), After: events(S2)[0].Cursor()}, []string{M2, M1, S1, MP}},
		{"until 2023", kg.TimelineQuery{To: kg.DateYear(2023)}, []string{M4, M3}},
		{"anna's meetings in 2024", kg.TimelineQuery{ActorIDs: []string{Anna}, Kinds: []kg.EventKind{kg.EventMeeting}, From: kg.DateYear(2024), To: kg.DateYear(2024)}, []string{M1, MP}},
	} {
		tc.q.First = 100
		page, err := s.Timeline(ctx, tc.q)
		if err != nil {
			t.Errorf("Timeline %s: %v", tc.name, err)
			continue
		}
		want := kg.EventPage{Events: events(tc.want...), TotalCount: len(tc.want)}
		if tc.q.After != "" {
			want.TotalCount++ // the event before the cursor matches too
		}
		if n := len(want.Events); n > 0 {
			want.EndCursor = want.Events[n-1].Cursor()
		}
		diff(t, "Timeline "+tc.name, want, page)
	}
}

// Paging with small pages walks every event once, in order.
func testTimelinePaging(t *testing.T, h Harness) {
	s := loaded(t, h)
	ctx := ctxT(t)
	for _, q := range []kg.TimelineQuery{{}, {ActorIDs: []string{Anna}}, {Kinds: []kg.EventKind{kg.EventMeeting}}} {
		full := must[kg.EventPage](t, "Timeline")(s.Timeline(ctx, kg.TimelineQuery{ActorIDs: q.ActorIDs, Kinds: q.Kinds, First: 100}))
		for _, size := range []int{1, 2, 3} {
			var got []kg.Event
			q.First, q.After = size, ""
			for pages := 0; ; pages++ {
				if pages > 100 {
					t.Fatalf("paging with first=%d does not end", size)
				}
				page, err := s.Timeline(ctx, q)
				if err != nil {
					t.Fatalf("Timeline page %d: %v", pages, err)
				}
				if page.TotalCount != full.TotalCount {
					t.Errorf("page %d TotalCount = %d, want %d", pages, page.TotalCount, full.TotalCount)
				}
				if len(page.Events) > size {
					t.Fatalf("page has %d events, first=%d", len(page.Events), size)
				}
				got = append(got, page.Events...)
				if len(page.Events) > 0 && page.EndCursor != page.Events[len(page.Events)-1].Cursor() {
					t.Errorf("EndCursor %q is not the last event's cursor", page.EndCursor)
				}
				if !page.HasNextPage {
					break
				}
				q.After = page.EndCursor
			}
			diff(t, "events walked page by page", full.Events, got)
		}
	}
	// After the last event: an empty page without a next page.
	last := events(fullTimeline[len(fullTimeline)-1])[0]
	page := must[kg.EventPage](t, "Timeline")(s.Timeline(ctx, kg.TimelineQuery{First: 5, After: last.Cursor()}))
	diff(t, "page after the end", kg.EventPage{TotalCount: len(fullTimeline)}, page)
}

// A cursor is a position in (OrderKey, id) order, not a reference to an
// event: pages stay put when earlier events are loaded between two calls,
// and a cursor of an event that is gone still works.
func testTimelineCursorStable(t *testing.T, h Harness) {
	s := loaded(t, h)
	ctx := ctxT(t)
	p1 := must[kg.EventPage](t, "Timeline")(s.Timeline(ctx, kg.TimelineQuery{First: 3}))
	var ids []string
	for _, e := range p1.Events {
		ids = append(ids, e.ID())
	}
	diff(t, "first page", fullTimeline[:3], ids)
	early := &kg.ArticleFacts{
		Article: kg.Article{ID: "a5", ContentHash: "h5", Published: kg.DateDay(2020, 3, 1)},
		Actors:  []kg.Actor{person("Anna Berg"), person("Gus Holm")},
		Meetings: []kg.Meeting{{ID: kg.MeetingID(kg.StatusOccurred, kg.DateDay(2020, 3, 1), []string{Anna, Gus}, "a5"),
			Kind: kg.MeetingMeeting, Status: kg.StatusOccurred, Date: kg.DateDay(2020, 3, 1),
			Participants: parts(Anna, Gus), Evidence: ev("a5", 0, 20, "Berg met Holm.")}},
	}
	must[kg.UpsertResult](t, "Upsert a5")(s.Upsert(ctx, early))
	p2 := must[kg.EventPage](t, "Timeline")(s.Timeline(ctx, kg.TimelineQuery{First: 100, After: p1.EndCursor}))
	ids = nil
	for _, e := range p2.Events {
		ids = append(ids, e.ID())
	}
	diff(t, "second page after an earlier event arrived", fullTimeline[3:], ids)
	if p2.TotalCount != len(fullTimeline)+1 {
		t.Errorf("TotalCount = %d, want %d", p2.TotalCount, len(fullTimeline)+1)
	}
	// The event at the cursor disappears: the cursor still works.
	must[kg.UpsertResult](t, "Upsert a2 v2")(s.Upsert(ctx, A2b()))
	cur := events(S2)[0].Cursor() // S2 is gone now
	p3 := must[kg.EventPage](t, "Timeline")(s.Timeline(ctx, kg.TimelineQuery{First: 2, After: cur}))
	ids = nil
	for _, e := range p3.Events {
		ids = append(ids, e.ID())
	}
	diff(t, "page after a vanished event's cursor", []string{M1, S1}, ids)
}

func pathIDs(ps []kg.Path) [][]string {
	var out [][]string
	for _, p := range ps {
		seq := []string{}
		for i, st := range p.Steps {
			if i == 0 {
				seq = append(seq, st.FromID)
			}
			seq = append(seq, st.ToID)
		}
		out = append(out, seq)
	}
	return out
}

// Paths: undirected actor links (co-participants of an occurred meeting;
// speaker and each about-id of a statement; a role's person and its "of").
// Decision: a path is a simple sequence of actors (none twice); paths come
// shortest first, paths of one length in the order of their actor id
// sequences; each step goes via one link between its two actors, hydrated
// with evidence. Which link is not pinned, only that it joins the two and
// that the answer is the same every time.
func testPaths(t *testing.T, h Harness) {
	s := loaded(t, h)
	ctx := ctxT(t)
	for _, tc := range []struct {
		name string
		q    kg.PathQuery
		want [][]string
	}{
		{"sweden to norway, 2 hops", kg.PathQuery{FromID: Sweden, ToID: Norway, MaxHops: 2, First: 10},
			[][]string{{Sweden, Carl, Norway}}},
		{"sweden to norway, 4 hops", kg.PathQuery{FromID: Sweden, ToID: Norway, MaxHops: 4, First: 10},
			[][]string{{Sweden, Carl, Norway}, {Sweden, Carl, Anna, Norway}, {Sweden, Carl, Eva, Anna, Norway}}},
		{"first 2", kg.PathQuery{FromID: Sweden, ToID: Norway, MaxHops: 4, First: 2},
			[][]string{{Sweden, Carl, Norway}, {Sweden, Carl, Anna, Norway}}},
		{"1 hop too short", kg.PathQuery{FromID: Sweden, ToID: Norway, MaxHops: 1, First: 10}, nil},
		// Two shortest paths: in actor id order.
		{"eva to norway", kg.PathQuery{FromID: Eva, ToID: Norway, MaxHops: 2, First: 10},
			[][]string{{Eva, Anna, Norway}, {Eva, Carl, Norway}}},
		{"direct", kg.PathQuery{FromID: Anna, ToID: Carl, MaxHops: 1, First: 10}, [][]string{{Anna, Carl}}},
		{"direct and around", kg.PathQuery{FromID: Anna, ToID: Carl, MaxHops: 2, First: 10},
			// country:NO sorts before person:eva-berg.
			[][]string{{Anna, Carl}, {Anna, Norway, Carl}, {Anna, Eva, Carl}}},
		// A planned meeting is no link; Frank only reaches the council.
		{"frank to anna", kg.PathQuery{FromID: Frank, ToID: Anna, MaxHops: 6, First: 10}, nil},
		{"frank to council", kg.PathQuery{FromID: Frank, ToID: Council, MaxHops: 3, First: 10}, [][]string{{Frank, Council}}},
		{"gus (isolated)", kg.PathQuery{FromID: Gus, ToID: Anna, MaxHops: 6, First: 10}, nil},
	} {
		got, err := s.Paths(ctx, tc.q)
		if err != nil {
			t.Errorf("Paths %s: %v", tc.name, err)
			continue
		}
		diff(t, "Paths "+tc.name, tc.want, pathIDs(got))
		again := must[[]kg.Path](t, "Paths")(s.Paths(ctx, tc.q))
		diff(t, "Paths "+tc.name+" asked twice", got, again)
		for _, p := range got {
			for _, st := range p.Steps {
				checkVia(t, st)
			}
		}
	}
}

// pairLinks are the links between two fixture actors, by unordered pair
// (ids in order).
var pairLinks = func() map[[2]string][]string {
	m := map[[2]string][]string{}
	add := func(a, b string, ids ...string) {
		if a > b {
			a, b = b, a
		}
		m[[2]string{a, b}] = ids
	}
	add(Anna, Carl, M1, M4, S3)
	add(Anna, Eva, M3, S2)
	add(Carl, Eva, M2)
	add(Carl, Norway, S1)
	add(Anna, Norway, R1)
	add(Carl, Sweden, R2)
	add(Council, Frank, R3)
	return m
}()

func checkVia(t *testing.T, st kg.PathStep) {
	t.Helper()
	a, b := st.FromID, st.ToID
	if a > b {
		a, b = b, a
	}
	var n int
	var got any
	if st.Via.Meeting != nil {
		n++
		got = *st.Via.Meeting
	}
	if st.Via.Statement != nil {
		n++
		got = *st.Via.Statement
	}
	if st.Via.Role != nil {
		n++
		got = *st.Via.Role
	}
	if n != 1 {
		t.Errorf("step %s-%s: %d links set, want exactly 1", st.FromID, st.ToID, n)
		return
	}
	id := st.Via.ID()
	ok := false
	for _, l := range pairLinks[[2]string{a, b}] {
		ok = ok || l == id
	}
	if !ok {
		t.Errorf("step %s-%s via %s, which does not join them (want one of %v)", st.FromID, st.ToID, id, pairLinks[[2]string{a, b}])
		return
	}
	var want any
	switch {
	case st.Via.Meeting != nil:
		want = wantMeeting(id)
	case st.Via.Statement != nil:
		want = wantStatement(id)
	default:
		want = wantRole(id)
	}
	diff(t, "step via "+id, want, got)
}

func node(id string, weight, depth int) kg.GraphNode {
	a := wantActor(id)
	return kg.GraphNode{ID: id, Kind: a.Kind, Label: a.Name, Weight: weight, Depth: depth}
}

func edge(src, dst, kind string, links ...string) kg.GraphEdge {
	return kg.GraphEdge{Source: src, Target: dst, Kind: kind, Weight: len(links), LinkIDs: links}
}

// Neighborhood: actors within Depth hops (centre at depth 0), at most
// Limit nodes, Truncated when an actor within Depth was left out; edges
// are all links between returned actors, one per pair and kind. Decision:
// MET edges are undirected (compared with ends in id order), SAID_ABOUT
// goes from the speaker, HOLDS_ROLE from the person; Weight = number of
// links, LinkIDs = their ids; a node's Weight = sum of its edges' weights
// in the subgraph. Nodes come in depth order, the centre first.
func testNeighborhood(t *testing.T, h Harness) {
	s := loaded(t, h)
	ctx := ctxT(t)
	met, said, role := kg.EdgeMet, kg.EdgeSaidAbout, kg.EdgeHoldsRole
	sortedM1M4 := []string{M1, M4}
	if M4 < M1 {
		sortedM1M4 = []string{M4, M1}
	}
	depth1Edges := normSubgraph(&kg.Subgraph{Edges: []kg.GraphEdge{
		edge(Anna, Carl, met, sortedM1M4...),
		edge(Anna, Carl, said, S3),
		edge(Anna, Eva, met, M3),
		edge(Eva, Anna, said, S2),
		edge(Anna, Norway, role, R1),
		edge(Carl, Eva, met, M2),
		edge(Carl, Norway, said, S1),
	}}).Edges
	for _, tc := range []struct {
		name string
		q    kg.NeighborhoodQuery
		want *kg.Subgraph
	}{
		{"anna depth 1", kg.NeighborhoodQuery{ActorID: Anna, Depth: 1, Limit: 10}, &kg.Subgraph{
			Nodes: []kg.GraphNode{node(Anna, 6, 0), node(Carl, 5, 1), node(Eva, 3, 1), node(Norway, 2, 1)},
			Edges: depth1Edges,
		}},
		{"anna depth 1, limit exactly met", kg.NeighborhoodQuery{ActorID: Anna, Depth: 1, Limit: 4}, &kg.Subgraph{
			Nodes: []kg.GraphNode{node(Anna, 6, 0), node(Carl, 5, 1), node(Eva, 3, 1), node(Norway, 2, 1)},
			Edges: depth1Edges,
		}},
		{"anna depth 2", kg.NeighborhoodQuery{ActorID: Anna, Depth: 2, Limit: 10}, &kg.Subgraph{
			Nodes: []kg.GraphNode{node(Anna, 6, 0), node(Carl, 6, 1), node(Eva, 3, 1), node(Norway, 2, 1), node(Sweden, 1, 2)},
			Edges: normSubgraph(&kg.Subgraph{Edges: append(append([]kg.GraphEdge(nil), depth1Edges...), edge(Carl, Sweden, role, R2))}).Edges,
		}},
		{"frank", kg.NeighborhoodQuery{ActorID: Frank, Depth: 3, Limit: 10}, &kg.Subgraph{
			Nodes: []kg.GraphNode{node(Frank, 1, 0), node(Council, 1, 1)},
			Edges: []kg.GraphEdge{edge(Frank, Council, role, R3)},
		}},
		{"gus alone", kg.NeighborhoodQuery{ActorID: Gus, Depth: 2, Limit: 10}, &kg.Subgraph{
			Nodes: []kg.GraphNode{node(Gus, 0, 0)},
		}},
		{"limit 1", kg.NeighborhoodQuery{ActorID: Frank, Depth: 1, Limit: 1}, &kg.Subgraph{
			Nodes: []kg.GraphNode{node(Frank, 0, 0)}, Truncated: true,
		}},
	} {
		g, err := s.Neighborhood(ctx, tc.q)
		if err != nil {
			t.Errorf("Neighborhood %s: %v", tc.name, err)
			continue
		}
		checkSubgraphShape(t, tc.name, tc.q, g)
		diff(t, "Neighborhood "+tc.name, normSubgraph(tc.want), normSubgraph(g))
	}

	// Truncation: anna depth 2 with room for 3 nodes.
	g := must[*kg.Subgraph](t, "Neighborhood")(s.Neighborhood(ctx, kg.NeighborhoodQuery{ActorID: Anna, Depth: 2, Limit: 3}))
	checkSubgraphShape(t, "anna limit 3", kg.NeighborhoodQuery{ActorID: Anna, Depth: 2, Limit: 3}, g)
	if !g.Truncated || len(g.Nodes) != 3 {
		t.Errorf("anna depth 2 limit 3: %d nodes, truncated %v; want 3, true", len(g.Nodes), g.Truncated)
	}
}

// checkSubgraphShape checks what holds for every subgraph: centre first,
// depths non-decreasing and within bounds, at most Limit nodes, edges only
// between returned nodes with consistent weights, unique non-empty ids.
func checkSubgraphShape(t *testing.T, name string, q kg.NeighborhoodQuery, g *kg.Subgraph) {
	t.Helper()
	if g == nil || len(g.Nodes) == 0 || g.Nodes[0].ID != q.ActorID || g.Nodes[0].Depth != 0 {
		t.Errorf("%s: centre %s is not the first node: %+v", name, q.ActorID, g)
		return
	}
	if len(g.Nodes) > q.Limit {
		t.Errorf("%s: %d nodes, limit %d", name, len(g.Nodes), q.Limit)
	}
	in := map[string]bool{}
	weights := map[string]int{}
	for i, n := range g.Nodes {
		if in[n.ID] {
			t.Errorf("%s: node %s twice", name, n.ID)
		}
		in[n.ID] = true
		if n.Depth > q.Depth || (i > 0 && n.Depth < g.Nodes[i-1].Depth) {
			t.Errorf("%s: node %s at depth %d out of order or beyond %d", name, n.ID, n.Depth, q.Depth)
		}
	}
	ids := map[string]bool{}
	for _, e := range g.Edges {
		if !in[e.Source] || !in[e.Target] {
			t.Errorf("%s: edge %s-%s leaves the subgraph", name, e.Source, e.Target)
		}
		if e.ID == "" || ids[e.ID] {
			t.Errorf("%s: edge id %q empty or repeated", name, e.ID)
		}
		ids[e.ID] = true
		if e.Weight != len(e.LinkIDs) {
			t.Errorf("%s: edge %s weight %d but %d links", name, e.ID, e.Weight, len(e.LinkIDs))
		}
		weights[e.Source] += e.Weight
		weights[e.Target] += e.Weight
	}
	for _, n := range g.Nodes {
		if n.Weight != weights[n.ID] {
			t.Errorf("%s: node %s weight %d, its edges sum to %d", name, n.ID, n.Weight, weights[n.ID])
		}
	}
}
