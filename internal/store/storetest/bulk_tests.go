package storetest

import (
	"context"
	"sort"
	"strings"
	"testing"
	"unicode"

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

// wordSearcher is the optional batch lookup of actors by a word of their
// names (resolve.BulkWordSearcher).
type wordSearcher interface {
	ActorsWithNameWords(ctx context.Context, kind kg.ActorKind, words []string) ([]kg.Actor, error)
}

// ActorsWithNameWords, where a store has it, finds exactly the actors of
// the kind with one of the words as a whole word of a name or alias,
// ignoring case.
func testActorsWithNameWords(t *testing.T, h Harness) {
	s := loaded(t, h)
	ws, ok := s.(wordSearcher)
	if !ok {
		t.Skip("the store has no ActorsWithNameWords (optional; the resolver then searches name by name)")
	}
	var ids []string
	for _, f := range Fixtures() {
		for _, a := range f.Actors {
			ids = append(ids, a.ID)
		}
	}
	stored, err := s.ActorsByID(ctxT(t), ids)
	if err != nil {
		t.Fatal(err)
	}
	// want: brute force over the stored actors.
	want := func(kind kg.ActorKind, words []string) []string {
		set := map[string]bool{}
		for _, a := range stored {
			if a == nil || a.Kind != kind {
				continue
			}
			for _, n := range append([]string{a.Name}, a.Aliases...) {
				for _, nw := range strings.FieldsFunc(strings.ToLower(n), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
					for _, w := range words {
						if strings.ToLower(w) == nw {
							set[a.ID] = true
						}
					}
				}
			}
		}
		out := make([]string, 0, len(set))
		for id := range set {
			out = append(out, id)
		}
		sort.Strings(out)
		return out
	}
	tests := []struct {
		kind  kg.ActorKind
		words []string
	}{
		{kg.KindPerson, []string{"berg"}},
		{kg.KindPerson, []string{"BERG", "dahl", "nobody"}},
		{kg.KindPerson, []string{"ber"}}, // whole words only
		{kg.KindPerson, []string{"anna"}},
		{kg.KindCountry, []string{"norway", "berg"}},
		{kg.KindOrganization, []string{"council"}},
		{kg.KindPerson, []string{"a-b", `"`, ""}}, // not words: nothing
		{kg.KindPerson, nil},
	}
	matched := 0
	for _, tc := range tests {
		got, err := ws.ActorsWithNameWords(ctxT(t), tc.kind, tc.words)
		if err != nil {
			t.Fatalf("ActorsWithNameWords(%s, %q): %v", tc.kind, tc.words, err)
		}
		gotIDs := make([]string, 0, len(got))
		for _, a := range got {
			gotIDs = append(gotIDs, a.ID)
		}
		sort.Strings(gotIDs)
		w := want(tc.kind, tc.words)
		matched += len(w)
		if diff := cmp.Diff(w, gotIDs, cmpOpts...); diff != "" {
			t.Errorf("ActorsWithNameWords(%s, %q) (-want +got):\n%s", tc.kind, tc.words, diff)
		}
		// The actors come whole, as ActorsByID gives them.
		for _, a := range got {
			byID, _ := s.ActorsByID(ctxT(t), []string{a.ID})
			if byID[0] == nil || !cmp.Equal(*byID[0], a, cmpOpts...) {
				t.Errorf("ActorsWithNameWords gave %+v, ActorsByID %+v", a, byID[0])
			}
		}
	}
	if matched == 0 {
		t.Fatal("no word matched any actor: the fixtures did not load")
	}
	if _, err := ws.ActorsWithNameWords(ctxT(t), kg.ActorKind("ALIEN"), []string{"x"}); kg.ErrorCode(err) != kg.CodeInvalidArgument {
		t.Errorf("unknown kind: %v, want INVALID_ARGUMENT", err)
	}
}
