package eval

import (
	"math"
	"math/rand/v2"
	"sort"
)

// SplitMethod documents SplitIDs in split.json.
const SplitMethod = "per source (sorted source names): ids sorted, shuffled with math/rand/v2 PCG(seed, 0), first round(n/3) held out, the rest dev"

// SplitIDs draws the dev/held-out split: stratified by source so each
// source keeps about a third of its articles for the final check. The
// result depends only on the ids, their sources and the seed, so a test can
// prove that split.json was drawn this way and not picked by hand.
func SplitIDs(sourceOf map[string]string, seed uint64) (dev, heldout []string) {
	bySource := map[string][]string{}
	for id, src := range sourceOf {
		bySource[src] = append(bySource[src], id)
	}
	sources := make([]string, 0, len(bySource))
	for src := range bySource {
		sources = append(sources, src)
	}
	sort.Strings(sources)
	rng := rand.New(rand.NewPCG(seed, 0))
	for _, src := range sources {
		ids := bySource[src]
		sort.Strings(ids)
		rng.Shuffle(len(ids), func(i, j int) { ids[i], ids[j] = ids[j], ids[i] })
		n := int(math.Round(float64(len(ids)) / 3))
		heldout = append(heldout, ids[:n]...)
		dev = append(dev, ids[n:]...)
	}
	sort.Strings(dev)
	sort.Strings(heldout)
	return dev, heldout
}
