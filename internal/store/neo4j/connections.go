package neo4j

import (
	"context"
	"slices"
	"sort"
	"strings"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// The filtered, sorted connections (Meetings, Statements, Articles) and
// the dashboard aggregations (MeetingsPerMonth, TopCounterparts); their
// rules are written in internal/kg/connections.go. Each is one statement
// built from fixed fragments; every value is a parameter.

// pager holds the parameters and Cypher fragments of keyset paging in one
// sort order over items e with an orderKey and an id.
type pager struct {
	desc   bool
	cursor bool
}

func newPager(order kg.SortOrder, first int, after string, params map[string]any) (pager, error) {
	if !order.Valid() {
		return pager{}, kg.Errorf(kg.CodeInvalidArgument, "unknown sort order %q", order)
	}
	if first <= 0 || first > MaxFirst {
		return pager{}, kg.Errorf(kg.CodeInvalidArgument, "first must be between 1 and %d, got %d", MaxFirst, first)
	}
	p := pager{desc: order == kg.SortDesc}
	params["limit"] = first + 1
	params["ck"], params["cid"] = "", ""
	if after != "" {
		k, id, err := kg.DecodeCursor(after)
		if err != nil {
			return pager{}, err
		}
		if p.desc && k == "~" {
			k = "" // unknown dates come last in both orders
		}
		params["ck"], params["cid"], p.cursor = k, id, true
	}
	return p, nil
}

// sortKey is the key the order compares (descending order puts unknown
// dates, "~", below every known date).
func (p pager) sortKey() string {
	if p.desc {
		return `CASE WHEN e.orderKey = '~' THEN '' ELSE e.orderKey END`
	}
	return `e.orderKey`
}

// page returns the clauses that take the items e after the cursor, in
// order, one more than a page.
func (p pager) page() string {
	q := `WITH e, ` + p.sortKey() + ` AS sk `
	switch {
	case p.cursor && p.desc:
		q += `WHERE sk < $ck OR (sk = $ck AND e.id < $cid) `
	case p.cursor:
		q += `WHERE sk > $ck OR (sk = $ck AND e.id > $cid) `
	}
	if p.desc {
		return q + `ORDER BY sk DESC, e.id DESC LIMIT $limit `
	}
	return q + `ORDER BY sk, e.id LIMIT $limit `
}

// actorSet checks and de-duplicates actor ids of a filter.
func actorSet(ids []string) ([]string, error) {
	set := map[string]bool{}
	for _, id := range ids {
		if id == "" {
			return nil, kg.Errorf(kg.CodeInvalidArgument, "an actor id is required")
		}
		set[id] = true
	}
	return sortedKeys(set), nil
}

// pageOf decodes a connection's rows (the query asks for one more than the
// page, to tell whether another page follows) and gives the page's end
// cursor. Items stay nil when there are none, as the embedded store's do.
func pageOf[T any](rows []map[string]any, first int, decode func(map[string]any) T, cursor func(T) string) (items []T, more bool, end string) {
	if len(rows) > first {
		rows, more = rows[:first], true
	}
	for _, r := range rows {
		items = append(items, decode(r))
	}
	if n := len(items); n > 0 {
		end = cursor(items[n-1])
	}
	return items, more, end
}

// connection runs a count-and-page statement: match selects the items e
// (with conds), proj projects one. It returns the total, the page maps and
// whether every actor in $actors exists.
func (s *Store) connection(ctx context.Context, what, match string, conds []string, p pager, proj string,
	params map[string]any, actors []string) (int, []map[string]any, error) {
	where := ""
	if len(conds) > 0 {
		where = ` WHERE ` + strings.Join(conds, " AND ")
	}
	params["actors"] = actors
	q := `CALL { ` + match + where + ` RETURN count(e) AS total }
		RETURN total, COLLECT { ` + match + where + ` ` + p.page() + ` RETURN ` + proj + ` } AS page,
		COUNT { (x:Actor) WHERE x.id IN $actors } AS found`
	res, err := s.query(ctx, q, params)
	if err != nil {
		return 0, nil, s.fail(ctx, err, what)
	}
	v := res.Records[0].Values
	if num(v[2]) < len(actors) {
		if err := s.missingActor(ctx, actors); err != nil {
			return 0, nil, err
		}
	}
	return num(v[0]), maps(v[1]), nil
}

func meetingKinds(ks []kg.MeetingKind) ([]string, error) {
	out := make([]string, 0, len(ks))
	for _, k := range ks {
		if !k.Valid() {
			return nil, kg.Errorf(kg.CodeInvalidArgument, "unknown meeting kind %q", k)
		}
		out = append(out, string(k))
	}
	return out, nil
}

// rangeConds are the PartialDate.InRange conditions on e's dates.
func rangeConds(params map[string]any, from, to kg.PartialDate) ([]string, error) {
	if err := checkRange(from, to); err != nil {
		return nil, err
	}
	rangeParams(params, from, to)
	var c []string
	if !from.IsZero() {
		c = append(c, `e.dateEnd >= date($from)`)
	}
	if !to.IsZero() {
		c = append(c, `e.date <= date($to)`)
	}
	return c, nil
}

const sourceCond = `EXISTS { (src:Article)-[:REPORTS]->(e) WHERE toLower(src.source) = toLower($source) }`

// Meetings pages through meetings in date order.
func (s *Store) Meetings(ctx context.Context, q kg.MeetingQuery) (kg.MeetingPage, error) {
	var out kg.MeetingPage
	params := map[string]any{}
	p, err := newPager(q.Order, q.First, q.After, params)
	if err != nil {
		return out, err
	}
	conds, err := rangeConds(params, q.From, q.To)
	if err != nil {
		return out, err
	}
	kinds, err := meetingKinds(q.Kinds)
	if err != nil {
		return out, err
	}
	if len(kinds) > 0 {
		params["kinds"] = kinds
		conds = append(conds, `e.kind IN $kinds`)
	}
	var statuses []string
	for _, st := range q.Statuses {
		if st != kg.StatusOccurred && st != kg.StatusPlanned {
			return out, kg.Errorf(kg.CodeInvalidArgument, "unknown meeting status %q", st)
		}
		statuses = append(statuses, string(st))
	}
	if len(statuses) > 0 {
		params["statuses"] = statuses
		conds = append(conds, `e.status IN $statuses`)
	}
	if q.Source != "" {
		params["source"] = q.Source
		conds = append(conds, sourceCond)
	}
	actors, err := actorSet(q.ParticipantIDs)
	if err != nil {
		return out, err
	}
	match := `MATCH (e:Meeting)`
	if len(actors) > 0 {
		params["first"] = actors[0]
		match = `MATCH (:Actor {id: $first})-[:PARTICIPATED_IN]->(e:Meeting)`
		conds = append(conds, `all(pid IN $actors WHERE EXISTS { (:Actor {id: pid})-[:PARTICIPATED_IN]->(e) })`)
	}
	total, rows, err := s.connection(ctx, "meetings", match, conds, p, meetingProj, params, actors)
	if err != nil {
		return out, err
	}
	out.TotalCount = total
	out.Meetings, out.HasNextPage, out.EndCursor = pageOf(rows, q.First,
		func(r map[string]any) kg.Meeting { return *decodeMeeting(r) }, kg.MeetingCursor)
	return out, nil
}

// Statements pages through statements in date order.
func (s *Store) Statements(ctx context.Context, q kg.StatementQuery) (kg.StatementPage, error) {
	var out kg.StatementPage
	params := map[string]any{}
	p, err := newPager(q.Order, q.First, q.After, params)
	if err != nil {
		return out, err
	}
	conds, err := rangeConds(params, q.From, q.To)
	if err != nil {
		return out, err
	}
	speakers, err := actorSet(q.SpeakerIDs)
	if err != nil {
		return out, err
	}
	about, err := actorSet(q.AboutIDs)
	if err != nil {
		return out, err
	}
	if len(speakers) > 0 {
		params["speakers"] = speakers
		conds = append(conds, `EXISTS { (x:Actor)-[:MADE]->(e) WHERE x.id IN $speakers }`)
	}
	if len(about) > 0 {
		params["about"] = about
		conds = append(conds, `EXISTS { (e)-[:ABOUT]->(x:Actor) WHERE x.id IN $about }`)
	}
	if q.Contains != "" {
		params["contains"] = q.Contains
		conds = append(conds, `(toLower(e.text) CONTAINS toLower($contains) OR toLower(coalesce(e.quote, '')) CONTAINS toLower($contains))`)
	}
	if q.QuotesOnly {
		conds = append(conds, `e.quote IS NOT NULL`)
	}
	if q.Source != "" {
		params["source"] = q.Source
		conds = append(conds, sourceCond)
	}
	actors, _ := actorSet(append(append([]string(nil), speakers...), about...))
	match := `MATCH (e:Statement)`
	switch {
	case len(speakers) > 0:
		match = `MATCH (x:Actor)-[:MADE]->(e:Statement) WHERE x.id IN $speakers WITH DISTINCT e`
	case len(about) > 0:
		match = `MATCH (e:Statement)-[:ABOUT]->(x:Actor) WHERE x.id IN $about WITH DISTINCT e`
	}
	total, rows, err := s.connection(ctx, "statements", match, conds, p, statementProj, params, actors)
	if err != nil {
		return out, err
	}
	out.TotalCount = total
	out.Statements, out.HasNextPage, out.EndCursor = pageOf(rows, q.First,
		func(r map[string]any) kg.Statement { return *decodeStatement(r) }, kg.StatementCursor)
	return out, nil
}

// Articles pages through articles in published-date order.
func (s *Store) Articles(ctx context.Context, q kg.ArticleQuery) (kg.ArticlePage, error) {
	var out kg.ArticlePage
	params := map[string]any{}
	p, err := newPager(q.Order, q.First, q.After, params)
	if err != nil {
		return out, err
	}
	if err := checkRange(q.From, q.To); err != nil {
		return out, err
	}
	rangeParams(params, q.From, q.To)
	var conds []string
	if !q.From.IsZero() {
		conds = append(conds, `e.publishedEnd >= date($from)`)
	}
	if !q.To.IsZero() {
		conds = append(conds, `e.published <= date($to)`)
	}
	if q.Source != "" {
		params["source"] = q.Source
		conds = append(conds, `toLower(e.source) = toLower($source)`)
	}
	actors, err := actorSet(q.ReportingIDs)
	if err != nil {
		return out, err
	}
	match := `MATCH (e:Article)`
	if len(actors) > 0 {
		// Evidence, not mentions: the article reports a fact the actor
		// is part of.
		conds = append(conds, `all(aid IN $actors WHERE EXISTS {
			(e)-[:REPORTS]->()-[:`+linkRels+`]-(:Actor {id: aid}) })`)
	}
	proj := `e {.id, .contentHash, .title, .url, .source, .published, .publishedPrecision}`
	total, rows, err := s.connection(ctx, "articles", match, conds, p, proj, params, actors)
	if err != nil {
		return out, err
	}
	out.TotalCount = total
	out.Articles, out.HasNextPage, out.EndCursor = pageOf(rows, q.First, func(r map[string]any) kg.Article {
		return kg.Article{ID: str(r["id"]), ContentHash: str(r["contentHash"]), Title: str(r["title"]),
			URL: str(r["url"]), Source: str(r["source"]), Published: partialDate(r["published"], r["publishedPrecision"])}
	}, kg.ArticleCursor)
	return out, nil
}

// MeetingsPerMonth counts occurred meetings per calendar month.
func (s *Store) MeetingsPerMonth(ctx context.Context, q kg.MonthlyQuery) (kg.MonthlyCounts, error) {
	var out kg.MonthlyCounts
	params := map[string]any{}
	conds, err := rangeConds(params, q.From, q.To)
	if err != nil {
		return out, err
	}
	conds = append(conds, `e.status = 'OCCURRED'`)
	kinds, err := meetingKinds(q.Kinds)
	if err != nil {
		return out, err
	}
	if len(kinds) > 0 {
		params["kinds"] = kinds
		conds = append(conds, `e.kind IN $kinds`)
	}
	actors, err := actorSet(q.ActorIDs)
	if err != nil {
		return out, err
	}
	if len(actors) > 0 {
		if err := s.missingActor(ctx, actors); err != nil {
			return out, err
		}
		conds = append(conds, `all(pid IN $actors WHERE EXISTS { (:Actor {id: pid})-[:PARTICIPATED_IN]->(e) })`)
	}
	params["actors"] = actors
	res, err := s.query(ctx, `MATCH (e:Meeting) WHERE `+strings.Join(conds, " AND ")+`
		WITH CASE WHEN e.precision IN ['DAY', 'MONTH'] THEN e.date.year * 100 + e.date.month END AS month
		RETURN month, count(*) AS n`, params)
	if err != nil {
		return out, s.fail(ctx, err, "meetings per month")
	}
	for _, r := range res.Records {
		if r.Values[0] == nil {
			out.Undated += num(r.Values[1])
			continue
		}
		m := num(r.Values[0])
		out.Months = append(out.Months, kg.MonthCount{Month: kg.DateMonth(m/100, m%100), Count: num(r.Values[1])})
	}
	sort.Slice(out.Months, func(i, j int) bool { return out.Months[i].Month.OrderKey() < out.Months[j].Month.OrderKey() })
	return out, nil
}

// TopCounterparts is Encounters without the meetings, cut to First.
func (s *Store) TopCounterparts(ctx context.Context, q kg.CounterpartQuery) ([]kg.CounterpartCount, error) {
	if q.First <= 0 || q.First > MaxFirst {
		return nil, kg.Errorf(kg.CodeInvalidArgument, "first must be between 1 and %d, got %d", MaxFirst, q.First)
	}
	if q.ActorID == "" {
		return nil, kg.Errorf(kg.CodeInvalidArgument, "an actor id is required")
	}
	if err := checkRange(q.From, q.To); err != nil {
		return nil, err
	}
	kinds, err := meetingKinds(q.Kinds)
	if err != nil {
		return nil, err
	}
	params := map[string]any{"id": q.ActorID, "kinds": kinds}
	rangeParams(params, q.From, q.To)
	res, err := s.query(ctx, `OPTIONAL MATCH (a:Actor {id: $id})
		CALL {
			WITH a
			MATCH (a)-[:PARTICIPATED_IN]->(e:Meeting)<-[:PARTICIPATED_IN]-(o:Actor)
			WHERE e.status = 'OCCURRED' AND o <> a AND (size($kinds) = 0 OR e.kind IN $kinds) AND `+inRange+`
			RETURN collect({cp: o.id, id: e.id, date: e.date, precision: e.precision}) AS rows
		}
		RETURN a IS NOT NULL AS found, rows`, params)
	if err != nil {
		return nil, s.fail(ctx, err, "top counterparts")
	}
	if len(res.Records) == 0 || res.Records[0].Values[0] != true {
		return nil, kg.Errorf(kg.CodeNotFound, "no actor with id %q", q.ActorID)
	}
	type ref struct {
		id   string
		date kg.PartialDate
	}
	by := map[string][]ref{}
	for _, r := range maps(res.Records[0].Values[1]) {
		by[str(r["cp"])] = append(by[str(r["cp"])], ref{str(r["id"]), partialDate(r["date"], r["precision"])})
	}
	out := make([]kg.CounterpartCount, 0, len(by))
	for cp, refs := range by {
		sort.Slice(refs, func(i, j int) bool {
			ki, kj := refs[i].date.OrderKey(), refs[j].date.OrderKey()
			if ki != kj {
				return ki < kj
			}
			return refs[i].id < refs[j].id
		})
		c := kg.CounterpartCount{CounterpartID: cp, Count: len(refs)}
		for _, r := range refs {
			if !r.date.IsZero() {
				if c.First.IsZero() {
					c.First = r.date
				}
				c.Last = r.date
			}
		}
		out = append(out, c)
	}
	slices.SortFunc(out, kg.CompareCounterparts)
	if len(out) > q.First {
		out = out[:q.First]
	}
	if len(out) == 0 {
		return nil, nil
	}
	return out, nil
}
