package embedded

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/actorgraph/actorgraph/internal/kg"
	"github.com/actorgraph/actorgraph/internal/store/claims"
)

// checkRange validates a date range filter.
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

// dateFilter is the SQL form of PartialDate.InRange over a table alias's
// d_start/d_end columns: the date's span must overlap [from, to]; unknown
// dates match only an open range.
func dateFilter(alias string, from, to kg.PartialDate) (string, []any) {
	if from.IsZero() && to.IsZero() {
		return "", nil
	}
	q := " AND " + alias + ".d_start <> ''"
	var args []any
	if !from.IsZero() {
		q += " AND " + alias + ".d_end >= ?"
		args = append(args, from.Start().Format("2006-01-02"))
	}
	if !to.IsZero() {
		// Starts on or before to's last day: also a bound on the indexed
		// order key, which sorts before that day's key + "~".
		q += " AND " + alias + ".d_start <= ? AND " + alias + ".order_key < ?"
		args = append(args, to.End().Format("2006-01-02"), to.End().Format("2006-01-02")+"~")
	}
	return q, args
}

type segment struct {
	where string
	args  []any
}

// dateSegments splits the order-key range a from bound allows into
// disjoint ascending pieces the index can scan in order: dates that start
// on or after from's first day, and the two imprecise dates that start
// before it yet overlap it (from's year, from's month). Without a from
// bound it is the whole range.
func dateSegments(from, to kg.PartialDate) []segment {
	if from.IsZero() {
		return []segment{{}}
	}
	startKey := from.Start().Format("2006-01-02") + " "
	var early []any
	for _, k := range []string{kg.DateYear(from.Year).OrderKey(), kg.DateMonth(from.Year, from.Month).OrderKey()} {
		if from.Month != 0 && k < startKey && (len(early) == 0 || early[0] != k) {
			early = append(early, k)
		}
	}
	segs := []segment{}
	switch len(early) {
	case 1:
		segs = append(segs, segment{" AND e.order_key = ?", early})
	case 2:
		segs = append(segs, segment{" AND e.order_key IN (?, ?)", early})
	}
	return append(segs, segment{" AND e.order_key >= ?", []any{startKey}})
}

func hasEmpty(ids []string) bool {
	for _, id := range ids {
		if id == "" {
			return true
		}
	}
	return false
}

// requireKnownActors is requireActors answered from the actors kept for
// generation gen when it can.
func (s *Store) requireKnownActors(ctx context.Context, q querier, gen int64, ids []string) error {
	for _, id := range ids {
		if id == "" {
			return kg.Errorf(kg.CodeInvalidArgument, "an actor id is required")
		}
	}
	_, miss := s.cachedActors(gen, ids)
	if len(miss) == 0 {
		return nil
	}
	m, err := loadActors(ctx, q, miss)
	if err != nil {
		return err
	}
	s.putActors(gen, m)
	for _, id := range miss {
		if m[id] == nil {
			return kg.Errorf(kg.CodeNotFound, "no actor with id %q", id)
		}
	}
	return nil
}

// requireActors fails with NOT_FOUND when any id is not a known actor.
func requireActors(ctx context.Context, q querier, ids []string) error {
	for _, id := range ids {
		if id == "" {
			return kg.Errorf(kg.CodeInvalidArgument, "an actor id is required")
		}
	}
	m, err := loadActorIDs(ctx, q, ids)
	if err != nil {
		return err
	}
	for _, id := range ids {
		if !m[id] {
			return kg.Errorf(kg.CodeNotFound, "no actor with id %q", id)
		}
	}
	return nil
}

func loadActorIDs(ctx context.Context, q querier, ids []string) (map[string]bool, error) {
	m := make(map[string]bool, len(ids))
	err := scanAll(ctx, q, func(r *sql.Rows) error {
		var id string
		if err := r.Scan(&id); err != nil {
			return err
		}
		m[id] = true
		return nil
	}, `SELECT id FROM actors WHERE id IN (SELECT value FROM json_each(?))`, idList(ids))
	return m, err
}

// Encounters lists whom an actor met in occurred meetings: most meetings
// first, then the most recent Last, then counterpart id. First and Last
// are the earliest and latest known dates (zero when no meeting with the
// counterpart has a known date); meetings are oldest first, unknown dates
// last.
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
	var out []kg.Encounter
	compute := func(tx querier) error {
		// One query yields the meetings with all their participants (the
		// actor's row and the others'); evidence comes in a second.
		df, dargs := dateFilter("m", q.From, q.To)
		query := `SELECT m.id, m.kind, m.date, m.place_id, m.order_key, p1.role, p2.actor_id, p2.role
			FROM participants p1
			JOIN meetings m ON m.id = p1.meeting_id
			JOIN participants p2 ON p2.meeting_id = m.id AND p2.actor_id <> p1.actor_id
			WHERE p1.actor_id = ? AND m.status = 'OCCURRED'` + df
		args := append([]any{q.ActorID}, dargs...)
		if len(kinds) > 0 {
			query += ` AND m.kind IN (SELECT value FROM json_each(?))`
			args = append(args, idList(kinds))
		}
		type ref struct{ id, key string }
		by := map[string][]ref{}
		ms := map[string]*kg.Meeting{}
		var mids []string
		err := scanAll(ctx, tx, func(r *sql.Rows) error {
			var mid, kind, date, place, key, role, cp, cpRole string
			if err := r.Scan(&mid, &kind, &date, &place, &key, &role, &cp, &cpRole); err != nil {
				return err
			}
			m := ms[mid]
			if m == nil {
				m = &kg.Meeting{ID: mid, Kind: kg.MeetingKind(kind), Status: kg.StatusOccurred, Date: parseDate(date), PlaceID: place,
					Participants: []kg.Participant{{ActorID: q.ActorID, Role: role}}}
				ms[mid] = m
				mids = append(mids, mid)
			}
			m.Participants = append(m.Participants, kg.Participant{ActorID: cp, Role: cpRole})
			by[cp] = append(by[cp], ref{mid, key})
			return nil
		}, query, args...)
		if err != nil {
			return err
		}
		if len(by) == 0 {
			// Nothing met: say NOT_FOUND if the actor is unknown.
			return requireActors(ctx, tx, []string{q.ActorID})
		}
		ev, err := loadEvidence(ctx, tx, mids)
		if err != nil {
			return err
		}
		for id, m := range ms {
			sort.Slice(m.Participants, func(i, j int) bool { return m.Participants[i].ActorID < m.Participants[j].ActorID })
			m.Evidence = ev[id]
		}
		out = make([]kg.Encounter, 0, len(by))
		for cp, refs := range by {
			sort.Slice(refs, func(i, j int) bool {
				if refs[i].key != refs[j].key {
					return refs[i].key < refs[j].key
				}
				return refs[i].id < refs[j].id
			})
			e := kg.Encounter{CounterpartID: cp, Count: len(refs), Meetings: make([]kg.Meeting, 0, len(refs))}
			for _, rf := range refs {
				m := ms[rf.id]
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
		return nil
	}
	key := cacheKey("encounters", q)
	if res, ok := fastCached(ctx, s, key, cloneEncounters); ok {
		return res, nil
	}
	// A current fact index answers without SQL (hotpath.go); the SQL path
	// (compute) serves while it is being built.
	if s.timelineIndex != indexNever {
		if gen, err := s.peekGeneration(ctx); err == nil {
			if fi := s.factPub.Load(); fi != nil && fi.gen == gen {
				if _, miss := s.cachedActors(gen, []string{q.ActorID}); len(miss) == 0 {
					if es, ok := fi.encountersFromMemory(q); ok {
						s.keep(gen, key, es)
						return cloneEncounters(es), nil
					}
				}
			}
		}
	}
	err := s.readTx(ctx, "encounters", func(tx querier) error {
		gen, err := generation(ctx, tx)
		if err != nil {
			return err
		}
		fi, err := s.currentFacts(ctx, tx, gen)
		if err != nil {
			return err
		}
		if fi != nil {
			if err := s.requireKnownActors(ctx, tx, gen, []string{q.ActorID}); err != nil {
				return err
			}
			es, err := fi.encounters(ctx, tx, q)
			if err != nil {
				return err
			}
			s.keep(gen, key, es)
			out = cloneEncounters(es)
			return nil
		}
		res, err := cached(ctx, s, tx, key, cloneEncounters, func() ([]kg.Encounter, error) {
			err := compute(tx)
			return out, err
		})
		out = res
		return err
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// sortRoles orders roles latest AsOf first, unknown dates last, then by id.
func sortRoles(rs []kg.Role) {
	sort.Slice(rs, func(i, j int) bool {
		a, b := rs[i], rs[j]
		if a.AsOf != b.AsOf {
			switch {
			case a.AsOf.IsZero():
				return false
			case b.AsOf.IsZero():
				return true
			}
			return a.AsOf.OrderKey() > b.AsOf.OrderKey()
		}
		return a.ID < b.ID
	})
}

type eventRef struct {
	key, id string
	meeting bool
}

// Timeline pages through meetings (both statuses) and statements in
// (date order key, id) order. An event involves an actor when the actor
// takes part in the meeting, or speaks or is spoken about in the statement.
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
	var afterKey, afterID string
	if q.After != "" {
		var err error
		if afterKey, afterID, err = kg.DecodeCursor(q.After); err != nil {
			return page, err
		}
	}
	compute := func(tx querier) error {
		var sources []evSource
		actors := []string{""}
		if len(q.ActorIDs) > 0 {
			if err := requireActors(ctx, tx, q.ActorIDs); err != nil {
				return err
			}
			actors = claims.NormIDs(append([]string(nil), q.ActorIDs...))
			if wantM {
				sources = append(sources, srcParticipants)
			}
			if wantS {
				sources = append(sources, srcSpeaker, srcAbout)
			}
		} else {
			if wantM {
				sources = append(sources, srcMeetings)
			}
			if wantS {
				sources = append(sources, srcStatements)
			}
		}
		df, dargs := dateFilter("e", q.From, q.To)
		var err error
		if page.TotalCount, err = s.timelineTotal(ctx, tx, sources, q.ActorIDs, df, dargs); err != nil {
			return err
		}
		var refs []eventRef
		for _, src := range sources {
			for _, actor := range actors {
				for _, seg := range dateSegments(q.From, q.To) {
					var args []any
					if actor != "" {
						args = append(args, actor)
					}
					args = append(append(args, dargs...), seg.args...)
					if q.After != "" {
						args = append(args, afterKey, afterID)
					}
					args = append(args, q.First+1)
					err := scanAll(ctx, tx, func(r *sql.Rows) error {
						e := eventRef{meeting: src.meeting}
						if err := r.Scan(&e.key, &e.id); err != nil {
							return err
						}
						refs = append(refs, e)
						return nil
					}, timelinePageSQL(src, actor != "", df, seg, q.After != ""), args...)
					if err != nil {
						return err
					}
				}
			}
		}
		sort.Slice(refs, func(i, j int) bool {
			if refs[i].key != refs[j].key {
				return refs[i].key < refs[j].key
			}
			return refs[i].id < refs[j].id
		})
		// An event found through two actors or two roles (speaker and
		// about) is one event.
		refs = slices.CompactFunc(refs, func(a, b eventRef) bool { return a.id == b.id })
		if len(refs) > q.First {
			page.HasNextPage = true
			refs = refs[:q.First]
		}
		var mids, sids []string
		for _, r := range refs {
			if r.meeting {
				mids = append(mids, r.id)
			} else {
				sids = append(sids, r.id)
			}
		}
		ms, err := loadMeetings(ctx, tx, mids, false)
		if err != nil {
			return err
		}
		ss, err := loadStatements(ctx, tx, sids, false)
		if err != nil {
			return err
		}
		ev, err := loadEvidence(ctx, tx, append(append([]string(nil), mids...), sids...))
		if err != nil {
			return err
		}
		for id, m := range ms {
			m.Evidence = ev[id]
		}
		for id, st := range ss {
			st.Evidence = ev[id]
		}
		page.Events = make([]kg.Event, 0, len(refs))
		for _, r := range refs {
			if r.meeting {
				page.Events = append(page.Events, kg.Event{Meeting: ms[r.id]})
			} else {
				page.Events = append(page.Events, kg.Event{Statement: ss[r.id]})
			}
		}
		if n := len(page.Events); n > 0 {
			page.EndCursor = page.Events[n-1].Cursor()
		}
		return nil
	}
	// Fast path: the fact index is current, the actors and the page's
	// events are kept: no read transaction at all.
	if s.timelineIndex != indexNever {
		if gen, err := s.peekGeneration(ctx); err == nil {
			if fi := s.factPub.Load(); fi != nil && fi.gen == gen {
				if _, miss := s.cachedActors(gen, q.ActorIDs); len(miss) == 0 && !hasEmpty(q.ActorIDs) {
					if p, ok := fi.timelineFromMemory(q, wantM, wantS, afterKey, afterID); ok {
						return p, nil
					}
				}
			}
		}
	}
	err := s.readTx(ctx, "timeline", func(tx querier) error {
		gen, err := generation(ctx, tx)
		if err != nil {
			return err
		}
		fi, err := s.currentFacts(ctx, tx, gen)
		if err != nil {
			return err
		}
		if fi != nil {
			// In memory (hotpath.go); unknown actors are still NOT_FOUND.
			if len(q.ActorIDs) > 0 {
				if err := s.requireKnownActors(ctx, tx, gen, q.ActorIDs); err != nil {
					return err
				}
			}
			page, err = fi.timeline(ctx, tx, q, wantM, wantS, afterKey, afterID)
			return err
		}
		res, err := cached(ctx, s, tx, cacheKey("timeline", q), clonePage, func() (kg.EventPage, error) {
			err := compute(tx)
			return page, err
		})
		page = res
		return err
	})
	if err != nil {
		return kg.EventPage{}, err
	}
	return page, nil
}

// evSource is a table timeline events are read from: the event tables
// themselves, or (for an actor filter) the per-actor rows that carry the
// event's date columns, indexed by (actor, order key, id).
type evSource struct {
	from, idCol, actorCol string
	meeting               bool
}

var (
	srcMeetings     = evSource{"meetings e", "e.id", "", true}
	srcStatements   = evSource{"statements e", "e.id", "", false}
	srcParticipants = evSource{"participants e", "e.meeting_id", "e.actor_id", true}
	srcSpeaker      = evSource{"statements e", "e.id", "e.speaker_id", false}
	srcAbout        = evSource{"statement_about e", "e.statement_id", "e.actor_id", false}
)

// timelinePageSQL is the query for one page of one source (one actor, one
// date segment), in index order. Only fixed fragments are concatenated;
// values are parameters, in order: actor, date filter, segment, cursor,
// limit.
func timelinePageSQL(src evSource, actor bool, dateFilter string, seg segment, after bool) string {
	q := `SELECT e.order_key, ` + src.idCol + ` FROM ` + src.from + ` WHERE 1`
	if actor {
		q += ` AND ` + src.actorCol + ` = ?`
	}
	q += dateFilter + seg.where
	if after {
		q += ` AND (e.order_key, ` + src.idCol + `) > (?, ?)`
	}
	return q + ` ORDER BY e.order_key, ` + src.idCol + ` LIMIT ?`
}

// timelineTotal counts the matching events: per table without an actor
// filter, else the distinct events of the actors over all sources.
func (s *Store) timelineTotal(ctx context.Context, tx querier, sources []evSource, actors []string, df string, dargs []any) (int, error) {
	if len(actors) == 0 {
		total := 0
		for _, src := range sources {
			n, err := s.count(ctx, tx, `SELECT count(*) FROM `+src.from+` WHERE 1`+df, dargs...)
			if err != nil {
				return 0, err
			}
			total += n
		}
		return total, nil
	}
	var parts []string
	var args []any
	list := idList(actors)
	for _, src := range sources {
		parts = append(parts, `SELECT `+src.idCol+` FROM `+src.from+` WHERE `+src.actorCol+` IN (SELECT value FROM json_each(?))`+df)
		args = append(append(args, list), dargs...)
	}
	return s.count(ctx, tx, `SELECT count(*) FROM (`+strings.Join(parts, ` UNION `)+`)`, args...)
}

// count runs a count query, remembering the answer for the database
// generation it was computed in: paging through a timeline asks for the
// same total on every page, and a total over the whole graph costs a scan.
func (s *Store) count(ctx context.Context, tx querier, query string, args ...any) (int, error) {
	var gen int64
	if err := tx.QueryRowContext(ctx, `SELECT value FROM meta WHERE key = 'generation'`).Scan(&gen); err != nil {
		return 0, err
	}
	key := fmt.Sprint(query, args)
	s.countM.Lock()
	if s.counts == nil || s.countGen != gen {
		s.counts, s.countGen = map[string]int{}, gen
	}
	n, ok := s.counts[key]
	s.countM.Unlock()
	if ok {
		return n, nil
	}
	if err := tx.QueryRowContext(ctx, query, args...).Scan(&n); err != nil {
		return 0, err
	}
	s.countM.Lock()
	if s.countGen == gen && len(s.counts) < 10000 {
		s.counts[key] = n
	}
	s.countM.Unlock()
	return n, nil
}
