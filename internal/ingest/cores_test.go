package ingest

import (
	"context"
	"fmt"
	"runtime"
	"sync/atomic"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/internal/kg"
	"github.com/actorgraph/actorgraph/internal/store/embedded"
)

// coreStore records how many extractions run while it writes.
type coreStore struct {
	*embedded.Store
	extracting *atomic.Int32
	writes     atomic.Int32
	worst      atomic.Int32 // most extractions seen running during a write
}

func (c *coreStore) UpsertPrepared(ctx context.Context, prepared ...any) ([]kg.UpsertResult, error) {
	c.writes.Add(1)
	for range 5 { // look a few times while the write is under way
		if n := c.extracting.Load(); n > c.worst.Load() {
			c.worst.Store(n)
		}
		time.Sleep(time.Millisecond)
	}
	return c.Store.UpsertPrepared(ctx, prepared...)
}

// With an in-process store, extraction and writes share GOMAXPROCS
// tokens: never more extractions at once than cores, whatever --workers
// says, and one core fewer while a batch is written.
func TestCoresShareTheCPU(t *testing.T) {
	procs := runtime.GOMAXPROCS(0)
	var lines []map[string]any
	for i := range 120 {
		lines = append(lines, rec(fmt.Sprintf("c%03d", i), fmt.Sprintf("Person%d Alpha met Person%d Beta.\nSLOW", i, i)))
	}
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"c.jsonl": jsonl(lines...)})
	var extracting, most atomic.Int32
	ex := func(d kg.Document) *kg.ArticleFacts {
		n := extracting.Add(1)
		defer extracting.Add(-1)
		if n > most.Load() {
			most.Store(n)
		}
		return fakeExtract(d)
	}
	cs := &coreStore{Store: openStore(t), extracting: &extracting}
	sum, err := Run(context.Background(), cs, ex, []string{dir}, Options{Workers: procs + 3, BatchSize: 16})
	if err != nil {
		t.Fatal(err)
	}
	if diff := countsOf(sum); diff != (counts{Read: 120, New: 120}) {
		t.Errorf("summary %+v, want 120 read and new", diff)
	}
	if n := int(most.Load()); n > procs {
		t.Errorf("%d extractions at once with %d workers, want at most GOMAXPROCS = %d", n, procs+3, procs)
	}
	if cs.writes.Load() == 0 {
		t.Fatal("no prepared writes")
	}
	if n := int(cs.worst.Load()); n > procs-1 {
		t.Errorf("%d extractions while a batch was written, want at most %d", n, procs-1)
	}
}

// A store that is not written in this process (no PrepareMany: Neo4j)
// leaves every core to extraction.
func TestCoresOnlyForInProcessStores(t *testing.T) {
	if c := newCores(openStore(t)); cap(c) != runtime.GOMAXPROCS(0) {
		t.Errorf("embedded store: %d tokens, want GOMAXPROCS = %d", cap(c), runtime.GOMAXPROCS(0))
	}
	var remote struct{ kg.Store }
	if c := newCores(remote); c != nil {
		t.Errorf("store without PrepareMany: %d tokens, want none", cap(c))
	}
}
