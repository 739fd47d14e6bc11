package embedded

import (
	"context"
	"errors"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/actorgraph/actorgraph/internal/kg"
	"github.com/actorgraph/actorgraph/internal/store/storetest"
)

// article makes an article in which Vera Testova (known by alias) and
// Norway appear, with a statement of hers.
func cacheArticle(id, alias string) *kg.ArticleFacts {
	vera := kg.PersonID("Vera Testova")
	ev := []kg.Evidence{{ArticleID: id, Sentence: "Vera Testova spoke.", Start: 0, End: 19}}
	return &kg.ArticleFacts{
		Article: kg.Article{ID: id, ContentHash: "h-" + id, Published: kg.DateDay(2021, 6, 1)},
		Actors: []kg.Actor{
			{ID: vera, Kind: kg.KindPerson, Name: "Vera Testova", Aliases: []string{alias}},
			{ID: "country:NO", Kind: kg.KindCountry, Name: "Norway", ISO: "NO"},
		},
		Mentions:   []kg.Mention{{ActorID: vera, Count: 2}, {ActorID: "country:NO", Count: 1}},
		Statements: []kg.Statement{{ID: kg.StatementID(vera, "", "words of "+id), SpeakerID: vera, Text: "words of " + id, AboutIDs: []string{"country:NO"}, Evidence: ev}},
	}
}

// snapshot is what the tests compare: the two actors and the counts.
func snapshot(t *testing.T, s *Store) (kg.Stats, []*kg.Actor) {
	t.Helper()
	st, err := s.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	as, err := s.ActorsByID(context.Background(), []string{kg.PersonID("Vera Testova"), "country:NO"})
	if err != nil {
		t.Fatal(err)
	}
	return st, as
}

// sameSnapshot reports where got's snapshot differs from want's and
// returns got's actors.
func sameSnapshot(t *testing.T, want, got *Store) []*kg.Actor {
	t.Helper()
	wantSt, wantAs := snapshot(t, want)
	gotSt, gotAs := snapshot(t, got)
	if diff := cmp.Diff(wantSt, gotSt); diff != "" {
		t.Errorf("stats (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(wantAs, gotAs); diff != "" {
		t.Errorf("actors (-want +got):\n%s", diff)
	}
	return gotAs
}

func upsertAll(t *testing.T, s *Store, fs ...*kg.ArticleFacts) {
	t.Helper()
	for _, f := range fs {
		if _, err := s.UpsertMany(context.Background(), []*kg.ArticleFacts{f}); err != nil {
			t.Fatal(err)
		}
	}
}

func openTemp(t *testing.T, dir string) *Store {
	t.Helper()
	s, err := Open(context.Background(), dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// The write side keeps tallies between transactions; a write by another
// process (here another handle on the same directory) must not be
// overwritten with stale ones.
func TestTallyCacheSeesOtherWriters(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "data")
	a, b := openTemp(t, dir), openTemp(t, dir)
	upsertAll(t, a, cacheArticle("a1", "Vera"))
	upsertAll(t, b, cacheArticle("b1", "Ms Testova"))
	upsertAll(t, a, cacheArticle("a2", "V. Testova"))

	ref := openTemp(t, filepath.Join(t.TempDir(), "ref"))
	upsertAll(t, ref, cacheArticle("a1", "Vera"), cacheArticle("b1", "Ms Testova"), cacheArticle("a2", "V. Testova"))
	gotAs := sameSnapshot(t, ref, openTemp(t, dir))
	if got := gotAs[0].Aliases; len(got) != 3 {
		t.Errorf("aliases %v, want the three articles' ones", got)
	}
}

// A write that fails leaves neither the database nor the write side's
// memory changed.
func TestTallyCacheAfterFailedWrite(t *testing.T) {
	s := openTemp(t, filepath.Join(t.TempDir(), "data"))
	upsertAll(t, s, cacheArticle("a1", "Vera"))
	boom := errors.New("disk gone")
	failBeforeCommit = func() error { return boom }
	_, err := s.UpsertMany(context.Background(), []*kg.ArticleFacts{cacheArticle("a2", "Ms Testova")})
	failBeforeCommit = nil
	if !errors.Is(err, boom) {
		t.Fatalf("failed write returned %v", err)
	}
	upsertAll(t, s, cacheArticle("a3", "V. Testova"))

	ref := openTemp(t, filepath.Join(t.TempDir(), "ref"))
	upsertAll(t, ref, cacheArticle("a1", "Vera"), cacheArticle("a3", "V. Testova"))
	sameSnapshot(t, ref, s)
}

// Batches prepared apart and written together in one UpsertPrepared are
// UpsertMany of their articles in order, results included (the same id
// twice: new, then replaced); anything but a PrepareMany result is refused.
func TestUpsertPreparedParts(t *testing.T) {
	ctx := context.Background()
	changed := cacheArticle("a1", "Ms Testova")
	changed.Article.ContentHash = "h-a1-changed"
	parts := [][]*kg.ArticleFacts{
		{cacheArticle("a1", "Vera"), cacheArticle("a2", "V. Testova")},
		{changed},
	}
	s := openTemp(t, filepath.Join(t.TempDir(), "parts"))
	var preps []any
	for _, p := range parts {
		pb, err := s.PrepareMany(p)
		if err != nil {
			t.Fatal(err)
		}
		preps = append(preps, pb)
	}
	got, err := s.UpsertPrepared(ctx, preps...)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]kg.UpsertResult{kg.UpsertNew, kg.UpsertNew, kg.UpsertReplaced}, got); diff != "" {
		t.Errorf("results (-want +got):\n%s", diff)
	}
	ref := openTemp(t, filepath.Join(t.TempDir(), "ref"))
	if _, err := ref.UpsertMany(ctx, append(parts[0], parts[1]...)); err != nil {
		t.Fatal(err)
	}
	sameSnapshot(t, ref, s)
	if _, err := s.UpsertPrepared(ctx, "not prepared"); kg.ErrorCode(err) != kg.CodeInternal {
		t.Errorf("UpsertPrepared(string): %v, want an INTERNAL error", err)
	}
	if _, err := s.PrepareMany([]*kg.ArticleFacts{{}}); kg.ErrorCode(err) != kg.CodeBadInput {
		t.Errorf("PrepareMany(article without id): %v, want BAD_INPUT", err)
	}
}

// countStats counts what Stats reports, straight from the tables.
func countStats(t *testing.T, s *Store) kg.Stats {
	t.Helper()
	var st kg.Stats
	err := s.wdb.QueryRow(`SELECT
		(SELECT count(*) FROM articles), (SELECT count(*) FROM actors),
		(SELECT count(*) FROM meetings WHERE status = 'OCCURRED'), (SELECT count(*) FROM statements),
		(SELECT count(*) FROM roles), (SELECT count(*) FROM places)`).Scan(&st.Articles, &st.Actors, &st.Meetings, &st.Statements, &st.Roles, &st.Places)
	if err != nil {
		t.Fatal(err)
	}
	return st
}

// Writes carry the cached Stats forward (no count after a write), and
// the result is what counting the tables says: through new, replaced,
// unchanged and emptied articles, a planned meeting reported as held and
// taken back, and facts that lose their last article.
func TestStatsCarriedForward(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t, t.TempDir())
	held := storetest.A1()
	held.Article = kg.Article{ID: "held", ContentHash: "h-held", Published: kg.DateDay(2024, 6, 20)}
	held.Roles, held.Statements, held.Places = nil, nil, nil
	held.Meetings = held.Meetings[1:] // the planned summit, reported as held
	held.Meetings[0].Status = kg.StatusOccurred
	held.Meetings[0].Evidence = []kg.Evidence{{ArticleID: "held", Sentence: "The summit took place.", Start: 0, End: 22}}
	heldBack := *held
	heldBack.Article.ContentHash = "h-held-2"
	heldBack.Meetings = nil
	emptied := &kg.ArticleFacts{Article: kg.Article{ID: "a1", ContentHash: "h1-empty", Published: kg.DateDay(2024, 5, 16)}}

	steps := [][]*kg.ArticleFacts{
		storetest.Fixtures(),
		{held},
		{&heldBack, storetest.A2b()},
		{storetest.A2b(), storetest.A3()}, // unchanged: nothing written
		storetest.Synthetic(150, 7)[:100],
		storetest.Synthetic(150, 7)[50:],
		{emptied},
	}
	if _, err := s.Stats(ctx); err != nil { // fills the cache
		t.Fatal(err)
	}
	for i, batch := range steps {
		if _, err := s.UpsertMany(ctx, batch); err != nil {
			t.Fatal(err)
		}
		var gen int64
		if err := s.wdb.QueryRow(`SELECT value FROM meta WHERE key = 'generation'`).Scan(&gen); err != nil {
			t.Fatal(err)
		}
		s.countM.Lock()
		carried := s.statsOK && s.statsGen == gen
		s.countM.Unlock()
		if !carried {
			t.Errorf("step %d: the cached Stats were not carried to generation %d", i, gen)
		}
		got, err := s.Stats(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(countStats(t, s), got); diff != "" {
			t.Errorf("step %d: Stats differ from the tables (-counted +Stats):\n%s", i, diff)
		}
	}
	// Another writer on the same database: the cache is not carried over
	// its write, and Stats counts again.
	other := openTemp(t, s.Dir())
	if _, err := other.UpsertMany(ctx, storetest.Synthetic(160, 7)[150:]); err != nil {
		t.Fatal(err)
	}
	if _, err := s.UpsertMany(ctx, []*kg.ArticleFacts{storetest.A1()}); err != nil {
		t.Fatal(err)
	}
	got, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(countStats(t, s), got); diff != "" {
		t.Errorf("after another writer: Stats differ from the tables (-counted +Stats):\n%s", diff)
	}
}
