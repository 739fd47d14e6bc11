package embedded

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"reflect"
	"sort"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// Claim kinds in the claims table.
const (
	claimActor     = "actor"
	claimPlace     = "place"
	claimMeeting   = "meeting"
	claimStatement = "statement"
	claimRole      = "role"
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
	ps := make([]*prepared, len(batch))
	for i, f := range batch {
		p, err := prepare(f)
		if err != nil {
			if len(batch) > 1 {
				return nil, kg.WrapError(kg.ErrorCode(err), err, "batch item %d", i)
			}
			return nil, err
		}
		ps[i] = p
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
	if err := w.upsert(ps, results); err != nil {
		return nil, s.fail(ctx, err, "upsert")
	}
	if err := tx.Commit(); err != nil {
		return nil, s.fail(ctx, err, "commit")
	}
	s.keepStatements(ctx, w.fresh)
	return results, nil
}

type writer struct {
	ctx   context.Context
	tx    *sql.Tx
	s     *Store
	stmts map[string]*sql.Stmt // this transaction's statements
	fresh []string             // queries not prepared on the store yet
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

func (w *writer) upsert(ps []*prepared, results []kg.UpsertResult) error {
	ids := make([]string, len(ps))
	for i, p := range ps {
		ids[i] = p.article.ID
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
	last := map[string]*prepared{}
	var order []string
	for i, p := range ps {
		id, h := p.article.ID, p.article.ContentHash
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
		last[id] = p
	}

	fresh := newClaimSet()
	recompute := map[string]map[string]bool{} // kind -> fact ids to rebuild from all claims
	changed := false
	for _, id := range order {
		p := last[id]
		if h, ok := stored[id]; ok {
			if h == p.article.ContentHash {
				continue
			}
			if err := w.dropArticle(id, recompute); err != nil {
				return fmt.Errorf("replace article %s: %w", id, err)
			}
		}
		if err := w.insertArticle(p, fresh); err != nil {
			return fmt.Errorf("write article %s: %w", id, err)
		}
		changed = true
	}
	if !changed {
		return nil
	}
	if err := mergeKind(w, actorOps, fresh.actors, recompute[claimActor]); err != nil {
		return err
	}
	if err := mergeKind(w, placeOps, fresh.places, recompute[claimPlace]); err != nil {
		return err
	}
	if err := mergeKind(w, meetingOps, fresh.meetings, recompute[claimMeeting]); err != nil {
		return err
	}
	if err := mergeKind(w, statementOps, fresh.statements, recompute[claimStatement]); err != nil {
		return err
	}
	if err := mergeKind(w, roleOps, fresh.roles, recompute[claimRole]); err != nil {
		return err
	}
	return w.exec(`UPDATE meta SET value = value + 1 WHERE key = 'generation'`)
}

// claimSet collects the claims a batch adds, by kind and fact id.
type claimSet struct {
	actors     map[string][]actorAgg
	places     map[string][]kg.Place
	meetings   map[string][]kg.Meeting
	statements map[string][]kg.Statement
	roles      map[string][]kg.Role
}

func newClaimSet() *claimSet {
	return &claimSet{
		actors:     map[string][]actorAgg{},
		places:     map[string][]kg.Place{},
		meetings:   map[string][]kg.Meeting{},
		statements: map[string][]kg.Statement{},
		roles:      map[string][]kg.Role{},
	}
}

// dropArticle removes an article with its claims and evidence, noting
// which facts lost a claim so they are rebuilt from the claims left.
func (w *writer) dropArticle(id string, recompute map[string]map[string]bool) error {
	rows, err := w.query(`SELECT fact_id, kind FROM claims WHERE article_id = ?`, id)
	if err != nil {
		return err
	}
	for rows.Next() {
		var fid, kind string
		if err := rows.Scan(&fid, &kind); err != nil {
			rows.Close()
			return err
		}
		if recompute[kind] == nil {
			recompute[kind] = map[string]bool{}
		}
		recompute[kind][fid] = true
	}
	if err := rows.Close(); err != nil {
		return err
	}
	if err := w.exec(`DELETE FROM evidence WHERE article_id = ?1 AND fact_id IN (SELECT fact_id FROM claims WHERE article_id = ?1)`, id); err != nil {
		return err
	}
	if err := w.exec(`DELETE FROM claims WHERE article_id = ?`, id); err != nil {
		return err
	}
	return w.exec(`DELETE FROM articles WHERE id = ?`, id)
}

func (w *writer) insertArticle(p *prepared, fresh *claimSet) error {
	a := p.article
	if err := w.exec(`INSERT INTO articles(id, content_hash, title, url, source, published) VALUES (?, ?, ?, ?, ?, ?)`,
		a.ID, a.ContentHash, a.Title, a.URL, a.Source, a.Published.String()); err != nil {
		return err
	}
	claim := func(factID, kind string, v any) error {
		doc, err := json.Marshal(v)
		if err != nil {
			return err
		}
		return w.exec(`INSERT INTO claims(article_id, fact_id, kind, doc) VALUES (?, ?, ?, ?)`, a.ID, factID, kind, string(doc))
	}
	for _, id := range sortedKeys(p.actors) {
		v := p.actors[id]
		if err := claim(id, claimActor, v); err != nil {
			return err
		}
		fresh.actors[id] = append(fresh.actors[id], v)
	}
	for _, id := range sortedKeys(p.places) {
		v := p.places[id]
		if err := claim(id, claimPlace, v); err != nil {
			return err
		}
		fresh.places[id] = append(fresh.places[id], v)
	}
	for _, id := range sortedKeys(p.meetings) {
		v := p.meetings[id]
		if err := claim(id, claimMeeting, v); err != nil {
			return err
		}
		fresh.meetings[id] = append(fresh.meetings[id], v)
	}
	for _, id := range sortedKeys(p.statements) {
		v := p.statements[id]
		if err := claim(id, claimStatement, v); err != nil {
			return err
		}
		fresh.statements[id] = append(fresh.statements[id], v)
	}
	for _, id := range sortedKeys(p.roles) {
		v := p.roles[id]
		if err := claim(id, claimRole, v); err != nil {
			return err
		}
		fresh.roles[id] = append(fresh.roles[id], v)
	}
	for _, fid := range sortedKeys(p.evidence) {
		for _, e := range p.evidence[fid] {
			if err := w.exec(`INSERT INTO evidence(fact_id, article_id, start, end, sentence, rule) VALUES (?, ?, ?, ?, ?, ?)`,
				fid, a.ID, e.Start, e.End, e.Sentence, e.Rule); err != nil {
				return err
			}
		}
	}
	return nil
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// kindOps tells mergeKind how to handle one kind of fact.
type kindOps[T any] struct {
	kind string
	join func(a, b T) T
	// load returns the stored (merged) facts with these ids.
	load func(ctx context.Context, q querier, ids []string) (map[string]*T, error)
	// save writes v; old is what was stored (nil for a new fact).
	save func(w *writer, old *T, v T) error
	del  func(w *writer, id string) error
}

// mergeKind brings the stored facts of one kind up to date: facts that
// only gained claims are joined with the new claims; facts that lost a
// claim are rebuilt from every claim left, and deleted when none is.
func mergeKind[T any](w *writer, ops kindOps[T], fresh map[string][]T, recompute map[string]bool) error {
	var incIDs []string
	for id := range fresh {
		if !recompute[id] {
			incIDs = append(incIDs, id)
		}
	}
	sort.Strings(incIDs)
	recIDs := sortedKeys(recompute)
	all := append(append([]string(nil), incIDs...), recIDs...)
	if len(all) == 0 {
		return nil
	}
	stored, err := ops.load(w.ctx, w, all)
	if err != nil {
		return fmt.Errorf("load %ss: %w", ops.kind, err)
	}
	for _, id := range incIDs {
		var v T
		if old := stored[id]; old != nil {
			v = *old
		}
		for _, c := range fresh[id] {
			v = ops.join(v, c)
		}
		if old := stored[id]; old != nil && reflect.DeepEqual(*old, v) {
			continue
		}
		if err := ops.save(w, stored[id], v); err != nil {
			return fmt.Errorf("save %s %s: %w", ops.kind, id, err)
		}
	}
	if len(recIDs) == 0 {
		return nil
	}
	rebuilt := map[string]T{}
	rows, err := w.query(`SELECT fact_id, doc FROM claims WHERE fact_id IN (SELECT value FROM json_each(?)) ORDER BY fact_id, article_id`, idList(recIDs))
	if err != nil {
		return err
	}
	for rows.Next() {
		var id, doc string
		if err := rows.Scan(&id, &doc); err != nil {
			rows.Close()
			return err
		}
		var c T
		if err := json.Unmarshal([]byte(doc), &c); err != nil {
			rows.Close()
			return fmt.Errorf("decode claim on %s: %w", id, err)
		}
		rebuilt[id] = ops.join(rebuilt[id], c)
	}
	if err := rows.Close(); err != nil {
		return err
	}
	for _, id := range recIDs {
		v, ok := rebuilt[id]
		old := stored[id]
		switch {
		case !ok && old != nil:
			if err := ops.del(w, id); err != nil {
				return fmt.Errorf("delete %s %s: %w", ops.kind, id, err)
			}
		case !ok:
		case old != nil && reflect.DeepEqual(*old, v):
		default:
			if err := ops.save(w, old, v); err != nil {
				return fmt.Errorf("save %s %s: %w", ops.kind, id, err)
			}
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

var actorOps = kindOps[actorAgg]{
	kind: claimActor,
	join: joinActor,
	load: loadActors,
	save: func(w *writer, old *actorAgg, v actorAgg) error {
		if err := w.exec(`INSERT INTO actors(id, kind, name, iso, org_kind, mentions) VALUES (?, ?, ?, ?, ?, ?)
			ON CONFLICT(id) DO UPDATE SET kind = excluded.kind, name = excluded.name, iso = excluded.iso,
			org_kind = excluded.org_kind, mentions = excluded.mentions`,
			v.ID, string(v.Kind), v.Name, v.ISO, v.OrgKind, v.Mentions); err != nil {
			return err
		}
		if old != nil && old.Name == v.Name && reflect.DeepEqual(old.Aliases, v.Aliases) {
			return nil
		}
		if old != nil {
			if err := w.exec(`DELETE FROM actor_names WHERE actor_id = ?`, v.ID); err != nil {
				return err
			}
		}
		if err := w.exec(`INSERT INTO actor_names(actor_id, name, name_lower, alias) VALUES (?, ?, ?, 0)`, v.ID, v.Name, lower(v.Name)); err != nil {
			return err
		}
		for _, a := range v.Aliases {
			if err := w.exec(`INSERT INTO actor_names(actor_id, name, name_lower, alias) VALUES (?, ?, ?, 1)`, v.ID, a, lower(a)); err != nil {
				return err
			}
		}
		return nil
	},
	del: func(w *writer, id string) error {
		if err := w.exec(`DELETE FROM actor_names WHERE actor_id = ?`, id); err != nil {
			return err
		}
		return w.exec(`DELETE FROM actors WHERE id = ?`, id)
	},
}

var placeOps = kindOps[kg.Place]{
	kind: claimPlace,
	join: joinPlace,
	load: loadPlaces,
	save: func(w *writer, _ *kg.Place, v kg.Place) error {
		return w.exec(`INSERT INTO places(id, name, country_id) VALUES (?, ?, ?)
			ON CONFLICT(id) DO UPDATE SET name = excluded.name, country_id = excluded.country_id`, v.ID, v.Name, v.CountryID)
	},
	del: func(w *writer, id string) error { return w.exec(`DELETE FROM places WHERE id = ?`, id) },
}

var meetingOps = kindOps[kg.Meeting]{
	kind: claimMeeting,
	join: joinMeeting,
	load: func(ctx context.Context, q querier, ids []string) (map[string]*kg.Meeting, error) {
		return loadMeetings(ctx, q, ids, false)
	},
	save: func(w *writer, old *kg.Meeting, v kg.Meeting) error {
		ds, prec, key, start, end := dateCols(v.Date)
		if err := w.exec(`INSERT INTO meetings(id, kind, status, date, precision, order_key, d_start, d_end, place_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT(id) DO UPDATE SET kind = excluded.kind, status = excluded.status, date = excluded.date,
			precision = excluded.precision, order_key = excluded.order_key, d_start = excluded.d_start,
			d_end = excluded.d_end, place_id = excluded.place_id`,
			v.ID, string(v.Kind), string(v.Status), ds, prec, key, start, end, v.PlaceID); err != nil {
			return err
		}
		if old != nil && reflect.DeepEqual(old.Participants, v.Participants) {
			return nil
		}
		if old != nil {
			if err := w.exec(`DELETE FROM participants WHERE meeting_id = ?`, v.ID); err != nil {
				return err
			}
		}
		for _, p := range v.Participants {
			if err := w.exec(`INSERT INTO participants(meeting_id, actor_id, role) VALUES (?, ?, ?)`, v.ID, p.ActorID, p.Role); err != nil {
				return err
			}
		}
		return nil
	},
	del: func(w *writer, id string) error {
		if err := w.exec(`DELETE FROM participants WHERE meeting_id = ?`, id); err != nil {
			return err
		}
		return w.exec(`DELETE FROM meetings WHERE id = ?`, id)
	},
}

var statementOps = kindOps[kg.Statement]{
	kind: claimStatement,
	join: joinStatement,
	load: func(ctx context.Context, q querier, ids []string) (map[string]*kg.Statement, error) {
		return loadStatements(ctx, q, ids, false)
	},
	save: func(w *writer, old *kg.Statement, v kg.Statement) error {
		ds, prec, key, start, end := dateCols(v.Date)
		if err := w.exec(`INSERT INTO statements(id, speaker_id, quote, text, date, precision, order_key, d_start, d_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT(id) DO UPDATE SET speaker_id = excluded.speaker_id, quote = excluded.quote, text = excluded.text,
			date = excluded.date, precision = excluded.precision, order_key = excluded.order_key,
			d_start = excluded.d_start, d_end = excluded.d_end`,
			v.ID, v.SpeakerID, v.Quote, v.Text, ds, prec, key, start, end); err != nil {
			return err
		}
		if old != nil && reflect.DeepEqual(old.AboutIDs, v.AboutIDs) {
			return nil
		}
		if old != nil {
			if err := w.exec(`DELETE FROM statement_about WHERE statement_id = ?`, v.ID); err != nil {
				return err
			}
		}
		for _, a := range v.AboutIDs {
			if err := w.exec(`INSERT INTO statement_about(statement_id, actor_id) VALUES (?, ?)`, v.ID, a); err != nil {
				return err
			}
		}
		return nil
	},
	del: func(w *writer, id string) error {
		if err := w.exec(`DELETE FROM statement_about WHERE statement_id = ?`, id); err != nil {
			return err
		}
		return w.exec(`DELETE FROM statements WHERE id = ?`, id)
	},
}

var roleOps = kindOps[kg.Role]{
	kind: claimRole,
	join: joinRole,
	load: func(ctx context.Context, q querier, ids []string) (map[string]*kg.Role, error) {
		return loadRoles(ctx, q, `WHERE id IN (SELECT value FROM json_each(?))`, idList(ids), false)
	},
	save: func(w *writer, _ *kg.Role, v kg.Role) error {
		ds, _, key, _, _ := dateCols(v.AsOf)
		return w.exec(`INSERT INTO roles(id, person_id, title, of_id, as_of, order_key) VALUES (?, ?, ?, ?, ?, ?)
			ON CONFLICT(id) DO UPDATE SET person_id = excluded.person_id, title = excluded.title, of_id = excluded.of_id,
			as_of = excluded.as_of, order_key = excluded.order_key`,
			v.ID, v.PersonID, v.Title, v.OfID, ds, key)
	},
	del: func(w *writer, id string) error { return w.exec(`DELETE FROM roles WHERE id = ?`, id) },
}
