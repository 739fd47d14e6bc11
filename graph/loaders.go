package graph

import (
	"context"
	"time"

	"github.com/vikstrous/dataloadgen"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// DefaultLoaderWait is how long a dataloader collects keys before it calls
// the store. gqlgen starts the resolvers of a list's elements at once, so
// half a millisecond gathers a whole level of a response into one batch
// call: BenchmarkNestedQuery makes about the same number of store calls
// with 250µs as with 16ms, and every level of nesting waits this long, so
// a longer window only adds latency (it was 5ms: a timeline page with
// participants spent most of its time asleep).
const DefaultLoaderWait = 500 * time.Microsecond

// Loaders batch the nested fields of one request into one store call per
// kind of object and level of the response: a timeline of 50 meetings asks
// the store for its participants once, not 50 times. One set serves one
// operation and is then dropped, so answers never come from another
// request's cache.
type Loaders struct {
	Actors   *dataloadgen.Loader[string, *kg.Actor]
	Places   *dataloadgen.Loader[string, *kg.Place]
	Articles *dataloadgen.Loader[string, *kg.Article]
	Roles    *dataloadgen.Loader[string, []kg.Role]
}

// NewLoaders makes a loader set reading store.
func NewLoaders(store kg.Store, wait time.Duration) *Loaders {
	if wait <= 0 {
		wait = DefaultLoaderWait
	}
	opt := dataloadgen.WithWait(wait)
	return &Loaders{
		Actors: dataloadgen.NewLoader(func(ctx context.Context, ids []string) ([]*kg.Actor, []error) {
			return batch(store.ActorsByID(ctx, ids))
		}, opt),
		Places: dataloadgen.NewLoader(func(ctx context.Context, ids []string) ([]*kg.Place, []error) {
			return batch(store.PlacesByID(ctx, ids))
		}, opt),
		Articles: dataloadgen.NewLoader(func(ctx context.Context, ids []string) ([]*kg.Article, []error) {
			return batch(store.ArticlesByID(ctx, ids))
		}, opt),
		Roles: dataloadgen.NewLoader(func(ctx context.Context, ids []string) ([][]kg.Role, []error) {
			m, err := store.RolesByPerson(ctx, ids)
			if err != nil {
				return nil, []error{err}
			}
			out := make([][]kg.Role, len(ids))
			for i, id := range ids {
				out[i] = m[id]
			}
			return out, nil
		}, opt),
	}
}

// batch adapts a store batch method to dataloadgen: one error fails every
// key of the batch (dataloadgen hands a single error to all callers).
func batch[T any](vs []T, err error) ([]T, []error) {
	if err != nil {
		return nil, []error{err}
	}
	return vs, nil
}

type loadersKey struct{}

// WithLoaders returns ctx carrying l.
func WithLoaders(ctx context.Context, l *Loaders) context.Context {
	return context.WithValue(ctx, loadersKey{}, l)
}

// loadersFrom returns the request's loaders. The handler built by
// NewHandler always installs them; a missing set is a wiring bug, reported
// as an internal error rather than a panic.
func loadersFrom(ctx context.Context) (*Loaders, error) {
	l, ok := ctx.Value(loadersKey{}).(*Loaders)
	if !ok || l == nil {
		return nil, errNoLoaders
	}
	return l, nil
}
