package storetest

import (
	"context"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// bulkNamer is the optional batch form of ActorsByName that ingest's
// resolver uses when a store offers it (resolve.BulkNamer).
type bulkNamer interface {
	ActorsByNames(ctx context.Context, names []string) (map[string][]kg.Actor, error)
}

// ActorsByNames, where a store has it, answers for each name exactly what
// ActorsByName does: same actors, same order, names asked in any case or
// with spaces around, unknown and empty names without actors.
func testActorsByNames(t *testing.T, h Harness) {
	s := loaded(t, h)
	bn, ok := s.(bulkNamer)
	if !ok {
		t.Skip("the store has no ActorsByNames (optional; the resolver then asks name by name)")
	}
	names := []string{"", "  ", "Nobody Known", "person:vladimir-putin"}
	for _, f := range Fixtures() {
		for _, a := range f.Actors {
			for _, n := range append([]string{a.Name}, a.Aliases...) {
				names = append(names, n, strings.ToUpper(n), " "+strings.ToLower(n)+" ")
			}
		}
	}
	got, err := bn.ActorsByNames(ctxT(t), names)
	if err != nil {
		t.Fatalf("ActorsByNames: %v", err)
	}
	found := 0
	for _, n := range names {
		want, err := s.ActorsByName(ctxT(t), n)
		if err != nil {
			t.Fatalf("ActorsByName(%q): %v", n, err)
		}
		found += len(want)
		if diff := cmp.Diff(want, got[n], cmpOpts...); diff != "" {
			t.Errorf("ActorsByNames[%q] (-ActorsByName +ActorsByNames):\n%s", n, diff)
		}
	}
	if found == 0 {
		t.Fatal("no name found any actor: the fixtures did not load")
	}
	if empty, err := bn.ActorsByNames(ctxT(t), nil); err != nil || len(empty) != 0 {
		t.Errorf("ActorsByNames(nil) = %v, %v", empty, err)
	}
}
