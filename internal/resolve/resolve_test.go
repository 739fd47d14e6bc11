package resolve

import (
	"context"
	"errors"
	"sort"
	"strings"
	"testing"
	"unicode"

	"github.com/google/go-cmp/cmp"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// fakeStore answers the two lookups the resolver makes, like the real
// stores do: ActorsByName on names and aliases ignoring case, Search on
// words that start with the query's words.
type fakeStore struct {
	kg.Store
	actors      []kg.Actor
	calls       int
	byNameCalls int
	searchCalls int
}

// bulkStore adds the bulk lookup (BulkNamer) to a fakeStore.
type bulkStore struct {
	*fakeStore
	bulkCalls int
}

func (b *bulkStore) ActorsByNames(ctx context.Context, names []string) (map[string][]kg.Actor, error) {
	b.bulkCalls++
	out := map[string][]kg.Actor{}
	for _, n := range names {
		as, _ := b.fakeStore.ActorsByName(ctx, strings.TrimSpace(n))
		if len(as) > 0 {
			out[n] = as
		}
	}
	b.fakeStore.byNameCalls -= len(names) // not the resolver's calls
	return out, nil
}

func (b *bulkStore) ActorsWithNameWords(_ context.Context, kind kg.ActorKind, words []string) ([]kg.Actor, error) {
	b.bulkCalls++
	var out []kg.Actor
	for _, a := range b.actors {
		if a.Kind != kind {
			continue
		}
		hit := false
		for _, n := range append([]string{a.Name}, a.Aliases...) {
			for _, nw := range strings.FieldsFunc(strings.ToLower(n), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
				for _, w := range words {
					hit = hit || nw == w
				}
			}
		}
		if hit {
			out = append(out, a)
		}
	}
	return out, nil
}

func (f *fakeStore) ActorsByName(_ context.Context, name string) ([]kg.Actor, error) {
	f.calls++
	f.byNameCalls++
	var out []kg.Actor
	for _, a := range f.actors {
		for _, n := range append([]string{a.Name}, a.Aliases...) {
			if strings.EqualFold(n, name) {
				out = append(out, a)
				break
			}
		}
	}
	return out, nil
}

func (f *fakeStore) Search(_ context.Context, q kg.SearchQuery) ([]kg.Actor, error) {
	f.calls++
	f.searchCalls++
	var out []kg.Actor
	qw := strings.Fields(strings.ToLower(q.Text))
	for _, a := range f.actors {
		words := strings.Fields(strings.ToLower(a.Name))
		all := true
		for _, w := range qw {
			hit := false
			for _, x := range words {
				if strings.HasPrefix(x, w) {
					hit = true
				}
			}
			all = all && hit
		}
		if all && (len(q.Kinds) == 0 || q.Kinds[0] == a.Kind) {
			out = append(out, a)
		}
	}
	return out, nil
}

func person(name string, aliases ...string) kg.Actor {
	return kg.Actor{ID: kg.PersonID(name), Kind: kg.KindPerson, Name: name, Aliases: aliases}
}

func org(name string, aliases ...string) kg.Actor {
	return kg.Actor{ID: kg.OrgID(name), Kind: kg.KindOrganization, Name: name, Aliases: aliases}
}

func country(iso, name string) kg.Actor {
	return kg.Actor{ID: kg.CountryID(iso), Kind: kg.KindCountry, Name: name, ISO: iso}
}

func ev(start int) []kg.Evidence {
	return []kg.Evidence{{ArticleID: "art", Sentence: "s", Start: start, End: start + 1}}
}

// article builds the facts of one made-up article: every actor mentioned
// once; meetings between pairs of ids on a day; statements by a speaker.
func article(actors ...kg.Actor) *kg.ArticleFacts {
	f := &kg.ArticleFacts{Article: kg.Article{ID: "art", ContentHash: "h"}}
	for _, a := range actors {
		f.Actors = append(f.Actors, a)
		f.Mentions = append(f.Mentions, kg.Mention{ActorID: a.ID, Count: 1})
	}
	return f
}

var day = kg.DateDay(2024, 5, 16)

func meeting(start int, ids ...string) kg.Meeting {
	var ps []kg.Participant
	for _, id := range ids {
		ps = append(ps, kg.Participant{ActorID: id})
	}
	return kg.Meeting{ID: kg.MeetingID(kg.StatusOccurred, day, ids, "art"), Kind: kg.MeetingMeeting, Status: kg.StatusOccurred, Date: day, Participants: ps, Evidence: ev(start)}
}

func statement(start int, speaker, text string, about ...string) kg.Statement {
	return kg.Statement{ID: kg.StatementID(speaker, "", text), SpeakerID: speaker, Text: text, Date: day, AboutIDs: about, Evidence: ev(start)}
}

func role(start int, personID, title, of string) kg.Role {
	return kg.Role{ID: kg.RoleID(personID, title, of), PersonID: personID, Title: title, OfID: of, AsOf: day, Evidence: ev(start)}
}

// actorIDs lists the ids of every actor reference in facts, sorted, so a
// test sees at a glance what the resolver did.
func actorIDs(f *kg.ArticleFacts) []string {
	var ids []string
	for _, a := range f.Actors {
		ids = append(ids, a.ID)
	}
	sort.Strings(ids)
	return ids
}

type nameCase struct {
	name      string
	store     []kg.Actor
	earlier   []*kg.ArticleFacts // resolved first, in this run
	in        kg.Actor
	want      string // the id the actor ends with
	ambiguous int
}

func nameCases() []nameCase {
	vp, xi := person("Vladimir Putin", "Putin", "Mr. Putin"), person("Xi Jinping", "Xi")
	return []nameCase{
		{name: "surname to the one known full name", store: []kg.Actor{vp}, in: person("Putin"), want: vp.ID},
		{name: "surname without alias, by the name's last words", store: []kg.Actor{person("Vladimir Putin")}, in: person("Putin"), want: vp.ID},
		{name: "honorific dropped", store: []kg.Actor{vp}, in: person("Mr. Putin"), want: vp.ID},
		{name: "several words of a name", store: []kg.Actor{person("Ursula von der Leyen")}, in: person("von der Leyen"), want: "person:ursula-von-der-leyen"},
		{name: "first word of a name is not matched, even as an alias", store: []kg.Actor{xi, person("Billy Testman", "Billy")}, in: person("Xi"), want: "person:xi"},
		{name: "given name alias does not carry over", store: []kg.Actor{person("Billy Testman", "Billy")}, in: person("Billy"), want: "person:billy"},
		{name: "alias that is another form", store: []kg.Actor{person("Luiz Testo da Silva", "Testinho")}, in: person("Testinho"), want: "person:luiz-testo-da-silva"},
		{name: "particled surname", store: []kg.Actor{person("Luiz Testo da Silva")}, in: person("Testo da Silva"), want: "person:luiz-testo-da-silva"},
		{name: "a full name is not a short form of a longer one", store: []kg.Actor{person("Fly-half Charlie Testman")}, in: person("Charlie Testman"), want: "person:charlie-testman"},
		{name: "nor through an alias that ends the longer name", store: []kg.Actor{person("Fly-half Charlie Testman", "Charlie Testman")}, in: person("Charlie Testman"), want: "person:charlie-testman"},
		{name: "ambiguous surname left alone", store: []kg.Actor{person("John Testman"), person("Jane Testman")}, in: person("Testman"), want: "person:testman", ambiguous: 1},
		{name: "fuller name in the new article is kept", store: []kg.Actor{person("Putin")}, in: person("Vladimir Putin"), want: vp.ID},
		{name: "same name is not a rewrite", store: []kg.Actor{vp}, in: person("Vladimir Putin"), want: vp.ID},
		{name: "a different person with a longer name is not a match", store: []kg.Actor{person("Anna Putinova")}, in: person("Putin"), want: "person:putin"},
		{name: "no kind crossing: organization alias", store: []kg.Actor{org("Putin Fan Club", "Putin")}, in: person("Putin"), want: "person:putin"},
		{name: "no kind crossing: person surname", store: []kg.Actor{person("Eu Testperson", "EU")}, in: org("EU"), want: "org:eu"},
		{name: "organization by alias", store: []kg.Actor{org("European Union", "EU")}, in: org("EU"), want: "org:european-union"},
		{name: "organization is not matched by last words", store: []kg.Actor{org("United Nations Security Council")}, in: org("Security Council"), want: "org:security-council"},
		{name: "organization alias that is only its last words", store: []kg.Actor{org("Northland Development Bank", "Development Bank")}, in: org("Development Bank"), want: "org:development-bank"},
		{name: "a title in front is not a fuller name", store: []kg.Actor{person("Saint Testus")}, in: person("Testus"), want: "person:testus"},
		{name: "a title and a given name is a fuller name", store: []kg.Actor{person("President Anna Testus")}, in: person("Testus"), want: "person:president-anna-testus"},
		{name: "partial candidate set aside for its fuller form", store: []kg.Actor{person("Putin"), vp}, in: person("Putin"), want: vp.ID},
		{name: "chain of fuller forms", store: []kg.Actor{person("Vladimir Putin"), person("Vladimir Vladimirovich Putin", "Vladimir Putin")}, in: person("Putin"), want: "person:vladimir-vladimirovich-putin"},
		{name: "organization acronym alias", store: []kg.Actor{org("Northland Testing Party", "NTP")}, in: org("NTP"), want: "org:northland-testing-party"},
		{name: "learned earlier in the run", earlier: []*kg.ArticleFacts{article(person("Vladimir Putin"))}, in: person("Putin"), want: vp.ID},
		{name: "ambiguous between store and run", store: []kg.Actor{person("John Testman")}, earlier: []*kg.ArticleFacts{article(person("Jane Testman"))}, in: person("Testman"), want: "person:testman", ambiguous: 1},
		{name: "unknown name", store: []kg.Actor{vp}, in: person("Nobody Known"), want: "person:nobody-known"},
		{name: "an initial is not a surname", store: []kg.Actor{person("Marvin Testo P")}, in: person("P."), want: "person:p"},
		{name: "accented surname", store: []kg.Actor{person("Anna Müller")}, in: person("Müller"), want: "person:anna-muller"},
		{name: "surname with an apostrophe", store: []kg.Actor{person("Conor O'Testan")}, in: person("O'Testan"), want: "person:conor-otestan"},
		{name: "surname matched in the store and the run alike", store: []kg.Actor{person("John Testman")}, earlier: []*kg.ArticleFacts{article(person("John Testman"))}, in: person("Testman"), want: "person:john-testman"},
	}
}

func TestResolveNames(t *testing.T) { testResolveNames(t, false) }

// Prefetching the names of a batch from a store that answers them in bulk
// changes no answer, and leaves no name to ask about one by one.
func TestResolveNamesPrefetched(t *testing.T) { testResolveNames(t, true) }

func testResolveNames(t *testing.T, prefetch bool) {
	for _, tc := range nameCases() {
		t.Run(tc.name, func(t *testing.T) {
			ctx := context.Background()
			fs := &fakeStore{actors: tc.store}
			var store kg.Store = fs
			if prefetch {
				store = &bulkStore{fakeStore: fs}
			}
			r := New(store)
			f := article(tc.in, country("CN", "China"))
			if prefetch {
				if err := r.Prefetch(ctx, append(append([]*kg.ArticleFacts(nil), tc.earlier...), f)); err != nil {
					t.Fatal(err)
				}
				if got := store.(*bulkStore).bulkCalls; got < 1 || got > 2 {
					t.Errorf("bulk calls = %d, want 1 or 2 (names, surnames)", got)
				}
			}
			for _, f := range tc.earlier {
				if err := r.Resolve(ctx, f); err != nil {
					t.Fatal(err)
				}
			}
			if err := r.Resolve(ctx, f); err != nil {
				t.Fatal(err)
			}
			// Names whose last word is not plain ASCII are still searched
			// one by one (see lastIndexWord).
			if prefetch && (fs.byNameCalls != 0 || (fs.searchCalls != 0 && lastIndexWord(tc.in.Name) != "")) {
				t.Errorf("%d ActorsByName and %d Search calls after Prefetch, want none", fs.byNameCalls, fs.searchCalls)
			}
			want := []string{tc.want, "country:CN"}
			sort.Strings(want)
			if diff := cmp.Diff(want, actorIDs(f)); diff != "" {
				t.Errorf("actor ids (-want +got):\n%s", diff)
			}
			if got := r.Stats().Ambiguous; got != tc.ambiguous {
				t.Errorf("ambiguous = %d, want %d", got, tc.ambiguous)
			}
			rewritten := 0
			if tc.want != tc.in.ID {
				rewritten = 1
			}
			if got := r.Stats().Rewritten; got != rewritten {
				t.Errorf("rewritten = %d, want %d", got, rewritten)
			}
		})
	}
}

// TestResolveRewritesFacts checks every place an actor id appears and the
// recomputed dependent ids.
func TestResolveRewritesFacts(t *testing.T) {
	putin, vp, xi, ru := person("Putin"), person("Vladimir Putin", "Putin"), person("Xi Jinping"), country("RU", "Russia")
	in := article(putin, xi, ru)
	in.Mentions[0].Count = 3
	in.Roles = []kg.Role{role(10, putin.ID, "President", ru.ID)}
	in.Meetings = []kg.Meeting{meeting(20, putin.ID, xi.ID)}
	in.Meetings[0].PlaceID = "place:testville"
	in.Statements = []kg.Statement{statement(30, putin.ID, "We agree."), statement(40, xi.ID, "He agrees.", putin.ID)}

	r := New(&fakeStore{actors: []kg.Actor{vp}})
	if err := r.Resolve(context.Background(), in); err != nil {
		t.Fatal(err)
	}
	want := &kg.ArticleFacts{
		Article:  in.Article,
		Actors:   []kg.Actor{{ID: vp.ID, Kind: kg.KindPerson, Name: "Vladimir Putin", Aliases: []string{"Putin"}}, xi, ru},
		Mentions: []kg.Mention{{ActorID: vp.ID, Count: 3}, {ActorID: xi.ID, Count: 1}, {ActorID: ru.ID, Count: 1}},
		Roles:    []kg.Role{role(10, vp.ID, "President", ru.ID)},
		Meetings: []kg.Meeting{meeting(20, vp.ID, xi.ID)},
		Statements: []kg.Statement{
			statement(30, vp.ID, "We agree."),
			statement(40, xi.ID, "He agrees.", vp.ID),
		},
	}
	want.Meetings[0].PlaceID = "place:testville"
	if diff := cmp.Diff(want, in); diff != "" {
		t.Errorf("facts (-want +got):\n%s", diff)
	}
	if in.Roles[0].ID != "role:vladimir-putin:president:country:RU" {
		t.Errorf("role id %q", in.Roles[0].ID)
	}
}

// An article that names one person under two names (the extractor did not
// join them) has its facts merged once both names get one id.
func TestResolveMergesDuplicates(t *testing.T) {
	putin, vp, xi := person("Putin"), person("Vladimir Putin"), person("Xi Jinping")
	in := article(vp, xi, putin)
	in.Meetings = []kg.Meeting{
		meeting(1, vp.ID, xi.ID),
		meeting(2, putin.ID, xi.ID),     // the same meeting, reported again
		meeting(3, putin.ID, vp.ID),     // a person meeting themself: dropped
		meeting(4, xi.ID, "country:RU"), // untouched
	}
	in.Statements = []kg.Statement{
		statement(5, vp.ID, "Same words."),
		statement(6, putin.ID, "Same words.", vp.ID), // same statement; about itself dropped
		statement(7, xi.ID, "About him.", putin.ID, vp.ID),
	}
	in.Roles = []kg.Role{role(8, vp.ID, "President", "country:RU"), role(9, putin.ID, "President", "country:RU")}
	in.Actors = append(in.Actors, country("RU", "Russia"))

	r := New(nil)
	if err := r.Resolve(context.Background(), in); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"country:RU", vp.ID, xi.ID}, actorIDs(in)); diff != "" {
		t.Errorf("actors (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]kg.Mention{{ActorID: vp.ID, Count: 2}, {ActorID: xi.ID, Count: 1}}, in.Mentions); diff != "" {
		t.Errorf("mentions (-want +got):\n%s", diff)
	}
	wantMeetings := []kg.Meeting{meeting(1, vp.ID, xi.ID), meeting(4, xi.ID, "country:RU")}
	wantMeetings[0].Evidence = append(wantMeetings[0].Evidence, ev(2)...)
	if diff := cmp.Diff(wantMeetings, in.Meetings); diff != "" {
		t.Errorf("meetings (-want +got):\n%s", diff)
	}
	wantStatements := []kg.Statement{statement(5, vp.ID, "Same words."), statement(7, xi.ID, "About him.", vp.ID)}
	wantStatements[0].Evidence = append(wantStatements[0].Evidence, ev(6)...)
	if diff := cmp.Diff(wantStatements, in.Statements); diff != "" {
		t.Errorf("statements (-want +got):\n%s", diff)
	}
	wantRoles := []kg.Role{role(8, vp.ID, "President", "country:RU")}
	wantRoles[0].Evidence = append(wantRoles[0].Evidence, ev(9)...)
	if diff := cmp.Diff(wantRoles, in.Roles); diff != "" {
		t.Errorf("roles (-want +got):\n%s", diff)
	}
	for _, a := range in.Actors {
		if a.ID == vp.ID && (a.Name != "Vladimir Putin" || !cmp.Equal(a.Aliases, []string{"Putin"})) {
			t.Errorf("merged actor %+v, want the full name with the short one as alias", a)
		}
	}
}

// The store is asked once per name; later articles reuse the answer.
func TestResolveCachesLookups(t *testing.T) {
	fs := &fakeStore{actors: []kg.Actor{person("Vladimir Putin")}}
	r := New(fs)
	ctx := context.Background()
	for i := 0; i < 3; i++ {
		f := article(person("Putin"))
		if err := r.Resolve(ctx, f); err != nil {
			t.Fatal(err)
		}
		if f.Actors[0].ID != "person:vladimir-putin" {
			t.Fatalf("round %d: %s", i, f.Actors[0].ID)
		}
	}
	if fs.calls != 2 { // ActorsByName and Search for "Putin", once
		t.Errorf("store calls = %d, want 2", fs.calls)
	}
	// A full name is looked up by alias only: no word search.
	fs.calls = 0
	if err := r.Resolve(ctx, article(person("Anna Maria Example"))); err != nil {
		t.Fatal(err)
	}
	if fs.calls != 1 {
		t.Errorf("store calls for a full name = %d, want 1", fs.calls)
	}
}

func TestNameWords(t *testing.T) {
	tests := map[string][]string{
		"Mr. Putin":          {"putin"},
		"Ms. von der Leyen":  {"von", "der", "leyen"},
		"Mr":                 {"mr"},
		"Łukasz Żak":         {"lukasz", "zak"},
		"":                   nil,
		"Dr. Jane O'Testing": {"jane", "otesting"},
	}
	for in, want := range tests {
		if diff := cmp.Diff(want, nameWords(in)); diff != "" {
			t.Errorf("nameWords(%q) (-want +got):\n%s", in, diff)
		}
	}
}

// After StoreWillChange, an answer that rests on the store is refused and
// the facts are left as they were; answers from this run's own articles
// still come. StoreChanged asks the store again, cache included.
func TestResolveRefusesStaleStore(t *testing.T) {
	fs := &fakeStore{actors: []kg.Actor{person("Vladimir Putin")}}
	r := New(fs)
	ctx := context.Background()
	if err := r.Resolve(ctx, article(person("Nadia Testova"))); err != nil {
		t.Fatal(err)
	}
	r.StoreWillChange()
	f := article(person("Putin"))
	if err := r.Resolve(ctx, f); !errors.Is(err, ErrStoreStale) {
		t.Fatalf("Resolve = %v, want ErrStoreStale", err)
	}
	if f.Actors[0].ID != "person:putin" || fs.calls == 0 {
		t.Errorf("refused article was rewritten to %s (after %d store calls)", f.Actors[0].ID, fs.calls)
	}
	own := article(person("Testova"))
	if err := r.Resolve(ctx, own); err != nil || own.Actors[0].ID != "person:nadia-testova" {
		t.Errorf("a name known from this run: %s, %v; want person:nadia-testova", own.Actors[0].ID, err)
	}
	fs.actors = nil // the write removed him
	r.StoreChanged()
	if err := r.Resolve(ctx, f); err != nil {
		t.Fatal(err)
	}
	if f.Actors[0].ID != "person:putin" {
		t.Errorf("after StoreChanged: %s, want person:putin (the store no longer knows him; a cached answer would)", f.Actors[0].ID)
	}
	if s := r.Stats(); s.Rewritten != 1 || s.Ambiguous != 0 {
		t.Errorf("stats %+v, want 1 rewritten (Testova), none ambiguous", s)
	}
}
