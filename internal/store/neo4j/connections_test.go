package neo4j

import (
	"context"
	"testing"

	"github.com/actorgraph/actorgraph/internal/kg"
	"github.com/actorgraph/actorgraph/internal/store/storetest"
	"github.com/google/go-cmp/cmp"
)

// The connections and aggregations on the conformance fixtures, until the
// suite covers them (answers worked out by hand from the fixtures' graph
// and the rules in internal/kg/connections.go).
func TestConnections(t *testing.T) {
	ctx := context.Background()
	s := openEmpty(t)
	if _, err := s.UpsertMany(ctx, storetest.Fixtures()); err != nil {
		t.Fatalf("load fixtures: %v", err)
	}
	anna, carl, frank, gus := kg.PersonID("Anna Berg"), kg.PersonID("Carl Dahl"), kg.PersonID("Frank Lind"), kg.PersonID("Gus Holm")
	norway := kg.CountryID("NO")
	m1 := kg.MeetingID(kg.StatusOccurred, kg.DateDay(2024, 5, 16), []string{anna, carl}, "a1")
	m4 := kg.MeetingID(kg.StatusOccurred, kg.DateDay(2023, 11, 1), []string{anna, carl}, "a3")
	mp := kg.MeetingID(kg.StatusPlanned, kg.DateMonth(2024, 6), []string{anna, frank}, "a1")

	meetingIDs := func(q kg.MeetingQuery) ([]string, int) {
		t.Helper()
		p, err := s.Meetings(ctx, q)
		if err != nil {
			t.Fatalf("Meetings(%+v): %v", q, err)
		}
		var ids []string
		for _, m := range p.Meetings {
			ids = append(ids, m.ID)
		}
		return ids, p.TotalCount
	}
	check := func(what string, want, got any) {
		t.Helper()
		if d := cmp.Diff(want, got); d != "" {
			t.Errorf("%s (-want +got):\n%s", what, d)
		}
	}
	ids, n := meetingIDs(kg.MeetingQuery{ParticipantIDs: []string{anna, carl}, First: 10})
	check("meetings between Anna and Carl", []string{m4, m1}, ids)
	check("their count", 2, n)
	ids, _ = meetingIDs(kg.MeetingQuery{ParticipantIDs: []string{carl, anna}, Order: kg.SortDesc, First: 10})
	check("newest first", []string{m1, m4}, ids)
	ids, _ = meetingIDs(kg.MeetingQuery{Statuses: []kg.MeetingStatus{kg.StatusPlanned}, First: 10})
	check("planned", []string{mp}, ids)
	ids, n = meetingIDs(kg.MeetingQuery{Source: "FIXTURE", First: 2})
	check("all by source, 2 per page", 5, n)
	if len(ids) != 2 {
		t.Errorf("page of 2 has %d", len(ids))
	}
	// Paging newest first walks every meeting once.
	var walked []string
	q := kg.MeetingQuery{Order: kg.SortDesc, First: 2}
	for i := 0; i < 10; i++ {
		p, err := s.Meetings(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range p.Meetings {
			walked = append(walked, m.ID)
		}
		if !p.HasNextPage {
			break
		}
		q.After = p.EndCursor
	}
	all, _ := meetingIDs(kg.MeetingQuery{Order: kg.SortDesc, First: 100})
	check("paged newest first", all, walked)
	if all[0] != mp {
		t.Errorf("newest meeting = %s, want the June summit %s", all[0], mp)
	}
	if _, err := s.Meetings(ctx, kg.MeetingQuery{ParticipantIDs: []string{"person:nobody"}, First: 1}); kg.ErrorCode(err) != kg.CodeNotFound {
		t.Errorf("unknown participant: %v, want NOT_FOUND", err)
	}

	st, err := s.Statements(ctx, kg.StatementQuery{Contains: "RELIABLE", First: 10})
	if err != nil {
		t.Fatal(err)
	}
	check("statements containing 'reliable'", []string{anna}, []string{st.Statements[0].SpeakerID})
	st, _ = s.Statements(ctx, kg.StatementQuery{QuotesOnly: true, AboutIDs: []string{norway}, First: 10})
	check("quotes about Norway", 1, st.TotalCount)

	ap, err := s.Articles(ctx, kg.ArticleQuery{ReportingIDs: []string{frank}, First: 10})
	if err != nil {
		t.Fatal(err)
	}
	var arts []string
	for _, a := range ap.Articles {
		arts = append(arts, a.ID)
	}
	check("articles reporting Frank (a4's role, a1's planned summit)", []string{"a4", "a1"}, arts)
	ap, _ = s.Articles(ctx, kg.ArticleQuery{ReportingIDs: []string{gus}, First: 10})
	check("articles reporting Gus (mentioned only)", 0, ap.TotalCount)

	mc, err := s.MeetingsPerMonth(ctx, kg.MonthlyQuery{})
	if err != nil {
		t.Fatal(err)
	}
	check("meetings per month", kg.MonthlyCounts{Months: []kg.MonthCount{{Month: kg.DateMonth(2023, 11), Count: 2}, {Month: kg.DateMonth(2024, 5), Count: 2}}}, mc)

	tc, err := s.TopCounterparts(ctx, kg.CounterpartQuery{ActorID: anna, First: 1})
	if err != nil {
		t.Fatal(err)
	}
	check("Anna's top counterpart", []kg.CounterpartCount{{CounterpartID: carl, Count: 2, First: kg.DateDay(2023, 11, 1), Last: kg.DateDay(2024, 5, 16)}}, tc)

	found, err := s.Search(ctx, kg.SearchQuery{Text: "Dhal", Fuzzy: true, First: 10})
	if err != nil {
		t.Fatal(err)
	}
	var fids []string
	for _, a := range found {
		fids = append(fids, a.ID)
	}
	check("fuzzy 'Dhal' (one swap; the foundation is more mentioned)", []string{kg.OrgID("Dahl Foundation"), carl}, fids)
	found, _ = s.Search(ctx, kg.SearchQuery{Text: "Dhal", First: 10})
	check("'Dhal' without fuzzy", 0, len(found))
}
