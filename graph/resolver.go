package graph

import (
	"github.com/rs/zerolog"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// Resolver is the root resolver: the store every query reads, the injected
// ingest function the mutation calls and the token that guards it.
// Resolvers make one call into kg each (a query method, or a dataloader for
// nested fields) and convert the answer; the rules live in the store.
type Resolver struct {
	Store       kg.Store
	Ingest      IngestFunc
	IngestToken string
	Log         zerolog.Logger

	gate *gate // expensive resolvers (paths, neighborhood); nil: unbounded
}
