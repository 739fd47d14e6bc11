package embedded

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/actorgraph/actorgraph/internal/kg"
	"github.com/actorgraph/actorgraph/internal/store/storetest"
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

// dataTables are the tables whose rows are the graph (FTS5's shadow
// tables are checked by ftsCheck instead).
var dataTables = []string{"meta", "articles", "evidence", "actors", "actor_names", "places", "meetings", "participants", "statements", "statement_about", "roles"}

// dumpTables returns every row of the data tables, each as one string,
// sorted per table, so two databases can be compared whatever their
// layout.
func dumpTables(t *testing.T, s *Store) map[string][]string {
	t.Helper()
	out := map[string][]string{}
	for _, table := range dataTables {
		rows, err := s.wdb.Query(`SELECT * FROM ` + table)
		if err != nil {
			t.Fatal(err)
		}
		cols, err := rows.Columns()
		if err != nil {
			t.Fatal(err)
		}
		for rows.Next() {
			vals := make([]any, len(cols))
			ptrs := make([]any, len(cols))
			for i := range vals {
				ptrs[i] = &vals[i]
			}
			if err := rows.Scan(ptrs...); err != nil {
				t.Fatal(err)
			}
			var sb strings.Builder
			for i, v := range vals {
				fmt.Fprintf(&sb, "%s=%v|", cols[i], v)
			}
			out[table] = append(out[table], sb.String())
		}
		if err := rows.Close(); err != nil {
			t.Fatal(err)
		}
		sort.Strings(out[table])
	}
	return out
}

// toVersion3 turns a database back into the layout of schema version 3,
// where articles, evidence and statements were WITHOUT ROWID tables keyed
// by their ids.
const toVersion3 = `
CREATE TABLE articles_v3 (
	id TEXT PRIMARY KEY, content_hash TEXT NOT NULL, title TEXT NOT NULL, url TEXT NOT NULL,
	source TEXT NOT NULL, published TEXT NOT NULL, claims TEXT NOT NULL
) WITHOUT ROWID;
INSERT INTO articles_v3 SELECT id, content_hash, title, url, source, published, claims FROM articles;
DROP TABLE articles;
ALTER TABLE articles_v3 RENAME TO articles;
CREATE TABLE evidence_v3 (
	fact_id TEXT NOT NULL, article_id TEXT NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,
	sentence TEXT NOT NULL, rule TEXT NOT NULL, PRIMARY KEY (fact_id, article_id, start, end)
) WITHOUT ROWID;
INSERT INTO evidence_v3 SELECT fact_id, article_id, start, end, sentence, rule FROM evidence;
DROP TABLE evidence;
ALTER TABLE evidence_v3 RENAME TO evidence;
CREATE TABLE statements_v3 (
	id TEXT PRIMARY KEY, speaker_id TEXT NOT NULL, quote TEXT NOT NULL, text TEXT NOT NULL,
	date TEXT NOT NULL, precision INTEGER NOT NULL, order_key TEXT NOT NULL, d_start TEXT NOT NULL,
	d_end TEXT NOT NULL, tally TEXT NOT NULL
) WITHOUT ROWID;
INSERT INTO statements_v3 SELECT id, speaker_id, quote, text, date, precision, order_key, d_start, d_end, tally FROM statements;
DROP TABLE statements;
ALTER TABLE statements_v3 RENAME TO statements;
CREATE INDEX statements_order ON statements(order_key, id, d_start, d_end);
CREATE INDEX statements_speaker ON statements(speaker_id, order_key, id, d_start, d_end);
PRAGMA user_version = 3;
`

// A version 3 database is migrated in place: every row is kept, the three
// tables become rowid tables with unique keys, and writing on (a new
// article, a replaced one, one loaded again) gives the same database as
// the same writes on a store that was never migrated.
func TestMigrateFromVersion3(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	first := storetest.Fixtures()
	later := []*kg.ArticleFacts{storetest.A2b(), storetest.A5(), storetest.A1()}

	s := openTemp(t, dir)
	upsertAll(t, s, first...)
	before := dumpTables(t, s)
	if _, err := s.wdb.Exec(toVersion3); err != nil {
		t.Fatal(err)
	}
	var wr int
	if err := s.wdb.QueryRow(`SELECT count(*) FROM sqlite_master WHERE type = 'table' AND sql LIKE '%WITHOUT ROWID%' AND name IN ('articles', 'evidence', 'statements')`).Scan(&wr); err != nil || wr != 3 {
		t.Fatalf("not a version 3 layout: %d WITHOUT ROWID tables of 3 (%v)", wr, err)
	}
	s.Close()

	s = openTemp(t, dir)
	var v int
	if err := s.wdb.QueryRow(`PRAGMA user_version`).Scan(&v); err != nil || v != schemaVersion {
		t.Fatalf("version %d after migration (%v), want %d", v, err, schemaVersion)
	}
	if err := s.wdb.QueryRow(`SELECT count(*) FROM sqlite_master WHERE type = 'table' AND sql LIKE '%WITHOUT ROWID%' AND name IN ('articles', 'evidence', 'statements')`).Scan(&wr); err != nil || wr != 0 {
		t.Errorf("%d of articles, evidence, statements still WITHOUT ROWID after migration (%v)", wr, err)
	}
	if diff := cmp.Diff(before, dumpTables(t, s)); diff != "" {
		t.Errorf("rows changed by the migration (-before +after):\n%s", diff)
	}
	var ok string
	if err := s.wdb.QueryRow(`PRAGMA integrity_check`).Scan(&ok); err != nil || ok != "ok" {
		t.Errorf("integrity check after migration: %q %v", ok, err)
	}
	ftsCheck(t, s)

	fresh := openTemp(t, t.TempDir())
	upsertAll(t, fresh, first...)
	for _, st := range []*Store{s, fresh} {
		res, err := st.UpsertMany(ctx, later)
		if err != nil {
			t.Fatal(err)
		}
		want := []kg.UpsertResult{kg.UpsertReplaced, kg.UpsertNew, kg.UpsertUnchanged}
		if diff := cmp.Diff(want, res); diff != "" {
			t.Errorf("results of the later writes (-want +got):\n%s", diff)
		}
	}
	if diff := cmp.Diff(dumpTables(t, fresh), dumpTables(t, s)); diff != "" {
		t.Errorf("migrated store differs from a fresh one after the same writes (-fresh +migrated):\n%s", diff)
	}
	// The keys stay unique: an article's evidence written twice fails.
	if _, err := s.wdb.Exec(`INSERT INTO evidence SELECT * FROM evidence LIMIT 1`); err == nil {
		t.Error("duplicate evidence row accepted after migration")
	}
}
