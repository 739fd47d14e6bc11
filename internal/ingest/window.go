package ingest

import (
	"context"
	"sync"
)

// Memory bounds. The reader may run ahead of the writer by a window of
// articles: enough that the workers keep extracting the next batch while
// the writer stores one, and no more, whatever the size of the inputs.
const (
	// maxWindowBytes bounds the article text between the reader and the
	// batch (one larger article still passes, alone).
	maxWindowBytes = 64 << 20
	// maxBatchBytes ends a batch early when its articles are large.
	maxBatchBytes = 32 << 20
)

// windowSize is the number of articles that may be in flight: a batch's
// worth plus a few per worker.
func windowSize(o Options) int { return o.BatchSize + 4*o.Workers + 16 }

// window is a semaphore over articles and their bytes. acquire blocks
// while the window is full; release makes room.
type window struct {
	mu       sync.Mutex
	cond     *sync.Cond
	n, max   int
	bytes    int64
	maxBytes int64
}

// newWindow returns a window that wakes its waiters when ctx ends.
func newWindow(ctx context.Context, max int, maxBytes int64) *window {
	w := &window{max: max, maxBytes: maxBytes}
	w.cond = sync.NewCond(&w.mu)
	context.AfterFunc(ctx, func() {
		w.mu.Lock()
		w.cond.Broadcast()
		w.mu.Unlock()
	})
	return w
}

func (w *window) acquire(ctx context.Context, size int64) error {
	w.mu.Lock()
	defer w.mu.Unlock()
	for w.n >= w.max || (w.n > 0 && w.bytes+size > w.maxBytes) {
		if err := ctx.Err(); err != nil {
			return err
		}
		w.cond.Wait()
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	w.n++
	w.bytes += size
	return nil
}

func (w *window) release(size int64) {
	w.mu.Lock()
	w.n--
	w.bytes -= size
	w.cond.Broadcast()
	w.mu.Unlock()
}
