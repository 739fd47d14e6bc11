package embedded

import (
	"context"
	"fmt"
	"sync"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// resultCache remembers answers of the heavy queries (encounters,
// timeline pages, paths, neighbourhoods) for one database generation.
// Every write transaction bumps the generation, and a reader compares it
// inside its own snapshot, so a cached answer is exactly what the query
// would compute: popular actors are asked about again and again, and
// between two loads nothing changes. Answers are copied on the way out so
// callers may modify what they get.
type resultCache struct {
	mu    sync.Mutex
	gen   int64
	m     map[string]any
	order []string // insertion order, for eviction
}

const cacheEntries = 4096

func (c *resultCache) get(gen int64, key string) (any, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.m == nil || c.gen != gen {
		return nil, false
	}
	v, ok := c.m[key]
	return v, ok
}

func (c *resultCache) put(gen int64, key string, v any) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.m == nil || gen > c.gen {
		c.m, c.order, c.gen = map[string]any{}, nil, gen
	}
	if gen != c.gen {
		return // computed on an older snapshot
	}
	if _, ok := c.m[key]; ok {
		return
	}
	if len(c.order) >= cacheEntries {
		delete(c.m, c.order[0])
		c.order = c.order[1:]
	}
	c.m[key] = v
	c.order = append(c.order, key)
}

func generation(ctx context.Context, q querier) (int64, error) {
	var gen int64
	err := q.QueryRowContext(ctx, `SELECT value FROM meta WHERE key = 'generation'`).Scan(&gen)
	return gen, err
}

// cached runs compute unless the answer for key is cached for the current
// generation; clone copies an answer for the caller.
func cached[T any](ctx context.Context, s *Store, q querier, key string, clone func(T) T, compute func() (T, error)) (T, error) {
	var zero T
	if s.noCache {
		v, err := compute()
		if err != nil {
			return zero, err
		}
		return clone(v), nil
	}
	gen, err := generation(ctx, q)
	if err != nil {
		return zero, err
	}
	if v, ok := s.cache.get(gen, key); ok {
		return clone(v.(T)), nil
	}
	v, err := compute()
	if err != nil {
		return zero, err
	}
	s.cache.put(gen, key, v)
	return clone(v), nil
}

func cacheKey(kind string, q any) string { return fmt.Sprintf("%s|%#v", kind, q) }

func cloneEvidence(ev []kg.Evidence) []kg.Evidence { return append([]kg.Evidence(nil), ev...) }

func cloneMeeting(m kg.Meeting) kg.Meeting {
	m.Participants = append([]kg.Participant(nil), m.Participants...)
	m.Evidence = cloneEvidence(m.Evidence)
	return m
}

func cloneStatement(s kg.Statement) kg.Statement {
	s.AboutIDs = append([]string(nil), s.AboutIDs...)
	s.Evidence = cloneEvidence(s.Evidence)
	return s
}

func cloneRole(r kg.Role) kg.Role {
	r.Evidence = cloneEvidence(r.Evidence)
	return r
}

func cloneEncounters(es []kg.Encounter) []kg.Encounter {
	if es == nil {
		return nil
	}
	out := make([]kg.Encounter, len(es))
	for i, e := range es {
		ms := make([]kg.Meeting, len(e.Meetings))
		for j, m := range e.Meetings {
			ms[j] = cloneMeeting(m)
		}
		e.Meetings = ms
		out[i] = e
	}
	return out
}

func cloneLink(l kg.Link) kg.Link {
	switch {
	case l.Meeting != nil:
		m := cloneMeeting(*l.Meeting)
		return kg.Link{Meeting: &m}
	case l.Statement != nil:
		s := cloneStatement(*l.Statement)
		return kg.Link{Statement: &s}
	case l.Role != nil:
		r := cloneRole(*l.Role)
		return kg.Link{Role: &r}
	}
	return l
}

func clonePage(p kg.EventPage) kg.EventPage {
	evs := make([]kg.Event, len(p.Events))
	for i, e := range p.Events {
		if e.Meeting != nil {
			m := cloneMeeting(*e.Meeting)
			evs[i] = kg.Event{Meeting: &m}
		} else if e.Statement != nil {
			s := cloneStatement(*e.Statement)
			evs[i] = kg.Event{Statement: &s}
		}
	}
	p.Events = evs
	return p
}

func clonePaths(ps []kg.Path) []kg.Path {
	if ps == nil {
		return nil
	}
	out := make([]kg.Path, len(ps))
	for i, p := range ps {
		st := make([]kg.PathStep, len(p.Steps))
		for j, s := range p.Steps {
			s.Via = cloneLink(s.Via)
			st[j] = s
		}
		out[i] = kg.Path{Steps: st}
	}
	return out
}

func cloneSubgraph(g *kg.Subgraph) *kg.Subgraph {
	if g == nil {
		return nil
	}
	out := &kg.Subgraph{Truncated: g.Truncated, Nodes: append([]kg.GraphNode(nil), g.Nodes...)}
	out.Edges = make([]kg.GraphEdge, len(g.Edges))
	for i, e := range g.Edges {
		e.LinkIDs = append([]string(nil), e.LinkIDs...)
		out.Edges[i] = e
	}
	return out
}
