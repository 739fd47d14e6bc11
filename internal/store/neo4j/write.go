package neo4j

import (
	"context"
	"encoding/json"
	"fmt"
	"reflect"
	"sort"
	"strings"

	"github.com/actorgraph/actorgraph/internal/kg"
	"github.com/actorgraph/actorgraph/internal/store/claims"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Claim kinds (CLAIMS.kind) and the label of the fact node they point to.
const (
	claimActor     = "actor"
	claimPlace     = "place"
	claimMeeting   = "meeting"
	claimStatement = "statement"
	claimRole      = "role"
)

var claimLabels = []struct{ kind, label string }{
	{claimActor, "Actor"}, {claimPlace, "Place"}, {claimMeeting, "Meeting"}, {claimStatement, "Statement"}, {claimRole, "Role"},
}

// Actor labels by kind: labels cannot be parameters, so the statement for
// each kind is one of these fixed texts.
var actorLabel = map[kg.ActorKind]string{kg.KindPerson: "Person", kg.KindCountry: "Country", kg.KindOrganization: "Organization"}

// Upsert writes one article's facts in one transaction.
func (s *Store) Upsert(ctx context.Context, facts *kg.ArticleFacts) (kg.UpsertResult, error) {
	rs, err := s.UpsertMany(ctx, []*kg.ArticleFacts{facts})
	if err != nil {
		return "", err
	}
	return rs[0], nil
}

// UpsertMany writes a batch in one managed transaction, all or none. The
// driver retries the transaction on transient failures (deadlocks, leader
// changes), so the work below reads everything it decides on inside the
// transaction and every statement is idempotent.
func (s *Store) UpsertMany(ctx context.Context, batch []*kg.ArticleFacts) ([]kg.UpsertResult, error) {
	ps := make([]*claims.Prepared, len(batch))
	for i, f := range batch {
		p, err := claims.Prepare(f)
		if err != nil {
			if len(batch) > 1 {
				return nil, kg.WrapError(kg.ErrorCode(err), err, "batch item %d", i)
			}
			return nil, err
		}
		ps[i] = p
	}
	if len(ps) == 0 {
		return []kg.UpsertResult{}, nil
	}
	if err := ctx.Err(); err != nil {
		return nil, s.fail(ctx, err, "upsert")
	}
	sess := s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.db, AccessMode: neo4j.AccessModeWrite})
	defer sess.Close(context.Background())
	rs, err := neo4j.ExecuteWrite(ctx, sess, func(tx neo4j.ManagedTransaction) ([]kg.UpsertResult, error) {
		w := &writer{ctx: ctx, run: txRunner(tx), eid: map[string]string{}}
		return w.upsert(ps)
	})
	if err != nil {
		return nil, s.fail(ctx, err, "upsert")
	}
	return rs, nil
}

type writer struct {
	ctx context.Context
	run runner
	eid map[string]string // fact node id -> element id, for the nodes this transaction touches
}

// resolve finds the element ids of the actors and places facts refer to
// that the transaction has not touched yet.
func (w *writer) resolve(ids []string) error {
	// A place id says it is one (claims.Prepare checks the prefix), so
	// each id is looked up under one label: a UNION of both lookups per id
	// cost more server time than the rest of a batch's lookups.
	var actors, places []string
	seen := map[string]bool{}
	for _, id := range ids {
		if _, ok := w.eid[id]; ok || id == "" || seen[id] {
			continue
		}
		seen[id] = true
		if strings.HasPrefix(id, kg.PrefixPlace) {
			places = append(places, id)
		} else {
			actors = append(actors, id)
		}
	}
	for _, l := range []struct {
		q   string
		ids []string
	}{
		{`UNWIND $ids AS id MATCH (n:Actor {id: id}) RETURN n.id, elementId(n)`, actors},
		{`UNWIND $ids AS id MATCH (n:Place {id: id}) RETURN n.id, elementId(n)`, places},
	} {
		if len(l.ids) == 0 {
			continue
		}
		recs, err := w.run(w.ctx, l.q, map[string]any{"ids": l.ids})
		if err != nil {
			return err
		}
		for _, r := range recs {
			w.eid[str(r.Values[0])] = str(r.Values[1])
		}
	}
	return nil
}

func (w *writer) exec(q string, params map[string]any) error {
	_, err := w.run(w.ctx, q, params)
	return err
}

// claims gathers, per kind, the claims a batch adds and the fact ids whose
// claims changed.
type claimSet struct {
	actors     map[string][]claims.Actor
	places     map[string][]kg.Place
	meetings   map[string][]kg.Meeting
	statements map[string][]kg.Statement
	roles      map[string][]kg.Role
}

func (w *writer) upsert(ps []*claims.Prepared) ([]kg.UpsertResult, error) {
	results := make([]kg.UpsertResult, len(ps))
	ids := make([]string, len(ps))
	for i, p := range ps {
		ids[i] = p.Article.ID
	}
	recs, err := w.run(w.ctx, `MATCH (a:Article) WHERE a.id IN $ids RETURN a.id AS id, a.contentHash AS h`, map[string]any{"ids": ids})
	if err != nil {
		return nil, err
	}
	stored := map[string]string{}
	for _, r := range recs {
		stored[str(r.Values[0])] = str(r.Values[1])
	}
	// Results as if the items were applied in order; only each id's last
	// version is written, and only when it differs from the stored one.
	state := make(map[string]string, len(stored))
	for k, v := range stored {
		state[k] = v
	}
	last := map[string]*claims.Prepared{}
	var order []string
	for i, p := range ps {
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
		last[id] = p
	}
	var write []*claims.Prepared
	var replaced []string
	for _, id := range order {
		p := last[id]
		if h, ok := stored[id]; ok {
			if h == p.Article.ContentHash {
				continue
			}
			replaced = append(replaced, id)
		}
		write = append(write, p)
	}
	if len(write) == 0 {
		return results, nil
	}

	// 1. Replaced articles go, with their claims, evidence and mentions;
	// the facts they claimed are rebuilt from the claims left.
	recompute := map[string]map[string]bool{}
	if len(replaced) > 0 {
		recs, err := w.run(w.ctx, `MATCH (a:Article)-[c:CLAIMS|MENTIONS|REPORTS]->(f) WHERE a.id IN $ids
			RETURN DISTINCT CASE WHEN f:Actor THEN 'actor' WHEN f:Place THEN 'place' WHEN f:Meeting THEN 'meeting'
				WHEN f:Statement THEN 'statement' ELSE 'role' END AS kind, f.id AS id`,
			map[string]any{"ids": replaced})
		if err != nil {
			return nil, err
		}
		for _, r := range recs {
			k := str(r.Values[0])
			if recompute[k] == nil {
				recompute[k] = map[string]bool{}
			}
			recompute[k][str(r.Values[1])] = true
		}
		if err := w.exec(`MATCH (a:Article) WHERE a.id IN $ids DETACH DELETE a`, map[string]any{"ids": replaced}); err != nil {
			return nil, fmt.Errorf("drop replaced articles: %w", err)
		}
	}

	// 2. The new articles, fact nodes (created bare when new, and locked:
	// concurrent writers of one fact then run one after the other), claims,
	// mentions and evidence.
	fresh := &claimSet{actors: map[string][]claims.Actor{}, places: map[string][]kg.Place{}, meetings: map[string][]kg.Meeting{},
		statements: map[string][]kg.Statement{}, roles: map[string][]kg.Role{}}
	var articleRows []map[string]any
	claimRows := map[string][]map[string]any{}
	evidenceRows := map[string][]map[string]any{}
	factIDs := map[string]map[string]bool{}
	addFact := func(kind, aid, id string, v any, count int) error {
		doc, err := json.Marshal(v)
		if err != nil {
			return err
		}
		row := map[string]any{"a": aid, "f": id, "doc": string(doc), "count": count}
		claimRows[kind] = append(claimRows[kind], row)
		claimRows[kind+":"+aid+":"+id] = []map[string]any{row}
		if factIDs[kind] == nil {
			factIDs[kind] = map[string]bool{}
		}
		factIDs[kind][id] = true
		return nil
	}
	actorKinds := map[string]kg.ActorKind{}
	for _, p := range write {
		a := p.Article
		ds, de, prec, key := dateParams(a.Published)
		articleRows = append(articleRows, map[string]any{"id": a.ID, "hash": a.ContentHash, "title": nullable(a.Title),
			"url": nullable(a.URL), "source": nullable(a.Source), "published": ds, "publishedEnd": de, "precision": prec, "key": key})
		for _, id := range sortedKeys(p.Actors) {
			v := p.Actors[id]
			if err := addFact(claimActor, a.ID, id, v, v.Mentions); err != nil {
				return nil, err
			}
			actorKinds[id] = v.Kind
			fresh.actors[id] = append(fresh.actors[id], v)
		}
		for _, id := range sortedKeys(p.Places) {
			v := p.Places[id]
			if err := addFact(claimPlace, a.ID, id, v, 0); err != nil {
				return nil, err
			}
			fresh.places[id] = append(fresh.places[id], v)
		}
		for _, id := range sortedKeys(p.Meetings) {
			v := p.Meetings[id]
			if err := addFact(claimMeeting, a.ID, id, v, 0); err != nil {
				return nil, err
			}
			fresh.meetings[id] = append(fresh.meetings[id], v)
		}
		for _, id := range sortedKeys(p.Statements) {
			v := p.Statements[id]
			if err := addFact(claimStatement, a.ID, id, v, 0); err != nil {
				return nil, err
			}
			fresh.statements[id] = append(fresh.statements[id], v)
		}
		for _, id := range sortedKeys(p.Roles) {
			v := p.Roles[id]
			if err := addFact(claimRole, a.ID, id, v, 0); err != nil {
				return nil, err
			}
			fresh.roles[id] = append(fresh.roles[id], v)
		}
		for _, fid := range sortedKeys(p.Evidence) {
			kind := claimRole
			switch {
			case p.Meetings[fid].ID != "":
				kind = claimMeeting
			case p.Statements[fid].ID != "":
				kind = claimStatement
			}
			// The article's claim on the fact rides on its first REPORTS
			// relationship (every meeting, statement and role has evidence).
			doc := claimRows[kind+":"+a.ID+":"+fid]
			for i, e := range p.Evidence[fid] {
				row := map[string]any{"a": a.ID, "f": fid, "claim": nil,
					"sentence": e.Sentence, "start": e.Start, "end": e.End, "rule": nullable(e.Rule)}
				if i == 0 && len(doc) == 1 {
					row["claim"] = doc[0]["doc"]
				}
				evidenceRows[kind] = append(evidenceRows[kind], row)
			}
		}
	}
	// Nodes are found by element id from here on: the statements below
	// touch each node many times, and an element id is a direct lookup
	// where an id is an index seek.
	arts, err := w.run(w.ctx, `UNWIND $rows AS r
		MERGE (a:Article {id: r.id})
		SET a.contentHash = r.hash, a.title = r.title, a.url = r.url, a.source = r.source,
		    a.published = date(r.published), a.publishedEnd = date(r.publishedEnd), a.publishedPrecision = r.precision,
		    a.orderKey = r.key
		RETURN a.id, elementId(a)`, map[string]any{"rows": articleRows})
	if err != nil {
		return nil, fmt.Errorf("write articles: %w", err)
	}
	articleEID := map[string]string{}
	for _, r := range arts {
		articleEID[str(r.Values[0])] = str(r.Values[1])
	}
	// Actor nodes, one statement per kind (the label).
	// Each statement locks the fact nodes (creating new ones bare) and
	// returns the stored form of those that already hold a fact, for the
	// merge below; locking first makes concurrent writers of one fact run
	// one after the other.
	have := map[string][]map[string]any{} // claim kind -> stored facts
	lockLoad := func(kind, q string, params map[string]any) error {
		recs, err := w.run(w.ctx, q, params)
		if err != nil {
			return fmt.Errorf("lock %ss: %w", kind, err)
		}
		for _, r := range recs {
			w.eid[str(r.Values[0])] = str(r.Values[1])
			if m, ok := r.Values[2].(map[string]any); ok {
				have[kind] = append(have[kind], m)
			}
		}
		return nil
	}
	byKind := map[kg.ActorKind][]string{}
	for _, id := range sortedKeys(factIDs[claimActor]) {
		byKind[actorKinds[id]] = append(byKind[actorKinds[id]], id)
	}
	for _, k := range []kg.ActorKind{kg.KindCountry, kg.KindOrganization, kg.KindPerson} {
		if len(byKind[k]) == 0 {
			continue
		}
		if err := lockLoad(claimActor, `UNWIND $ids AS id
			MERGE (e:Actor {id: id}) ON CREATE SET e:`+actorLabel[k]+`, e.kind = $kind
			SET e._lock = true REMOVE e._lock
			RETURN e.id, elementId(e), CASE WHEN e.name IS NOT NULL THEN `+actorProj+` END`, map[string]any{"ids": byKind[k], "kind": string(k)}); err != nil {
			return nil, err
		}
	}
	for _, cl := range claimLabels[1:] {
		if ids := sortedKeys(factIDs[cl.kind]); len(ids) > 0 {
			if err := lockLoad(cl.kind, `UNWIND $ids AS id MERGE (e:`+cl.label+` {id: id})
				SET e._lock = true REMOVE e._lock
				RETURN e.id, elementId(e), CASE WHEN e.`+storedMarker[cl.kind]+` IS NOT NULL THEN `+storedProj[cl.kind]+` END`, map[string]any{"ids": ids}); err != nil {
				return nil, err
			}
		}
	}
	// Facts that only lose claims.
	for _, cl := range claimLabels {
		var ids []string
		for _, id := range sortedKeys(recompute[cl.kind]) {
			if !factIDs[cl.kind][id] {
				ids = append(ids, id)
			}
		}
		if len(ids) > 0 {
			if err := lockLoad(cl.kind, `MATCH (e:`+cl.label+`) WHERE e.id IN $ids
				SET e._lock = true REMOVE e._lock
				RETURN e.id, elementId(e), `+storedProj[cl.kind], map[string]any{"ids": ids}); err != nil {
				return nil, err
			}
		}
	}
	// The article nodes are new in this transaction (replaced ones were
	// deleted above), so their relationships are created, not merged: a
	// retry re-runs the whole transaction from the start. Rows go grouped
	// by article: each article is found once, not once per relationship.
	for _, cl := range claimLabels[:2] {
		rows := claimRows[cl.kind]
		if len(rows) == 0 {
			continue
		}
		q := `UNWIND $arts AS x MATCH (a) WHERE elementId(a) = x.ae
			UNWIND x.rows AS r MATCH (f) WHERE elementId(f) = r.fe
			CREATE (a)-[:CLAIMS {kind: $kind, claim: r.doc}]->(f)`
		fields := []string{"doc"}
		if cl.kind == claimActor {
			// An actor's claim rides on MENTIONS: one relationship per
			// article and actor instead of two.
			q = `UNWIND $arts AS x MATCH (a) WHERE elementId(a) = x.ae
			UNWIND x.rows AS r MATCH (f) WHERE elementId(f) = r.fe
			CREATE (a)-[:MENTIONS {count: r.count, claim: r.doc}]->(f)`
			fields = append(fields, "count")
		}
		if err := w.exec(q, map[string]any{"arts": w.perArticle(rows, articleEID, fields), "kind": cl.kind}); err != nil {
			return nil, fmt.Errorf("write %s claims: %w", cl.kind, err)
		}
	}
	// Evidence of meetings, statements and roles alike: one statement.
	var evidence []map[string]any
	for _, cl := range claimLabels[2:] {
		evidence = append(evidence, evidenceRows[cl.kind]...)
	}
	if len(evidence) > 0 {
		if err := w.exec(`UNWIND $arts AS x MATCH (a) WHERE elementId(a) = x.ae
			UNWIND x.rows AS r MATCH (f) WHERE elementId(f) = r.fe
			CREATE (a)-[:REPORTS {sentence: r.sentence, start: r.start, end: r.end, rule: r.rule, claim: r.claim}]->(f)`,
			map[string]any{"arts": w.perArticle(evidence, articleEID, []string{"sentence", "start", "end", "rule", "claim"})}); err != nil {
			return nil, fmt.Errorf("write evidence: %w", err)
		}
	}

	// 3. Merge: facts that only gained claims join the stored fact with
	// the new claims; facts that lost one are rebuilt from every claim
	// left, and deleted when none is. Actors and places first, so the
	// relationships of meetings, statements and roles find their ends;
	// deletions last.
	var deletes []struct{ label, id string }
	del := func(label string) func(id string) {
		return func(id string) { deletes = append(deletes, struct{ label, id string }{label, id}) }
	}
	actors, err := mergeKind(w, "Actor", fresh.actors, recompute[claimActor], claims.JoinActor,
		func([]string) (map[string]*claims.Actor, error) { return byID(have[claimActor], decodeActor), nil }, del("Actor"))
	if err != nil {
		return nil, err
	}
	if err := w.saveActors(actors); err != nil {
		return nil, fmt.Errorf("save actors: %w", err)
	}
	places, err := mergeKind(w, "Place", fresh.places, recompute[claimPlace], claims.JoinPlace,
		func([]string) (map[string]*kg.Place, error) { return byID(have[claimPlace], decodePlace), nil }, del("Place"))
	if err != nil {
		return nil, err
	}
	if err := w.savePlaces(places); err != nil {
		return nil, fmt.Errorf("save places: %w", err)
	}
	meetings, err := mergeKind(w, "Meeting", fresh.meetings, recompute[claimMeeting], claims.JoinMeeting,
		func([]string) (map[string]*kg.Meeting, error) { return byID(have[claimMeeting], decodeMeeting), nil }, del("Meeting"))
	if err != nil {
		return nil, err
	}
	if err := w.saveMeetings(meetings); err != nil {
		return nil, fmt.Errorf("save meetings: %w", err)
	}
	statements, err := mergeKind(w, "Statement", fresh.statements, recompute[claimStatement], claims.JoinStatement,
		func([]string) (map[string]*kg.Statement, error) {
			return byID(have[claimStatement], decodeStatement), nil
		}, del("Statement"))
	if err != nil {
		return nil, err
	}
	if err := w.saveStatements(statements); err != nil {
		return nil, fmt.Errorf("save statements: %w", err)
	}
	roles, err := mergeKind(w, "Role", fresh.roles, recompute[claimRole], claims.JoinRole,
		func([]string) (map[string]*kg.Role, error) { return byID(have[claimRole], decodeRole), nil }, del("Role"))
	if err != nil {
		return nil, err
	}
	if err := w.saveRoles(roles); err != nil {
		return nil, fmt.Errorf("save roles: %w", err)
	}
	// Facts before the actors and places they point to.
	for _, label := range []string{"Meeting", "Statement", "Role", "Place", "Actor"} {
		var ids []string
		for _, d := range deletes {
			if d.label == label {
				ids = append(ids, d.id)
			}
		}
		if len(ids) > 0 {
			if err := w.exec(`MATCH (n:`+label+`) WHERE n.id IN $ids DETACH DELETE n`, map[string]any{"ids": ids}); err != nil {
				return nil, fmt.Errorf("delete unsupported %s facts: %w", label, err)
			}
		}
	}
	return results, nil
}

// perArticle groups relationship rows (article id "a", fact id "f")
// under their article's element id, each row with the fact's element id
// and the given fields only.
func (w *writer) perArticle(rows []map[string]any, articleEID map[string]string, fields []string) []map[string]any {
	var out []map[string]any
	at := map[string]int{}
	for _, r := range rows {
		aid := str(r["a"])
		i, ok := at[aid]
		if !ok {
			i = len(out)
			at[aid] = i
			out = append(out, map[string]any{"ae": articleEID[aid], "rows": []map[string]any{}})
		}
		row := make(map[string]any, len(fields)+1)
		row["fe"] = w.eid[str(r["f"])]
		for _, f := range fields {
			row[f] = r[f]
		}
		out[i]["rows"] = append(out[i]["rows"].([]map[string]any), row)
	}
	return out
}

// claimRel is the relationship from an article that carries its claim on
// a fact of each label.
var claimRel = map[string]string{"Actor": "MENTIONS", "Place": "CLAIMS", "Meeting": "REPORTS", "Statement": "REPORTS", "Role": "REPORTS"}

// What a stored fact node holds when it holds a fact (new nodes are bare),
// and how the merge reads it.
var (
	storedMarker = map[string]string{claimPlace: "name", claimMeeting: "kind", claimStatement: "text", claimRole: "title"}
	storedProj   = map[string]string{claimActor: actorProj, claimPlace: placeProj,
		claimMeeting: noEvidence(meetingProj), claimStatement: noEvidence(statementProj), claimRole: noEvidence(roleProj)}
)

func byID[T any](ms []map[string]any, decode func(map[string]any) *T) map[string]*T {
	out := make(map[string]*T, len(ms))
	for _, m := range ms {
		out[str(m["id"])] = decode(m)
	}
	return out
}

// merged is a fact's new stored form and what was stored before (nil for
// a new fact).
type merged[T any] struct {
	v   T
	old *T
}

// mergeKind computes the merged form of every fact of one kind the batch
// touched, leaving out those whose stored form does not change; facts left
// without claims are passed to del.
func mergeKind[T any](w *writer, label string, fresh map[string][]T, recompute map[string]bool,
	join func(a, b T) T, load func(ids []string) (map[string]*T, error), del func(id string)) ([]merged[T], error) {
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
		return nil, nil
	}
	stored, err := load(all)
	if err != nil {
		return nil, fmt.Errorf("load %s facts: %w", label, err)
	}
	var out []merged[T]
	keep := func(id string, v T) {
		old := stored[id]
		if old != nil && reflect.DeepEqual(*old, v) {
			return
		}
		out = append(out, merged[T]{v: v, old: old})
	}
	for _, id := range incIDs {
		var v T
		if old := stored[id]; old != nil {
			v = *old
		}
		for _, c := range fresh[id] {
			v = join(v, c)
		}
		keep(id, v)
	}
	if len(recIDs) == 0 {
		return out, nil
	}
	rel := claimRel[label]
	recs, err := w.run(w.ctx, `MATCH (f:`+label+`) WHERE f.id IN $ids
		MATCH (a:Article)-[c:`+rel+`]->(f) WHERE c.claim IS NOT NULL
		RETURN f.id AS id, c.claim AS doc ORDER BY id, a.id`, map[string]any{"ids": recIDs})
	if err != nil {
		return nil, fmt.Errorf("load %s claims: %w", label, err)
	}
	rebuilt := map[string]T{}
	for _, r := range recs {
		id := str(r.Values[0])
		var c T
		if err := json.Unmarshal([]byte(str(r.Values[1])), &c); err != nil {
			return nil, fmt.Errorf("decode claim on %s: %w", id, err)
		}
		rebuilt[id] = join(rebuilt[id], c)
	}
	for _, id := range recIDs {
		if v, ok := rebuilt[id]; ok {
			keep(id, v)
		} else {
			del(id)
		}
	}
	return out, nil
}

// oldIDs are the ids of facts that were stored before: only their
// relationships need deleting before they are written anew.
func oldIDs[T any](ms []merged[T], id func(T) string) []string {
	var out []string
	for _, m := range ms {
		if m.old != nil {
			out = append(out, id(*m.old))
		}
	}
	return out
}

func (w *writer) saveActors(as []merged[claims.Actor]) error {
	if len(as) == 0 {
		return nil
	}
	rows := make([]map[string]any, len(as))
	for i, m := range as {
		a := m.v
		aliases := a.Aliases
		if aliases == nil {
			aliases = []string{}
		}
		row := map[string]any{"eid": w.eid[a.ID], "kind": string(a.Kind), "name": a.Name, "aliases": aliases,
			"iso": nullable(a.ISO), "orgKind": nullable(a.OrgKind), "mentions": a.Mentions, "keys": nil, "search": nil}
		// The names (and so the full-text index entry) change rarely;
		// mention counts of busy actors change in every batch.
		if m.old == nil || m.old.Name != a.Name || !reflect.DeepEqual(m.old.Aliases, a.Aliases) {
			row["keys"], row["search"] = nameKeys(a.Name, a.Aliases), searchText(a.Name, a.Aliases)
		}
		rows[i] = row
	}
	return w.exec(`UNWIND $rows AS r MATCH (n) WHERE elementId(n) = r.eid
		SET n.kind = r.kind, n.name = r.name, n.aliases = r.aliases, n.iso = r.iso, n.orgKind = r.orgKind,
		    n.mentions = r.mentions
		FOREACH (_ IN CASE WHEN r.keys IS NULL THEN [] ELSE [1] END | SET n.nameKeys = r.keys, n.searchText = r.search)`,
		map[string]any{"rows": rows})
}

func (w *writer) savePlaces(ps []merged[kg.Place]) error {
	if len(ps) == 0 {
		return nil
	}
	if old := oldIDs(ps, func(p kg.Place) string { return p.ID }); len(old) > 0 {
		if err := w.exec(`MATCH (n:Place)-[r:IN]->() WHERE n.id IN $ids DELETE r`, map[string]any{"ids": old}); err != nil {
			return err
		}
	}
	// The countries are found by element id: a seek on the id inside this
	// statement was planned as a scan of the whole Actor index per place
	// (after the SET on an unlabelled node), half of a BBC batch's db hits.
	var refs []string
	for _, m := range ps {
		refs = append(refs, m.v.CountryID)
	}
	if err := w.resolve(refs); err != nil {
		return err
	}
	rows := make([]map[string]any, len(ps))
	for i, m := range ps {
		p := m.v
		rows[i] = map[string]any{"eid": w.eid[p.ID], "name": p.Name, "country": nullable(p.CountryID), "in": nullable(w.eid[p.CountryID])}
	}
	return w.exec(`UNWIND $rows AS r MATCH (n) WHERE elementId(n) = r.eid
		SET n.name = r.name, n.countryId = r.country
		WITH n, r WHERE r.in IS NOT NULL
		MATCH (c:Country) WHERE elementId(c) = r.in
		CREATE (n)-[:IN]->(c)`, map[string]any{"rows": rows})
}

func (w *writer) saveMeetings(ms []merged[kg.Meeting]) error {
	if len(ms) == 0 {
		return nil
	}
	if old := oldIDs(ms, func(m kg.Meeting) string { return m.ID }); len(old) > 0 {
		if err := w.exec(`MATCH (n:Meeting) WHERE n.id IN $ids
			OPTIONAL MATCH (n)-[h:HELD_IN]->() DELETE h
			WITH DISTINCT n
			OPTIONAL MATCH (n)<-[p:PARTICIPATED_IN]-() DELETE p`, map[string]any{"ids": old}); err != nil {
			return err
		}
	}
	var refs []string
	for _, mm := range ms {
		refs = append(refs, mm.v.PlaceID)
		for _, p := range mm.v.Participants {
			refs = append(refs, p.ActorID)
		}
	}
	if err := w.resolve(refs); err != nil {
		return err
	}
	rows := make([]map[string]any, len(ms))
	var parts []map[string]any
	for i, mm := range ms {
		m := mm.v
		ds, de, prec, key := dateParams(m.Date)
		rows[i] = map[string]any{"eid": w.eid[m.ID], "kind": string(m.Kind), "status": string(m.Status), "date": ds, "dateEnd": de,
			"precision": prec, "key": key, "place": nullable(w.eid[m.PlaceID])}
		for _, p := range m.Participants {
			parts = append(parts, map[string]any{"m": w.eid[m.ID], "a": w.eid[p.ActorID], "role": nullable(p.Role)})
		}
	}
	if err := w.exec(`UNWIND $rows AS r MATCH (n) WHERE elementId(n) = r.eid
		SET n.kind = r.kind, n.status = r.status, n.date = date(r.date), n.dateEnd = date(r.dateEnd),
		    n.precision = r.precision, n.orderKey = r.key
		WITH n, r WHERE r.place IS NOT NULL
		MATCH (at) WHERE elementId(at) = r.place
		CREATE (n)-[:HELD_IN]->(at)`, map[string]any{"rows": rows}); err != nil {
		return err
	}
	return w.exec(`UNWIND $rows AS r
		MATCH (m) WHERE elementId(m) = r.m MATCH (a) WHERE elementId(a) = r.a
		CREATE (a)-[:PARTICIPATED_IN {role: r.role}]->(m)`, map[string]any{"rows": parts})
}

func (w *writer) saveStatements(ss []merged[kg.Statement]) error {
	if len(ss) == 0 {
		return nil
	}
	if old := oldIDs(ss, func(s kg.Statement) string { return s.ID }); len(old) > 0 {
		if err := w.exec(`MATCH (n:Statement) WHERE n.id IN $ids
			OPTIONAL MATCH (n)<-[m:MADE]-() DELETE m
			WITH DISTINCT n
			OPTIONAL MATCH (n)-[a:ABOUT]->() DELETE a`, map[string]any{"ids": old}); err != nil {
			return err
		}
	}
	var refs []string
	for _, m := range ss {
		refs = append(append(refs, m.v.SpeakerID), m.v.AboutIDs...)
	}
	if err := w.resolve(refs); err != nil {
		return err
	}
	rows := make([]map[string]any, len(ss))
	var about []map[string]any
	for i, m := range ss {
		s := m.v
		ds, de, prec, key := dateParams(s.Date)
		rows[i] = map[string]any{"eid": w.eid[s.ID], "speaker": w.eid[s.SpeakerID], "quote": nullable(s.Quote), "text": s.Text,
			"date": ds, "dateEnd": de, "precision": prec, "key": key}
		for _, a := range s.AboutIDs {
			about = append(about, map[string]any{"s": w.eid[s.ID], "a": w.eid[a]})
		}
	}
	if err := w.exec(`UNWIND $rows AS r MATCH (n) WHERE elementId(n) = r.eid MATCH (a) WHERE elementId(a) = r.speaker
		SET n.quote = r.quote, n.text = r.text, n.date = date(r.date), n.dateEnd = date(r.dateEnd),
		    n.precision = r.precision, n.orderKey = r.key
		CREATE (a)-[:MADE]->(n)`, map[string]any{"rows": rows}); err != nil {
		return err
	}
	if len(about) == 0 {
		return nil
	}
	return w.exec(`UNWIND $rows AS r
		MATCH (s) WHERE elementId(s) = r.s MATCH (a) WHERE elementId(a) = r.a
		CREATE (s)-[:ABOUT]->(a)`, map[string]any{"rows": about})
}

func (w *writer) saveRoles(rs []merged[kg.Role]) error {
	if len(rs) == 0 {
		return nil
	}
	if old := oldIDs(rs, func(r kg.Role) string { return r.ID }); len(old) > 0 {
		// HOLDS_ROLE is found from the role's person (the id names both).
		if err := w.exec(`MATCH (n:Role) WHERE n.id IN $ids
			OPTIONAL MATCH (n)<-[hr:HAS_ROLE]-(p)
			OPTIONAL MATCH (p)-[h:HOLDS_ROLE {id: n.id}]->()
			DELETE h, hr
			WITH DISTINCT n
			OPTIONAL MATCH (n)-[o:OF]->() DELETE o`, map[string]any{"ids": old}); err != nil {
			return err
		}
	}
	var refs []string
	for _, m := range rs {
		refs = append(refs, m.v.PersonID, m.v.OfID)
	}
	if err := w.resolve(refs); err != nil {
		return err
	}
	rows := make([]map[string]any, len(rs))
	for i, m := range rs {
		r := m.v
		ds, _, prec, key := dateParams(r.AsOf)
		rows[i] = map[string]any{"id": r.ID, "eid": w.eid[r.ID], "person": w.eid[r.PersonID], "title": r.Title, "of": nullable(w.eid[r.OfID]),
			"asOf": ds, "precision": prec, "key": key}
	}
	return w.exec(`UNWIND $rows AS r MATCH (n) WHERE elementId(n) = r.eid MATCH (p) WHERE elementId(p) = r.person
		SET n.title = r.title, n.asOf = date(r.asOf), n.asOfPrecision = r.precision, n.orderKey = r.key
		CREATE (p)-[:HAS_ROLE]->(n)
		WITH n, p, r WHERE r.of IS NOT NULL
		MATCH (o) WHERE elementId(o) = r.of
		CREATE (n)-[:OF]->(o)
		CREATE (p)-[:HOLDS_ROLE {id: r.id, title: r.title, asOf: date(r.asOf), asOfPrecision: r.precision}]->(o)`,
		map[string]any{"rows": rows})
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
