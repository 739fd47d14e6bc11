package embedded

import (
	"context"
	"database/sql"
	"sort"
	"strings"
	"sync"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// factIndex is an in-memory digest of the graph's meetings, statements and
// articles, built from one snapshot and kept until the database's
// generation changes (like the adjacency graph of paths). The connections
// (Meetings, Statements, Articles) and the aggregations filter, count and
// sort on it in Go, where every filter is the exact rule of kg's docs
// (PartialDate.InRange and all); only the page itself is then read from
// the database, with its evidence, in the same snapshot. A few thousand
// facts scan in well under a millisecond; the digest of the 2,200-article
// BBC graph takes a few megabytes.
type factIndex struct {
	gen        int64
	meetings   []meetingRow   // in (order key, id) order
	statements []statementRow // in (order key, id) order
	articles   []articleRow   // in (published order key, id) order

	byActorMeetings map[string][]int32 // actor id -> meetings it takes part in (ascending)
	bySpeaker       map[string][]int32 // actor id -> statements it made
	byAbout         map[string][]int32 // actor id -> statements about it
	// reporting: actor id -> articles reporting a fact involving it.
	reporting map[string][]int32

	// Hydrated facts read in this generation (see hydrate).
	hm          sync.Mutex
	hMeetings   map[string]*kg.Meeting
	hStatements map[string]*kg.Statement
}

type meetingRow struct {
	id, key string
	date    kg.PartialDate
	kind    kg.MeetingKind
	status  kg.MeetingStatus
	parts   []string // sorted
	sources []string // lower-cased sources of the reporting articles, sorted, unique
}

type statementRow struct {
	id, key     string
	date        kg.PartialDate
	speaker     string
	about       []string
	text, quote string // lower-cased, for Contains
	quoted      bool
	sources     []string
}

type articleRow struct {
	id, key   string
	published kg.PartialDate
	source    string // lower-cased
}

// facts returns the fact index of the snapshot q reads, building it when
// the cached one is of another generation.
func (s *Store) facts(ctx context.Context, q querier) (*factIndex, error) {
	gen, err := generation(ctx, q)
	if err != nil {
		return nil, err
	}
	s.factsM.Lock()
	defer s.factsM.Unlock()
	if s.factIdx != nil && s.factIdx.gen == gen {
		return s.factIdx, nil
	}
	fi, err := buildFactIndex(ctx, q, gen)
	if err != nil {
		return nil, err
	}
	s.factIdx = fi
	if old := s.factPub.Load(); old == nil || old.gen <= gen {
		s.factPub.Store(fi)
	}
	return fi, nil
}

func buildFactIndex(ctx context.Context, q querier, gen int64) (*factIndex, error) {
	fi := &factIndex{gen: gen, byActorMeetings: map[string][]int32{}, bySpeaker: map[string][]int32{},
		byAbout: map[string][]int32{}, reporting: map[string][]int32{}}
	mIdx := map[string]int32{}
	err := scanAll(ctx, q, func(r *sql.Rows) error {
		var m meetingRow
		var kind, status, date string
		if err := r.Scan(&m.id, &m.key, &kind, &status, &date); err != nil {
			return err
		}
		m.kind, m.status, m.date = kg.MeetingKind(kind), kg.MeetingStatus(status), parseDate(date)
		mIdx[m.id] = int32(len(fi.meetings))
		fi.meetings = append(fi.meetings, m)
		return nil
	}, `SELECT id, order_key, kind, status, date FROM meetings ORDER BY order_key, id`)
	if err != nil {
		return nil, err
	}
	err = scanAll(ctx, q, func(r *sql.Rows) error {
		var mid, aid string
		if err := r.Scan(&mid, &aid); err != nil {
			return err
		}
		if i, ok := mIdx[mid]; ok {
			fi.meetings[i].parts = append(fi.meetings[i].parts, aid)
			fi.byActorMeetings[aid] = append(fi.byActorMeetings[aid], i)
		}
		return nil
	}, `SELECT meeting_id, actor_id FROM participants`)
	if err != nil {
		return nil, err
	}
	sIdx := map[string]int32{}
	err = scanAll(ctx, q, func(r *sql.Rows) error {
		var st statementRow
		var date string
		if err := r.Scan(&st.id, &st.key, &st.speaker, &st.quote, &st.text, &date); err != nil {
			return err
		}
		st.date, st.quoted = parseDate(date), st.quote != ""
		st.quote, st.text = strings.ToLower(st.quote), strings.ToLower(st.text)
		i := int32(len(fi.statements))
		sIdx[st.id] = i
		fi.statements = append(fi.statements, st)
		fi.bySpeaker[st.speaker] = append(fi.bySpeaker[st.speaker], i)
		return nil
	}, `SELECT id, order_key, speaker_id, quote, text, date FROM statements ORDER BY order_key, id`)
	if err != nil {
		return nil, err
	}
	err = scanAll(ctx, q, func(r *sql.Rows) error {
		var sid, aid string
		if err := r.Scan(&sid, &aid); err != nil {
			return err
		}
		if i, ok := sIdx[sid]; ok {
			fi.statements[i].about = append(fi.statements[i].about, aid)
			fi.byAbout[aid] = append(fi.byAbout[aid], i)
		}
		return nil
	}, `SELECT statement_id, actor_id FROM statement_about`)
	if err != nil {
		return nil, err
	}
	aIdx := map[string]int32{}
	err = scanAll(ctx, q, func(r *sql.Rows) error {
		var a articleRow
		var pub string
		if err := r.Scan(&a.id, &pub, &a.source); err != nil {
			return err
		}
		a.published = parseDate(pub)
		a.key, a.source = a.published.OrderKey(), strings.ToLower(a.source)
		fi.articles = append(fi.articles, a)
		return nil
	}, `SELECT id, published, source FROM articles`)
	if err != nil {
		return nil, err
	}
	sort.Slice(fi.articles, func(i, j int) bool {
		return kg.SortAsc.Before(fi.articles[i].key, fi.articles[i].id, fi.articles[j].key, fi.articles[j].id)
	})
	for i, a := range fi.articles {
		aIdx[a.id] = int32(i)
	}
	// Roles: the actors each involves (person and "of").
	roleActors := map[string][]string{}
	err = scanAll(ctx, q, func(r *sql.Rows) error {
		var id, person, of string
		if err := r.Scan(&id, &person, &of); err != nil {
			return err
		}
		roleActors[id] = append(roleActors[id], person)
		if of != "" && of != person {
			roleActors[id] = append(roleActors[id], of)
		}
		return nil
	}, `SELECT id, person_id, of_id FROM roles`)
	if err != nil {
		return nil, err
	}
	// Evidence: which articles (and so which sources) report each fact,
	// and so which actors each article reports on.
	reporting := map[string]map[int32]bool{}
	report := func(actor string, art int32) {
		set := reporting[actor]
		if set == nil {
			set = map[int32]bool{}
			reporting[actor] = set
		}
		set[art] = true
	}
	err = scanAll(ctx, q, func(r *sql.Rows) error {
		var fid, aid string
		if err := r.Scan(&fid, &aid); err != nil {
			return err
		}
		ai, ok := aIdx[aid]
		if !ok {
			return nil
		}
		src := fi.articles[ai].source
		if i, ok := mIdx[fid]; ok {
			m := &fi.meetings[i]
			m.sources = append(m.sources, src)
			for _, p := range m.parts {
				report(p, ai)
			}
		} else if i, ok := sIdx[fid]; ok {
			st := &fi.statements[i]
			st.sources = append(st.sources, src)
			report(st.speaker, ai)
			for _, a := range st.about {
				report(a, ai)
			}
		} else {
			for _, a := range roleActors[fid] {
				report(a, ai)
			}
		}
		return nil
	}, `SELECT DISTINCT fact_id, article_id FROM evidence`)
	if err != nil {
		return nil, err
	}
	for i := range fi.meetings {
		m := &fi.meetings[i]
		sort.Strings(m.parts)
		m.sources = uniqueSorted(m.sources)
	}
	for i := range fi.statements {
		fi.statements[i].sources = uniqueSorted(fi.statements[i].sources)
	}
	for actor, set := range reporting {
		l := make([]int32, 0, len(set))
		for a := range set {
			l = append(l, a)
		}
		sort.Slice(l, func(i, j int) bool { return l[i] < l[j] })
		fi.reporting[actor] = l
	}
	for _, m := range []map[string][]int32{fi.byActorMeetings, fi.bySpeaker, fi.byAbout} {
		for k, l := range m {
			sort.Slice(l, func(i, j int) bool { return l[i] < l[j] })
			m[k] = dedupInt32(l)
		}
	}
	return fi, nil
}

func uniqueSorted(ss []string) []string {
	sort.Strings(ss)
	out := ss[:0]
	for i, s := range ss {
		if i == 0 || s != ss[i-1] {
			out = append(out, s)
		}
	}
	return out
}

func dedupInt32(l []int32) []int32 {
	out := l[:0]
	for i, v := range l {
		if i == 0 || v != l[i-1] {
			out = append(out, v)
		}
	}
	return out
}

func hasString(sorted []string, s string) bool {
	i := sort.SearchStrings(sorted, s)
	return i < len(sorted) && sorted[i] == s
}

// intersect returns the elements of every list (each ascending).
func intersect(lists [][]int32) []int32 {
	if len(lists) == 0 {
		return nil
	}
	sort.Slice(lists, func(i, j int) bool { return len(lists[i]) < len(lists[j]) })
	out := append([]int32(nil), lists[0]...)
	for _, l := range lists[1:] {
		k := 0
		for _, v := range out {
			j := sort.Search(len(l), func(i int) bool { return l[i] >= v })
			if j < len(l) && l[j] == v {
				out[k] = v
				k++
			}
		}
		out = out[:k]
	}
	return out
}

// union returns the elements of any list, ascending.
func union(lists [][]int32) []int32 {
	var out []int32
	for _, l := range lists {
		out = append(out, l...)
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return dedupInt32(out)
}

// inOrder returns the positions 0..n-1 (or only those of sel, ascending,
// when sel is not nil) in the order o: rows are stored in ascending
// (key, id) order with unknown dates ("~") last, so descending order is
// the known rows reversed, then the unknown rows reversed.
func inOrder(n int, sel []int32, key func(int32) string, o kg.SortOrder) []int32 {
	if sel == nil {
		sel = make([]int32, n)
		for i := range sel {
			sel[i] = int32(i)
		}
	} else {
		sel = append([]int32(nil), sel...)
	}
	if o != kg.SortDesc {
		return sel // key is not needed
	}
	split := sort.Search(len(sel), func(i int) bool { return key(sel[i]) == "~" })
	out := make([]int32, 0, len(sel))
	for i := split - 1; i >= 0; i-- {
		out = append(out, sel[i])
	}
	for i := len(sel) - 1; i >= split; i-- {
		out = append(out, sel[i])
	}
	return out
}
