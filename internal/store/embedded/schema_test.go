package embedded

import (
	"context"
	"testing"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// ftsCheck fails the test unless actor_fts indexes exactly the rows of
// actor_names (FTS5's integrity-check with rank 1 compares the index with
// its external content table).
func ftsCheck(t *testing.T, s *Store) {
	t.Helper()
	if _, err := s.wdb.Exec(`INSERT INTO actor_fts(actor_fts, rank) VALUES ('integrity-check', 1)`); err != nil {
		t.Errorf("actor_fts does not match actor_names: %v", err)
	}
}

func searchIDs(t *testing.T, s *Store, text string) []string {
	t.Helper()
	as, err := s.Search(context.Background(), kg.SearchQuery{Text: text, First: 10})
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, a := range as {
		ids = append(ids, a.ID)
	}
	return ids
}

// Names written in one batch, replaced (deleted and written again) and
// written by several batches are all indexed for search, once each.
func TestNamesIndexedPerBatch(t *testing.T) {
	s := openTemp(t, t.TempDir())
	ctx := context.Background()
	vera := kg.PersonID("Vera Testova")
	if _, err := s.UpsertMany(ctx, []*kg.ArticleFacts{cacheArticle("n1", "Testova"), cacheArticle("n2", "Ms Testova")}); err != nil {
		t.Fatal(err)
	}
	ftsCheck(t, s)
	// A new alias rewrites Vera's names: deleted, then inserted again.
	upsertAll(t, s, cacheArticle("n3", "Vera T."))
	ftsCheck(t, s)
	replaced := cacheArticle("n1", "V. Testova")
	replaced.Article.ContentHash = "changed"
	upsertAll(t, s, replaced)
	ftsCheck(t, s)
	for _, q := range []string{"Testova", "Vera", "vera t"} {
		if ids := searchIDs(t, s, q); len(ids) != 1 || ids[0] != vera {
			t.Errorf("Search(%q) = %v, want [%s]", q, ids, vera)
		}
	}
}

// A version 1 database (names indexed by a trigger, with column sizes) is
// migrated: the trigger and the sizes go, names written before and after
// are all found.
func TestMigrateFromVersion1(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	s, err := Open(ctx, dir)
	if err != nil {
		t.Fatal(err)
	}
	// Make it the version 1 database it would have been.
	if _, err := s.wdb.Exec(`DROP TABLE actor_fts;
	CREATE VIRTUAL TABLE actor_fts USING fts5(
		name, content='actor_names', content_rowid='rowid',
		tokenize='unicode61 remove_diacritics 2'
	);
	CREATE TRIGGER actor_names_ai AFTER INSERT ON actor_names BEGIN
		INSERT INTO actor_fts(rowid, name) VALUES (new.rowid, new.name);
	END; PRAGMA user_version = 1`); err != nil {
		t.Fatal(err)
	}
	if _, err := s.wdb.Exec(`INSERT INTO actor_names(actor_id, name, name_lower, alias) VALUES ('person:old-timer', 'Old Timer', 'old timer', 0)`); err != nil {
		t.Fatal(err)
	}
	s.Close()

	s = openTemp(t, dir)
	var v, triggers int
	if err := s.wdb.QueryRow(`PRAGMA user_version`).Scan(&v); err != nil {
		t.Fatal(err)
	}
	if err := s.wdb.QueryRow(`SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name = 'actor_names_ai'`).Scan(&triggers); err != nil {
		t.Fatal(err)
	}
	if v != schemaVersion || triggers != 0 {
		t.Fatalf("after migration: version %d, %d insert triggers; want %d, 0", v, triggers, schemaVersion)
	}
	var docsize int // per-row column sizes, dropped in version 3
	if err := s.wdb.QueryRow(`SELECT count(*) FROM sqlite_master WHERE name = 'actor_fts_docsize'`).Scan(&docsize); err != nil {
		t.Fatal(err)
	}
	if docsize != 0 {
		t.Errorf("actor_fts still keeps column sizes after migration")
	}
	ftsCheck(t, s)
	upsertAll(t, s, cacheArticle("m1", "Testova"))
	ftsCheck(t, s)
	var n int
	if err := s.wdb.QueryRow(`SELECT count(*) FROM actor_fts WHERE actor_fts MATCH 'timer OR testova'`).Scan(&n); err != nil {
		t.Fatal(err)
	}
	if n != 3 { // Old Timer; Vera Testova and her alias Testova
		t.Errorf("%d names match 'timer OR testova', want 3", n)
	}
}
