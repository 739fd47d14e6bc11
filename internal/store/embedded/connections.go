package embedded

import (
	"context"
	"database/sql"
	"strings"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// pageArgs checks what every connection takes: a page size, an order and
// an optional cursor.
func pageArgs(first int, order kg.SortOrder, after string) (ck, cid string, err error) {
	if first <= 0 || first > MaxFirst {
		return "", "", kg.Errorf(kg.CodeInvalidArgument, "first must be between 1 and %d, got %d", MaxFirst, first)
	}
	if !order.Valid() {
		return "", "", kg.Errorf(kg.CodeInvalidArgument, "unknown sort order %q", order)
	}
	if after != "" {
		return kg.DecodeCursor(after)
	}
	return "", "", nil
}

func checkMeetingKinds(kinds []kg.MeetingKind) error {
	for _, k := range kinds {
		if !k.Valid() {
			return kg.Errorf(kg.CodeInvalidArgument, "unknown meeting kind %q", k)
		}
	}
	return nil
}

func checkActorIDs(ids []string) error {
	for _, id := range ids {
		if id == "" {
			return kg.Errorf(kg.CodeInvalidArgument, "an actor id is required")
		}
	}
	return nil
}

// pager collects one page of a connection from rows visited in order.
type pager struct {
	first   int
	after   bool
	ck, cid string
	order   kg.SortOrder
	total   int
	page    []int32
	hasNext bool
}

func newPager(first int, order kg.SortOrder, after, ck, cid string) *pager {
	return &pager{first: first, order: order, after: after != "", ck: ck, cid: cid}
}

// add offers the matching row i at (key, id); rows come in page order.
func (p *pager) add(i int32, key, id string) {
	p.total++
	if p.after && !p.order.AfterCursor(key, id, p.ck, p.cid) {
		return
	}
	if len(p.page) < p.first {
		p.page = append(p.page, i)
	} else {
		p.hasNext = true
	}
}

// Meetings pages through meetings; see kg.MeetingQuery.
func (s *Store) Meetings(ctx context.Context, q kg.MeetingQuery) (kg.MeetingPage, error) {
	var out kg.MeetingPage
	ck, cid, err := pageArgs(q.First, q.Order, q.After)
	if err != nil {
		return out, err
	}
	if err := checkRange(q.From, q.To); err != nil {
		return out, err
	}
	if err := checkMeetingKinds(q.Kinds); err != nil {
		return out, err
	}
	for _, st := range q.Statuses {
		if st != kg.StatusOccurred && st != kg.StatusPlanned {
			return out, kg.Errorf(kg.CodeInvalidArgument, "unknown meeting status %q", st)
		}
	}
	if err := checkActorIDs(q.ParticipantIDs); err != nil {
		return out, err
	}
	source := strings.ToLower(strings.TrimSpace(q.Source))
	err = s.readTx(ctx, "meetings", func(tx querier) error {
		if len(q.ParticipantIDs) > 0 {
			if err := requireActors(ctx, tx, q.ParticipantIDs); err != nil {
				return err
			}
		}
		fi, err := s.facts(ctx, tx)
		if err != nil {
			return err
		}
		var sel []int32
		if len(q.ParticipantIDs) > 0 {
			lists := make([][]int32, 0, len(q.ParticipantIDs))
			for _, id := range q.ParticipantIDs {
				lists = append(lists, fi.byActorMeetings[id])
			}
			sel = intersect(lists)
			if sel == nil {
				sel = []int32{}
			}
		}
		pg := newPager(q.First, q.Order, q.After, ck, cid)
		for _, i := range inOrder(len(fi.meetings), sel, func(i int32) string { return fi.meetings[i].key }, q.Order) {
			m := &fi.meetings[i]
			if !meetingMatches(m, q.Kinds, q.Statuses, source, q.From, q.To) {
				continue
			}
			pg.add(i, m.key, m.id)
		}
		out.TotalCount, out.HasNextPage = pg.total, pg.hasNext
		ids := make([]string, len(pg.page))
		for j, i := range pg.page {
			ids[j] = fi.meetings[i].id
		}
		ms, err := loadMeetings(ctx, tx, ids, true)
		if err != nil {
			return err
		}
		out.Meetings = make([]kg.Meeting, 0, len(ids))
		for _, id := range ids {
			if m := ms[id]; m != nil {
				out.Meetings = append(out.Meetings, *m)
			}
		}
		return nil
	})
	if err != nil {
		return kg.MeetingPage{}, err
	}
	if n := len(out.Meetings); n > 0 {
		out.EndCursor = kg.MeetingCursor(out.Meetings[n-1])
	}
	return out, nil
}

func meetingMatches(m *meetingRow, kinds []kg.MeetingKind, statuses []kg.MeetingStatus, source string, from, to kg.PartialDate) bool {
	if len(kinds) > 0 && !containsKind(kinds, m.kind) {
		return false
	}
	if len(statuses) > 0 {
		ok := false
		for _, st := range statuses {
			ok = ok || st == m.status
		}
		if !ok {
			return false
		}
	}
	if source != "" && !hasString(m.sources, source) {
		return false
	}
	return m.date.InRange(from, to)
}

func containsKind(kinds []kg.MeetingKind, k kg.MeetingKind) bool {
	for _, x := range kinds {
		if x == k {
			return true
		}
	}
	return false
}

// Statements pages through statements; see kg.StatementQuery.
func (s *Store) Statements(ctx context.Context, q kg.StatementQuery) (kg.StatementPage, error) {
	var out kg.StatementPage
	ck, cid, err := pageArgs(q.First, q.Order, q.After)
	if err != nil {
		return out, err
	}
	if err := checkRange(q.From, q.To); err != nil {
		return out, err
	}
	if err := checkActorIDs(append(append([]string(nil), q.SpeakerIDs...), q.AboutIDs...)); err != nil {
		return out, err
	}
	source := strings.ToLower(strings.TrimSpace(q.Source))
	contains := strings.ToLower(q.Contains)
	err = s.readTx(ctx, "statements", func(tx querier) error {
		if ids := append(append([]string(nil), q.SpeakerIDs...), q.AboutIDs...); len(ids) > 0 {
			if err := requireActors(ctx, tx, ids); err != nil {
				return err
			}
		}
		fi, err := s.facts(ctx, tx)
		if err != nil {
			return err
		}
		var sel []int32
		if len(q.SpeakerIDs) > 0 || len(q.AboutIDs) > 0 {
			var conds [][]int32
			if len(q.SpeakerIDs) > 0 {
				var l [][]int32
				for _, id := range q.SpeakerIDs {
					l = append(l, fi.bySpeaker[id])
				}
				conds = append(conds, union(l))
			}
			if len(q.AboutIDs) > 0 {
				var l [][]int32
				for _, id := range q.AboutIDs {
					l = append(l, fi.byAbout[id])
				}
				conds = append(conds, union(l))
			}
			sel = intersect(conds)
			if sel == nil {
				sel = []int32{}
			}
		}
		pg := newPager(q.First, q.Order, q.After, ck, cid)
		for _, i := range inOrder(len(fi.statements), sel, func(i int32) string { return fi.statements[i].key }, q.Order) {
			st := &fi.statements[i]
			if q.QuotesOnly && !st.quoted {
				continue
			}
			if contains != "" && !strings.Contains(st.text, contains) && !strings.Contains(st.quote, contains) {
				continue
			}
			if source != "" && !hasString(st.sources, source) {
				continue
			}
			if !st.date.InRange(q.From, q.To) {
				continue
			}
			pg.add(i, st.key, st.id)
		}
		out.TotalCount, out.HasNextPage = pg.total, pg.hasNext
		ids := make([]string, len(pg.page))
		for j, i := range pg.page {
			ids[j] = fi.statements[i].id
		}
		ss, err := loadStatements(ctx, tx, ids, true)
		if err != nil {
			return err
		}
		out.Statements = make([]kg.Statement, 0, len(ids))
		for _, id := range ids {
			if st := ss[id]; st != nil {
				out.Statements = append(out.Statements, *st)
			}
		}
		return nil
	})
	if err != nil {
		return kg.StatementPage{}, err
	}
	if n := len(out.Statements); n > 0 {
		out.EndCursor = kg.StatementCursor(out.Statements[n-1])
	}
	return out, nil
}

// Articles pages through articles by published date; see kg.ArticleQuery.
func (s *Store) Articles(ctx context.Context, q kg.ArticleQuery) (kg.ArticlePage, error) {
	var out kg.ArticlePage
	ck, cid, err := pageArgs(q.First, q.Order, q.After)
	if err != nil {
		return out, err
	}
	if err := checkRange(q.From, q.To); err != nil {
		return out, err
	}
	if err := checkActorIDs(q.ReportingIDs); err != nil {
		return out, err
	}
	source := strings.ToLower(strings.TrimSpace(q.Source))
	err = s.readTx(ctx, "articles", func(tx querier) error {
		if len(q.ReportingIDs) > 0 {
			if err := requireActors(ctx, tx, q.ReportingIDs); err != nil {
				return err
			}
		}
		fi, err := s.facts(ctx, tx)
		if err != nil {
			return err
		}
		var sel []int32
		if len(q.ReportingIDs) > 0 {
			var l [][]int32
			for _, id := range q.ReportingIDs {
				l = append(l, fi.reporting[id])
			}
			if sel = intersect(l); sel == nil {
				sel = []int32{}
			}
		}
		pg := newPager(q.First, q.Order, q.After, ck, cid)
		for _, i := range inOrder(len(fi.articles), sel, func(i int32) string { return fi.articles[i].key }, q.Order) {
			a := &fi.articles[i]
			if source != "" && a.source != source {
				continue
			}
			if !a.published.InRange(q.From, q.To) {
				continue
			}
			pg.add(i, a.key, a.id)
		}
		out.TotalCount, out.HasNextPage = pg.total, pg.hasNext
		ids := make([]string, len(pg.page))
		for j, i := range pg.page {
			ids[j] = fi.articles[i].id
		}
		arts, err := loadArticles(ctx, tx, ids)
		if err != nil {
			return err
		}
		out.Articles = make([]kg.Article, 0, len(ids))
		for _, id := range ids {
			if a := arts[id]; a != nil {
				out.Articles = append(out.Articles, *a)
			}
		}
		return nil
	})
	if err != nil {
		return kg.ArticlePage{}, err
	}
	if n := len(out.Articles); n > 0 {
		out.EndCursor = kg.ArticleCursor(out.Articles[n-1])
	}
	return out, nil
}

func loadArticles(ctx context.Context, q querier, ids []string) (map[string]*kg.Article, error) {
	m := map[string]*kg.Article{}
	if len(ids) == 0 {
		return m, nil
	}
	err := scanAll(ctx, q, func(r *sql.Rows) error {
		a := &kg.Article{}
		var pub string
		if err := r.Scan(&a.ID, &a.ContentHash, &a.Title, &a.URL, &a.Source, &pub); err != nil {
			return err
		}
		a.Published = parseDate(pub)
		m[a.ID] = a
		return nil
	}, `SELECT id, content_hash, title, url, source, published FROM articles WHERE id IN (SELECT value FROM json_each(?))`, idList(ids))
	return m, err
}
