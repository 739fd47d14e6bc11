package embedded

import (
	"context"
	"database/sql"
	"sort"
	"strings"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// nameIndex holds every actor's names for typo-tolerant search, built from
// one snapshot and kept for its generation. FTS5 has no fuzzy matching;
// the distinct words of all names (some tens of thousands) are few enough
// to compare with a query word directly.
type nameIndex struct {
	gen    int64
	actors []nameActor
	words  []string           // distinct folded words of all names, sorted
	users  map[string][]int32 // word -> actors having it in a name
}

type nameActor struct {
	id       string
	kind     kg.ActorKind
	mentions int
	names    []string
}

func (s *Store) names(ctx context.Context, q querier) (*nameIndex, error) {
	gen, err := generation(ctx, q)
	if err != nil {
		return nil, err
	}
	s.namesM.Lock()
	defer s.namesM.Unlock()
	if s.nameIdx != nil && s.nameIdx.gen == gen {
		return s.nameIdx, nil
	}
	ni := &nameIndex{gen: gen, users: map[string][]int32{}}
	idx := map[string]int32{}
	err = scanAll(ctx, q, func(r *sql.Rows) error {
		var id, kind, name string
		var mentions int
		if err := r.Scan(&id, &kind, &mentions, &name); err != nil {
			return err
		}
		i, ok := idx[id]
		if !ok {
			i = int32(len(ni.actors))
			idx[id] = i
			ni.actors = append(ni.actors, nameActor{id: id, kind: kg.ActorKind(kind), mentions: mentions})
		}
		ni.actors[i].names = append(ni.actors[i].names, name)
		for _, w := range kg.FoldWords(name) {
			if u := ni.users[w]; len(u) == 0 || u[len(u)-1] != i {
				ni.users[w] = append(u, i)
			}
		}
		return nil
	}, `SELECT a.id, a.kind, a.mentions, n.name FROM actor_names n JOIN actors a ON a.id = n.actor_id ORDER BY a.id`)
	if err != nil {
		return nil, err
	}
	ni.words = make([]string, 0, len(ni.users))
	for w := range ni.users {
		ni.words = append(ni.words, w)
	}
	sort.Strings(ni.words)
	s.nameIdx = ni
	return ni, nil
}

type fuzzyHit struct {
	id       string
	edits    int
	mentions int
}

// fuzzy returns the actors one of whose names matches text (kg.SearchTier
// with fuzzy on) that are not in skip, best first: fewest edits, most
// mentioned, then by id.
func (ni *nameIndex) fuzzy(text string, kinds []string, skip map[string]bool) []fuzzyHit {
	qs := kg.FoldWords(text)
	if len(qs) == 0 {
		return nil
	}
	// Candidates: actors having a word close to (or starting with) the
	// query's rarest-looking word; the exact rule is applied after.
	var cands map[int32]bool
	for _, q := range qs {
		set := map[int32]bool{}
		k := kg.MaxEdits(q)
		lo := sort.SearchStrings(ni.words, q)
		for j := lo; j < len(ni.words) && strings.HasPrefix(ni.words[j], q); j++ {
			for _, a := range ni.users[ni.words[j]] {
				set[a] = true
			}
		}
		if k > 0 {
			for _, w := range ni.words {
				if kg.EditDistance(q, w, k) <= k {
					for _, a := range ni.users[w] {
						set[a] = true
					}
				}
			}
		}
		if cands == nil || len(set) < len(cands) {
			cands = set
		}
	}
	var out []fuzzyHit
	for i := range cands {
		a := &ni.actors[i]
		if skip[a.id] || (len(kinds) > 0 && !containsString(kinds, string(a.kind))) {
			continue
		}
		tier, edits := kg.SearchTier(a.names, text, true)
		if tier == kg.TierNone {
			continue
		}
		out = append(out, fuzzyHit{id: a.id, edits: edits, mentions: a.mentions})
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.edits != b.edits {
			return a.edits < b.edits
		}
		if a.mentions != b.mentions {
			return a.mentions > b.mentions
		}
		return a.id < b.id
	})
	return out
}

func containsString(l []string, s string) bool {
	for _, x := range l {
		if x == s {
			return true
		}
	}
	return false
}
