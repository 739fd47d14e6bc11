package ingest

import (
	"context"
	"fmt"
	"sync/atomic"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/internal/kg"
	"github.com/actorgraph/actorgraph/internal/store/embedded"
)

// holdStore holds its first write until the resolver has asked about the
// names of a later batch, which it can only do if batches are resolved
// while another is written.
type holdStore struct {
	*embedded.Store
	lookups atomic.Int32
	writes  atomic.Int32
	overlap atomic.Bool
}

func (h *holdStore) ActorsByNames(ctx context.Context, names []string) (map[string][]kg.Actor, error) {
	h.lookups.Add(1)
	return h.Store.ActorsByNames(ctx, names)
}

func (h *holdStore) UpsertMany(ctx context.Context, batch []*kg.ArticleFacts) ([]kg.UpsertResult, error) {
	if h.writes.Add(1) == 1 {
		for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(time.Millisecond) {
			if h.lookups.Load() >= 2 {
				h.overlap.Store(true)
				break
			}
		}
	}
	return h.Store.UpsertMany(ctx, batch)
}

func TestRunResolvesWhileWriting(t *testing.T) {
	var lines []map[string]any
	for i := 1; i <= 12; i++ {
		lines = append(lines, rec(fmt.Sprintf("h%02d", i), fmt.Sprintf("Person%d Alpha met Person%d Beta.", i, i)))
	}
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"h.jsonl": jsonl(lines...)})
	hs := &holdStore{Store: openStore(t)}
	sum, err := Run(context.Background(), hs, fakeExtract, []string{dir}, Options{Workers: 2, BatchSize: 4})
	if err != nil {
		t.Fatal(err)
	}
	if !hs.overlap.Load() {
		t.Errorf("the first batch was written before any later batch was resolved (%d lookups)", hs.lookups.Load())
	}
	if diff := countsOf(sum); diff != (counts{Read: 12, New: 12}) {
		t.Errorf("summary %+v, want 12 read and new", diff)
	}
	if st := stats(t, hs); st.Articles != 12 || st.Meetings != 12 {
		t.Errorf("store holds %+v, want 12 articles and meetings", st)
	}
}

func TestBatchLimitShrinksAtTheEnd(t *testing.T) {
	for _, tc := range []struct {
		batch, reading, done int
	}{
		{1024, 1024, 256},
		{8, 8, 2},
		{3, 3, 1},
		{1, 1, 1},
	} {
		r := &run{opts: Options{BatchSize: tc.batch}}
		w := &writer{run: r}
		if got := w.batchLimit(); got != tc.reading {
			t.Errorf("BatchSize %d while reading: limit %d, want %d", tc.batch, got, tc.reading)
		}
		r.readDone.Store(true)
		if got := w.batchLimit(); got != tc.done {
			t.Errorf("BatchSize %d after reading: limit %d, want %d", tc.batch, got, tc.done)
		}
	}
}
