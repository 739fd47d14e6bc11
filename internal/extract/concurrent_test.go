package extract

import (
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestExtractConcurrent extracts the Wikinews corpus from four goroutines
// at once and checks every article's facts against one extraction alone:
// articles in flight share the gazetteer and the pool of scratch memory
// (tokens, mentions), and must not see each other's.
func TestExtractConcurrent(t *testing.T) {
	docs := readCorpus(t, "corpus/wikinews.jsonl")
	if testing.Short() {
		docs = docs[:100]
	}
	want := make([]Record, len(docs))
	for i, d := range docs {
		want[i] = Render(Extract(d, Options{}))
	}
	got := make([]Record, len(docs))
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			// each worker walks the corpus from its own starting point, so
			// different articles are in flight together
			for k := range docs {
				i := (k + w*len(docs)/4) % len(docs)
				if r := Render(Extract(docs[i], Options{})); w == 0 {
					got[i] = r
				} else if diff := cmp.Diff(want[i], r); diff != "" {
					t.Errorf("worker %d, %s (-alone +concurrent):\n%s", w, docs[i].Article.ID, diff)
					return
				}
			}
		}(w)
	}
	wg.Wait()
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("worker 0 (-alone +concurrent):\n%s", diff)
	}
}
