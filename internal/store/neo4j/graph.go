package neo4j

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// Two actors are linked through a fact node f: co-participants of an
// occurred meeting (PARTICIPATED_IN twice), a statement's speaker and an
// actor it is about (MADE and ABOUT), a role's person and what the role
// belongs to (HAS_ROLE and OF). As a pattern between actors x and y:
const linkStep = `(x:Actor)-[r1:` + linkRels + `]-(f)-[r2:` + linkRels + `]-(y:Actor)
	WHERE x <> y AND ((f:Meeting AND f.status = 'OCCURRED') OR (NOT f:Meeting AND type(r1) <> type(r2)))`

// pathsByLength[n] finds the simple actor paths of exactly n links between
// $from and $to, in actor id sequence order. A quantifier cannot be a
// parameter, so there is one fixed statement per length. The pattern walks
// through fact nodes, so two actors who met often are joined by many
// walks; to keep that in check a path is found as two halves, one walked
// from each end and reduced to distinct actor sequences, joined at the
// middle actor (a pattern bound at both ends expands towards the bound
// end). At most $budget half-walks are looked at on dense graphs (the
// embedded store bounds its search the same way), and a statement that
// still runs too long is cancelled by the server (pathsTimeout).
var pathsByLength = func() []string {
	qs := make([]string, MaxHops+1)
	qs[1] = fmt.Sprintf(`MATCH (s:Actor {id: $from}), (t:Actor {id: $to})
		MATCH (s) (%s){1} (t)
		RETURN DISTINCT [$from, $to] AS ids`, linkStep)
	for n := 2; n <= MaxHops; n++ {
		h1 := n / 2
		qs[n] = fmt.Sprintf(`MATCH (s:Actor {id: $from}), (t:Actor {id: $to})
			CALL {
				WITH s
				MATCH p = (s) (%[1]s){%[2]d} (m:Actor)
				WITH p LIMIT $budget
				RETURN DISTINCT last(nodes(p)) AS m, [n IN nodes(p) WHERE n:Actor | n.id] AS left
			}
			WITH t, m, left
			WHERE NOT $to IN left AND all(i IN range(1, size(left) - 1) WHERE NOT left[i] IN left[0..i])
			WITH t, m, collect(left) AS lefts
			CALL {
				WITH t, m
				MATCH p = (m) (%[1]s){%[3]d} (t)
				WITH p LIMIT $budget
				RETURN DISTINCT [n IN nodes(p) WHERE n:Actor | n.id] AS right
			}
			UNWIND lefts AS left
			WITH left + right[1..] AS ids
			WHERE all(i IN range(1, size(ids) - 1) WHERE NOT ids[i] IN ids[0..i])
			RETURN DISTINCT ids ORDER BY ids LIMIT $first`, linkStep, h1, n-h1)
	}
	return qs
}()

// Bounds of one Paths call on dense graphs.
const (
	pathsBudget  = 200000
	pathsTimeout = 20 * time.Second
)

// degree is the number of links of actor v in the whole graph.
const degree = `COUNT { (v)-[:PARTICIPATED_IN]->(m:Meeting)<-[:PARTICIPATED_IN]-(o:Actor) WHERE m.status = 'OCCURRED' AND o <> v }
	+ COUNT { (v)-[:MADE]->(:Statement)-[:ABOUT]->(o:Actor) WHERE o <> v }
	+ COUNT { (v)<-[:ABOUT]-(:Statement)<-[:MADE]-(o:Actor) WHERE o <> v }
	+ COUNT { (v)-[:HAS_ROLE]->(:Role)-[:OF]->(o:Actor) WHERE o <> v }
	+ COUNT { (v)<-[:OF]-(:Role)<-[:HAS_ROLE]-(o:Actor) WHERE o <> v }`

// linksAmong lists every link between two of the given actors.
const linksAmong = `CALL {
		MATCH (a:Actor)-[:PARTICIPATED_IN]->(e:Meeting)<-[:PARTICIPATED_IN]-(b:Actor)
		WHERE a.id IN $ids AND b.id IN $ids AND a.id < b.id AND e.status = 'OCCURRED'
		RETURN 0 AS kind, a.id AS src, b.id AS dst, e.id AS id, e.orderKey AS key
		UNION ALL
		MATCH (a:Actor)-[:MADE]->(e:Statement)-[:ABOUT]->(b:Actor)
		WHERE a.id IN $ids AND b.id IN $ids AND a <> b
		RETURN 1 AS kind, a.id AS src, b.id AS dst, e.id AS id, e.orderKey AS key
		UNION ALL
		MATCH (a:Actor)-[:HAS_ROLE]->(e:Role)-[:OF]->(b:Actor)
		WHERE a.id IN $ids AND b.id IN $ids AND a <> b
		RETURN 2 AS kind, a.id AS src, b.id AS dst, e.id AS id, e.orderKey AS key
	}
	RETURN kind, src, dst, id, key`

// Link kinds in edge order: a step between two actors goes via a meeting
// if they met, else a statement, else a role.
const (
	linkMet = iota
	linkSaid
	linkRole
)

var edgeKinds = [...]string{linkMet: kg.EdgeMet, linkSaid: kg.EdgeSaidAbout, linkRole: kg.EdgeHoldsRole}

type link struct {
	kind     int
	id, key  string
	src, dst string // speaker->about, person->of; MET: smaller id first
}

// before orders the links between one pair: by kind, then the most recent
// (known dates before unknown), then id.
func (l link) before(o link) bool {
	if l.kind != o.kind {
		return l.kind < o.kind
	}
	if l.key != o.key {
		if l.key == "~" || o.key == "~" {
			return o.key == "~"
		}
		return l.key > o.key
	}
	return l.id < o.id
}

type pair struct{ a, b string } // a < b

func mkpair(x, y string) pair {
	if x > y {
		x, y = y, x
	}
	return pair{x, y}
}

// links loads the links among ids, per unordered pair, best first.
func (s *Store) links(ctx context.Context, ids []string) (map[pair][]link, error) {
	res, err := s.query(ctx, linksAmong, map[string]any{"ids": ids})
	if err != nil {
		return nil, err
	}
	out := map[pair][]link{}
	for _, r := range res.Records {
		v := r.Values
		l := link{kind: num(v[0]), src: str(v[1]), dst: str(v[2]), id: str(v[3]), key: str(v[4])}
		if l.kind == linkMet && l.src > l.dst {
			l.src, l.dst = l.dst, l.src
		}
		p := mkpair(l.src, l.dst)
		out[p] = append(out[p], l)
	}
	for p, ls := range out {
		sort.Slice(ls, func(i, j int) bool { return ls[i].before(ls[j]) })
		out[p] = ls
	}
	return out, nil
}

// Paths returns simple paths (no actor twice) from one actor to another of
// at most MaxHops links: shortest first, and among paths of one length in
// the order of their actor id sequences. Each length is one bounded
// quantified path pattern; longer ones are only asked for while fewer than
// First paths were found. Each step goes via one link between its two
// actors: a meeting if they met, else a statement, else a role, the most
// recent first.
func (s *Store) Paths(ctx context.Context, q kg.PathQuery) ([]kg.Path, error) {
	switch {
	case q.FromID == "" || q.ToID == "":
		return nil, kg.Errorf(kg.CodeInvalidArgument, "paths need a from and a to actor")
	case q.FromID == q.ToID:
		return nil, kg.Errorf(kg.CodeInvalidArgument, "paths need two different actors")
	case q.MaxHops <= 0 || q.MaxHops > MaxHops:
		return nil, kg.Errorf(kg.CodeInvalidArgument, "maxHops must be between 1 and %d, got %d", MaxHops, q.MaxHops)
	case q.First <= 0 || q.First > MaxPaths:
		return nil, kg.Errorf(kg.CodeInvalidArgument, "first must be between 1 and %d, got %d", MaxPaths, q.First)
	}
	if err := s.missingActor(ctx, []string{q.FromID, q.ToID}); err != nil {
		return nil, err
	}
	var seqs [][]string
	for n := 1; n <= q.MaxHops && len(seqs) < q.First; n++ {
		res, err := s.queryTimeout(ctx, pathsTimeout, pathsByLength[n],
			map[string]any{"from": q.FromID, "to": q.ToID, "first": q.First - len(seqs), "budget": pathsBudget})
		if err != nil {
			if strings.Contains(err.Error(), "TransactionTimedOut") {
				return nil, kg.WrapError(kg.CodeLimitExceeded, err, "paths: the search for %d-link paths took longer than %s on this graph; ask for fewer hops", n, pathsTimeout)
			}
			return nil, s.fail(ctx, err, "paths")
		}
		var batch [][]string
		for _, r := range res.Records {
			batch = append(batch, strs(r.Values[0]))
		}
		sort.SliceStable(batch, func(i, j int) bool { return lessSeq(batch[i], batch[j]) })
		seqs = append(seqs, batch...)
	}
	if len(seqs) == 0 {
		return nil, nil
	}
	on := map[string]bool{}
	for _, sq := range seqs {
		for _, id := range sq {
			on[id] = true
		}
	}
	ls, err := s.links(ctx, sortedKeys(on))
	if err != nil {
		return nil, s.fail(ctx, err, "paths")
	}
	var mids, sids, rids []string
	out := make([]kg.Path, 0, len(seqs))
	for _, sq := range seqs {
		var p kg.Path
		for i := 0; i+1 < len(sq); i++ {
			cands := ls[mkpair(sq[i], sq[i+1])]
			if len(cands) == 0 {
				return nil, kg.Errorf(kg.CodeUnavailable, "paths: the graph changed during the query; try again")
			}
			l := cands[0]
			var via kg.Link
			switch l.kind {
			case linkMet:
				via.Meeting = &kg.Meeting{ID: l.id}
				mids = append(mids, l.id)
			case linkSaid:
				via.Statement = &kg.Statement{ID: l.id}
				sids = append(sids, l.id)
			default:
				via.Role = &kg.Role{ID: l.id}
				rids = append(rids, l.id)
			}
			p.Steps = append(p.Steps, kg.PathStep{FromID: sq[i], ToID: sq[i+1], Via: via})
		}
		out = append(out, p)
	}
	run := s.reader()
	ms, err := loadMeetings(ctx, run, mids, true)
	if err != nil {
		return nil, s.fail(ctx, err, "paths")
	}
	ss, err := loadStatements(ctx, run, sids, true)
	if err != nil {
		return nil, s.fail(ctx, err, "paths")
	}
	rs, err := loadRoles(ctx, run, rids, true)
	if err != nil {
		return nil, s.fail(ctx, err, "paths")
	}
	for _, p := range out {
		for i := range p.Steps {
			v := &p.Steps[i].Via
			switch {
			case v.Meeting != nil && ms[v.Meeting.ID] != nil:
				v.Meeting = ms[v.Meeting.ID]
			case v.Statement != nil && ss[v.Statement.ID] != nil:
				v.Statement = ss[v.Statement.ID]
			case v.Role != nil && rs[v.Role.ID] != nil:
				v.Role = rs[v.Role.ID]
			}
		}
	}
	return out, nil
}

func lessSeq(a, b []string) bool {
	for i := 0; i < len(a) && i < len(b); i++ {
		if a[i] != b[i] {
			return a[i] < b[i]
		}
	}
	return len(a) < len(b)
}

type nodeInfo struct {
	id, name string
	kind     kg.ActorKind
	degree   int
}

// neighbours returns the actors linked to any of frontier that are not in
// seen, with their degree.
func (s *Store) neighbours(ctx context.Context, frontier, seen []string) ([]nodeInfo, error) {
	res, err := s.query(ctx, `UNWIND $frontier AS fid
		MATCH (x:Actor {id: fid})
		MATCH `+linkStep+` AND NOT y.id IN $seen
		WITH DISTINCT y AS v
		RETURN v.id, v.kind, v.name, `+degree+` AS degree`, map[string]any{"frontier": frontier, "seen": seen})
	if err != nil {
		return nil, err
	}
	out := make([]nodeInfo, 0, len(res.Records))
	for _, r := range res.Records {
		v := r.Values
		out = append(out, nodeInfo{id: str(v[0]), kind: kg.ActorKind(str(v[1])), name: str(v[2]), degree: num(v[3])})
	}
	return out, nil
}

// Neighborhood returns the actors within Depth hops of an actor, nearest
// first, at most Limit of them (the centre included); within one hop
// distance the best-connected actors (most links overall, then id) are
// kept first. Truncated says some actor within Depth was left out. Edges
// are every link between two returned actors, one edge per pair and kind
// (MET undirected with the smaller id as Source; SAID_ABOUT from speaker,
// HOLDS_ROLE from the person), Weight the number of links, LinkIDs sorted.
// A node's Weight is the sum of its edges' weights in the subgraph. One
// bounded expansion per level, then one statement for the edges.
func (s *Store) Neighborhood(ctx context.Context, q kg.NeighborhoodQuery) (*kg.Subgraph, error) {
	switch {
	case q.ActorID == "":
		return nil, kg.Errorf(kg.CodeInvalidArgument, "an actor id is required")
	case q.Depth <= 0 || q.Depth > MaxDepth:
		return nil, kg.Errorf(kg.CodeInvalidArgument, "depth must be between 1 and %d, got %d", MaxDepth, q.Depth)
	case q.Limit <= 0 || q.Limit > MaxNodes:
		return nil, kg.Errorf(kg.CodeInvalidArgument, "limit must be between 1 and %d, got %d", MaxNodes, q.Limit)
	}
	centre, err := loadActors(ctx, s.reader(), []string{q.ActorID})
	if err != nil {
		return nil, s.fail(ctx, err, "neighborhood")
	}
	c := centre[q.ActorID]
	if c == nil {
		return nil, kg.Errorf(kg.CodeNotFound, "no actor with id %q", q.ActorID)
	}
	sub := &kg.Subgraph{}
	level := map[string]int{c.ID: 0}
	nodes := []nodeInfo{{id: c.ID, name: c.Name, kind: c.Kind}}
	frontier := []string{c.ID}
	for d := 1; d <= q.Depth && len(frontier) > 0 && len(nodes) < q.Limit+1; d++ {
		cands, err := s.neighbours(ctx, frontier, sortedKeys(level))
		if err != nil {
			return nil, s.fail(ctx, err, "neighborhood")
		}
		sort.Slice(cands, func(i, j int) bool {
			a, b := cands[i], cands[j]
			if a.degree != b.degree {
				return a.degree > b.degree
			}
			return a.id < b.id
		})
		if room := q.Limit - len(nodes); len(cands) > room {
			cands = cands[:room]
			sub.Truncated = true
		}
		frontier = frontier[:0]
		for _, v := range cands {
			level[v.id] = d
			nodes = append(nodes, v)
			frontier = append(frontier, v.id)
		}
		if sub.Truncated {
			break
		}
	}
	ids := make([]string, len(nodes))
	for i, n := range nodes {
		ids[i] = n.id
	}
	var ls map[pair][]link
	if len(ids) > 1 {
		if ls, err = s.links(ctx, ids); err != nil {
			return nil, s.fail(ctx, err, "neighborhood")
		}
	}
	type ekey struct {
		src, dst string
		kind     int
	}
	weight := map[string]int{}
	edges := map[ekey]*kg.GraphEdge{}
	var keys []ekey
	for p, pls := range ls {
		for _, l := range pls {
			k := ekey{l.src, l.dst, l.kind}
			e := edges[k]
			if e == nil {
				e = &kg.GraphEdge{Source: l.src, Target: l.dst, Kind: edgeKinds[l.kind]}
				e.ID = e.Kind + ":" + e.Source + "->" + e.Target
				edges[k] = e
				keys = append(keys, k)
			}
			e.Weight++
			e.LinkIDs = append(e.LinkIDs, l.id)
			weight[p.a]++
			weight[p.b]++
		}
	}
	for _, n := range nodes {
		sub.Nodes = append(sub.Nodes, kg.GraphNode{ID: n.id, Kind: n.kind, Label: n.name, Weight: weight[n.id], Depth: level[n.id]})
	}
	sort.Slice(keys, func(i, j int) bool {
		a, b := keys[i], keys[j]
		if a.src != b.src {
			return a.src < b.src
		}
		if a.dst != b.dst {
			return a.dst < b.dst
		}
		return a.kind < b.kind
	})
	for _, k := range keys {
		e := edges[k]
		sort.Strings(e.LinkIDs)
		sub.Edges = append(sub.Edges, *e)
	}
	return sub, nil
}
