package storetest

import (
	"testing"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// Connections (Meetings, Statements, Articles), aggregations
// (MeetingsPerMonth, TopCounterparts) and fuzzy search run on the fixtures
// plus A5, an article of another source ("Wire") without a published
// date. It adds:
//
//	M3 again (a second report: same day, same participants, same id)
//	M6 Gus Holm -- Frank Lind, an occurred meeting without a date
//	M7 Eva Berg -- Gus Holm, talks dated only to 2023
//	S4 Frank Lind about Anna Berg and Eva Berg, quoted, 2023-11
//	Karl Dahl, a person one letter away from Carl Dahl (mentioned only)
var (
	Karl = kg.PersonID("Karl Dahl")
	M6   = kg.MeetingID(kg.StatusOccurred, kg.PartialDate{}, []string{Gus, Frank}, "a5")
	M7   = kg.MeetingID(kg.StatusOccurred, kg.DateYear(2023), []string{Eva, Gus}, "a5")
	S4   = kg.StatementID(Frank, "We welcome the talks", "Lind said the council welcomed the talks.")
)

// Sentences of A5 (ours).
const (
	sentM3b = "Berg and Berg met for talks on November 2, a wire report said."
	sentM6  = "Holm and Lind met at some point, the report added."
	sentM7  = "Eva Berg had talks with Holm in 2023."
	sentS4  = "\"We welcome the talks,\" Lind said in November."
)

// A5 returns a fresh copy of the fifth article.
func A5() *kg.ArticleFacts {
	return &kg.ArticleFacts{
		Article: kg.Article{ID: "a5", Title: "Wire: talks go on", Source: "Wire", ContentHash: "h5"},
		Actors: []kg.Actor{
			person("Anna Berg"), person("Eva Berg"), person("Frank Lind"), person("Gus Holm"), person("Karl Dahl"),
		},
		Mentions: []kg.Mention{{ActorID: Anna, Count: 1}, {ActorID: Eva, Count: 1}, {ActorID: Frank, Count: 2}, {ActorID: Gus, Count: 2}, {ActorID: Karl, Count: 1}},
		Meetings: []kg.Meeting{
			{ID: M3, Kind: kg.MeetingTalks, Status: kg.StatusOccurred, Date: kg.DateDay(2023, 11, 2),
				Participants: parts(Eva, Anna), Evidence: ev("a5", 0, 62, sentM3b)},
			{ID: M6, Kind: kg.MeetingMeeting, Status: kg.StatusOccurred,
				Participants: parts(Gus, Frank), Evidence: ev("a5", 63, 113, sentM6)},
			{ID: M7, Kind: kg.MeetingTalks, Status: kg.StatusOccurred, Date: kg.DateYear(2023),
				Participants: parts(Eva, Gus), Evidence: ev("a5", 114, 151, sentM7)},
		},
		Statements: []kg.Statement{
			{ID: S4, SpeakerID: Frank, Quote: "We welcome the talks", Text: "Lind said the council welcomed the talks.",
				Date: kg.DateMonth(2023, 11), AboutIDs: []string{Eva, Anna}, Evidence: ev("a5", 152, 199, sentS4)},
		},
	}
}

func loadedWithA5(t *testing.T, h Harness) kg.Store {
	t.Helper()
	return loaded(t, h, append(Fixtures(), A5())...)
}

// Every meeting in (OrderKey, id) order after A5: M7 (2023) starts on
// January 1st; M6 has no date, so it is last.
var allMeetingsAsc = []string{M7, M4, M3, M2, M1, MP, M6}

// Decision: connections sort by date (OrderKey, then id); DESC lists
// dated items newest first and still puts undated ones last (ids
// descending among them); TotalCount counts every match; meetings and
// statements carry their evidence.
func testMeetings(t *testing.T, h Harness) {
	s := loadedWithA5(t, h)
	ctx := ctxT(t)
	may := kg.DateMonth(2024, 5)
	for _, tc := range []struct {
		name string
		q    kg.MeetingQuery
		want []string
	}{
		{"all", kg.MeetingQuery{}, allMeetingsAsc},
		{"all, explicit ASC", kg.MeetingQuery{Order: kg.SortAsc}, allMeetingsAsc},
		{"all DESC", kg.MeetingQuery{Order: kg.SortDesc}, []string{MP, M1, M2, M3, M4, M7, M6}},
		{"anna", kg.MeetingQuery{ParticipantIDs: []string{Anna}}, []string{M4, M3, M1, MP}},
		{"anna and carl", kg.MeetingQuery{ParticipantIDs: []string{Anna, Carl}}, []string{M4, M1}},
		{"carl and anna, DESC", kg.MeetingQuery{ParticipantIDs: []string{Carl, Anna}, Order: kg.SortDesc}, []string{M1, M4}},
		{"anna and gus (never met)", kg.MeetingQuery{ParticipantIDs: []string{Anna, Gus}}, nil},
		{"same actor twice", kg.MeetingQuery{ParticipantIDs: []string{Eva, Eva}}, []string{M7, M3, M2}},
		{"kind MEETING", kg.MeetingQuery{Kinds: []kg.MeetingKind{kg.MeetingMeeting}}, []string{M4, M1, M6}},
		{"kinds CALL, SUMMIT", kg.MeetingQuery{Kinds: []kg.MeetingKind{kg.MeetingCall, kg.MeetingSummit}}, []string{M2, MP}},
		{"planned", kg.MeetingQuery{Statuses: []kg.MeetingStatus{kg.StatusPlanned}}, []string{MP}},
		{"occurred", kg.MeetingQuery{Statuses: []kg.MeetingStatus{kg.StatusOccurred}}, []string{M7, M4, M3, M2, M1, M6}},
		{"both statuses", kg.MeetingQuery{Statuses: []kg.MeetingStatus{kg.StatusOccurred, kg.StatusPlanned}}, allMeetingsAsc},
		{"May 2024", kg.MeetingQuery{From: may, To: may}, []string{M2, M1}},
		// A year-precise date overlaps a range inside its year; an
		// unknown date matches no bounded range.
		{"until November 2023", kg.MeetingQuery{To: kg.DateMonth(2023, 11)}, []string{M7, M4, M3}},
		{"source Wire", kg.MeetingQuery{Source: "Wire"}, []string{M7, M3, M6}},
		{"source ignores case", kg.MeetingQuery{Source: "wIRE"}, []string{M7, M3, M6}},
		{"source fixture, eva", kg.MeetingQuery{Source: "fixture", ParticipantIDs: []string{Eva}}, []string{M3, M2}},
		{"unknown source", kg.MeetingQuery{Source: "nobody"}, nil},
		{"gus, occurred, talks, DESC", kg.MeetingQuery{ParticipantIDs: []string{Gus}, Kinds: []kg.MeetingKind{kg.MeetingTalks},
			Statuses: []kg.MeetingStatus{kg.StatusOccurred}, Order: kg.SortDesc}, []string{M7}},
	} {
		tc.q.First = 100
		page, err := s.Meetings(ctx, tc.q)
		if err != nil {
			t.Errorf("Meetings %s: %v", tc.name, err)
			continue
		}
		var ids []string
		for _, m := range page.Meetings {
			ids = append(ids, m.ID)
			if len(m.Evidence) == 0 {
				t.Errorf("Meetings %s: %s without evidence", tc.name, m.ID)
			}
		}
		diff(t, "Meetings "+tc.name, tc.want, ids)
		if page.TotalCount != len(tc.want) || page.HasNextPage {
			t.Errorf("Meetings %s: TotalCount %d, HasNextPage %v; want %d, false", tc.name, page.TotalCount, page.HasNextPage, len(tc.want))
		}
		if n := len(page.Meetings); n > 0 && page.EndCursor != kg.MeetingCursor(page.Meetings[n-1]) {
			t.Errorf("Meetings %s: EndCursor is not the last meeting's cursor", tc.name)
		}
	}
	// The whole meeting, evidence in (article, offset) order.
	page := must[kg.MeetingPage](t, "Meetings")(s.Meetings(ctx, kg.MeetingQuery{ParticipantIDs: []string{Carl}, Kinds: []kg.MeetingKind{kg.MeetingMeeting}, Order: kg.SortDesc, First: 1}))
	diff(t, "Carl's latest meeting", kg.MeetingPage{Meetings: []kg.Meeting{wantMeeting(M1)}, TotalCount: 2, HasNextPage: true,
		EndCursor: kg.MeetingCursor(wantMeeting(M1))}, page)
	m3 := must[kg.MeetingPage](t, "Meetings")(s.Meetings(ctx, kg.MeetingQuery{ParticipantIDs: []string{Anna}, Kinds: []kg.MeetingKind{kg.MeetingTalks}, Source: "wire", First: 5}))
	want := wantMeeting(M3)
	want.Evidence = cat(want.Evidence, ev("a5", 0, 62, sentM3b))
	diff(t, "M3 reported twice", []kg.Meeting{want}, m3.Meetings)

	// Pages walk the same list in both orders, and a cursor is a position:
	// the DESC walk started from an ASC cursor continues below it.
	for _, o := range []kg.SortOrder{kg.SortAsc, kg.SortDesc} {
		walkPages(t, "Meetings "+string(o), func(first int, after string) ([]string, []string, int, bool, string) {
			p := must[kg.MeetingPage](t, "Meetings")(s.Meetings(ctx, kg.MeetingQuery{Order: o, First: first, After: after}))
			var ids, curs []string
			for _, m := range p.Meetings {
				ids, curs = append(ids, m.ID), append(curs, kg.MeetingCursor(m))
			}
			return ids, curs, p.TotalCount, p.HasNextPage, p.EndCursor
		})
	}
	m2 := kg.MeetingCursor(wantMeeting(M2))
	asc := must[kg.MeetingPage](t, "Meetings")(s.Meetings(ctx, kg.MeetingQuery{First: 10, After: m2}))
	desc := must[kg.MeetingPage](t, "Meetings")(s.Meetings(ctx, kg.MeetingQuery{First: 10, After: m2, Order: kg.SortDesc}))
	diff(t, "after M2 ascending", []string{M1, MP, M6}, meetingIDs(asc.Meetings))
	diff(t, "after M2 descending", []string{M3, M4, M7, M6}, meetingIDs(desc.Meetings))
	undated := kg.MeetingCursor(kg.Meeting{ID: M6})
	diff(t, "after the undated M6 descending", []string(nil), meetingIDs(must[kg.MeetingPage](t, "Meetings")(s.Meetings(ctx, kg.MeetingQuery{First: 10, After: undated, Order: kg.SortDesc})).Meetings))
}

// walkPages pages through a connection with pages of 1, 2 and 3 items and
// checks the walk gives the one-page list, with steady totals and end
// cursors.
func walkPages(t *testing.T, name string, page func(first int, after string) (ids, cursors []string, total int, next bool, end string)) {
	t.Helper()
	full, _, total, _, _ := page(1000, "")
	for _, size := range []int{1, 2, 3} {
		var got []string
		after := ""
		for pages := 0; ; pages++ {
			if pages > 100 {
				t.Fatalf("%s: paging with first=%d does not end", name, size)
			}
			ids, curs, tot, next, end := page(size, after)
			if tot != total {
				t.Errorf("%s page %d: TotalCount %d, want %d", name, pages, tot, total)
			}
			if len(ids) > size {
				t.Fatalf("%s: page of %d items, first=%d", name, len(ids), size)
			}
			if len(ids) > 0 && end != curs[len(curs)-1] {
				t.Errorf("%s page %d: EndCursor %q is not the last item's cursor", name, pages, end)
			}
			got = append(got, ids...)
			if !next {
				break
			}
			after = end
		}
		diff(t, name+" walked page by page", full, got)
	}
}

// Statements after A5, in (OrderKey, id) order: S4 (2023-11), S2 (2024),
// S1 (2024-05-16), S3 (no date).
func testStatements(t *testing.T, h Harness) {
	s := loadedWithA5(t, h)
	ctx := ctxT(t)
	for _, tc := range []struct {
		name string
		q    kg.StatementQuery
		want []string
	}{
		{"all", kg.StatementQuery{}, []string{S4, S2, S1, S3}},
		{"all DESC", kg.StatementQuery{Order: kg.SortDesc}, []string{S1, S2, S4, S3}},
		{"by carl", kg.StatementQuery{SpeakerIDs: []string{Carl}}, []string{S1}},
		{"by carl or eva", kg.StatementQuery{SpeakerIDs: []string{Eva, Carl}}, []string{S2, S1}},
		{"about anna", kg.StatementQuery{AboutIDs: []string{Anna}}, []string{S4, S2}},
		{"about anna or norway", kg.StatementQuery{AboutIDs: []string{Norway, Anna}}, []string{S4, S2, S1}},
		{"by eva about anna", kg.StatementQuery{SpeakerIDs: []string{Eva}, AboutIDs: []string{Anna}}, []string{S2}},
		{"by carl about anna", kg.StatementQuery{SpeakerIDs: []string{Carl}, AboutIDs: []string{Anna}}, nil},
		{"gus said nothing", kg.StatementQuery{SpeakerIDs: []string{Gus}}, nil},
		{"contains, any case", kg.StatementQuery{Contains: "RELIABLE partner"}, []string{S3}},
		{"contains a word of the quote only", kg.StatementQuery{Contains: "welcome the"}, []string{S4}},
		{"contains 'said'", kg.StatementQuery{Contains: "said"}, []string{S4, S2, S1, S3}},
		{"quotes only", kg.StatementQuery{QuotesOnly: true}, []string{S4, S1}},
		{"from 2024", kg.StatementQuery{From: kg.DateYear(2024)}, []string{S2, S1}},
		{"until 2023-11-15", kg.StatementQuery{To: kg.DateDay(2023, 11, 15)}, []string{S4}},
		{"source Wire", kg.StatementQuery{Source: "WIRE"}, []string{S4}},
		{"source fixture, quotes, DESC", kg.StatementQuery{Source: "fixture", QuotesOnly: true, Order: kg.SortDesc}, []string{S1}},
	} {
		tc.q.First = 100
		page, err := s.Statements(ctx, tc.q)
		if err != nil {
			t.Errorf("Statements %s: %v", tc.name, err)
			continue
		}
		var ids []string
		for _, st := range page.Statements {
			ids = append(ids, st.ID)
		}
		diff(t, "Statements "+tc.name, tc.want, ids)
		if page.TotalCount != len(tc.want) || page.HasNextPage {
			t.Errorf("Statements %s: TotalCount %d, HasNextPage %v; want %d, false", tc.name, page.TotalCount, page.HasNextPage, len(tc.want))
		}
	}
	page := must[kg.StatementPage](t, "Statements")(s.Statements(ctx, kg.StatementQuery{SpeakerIDs: []string{Eva}, First: 1}))
	diff(t, "Eva's statement", kg.StatementPage{Statements: []kg.Statement{wantStatement(S2)}, TotalCount: 1,
		EndCursor: kg.StatementCursor(wantStatement(S2))}, page)
	for _, o := range []kg.SortOrder{kg.SortAsc, kg.SortDesc} {
		walkPages(t, "Statements "+string(o), func(first int, after string) ([]string, []string, int, bool, string) {
			p := must[kg.StatementPage](t, "Statements")(s.Statements(ctx, kg.StatementQuery{Order: o, First: first, After: after}))
			var ids, curs []string
			for _, st := range p.Statements {
				ids, curs = append(ids, st.ID), append(curs, kg.StatementCursor(st))
			}
			return ids, curs, p.TotalCount, p.HasNextPage, p.EndCursor
		})
	}
}

// Articles after A5 by published date: a3 (2023-11-03), a4 (2024-02-10),
// a1 (2024-05-16), a2 (2024-05-17), a5 (no date).
func testArticles(t *testing.T, h Harness) {
	s := loadedWithA5(t, h)
	ctx := ctxT(t)
	for _, tc := range []struct {
		name string
		q    kg.ArticleQuery
		want []string
	}{
		{"all", kg.ArticleQuery{}, []string{"a3", "a4", "a1", "a2", "a5"}},
		{"all DESC", kg.ArticleQuery{Order: kg.SortDesc}, []string{"a2", "a1", "a4", "a3", "a5"}},
		{"source", kg.ArticleQuery{Source: "wire"}, []string{"a5"}},
		{"source fixture DESC", kg.ArticleQuery{Source: "FIXTURE", Order: kg.SortDesc}, []string{"a2", "a1", "a4", "a3"}},
		{"May 2024", kg.ArticleQuery{From: kg.DateMonth(2024, 5), To: kg.DateMonth(2024, 5)}, []string{"a1", "a2"}},
		{"until 2023", kg.ArticleQuery{To: kg.DateYear(2023)}, []string{"a3"}},
		// Facts count, mentions do not: a3 mentions Norway (M4's place)
		// but reports nothing Norway does; a4 only mentions Gus.
		{"reporting anna", kg.ArticleQuery{ReportingIDs: []string{Anna}}, []string{"a3", "a1", "a2", "a5"}},
		{"reporting frank (planned meeting, role, statement)", kg.ArticleQuery{ReportingIDs: []string{Frank}}, []string{"a4", "a1", "a5"}},
		{"reporting anna and eva", kg.ArticleQuery{ReportingIDs: []string{Anna, Eva}}, []string{"a3", "a2", "a5"}},
		{"reporting the council (a role's of)", kg.ArticleQuery{ReportingIDs: []string{Council}}, []string{"a4"}},
		{"reporting norway", kg.ArticleQuery{ReportingIDs: []string{Norway}}, []string{"a1"}},
		{"reporting gus", kg.ArticleQuery{ReportingIDs: []string{Gus}}, []string{"a5"}},
		{"reporting karl (mentioned only)", kg.ArticleQuery{ReportingIDs: []string{Karl}}, nil},
		{"reporting anna, source fixture, 2024, DESC", kg.ArticleQuery{ReportingIDs: []string{Anna}, Source: "fixture",
			From: kg.DateYear(2024), Order: kg.SortDesc}, []string{"a2", "a1"}},
	} {
		tc.q.First = 100
		page, err := s.Articles(ctx, tc.q)
		if err != nil {
			t.Errorf("Articles %s: %v", tc.name, err)
			continue
		}
		var ids []string
		for _, a := range page.Articles {
			ids = append(ids, a.ID)
		}
		diff(t, "Articles "+tc.name, tc.want, ids)
		if page.TotalCount != len(tc.want) || page.HasNextPage {
			t.Errorf("Articles %s: TotalCount %d, HasNextPage %v; want %d, false", tc.name, page.TotalCount, page.HasNextPage, len(tc.want))
		}
	}
	page := must[kg.ArticlePage](t, "Articles")(s.Articles(ctx, kg.ArticleQuery{First: 1}))
	a3 := A3().Article
	diff(t, "first article", kg.ArticlePage{Articles: []kg.Article{a3}, TotalCount: 5, HasNextPage: true, EndCursor: kg.ArticleCursor(a3)}, page)
	for _, o := range []kg.SortOrder{kg.SortAsc, kg.SortDesc} {
		walkPages(t, "Articles "+string(o), func(first int, after string) ([]string, []string, int, bool, string) {
			p := must[kg.ArticlePage](t, "Articles")(s.Articles(ctx, kg.ArticleQuery{Order: o, First: first, After: after}))
			var ids, curs []string
			for _, a := range p.Articles {
				ids, curs = append(ids, a.ID), append(curs, kg.ArticleCursor(a))
			}
			return ids, curs, p.TotalCount, p.HasNextPage, p.EndCursor
		})
	}
}

// MeetingsPerMonth: occurred meetings (planned MP never counts) in their
// month; M7 (2023) and M6 (no date) cannot be placed in a month.
func testMeetingsPerMonth(t *testing.T, h Harness) {
	s := loadedWithA5(t, h)
	ctx := ctxT(t)
	mc := func(y, m, n int) kg.MonthCount { return kg.MonthCount{Month: kg.DateMonth(y, m), Count: n} }
	for _, tc := range []struct {
		name string
		q    kg.MonthlyQuery
		want kg.MonthlyCounts
	}{
		{"all", kg.MonthlyQuery{}, kg.MonthlyCounts{Months: []kg.MonthCount{mc(2023, 11, 2), mc(2024, 5, 2)}, Undated: 2}},
		{"anna", kg.MonthlyQuery{ActorIDs: []string{Anna}}, kg.MonthlyCounts{Months: []kg.MonthCount{mc(2023, 11, 2), mc(2024, 5, 1)}}},
		{"anna and carl", kg.MonthlyQuery{ActorIDs: []string{Carl, Anna}}, kg.MonthlyCounts{Months: []kg.MonthCount{mc(2023, 11, 1), mc(2024, 5, 1)}}},
		{"eva", kg.MonthlyQuery{ActorIDs: []string{Eva}}, kg.MonthlyCounts{Months: []kg.MonthCount{mc(2023, 11, 1), mc(2024, 5, 1)}, Undated: 1}},
		{"gus", kg.MonthlyQuery{ActorIDs: []string{Gus}}, kg.MonthlyCounts{Undated: 2}},
		{"frank (planned only, and M6)", kg.MonthlyQuery{ActorIDs: []string{Frank}}, kg.MonthlyCounts{Undated: 1}},
		{"carl's calls", kg.MonthlyQuery{ActorIDs: []string{Carl}, Kinds: []kg.MeetingKind{kg.MeetingCall}}, kg.MonthlyCounts{Months: []kg.MonthCount{mc(2024, 5, 1)}}},
		{"from 2024", kg.MonthlyQuery{From: kg.DateYear(2024)}, kg.MonthlyCounts{Months: []kg.MonthCount{mc(2024, 5, 2)}}},
		// M7 (2023) overlaps the second half of 2023 but has no month.
		{"second half of 2023", kg.MonthlyQuery{From: kg.DateMonth(2023, 7), To: kg.DateMonth(2023, 12)}, kg.MonthlyCounts{Months: []kg.MonthCount{mc(2023, 11, 2)}, Undated: 1}},
		{"anna and gus", kg.MonthlyQuery{ActorIDs: []string{Anna, Gus}}, kg.MonthlyCounts{}},
	} {
		got, err := s.MeetingsPerMonth(ctx, tc.q)
		if err != nil {
			t.Errorf("MeetingsPerMonth %s: %v", tc.name, err)
			continue
		}
		diff(t, "MeetingsPerMonth "+tc.name, tc.want, got)
	}
}

// TopCounterparts is Encounters without the meetings, in the same order,
// cut to First.
func testTopCounterparts(t *testing.T, h Harness) {
	s := loadedWithA5(t, h)
	ctx := ctxT(t)
	d := kg.DateDay
	cc := func(id string, n int, first, last kg.PartialDate) kg.CounterpartCount {
		return kg.CounterpartCount{CounterpartID: id, Count: n, First: first, Last: last}
	}
	for _, tc := range []struct {
		name string
		q    kg.CounterpartQuery
		want []kg.CounterpartCount
	}{
		{"anna", kg.CounterpartQuery{ActorID: Anna}, []kg.CounterpartCount{cc(Carl, 2, d(2023, 11, 1), d(2024, 5, 16)), cc(Eva, 1, d(2023, 11, 2), d(2023, 11, 2))}},
		{"anna, first 1", kg.CounterpartQuery{ActorID: Anna, First: 1}, []kg.CounterpartCount{cc(Carl, 2, d(2023, 11, 1), d(2024, 5, 16))}},
		// Equal counts: the latest Last first; a year-only date is older
		// than any day in that year.
		{"eva", kg.CounterpartQuery{ActorID: Eva}, []kg.CounterpartCount{cc(Carl, 1, kg.DateMonth(2024, 5), kg.DateMonth(2024, 5)),
			cc(Anna, 1, d(2023, 11, 2), d(2023, 11, 2)), cc(Gus, 1, kg.DateYear(2023), kg.DateYear(2023))}},
		// Known dates before unknown ones.
		{"gus", kg.CounterpartQuery{ActorID: Gus}, []kg.CounterpartCount{cc(Eva, 1, kg.DateYear(2023), kg.DateYear(2023)), cc(Frank, 1, kg.PartialDate{}, kg.PartialDate{})}},
		{"anna in 2024", kg.CounterpartQuery{ActorID: Anna, From: kg.DateYear(2024)}, []kg.CounterpartCount{cc(Carl, 1, d(2024, 5, 16), d(2024, 5, 16))}},
		{"anna's talks", kg.CounterpartQuery{ActorID: Anna, Kinds: []kg.MeetingKind{kg.MeetingTalks}}, []kg.CounterpartCount{cc(Eva, 1, d(2023, 11, 2), d(2023, 11, 2))}},
		{"karl (no meetings)", kg.CounterpartQuery{ActorID: Karl}, nil},
	} {
		if tc.q.First == 0 {
			tc.q.First = 100
		}
		got, err := s.TopCounterparts(ctx, tc.q)
		if err != nil {
			t.Errorf("TopCounterparts %s: %v", tc.name, err)
			continue
		}
		diff(t, "TopCounterparts "+tc.name, tc.want, got)
	}
	// For every actor: the same counterparts, counts and dates as Encounters.
	for _, id := range append(allActors, Karl) {
		enc := must[[]kg.Encounter](t, "Encounters")(s.Encounters(ctx, kg.EncounterQuery{ActorID: id}))
		var want []kg.CounterpartCount
		for _, e := range enc {
			want = append(want, cc(e.CounterpartID, e.Count, e.First, e.Last))
		}
		got := must[[]kg.CounterpartCount](t, "TopCounterparts")(s.TopCounterparts(ctx, kg.CounterpartQuery{ActorID: id, First: 100}))
		diff(t, "TopCounterparts = Encounters for "+id, want, got)
	}
}

// Fuzzy search: typos are forgiven (MaxEdits per word, see kg.SearchTier)
// and rank after every exact and prefix match; without Fuzzy nothing
// changes.
func testSearchFuzzy(t *testing.T, h Harness) {
	s := loadedWithA5(t, h)
	ctx := ctxT(t)
	for _, tc := range []struct {
		text  string
		fuzzy bool
		kinds []kg.ActorKind
		first int
		want  []string
	}{
		{text: "Frnak", fuzzy: true, want: []string{Frank}}, // swapped letters
		{text: "Frnak", want: nil},
		{text: "Swden", fuzzy: true, want: []string{Sweden}},
		{text: "norwy", fuzzy: true, want: []string{Norway}},
		{text: "Anna Bergg", fuzzy: true, want: []string{Anna}},
		// Among fuzzy matches: fewest edits, then most mentioned.
		{text: "Berk", fuzzy: true, want: []string{Anna, Eva}},
		// Prefix matches first (most mentioned first), then fuzzy ones.
		{text: "Carl", fuzzy: true, want: []string{Foundation, Carl, Karl}},
		{text: "Carl", want: []string{Foundation, Carl}},
		{text: "Karl", fuzzy: true, want: []string{Karl, Foundation, Carl}},
		{text: "karl dahl", fuzzy: true, want: []string{Karl, Foundation, Carl}},
		{text: "Karl", fuzzy: true, kinds: []kg.ActorKind{kg.KindPerson}, want: []string{Karl, Carl}},
		{text: "Karl", fuzzy: true, first: 2, want: []string{Karl, Foundation}},
		// Exact first, even among fuzzy candidates.
		{text: "sweden", fuzzy: true, want: []string{Sweden}},
		// Three letters: no typo forgiven.
		{text: "Gux", fuzzy: true, want: nil},
		{text: "Holn", fuzzy: true, want: []string{Gus}},
		{text: "zzzzzz", fuzzy: true, want: nil},
	} {
		first := tc.first
		if first == 0 {
			first = 20
		}
		got, err := s.Search(ctx, kg.SearchQuery{Text: tc.text, Kinds: tc.kinds, First: first, Fuzzy: tc.fuzzy})
		if err != nil {
			t.Errorf("Search(%q, fuzzy %v): %v", tc.text, tc.fuzzy, err)
			continue
		}
		var ids []string
		for _, a := range got {
			ids = append(ids, a.ID)
		}
		diff(t, "Search("+tc.text+")", tc.want, ids)
	}
}

// Unknown actors are NOT_FOUND, bad arguments INVALID_ARGUMENT, as for
// the other queries.
func testConnectionErrors(t *testing.T, h Harness) {
	s := loadedWithA5(t, h)
	ctx := ctxT(t)
	nobody := kg.PersonID("Nobody Here")
	late, early := kg.DateDay(2024, 5, 2), kg.DateMonth(2024, 4)
	call := func(what string, err error, code kg.Code) { t.Helper(); wantCode(t, what, err, code) }

	_, err := s.Meetings(ctx, kg.MeetingQuery{ParticipantIDs: []string{Anna, nobody}, First: 5})
	call("Meetings(unknown participant)", err, kg.CodeNotFound)
	_, err = s.Statements(ctx, kg.StatementQuery{SpeakerIDs: []string{nobody}, First: 5})
	call("Statements(unknown speaker)", err, kg.CodeNotFound)
	_, err = s.Statements(ctx, kg.StatementQuery{AboutIDs: []string{nobody}, First: 5})
	call("Statements(unknown about)", err, kg.CodeNotFound)
	_, err = s.Articles(ctx, kg.ArticleQuery{ReportingIDs: []string{nobody}, First: 5})
	call("Articles(unknown actor)", err, kg.CodeNotFound)
	_, err = s.MeetingsPerMonth(ctx, kg.MonthlyQuery{ActorIDs: []string{nobody}})
	call("MeetingsPerMonth(unknown actor)", err, kg.CodeNotFound)
	_, err = s.TopCounterparts(ctx, kg.CounterpartQuery{ActorID: nobody, First: 5})
	call("TopCounterparts(unknown actor)", err, kg.CodeNotFound)

	for name, q := range map[string]kg.MeetingQuery{
		"first 0":        {},
		"bad cursor":     {First: 5, After: "!!"},
		"from after to":  {First: 5, From: late, To: early},
		"invalid date":   {First: 5, To: kg.PartialDate{Year: 2023, Month: 2, Day: 30}},
		"unknown kind":   {First: 5, Kinds: []kg.MeetingKind{"PARTY"}},
		"unknown status": {First: 5, Statuses: []kg.MeetingStatus{"RUMOURED"}},
		"unknown order":  {First: 5, Order: "SIDEWAYS"},
		"empty actor id": {First: 5, ParticipantIDs: []string{""}},
	} {
		_, err := s.Meetings(ctx, q)
		call("Meetings "+name, err, kg.CodeInvalidArgument)
	}
	for name, q := range map[string]kg.StatementQuery{
		"first -1":      {First: -1},
		"bad cursor":    {First: 5, After: "bm9waXBl"},
		"from after to": {First: 5, From: late, To: early},
		"unknown order": {First: 5, Order: "UP"},
	} {
		_, err := s.Statements(ctx, q)
		call("Statements "+name, err, kg.CodeInvalidArgument)
	}
	for name, q := range map[string]kg.ArticleQuery{
		"first 0":       {},
		"bad cursor":    {First: 5, After: "%%"},
		"from after to": {First: 5, From: late, To: early},
		"unknown order": {First: 5, Order: "NEWEST"},
	} {
		_, err := s.Articles(ctx, q)
		call("Articles "+name, err, kg.CodeInvalidArgument)
	}
	_, err = s.MeetingsPerMonth(ctx, kg.MonthlyQuery{From: late, To: early})
	call("MeetingsPerMonth from after to", err, kg.CodeInvalidArgument)
	_, err = s.MeetingsPerMonth(ctx, kg.MonthlyQuery{Kinds: []kg.MeetingKind{"PARTY"}})
	call("MeetingsPerMonth unknown kind", err, kg.CodeInvalidArgument)
	_, err = s.TopCounterparts(ctx, kg.CounterpartQuery{First: 5})
	call("TopCounterparts no actor", err, kg.CodeInvalidArgument)
	_, err = s.TopCounterparts(ctx, kg.CounterpartQuery{ActorID: Anna})
	call("TopCounterparts first 0", err, kg.CodeInvalidArgument)
	_, err = s.TopCounterparts(ctx, kg.CounterpartQuery{ActorID: Anna, First: 5, From: late, To: early})
	call("TopCounterparts from after to", err, kg.CodeInvalidArgument)
}
