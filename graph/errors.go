package graph

import (
	"context"
	"errors"
	"fmt"
	"runtime/debug"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/errcode"
	"github.com/rs/zerolog"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// Codes of refusals that do not come from the store are kg codes too (so
// the HTTP layer and the CLI share them); gqlgen's own parse, validation
// and persisted-query codes pass through unchanged.
const (
	codeBadRequest       = string(kg.CodeBadRequest) // a request gqlgen could not read
	codeTimeout          = string(kg.CodeTimeout)
	codeIntrospectionOff = string(kg.CodeIntrospectionOff)
)

// Candidate is an actor an ambiguous name could mean, as listed in
// extensions.candidates.
type Candidate struct {
	ID   string       `json:"id"`
	Name string       `json:"name"`
	Kind kg.ActorKind `json:"kind"`
}

// NewErrorPresenter maps errors to what clients see. A *kg.Error anywhere in
// the chain gives its code and user-facing message (and the candidates of an
// AMBIGUOUS name); gqlgen's own errors (parse, validation, complexity) keep
// their text; anything else is an internal error: logged in full, shown as
// "internal error" so no detail of the store or the code leaks.
func NewErrorPresenter(log zerolog.Logger) graphql.ErrorPresenterFunc {
	return func(ctx context.Context, err error) *gqlerror.Error {
		gerr := &gqlerror.Error{}
		if ge, ok := errors.AsType[*gqlerror.Error](err); ok {
			// Keep the position of the error in the query and the response.
			gerr.Path, gerr.Locations, gerr.Rule = ge.Path, ge.Locations, ge.Rule
			if ge.Err == nil {
				// Made by gqlgen itself: parse, validation, limits.
				gerr.Message = ge.Message
				gerr.Extensions = ge.Extensions
				switch code, _ := ge.Extensions["code"].(string); code {
				case "":
					errcode.Set(gerr, codeBadRequest)
				case "COMPLEXITY_LIMIT_EXCEEDED":
					errcode.Set(gerr, string(kg.CodeLimitExceeded))
				}
				return gerr
			}
		} else {
			gerr.Path = graphql.GetPath(ctx)
		}

		var kerr *kg.Error
		switch {
		case errors.As(err, &kerr) && kerr.Code != kg.CodeInternal:
			gerr.Message = kg.ErrorMessage(err)
			errcode.Set(gerr, string(kerr.Code))
			if kerr.Code == kg.CodeAmbiguous && len(kerr.Candidates) > 0 {
				cands := make([]Candidate, len(kerr.Candidates))
				for i, c := range kerr.Candidates {
					cands[i] = Candidate{ID: c.ID, Name: c.Name, Kind: c.Kind}
				}
				gerr.Extensions["candidates"] = cands
			}
			if kerr.Code == kg.CodeUnavailable && kerr.Err != nil {
				log.Warn().Err(err).Str("path", gerr.Path.String()).Msg("graphql: store unavailable")
			}
		case rootCause(err).Error() == "introspection disabled":
			// gqlgen's own plain error for __schema/__type when the
			// Introspection extension is off: a setting, not a fault.
			gerr.Message = "introspection is disabled on this server"
			errcode.Set(gerr, codeIntrospectionOff)
		case errors.Is(err, context.DeadlineExceeded):
			gerr.Message = "the request took too long and was stopped"
			errcode.Set(gerr, codeTimeout)
		case errors.Is(err, context.Canceled):
			gerr.Message = "the request was cancelled"
			errcode.Set(gerr, codeTimeout)
		default:
			log.Error().Err(err).Str("path", gerr.Path.String()).Msg("graphql: internal error")
			gerr.Message = "internal error"
			errcode.Set(gerr, string(kg.CodeInternal))
		}
		return gerr
	}
}

// NewRecoverFunc logs a resolver panic with its stack and turns it into an
// internal error, which the presenter shows without details.
func NewRecoverFunc(log zerolog.Logger) graphql.RecoverFunc {
	return func(ctx context.Context, v any) error {
		log.Error().Str("panic", fmt.Sprint(v)).Bytes("stack", debug.Stack()).Msg("graphql: resolver panicked")
		return kg.Errorf(kg.CodeInternal, "internal error")
	}
}

func rootCause(err error) error {
	for {
		next := errors.Unwrap(err)
		if next == nil {
			return err
		}
		err = next
	}
}
