package embedded

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"sync"

	"github.com/actorgraph/actorgraph/internal/kg"
	"github.com/actorgraph/actorgraph/internal/store/claims"
)

// Upsert writes one article's facts in one transaction.
func (s *Store) Upsert(ctx context.Context, facts *kg.ArticleFacts) (kg.UpsertResult, error) {
	rs, err := s.UpsertMany(ctx, []*kg.ArticleFacts{facts})
	if err != nil {
		return "", err
	}
	return rs[0], nil
}

// UpsertMany writes a batch of articles in one transaction, all or none.
// The same article id may appear more than once; the batch then behaves as
// if its items were upserted one after the other.
func (s *Store) UpsertMany(ctx context.Context, batch []*kg.ArticleFacts) ([]kg.UpsertResult, error) {
	pb, err := s.PrepareMany(batch)
	if err != nil {
		return nil, err
	}
	return s.UpsertPrepared(ctx, pb)
}

// preparedBatch is a batch checked and encoded by PrepareMany.
type preparedBatch struct {
	items []preparedArticle
}

// preparedArticle is one article's part of an upsert that does not depend
// on what the database holds: its checked facts, its claims and their
// JSON encoding (articles.claims).
type preparedArticle struct {
	p      *claims.Prepared
	claims articleClaims
	doc    string
}

// PrepareMany does the part of UpsertMany that needs no database: checking
// the facts (claims.Prepare) and encoding each article's claims. It reads
// nothing from the store and may run on any goroutine, concurrently with a
// write; the ingest pipeline calls it on the goroutine that resolves, so
// that this work overlaps the write of the batch before. The facts must not
// change between PrepareMany and UpsertPrepared. Errors are UpsertMany's.
func (s *Store) PrepareMany(batch []*kg.ArticleFacts) (any, error) {
	pb := &preparedBatch{items: make([]preparedArticle, len(batch))}
	var buf []byte
	for i, f := range batch {
		p, err := claims.Prepare(f)
		if err != nil {
			if len(batch) > 1 {
				return nil, kg.WrapError(kg.ErrorCode(err), err, "batch item %d", i)
			}
			return nil, err
		}
		c := claimsOf(p)
		buf = c.appendJSON(buf[:0])
		pb.items[i] = preparedArticle{p: p, claims: c, doc: string(buf)}
	}
	return pb, nil
}

// UpsertPrepared writes batches made by PrepareMany (on this store or
// another embedded one), in order, in one transaction, as UpsertMany does
// with their articles one after the other.
func (s *Store) UpsertPrepared(ctx context.Context, prepared ...any) ([]kg.UpsertResult, error) {
	var ps []preparedArticle
	for _, p := range prepared {
		pb, ok := p.(*preparedBatch)
		if !ok || pb == nil {
			return nil, kg.Errorf(kg.CodeInternal, "embedded store: UpsertPrepared given %T, not a PrepareMany result", p)
		}
		if len(prepared) == 1 {
			ps = pb.items
		} else {
			ps = append(ps, pb.items...)
		}
	}
	results := make([]kg.UpsertResult, len(ps))
	if len(ps) == 0 {
		return results, nil
	}
	if err := ctx.Err(); err != nil {
		return nil, s.fail(ctx, err, "upsert")
	}

	s.writeM.Lock()
	defer s.writeM.Unlock()
	tx, err := s.wdb.BeginTx(ctx, nil)
	if err != nil {
		return nil, s.fail(ctx, err, "begin write")
	}
	defer tx.Rollback()
	w := &writer{ctx: ctx, tx: tx, s: s, stmts: map[string]*sql.Stmt{}}
	err = w.upsert(ps, results)
	if err == nil && failBeforeCommit != nil {
		err = failBeforeCommit()
	}
	if err != nil {
		s.tallies.reset() // it may hold this transaction's changes
		return nil, s.fail(ctx, err, "upsert")
	}
	if err := tx.Commit(); err != nil {
		s.tallies.reset()
		return nil, s.fail(ctx, err, "commit")
	}
	s.tallies.committed(w.gen)
	s.advanceStats(w.gen-w.genStep, w.gen, w.counted)
	s.ckpt.committed()
	s.keepStatements(ctx, w.fresh)
	return results, nil
}

// failBeforeCommit, when set by a test, fails write transactions after
// their changes are made, as a full disk or a lost file would.
var failBeforeCommit func() error

// tallyCache keeps the decoded tallies of the facts most batches touch
// (actors, places, roles: a country is in most articles) between write
// transactions, so a batch does not read back and decode what the last
// one wrote. It is exact: it is only used while the database generation
// is the one its last commit left (no other process wrote since), and it
// is dropped when a transaction fails. Guarded by Store.writeM.
type tallyCache struct {
	m   map[string]any // fact id -> *actorTally, *placeTally or *roleTally
	gen int64          // generation the cache reflects; valid when m != nil
}

// maxCachedTallies bounds the cache; past it the cache starts over.
const maxCachedTallies = 50000

func (c *tallyCache) reset() { c.m = nil }

// begin returns the cache for a transaction that sees generation gen.
func (c *tallyCache) begin(gen int64) map[string]any {
	if c.m == nil || c.gen != gen || len(c.m) > maxCachedTallies {
		c.m = map[string]any{}
	}
	c.gen = -1 // until committed
	return c.m
}

func (c *tallyCache) committed(gen int64) {
	if c.m != nil {
		c.gen = gen
	}
}

type writer struct {
	ctx    context.Context
	tx     *sql.Tx
	s      *Store
	stmts  map[string]*sql.Stmt // this transaction's statements
	fresh  []string             // queries not prepared on the store yet
	gen    int64                // the database generation after this transaction
	cached map[string]any       // see tallyCache
	buf    []byte               // scratch for encoding
	// counted is how this transaction changes Stats; genStep is 1 when it
	// advanced the generation (see advanceStats).
	counted kg.Stats
	genStep int64
}

// advanceStats carries the cached Stats of generation from over to a
// transaction of this store that took the database from generation from
// to to, adding what the transaction counted: ingest's closing Stats then
// reads no table (counting articles and statements scanned most of the
// file). When the cache holds another generation (another process wrote,
// or nothing was cached) it is left alone, and Stats counts.
func (s *Store) advanceStats(from, to int64, d kg.Stats) {
	if from == to {
		return
	}
	s.countM.Lock()
	defer s.countM.Unlock()
	if !s.statsOK || s.statsGen != from {
		return
	}
	st := &s.stats
	st.Articles += d.Articles
	st.Actors += d.Actors
	st.Meetings += d.Meetings
	st.Statements += d.Statements
	st.Roles += d.Roles
	st.Places += d.Places
	s.statsGen = to
}

// stmt returns q prepared on the write connection. Statements are
// prepared once per store and reused by every transaction (parsing SQL
// was a quarter of the ingest time). The single write connection is busy
// during a transaction, so a statement seen for the first time is prepared
// on the transaction and, after commit, for good (see keepStatements).
func (w *writer) stmt(q string) (*sql.Stmt, error) {
	if st := w.stmts[q]; st != nil {
		return st, nil
	}
	var st *sql.Stmt
	if ps := w.s.wstmts[q]; ps != nil {
		st = w.tx.StmtContext(w.ctx, ps)
	} else {
		var err error
		if st, err = w.tx.PrepareContext(w.ctx, q); err != nil {
			return nil, err
		}
		w.fresh = append(w.fresh, q)
	}
	w.stmts[q] = st
	return st, nil
}

// keepStatements prepares, on the idle write connection, the statements
// the last transaction met for the first time.
func (s *Store) keepStatements(ctx context.Context, qs []string) {
	for _, q := range qs {
		if s.wstmts[q] != nil {
			continue
		}
		if ps, err := s.wdb.PrepareContext(ctx, q); err == nil {
			s.wstmts[q] = ps
		}
	}
}

func (w *writer) exec(q string, args ...any) error {
	st, err := w.stmt(q)
	if err != nil {
		return err
	}
	_, err = st.ExecContext(w.ctx, args...)
	return err
}

func (w *writer) query(q string, args ...any) (*sql.Rows, error) {
	st, err := w.stmt(q)
	if err != nil {
		return nil, err
	}
	return st.QueryContext(w.ctx, args...)
}

// QueryContext and QueryRowContext make the writer a querier, so the
// loaders shared with reads run on prepared statements too.
func (w *writer) QueryContext(_ context.Context, q string, args ...any) (*sql.Rows, error) {
	return w.query(q, args...)
}

func (w *writer) QueryRowContext(_ context.Context, q string, args ...any) *sql.Row {
	st, err := w.stmt(q)
	if err != nil {
		return w.tx.QueryRowContext(w.ctx, q, args...) // reports the same error
	}
	return st.QueryRowContext(w.ctx, args...)
}

// idList encodes ids for "IN (SELECT value FROM json_each(?))": one
// parameter whatever the number of ids.
func idList(ids []string) string {
	if ids == nil {
		ids = []string{}
	}
	b, _ := json.Marshal(ids)
	return string(b)
}

// articleClaims is what one article says, as stored in articles.claims.
type articleClaims struct {
	Actors     []claims.Actor `json:"actors,omitempty"`
	Places     []kg.Place     `json:"places,omitempty"`
	Meetings   []kg.Meeting   `json:"meetings,omitempty"`
	Statements []kg.Statement `json:"statements,omitempty"`
	Roles      []kg.Role      `json:"roles,omitempty"`
}

func claimsOf(p *claims.Prepared) articleClaims {
	var c articleClaims
	if len(p.Actors) > 0 {
		c.Actors = make([]claims.Actor, 0, len(p.Actors))
	}
	if len(p.Statements) > 0 {
		c.Statements = make([]kg.Statement, 0, len(p.Statements))
	}
	for _, id := range sortedKeys(p.Actors) {
		c.Actors = append(c.Actors, p.Actors[id])
	}
	for _, id := range sortedKeys(p.Places) {
		c.Places = append(c.Places, p.Places[id])
	}
	for _, id := range sortedKeys(p.Meetings) {
		c.Meetings = append(c.Meetings, p.Meetings[id])
	}
	for _, id := range sortedKeys(p.Statements) {
		c.Statements = append(c.Statements, p.Statements[id])
	}
	for _, id := range sortedKeys(p.Roles) {
		c.Roles = append(c.Roles, p.Roles[id])
	}
	return c
}

// factIDs returns the ids of the facts that carry evidence.
func (c articleClaims) factIDs() []string {
	var ids []string
	for _, m := range c.Meetings {
		ids = append(ids, m.ID)
	}
	for _, s := range c.Statements {
		ids = append(ids, s.ID)
	}
	for _, r := range c.Roles {
		ids = append(ids, r.ID)
	}
	return ids
}

// delta is a claim added (sign 1) or taken back (sign -1).
type delta[C any] struct {
	c    C
	sign int
}

type deltas struct {
	actors     map[string][]delta[claims.Actor]
	places     map[string][]delta[kg.Place]
	meetings   map[string][]delta[kg.Meeting]
	statements map[string][]delta[kg.Statement]
	roles      map[string][]delta[kg.Role]
}

func (d *deltas) add(c articleClaims, sign int) {
	for _, v := range c.Actors {
		d.actors[v.ID] = append(d.actors[v.ID], delta[claims.Actor]{v, sign})
	}
	for _, v := range c.Places {
		d.places[v.ID] = append(d.places[v.ID], delta[kg.Place]{v, sign})
	}
	for _, v := range c.Meetings {
		d.meetings[v.ID] = append(d.meetings[v.ID], delta[kg.Meeting]{v, sign})
	}
	for _, v := range c.Statements {
		d.statements[v.ID] = append(d.statements[v.ID], delta[kg.Statement]{v, sign})
	}
	for _, v := range c.Roles {
		d.roles[v.ID] = append(d.roles[v.ID], delta[kg.Role]{v, sign})
	}
}

func (w *writer) upsert(ps []preparedArticle, results []kg.UpsertResult) error {
	if err := w.QueryRowContext(w.ctx, `SELECT value FROM meta WHERE key = 'generation'`).Scan(&w.gen); err != nil {
		return err
	}
	w.cached = w.s.tallies.begin(w.gen)
	ids := make([]string, len(ps))
	for i, pa := range ps {
		ids[i] = pa.p.Article.ID
	}
	stored := map[string]string{} // article id -> content hash in the database
	rows, err := w.query(`SELECT id, content_hash FROM articles WHERE id IN (SELECT value FROM json_each(?))`, idList(ids))
	if err != nil {
		return err
	}
	for rows.Next() {
		var id, h string
		if err := rows.Scan(&id, &h); err != nil {
			rows.Close()
			return err
		}
		stored[id] = h
	}
	if err := rows.Close(); err != nil {
		return err
	}

	// Results as if the items were applied in order; only each id's last
	// version is written, and only when it differs from the stored one.
	state := make(map[string]string, len(stored))
	for k, v := range stored {
		state[k] = v
	}
	last := map[string]*preparedArticle{}
	var order []string
	for i := range ps {
		p := ps[i].p
		id, h := p.Article.ID, p.Article.ContentHash
		old, known := state[id]
		switch {
		case known && old == h:
			results[i] = kg.UpsertUnchanged
		case known:
			results[i] = kg.UpsertReplaced
		default:
			results[i] = kg.UpsertNew
		}
		state[id] = h
		if _, seen := last[id]; !seen {
			order = append(order, id)
		}
		last[id] = &ps[i]
	}

	d := &deltas{
		actors:     map[string][]delta[claims.Actor]{},
		places:     map[string][]delta[kg.Place]{},
		meetings:   map[string][]delta[kg.Meeting]{},
		statements: map[string][]delta[kg.Statement]{},
		roles:      map[string][]delta[kg.Role]{},
	}
	b := newBulk()
	changed := false
	for _, id := range order {
		pa := last[id]
		p := pa.p
		if h, ok := stored[id]; ok {
			if h == p.Article.ContentHash {
				continue
			}
			old, err := w.dropArticle(id)
			if err != nil {
				return fmt.Errorf("replace article %s: %w", id, err)
			}
			d.add(old, -1)
		}
		if _, ok := stored[id]; !ok {
			w.counted.Articles++
		}
		a := p.Article
		b.articles.add(a.ID, a.ContentHash, a.Title, a.URL, a.Source, a.Published.String(), pa.doc)
		for _, fid := range sortedKeys(p.Evidence) {
			for _, e := range p.Evidence[fid] {
				b.evidence.add(fid, a.ID, e.Start, e.End, e.Sentence, e.Rule)
			}
		}
		d.add(pa.claims, 1)
		changed = true
	}
	if !changed {
		return nil
	}
	if err := applyKind(w, b, actorKind, d.actors); err != nil {
		return err
	}
	if err := applyKind(w, b, placeKind, d.places); err != nil {
		return err
	}
	if err := applyKind(w, b, meetingKind, d.meetings); err != nil {
		return err
	}
	if err := applyKind(w, b, statementKind, d.statements); err != nil {
		return err
	}
	if err := applyKind(w, b, roleKind, d.roles); err != nil {
		return err
	}
	if err := b.flush(w); err != nil {
		return err
	}
	w.gen++
	w.genStep = 1
	return w.exec(`UPDATE meta SET value = ? WHERE key = 'generation'`, w.gen)
}

// dropArticle removes an article and its evidence and returns what it
// claimed, to be subtracted from the tallies.
func (w *writer) dropArticle(id string) (articleClaims, error) {
	var c articleClaims
	var doc string
	if err := w.QueryRowContext(w.ctx, `SELECT claims FROM articles WHERE id = ?`, id).Scan(&doc); err != nil {
		return c, err
	}
	if err := json.Unmarshal([]byte(doc), &c); err != nil {
		return c, fmt.Errorf("decode stored claims: %w", err)
	}
	if err := w.exec(`DELETE FROM evidence WHERE article_id = ? AND fact_id IN (SELECT value FROM json_each(?))`, id, idList(c.factIDs())); err != nil {
		return c, err
	}
	return c, w.exec(`DELETE FROM articles WHERE id = ?`, id)
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// tally is what every fact tally offers; C is its claim type.
type tally[C any] interface {
	apply(c C, sign int)
	alive() bool
	appendJSON(b []byte) []byte
}

// factKind tells applyKind how to handle one kind of fact. C is the claim
// type, T the tally type (a struct whose pointer implements tally[C]).
type factKind[C, T any] struct {
	name  string
	table string
	// children is the table of the fact's child rows (names,
	// participants, about-actors) and its column holding the fact id; ""
	// when it has none.
	children, childKey string
	// view returns what the child rows are made of, so that they are
	// rewritten only when it changes; nil without children.
	view func(id string, t *T) string
	// save adds the fact's row (and its child rows when childrenToo) to b.
	save func(b *bulk, id string, t *T, tallyJSON string, existed, childrenToo bool)
	// cache: keep its tallies between transactions (see tallyCache).
	cache bool
	// stat is the kind's count in kg.Stats; counts says whether a live
	// fact is in that count (nil: every live fact is).
	stat   func(*kg.Stats) *int
	counts func(t *T) bool
}

// inStats says whether a fact with tally t is counted in Stats.
func inStats[C, T any, PT interface {
	*T
	tally[C]
}](k factKind[C, T], t *T) bool {
	return PT(t).alive() && (k.counts == nil || k.counts(t))
}

// applyKind adds and subtracts the batch's claims on the facts of one
// kind: one read of the stored tallies not in the cache, then rows for the
// bulk writes.
func applyKind[C, T any, PT interface {
	*T
	tally[C]
}](w *writer, b *bulk, k factKind[C, T], ds map[string][]delta[C]) error {
	if len(ds) == 0 {
		return nil
	}
	ids := sortedKeys(ds)
	tallies := make(map[string]*T, len(ids))
	var missing []string
	for _, id := range ids {
		if k.cache {
			if t, ok := w.cached[id].(*T); ok {
				tallies[id] = t
				continue
			}
		}
		missing = append(missing, id)
	}
	if len(missing) > 0 {
		err := scanAll(w.ctx, w, func(r *sql.Rows) error {
			var id string
			var doc []byte
			if err := r.Scan(&id, &doc); err != nil {
				return err
			}
			t := new(T)
			if err := json.Unmarshal(doc, t); err != nil {
				return fmt.Errorf("decode tally of %s %s: %w", k.name, id, err)
			}
			tallies[id] = t
			return nil
		}, `SELECT id, tally FROM `+k.table+` WHERE id IN (SELECT value FROM json_each(?))`, idList(missing))
		if err != nil {
			return fmt.Errorf("load %ss: %w", k.name, err)
		}
	}
	for _, id := range ids {
		t, existed := tallies[id]
		if !existed {
			t = new(T)
		}
		var before string
		if existed && k.view != nil {
			before = k.view(id, t)
		}
		wasCounted := existed && inStats[C, T, PT](k, t)
		for _, dl := range ds[id] {
			PT(t).apply(dl.c, dl.sign)
		}
		if isCounted := inStats[C, T, PT](k, t); isCounted != wasCounted {
			if isCounted {
				*k.stat(&w.counted)++
			} else {
				*k.stat(&w.counted)--
			}
		}
		if !PT(t).alive() {
			if existed {
				if k.children != "" {
					b.del(k.children, k.childKey, id)
				}
				b.del(k.table, "id", id)
			}
			if k.cache {
				delete(w.cached, id)
			}
			continue
		}
		childrenToo := k.view != nil && (!existed || k.view(id, t) != before)
		if childrenToo && existed {
			b.del(k.children, k.childKey, id)
		}
		w.buf = PT(t).appendJSON(w.buf[:0])
		k.save(b, id, t, string(w.buf), existed, childrenToo)
		if k.cache {
			w.cached[id] = t
		}
	}
	return nil
}

// dateCols gives the stored columns of a date: its string, precision,
// order key, and first and last day (” when unknown).
func dateCols(d kg.PartialDate) (string, int, string, string, string) {
	if d.IsZero() {
		return "", 0, d.OrderKey(), "", ""
	}
	return d.String(), int(d.Precision()), d.OrderKey(), d.Start().Format("2006-01-02"), d.End().Format("2006-01-02")
}

var actorKind = factKind[claims.Actor, actorTally]{
	name: "actor", table: "actors", children: "actor_names", childKey: "actor_id", cache: true,
	stat: func(st *kg.Stats) *int { return &st.Actors },
	view: func(id string, t *actorTally) string {
		v := t.derive(id)
		return v.Name + "\x00" + strings.Join(v.Aliases, "\x00")
	},
	save: func(b *bulk, id string, t *actorTally, doc string, existed, children bool) {
		v := t.derive(id)
		b.actors.put(existed, v.ID, string(v.Kind), v.Name, v.ISO, v.OrgKind, v.Mentions, doc)
		if children {
			b.names.add(id, v.Name, lower(v.Name), 0)
			for _, a := range v.Aliases {
				b.names.add(id, a, lower(a), 1)
			}
		}
	},
}

var placeKind = factKind[kg.Place, placeTally]{
	name: "place", table: "places", cache: true,
	stat: func(st *kg.Stats) *int { return &st.Places },
	save: func(b *bulk, id string, t *placeTally, doc string, existed, _ bool) {
		v := t.derive(id)
		b.places.put(existed, v.ID, v.Name, v.CountryID, doc)
	},
}

// participantsView is what a meeting's participant rows are made of: the
// participants with their roles, and the date (copied into each row).
func participantsView(m kg.Meeting) string {
	var sb strings.Builder
	sb.WriteString(m.Date.String())
	for _, p := range m.Participants {
		sb.WriteString("\x00" + p.ActorID + "\x01" + p.Role)
	}
	return sb.String()
}

var meetingKind = factKind[kg.Meeting, meetingTally]{
	name: "meeting", table: "meetings", children: "participants", childKey: "meeting_id",
	// Stats counts meetings that happened: the status derive gives.
	stat:   func(st *kg.Stats) *int { return &st.Meetings },
	counts: func(t *meetingTally) bool { return t.Status[string(kg.StatusOccurred)] > 0 },
	view:   func(id string, t *meetingTally) string { return participantsView(t.derive(id)) },
	save: func(b *bulk, id string, t *meetingTally, doc string, existed, children bool) {
		v := t.derive(id)
		ds, prec, key, start, end := dateCols(v.Date)
		b.meetings.put(existed, v.ID, string(v.Kind), string(v.Status), ds, prec, key, start, end, v.PlaceID, doc)
		if children {
			for _, p := range v.Participants {
				b.participants.add(id, p.ActorID, p.Role, key, start, end)
			}
		}
	},
}

var statementKind = factKind[kg.Statement, statementTally]{
	name: "statement", table: "statements", children: "statement_about", childKey: "statement_id",
	stat: func(st *kg.Stats) *int { return &st.Statements },
	view: func(id string, t *statementTally) string {
		v := t.derive(id)
		return v.Date.String() + "\x00" + strings.Join(v.AboutIDs, "\x00")
	},
	save: func(b *bulk, id string, t *statementTally, doc string, existed, children bool) {
		v := t.derive(id)
		ds, prec, key, start, end := dateCols(v.Date)
		b.statements.put(existed, v.ID, v.SpeakerID, v.Quote, v.Text, ds, prec, key, start, end, doc)
		if children {
			for _, a := range v.AboutIDs {
				b.about.add(id, a, key, start, end)
			}
		}
	},
}

var roleKind = factKind[kg.Role, roleTally]{
	name: "role", table: "roles", cache: true,
	stat: func(st *kg.Stats) *int { return &st.Roles },
	save: func(b *bulk, id string, t *roleTally, doc string, existed, _ bool) {
		v := t.derive(id)
		ds, _, key, _, _ := dateCols(v.AsOf)
		b.roles.put(existed, v.ID, v.PersonID, v.Title, v.OfID, ds, key, doc)
	},
}

// rowSet collects rows for one table, written with multi-row INSERTs
// (per-statement overhead was a large share of ingest time). Fact tables
// upsert: the first column is the key, the others are replaced.
type rowSet struct {
	table  string
	cols   []string
	upsert bool
	args   []any // new rows
	upd    []any // rows of facts already stored (upsert tables)
}

func (r *rowSet) add(vals ...any) { r.args = append(r.args, vals...) }

// put adds a fact's row: a plain insert for a new fact, an upsert for one
// already stored. Plain multi-row inserts into a table need no statement
// journal (see insertSQL); most facts of a load are new.
func (r *rowSet) put(existed bool, vals ...any) {
	if existed {
		r.upd = append(r.upd, vals...)
	} else {
		r.args = append(r.args, vals...)
	}
}

// bulk holds the rows a batch writes, flushed at its end. Rows that
// replace deleted ones (names, participants, about) are safe to insert
// late: the deletes ran first.
type bulk struct {
	articles, actors, places, meetings, statements, roles *rowSet
	evidence, names, participants, about                  *rowSet
	// deletes: table -> key column -> ids, run before the inserts
	deletes map[string]map[string][]string
}

// del deletes the rows of table whose column col is id, before the
// batch's inserts.
func (b *bulk) del(table, col, id string) {
	if b.deletes[table] == nil {
		b.deletes[table] = map[string][]string{}
	}
	b.deletes[table][col] = append(b.deletes[table][col], id)
}

func newBulk() *bulk {
	return &bulk{
		articles:     &rowSet{table: "articles", cols: []string{"id", "content_hash", "title", "url", "source", "published", "claims"}},
		actors:       &rowSet{table: "actors", upsert: true, cols: []string{"id", "kind", "name", "iso", "org_kind", "mentions", "tally"}},
		places:       &rowSet{table: "places", upsert: true, cols: []string{"id", "name", "country_id", "tally"}},
		meetings:     &rowSet{table: "meetings", upsert: true, cols: []string{"id", "kind", "status", "date", "precision", "order_key", "d_start", "d_end", "place_id", "tally"}},
		statements:   &rowSet{table: "statements", upsert: true, cols: []string{"id", "speaker_id", "quote", "text", "date", "precision", "order_key", "d_start", "d_end", "tally"}},
		roles:        &rowSet{table: "roles", upsert: true, cols: []string{"id", "person_id", "title", "of_id", "as_of", "order_key", "tally"}},
		evidence:     &rowSet{table: "evidence", cols: []string{"fact_id", "article_id", "start", "end", "sentence", "rule"}},
		names:        &rowSet{table: "actor_names", cols: []string{"actor_id", "name", "name_lower", "alias"}},
		participants: &rowSet{table: "participants", cols: []string{"meeting_id", "actor_id", "role", "order_key", "d_start", "d_end"}},
		about:        &rowSet{table: "statement_about", cols: []string{"statement_id", "actor_id", "order_key", "d_start", "d_end"}},
		deletes:      map[string]map[string][]string{},
	}
}

// bulkRows is how many rows one INSERT carries at most (more did not
// help: the cost is in the B-trees, not in the statements).
const bulkRows = 64

// chunkRows is the number of rows the next INSERT carries: the largest
// power of two that fits, so that a table needs few statement shapes.
func chunkRows(left, cols int) int {
	max := min(bulkRows, 32000/cols)
	n := 1
	for n*2 <= left && n*2 <= max {
		n *= 2
	}
	return n
}

func (b *bulk) flush(w *writer) error {
	// Child rows first, then facts; table and column names are fixed
	// strings of this file, never input.
	for _, table := range []string{"actor_names", "participants", "statement_about", "actors", "places", "meetings", "statements", "roles"} {
		for col, ids := range b.deletes[table] {
			if err := w.exec(`DELETE FROM `+table+` WHERE `+col+` IN (SELECT value FROM json_each(?))`, idList(ids)); err != nil {
				return fmt.Errorf("delete from %s: %w", table, err)
			}
		}
	}
	// New names get rowids above the largest left after the deletes; they
	// are indexed for search with one statement (schema version 2).
	var lastName int64
	if len(b.names.args) > 0 {
		if err := w.QueryRowContext(w.ctx, `SELECT coalesce(max(rowid), 0) FROM actor_names`).Scan(&lastName); err != nil {
			return fmt.Errorf("actor names: %w", err)
		}
	}
	for _, r := range []*rowSet{b.articles, b.actors, b.places, b.meetings, b.statements, b.roles, b.evidence, b.names, b.participants, b.about} {
		if err := insertRows(w, r.table, r.cols, r.args, false); err != nil {
			return err
		}
		if err := insertRows(w, r.table, r.cols, r.upd, true); err != nil {
			return err
		}
	}
	if len(b.names.args) > 0 {
		if err := w.exec(`INSERT INTO actor_fts(rowid, name) SELECT rowid, name FROM actor_names WHERE rowid > ?`, lastName); err != nil {
			return fmt.Errorf("index actor names: %w", err)
		}
	}
	return nil
}

func insertRows(w *writer, table string, cols []string, args []any, upsert bool) error {
	n := len(cols)
	for len(args) > 0 {
		rows := chunkRows(len(args)/n, n)
		if err := w.exec(insertSQL(table, cols, rows, upsert), args[:rows*n]...); err != nil {
			return fmt.Errorf("insert into %s: %w", table, err)
		}
		args = args[rows*n:]
	}
	return nil
}

type sqlKey struct {
	table  string
	rows   int
	upsert bool
}

// insertSQLs caches insertSQL's answers (a few shapes per table).
var insertSQLs sync.Map

// insertSQL builds "INSERT INTO table(cols) VALUES (?,..),(?,..)" from
// fixed table and column names (never user text).
func insertSQL(table string, cols []string, rows int, upsert bool) string {
	key := sqlKey{table, rows, upsert}
	if q, ok := insertSQLs.Load(key); ok {
		return q.(string)
	}
	var sb strings.Builder
	if upsert {
		sb.WriteString("INSERT INTO ")
	} else {
		// OR ROLLBACK: a failing row ends the whole transaction (which
		// fails anyway), so SQLite keeps no statement journal to undo the
		// statement's earlier rows: a copy of every page it touches.
		sb.WriteString("INSERT OR ROLLBACK INTO ")
	}
	sb.WriteString(table + "(" + strings.Join(cols, ", ") + ") VALUES ")
	tuple := "(" + strings.TrimSuffix(strings.Repeat("?, ", len(cols)), ", ") + ")"
	for i := 0; i < rows; i++ {
		if i > 0 {
			sb.WriteString(", ")
		}
		sb.WriteString(tuple)
	}
	if upsert {
		sb.WriteString(" ON CONFLICT(" + cols[0] + ") DO UPDATE SET ")
		for i, c := range cols[1:] {
			if i > 0 {
				sb.WriteString(", ")
			}
			sb.WriteString(c + " = excluded." + c)
		}
	}
	insertSQLs.Store(key, sb.String())
	return sb.String()
}
