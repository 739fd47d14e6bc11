// Package export writes the graph, or the neighbourhood of one actor, in
// the formats desktop and dashboard tools read: GraphML and GEXF (Gephi),
// Cytoscape.js JSON (Cytoscape, web dashboards), CSV for `neo4j-admin
// database import`, and FollowTheMoney entities (Aleph, OpenAleph).
//
// Build reads a neutral Graph from a kg.Store; one writer per format turns
// it into bytes. Every edge keeps its evidence: the links it merges and,
// through them, the sentences and articles that state them.
package export

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// Bounds of an export. The store's own maxima are 4 hops and 1000 nodes;
// whole-graph exports are bounded by MaxEvents so that one request cannot
// hold a server's memory without limit.
const (
	MaxDepth     = 3
	DefaultDepth = 1
	MaxLimit     = 1000
	DefaultLimit = 500
	MaxEvents    = 500000
	pageSize     = 500 // timeline page; both stores accept up to 1000
	batchSize    = 500 // ids per batch read
)

// Options select what to export.
type Options struct {
	// Actor is the centre of an ego-network export: an id or any name or
	// alias. Empty exports the whole graph.
	Actor string
	// Depth is the number of hops around Actor (1..MaxDepth); DefaultDepth when 0.
	Depth int
	// Limit caps the nodes of an ego network (1..MaxLimit); DefaultLimit when 0.
	Limit int
}

// Graph is what every format writes: actors, the links between them with
// their evidence, and the articles and places those refer to. Slices are in
// a deterministic order (actors and edges by id, events by date then id).
type Graph struct {
	// Centre is the actor an ego network is built around; nil for the whole graph.
	Centre    *kg.Actor
	Depth     int
	Truncated bool // the node limit cut the neighbourhood short

	Actors     []kg.Actor
	ActorDepth map[string]int // hops from the centre (ego networks only)
	Edges      []Edge
	Meetings   []kg.Meeting // occurred meetings only: planned ones are no link
	Statements []kg.Statement
	Roles      []kg.Role
	Places     map[string]kg.Place   // by id; a country used as a place has the country's id and name
	Articles   map[string]kg.Article // by id

	actorIndex map[string]int
	linkIndex  map[string]linkInfo
}

// linkInfo is what writers flatten onto edges: a link's evidence and a
// short description.
type linkInfo struct {
	date     kg.PartialDate
	what     string // "MEETING 2024-05-16 in Beijing", "STATEMENT ...", "ROLE President"
	evidence []kg.Evidence
}

// Edge joins two actors: every link of one kind between them, merged.
// MET edges are undirected (Source < Target); SAID_ABOUT runs from the
// speaker to the actor spoken about, HOLDS_ROLE from the person to what the
// role belongs to.
type Edge struct {
	ID          string
	Source      string
	Target      string
	Kind        string // kg.EdgeMet, kg.EdgeSaidAbout, kg.EdgeHoldsRole
	Weight      int    // number of links merged
	First, Last kg.PartialDate
	LinkIDs     []string // meetings, statements or roles, oldest first
}

// Directed reports whether the edge has a direction.
func (e Edge) Directed() bool { return e.Kind != kg.EdgeMet }

// Actor returns the actor with id, or nil.
func (g *Graph) Actor(id string) *kg.Actor {
	if i, ok := g.actorIndex[id]; ok {
		return &g.Actors[i]
	}
	return nil
}

// Title describes the export in one line, for file metadata.
func (g *Graph) Title() string {
	if g.Centre == nil {
		return "actorgraph: the whole graph"
	}
	return fmt.Sprintf("actorgraph: %s and the actors within %d hop(s)", g.Centre.Name, g.Depth)
}

// FileStem is a file name without extension for the export.
func (g *Graph) FileStem() string {
	if g.Centre == nil {
		return "actorgraph"
	}
	s := kg.Slug(g.Centre.Name)
	if s == "" {
		s = "actor"
	}
	return fmt.Sprintf("actorgraph-%s-depth%d", s, g.Depth)
}

// EdgeEvidence returns the evidence of every link an edge merges, in the
// edge's link order.
func (g *Graph) EdgeEvidence(e Edge) []kg.Evidence {
	var out []kg.Evidence
	for _, id := range e.LinkIDs {
		out = append(out, g.linkIndex[id].evidence...)
	}
	return out
}

// EdgeLabel names what an edge stands for: "3 meetings", "2 statements",
// a role's titles.
func (g *Graph) EdgeLabel(e Edge) string {
	switch e.Kind {
	case kg.EdgeMet:
		if e.Weight == 1 {
			return "1 meeting"
		}
		return fmt.Sprintf("%d meetings", e.Weight)
	case kg.EdgeSaidAbout:
		if e.Weight == 1 {
			return "1 statement"
		}
		return fmt.Sprintf("%d statements", e.Weight)
	}
	var titles []string
	for _, id := range e.LinkIDs {
		if t := g.linkIndex[id].what; t != "" && !slices.Contains(titles, t) {
			titles = append(titles, t)
		}
	}
	return strings.Join(titles, "; ")
}

func (g *Graph) indexLinks() {
	g.linkIndex = map[string]linkInfo{}
	for _, m := range g.Meetings {
		g.linkIndex[m.ID] = linkInfo{date: m.Date, what: string(m.Kind), evidence: m.Evidence}
	}
	for _, s := range g.Statements {
		g.linkIndex[s.ID] = linkInfo{date: s.Date, what: "STATEMENT", evidence: s.Evidence}
	}
	for _, r := range g.Roles {
		g.linkIndex[r.ID] = linkInfo{date: r.AsOf, what: r.Title, evidence: r.Evidence}
	}
}

// Build reads the export's graph from store. Errors carry kg codes: an
// unknown actor is NOT_FOUND, an ambiguous name AMBIGUOUS, bad bounds
// INVALID_ARGUMENT, a graph beyond MaxEvents LIMIT_EXCEEDED.
func Build(ctx context.Context, store kg.Store, opts Options) (*Graph, error) {
	if strings.TrimSpace(opts.Actor) == "" {
		if opts.Depth != 0 {
			return nil, kg.Errorf(kg.CodeInvalidArgument, "a depth needs an actor: the whole graph has no centre")
		}
		return buildWhole(ctx, store)
	}
	if opts.Depth == 0 {
		opts.Depth = DefaultDepth
	}
	if opts.Limit == 0 {
		opts.Limit = DefaultLimit
	}
	if opts.Depth < 1 || opts.Depth > MaxDepth {
		return nil, kg.Errorf(kg.CodeInvalidArgument, "depth must be between 1 and %d, got %d", MaxDepth, opts.Depth)
	}
	if opts.Limit < 1 || opts.Limit > MaxLimit {
		return nil, kg.Errorf(kg.CodeInvalidArgument, "limit must be between 1 and %d, got %d", MaxLimit, opts.Limit)
	}
	return buildEgo(ctx, store, opts)
}

// collector gathers links and what they refer to, then finishes a Graph.
type collector struct {
	store      kg.Store
	actors     map[string]bool // actors to export
	meetings   map[string]kg.Meeting
	statements map[string]kg.Statement
	roles      map[string]kg.Role
	events     int
}

func newCollector(store kg.Store) *collector {
	return &collector{store: store, actors: map[string]bool{},
		meetings: map[string]kg.Meeting{}, statements: map[string]kg.Statement{}, roles: map[string]kg.Role{}}
}

// eachEvent pages through the timeline of actorIDs (all events when empty).
func (c *collector) eachEvent(ctx context.Context, actorIDs []string, fn func(kg.Event) bool) error {
	after := ""
	for {
		page, err := c.store.Timeline(ctx, kg.TimelineQuery{ActorIDs: actorIDs, First: pageSize, After: after})
		if err != nil {
			return fmt.Errorf("export: read timeline: %w", err)
		}
		for _, e := range page.Events {
			c.events++
			if c.events > MaxEvents {
				return kg.Errorf(kg.CodeLimitExceeded, "the graph has more than %d events: export one actor's network (--actor) instead", MaxEvents)
			}
			if !fn(e) {
				return nil
			}
		}
		if !page.HasNextPage || page.EndCursor == "" {
			return nil
		}
		after = page.EndCursor
	}
}

// meetingParties lists a meeting's distinct participants.
func meetingParties(m *kg.Meeting) []string {
	var ids []string
	for _, p := range m.Participants {
		if !slices.Contains(ids, p.ActorID) {
			ids = append(ids, p.ActorID)
		}
	}
	return ids
}

// statementTargets lists whom a statement is about, its speaker excepted.
func statementTargets(s *kg.Statement) []string {
	var ids []string
	for _, a := range s.AboutIDs {
		if a != s.SpeakerID && !slices.Contains(ids, a) {
			ids = append(ids, a)
		}
	}
	return ids
}

// buildWhole exports every actor with at least one link and every link:
// occurred meetings of two or more actors, statements about another actor,
// roles. The store has no call that lists actors, so actors are found
// through the events, and persons whose only links are roles through the
// neighbourhoods of the countries and organizations found.
func buildWhole(ctx context.Context, store kg.Store) (*Graph, error) {
	c := newCollector(store)
	err := c.eachEvent(ctx, nil, func(e kg.Event) bool {
		switch {
		case e.Meeting != nil:
			if ps := meetingParties(e.Meeting); e.Meeting.Status == kg.StatusOccurred && len(ps) >= 2 {
				c.meetings[e.Meeting.ID] = *e.Meeting
				for _, id := range ps {
					c.actors[id] = true
				}
			}
		case e.Statement != nil:
			if ts := statementTargets(e.Statement); len(ts) > 0 {
				c.statements[e.Statement.ID] = *e.Statement
				c.actors[e.Statement.SpeakerID] = true
				for _, id := range ts {
					c.actors[id] = true
				}
			}
		}
		return true
	})
	if err != nil {
		return nil, err
	}
	// Roles, to a fixpoint: a role brings in what it belongs to, whose
	// neighbourhood may show persons whose only link is a role.
	askedRoles := map[string]bool{}
	askedNeighbours := map[string]bool{}
	for {
		var persons, bodies []string
		for id := range c.actors {
			switch kg.KindOfID(id) {
			case kg.KindPerson:
				if !askedRoles[id] {
					persons = append(persons, id)
				}
			case kg.KindCountry, kg.KindOrganization:
				if !askedNeighbours[id] {
					bodies = append(bodies, id)
				}
			}
		}
		if len(persons) == 0 && len(bodies) == 0 {
			break
		}
		sort.Strings(persons)
		sort.Strings(bodies)
		if err := c.addRoles(ctx, persons, nil); err != nil {
			return nil, err
		}
		for _, id := range persons {
			askedRoles[id] = true
		}
		for _, id := range bodies {
			askedNeighbours[id] = true
			sub, err := store.Neighborhood(ctx, kg.NeighborhoodQuery{ActorID: id, Depth: 1, Limit: MaxLimit})
			if err != nil {
				return nil, fmt.Errorf("export: neighbourhood of %s: %w", id, err)
			}
			for _, e := range sub.Edges {
				if e.Kind != kg.EdgeHoldsRole {
					continue
				}
				for _, end := range []string{e.Source, e.Target} {
					if kg.KindOfID(end) == kg.KindPerson {
						c.actors[end] = true
					}
				}
			}
		}
	}
	return c.finish(ctx, nil, 0, false, nil)
}

// addRoles adds the roles of persons (only those in want, when given) and
// what they belong to.
func (c *collector) addRoles(ctx context.Context, persons []string, want map[string]bool) error {
	for start := 0; start < len(persons); start += batchSize {
		batch := persons[start:min(start+batchSize, len(persons))]
		byPerson, err := c.store.RolesByPerson(ctx, batch)
		if err != nil {
			return fmt.Errorf("export: read roles: %w", err)
		}
		for _, id := range batch {
			for _, r := range byPerson[id] {
				if r.OfID == "" || (want != nil && !want[r.ID]) {
					continue // a title of nothing joins no one
				}
				c.roles[r.ID] = r
				c.actors[r.PersonID] = true
				c.actors[r.OfID] = true
			}
		}
	}
	return nil
}

// buildEgo exports the neighbourhood the store computes around an actor,
// with the links its edges merge.
func buildEgo(ctx context.Context, store kg.Store, opts Options) (*Graph, error) {
	centre, err := kg.ResolveActor(ctx, store, opts.Actor)
	if err != nil {
		return nil, err
	}
	sub, err := store.Neighborhood(ctx, kg.NeighborhoodQuery{ActorID: centre.ID, Depth: opts.Depth, Limit: opts.Limit})
	if err != nil {
		return nil, fmt.Errorf("export: neighbourhood of %s: %w", centre.ID, err)
	}
	c := newCollector(store)
	depth := map[string]int{}
	var ids, persons []string
	for _, n := range sub.Nodes {
		c.actors[n.ID] = true
		depth[n.ID] = n.Depth
		ids = append(ids, n.ID)
		if n.Kind == kg.KindPerson {
			persons = append(persons, n.ID)
		}
	}
	c.actors[centre.ID] = true
	depth[centre.ID] = 0
	want := map[string]bool{}
	missing := 0
	for _, e := range sub.Edges {
		for _, id := range e.LinkIDs {
			if !want[id] {
				want[id] = true
				if !strings.HasPrefix(id, kg.PrefixRole) {
					missing++
				}
			}
		}
	}
	// The events behind the edges: page through the timelines of the
	// nodes (in groups, as stores bound the actor list) until all are found.
	sort.Strings(ids)
	for start := 0; start < len(ids) && missing > 0; start += 50 {
		group := ids[start:min(start+50, len(ids))]
		err := c.eachEvent(ctx, group, func(e kg.Event) bool {
			id := e.ID()
			if !want[id] {
				return true
			}
			if e.Meeting != nil {
				if _, seen := c.meetings[id]; !seen {
					c.meetings[id] = *e.Meeting
					missing--
				}
			} else if _, seen := c.statements[id]; !seen {
				c.statements[id] = *e.Statement
				missing--
			}
			return missing > 0
		})
		if err != nil {
			return nil, err
		}
	}
	sort.Strings(persons)
	if err := c.addRoles(ctx, persons, want); err != nil {
		return nil, err
	}
	return c.finish(ctx, centre, opts.Depth, sub.Truncated, depth)
}

// finish loads the actors, places and articles and merges links into edges.
// Only actors in c.actors take part in edges: an ego network keeps the
// participants it holds.
func (c *collector) finish(ctx context.Context, centre *kg.Actor, depth int, truncated bool, depths map[string]int) (*Graph, error) {
	g := &Graph{Centre: centre, Depth: depth, Truncated: truncated, ActorDepth: depths,
		Places: map[string]kg.Place{}, Articles: map[string]kg.Article{}, actorIndex: map[string]int{}}

	ids := sortedKeys(c.actors)
	for start := 0; start < len(ids); start += batchSize {
		batch := ids[start:min(start+batchSize, len(ids))]
		as, err := c.store.ActorsByID(ctx, batch)
		if err != nil {
			return nil, fmt.Errorf("export: read actors: %w", err)
		}
		for i, a := range as {
			if a == nil {
				// Gone between reads (an article was replaced): drop it
				// rather than write a node without a name.
				delete(c.actors, batch[i])
				continue
			}
			g.actorIndex[a.ID] = len(g.Actors)
			g.Actors = append(g.Actors, *a)
		}
	}

	edges := map[string]*Edge{}
	add := func(kind, src, dst, link string, date kg.PartialDate) {
		if src == dst || g.Actor(src) == nil || g.Actor(dst) == nil {
			return
		}
		if kind == kg.EdgeMet && src > dst {
			src, dst = dst, src
		}
		id := kind + ":" + src + "|" + dst
		e := edges[id]
		if e == nil {
			e = &Edge{ID: id, Source: src, Target: dst, Kind: kind}
			edges[id] = e
		}
		if slices.Contains(e.LinkIDs, link) {
			return
		}
		e.Weight++
		e.LinkIDs = append(e.LinkIDs, link)
		if !date.IsZero() {
			if e.First.IsZero() || date.Compare(e.First) < 0 {
				e.First = date
			}
			if e.Last.IsZero() || date.Compare(e.Last) > 0 {
				e.Last = date
			}
		}
	}

	articleIDs := map[string]bool{}
	placeIDs := map[string]bool{}
	for _, id := range sortedKeys(c.meetings) {
		m := c.meetings[id]
		g.Meetings = append(g.Meetings, m)
	}
	sortEvents(g.Meetings, func(m kg.Meeting) (kg.PartialDate, string) { return m.Date, m.ID })
	for _, m := range g.Meetings {
		ps := meetingParties(&m)
		for i, a := range ps {
			for _, b := range ps[i+1:] {
				add(kg.EdgeMet, a, b, m.ID, m.Date)
			}
		}
		for _, e := range m.Evidence {
			articleIDs[e.ArticleID] = true
		}
		if m.PlaceID != "" {
			placeIDs[m.PlaceID] = true
		}
	}
	for _, id := range sortedKeys(c.statements) {
		g.Statements = append(g.Statements, c.statements[id])
	}
	sortEvents(g.Statements, func(s kg.Statement) (kg.PartialDate, string) { return s.Date, s.ID })
	for _, s := range g.Statements {
		for _, t := range statementTargets(&s) {
			add(kg.EdgeSaidAbout, s.SpeakerID, t, s.ID, s.Date)
		}
		for _, e := range s.Evidence {
			articleIDs[e.ArticleID] = true
		}
	}
	for _, id := range sortedKeys(c.roles) {
		g.Roles = append(g.Roles, c.roles[id])
	}
	for _, r := range g.Roles {
		add(kg.EdgeHoldsRole, r.PersonID, r.OfID, r.ID, r.AsOf)
		for _, e := range r.Evidence {
			articleIDs[e.ArticleID] = true
		}
	}
	for _, id := range sortedKeys(edges) {
		g.Edges = append(g.Edges, *edges[id])
	}

	// Places: a country named as the place is the country itself.
	var plain []string
	for _, id := range sortedKeys(placeIDs) {
		if kg.KindOfID(id) == kg.KindCountry {
			if a := g.Actor(id); a != nil {
				g.Places[id] = kg.Place{ID: id, Name: a.Name, CountryID: id}
				continue
			}
		}
		plain = append(plain, id)
	}
	if len(plain) > 0 {
		ps, err := c.store.PlacesByID(ctx, plain)
		if err != nil {
			return nil, fmt.Errorf("export: read places: %w", err)
		}
		var countries []string
		for i, p := range ps {
			if p != nil {
				g.Places[p.ID] = *p
			} else if kg.KindOfID(plain[i]) == kg.KindCountry {
				countries = append(countries, plain[i])
			}
		}
		if len(countries) > 0 {
			as, err := c.store.ActorsByID(ctx, countries)
			if err != nil {
				return nil, fmt.Errorf("export: read places: %w", err)
			}
			for _, a := range as {
				if a != nil {
					g.Places[a.ID] = kg.Place{ID: a.ID, Name: a.Name, CountryID: a.ID}
				}
			}
		}
	}

	aids := sortedKeys(articleIDs)
	for start := 0; start < len(aids); start += batchSize {
		batch := aids[start:min(start+batchSize, len(aids))]
		as, err := c.store.ArticlesByID(ctx, batch)
		if err != nil {
			return nil, fmt.Errorf("export: read articles: %w", err)
		}
		for _, a := range as {
			if a != nil {
				g.Articles[a.ID] = *a
			}
		}
	}
	g.indexLinks()
	return g, nil
}

func sortEvents[T any](s []T, key func(T) (kg.PartialDate, string)) {
	sort.SliceStable(s, func(i, j int) bool {
		di, ii := key(s[i])
		dj, ij := key(s[j])
		if c := di.Compare(dj); c != 0 {
			return c < 0
		}
		return ii < ij
	})
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
