package graph

import (
	"context"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/actorgraph/actorgraph/graph/model"
	"github.com/actorgraph/actorgraph/internal/kg"
)

// resolveActor turns an actor argument (id, name or alias) into an id.
func (r *Resolver) resolveActor(ctx context.Context, arg, ref string) (string, error) {
	a, err := kg.ResolveActor(ctx, r.Store, ref)
	if err != nil {
		return "", annotate(arg, err)
	}
	return a.ID, nil
}

// resolveActors resolves a list of actor arguments: ids in one batch call,
// names one by one (each may be ambiguous on its own).
func (r *Resolver) resolveActors(ctx context.Context, arg string, refs []string) ([]string, error) {
	out := make([]string, len(refs))
	var idRefs []string
	var idPos []int
	for i, ref := range refs {
		ref = strings.TrimSpace(ref)
		if kg.LooksLikeID(ref) {
			idRefs = append(idRefs, ref)
			idPos = append(idPos, i)
		}
	}
	if len(idRefs) > 0 {
		as, err := r.Store.ActorsByID(ctx, idRefs)
		if err != nil {
			return nil, err
		}
		for j, a := range as {
			if a != nil {
				out[idPos[j]] = a.ID
			}
		}
	}
	for i, ref := range refs {
		if out[i] != "" {
			continue
		}
		id, err := r.resolveActor(ctx, arg, ref)
		if err != nil {
			return nil, err
		}
		out[i] = id
	}
	return out, nil
}

// annotate prefixes a user-facing message with the argument it concerns,
// keeping the code and candidates.
func annotate(arg string, err error) error {
	if ke, ok := err.(*kg.Error); ok && ke.Code != kg.CodeInternal {
		c := *ke
		c.Message = arg + ": " + ke.Message
		return &c
	}
	return err
}

// actor loads one actor through the request's loader. A dangling id (a
// fact pointing at an actor the store does not have) is NOT_FOUND for that
// field only, so the rest of the response survives.
func actor(ctx context.Context, id string) (*kg.Actor, error) {
	l, err := loadersFrom(ctx)
	if err != nil {
		return nil, err
	}
	a, err := l.Actors.Load(ctx, id)
	if err != nil {
		return nil, err
	}
	if a == nil {
		return nil, kg.Errorf(kg.CodeNotFound, "actor %s not found", id)
	}
	return a, nil
}

// actors loads several actors in one batch, skipping dangling ids: a list
// of participants with one missing is still worth showing.
func actors(ctx context.Context, ids []string) ([]model.Actor, error) {
	l, err := loadersFrom(ctx)
	if err != nil {
		return nil, err
	}
	as, err := l.Actors.LoadAll(ctx, ids)
	if err != nil {
		return nil, err
	}
	out := make([]model.Actor, 0, len(as))
	for _, a := range as {
		if a != nil {
			out = append(out, model.NewActor(a))
		}
	}
	return out, nil
}

func modelActors(as []kg.Actor) []model.Actor {
	out := make([]model.Actor, len(as))
	for i := range as {
		out[i] = model.NewActor(&as[i])
	}
	return out
}

func ptr[T any](v T) *T { return &v }

// primeActors reads the actors an answer points to (participants,
// speakers, counterparts, ...) in one store call and puts them in the
// request's actor loader, when the query selects one of fields anywhere
// below the current field. The nested resolvers then find them in the
// loader's cache at once, instead of each waiting for the loader's
// batching window and a batch call; without such fields nothing is read.
// A failure only means the nested resolvers load as usual (and report it).
func (r *Resolver) primeActors(ctx context.Context, ids []string, fields ...string) {
	if len(ids) == 0 || !graphql.HasOperationContext(ctx) {
		return
	}
	fc := graphql.GetFieldContext(ctx)
	if fc == nil || !selects(fc.Field.Selections, graphql.GetOperationContext(ctx).Doc.Fragments, fields, map[string]bool{}) {
		return
	}
	l, err := loadersFrom(ctx)
	if err != nil {
		return
	}
	ids = uniqueIDs(ids)
	as, err := r.Store.ActorsByID(ctx, ids)
	if err != nil {
		return
	}
	for i, a := range as {
		l.Actors.Prime(ids[i], a)
	}
}

// selects reports whether a field with one of the names appears in set or
// below it.
func selects(set ast.SelectionSet, frags ast.FragmentDefinitionList, names []string, seen map[string]bool) bool {
	for _, sel := range set {
		switch s := sel.(type) {
		case *ast.Field:
			for _, n := range names {
				if s.Name == n {
					return true
				}
			}
			if selects(s.SelectionSet, frags, names, seen) {
				return true
			}
		case *ast.InlineFragment:
			if selects(s.SelectionSet, frags, names, seen) {
				return true
			}
		case *ast.FragmentSpread:
			if f := frags.ForName(s.Name); f != nil && !seen[s.Name] {
				seen[s.Name] = true
				if selects(f.SelectionSet, frags, names, seen) {
					return true
				}
			}
		}
	}
	return false
}

func uniqueIDs(ids []string) []string {
	seen := make(map[string]bool, len(ids))
	out := make([]string, 0, len(ids))
	for _, id := range ids {
		if id != "" && !seen[id] {
			seen[id] = true
			out = append(out, id)
		}
	}
	return out
}

// eventActors are the actors a timeline page's events point to.
func eventActors(evs []kg.Event) []string {
	var ids []string
	for _, e := range evs {
		switch {
		case e.Meeting != nil:
			for _, p := range e.Meeting.Participants {
				ids = append(ids, p.ActorID)
			}
		case e.Statement != nil:
			ids = append(ids, e.Statement.SpeakerID)
			ids = append(ids, e.Statement.AboutIDs...)
		}
	}
	return ids
}
