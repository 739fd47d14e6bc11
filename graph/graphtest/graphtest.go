// Package graphtest has what the tests of the GraphQL layer and of the HTTP
// server share: a small invented world of articles and facts, a real
// embedded store loaded with it, and a store wrapper that counts calls.
package graphtest

import (
	"context"
	"sync"
	"testing"

	"github.com/actorgraph/actorgraph/internal/kg"
	"github.com/actorgraph/actorgraph/internal/store/embedded"
)

// The fixture world. Names and sentences are invented for these tests.
//
//	Lena Kov   --met M1 (2024-05-16, Lyon; two articles), call M2 (2024-04)--  Omar Ruiz
//	Lena Kov   --visit M3 (2023-10-18; visitor)--------------------------------  Germany (host)
//	Lena Kov   --talks M4 (2022-01-05)------------------------------------------  Mara Ruiz
//	Omar Ruiz, Ida Voss: planned summit MP (2024-06): no encounter
//	Lena Kov   --said about S1 (2024-05-16, quoted)--> Omar Ruiz
//	Ida Voss   --said about S2 (2024-04)-------------> Germany
//	roles: Kov President of France; Omar Ruiz Foreign Minister of Germany;
//	       Ida Voss Secretary General of the Harbour League
//
// "Ruiz" is an alias of both Ruizes: it is ambiguous.
var (
	Kov     = kg.PersonID("Lena Kov")
	Omar    = kg.PersonID("Omar Ruiz")
	Mara    = kg.PersonID("Mara Ruiz")
	Voss    = kg.PersonID("Ida Voss")
	France  = kg.CountryID("FR")
	Germany = kg.CountryID("DE")
	League  = kg.OrgID("Harbour League")
	Lyon    = kg.PlaceID("Lyon")

	A1, A2, A3 = "article:a1", "article:a2", "article:a3"

	M1 = kg.MeetingID(kg.StatusOccurred, kg.DateDay(2024, 5, 16), []string{Kov, Omar}, A1)
	M2 = kg.MeetingID(kg.StatusOccurred, kg.DateMonth(2024, 4), []string{Kov, Omar}, A2)
	M3 = kg.MeetingID(kg.StatusOccurred, kg.DateDay(2023, 10, 18), []string{Kov, Germany}, A3)
	M4 = kg.MeetingID(kg.StatusOccurred, kg.DateDay(2022, 1, 5), []string{Kov, Mara}, A3)
	MP = kg.MeetingID(kg.StatusPlanned, kg.DateMonth(2024, 6), []string{Omar, Voss}, A1)

	S1 = kg.StatementID(Kov, "We will keep talking", "Kov said the two sides would keep talking.")
	S2 = kg.StatementID(Voss, "", "Voss said the league stands with Germany.")

	R1 = kg.RoleID(Kov, "President", France)
	R2 = kg.RoleID(Omar, "Foreign Minister", Germany)
	R3 = kg.RoleID(Voss, "Secretary General", League)
)

func ev(article string, start int, sentence, rule string) kg.Evidence {
	return kg.Evidence{ArticleID: article, Sentence: sentence, Start: start, End: start + len(sentence), Rule: rule}
}

// Facts returns the fixture articles' facts, fresh on every call (stores
// may keep what they are given).
func Facts() []*kg.ArticleFacts {
	kov := kg.Actor{ID: Kov, Kind: kg.KindPerson, Name: "Lena Kov", Aliases: []string{"Kov", "President Kov"}}
	omar := kg.Actor{ID: Omar, Kind: kg.KindPerson, Name: "Omar Ruiz", Aliases: []string{"Ruiz"}}
	mara := kg.Actor{ID: Mara, Kind: kg.KindPerson, Name: "Mara Ruiz", Aliases: []string{"Ruiz"}}
	voss := kg.Actor{ID: Voss, Kind: kg.KindPerson, Name: "Ida Voss", Aliases: []string{"Voss"}}
	france := kg.Actor{ID: France, Kind: kg.KindCountry, Name: "France", Aliases: []string{"Paris"}, ISO: "FR"}
	germany := kg.Actor{ID: Germany, Kind: kg.KindCountry, Name: "Germany", Aliases: []string{"Berlin", "German"}, ISO: "DE"}
	league := kg.Actor{ID: League, Kind: kg.KindOrganization, Name: "Harbour League", Aliases: []string{"HL"}, OrgKind: "INTERNATIONAL"}
	lyon := kg.Place{ID: Lyon, Name: "Lyon", CountryID: France}

	a1 := &kg.ArticleFacts{
		Article: kg.Article{ID: A1, Title: "Kov and Ruiz meet in Lyon", URL: "https://example.org/a1", Source: "sample",
			Published: kg.DateDay(2024, 5, 16), ContentHash: "h1"},
		Actors:   []kg.Actor{kov, omar, voss, france, germany, league},
		Mentions: []kg.Mention{{ActorID: Kov, Count: 4}, {ActorID: Omar, Count: 3}, {ActorID: Voss, Count: 1}, {ActorID: France, Count: 1}, {ActorID: Germany, Count: 1}, {ActorID: League, Count: 1}},
		Places:   []kg.Place{lyon},
		Roles: []kg.Role{
			{ID: R1, PersonID: Kov, Title: "President", OfID: France, AsOf: kg.DateDay(2024, 5, 16),
				Evidence: []kg.Evidence{ev(A1, 0, "President Lena Kov of France arrived in Lyon on Thursday.", "role.title-of")}},
			{ID: R2, PersonID: Omar, Title: "Foreign Minister", OfID: Germany, AsOf: kg.DateDay(2024, 5, 16),
				Evidence: []kg.Evidence{ev(A1, 58, "She met Omar Ruiz, the German foreign minister.", "role.appositive")}},
		},
		Meetings: []kg.Meeting{
			{ID: M1, Kind: kg.MeetingMeeting, Status: kg.StatusOccurred, Date: kg.DateDay(2024, 5, 16), PlaceID: Lyon,
				Participants: []kg.Participant{{ActorID: Kov}, {ActorID: Omar}},
				Evidence:     []kg.Evidence{ev(A1, 58, "She met Omar Ruiz, the German foreign minister.", "meeting.met")}},
			{ID: MP, Kind: kg.MeetingSummit, Status: kg.StatusPlanned, Date: kg.DateMonth(2024, 6),
				Participants: []kg.Participant{{ActorID: Omar}, {ActorID: Voss}},
				Evidence:     []kg.Evidence{ev(A1, 107, "Ruiz and Ida Voss plan a summit in June.", "meeting.planned")}},
		},
		Statements: []kg.Statement{
			{ID: S1, SpeakerID: Kov, Quote: "We will keep talking", Text: "Kov said the two sides would keep talking.",
				Date: kg.DateDay(2024, 5, 16), AboutIDs: []string{Omar},
				Evidence: []kg.Evidence{ev(A1, 148, "\"We will keep talking,\" Kov said of Ruiz.", "statement.quote")}},
		},
	}
	a2 := &kg.ArticleFacts{
		Article: kg.Article{ID: A2, Title: "A call before the visit", Source: "sample", Published: kg.DateDay(2024, 5, 17), ContentHash: "h2"},
		Actors:  []kg.Actor{kov, omar, voss, germany, league},
		Mentions: []kg.Mention{{ActorID: Kov, Count: 2}, {ActorID: Omar, Count: 2}, {ActorID: Voss, Count: 1},
			{ActorID: Germany, Count: 1}, {ActorID: League, Count: 1}},
		Roles: []kg.Role{
			{ID: R3, PersonID: Voss, Title: "Secretary General", OfID: League, AsOf: kg.DateDay(2024, 5, 17),
				Evidence: []kg.Evidence{ev(A2, 120, "Ida Voss, secretary general of the Harbour League, agreed.", "role.appositive")}},
		},
		Meetings: []kg.Meeting{
			{ID: M1, Kind: kg.MeetingMeeting, Status: kg.StatusOccurred, Date: kg.DateDay(2024, 5, 16),
				Participants: []kg.Participant{{ActorID: Kov}, {ActorID: Omar}},
				Evidence:     []kg.Evidence{ev(A2, 0, "Kov and Ruiz met on May 16.", "meeting.met")}},
			{ID: M2, Kind: kg.MeetingCall, Status: kg.StatusOccurred, Date: kg.DateMonth(2024, 4),
				Participants: []kg.Participant{{ActorID: Kov}, {ActorID: Omar}},
				Evidence:     []kg.Evidence{ev(A2, 28, "They had spoken by phone in April.", "meeting.call")}},
		},
		Statements: []kg.Statement{
			{ID: S2, SpeakerID: Voss, Text: "Voss said the league stands with Germany.", Date: kg.DateMonth(2024, 4),
				AboutIDs: []string{Germany},
				Evidence: []kg.Evidence{ev(A2, 63, "In April Voss said the league stands with Germany.", "statement.reported")}},
		},
	}
	a3 := &kg.ArticleFacts{
		Article:  kg.Article{ID: A3, Title: "Kov in Berlin", ContentHash: "h3"},
		Actors:   []kg.Actor{kov, mara, germany},
		Mentions: []kg.Mention{{ActorID: Kov, Count: 3}, {ActorID: Mara, Count: 1}, {ActorID: Germany, Count: 2}},
		Meetings: []kg.Meeting{
			{ID: M3, Kind: kg.MeetingVisit, Status: kg.StatusOccurred, Date: kg.DateDay(2023, 10, 18), PlaceID: Germany,
				Participants: []kg.Participant{{ActorID: Kov, Role: "visitor"}, {ActorID: Germany, Role: "host"}},
				Evidence:     []kg.Evidence{ev(A3, 0, "Kov visited Germany on October 18, 2023.", "meeting.visit")}},
			{ID: M4, Kind: kg.MeetingTalks, Status: kg.StatusOccurred, Date: kg.DateDay(2022, 1, 5),
				Participants: []kg.Participant{{ActorID: Kov}, {ActorID: Mara}},
				Evidence:     []kg.Evidence{ev(A3, 41, "Kov held talks with Mara Ruiz on January 5, 2022.", "meeting.talks")}},
		},
	}
	return []*kg.ArticleFacts{a1, a2, a3}
}

// OpenStore opens an in-memory embedded store loaded with Facts, closed
// when the test ends.
func OpenStore(t testing.TB) *embedded.Store {
	t.Helper()
	ctx := context.Background()
	s, err := embedded.OpenMemory(ctx)
	if err != nil {
		t.Fatalf("open memory store: %v", err)
	}
	t.Cleanup(func() { _ = s.Close() })
	if _, err := s.UpsertMany(ctx, Facts()); err != nil {
		t.Fatalf("load fixtures: %v", err)
	}
	return s
}

// CountingStore wraps a kg.Store and counts the calls of each method, so
// tests can pin how many store round trips a query makes.
type CountingStore struct {
	kg.Store
	mu    sync.Mutex
	calls map[string]int
}

func NewCountingStore(s kg.Store) *CountingStore {
	return &CountingStore{Store: s, calls: map[string]int{}}
}

func (c *CountingStore) count(m string) {
	c.mu.Lock()
	c.calls[m]++
	c.mu.Unlock()
}

// Calls returns a copy of the counts so far.
func (c *CountingStore) Calls() map[string]int {
	c.mu.Lock()
	defer c.mu.Unlock()
	out := make(map[string]int, len(c.calls))
	for k, v := range c.calls {
		out[k] = v
	}
	return out
}

// Reset zeroes the counts.
func (c *CountingStore) Reset() {
	c.mu.Lock()
	c.calls = map[string]int{}
	c.mu.Unlock()
}

func (c *CountingStore) ActorsByID(ctx context.Context, ids []string) ([]*kg.Actor, error) {
	c.count("ActorsByID")
	return c.Store.ActorsByID(ctx, ids)
}

func (c *CountingStore) ActorsByName(ctx context.Context, name string) ([]kg.Actor, error) {
	c.count("ActorsByName")
	return c.Store.ActorsByName(ctx, name)
}

func (c *CountingStore) Search(ctx context.Context, q kg.SearchQuery) ([]kg.Actor, error) {
	c.count("Search")
	return c.Store.Search(ctx, q)
}

func (c *CountingStore) PlacesByID(ctx context.Context, ids []string) ([]*kg.Place, error) {
	c.count("PlacesByID")
	return c.Store.PlacesByID(ctx, ids)
}

func (c *CountingStore) ArticlesByID(ctx context.Context, ids []string) ([]*kg.Article, error) {
	c.count("ArticlesByID")
	return c.Store.ArticlesByID(ctx, ids)
}

func (c *CountingStore) RolesByPerson(ctx context.Context, ids []string) (map[string][]kg.Role, error) {
	c.count("RolesByPerson")
	return c.Store.RolesByPerson(ctx, ids)
}

func (c *CountingStore) Encounters(ctx context.Context, q kg.EncounterQuery) ([]kg.Encounter, error) {
	c.count("Encounters")
	return c.Store.Encounters(ctx, q)
}

func (c *CountingStore) Timeline(ctx context.Context, q kg.TimelineQuery) (kg.EventPage, error) {
	c.count("Timeline")
	return c.Store.Timeline(ctx, q)
}

func (c *CountingStore) Paths(ctx context.Context, q kg.PathQuery) ([]kg.Path, error) {
	c.count("Paths")
	return c.Store.Paths(ctx, q)
}

func (c *CountingStore) Neighborhood(ctx context.Context, q kg.NeighborhoodQuery) (*kg.Subgraph, error) {
	c.count("Neighborhood")
	return c.Store.Neighborhood(ctx, q)
}

func (c *CountingStore) Stats(ctx context.Context) (kg.Stats, error) {
	c.count("Stats")
	return c.Store.Stats(ctx)
}

// FailingStore is a store whose every read fails with Err: for the error
// paths (internal errors must not leak, a down store must show in /healthz).
type FailingStore struct {
	kg.Store
	Err error
}

func (f FailingStore) Ping(ctx context.Context) error { return f.Err }
func (f FailingStore) ActorsByID(ctx context.Context, ids []string) ([]*kg.Actor, error) {
	return nil, f.Err
}
func (f FailingStore) ActorsByName(ctx context.Context, name string) ([]kg.Actor, error) {
	return nil, f.Err
}
func (f FailingStore) Search(ctx context.Context, q kg.SearchQuery) ([]kg.Actor, error) {
	return nil, f.Err
}
func (f FailingStore) Stats(ctx context.Context) (kg.Stats, error) { return kg.Stats{}, f.Err }

func (c *CountingStore) Meetings(ctx context.Context, q kg.MeetingQuery) (kg.MeetingPage, error) {
	c.count("Meetings")
	return c.Store.Meetings(ctx, q)
}

func (c *CountingStore) Statements(ctx context.Context, q kg.StatementQuery) (kg.StatementPage, error) {
	c.count("Statements")
	return c.Store.Statements(ctx, q)
}

func (c *CountingStore) Articles(ctx context.Context, q kg.ArticleQuery) (kg.ArticlePage, error) {
	c.count("Articles")
	return c.Store.Articles(ctx, q)
}

func (c *CountingStore) MeetingsPerMonth(ctx context.Context, q kg.MonthlyQuery) (kg.MonthlyCounts, error) {
	c.count("MeetingsPerMonth")
	return c.Store.MeetingsPerMonth(ctx, q)
}

func (c *CountingStore) TopCounterparts(ctx context.Context, q kg.CounterpartQuery) ([]kg.CounterpartCount, error) {
	c.count("TopCounterparts")
	return c.Store.TopCounterparts(ctx, q)
}
