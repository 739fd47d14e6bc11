package claims

import (
	"math/rand"
	"testing"

	"github.com/actorgraph/actorgraph/internal/kg"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// Claims drawn from small pools of values, so that random pairs often
// share and often disagree.
func randActor(r *rand.Rand) Actor {
	names := []string{"Anna Berg", "Anna", "A. Berg", "Berg", "ANNA BERG", "Anna Maria Berg"}
	a := Actor{Actor: kg.Actor{ID: "person:anna-berg", Kind: kg.KindPerson, Name: names[r.Intn(len(names))]},
		Mentions: r.Intn(4)}
	for i := r.Intn(3); i > 0; i-- {
		a.Aliases = append(a.Aliases, names[r.Intn(len(names))])
	}
	a.ISO = []string{"", "NO", "SE"}[r.Intn(3)]
	a.OrgKind = []string{"", "PARTY", "MEDIA"}[r.Intn(3)]
	return a
}

var dates = []kg.PartialDate{{}, kg.DateYear(2024), kg.DateMonth(2024, 5), kg.DateDay(2024, 5, 16), kg.DateDay(2024, 5, 2), kg.DateMonth(2023, 11)}

func randMeeting(r *rand.Rand) kg.Meeting {
	kinds := []kg.MeetingKind{kg.MeetingMeeting, kg.MeetingVisit, kg.MeetingCall, kg.MeetingTalks, kg.MeetingSummit}
	places := []string{"", "place:oslo", "place:bergen", "country:NO"}
	actors := []string{"person:a", "person:b", "person:c", "country:NO"}
	roles := []string{"", "", "host", "visitor"}
	m := kg.Meeting{ID: "meeting:x", Kind: kinds[r.Intn(len(kinds))], Status: kg.StatusOccurred,
		Date: dates[r.Intn(len(dates))], PlaceID: places[r.Intn(len(places))],
		Evidence: []kg.Evidence{{ArticleID: "a", Start: r.Intn(9), End: 10}}}
	if r.Intn(3) == 0 {
		m.Status = kg.StatusPlanned
	}
	for i := 1 + r.Intn(3); i > 0; i-- {
		m.Participants = append(m.Participants, kg.Participant{ActorID: actors[r.Intn(len(actors))], Role: roles[r.Intn(len(roles))]})
	}
	return m
}

func randStatement(r *rand.Rand) kg.Statement {
	texts := []string{"short", "a longer text", "another text!", "a longer texu"}
	quotes := []string{"", "short", "a quote"}
	about := []string{"", "country:NO", "person:b", "org:x"}
	s := kg.Statement{ID: "statement:x", SpeakerID: "person:a", Text: texts[r.Intn(len(texts))],
		Quote: quotes[r.Intn(len(quotes))], Date: dates[r.Intn(len(dates))]}
	for i := r.Intn(3); i > 0; i-- {
		s.AboutIDs = append(s.AboutIDs, about[r.Intn(len(about))])
	}
	return s
}

func randRole(r *rand.Rand) kg.Role {
	titles := []string{"Prime Minister", "Minister", "Chair"}
	return kg.Role{ID: "role:x", PersonID: "person:a", OfID: "country:NO", Title: titles[r.Intn(len(titles))],
		AsOf: dates[r.Intn(len(dates))]}
}

func randPlace(r *rand.Rand) kg.Place {
	return kg.Place{ID: "place:oslo", Name: []string{"Oslo", "OSLO", "Oslo city"}[r.Intn(3)],
		CountryID: []string{"", "country:NO", "country:SE"}[r.Intn(3)]}
}

// checkJoin checks that joining claims one after the other from the zero
// value gives the same fact in any order and grouping, and (when
// idempotent) that joining a claim again changes nothing.
func checkJoin[T any](t *testing.T, name string, gen func(*rand.Rand) T, join func(a, b T) T, idempotent bool, opts ...cmp.Option) {
	t.Helper()
	r := rand.New(rand.NewSource(1))
	var zero T
	opts = append(opts, cmpopts.EquateEmpty())
	for i := 0; i < 2000; i++ {
		a, b, c := gen(r), gen(r), gen(r)
		ab := join(join(zero, a), b)
		ba := join(join(zero, b), a)
		if d := cmp.Diff(ab, ba, opts...); d != "" {
			t.Fatalf("%s: not commutative for %+v and %+v (-ab +ba):\n%s", name, a, b, d)
		}
		left := join(ab, c)
		right := join(join(zero, a), join(join(zero, b), c))
		if d := cmp.Diff(left, right, opts...); d != "" {
			t.Fatalf("%s: not associative for %+v, %+v, %+v (-(ab)c +a(bc)):\n%s", name, a, b, c, d)
		}
		if idempotent {
			if d := cmp.Diff(ab, join(ab, a), opts...); d != "" {
				t.Fatalf("%s: joining %+v again changed the fact:\n%s", name, a, d)
			}
		}
	}
}

func TestJoinLaws(t *testing.T) {
	// Mentions add up, so an actor's join is idempotent only without them.
	checkJoin(t, "JoinActor", randActor, JoinActor, false)
	checkJoin(t, "JoinActor without mentions", func(r *rand.Rand) Actor { a := randActor(r); a.Mentions = 0; return a }, JoinActor, true)
	checkJoin(t, "JoinPlace", randPlace, JoinPlace, true)
	checkJoin(t, "JoinMeeting", randMeeting, JoinMeeting, true)
	checkJoin(t, "JoinStatement", randStatement, JoinStatement, true)
	checkJoin(t, "JoinRole", randRole, JoinRole, true)
}

func TestJoinPreferences(t *testing.T) {
	m := JoinMeeting(JoinMeeting(kg.Meeting{}, kg.Meeting{ID: "meeting:x", Kind: kg.MeetingMeeting, Status: kg.StatusPlanned,
		Date: kg.DateMonth(2024, 5), PlaceID: "country:NO",
		Participants: []kg.Participant{{ActorID: "person:b"}, {ActorID: "person:a", Role: "visitor"}}}),
		kg.Meeting{ID: "meeting:x", Kind: kg.MeetingVisit, Status: kg.StatusOccurred, Date: kg.DateDay(2024, 5, 16),
			PlaceID: "place:oslo", Participants: []kg.Participant{{ActorID: "person:b", Role: "host"}},
			Evidence: []kg.Evidence{{ArticleID: "a"}}})
	want := kg.Meeting{ID: "meeting:x", Kind: kg.MeetingVisit, Status: kg.StatusOccurred, Date: kg.DateDay(2024, 5, 16),
		PlaceID: "place:oslo", Participants: []kg.Participant{{ActorID: "person:a", Role: "visitor"}, {ActorID: "person:b", Role: "host"}}}
	if d := cmp.Diff(want, m); d != "" {
		t.Errorf("JoinMeeting (-want +got):\n%s", d)
	}
	a := JoinActor(JoinActor(Actor{}, Actor{Actor: kg.Actor{ID: "person:anna-berg", Name: "Berg", Aliases: []string{"Anna"}}, Mentions: 2}),
		Actor{Actor: kg.Actor{ID: "person:anna-berg", Name: "Anna Berg", Aliases: []string{"Berg", ""}}, Mentions: 3})
	wantA := Actor{Actor: kg.Actor{ID: "person:anna-berg", Name: "Anna Berg", Aliases: []string{"Anna", "Berg"}}, Mentions: 5}
	if d := cmp.Diff(wantA, a); d != "" {
		t.Errorf("JoinActor (-want +got):\n%s", d)
	}
	r := JoinRole(JoinRole(kg.Role{}, kg.Role{ID: "role:x", Title: "Minister", AsOf: kg.DateDay(2024, 1, 1)}),
		kg.Role{ID: "role:x", Title: "Acting Minister", AsOf: kg.DateYear(2023)})
	if r.Title != "Minister" || r.AsOf != kg.DateDay(2024, 1, 1) {
		t.Errorf("JoinRole kept %q as of %s, want the later report's title", r.Title, r.AsOf)
	}
}

func TestNormEvidence(t *testing.T) {
	got := NormEvidence([]kg.Evidence{{ArticleID: "b", Start: 1, End: 2}, {ArticleID: "a", Start: 5, End: 9, Rule: "first"},
		{ArticleID: "a", Start: 1, End: 3}, {ArticleID: "a", Start: 5, End: 9, Rule: "second"}})
	want := []kg.Evidence{{ArticleID: "a", Start: 1, End: 3}, {ArticleID: "a", Start: 5, End: 9, Rule: "first"}, {ArticleID: "b", Start: 1, End: 2}}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("NormEvidence (-want +got):\n%s", d)
	}
}
