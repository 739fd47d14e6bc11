package graph

import (
	"context"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/errcode"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// DepthLimit refuses operations whose selections nest deeper than Max
// (LIMIT_EXCEEDED). gqlgen has a complexity limit but no depth limit; depth
// matters on its own because each level of nested lists multiplies work.
// Introspection fields (__schema, __type) are not counted: tools like
// GraphiQL send a deep, fixed introspection query.
type DepthLimit struct {
	Max int
}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = DepthLimit{}

func (DepthLimit) ExtensionName() string                          { return "DepthLimit" }
func (DepthLimit) Validate(schema graphql.ExecutableSchema) error { return nil }

func (d DepthLimit) MutateOperationContext(ctx context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	if d.Max <= 0 || oc.Operation == nil {
		return nil
	}
	depth := selectionDepth(oc.Operation.SelectionSet, oc.Doc.Fragments, map[string]bool{})
	if depth > d.Max {
		err := gqlerror.Errorf("the query nests %d levels deep; at most %d are allowed", depth, d.Max)
		errcode.Set(err, string(kg.CodeLimitExceeded))
		return err
	}
	return nil
}

// selectionDepth is the number of nested field levels under set. Fragments
// add no level of their own; a fragment already being expanded on the
// current branch counts as empty (validation rejects such cycles anyway).
func selectionDepth(set ast.SelectionSet, frags ast.FragmentDefinitionList, active map[string]bool) int {
	deepest := 0
	for _, sel := range set {
		var d int
		switch s := sel.(type) {
		case *ast.Field:
			if strings.HasPrefix(s.Name, "__") {
				continue
			}
			d = 1 + selectionDepth(s.SelectionSet, frags, active)
		case *ast.InlineFragment:
			d = selectionDepth(s.SelectionSet, frags, active)
		case *ast.FragmentSpread:
			f := frags.ForName(s.Name)
			if f == nil || active[s.Name] {
				continue
			}
			active[s.Name] = true
			d = selectionDepth(f.SelectionSet, frags, active)
			delete(active, s.Name)
		}
		deepest = max(deepest, d)
	}
	return deepest
}
