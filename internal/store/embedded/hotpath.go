package embedded

import (
	"context"
	"os"
	"sync"
	"time"

	"github.com/actorgraph/actorgraph/internal/kg"
	"github.com/actorgraph/actorgraph/internal/store/claims"
)

// The read path's per-generation memory: answers in between two writes
// come from memory where they can, and every write (a new generation)
// starts afresh, so nothing stale is ever served.
//
//   - The fact index (factindex.go) serves timelines once it is built for
//     the current generation. A timeline that finds it missing or stale
//     does not wait for it: it reads the SQL indexes (timelineSQL) and
//     starts one build in the background. While a loader writes, the
//     generation moves on faster than builds finish and timelines stay on
//     SQL; on a graph at rest the index takes over within one build.
//   - Hydrated meetings and statements (with evidence) are kept in the
//     fact index, so a timeline page costs no query once its events were
//     read in this generation.
//   - Actors read by ActorsByID are kept for their generation.

// indexMode says when Timeline reads the fact index (tests force each
// path; the server runs indexAuto).
type indexMode uint8

const (
	indexAuto   indexMode = iota // when built for the generation; else SQL, and build in the background
	indexAlways                  // build it if needed, then use it
	indexNever                   // always SQL
)

// maxHydrated bounds the hydrated facts kept per generation.
const maxHydrated = 200000

// currentFacts returns the fact index of the snapshot q reads according
// to s.timelineIndex, or nil when the caller should read SQL.
func (s *Store) currentFacts(ctx context.Context, q querier, gen int64) (*factIndex, error) {
	switch s.timelineIndex {
	case indexNever:
		return nil, nil
	case indexAlways:
		return s.facts(ctx, q)
	}
	if fi := s.factPub.Load(); fi != nil && fi.gen == gen {
		return fi, nil
	}
	if s.building.CompareAndSwap(false, true) {
		go func() {
			defer s.building.Store(false)
			bctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
			defer cancel()
			// A failure (the store closing, say) only means timelines keep
			// reading SQL; the next one tries again.
			_ = s.readTx(bctx, "fact index", func(q querier) error {
				_, err := s.facts(bctx, q)
				return err
			})
		}()
	}
	return nil, nil
}

// hydrate returns copies of the meetings and statements with these ids,
// with their evidence, reading only those not yet kept for this
// generation. q must read the index's generation.
func (fi *factIndex) hydrate(ctx context.Context, q querier, mids, sids []string) (map[string]kg.Meeting, map[string]kg.Statement, error) {
	ms := make(map[string]kg.Meeting, len(mids))
	ss := make(map[string]kg.Statement, len(sids))
	var missM, missS []string
	fi.hm.Lock()
	for _, id := range mids {
		if m, ok := fi.hMeetings[id]; ok {
			ms[id] = cloneMeeting(*m)
		} else {
			missM = append(missM, id)
		}
	}
	for _, id := range sids {
		if st, ok := fi.hStatements[id]; ok {
			ss[id] = cloneStatement(*st)
		} else {
			missS = append(missS, id)
		}
	}
	fi.hm.Unlock()
	if len(missM) == 0 && len(missS) == 0 {
		return ms, ss, nil
	}
	lm, err := loadMeetings(ctx, q, missM, false)
	if err != nil {
		return nil, nil, err
	}
	ls, err := loadStatements(ctx, q, missS, false)
	if err != nil {
		return nil, nil, err
	}
	ev, err := loadEvidence(ctx, q, append(append([]string(nil), missM...), missS...))
	if err != nil {
		return nil, nil, err
	}
	fi.hm.Lock()
	defer fi.hm.Unlock()
	if fi.hMeetings == nil {
		fi.hMeetings, fi.hStatements = map[string]*kg.Meeting{}, map[string]*kg.Statement{}
	}
	keep := len(fi.hMeetings)+len(fi.hStatements) < maxHydrated
	for id, m := range lm {
		m.Evidence = ev[id]
		ms[id] = cloneMeeting(*m)
		if keep {
			fi.hMeetings[id] = m
		}
	}
	for id, st := range ls {
		st.Evidence = ev[id]
		ss[id] = cloneStatement(*st)
		if keep {
			fi.hStatements[id] = st
		}
	}
	return ms, ss, nil
}

// timeline computes a timeline page on the fact index: the same rules as
// the SQL path of Store.Timeline. q must read the index's generation.
func (fi *factIndex) timeline(ctx context.Context, q querier, tq kg.TimelineQuery, wantM, wantS bool, afterKey, afterID string) (kg.EventPage, error) {
	refs, total, next := fi.timelineRefs(tq, wantM, wantS, afterKey, afterID)
	mids, sids := splitRefs(refs)
	ms, ss, err := fi.hydrate(ctx, q, mids, sids)
	if err != nil {
		return kg.EventPage{}, err
	}
	return eventPage(refs, total, next, ms, ss), nil
}

// timelineFromMemory is timeline without a database: ok is false when an
// event of the page was not hydrated in this generation yet.
func (fi *factIndex) timelineFromMemory(tq kg.TimelineQuery, wantM, wantS bool, afterKey, afterID string) (kg.EventPage, bool) {
	refs, total, next := fi.timelineRefs(tq, wantM, wantS, afterKey, afterID)
	mids, sids := splitRefs(refs)
	ms, ss, ok := fi.kept(mids, sids)
	if !ok {
		return kg.EventPage{}, false
	}
	return eventPage(refs, total, next, ms, ss), true
}

// timelineRefs selects, counts and pages the events of a timeline.
func (fi *factIndex) timelineRefs(tq kg.TimelineQuery, wantM, wantS bool, afterKey, afterID string) (refs []eventRef, total int, hasNext bool) {
	var mSel, sSel []int32 // nil: all
	if len(tq.ActorIDs) > 0 {
		var ml, sl [][]int32
		for _, id := range tq.ActorIDs {
			ml = append(ml, fi.byActorMeetings[id])
			sl = append(sl, fi.bySpeaker[id], fi.byAbout[id])
		}
		if mSel = union(ml); mSel == nil {
			mSel = []int32{}
		}
		if sSel = union(sl); sSel == nil {
			sSel = []int32{}
		}
	}
	if !wantM {
		mSel = []int32{}
	}
	if !wantS {
		sSel = []int32{}
	}
	mi := inOrder(len(fi.meetings), mSel, nil, kg.SortAsc)
	si := inOrder(len(fi.statements), sSel, nil, kg.SortAsc)
	after := tq.After != ""
	take := func(key, id string, meeting bool) {
		total++
		if after && !kg.SortAsc.AfterCursor(key, id, afterKey, afterID) {
			return
		}
		if len(refs) < tq.First {
			refs = append(refs, eventRef{key: key, id: id, meeting: meeting})
		} else {
			hasNext = true
		}
	}
	// Merge the two ordered lists, keeping the events in the range.
	i, j := 0, 0
	for i < len(mi) || j < len(si) {
		var m *meetingRow
		var st *statementRow
		if i < len(mi) {
			m = &fi.meetings[mi[i]]
		}
		if j < len(si) {
			st = &fi.statements[si[j]]
		}
		if st == nil || (m != nil && kg.SortAsc.Before(m.key, m.id, st.key, st.id)) {
			i++
			if m.date.InRange(tq.From, tq.To) {
				take(m.key, m.id, true)
			}
			continue
		}
		j++
		if st.date.InRange(tq.From, tq.To) {
			take(st.key, st.id, false)
		}
	}
	return refs, total, hasNext
}

func splitRefs(refs []eventRef) (mids, sids []string) {
	for _, r := range refs {
		if r.meeting {
			mids = append(mids, r.id)
		} else {
			sids = append(sids, r.id)
		}
	}
	return mids, sids
}

func eventPage(refs []eventRef, total int, next bool, ms map[string]kg.Meeting, ss map[string]kg.Statement) kg.EventPage {
	page := kg.EventPage{TotalCount: total, HasNextPage: next, Events: make([]kg.Event, 0, len(refs))}
	for _, r := range refs {
		if r.meeting {
			if m, ok := ms[r.id]; ok {
				page.Events = append(page.Events, kg.Event{Meeting: &m})
			}
		} else if st, ok := ss[r.id]; ok {
			page.Events = append(page.Events, kg.Event{Statement: &st})
		}
	}
	if n := len(page.Events); n > 0 {
		page.EndCursor = page.Events[n-1].Cursor()
	}
	return page
}

// kept returns copies of hydrated facts, ok only when all were kept.
func (fi *factIndex) kept(mids, sids []string) (map[string]kg.Meeting, map[string]kg.Statement, bool) {
	fi.hm.Lock()
	defer fi.hm.Unlock()
	ms := make(map[string]kg.Meeting, len(mids))
	ss := make(map[string]kg.Statement, len(sids))
	for _, id := range mids {
		m, ok := fi.hMeetings[id]
		if !ok {
			return nil, nil, false
		}
		ms[id] = cloneMeeting(*m)
	}
	for _, id := range sids {
		st, ok := fi.hStatements[id]
		if !ok {
			return nil, nil, false
		}
		ss[id] = cloneStatement(*st)
	}
	return ms, ss, true
}

// peekGeneration returns the database's current generation without a
// read transaction: enough to tell whether answers kept for a generation
// are current, which is all the fast paths need (a kept answer is exactly
// what its generation's snapshot said).
//
// A statement costs some 50µs here, more than the rest of a warm lookup,
// so the probe first compares the WAL-index header in the -shm file
// (SQLite's documented WAL format: a writer changes its frame count,
// change counter, salts and checksum with every transaction) with the
// header read just before the generation was last read from the table: if
// it is the same, no transaction has committed since, in this process or
// any other. Otherwise (or when the file cannot be read) the generation
// is read with one autocommit statement.
func (s *Store) peekGeneration(ctx context.Context) (int64, error) {
	if err := ctx.Err(); err != nil {
		return 0, err
	}
	hdr, hok := s.probe.header(s.path)
	if hok {
		s.probe.mu.Lock()
		same := s.probe.ok && hdr == s.probe.hdr
		gen := s.probe.gen
		s.probe.mu.Unlock()
		if same {
			return gen, nil
		}
	}
	rc, err := s.reader(ctx)
	if err != nil {
		return 0, err
	}
	gen, err := generation(ctx, rc)
	s.release(rc, err == nil)
	if err == nil && hok {
		s.probe.mu.Lock()
		s.probe.hdr, s.probe.gen, s.probe.ok = hdr, gen, true
		s.probe.mu.Unlock()
	}
	return gen, err
}

// walProbe reads the WAL-index header of a database (see peekGeneration).
type walProbe struct {
	fm  sync.Mutex
	f   *os.File
	bad bool // the file cannot be used: always read the table

	mu  sync.Mutex
	hdr [96]byte // both copies of the header, as read before gen
	gen int64
	ok  bool
}

func (p *walProbe) header(dbPath string) (hdr [96]byte, ok bool) {
	p.fm.Lock()
	defer p.fm.Unlock()
	if p.bad {
		return hdr, false
	}
	if p.f == nil {
		f, err := os.Open(dbPath + "-shm")
		if err != nil {
			return hdr, false // not there yet: try again next time
		}
		p.f = f
	}
	if n, err := p.f.ReadAt(hdr[:], 0); err != nil || n != len(hdr) {
		p.bad = true
		return hdr, false
	}
	// Both copies agree when no writer is half-way through updating them;
	// a header being written is never trusted.
	if [48]byte(hdr[:48]) != [48]byte(hdr[48:]) {
		return hdr, false
	}
	return hdr, true
}

func (p *walProbe) close() {
	p.fm.Lock()
	defer p.fm.Unlock()
	if p.f != nil {
		p.f.Close()
		p.f = nil
	}
	p.bad = true
}

// fastCached answers from the result cache (cache.go) without a read
// transaction when the answer for key is kept for the current generation.
func fastCached[T any](ctx context.Context, s *Store, key string, clone func(T) T) (T, bool) {
	var zero T
	if s.noCache {
		return zero, false
	}
	gen, err := s.peekGeneration(ctx)
	if err != nil {
		return zero, false // the slow path reports it
	}
	v, ok := s.cache.get(gen, key)
	if !ok {
		return zero, false
	}
	return clone(v.(T)), true
}

// cachedActors returns the actors with these ids kept for generation gen
// and the ids not kept; putActors keeps actors read in generation gen.
func (s *Store) cachedActors(gen int64, ids []string) (map[string]kg.Actor, []string) {
	out := make(map[string]kg.Actor, len(ids))
	var miss []string
	s.actorsM.Lock()
	defer s.actorsM.Unlock()
	if s.actorGen != gen {
		s.actorCache, s.actorGen = nil, gen
	}
	for _, id := range ids {
		if a, ok := s.actorCache[id]; ok {
			out[id] = a
		} else {
			miss = append(miss, id)
		}
	}
	return out, miss
}

func (s *Store) putActors(gen int64, as map[string]*claims.Actor) {
	s.actorsM.Lock()
	defer s.actorsM.Unlock()
	if s.actorGen != gen {
		return // a newer generation is being served
	}
	if s.actorCache == nil {
		s.actorCache = map[string]kg.Actor{}
	}
	for id, a := range as {
		if len(s.actorCache) >= maxHydrated {
			return
		}
		s.actorCache[id] = a.Actor
	}
}

// encounterRefs groups an actor's occurred meetings (kinds and range as
// asked) by counterpart, in Encounters order, meetings oldest first.
func (fi *factIndex) encounterRefs(q kg.EncounterQuery) (order []string, by map[string][]int32) {
	by = map[string][]int32{}
	for _, i := range fi.byActorMeetings[q.ActorID] {
		m := &fi.meetings[i]
		if m.status != kg.StatusOccurred || !meetingMatches(m, q.Kinds, nil, "", q.From, q.To) {
			continue
		}
		for _, p := range m.parts {
			if p != q.ActorID {
				by[p] = append(by[p], i)
			}
		}
	}
	es := make([]kg.Encounter, 0, len(by))
	for cp, ms := range by {
		e := kg.Encounter{CounterpartID: cp, Count: len(ms)}
		for _, i := range ms {
			if d := fi.meetings[i].date; !d.IsZero() {
				if e.First.IsZero() {
					e.First = d
				}
				e.Last = d
			}
		}
		es = append(es, e)
	}
	kg.SortEncounters(es)
	for _, e := range es {
		order = append(order, e.CounterpartID)
	}
	return order, by
}

func (fi *factIndex) encounterAnswer(order []string, by map[string][]int32, ms map[string]kg.Meeting) []kg.Encounter {
	if len(order) == 0 {
		return nil
	}
	out := make([]kg.Encounter, 0, len(order))
	for _, cp := range order {
		e := kg.Encounter{CounterpartID: cp, Count: len(by[cp]), Meetings: make([]kg.Meeting, 0, len(by[cp]))}
		for _, i := range by[cp] {
			m := ms[fi.meetings[i].id]
			e.Meetings = append(e.Meetings, cloneMeeting(m))
			if !m.Date.IsZero() {
				if e.First.IsZero() {
					e.First = m.Date
				}
				e.Last = m.Date
			}
		}
		out = append(out, e)
	}
	return out
}

func encounterMeetingIDs(fi *factIndex, by map[string][]int32) []string {
	seen := map[int32]bool{}
	var ids []string
	for _, l := range by {
		for _, i := range l {
			if !seen[i] {
				seen[i] = true
				ids = append(ids, fi.meetings[i].id)
			}
		}
	}
	return ids
}

// encounters is Store.Encounters on the fact index; q must read the
// index's generation.
func (fi *factIndex) encounters(ctx context.Context, q querier, eq kg.EncounterQuery) ([]kg.Encounter, error) {
	order, by := fi.encounterRefs(eq)
	ms, _, err := fi.hydrate(ctx, q, encounterMeetingIDs(fi, by), nil)
	if err != nil {
		return nil, err
	}
	return fi.encounterAnswer(order, by, ms), nil
}

// encountersFromMemory is encounters without a database; ok is false when
// a meeting was not hydrated in this generation yet.
func (fi *factIndex) encountersFromMemory(eq kg.EncounterQuery) ([]kg.Encounter, bool) {
	order, by := fi.encounterRefs(eq)
	ms, _, ok := fi.kept(encounterMeetingIDs(fi, by), nil)
	if !ok {
		return nil, false
	}
	return fi.encounterAnswer(order, by, ms), true
}

// keep puts an answer computed for generation gen in the result cache.
func (s *Store) keep(gen int64, key string, v any) {
	if !s.noCache {
		s.cache.put(gen, key, v)
	}
}
