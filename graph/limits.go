package graph

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// Argument defaults and maxima. The defaults are repeated in the SDL (where
// clients see them); TestSchemaDefaultsMatchLimits keeps the two equal. A
// value above a maximum is refused with LIMIT_EXCEEDED rather than silently
// cut, so a client never mistakes a truncated answer for a complete one; a
// value below the minimum is INVALID_ARGUMENT.
const (
	DefaultSearchFirst = 10
	MaxSearchFirst     = 100
	MaxSearchText      = 200 // characters of a search text

	DefaultTimelineFirst = 20
	MaxTimelineFirst     = 200
	MaxTimelineActors    = 50

	DefaultMaxHops   = 4
	MaxMaxHops       = 6
	DefaultPathFirst = 5
	MaxPathFirst     = 20

	DefaultDepth = 1
	MaxDepth     = 3
	DefaultLimit = 50
	MaxLimit     = 500

	MaxIngestArticles = 100

	// The connections (meetings, statements, articles) and aggregations.
	DefaultConnectionFirst = 20
	MaxConnectionFirst     = 100
	MaxParticipants        = 10 // meetings' participants, articles' reporting, meetingsPerMonth's actors
	MaxSourceText          = 100
	DefaultTopCounterparts = 10
	MaxTopCounterparts     = 100
)

// Request-wide limits, used by NewHandler when its Config leaves them zero.
const (
	// DefaultComplexityLimit bounds the estimated work of one operation:
	// each field costs 1, list fields multiply their children by the page
	// size asked (first, limit) or by listFanout for lists without one.
	DefaultComplexityLimit = 20000
	// DefaultMaxQueryDepth bounds the nesting of selections (introspection
	// fields excepted: GraphiQL's own schema query is deep).
	DefaultMaxQueryDepth = 10
)

// Fixed complexity of the graph searches: with DefaultComplexityLimit one
// operation holds at most 10 paths fields, or 13 neighborhoods of depth 1
// (6 of depth 3).
const (
	PathsCost        = 2000
	NeighborhoodCost = 500 // per hop of depth
)

// listFanout is the complexity estimate of lists that have no page size
// argument (participants, roles, evidence, ...).
const listFanout = 5

// intArg checks an optional integer argument against its range, giving def
// when it is null.
func intArg(name string, v *int, def, lo, hi int) (int, error) {
	if v == nil {
		return def, nil
	}
	switch {
	case *v < lo:
		return 0, kg.Errorf(kg.CodeInvalidArgument, "%s: must be at least %d, got %d", name, lo, *v)
	case *v > hi:
		return 0, kg.Errorf(kg.CodeLimitExceeded, "%s: must be at most %d, got %d", name, hi, *v)
	}
	return *v, nil
}

// complexityArg is intArg for complexity estimates: out-of-range values are
// clamped (the resolver reports them properly), null gives the default.
func complexityArg(v *int, def, hi int) int {
	if v == nil {
		return def
	}
	if *v < 1 {
		return 1
	}
	if *v > hi {
		return hi
	}
	return *v
}

// dateRange checks that from is not after to.
func dateRange(from, to *kg.PartialDate) (kg.PartialDate, kg.PartialDate, error) {
	var f, t kg.PartialDate
	if from != nil {
		f = *from
	}
	if to != nil {
		t = *to
	}
	if !f.IsZero() && !t.IsZero() && f.Start().After(t.End()) {
		return f, t, kg.Errorf(kg.CodeInvalidArgument, "from (%s) is after to (%s)", f, t)
	}
	return f, t, nil
}

// countArg checks the length of a list argument.
func countArg(name string, n, hi int) error {
	if n > hi {
		return kg.Errorf(kg.CodeLimitExceeded, "%s: at most %d allowed, got %d", name, hi, n)
	}
	return nil
}

// textArg trims an optional text argument and checks its length.
func textArg(name string, v *string, max int) (string, error) {
	if v == nil {
		return "", nil
	}
	s := strings.TrimSpace(*v)
	if utf8.RuneCountInString(s) > max {
		return "", kg.Errorf(kg.CodeLimitExceeded, "%s: at most %d characters allowed", name, max)
	}
	return s, nil
}

// pageArgs gives a connection's order (def when null) and checks its
// cursor.
func pageArgs(order *kg.SortOrder, def kg.SortOrder, after *string) (kg.SortOrder, string, error) {
	o := def
	if order != nil {
		o = *order
	}
	if after == nil || *after == "" {
		return o, "", nil
	}
	if _, _, err := kg.DecodeCursor(*after); err != nil {
		return o, "", annotate("after", err)
	}
	return o, *after, nil
}

var errNoLoaders = fmt.Errorf("graph: request has no dataloaders (handler not built with graph.NewHandler)")
