package main

import (
	"context"
	"fmt"
	"os"
	"strings"

	"github.com/actorgraph/actorgraph/internal/kg"
	"github.com/actorgraph/actorgraph/internal/store/embedded"
	"github.com/actorgraph/actorgraph/internal/store/neo4j"
	"github.com/actorgraph/actorgraph/internal/testcorpus"
)

const defaultStore = "file:./actorgraph-data"

// storeURI is the --store flag's default: ACTORGRAPH_STORE, else the
// embedded store in ./actorgraph-data.
func storeURI() string { return envOr("ACTORGRAPH_STORE", defaultStore) }

// openStore opens the store a URI names. It is the only place that knows
// the concrete backends.
func openStore(ctx context.Context, uri string) (kg.Store, error) {
	scheme, rest, ok := strings.Cut(uri, ":")
	if !ok {
		return nil, usageError{fmt.Errorf("invalid --store %q: want file:PATH, memory:, bolt://HOST:PORT or neo4j://HOST:PORT", uri)}
	}
	switch scheme {
	case "file":
		dir := strings.TrimPrefix(rest, "//")
		if dir == "" {
			return nil, usageError{fmt.Errorf("invalid --store %q: file: needs a directory, e.g. file:./actorgraph-data", uri)}
		}
		return embedded.Open(ctx, dir)
	case "memory":
		return embedded.OpenMemory(ctx)
	case "bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc":
		return neo4j.Open(ctx, neo4j.Config{
			URI:      uri,
			User:     envOr("NEO4J_USER", "neo4j"),
			Password: os.Getenv("NEO4J_PASSWORD"),
			Database: os.Getenv("NEO4J_DATABASE"),
		})
	}
	return nil, usageError{fmt.Errorf("unknown store scheme %q in %q: want file:, memory:, bolt:// or neo4j://", scheme, uri)}
}

// sharedDir is where the third-party corpus lives when not given.
func sharedDir() string { return testcorpus.Dir() }
