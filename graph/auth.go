package graph

import (
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"strings"

	"github.com/99designs/gqlgen/graphql"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// authorizeIngest lets the ingest mutation through only with the configured
// bearer token. A server without a token (or without an ingest function)
// has writes switched off: that is UNAVAILABLE, not a credentials problem.
func (r *Resolver) authorizeIngest(ctx context.Context) error {
	if r.IngestToken == "" || r.Ingest == nil {
		return kg.Errorf(kg.CodeUnavailable, "ingest over GraphQL is disabled on this server: start it with an ingest token to enable it")
	}
	var header string
	if graphql.HasOperationContext(ctx) {
		header = graphql.GetOperationContext(ctx).Headers.Get("Authorization")
	}
	scheme, token, ok := strings.Cut(strings.TrimSpace(header), " ")
	if !ok || !strings.EqualFold(scheme, "Bearer") || strings.TrimSpace(token) == "" {
		return kg.Errorf(kg.CodeUnauthenticated, "ingest needs the header Authorization: Bearer <token>")
	}
	// Compare digests so the comparison takes the same time whatever the
	// length or content of the token sent.
	got := sha256.Sum256([]byte(strings.TrimSpace(token)))
	want := sha256.Sum256([]byte(r.IngestToken))
	if subtle.ConstantTimeCompare(got[:], want[:]) != 1 {
		return kg.Errorf(kg.CodeUnauthenticated, "the ingest token is not valid")
	}
	return nil
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return strings.TrimSpace(*s)
}
