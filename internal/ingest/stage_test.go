package ingest

import (
	"context"
	"fmt"
	"sync"
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
	h.hold()
	return h.Store.UpsertMany(ctx, batch)
}

// UpsertPrepared is the write ingest uses when the store is a preparer.
func (h *holdStore) UpsertPrepared(ctx context.Context, prepared ...any) ([]kg.UpsertResult, error) {
	h.hold()
	return h.Store.UpsertPrepared(ctx, prepared...)
}

func (h *holdStore) hold() {
	if h.writes.Add(1) == 1 {
		for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(time.Millisecond) {
			if h.lookups.Load() >= 2 {
				h.overlap.Store(true)
				break
			}
		}
	}
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
		batch, reading, done   int
		chunkReading, chunkEnd int
	}{
		{1024, 1024, 256, eagerBatch, tailChunk},
		{8, 8, 2, 8, 2},
		{3, 3, 1, 3, 1},
		{1, 1, 1, 1, 1},
	} {
		r := &run{opts: Options{BatchSize: tc.batch}}
		w := &writer{run: r}
		if got := w.batchLimit(); got != tc.reading {
			t.Errorf("BatchSize %d while reading: limit %d, want %d", tc.batch, got, tc.reading)
		}
		if got := w.chunkLimit(); got != tc.chunkReading {
			t.Errorf("BatchSize %d while reading: chunk %d, want %d", tc.batch, got, tc.chunkReading)
		}
		r.readDone.Store(true)
		if got := w.batchLimit(); got != tc.done {
			t.Errorf("BatchSize %d after reading: limit %d, want %d", tc.batch, got, tc.done)
		}
		if got := w.chunkLimit(); got != tc.chunkEnd {
			t.Errorf("BatchSize %d after reading: chunk %d, want %d", tc.batch, got, tc.chunkEnd)
		}
	}
}

// sizeStore records the size of every write.
type sizeStore struct {
	*embedded.Store
	mu    sync.Mutex
	sizes []int
}

func (s *sizeStore) UpsertPrepared(ctx context.Context, prepared ...any) ([]kg.UpsertResult, error) {
	rs, err := s.Store.UpsertPrepared(ctx, prepared...)
	s.mu.Lock()
	s.sizes = append(s.sizes, len(rs))
	s.mu.Unlock()
	return rs, err
}

func (s *sizeStore) UpsertMany(ctx context.Context, batch []*kg.ArticleFacts) ([]kg.UpsertResult, error) {
	s.mu.Lock()
	s.sizes = append(s.sizes, -len(batch)) // negative: not prepared
	s.mu.Unlock()
	return s.Store.UpsertMany(ctx, batch)
}

// The store stage is idle when the first chunk is resolved, so the first
// write is a chunk, not a full batch; every write goes prepared; and the
// graph is the one of writing everything at once.
func TestRunWritesEarlyAndPrepared(t *testing.T) {
	const n = 3 * eagerBatch
	var lines []map[string]any
	for i := range n {
		lines = append(lines, rec(fmt.Sprintf("e%04d", i), fmt.Sprintf("Person%d Alpha met Person%d Beta.", i%50, i%50+1)))
	}
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"e.jsonl": jsonl(lines...)})
	ss := &sizeStore{Store: openStore(t)}
	// FlushAfter far off: on a loaded machine a second without a new
	// article would otherwise flush a partial first chunk, which is the
	// idle-flush rule at work, not the one under test
	sum, err := Run(context.Background(), ss, fakeExtract, []string{dir}, Options{Workers: 2, BatchSize: 4 * n, FlushAfter: time.Hour})
	if err != nil {
		t.Fatal(err)
	}
	if diff := countsOf(sum); diff != (counts{Read: n, New: n}) {
		t.Errorf("summary %+v, want %d read and new", diff, n)
	}
	if len(ss.sizes) == 0 || ss.sizes[0] != eagerBatch {
		t.Errorf("write sizes %v, want the first of %d", ss.sizes, eagerBatch)
	}
	total := 0
	for _, s := range ss.sizes {
		if s < 0 {
			t.Errorf("write sizes %v: a batch went unprepared", ss.sizes)
		}
		total += s
	}
	if total != n {
		t.Errorf("write sizes %v add up to %d, want %d", ss.sizes, total, n)
	}
	one := openStore(t)
	if _, err := Run(context.Background(), one, fakeExtract, []string{dir}, Options{Workers: 1, BatchSize: n}); err != nil {
		t.Fatal(err)
	}
	if got, want := stats(t, ss), stats(t, one); got != want {
		t.Errorf("store holds %+v, want %+v as written in one batch", got, want)
	}
}
