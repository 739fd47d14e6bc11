package ingest

import (
	"context"
	"errors"
	"fmt"
	"sync/atomic"
	"time"

	"github.com/rs/zerolog"

	"github.com/actorgraph/actorgraph/internal/kg"
	"github.com/actorgraph/actorgraph/internal/resolve"
)

// writer is the one goroutine that resolves batches, in input order, and
// hands them to the store stage. Resolving in input order here, not in the
// workers, makes identities independent of worker timing.
type writer struct {
	run        *run
	pending    map[int]job // results that arrived ahead of their turn
	next       int         // the sequence number to handle next
	batch      []job       // in input order, not resolved yet (a chunk)
	batchBytes int64       // article text held by batch and ready
	ready      stored      // resolved and prepared, for the store stage
	lastIn     time.Time   // when the last article entered the batch
	stage      *storeStage
	// mustWait: an article needs the store as it will be once the
	// replaced articles handed over are written (see resolve).
	mustWait bool
}

// storeStage is the goroutine that writes resolved batches to the store,
// one transaction each, so that the writer resolves (and the workers
// extract) the next batch meanwhile: the store's work is the longest
// serial part of a run, and nothing else should wait for it.
type storeStage struct {
	in     chan stored   // resolved batches; unbuffered, so at most one waits
	failed chan struct{} // closed when the stage stopped on err
	wrote  chan struct{} // signalled after each batch written (see waitWritten)
	done   chan struct{} // closed when the stage ended
	err    error         // why it stopped; read after failed or done
	queued atomic.Int32  // batches handed over and not yet written
	lost   int           // articles handed over but not written; read after done
}

// stored is a resolved batch on its way to the store stage.
type stored struct {
	jobs       []job
	prep       []any // the store's PrepareMany of the batch's chunks, in order
	unprepared bool  // a chunk could not be prepared: write it all unprepared
}

// preparer is implemented by stores that can do the part of UpsertMany
// that needs no database ahead, on another goroutine (embedded.Store):
// the writer prepares a batch once it is resolved, while the store stage
// still writes the batch before, which shortens the store stage, the
// longest serial part of a run.
type preparer interface {
	PrepareMany(batch []*kg.ArticleFacts) (any, error)
	UpsertPrepared(ctx context.Context, prepared ...any) ([]kg.UpsertResult, error)
}

func (w *writer) startStore(ctx context.Context) *storeStage {
	st := &storeStage{in: make(chan stored), failed: make(chan struct{}), done: make(chan struct{}), wrote: make(chan struct{}, 1)}
	w.stage = st
	go func() {
		defer close(st.done)
		for b := range st.in {
			if st.err != nil {
				st.lost += len(b.jobs) // drain after a failure
				st.queued.Add(-1)
				continue
			}
			w.run.cores.take()
			lost, err := w.write(ctx, b)
			w.run.cores.release()
			if err != nil {
				st.err = err
				st.lost += lost
				close(st.failed)
			}
			st.queued.Add(-1)
			select {
			case st.wrote <- struct{}{}:
			default: // a signal is pending already
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

// eagerBatch is the size from which a batch goes to the store stage at
// once when that stage has nothing to do: the store, the longest serial
// part of a run, then starts early instead of idling while the first
// full batch is extracted, and batches grow up to BatchSize only while it
// is busy (group commit). Batch boundaries depend on timing, which
// changes nothing in the graph: batches are resolved and written in input
// order, each as if its articles were upserted one after the other.
const eagerBatch = 256

// tailChunk is the chunk size once every input is read. The reader runs
// only a few articles ahead of the workers, so that is when extraction
// ends; resolving the last articles a few at a time as they come, instead
// of all at once after the last one (a chunk of up to eagerBatch), takes
// that resolve off the end of the run, where nothing else is left to do.
const tailChunk = 32

// chunkLimit is the number of taken articles that are resolved together.
func (w *writer) chunkLimit() int {
	n := min(eagerBatch, w.batchLimit())
	if w.run.readDone.Load() {
		n = min(n, tailChunk)
	}
	return n
}

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
			switch {
			case len(w.batch)+len(w.ready.jobs) > 0 && now.Sub(w.lastIn) >= w.run.opts.FlushAfter:
				if err := w.flush(ctx); err != nil {
					return err
				}
			case len(w.ready.jobs) > 0 && w.stage.queued.Load() == 0:
				if err := w.handOver(ctx); err != nil {
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
	limit := w.batchLimit()
	full := len(w.batch)+len(w.ready.jobs) >= limit || w.batchBytes >= maxBatchBytes
	if full || len(w.batch) >= w.chunkLimit() {
		if err := w.resolveChunk(ctx); err != nil {
			return err
		}
	}
	if full || (len(w.ready.jobs) > 0 && w.stage.queued.Load() == 0) {
		return w.handOver(ctx)
	}
	return nil
}

// resolve resolves the batch's articles in input order, after asking the
// store about all their names at once. An article the resolver fails on
// leaves the batch, named. It returns the articles it left for later.
//
// A replaced article is the one case where what the store answers
// depends on timing: writing it removes its old version's actors, and
// later articles must not resolve to them once that write has happened,
// as in a load one article at a time. So after an article that replaces
// a stored one, the resolver refuses (resolve.ErrStoreStale) any answer
// that rests on the store; resolve then stops there, and the next call
// first waits until everything handed over is written and makes the
// resolver ask the store afresh. A run thus resolves every article as if
// the ones before it had been loaded one by one. It costs nothing when no
// article is replaced, and a wait for the store only for the articles
// that need it after a replacement.
//
// hashes are the stored content hashes of the chunk's articles; prefetch
// asks the store about all their names first, which the first call for a
// chunk does (after a wait, the rest of the chunk asks article by article,
// so a chunk cut at every article does not ask about its rest again and
// again).
func (w *writer) resolve(ctx context.Context, hashes map[string]string, prefetch bool) (rest []job, err error) {
	r := w.run
	if w.mustWait {
		if err := w.waitWritten(ctx); err != nil {
			return nil, err
		}
		r.resolver.StoreChanged()
		w.mustWait = false
	}
	if prefetch {
		if err := r.resolver.Prefetch(ctx, factsOf(w.batch)); err != nil && fatal(ctx, err) {
			return nil, fmt.Errorf("ingest: %w", err)
		} // else each article asks again below, and fails alone if it must
	}
	kept := w.batch[:0]
	for i, j := range w.batch {
		if !prefetch {
			// Prefetch answers more fully than single lookups (every
			// person a surname may stand for), so each article still
			// gets it, as in a load of one article at a time
			if err := r.resolver.Prefetch(ctx, []*kg.ArticleFacts{j.facts}); err != nil && fatal(ctx, err) {
				return nil, fmt.Errorf("ingest: %w", err)
			}
		}
		err := r.resolver.Resolve(ctx, j.facts)
		if errors.Is(err, resolve.ErrStoreStale) {
			w.mustWait = true
			rest = append([]job(nil), w.batch[i:]...)
			break
		}
		if err != nil {
			if fatal(ctx, err) {
				return nil, fmt.Errorf("ingest: resolve %s: %w", originOf(j.item), err)
			}
			r.mu.Lock()
			w.failLocked(j, Problem{Stage: StageResolve, Code: kg.ErrorCode(err), Message: fmt.Sprintf("%s: %v", originOf(j.item), err)})
			r.mu.Unlock()
			continue
		}
		kept = append(kept, j)
		if h, ok := hashes[j.facts.Article.ID]; ok && h != j.facts.Article.ContentHash {
			r.resolver.StoreWillChange()
		}
	}
	clear(w.batch[len(kept):])
	w.batch = kept
	return rest, nil
}

// storedHashes returns the content hash the store holds for each article
// of the batch it knows.
func (w *writer) storedHashes(ctx context.Context) (map[string]string, error) {
	ids := make([]string, len(w.batch))
	for i, j := range w.batch {
		ids[i] = j.facts.Article.ID
	}
	arts, err := w.run.store.ArticlesByID(ctx, ids)
	if err != nil {
		if fatal(ctx, err) {
			return nil, fmt.Errorf("ingest: look up %d articles: %w", len(ids), err)
		}
		// Without the answer every article counts as new: the run stays
		// correct, only replacements may resolve against stale actors.
		zerolog.Ctx(ctx).Warn().Err(err).Msg("could not tell replaced articles from new ones")
		return nil, nil
	}
	hashes := make(map[string]string, len(arts))
	for _, a := range arts {
		if a != nil {
			hashes[a.ID] = a.ContentHash
		}
	}
	return hashes, nil
}

// waitWritten hands over what is ready and waits until the store stage has
// written everything it was given.
func (w *writer) waitWritten(ctx context.Context) error {
	if err := w.handOver(ctx); err != nil {
		return err
	}
	for w.stage.queued.Load() > 0 {
		select {
		case <-w.stage.wrote:
		case <-w.stage.failed:
			return w.stage.err
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	return nil
}

// fatal says whether a store error should end the run rather than fail
// one article: the context ended, or the store cannot serve at all.
func fatal(ctx context.Context, err error) bool {
	return ctx.Err() != nil || kg.ErrorCode(err) == kg.CodeUnavailable
}

// flush resolves what is left and hands everything to the store stage.
func (w *writer) flush(ctx context.Context) error {
	if err := w.resolveChunk(ctx); err != nil {
		return err
	}
	return w.handOver(ctx)
}

// resolveChunk resolves the articles taken since the last chunk and, when
// the store can, prepares their write (see preparer), adding them to what
// is ready for the store stage. Resolving chunk by chunk as articles come,
// rather than a whole batch when it is full, keeps a batch ready to write
// whenever the store stage is free.
func (w *writer) resolveChunk(ctx context.Context) error {
	if len(w.batch) == 0 {
		return nil
	}
	if w.run.resolver == nil {
		w.makeReady()
		return nil
	}
	hashes, err := w.storedHashes(ctx)
	if err != nil {
		return err
	}
	for first := true; len(w.batch) > 0; first = false {
		rest, err := w.resolve(ctx, hashes, first)
		if err != nil {
			return err
		}
		w.makeReady()
		w.batch = append(w.batch, rest...)
	}
	return nil
}

// makeReady prepares the resolved batch and moves it to what is ready.
func (w *writer) makeReady() {
	if len(w.batch) == 0 {
		return
	}
	if p, ok := w.run.store.(preparer); ok {
		// A chunk the store refuses here goes to write unprepared, which
		// finds the article at fault.
		if prep, err := p.PrepareMany(factsOf(w.batch)); err == nil {
			w.ready.prep = append(w.ready.prep, prep)
		} else {
			w.ready.unprepared = true
		}
	}
	if w.ready.jobs == nil {
		w.ready.jobs = make([]job, 0, w.run.opts.BatchSize)
	}
	w.ready.jobs = append(w.ready.jobs, w.batch...)
	clear(w.batch)
	w.batch = w.batch[:0]
}

// handOver gives the ready articles to the store stage, waiting while the
// stage still writes the batch before.
func (w *writer) handOver(ctx context.Context) error {
	if len(w.ready.jobs) == 0 {
		return nil
	}
	w.stage.queued.Add(1)
	select {
	case w.stage.in <- w.ready:
		// The stage owns the batch now.
		w.ready = stored{}
		w.batchBytes = 0
		for _, j := range w.batch {
			w.batchBytes += j.size
		}
		return nil
	case <-w.stage.failed:
		w.stage.queued.Add(-1)
		return w.stage.err
	case <-ctx.Done():
		w.stage.queued.Add(-1)
		return ctx.Err()
	}
}

// write writes a batch in one transaction. When the store refuses the
// batch, each article is tried alone so one bad article fails by itself,
// named, and the others are written. On a fatal error it returns how many
// of the batch's articles were not written.
func (w *writer) write(ctx context.Context, b stored) (int, error) {
	r := w.run
	batch := b.jobs
	facts := factsOf(batch)
	var results []kg.UpsertResult
	var err error
	if p, ok := r.store.(preparer); ok && len(b.prep) > 0 && !b.unprepared {
		results, err = p.UpsertPrepared(ctx, b.prep...)
	} else {
		results, err = r.store.UpsertMany(ctx, facts)
	}
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

func factsOf(batch []job) []*kg.ArticleFacts {
	facts := make([]*kg.ArticleFacts, len(batch))
	for i, j := range batch {
		facts[i] = j.facts
	}
	return facts
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
