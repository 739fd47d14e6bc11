package ingest

import (
	"context"
	"errors"
	"testing"
	"time"
)

// tryAcquire calls acquire in a goroutine and waits up to wait for it:
// blocked says whether it was still waiting then; done yields its result.
func tryAcquire(ctx context.Context, w *window, size int64, wait time.Duration) (blocked bool, done <-chan error) {
	ch := make(chan error, 1)
	go func() { ch <- w.acquire(ctx, size) }()
	select {
	case err := <-ch:
		ch <- err
		return false, ch
	case <-time.After(wait):
		return true, ch
	}
}

// Waits: long where acquire must return (a busy machine may be slow to
// run it), short where it must block (a slow run then only weakens the
// check).
const mustReturn, mustBlock = 10 * time.Second, 50 * time.Millisecond

func TestWindow(t *testing.T) {
	ctx := context.Background()
	w := newWindow(ctx, 3, 100)

	// Bytes: 60 + 30 fit, 20 more do not until something leaves.
	for _, n := range []int64{60, 30} {
		if blocked, _ := tryAcquire(ctx, w, n, mustReturn); blocked {
			t.Fatalf("acquire(%d) blocked below the limits", n)
		}
	}
	blocked, done := tryAcquire(ctx, w, 20, mustBlock)
	if !blocked {
		t.Fatal("acquire went past the byte limit")
	}
	w.release(60)
	if err := <-done; err != nil {
		t.Fatal(err)
	}

	// Count: three in flight (30, 20 and 1) fill it.
	if blocked, _ := tryAcquire(ctx, w, 1, mustReturn); blocked {
		t.Fatal("third article blocked")
	}
	blocked, done = tryAcquire(ctx, w, 1, mustBlock)
	if !blocked {
		t.Fatal("acquire went past the count limit")
	}
	w.release(30)
	if err := <-done; err != nil {
		t.Fatal(err)
	}

	// An article larger than the byte limit passes alone.
	w.release(20)
	w.release(1)
	w.release(1)
	if blocked, _ := tryAcquire(ctx, w, 500, mustReturn); blocked {
		t.Fatal("a large article blocked on an empty window")
	}
	blocked, done = tryAcquire(ctx, w, 1, mustBlock)
	if !blocked {
		t.Fatal("acquire went past the byte limit after a large article")
	}
	w.release(500)
	if err := <-done; err != nil {
		t.Fatal(err)
	}
}

// A reader waiting for room gives up when the run stops.
func TestWindowCancel(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	w := newWindow(ctx, 1, 100)
	if err := w.acquire(ctx, 10); err != nil {
		t.Fatal(err)
	}
	blocked, done := tryAcquire(ctx, w, 10, mustBlock)
	if !blocked {
		t.Fatal("acquire went past the count limit")
	}
	cancel()
	select {
	case err := <-done:
		if !errors.Is(err, context.Canceled) {
			t.Fatalf("acquire after cancel: %v", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("acquire still waiting after the context ended")
	}
}
