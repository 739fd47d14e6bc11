// Package graph is the GraphQL layer: gqlgen's generated executor, thin
// resolvers (one store call each), per-request dataloaders for nested
// fields, argument limits and the error presenter.
package graph

// gqlgen resolves output paths against the working directory, so it runs
// from the module root. The version is pinned here rather than through a
// tools import that `go mod tidy` could drop; keep it equal to the gqlgen
// version in go.mod. gqlgen.yml sets skip_mod_tidy: generation must not
// rewrite the shared go.mod.
//go:generate sh -c "cd .. && go run github.com/99designs/gqlgen@v0.17.98 generate"
