package neo4j

import (
	"context"
	"sort"
	"strings"

	"github.com/actorgraph/actorgraph/internal/kg"
)

func checkRange(from, to kg.PartialDate) error {
	if err := from.Validate(); err != nil {
		return kg.WrapError(kg.CodeInvalidArgument, err, "from: %s", kg.ErrorMessage(err))
	}
	if err := to.Validate(); err != nil {
		return kg.WrapError(kg.CodeInvalidArgument, err, "to: %s", kg.ErrorMessage(err))
	}
	if !from.IsZero() && !to.IsZero() && from.Start().After(to.End()) {
		return kg.Errorf(kg.CodeInvalidArgument, "from %s is after to %s", from, to)
	}
	return nil
}

// rangeParams gives $from (the first day of from) and $to (the last day of
// to), nil when open. With the predicate below this is PartialDate.InRange:
// the event's span overlaps the range, and unknown dates (no date
// properties) match only an open range.
func rangeParams(p map[string]any, from, to kg.PartialDate) {
	p["from"], p["to"], p["fromKey"], p["toKey"] = nil, nil, nil, nil
	if !from.IsZero() {
		p["from"] = from.Start().Format("2006-01-02")
		p["fromKey"] = kg.DateYear(from.Year).OrderKey()
	}
	if !to.IsZero() {
		p["to"] = to.End().Format("2006-01-02")
		// Order keys are "YYYY-MM-DD p" with p a digit: "~" sorts after.
		p["toKey"] = to.End().Format("2006-01-02") + " ~"
	}
	keyRange(p, from, to)
}

// keyRange gives the order keys of the events in range: those from
// $rangeFrom to $rangeTo (the events that start in the range), and $early,
// the keys of a year or a month that starts before from and ends in it.
// An order key is the first day then the precision (kg.PartialDate.OrderKey),
// so an event starting before from reaches into it only when it is that
// year or that month; unknown dates ("~") are after $rangeTo.
func keyRange(p map[string]any, from, to kg.PartialDate) {
	p["rangeFrom"], p["rangeTo"], p["early"] = "", "9999-12-31 ~", []string{}
	if !to.IsZero() {
		p["rangeTo"] = to.End().Format("2006-01-02") + " ~"
	}
	if from.IsZero() {
		return
	}
	start := from.Start()
	// A space sorts before the precision digit: every key of that day.
	rangeFrom := start.Format("2006-01-02") + " "
	p["rangeFrom"] = rangeFrom
	var early []string
	for _, k := range []string{kg.DateYear(start.Year()).OrderKey(), kg.DateMonth(start.Year(), int(start.Month())).OrderKey()} {
		if k < rangeFrom && (len(early) == 0 || early[0] != k) {
			early = append(early, k)
		}
	}
	p["early"] = early
}

const inRange = `($from IS NULL OR e.dateEnd >= date($from)) AND ($to IS NULL OR e.date <= date($to))`

// missingActor returns NOT_FOUND naming the first id that is no actor.
func (s *Store) missingActor(ctx context.Context, ids []string) error {
	res, err := s.query(ctx, `MATCH (a:Actor) WHERE a.id IN $ids RETURN a.id`, map[string]any{"ids": ids})
	if err != nil {
		return s.fail(ctx, err, "look up actors")
	}
	found := map[string]bool{}
	for _, r := range res.Records {
		found[str(r.Values[0])] = true
	}
	for _, id := range ids {
		if !found[id] {
			return kg.Errorf(kg.CodeNotFound, "no actor with id %q", id)
		}
	}
	return nil
}

// Encounters lists whom an actor met (occurred meetings only), in one
// statement: the counterparts with their meetings, hydrated.
func (s *Store) Encounters(ctx context.Context, q kg.EncounterQuery) ([]kg.Encounter, error) {
	if q.ActorID == "" {
		return nil, kg.Errorf(kg.CodeInvalidArgument, "an actor id is required")
	}
	if err := checkRange(q.From, q.To); err != nil {
		return nil, err
	}
	kinds := make([]string, 0, len(q.Kinds))
	for _, k := range q.Kinds {
		if !k.Valid() {
			return nil, kg.Errorf(kg.CodeInvalidArgument, "unknown meeting kind %q", k)
		}
		kinds = append(kinds, string(k))
	}
	params := map[string]any{"id": q.ActorID, "kinds": kinds}
	rangeParams(params, q.From, q.To)
	res, err := s.query(ctx, `OPTIONAL MATCH (a:Actor {id: $id})
		CALL {
			WITH a
			MATCH (a)-[:PARTICIPATED_IN]->(e:Meeting)
			WHERE e.status = 'OCCURRED' AND (size($kinds) = 0 OR e.kind IN $kinds) AND `+inRange+`
			WITH e
			RETURN collect(`+meetingProj+`) AS rows
		}
		RETURN a IS NOT NULL AS found, rows`, params)
	if err != nil {
		return nil, s.fail(ctx, err, "encounters")
	}
	if len(res.Records) == 0 || res.Records[0].Values[0] != true {
		return nil, kg.Errorf(kg.CodeNotFound, "no actor with id %q", q.ActorID)
	}
	// The counterparts are the meeting's other participants, read from the
	// participants the meeting carries anyway (one per actor) rather than
	// by a second expansion of every meeting on the server. (WITH e above:
	// the projection's own a must not be the actor asked about.)
	by := map[string][]*kg.Meeting{}
	for _, mm := range maps(res.Records[0].Values[1]) {
		m := decodeMeeting(mm)
		for _, p := range m.Participants {
			if p.ActorID != q.ActorID {
				by[p.ActorID] = append(by[p.ActorID], m)
			}
		}
	}
	out := make([]kg.Encounter, 0, len(by))
	for cp, ms := range by {
		sort.Slice(ms, func(i, j int) bool {
			ki, kj := ms[i].Date.OrderKey(), ms[j].Date.OrderKey()
			if ki != kj {
				return ki < kj
			}
			return ms[i].ID < ms[j].ID
		})
		e := kg.Encounter{CounterpartID: cp, Count: len(ms), Meetings: make([]kg.Meeting, 0, len(ms))}
		for _, m := range ms {
			e.Meetings = append(e.Meetings, *m)
			if !m.Date.IsZero() {
				if e.First.IsZero() {
					e.First = m.Date
				}
				e.Last = m.Date
			}
		}
		out = append(out, e)
	}
	kg.SortEncounters(out)
	if len(out) == 0 {
		return nil, nil
	}
	return out, nil
}

// timelineQuery builds the timeline statement from fixed fragments (no
// value is ever part of the text; they are all parameters). Its shape
// follows the filters so the planner can use the indexes: all events are
// read in (orderKey, id) index order and the scan stops at the page's end;
// events of given actors are found from the actors; the count without a
// date range comes from the label counts.
func timelineQuery(byActors, wantM, wantS, cursor, from, to bool) string {
	// With a date range the order keys are bounded too, so the index
	// seeks straight to it: an event that overlaps [from, to] starts no
	// earlier than January 1 of from's year (no date spans more than its
	// calendar year) and no later than to's last day ($fromKey, $toKey).
	var conds []string
	if from {
		conds = append(conds, `e.orderKey >= $fromKey`, `e.dateEnd >= date($from)`)
	}
	if to {
		conds = append(conds, `e.orderKey <= $toKey`, `e.date <= date($to)`)
	}
	// Without actors the range is a set of order keys (see keyRange), so
	// count and page come from the (orderKey, id) index alone, with no
	// event's dates read: the key range, and events of coarser precision
	// that start before it and reach into it (one branch each).
	keyed := !byActors && (from || to)
	match := func(label string) string {
		if byActors {
			rel := "PARTICIPATED_IN]->"
			if label == "Statement" {
				rel = "MADE|ABOUT]-"
			}
			return `MATCH (x:Actor)-[:` + rel + `(e:` + label + `) WHERE x.id IN $actors WITH DISTINCT e`
		}
		return `MATCH (e:` + label + `)`
	}
	// Read all events in index order so the scan stops at the page's end.
	ordered := func(label string) string {
		if byActors {
			return match(label)
		}
		return `MATCH (e:` + label + `) USING INDEX e:` + label + `(orderKey, id)`
	}
	where := func(extra ...string) string {
		c := append(append([]string(nil), conds...), extra...)
		if len(c) == 0 {
			return ""
		}
		return " WHERE " + strings.Join(c, " AND ")
	}
	page := []string{`e.orderKey >= $afterKey`, `e.id IS NOT NULL`}
	if cursor {
		page = append(page, `(e.orderKey > $afterKey OR e.id > $afterID)`)
	}
	var counts, pages []string
	for _, l := range []struct {
		label string
		want  bool
	}{{"Meeting", wantM}, {"Statement", wantS}} {
		if !l.want {
			continue
		}
		if keyed {
			for _, kc := range []string{`e.orderKey >= $rangeFrom AND e.orderKey <= $rangeTo`, `e.orderKey IN $early`} {
				counts = append(counts, `MATCH (e:`+l.label+`) WHERE `+kc+` RETURN count(e) AS n`)
				pages = append(pages, `MATCH (e:`+l.label+`) USING INDEX e:`+l.label+`(orderKey, id) WHERE `+kc+` AND `+
					strings.Join(page, " AND ")+` RETURN e ORDER BY e.orderKey, e.id LIMIT $limit`)
			}
			continue
		}
		if !byActors && len(conds) == 0 {
			counts = append(counts, `RETURN COUNT { (e:`+l.label+`) } AS n`)
		} else {
			counts = append(counts, match(l.label)+where()+` RETURN count(e) AS n`)
		}
		pages = append(pages, ordered(l.label)+where(page...)+` RETURN e ORDER BY e.orderKey, e.id LIMIT $limit`)
	}
	return `CALL { ` + strings.Join(counts, " UNION ALL ") + ` }
		WITH sum(n) AS total
		RETURN total, COLLECT {
			CALL { ` + strings.Join(pages, " UNION ALL ") + ` }
			WITH e ORDER BY e.orderKey, e.id LIMIT $limit
			RETURN CASE WHEN e:Meeting THEN {m: ` + meetingProj + `} ELSE {s: ` + statementProj + `} END
		} AS page, COUNT { (x:Actor) WHERE x.id IN $actors } AS found`
}

// Timeline pages through meetings and statements in (OrderKey, id) order
// with a keyset cursor. Count and page come from one statement, so they
// agree with each other while writers load.
func (s *Store) Timeline(ctx context.Context, q kg.TimelineQuery) (kg.EventPage, error) {
	var page kg.EventPage
	if q.First <= 0 || q.First > MaxFirst {
		return page, kg.Errorf(kg.CodeInvalidArgument, "first must be between 1 and %d, got %d", MaxFirst, q.First)
	}
	if err := checkRange(q.From, q.To); err != nil {
		return page, err
	}
	wantM, wantS := len(q.Kinds) == 0, len(q.Kinds) == 0
	for _, k := range q.Kinds {
		switch k {
		case kg.EventMeeting:
			wantM = true
		case kg.EventStatement:
			wantS = true
		default:
			return page, kg.Errorf(kg.CodeInvalidArgument, "unknown event kind %q", k)
		}
	}
	// "" sorts before every order key: no cursor reads from the start.
	params := map[string]any{"limit": q.First + 1, "afterKey": "", "afterID": ""}
	if q.After != "" {
		k, id, err := kg.DecodeCursor(q.After)
		if err != nil {
			return page, err
		}
		params["afterKey"], params["afterID"] = k, id
	}
	rangeParams(params, q.From, q.To)
	actors := map[string]bool{}
	for _, id := range q.ActorIDs {
		if id == "" {
			return page, kg.Errorf(kg.CodeInvalidArgument, "an actor id is required")
		}
		actors[id] = true
	}
	params["actors"] = sortedKeys(actors)
	query := timelineQuery(len(actors) > 0, wantM, wantS, q.After != "", !q.From.IsZero(), !q.To.IsZero())
	res, err := s.query(ctx, query, params)
	if err != nil {
		return page, s.fail(ctx, err, "timeline")
	}
	v := res.Records[0].Values
	if num(v[2]) < len(actors) {
		if err := s.missingActor(ctx, q.ActorIDs); err != nil {
			return page, err
		}
	}
	page.TotalCount = num(v[0])
	for _, row := range maps(v[1]) {
		if m, ok := row["m"].(map[string]any); ok {
			page.Events = append(page.Events, kg.Event{Meeting: decodeMeeting(m)})
		} else if st, ok := row["s"].(map[string]any); ok {
			page.Events = append(page.Events, kg.Event{Statement: decodeStatement(st)})
		}
	}
	// The database sorts with Java string order; this is Go's, the order
	// cursors compare in (the same for our ASCII keys and ids).
	sort.SliceStable(page.Events, func(i, j int) bool {
		ki, kj := page.Events[i].Date().OrderKey(), page.Events[j].Date().OrderKey()
		if ki != kj {
			return ki < kj
		}
		return page.Events[i].ID() < page.Events[j].ID()
	})
	if len(page.Events) > q.First {
		page.HasNextPage = true
		page.Events = page.Events[:q.First]
	}
	if n := len(page.Events); n > 0 {
		page.EndCursor = page.Events[n-1].Cursor()
	}
	return page, nil
}
