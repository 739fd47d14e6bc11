package graph

import (
	"context"
	"runtime"
	"time"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// gate bounds how many expensive resolvers (paths, neighborhood: graph
// searches whose cost grows with the graph) run at once in the whole
// server. A request that finds every slot taken waits a little, then is
// refused with OVERLOADED, so a burst of heavy queries cannot take every
// core from the cheap ones (encounters, timelines, lookups never pass
// here). Each expensive call also gets its own deadline.
type gate struct {
	slots   chan struct{}
	wait    time.Duration
	timeout time.Duration
}

// Defaults of HandlerConfig's expensive-operation limits.
var (
	// DefaultMaxExpensive is the number of expensive resolvers that may run
	// at once: one per core, so the cheap queries keep the rest of the
	// scheduler's attention even when every slot is busy.
	DefaultMaxExpensive = max(2, runtime.GOMAXPROCS(0))
)

const (
	// DefaultExpensiveWait is how long an expensive resolver waits for a
	// slot before it is refused with OVERLOADED.
	DefaultExpensiveWait = 2 * time.Second
	// DefaultExpensiveTimeout bounds one expensive resolver (TIMEOUT).
	DefaultExpensiveTimeout = 10 * time.Second
)

func newGate(n int, wait, timeout time.Duration) *gate {
	if n <= 0 {
		n = DefaultMaxExpensive
	}
	if wait <= 0 {
		wait = DefaultExpensiveWait
	}
	if timeout <= 0 {
		timeout = DefaultExpensiveTimeout
	}
	return &gate{slots: make(chan struct{}, n), wait: wait, timeout: timeout}
}

// enter takes a slot and returns the context the expensive call runs
// under and the function that gives the slot back.
func (g *gate) enter(ctx context.Context) (context.Context, func(), error) {
	if g == nil {
		return ctx, func() {}, nil
	}
	select {
	case g.slots <- struct{}{}:
	default:
		t := time.NewTimer(g.wait)
		defer t.Stop()
		select {
		case g.slots <- struct{}{}:
		case <-t.C:
			return ctx, nil, kg.Errorf(kg.CodeOverloaded,
				"the server is busy with %d path and neighbourhood queries; retry in a moment", cap(g.slots))
		case <-ctx.Done():
			return ctx, nil, ctx.Err()
		}
	}
	cctx, cancel := context.WithTimeout(ctx, g.timeout)
	return cctx, func() { cancel(); <-g.slots }, nil
}
