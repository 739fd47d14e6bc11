package ingest

import (
	"context"
	"fmt"
	"time"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// writer is the one goroutine that resolves batches, in input order, and
// hands them to the store stage. Resolving in input order here, not in the
// workers, makes identities independent of worker timing.
type writer struct {
	run        *run
	pending    map[int]job // results that arrived ahead of their turn
	next       int         // the sequence number to handle next
	batch      []job       // in input order, not resolved yet
	batchBytes int64       // article text held by the batch
	lastIn     time.Time   // when the last article entered the batch
	stage      *storeStage
}

// storeStage is the goroutine that writes resolved batches to the store,
// one transaction each, so that the writer resolves (and the workers
// extract) the next batch meanwhile: the store's work is the longest
// serial part of a run, and nothing else should wait for it.
type storeStage struct {
	in     chan []job    // resolved batches; unbuffered, so at most one waits
	failed chan struct{} // closed when the stage stopped on err
	done   chan struct{} // closed when the stage ended
	err    error         // why it stopped; read after failed or done
	lost   int           // articles handed over but not written; read after done
}

func (w *writer) startStore(ctx context.Context) *storeStage {
	st := &storeStage{in: make(chan []job), failed: make(chan struct{}), done: make(chan struct{})}
	w.stage = st
	go func() {
		defer close(st.done)
		for batch := range st.in {
			if st.err != nil {
				st.lost += len(batch) // drain after a failure
				continue
			}
			if lost, err := w.write(ctx, batch); err != nil {
				st.err = err
				st.lost += lost
				close(st.failed)
			}
		}
	}()
	return st
}

// stopStore lets the store stage write what it was given and waits for it.
// It returns why the stage stopped early, if it did.
func (w *writer) stopStore() error {
	close(w.stage.in)
	<-w.stage.done
	return w.stage.err
}

// tailBatchDivisor: once the inputs are all read, batches are this many
// times smaller. The store writes a batch while the workers extract the
// next; at the end of the inputs only the store is left working, for as
// long as its last batch takes, and a smaller batch shortens that wait
// more than its extra transactions cost.
const tailBatchDivisor = 4

// batchLimit is the number of articles that ends the batch.
func (w *writer) batchLimit() int {
	n := w.run.opts.BatchSize
	if w.run.readDone.Load() {
		n = max(1, n/tailBatchDivisor)
	}
	return n
}

// loop consumes results until they end, ctx ends or the store fails. It
// returns nil on a normal end, else the reason it stopped.
func (w *writer) loop(ctx context.Context, results <-chan job, win *window) error {
	w.pending = map[int]job{}
	tick := time.NewTicker(w.tickEvery())
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-w.stage.failed:
			return w.stage.err
		case j, ok := <-results:
			if !ok {
				if len(w.pending) > 0 {
					// Cannot happen: every sequence number is sent once.
					return kg.Errorf(kg.CodeInternal, "ingest: %d articles lost in reordering", len(w.pending))
				}
				return w.flush(ctx)
			}
			w.pending[j.seq] = j
			for {
				nj, ok := w.pending[w.next]
				if !ok {
					break
				}
				delete(w.pending, w.next)
				w.next++
				win.release(nj.size) // the article leaves the window; the batch bounds the rest
				if err := w.take(ctx, nj); err != nil {
					return err
				}
			}
		case now := <-tick.C:
			if len(w.batch) > 0 && now.Sub(w.lastIn) >= w.run.opts.FlushAfter {
				if err := w.flush(ctx); err != nil {
					return err
				}
			}
			w.run.mu.Lock()
			w.run.prog.update(&w.run.sum, w.run.lastPos)
			w.run.mu.Unlock()
		}
	}
}

func (w *writer) tickEvery() time.Duration {
	d := w.run.opts.FlushAfter / 2
	if d > 250*time.Millisecond {
		d = 250 * time.Millisecond
	}
	if d <= 0 {
		d = 10 * time.Millisecond
	}
	return d
}

// take handles the next article in input order.
func (w *writer) take(ctx context.Context, j job) error {
	r := w.run
	r.mu.Lock()
	r.sum.Read++
	r.file(j.item.Path).Articles++
	if j.item.BytesRead > r.lastPos {
		r.lastPos = j.item.BytesRead
	}
	if j.prob != nil {
		w.failLocked(j, *j.prob)
		r.mu.Unlock()
		return nil
	}
	r.mu.Unlock()
	w.batch = append(w.batch, j)
	w.batchBytes += j.size
	w.lastIn = time.Now()
	if len(w.batch) >= w.batchLimit() || w.batchBytes >= maxBatchBytes {
		return w.flush(ctx)
	}
	return nil
}

// resolve resolves the batch's articles in input order, after asking the
// store about all their names at once. An article the resolver fails on
// leaves the batch, named.
func (w *writer) resolve(ctx context.Context) error {
	r := w.run
	if r.resolver == nil {
		return nil
	}
	facts := make([]*kg.ArticleFacts, len(w.batch))
	for i, j := range w.batch {
		facts[i] = j.facts
	}
	if err := r.resolver.Prefetch(ctx, facts); err != nil && fatal(ctx, err) {
		return fmt.Errorf("ingest: %w", err)
	} // else each article asks again below, and fails alone if it must
	kept := w.batch[:0]
	for _, j := range w.batch {
		if err := r.resolver.Resolve(ctx, j.facts); err != nil {
			if fatal(ctx, err) {
				return fmt.Errorf("ingest: resolve %s: %w", originOf(j.item), err)
			}
			r.mu.Lock()
			w.failLocked(j, Problem{Stage: StageResolve, Code: kg.ErrorCode(err), Message: fmt.Sprintf("%s: %v", originOf(j.item), err)})
			r.mu.Unlock()
			continue
		}
		kept = append(kept, j)
	}
	clear(w.batch[len(kept):])
	w.batch = kept
	return nil
}

// fatal says whether a store error should end the run rather than fail
// one article: the context ended, or the store cannot serve at all.
func fatal(ctx context.Context, err error) bool {
	return ctx.Err() != nil || kg.ErrorCode(err) == kg.CodeUnavailable
}

// flush resolves the batch and hands it to the store stage, waiting while
// the stage still writes the one before.
func (w *writer) flush(ctx context.Context) error {
	w.batchBytes = 0
	if len(w.batch) == 0 {
		return nil
	}
	if err := w.resolve(ctx); err != nil {
		return err
	}
	if len(w.batch) == 0 {
		return nil
	}
	select {
	case w.stage.in <- w.batch:
		// The stage owns the slice now.
		w.batch = make([]job, 0, w.run.opts.BatchSize)
		return nil
	case <-w.stage.failed:
		return w.stage.err
	case <-ctx.Done():
		return ctx.Err()
	}
}

// write writes a batch in one transaction. When the store refuses the
// batch, each article is tried alone so one bad article fails by itself,
// named, and the others are written. On a fatal error it returns how many
// of the batch's articles were not written.
func (w *writer) write(ctx context.Context, batch []job) (int, error) {
	r := w.run
	facts := make([]*kg.ArticleFacts, len(batch))
	for i, j := range batch {
		facts[i] = j.facts
	}
	results, err := r.store.UpsertMany(ctx, facts)
	if err == nil && len(results) != len(facts) {
		err = kg.Errorf(kg.CodeInternal, "store returned %d results for %d articles", len(results), len(facts))
	}
	if err == nil {
		r.mu.Lock()
		for i, j := range batch {
			w.doneLocked(j, results[i])
		}
		r.prog.update(&r.sum, r.lastPos)
		r.mu.Unlock()
		return 0, nil
	}
	if fatal(ctx, err) {
		return len(batch), fmt.Errorf("ingest: write %d articles: %w", len(facts), err)
	}
	for i, j := range batch {
		res, err := r.store.Upsert(ctx, j.facts)
		if err != nil && fatal(ctx, err) {
			return len(batch) - i, fmt.Errorf("ingest: write %s: %w", originOf(j.item), err)
		}
		r.mu.Lock()
		if err != nil {
			w.failLocked(j, Problem{Stage: StageStore, Code: kg.ErrorCode(err), Message: fmt.Sprintf("%s: %v", originOf(j.item), err)})
		} else {
			w.doneLocked(j, res)
		}
		r.mu.Unlock()
	}
	return 0, nil
}

func (w *writer) doneLocked(j job, res kg.UpsertResult) {
	r := w.run
	fr := r.file(j.item.Path)
	switch res {
	case kg.UpsertNew:
		r.sum.New++
		fr.New++
	case kg.UpsertReplaced:
		r.sum.Replaced++
		fr.Replaced++
	default:
		r.sum.Unchanged++
		fr.Unchanged++
		return // its facts were already there
	}
	f := j.facts
	r.sum.Facts.Actors += len(f.Actors)
	r.sum.Facts.Mentions += len(f.Mentions)
	r.sum.Facts.Meetings += len(f.Meetings)
	r.sum.Facts.Statements += len(f.Statements)
	r.sum.Facts.Roles += len(f.Roles)
}

func (w *writer) failLocked(j job, p Problem) {
	r := w.run
	r.sum.Failed++
	r.file(j.item.Path).Failed++
	p.Path = j.item.Path
	p.Origin = j.item.Doc.Origin
	p.ArticleID = j.item.Doc.Article.ID
	r.problemLocked(p)
}
