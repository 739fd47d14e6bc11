package embedded

import (
	"context"
	"database/sql"
	"sort"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// Bounds of graph queries; beyond them a query is INVALID_ARGUMENT.
const (
	MaxHops     = 6
	MaxPaths    = 100
	MaxDepth    = 4
	MaxNodes    = 1000
	pathsBudget = 200000 // search steps per Paths call; see Paths
)

// Link kinds in edge order: a step between two actors goes via a meeting
// if they met, else a statement, else a role.
const (
	linkMet uint8 = iota
	linkSaid
	linkRole
)

var edgeKinds = [...]string{linkMet: kg.EdgeMet, linkSaid: kg.EdgeSaidAbout, linkRole: kg.EdgeHoldsRole}

type link struct {
	kind     uint8
	id       string
	key      string // date order key
	src, dst int32  // natural direction: speaker->about, person->of; MET: smaller id first
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

type pair struct{ a, b int32 } // a < b

func mkpair(x, y int32) pair {
	if x > y {
		x, y = y, x
	}
	return pair{x, y}
}

// graph is the undirected actor graph of paths and neighbourhoods, built
// from one snapshot and cached until the database's generation changes.
type graph struct {
	gen    int64
	ids    []string // sorted, so node order is id order
	index  map[string]int32
	kinds  []kg.ActorKind
	names  []string
	adj    [][]int32 // neighbours, ascending
	degree []int     // number of links
	links  map[pair][]link
	groups map[pair][]edgeGroup // links by kind and direction, ids sorted
}

// edgeGroup is one subgraph edge between a pair: the links of one kind in
// one direction.
type edgeGroup struct {
	kind     uint8
	src, dst int32
	ids      []string
	edge     kg.GraphEdge // built once per graph; its LinkIDs are shared
}

func (s *Store) loadGraph(ctx context.Context, tx querier) (*graph, error) {
	var gen int64
	if err := tx.QueryRowContext(ctx, `SELECT value FROM meta WHERE key = 'generation'`).Scan(&gen); err != nil {
		return nil, err
	}
	s.graphM.Lock()
	defer s.graphM.Unlock()
	if s.graph != nil && s.graph.gen == gen {
		return s.graph, nil
	}
	g, err := buildGraph(ctx, tx, gen)
	if err != nil {
		return nil, err
	}
	s.graph = g
	return g, nil
}

func buildGraph(ctx context.Context, q querier, gen int64) (*graph, error) {
	g := &graph{gen: gen, index: map[string]int32{}, links: map[pair][]link{}}
	err := scanAll(ctx, q, func(r *sql.Rows) error {
		var id, kind, name string
		if err := r.Scan(&id, &kind, &name); err != nil {
			return err
		}
		g.index[id] = int32(len(g.ids))
		g.ids = append(g.ids, id)
		g.kinds = append(g.kinds, kg.ActorKind(kind))
		g.names = append(g.names, name)
		return nil
	}, `SELECT id, kind, name FROM actors ORDER BY id`)
	if err != nil {
		return nil, err
	}
	g.adj = make([][]int32, len(g.ids))
	g.degree = make([]int, len(g.ids))
	add := func(kind uint8) func(*sql.Rows) error {
		return func(r *sql.Rows) error {
			var a, b, id, key string
			if err := r.Scan(&a, &b, &id, &key); err != nil {
				return err
			}
			ia, oka := g.index[a]
			ib, okb := g.index[b]
			if !oka || !okb || ia == ib {
				return nil
			}
			p := mkpair(ia, ib)
			if len(g.links[p]) == 0 {
				g.adj[ia] = append(g.adj[ia], ib)
				g.adj[ib] = append(g.adj[ib], ia)
			}
			g.links[p] = append(g.links[p], link{kind: kind, id: id, key: key, src: ia, dst: ib})
			g.degree[ia]++
			g.degree[ib]++
			return nil
		}
	}
	if err := scanAll(ctx, q, add(linkMet), `SELECT p1.actor_id, p2.actor_id, m.id, m.order_key
		FROM meetings m JOIN participants p1 ON p1.meeting_id = m.id
		JOIN participants p2 ON p2.meeting_id = m.id AND p1.actor_id < p2.actor_id
		WHERE m.status = 'OCCURRED'`); err != nil {
		return nil, err
	}
	if err := scanAll(ctx, q, add(linkSaid), `SELECT s.speaker_id, a.actor_id, s.id, s.order_key
		FROM statements s JOIN statement_about a ON a.statement_id = s.id`); err != nil {
		return nil, err
	}
	if err := scanAll(ctx, q, add(linkRole), `SELECT person_id, of_id, id, order_key FROM roles WHERE of_id <> ''`); err != nil {
		return nil, err
	}
	for i := range g.adj {
		ns := g.adj[i]
		sort.Slice(ns, func(x, y int) bool { return ns[x] < ns[y] })
	}
	g.groups = make(map[pair][]edgeGroup, len(g.links))
	for p, ls := range g.links {
		sort.Slice(ls, func(x, y int) bool { return ls[x].before(ls[y]) })
		g.links[p] = ls
		var gs []edgeGroup
		for _, l := range ls {
			src, dst := l.src, l.dst
			if l.kind == linkMet && src > dst {
				src, dst = dst, src // undirected: smaller id first
			}
			i := 0
			for i < len(gs) && !(gs[i].kind == l.kind && gs[i].src == src && gs[i].dst == dst) {
				i++
			}
			if i == len(gs) {
				gs = append(gs, edgeGroup{kind: l.kind, src: src, dst: dst})
			}
			gs[i].ids = append(gs[i].ids, l.id)
		}
		for i := range gs {
			gr := &gs[i]
			sort.Strings(gr.ids)
			gr.edge = kg.GraphEdge{Source: g.ids[gr.src], Target: g.ids[gr.dst], Kind: edgeKinds[gr.kind],
				Weight: len(gr.ids), LinkIDs: gr.ids}
			gr.edge.ID = gr.edge.Kind + ":" + gr.edge.Source + "->" + gr.edge.Target
		}
		g.groups[p] = gs
	}
	return g, nil
}

// Paths returns simple paths (no actor twice) from one actor to another
// of at most MaxHops steps: shortest first, and among paths of one length
// in the order of their actor id sequences. A path is a sequence of
// actors; each step goes via one link between its two actors: a meeting
// if they met, else a statement, else a role, the most recent first. The
// search stops after a fixed budget of steps on very dense graphs, so a
// request for many long paths may return fewer than exist.
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
	var out []kg.Path
	compute := func(tx querier) error {
		if err := requireActors(ctx, tx, []string{q.FromID, q.ToID}); err != nil {
			return err
		}
		g, err := s.loadGraph(ctx, tx)
		if err != nil {
			return err
		}
		from, okf := g.index[q.FromID]
		to, okt := g.index[q.ToID]
		if !okf || !okt {
			return nil
		}
		seqs := g.paths(ctx, from, to, q.MaxHops, q.First)
		if err := ctx.Err(); err != nil {
			return err
		}
		var steps [][]kg.PathStep
		var mids, sids, rids []string
		for _, seq := range seqs {
			st := make([]kg.PathStep, 0, len(seq)-1)
			for i := 0; i+1 < len(seq); i++ {
				l := g.links[mkpair(seq[i], seq[i+1])][0]
				st = append(st, kg.PathStep{FromID: g.ids[seq[i]], ToID: g.ids[seq[i+1]], Via: linkStub(l)})
				switch l.kind {
				case linkMet:
					mids = append(mids, l.id)
				case linkSaid:
					sids = append(sids, l.id)
				default:
					rids = append(rids, l.id)
				}
			}
			steps = append(steps, st)
		}
		h, err := hydrateLinks(ctx, tx, mids, sids, rids)
		if err != nil {
			return err
		}
		for _, st := range steps {
			for i := range st {
				st[i].Via = h.fill(st[i].Via)
			}
			out = append(out, kg.Path{Steps: st})
		}
		return nil
	}
	if res, ok := fastCached(ctx, s, cacheKey("paths", q), clonePaths); ok {
		return res, nil
	}
	err := s.readTx(ctx, "paths", func(tx querier) error {
		res, err := cached(ctx, s, tx, cacheKey("paths", q), clonePaths, func() ([]kg.Path, error) {
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

// paths enumerates simple paths by length, then lexicographically.
func (g *graph) paths(ctx context.Context, from, to int32, maxHops, first int) [][]int32 {
	// dist[v]: hops from v to the target, bounding the search below.
	dist := make([]int, len(g.ids))
	for i := range dist {
		dist[i] = -1
	}
	dist[to] = 0
	frontier := []int32{to}
	for d := 1; d <= maxHops && len(frontier) > 0; d++ {
		var next []int32
		for _, u := range frontier {
			for _, v := range g.adj[u] {
				if dist[v] < 0 {
					dist[v] = d
					next = append(next, v)
				}
			}
		}
		frontier = next
	}
	if dist[from] < 0 {
		return nil
	}
	var out [][]int32
	budget := pathsBudget
	onPath := make([]bool, len(g.ids))
	path := []int32{from}
	onPath[from] = true
	var walk func(u int32, left int) bool
	walk = func(u int32, left int) bool {
		budget--
		if budget < 0 || (budget%4096 == 0 && ctx.Err() != nil) {
			return false
		}
		for _, v := range g.adj[u] {
			if onPath[v] || dist[v] < 0 || dist[v] > left-1 {
				continue
			}
			if v == to {
				if left == 1 {
					out = append(out, append([]int32(nil), append(path, v)...))
					if len(out) >= first {
						return false
					}
				}
				continue
			}
			if left == 1 {
				continue
			}
			onPath[v] = true
			path = append(path, v)
			ok := walk(v, left-1)
			path = path[:len(path)-1]
			onPath[v] = false
			if !ok {
				return false
			}
		}
		return true
	}
	for l := dist[from]; l <= maxHops; l++ {
		if !walk(from, l) {
			break
		}
	}
	return out
}

// linkStub is a link with only its id set, to be filled by hydrateLinks.
func linkStub(l link) kg.Link {
	switch l.kind {
	case linkMet:
		return kg.Link{Meeting: &kg.Meeting{ID: l.id}}
	case linkSaid:
		return kg.Link{Statement: &kg.Statement{ID: l.id}}
	}
	return kg.Link{Role: &kg.Role{ID: l.id}}
}

type hydrated struct {
	meetings   map[string]*kg.Meeting
	statements map[string]*kg.Statement
	roles      map[string]*kg.Role
}

func hydrateLinks(ctx context.Context, q querier, mids, sids, rids []string) (*hydrated, error) {
	h := &hydrated{}
	var err error
	if h.meetings, err = loadMeetings(ctx, q, mids, false); err != nil {
		return nil, err
	}
	if h.statements, err = loadStatements(ctx, q, sids, false); err != nil {
		return nil, err
	}
	h.roles = map[string]*kg.Role{}
	if len(rids) > 0 {
		if h.roles, err = loadRoles(ctx, q, `WHERE id IN (SELECT value FROM json_each(?))`, idList(rids), false); err != nil {
			return nil, err
		}
	}
	ev, err := loadEvidence(ctx, q, append(append(append([]string(nil), mids...), sids...), rids...))
	if err != nil {
		return nil, err
	}
	for id, m := range h.meetings {
		m.Evidence = ev[id]
	}
	for id, s := range h.statements {
		s.Evidence = ev[id]
	}
	for id, r := range h.roles {
		r.Evidence = ev[id]
	}
	return h, nil
}

func (h *hydrated) fill(l kg.Link) kg.Link {
	switch {
	case l.Meeting != nil:
		if m := h.meetings[l.Meeting.ID]; m != nil {
			return kg.Link{Meeting: m}
		}
	case l.Statement != nil:
		if s := h.statements[l.Statement.ID]; s != nil {
			return kg.Link{Statement: s}
		}
	case l.Role != nil:
		if r := h.roles[l.Role.ID]; r != nil {
			return kg.Link{Role: r}
		}
	}
	return l
}

// Neighborhood returns the actors within Depth hops of an actor, nearest
// first, at most Limit of them (the centre included); within one hop
// distance the best-connected actors (most links overall, then id) are
// kept first. Truncated says some actor within Depth was left out. Edges
// are every link between two returned actors, one edge per pair and kind
// (MET undirected with the smaller id as Source; SAID_ABOUT from speaker,
// HOLDS_ROLE from the person), Weight the number of links, LinkIDs sorted.
// A node's Weight is the sum of its edges' weights in the subgraph.
func (s *Store) Neighborhood(ctx context.Context, q kg.NeighborhoodQuery) (*kg.Subgraph, error) {
	switch {
	case q.ActorID == "":
		return nil, kg.Errorf(kg.CodeInvalidArgument, "an actor id is required")
	case q.Depth <= 0 || q.Depth > MaxDepth:
		return nil, kg.Errorf(kg.CodeInvalidArgument, "depth must be between 1 and %d, got %d", MaxDepth, q.Depth)
	case q.Limit <= 0 || q.Limit > MaxNodes:
		return nil, kg.Errorf(kg.CodeInvalidArgument, "limit must be between 1 and %d, got %d", MaxNodes, q.Limit)
	}
	var out *kg.Subgraph
	compute := func(tx querier) error {
		if err := requireActors(ctx, tx, []string{q.ActorID}); err != nil {
			return err
		}
		g, err := s.loadGraph(ctx, tx)
		if err != nil {
			return err
		}
		c, ok := g.index[q.ActorID]
		if !ok {
			return kg.Errorf(kg.CodeNotFound, "no actor with id %q", q.ActorID)
		}
		out = g.neighborhood(c, q.Depth, q.Limit)
		return nil
	}
	if res, ok := fastCached(ctx, s, cacheKey("neighborhood", q), cloneSubgraph); ok {
		return res, nil
	}
	err := s.readTx(ctx, "neighborhood", func(tx querier) error {
		res, err := cached(ctx, s, tx, cacheKey("neighborhood", q), cloneSubgraph, func() (*kg.Subgraph, error) {
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

func (g *graph) neighborhood(c int32, depth, limit int) *kg.Subgraph {
	sub := &kg.Subgraph{}
	// Per-node state in slices (the graph has a few thousand nodes):
	// level -1 = not taken, seen marks candidates of the current hop.
	level := make([]int32, len(g.ids))
	for i := range level {
		level[i] = -1
	}
	level[c] = 0
	seen := make([]bool, len(g.ids))
	order := []int32{c}
	frontier := []int32{c}
	for d := 1; d <= depth && len(frontier) > 0; d++ {
		var cands []int32
		for _, u := range frontier {
			for _, v := range g.adj[u] {
				if level[v] < 0 && !seen[v] {
					seen[v] = true
					cands = append(cands, v)
				}
			}
		}
		sort.Slice(cands, func(i, j int) bool {
			a, b := cands[i], cands[j]
			if g.degree[a] != g.degree[b] {
				return g.degree[a] > g.degree[b]
			}
			return a < b
		})
		if room := limit - len(order); len(cands) > room {
			cands = cands[:room]
			sub.Truncated = true
		}
		for _, v := range cands {
			level[v] = int32(d)
			order = append(order, v)
		}
		frontier = cands
		if sub.Truncated {
			break
		}
	}
	// Edges come prebuilt from the graph; Neighborhood hands out copies
	// (see cached).
	weight := make([]int, len(g.ids))
	var groups []*edgeGroup
	for i, u := range order {
		for _, v := range order[i+1:] {
			gs := g.groups[mkpair(u, v)]
			for j := range gs {
				groups = append(groups, &gs[j])
				weight[u] += gs[j].edge.Weight
				weight[v] += gs[j].edge.Weight
			}
		}
	}
	for _, u := range order {
		sub.Nodes = append(sub.Nodes, kg.GraphNode{ID: g.ids[u], Kind: g.kinds[u], Label: g.names[u], Weight: weight[u], Depth: int(level[u])})
	}
	sort.Slice(groups, func(i, j int) bool {
		a, b := groups[i], groups[j]
		if a.src != b.src {
			return a.src < b.src
		}
		if a.dst != b.dst {
			return a.dst < b.dst
		}
		return a.kind < b.kind
	})
	sub.Edges = make([]kg.GraphEdge, len(groups))
	for i, gr := range groups {
		sub.Edges[i] = gr.edge
	}
	return sub
}
