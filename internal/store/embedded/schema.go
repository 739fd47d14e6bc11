package embedded

import (
	"context"
	"fmt"
)

// schemaVersion is stored in PRAGMA user_version. A database with a newer
// version than this code knows is refused rather than misread; older ones
// are migrated step by step by migrations[old:].
const schemaVersion = 4

const pageSize = "16384"

// migrations[i] takes the schema from version i to i+1.
var migrations = []string{
	// 0 -> 1: the first schema.
	`
CREATE TABLE meta (
	key   TEXT PRIMARY KEY,
	value INTEGER NOT NULL
) WITHOUT ROWID;
INSERT INTO meta(key, value) VALUES ('generation', 0);

-- Article nodes. published is a PartialDate string ('' when unknown).
-- claims is the article's own view of every fact it reports (JSON, see
-- articleClaims): what replacing the article subtracts from the tallies.
CREATE TABLE articles (
	id           TEXT PRIMARY KEY,
	content_hash TEXT NOT NULL,
	title        TEXT NOT NULL,
	url          TEXT NOT NULL,
	source       TEXT NOT NULL,
	published    TEXT NOT NULL,
	claims       TEXT NOT NULL
) WITHOUT ROWID;

-- REPORTS edges: the sentence of an article that states a meeting,
-- statement or role.
CREATE TABLE evidence (
	fact_id    TEXT NOT NULL,
	article_id TEXT NOT NULL,
	start      INTEGER NOT NULL,
	end        INTEGER NOT NULL,
	sentence   TEXT NOT NULL,
	rule       TEXT NOT NULL,
	PRIMARY KEY (fact_id, article_id, start, end)
) WITHOUT ROWID;

-- Fact tables. Each row's tally (JSON, see tally.go) counts the articles
-- behind the fact and the values they claim; the other columns are
-- derived from it. actors.mentions (MENTIONS edges) is the sum over
-- articles.
CREATE TABLE actors (
	id       TEXT PRIMARY KEY,
	kind     TEXT NOT NULL,
	name     TEXT NOT NULL,
	iso      TEXT NOT NULL,
	org_kind TEXT NOT NULL,
	mentions INTEGER NOT NULL,
	tally    TEXT NOT NULL
) WITHOUT ROWID;

-- Every name of an actor: the canonical one (alias = 0) and its aliases.
-- name_lower (Go's strings.ToLower) serves case-insensitive exact lookup;
-- actor_fts serves token-prefix search.
CREATE TABLE actor_names (
	rowid      INTEGER PRIMARY KEY,
	actor_id   TEXT NOT NULL,
	name       TEXT NOT NULL,
	name_lower TEXT NOT NULL,
	alias      INTEGER NOT NULL
);
CREATE INDEX actor_names_lower ON actor_names(name_lower);
CREATE INDEX actor_names_actor ON actor_names(actor_id, alias, name);
CREATE VIRTUAL TABLE actor_fts USING fts5(
	name, content='actor_names', content_rowid='rowid',
	tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER actor_names_ai AFTER INSERT ON actor_names BEGIN
	INSERT INTO actor_fts(rowid, name) VALUES (new.rowid, new.name);
END;
CREATE TRIGGER actor_names_ad AFTER DELETE ON actor_names BEGIN
	INSERT INTO actor_fts(actor_fts, rowid, name) VALUES ('delete', old.rowid, old.name);
END;

CREATE TABLE places (
	id         TEXT PRIMARY KEY,
	name       TEXT NOT NULL,
	country_id TEXT NOT NULL,
	tally      TEXT NOT NULL
) WITHOUT ROWID;

-- Dates are kept as the PartialDate string plus its precision, the
-- OrderKey (indexed: timelines sort and page on it in SQL) and the first
-- and last day it may denote (d_start/d_end, '' when unknown) for range
-- filters with PartialDate.InRange semantics.
CREATE TABLE meetings (
	id        TEXT PRIMARY KEY,
	kind      TEXT NOT NULL,
	status    TEXT NOT NULL,
	date      TEXT NOT NULL,
	precision INTEGER NOT NULL,
	order_key TEXT NOT NULL,
	d_start   TEXT NOT NULL,
	d_end     TEXT NOT NULL,
	place_id  TEXT NOT NULL,
	tally     TEXT NOT NULL
) WITHOUT ROWID;
-- Covering for timeline pages and counts (date filters included).
CREATE INDEX meetings_order ON meetings(order_key, id, d_start, d_end);

-- participants and statement_about repeat their fact's date columns so
-- that an actor's timeline is an ordered index range (no sort, LIMIT
-- stops early) even for actors with thousands of events.
CREATE TABLE participants (
	meeting_id TEXT NOT NULL,
	actor_id   TEXT NOT NULL,
	role       TEXT NOT NULL,
	order_key  TEXT NOT NULL,
	d_start    TEXT NOT NULL,
	d_end      TEXT NOT NULL,
	PRIMARY KEY (meeting_id, actor_id)
) WITHOUT ROWID;
CREATE INDEX participants_actor ON participants(actor_id, order_key, meeting_id, d_start, d_end, role);

CREATE TABLE statements (
	id         TEXT PRIMARY KEY,
	speaker_id TEXT NOT NULL,
	quote      TEXT NOT NULL,
	text       TEXT NOT NULL,
	date       TEXT NOT NULL,
	precision  INTEGER NOT NULL,
	order_key  TEXT NOT NULL,
	d_start    TEXT NOT NULL,
	d_end      TEXT NOT NULL,
	tally      TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX statements_order ON statements(order_key, id, d_start, d_end);
CREATE INDEX statements_speaker ON statements(speaker_id, order_key, id, d_start, d_end);

CREATE TABLE statement_about (
	statement_id TEXT NOT NULL,
	actor_id     TEXT NOT NULL,
	order_key    TEXT NOT NULL,
	d_start      TEXT NOT NULL,
	d_end        TEXT NOT NULL,
	PRIMARY KEY (statement_id, actor_id)
) WITHOUT ROWID;
CREATE INDEX statement_about_actor ON statement_about(actor_id, order_key, statement_id, d_start, d_end);

CREATE TABLE roles (
	id        TEXT PRIMARY KEY,
	person_id TEXT NOT NULL,
	title     TEXT NOT NULL,
	of_id     TEXT NOT NULL,
	as_of     TEXT NOT NULL,
	order_key TEXT NOT NULL,
	tally     TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX roles_person ON roles(person_id, order_key);
CREATE INDEX roles_of ON roles(of_id);
`,
	// 1 -> 2: a write indexes its new names in actor_fts itself, with one
	// statement (see bulk.flush), instead of a trigger per row. FTS5 writes
	// its pending terms to disk as a new segment at every statement that
	// changes it, so the trigger made a segment per multi-row INSERT of
	// names (about 150 per BBC ingest), each merged again later. Deleting
	// names still goes through actor_names_ad.
	`
DROP TRIGGER actor_names_ai;
`,
	// 2 -> 3: the name index keeps no per-row column sizes (columnsize=0):
	// only ranking functions (bm25) read them, and no query ranks by them,
	// while writing them was half the cost of indexing a name. The index
	// is rebuilt from actor_names.
	`
DROP TABLE actor_fts;
CREATE VIRTUAL TABLE actor_fts USING fts5(
	name, content='actor_names', content_rowid='rowid', columnsize=0,
	tokenize='unicode61 remove_diacritics 2'
);
INSERT INTO actor_fts(actor_fts) VALUES ('rebuild');
`,
	// 3 -> 4: articles, evidence and statements, the tables with the
	// large rows (claims, sentences, texts and their tallies: four fifths
	// of the file), become rowid tables with their keys in a UNIQUE index.
	// Keyed by their (hash-like) ids, every batch inserted rows all over
	// them, so each commit rewrote most of their pages into the WAL and
	// each checkpoint copied them again; now new rows go to the end of the
	// table and only the narrow key indexes take scattered inserts. A
	// BBC load in batches of 256 wrote 17% less (WAL and checkpoints), took
	// 9% less CPU in the store, and Close (the last checkpoint) took half
	// as long.
	`
CREATE TABLE articles_v4 (
	id           TEXT NOT NULL,
	content_hash TEXT NOT NULL,
	title        TEXT NOT NULL,
	url          TEXT NOT NULL,
	source       TEXT NOT NULL,
	published    TEXT NOT NULL,
	claims       TEXT NOT NULL
);
INSERT INTO articles_v4(id, content_hash, title, url, source, published, claims)
	SELECT id, content_hash, title, url, source, published, claims FROM articles ORDER BY id;
DROP TABLE articles;
ALTER TABLE articles_v4 RENAME TO articles;
CREATE UNIQUE INDEX articles_id ON articles(id);

CREATE TABLE evidence_v4 (
	fact_id    TEXT NOT NULL,
	article_id TEXT NOT NULL,
	start      INTEGER NOT NULL,
	end        INTEGER NOT NULL,
	sentence   TEXT NOT NULL,
	rule       TEXT NOT NULL
);
INSERT INTO evidence_v4(fact_id, article_id, start, end, sentence, rule)
	SELECT fact_id, article_id, start, end, sentence, rule FROM evidence ORDER BY fact_id, article_id, start, end;
DROP TABLE evidence;
ALTER TABLE evidence_v4 RENAME TO evidence;
CREATE UNIQUE INDEX evidence_key ON evidence(fact_id, article_id, start, end);

CREATE TABLE statements_v4 (
	id         TEXT NOT NULL,
	speaker_id TEXT NOT NULL,
	quote      TEXT NOT NULL,
	text       TEXT NOT NULL,
	date       TEXT NOT NULL,
	precision  INTEGER NOT NULL,
	order_key  TEXT NOT NULL,
	d_start    TEXT NOT NULL,
	d_end      TEXT NOT NULL,
	tally      TEXT NOT NULL
);
INSERT INTO statements_v4(id, speaker_id, quote, text, date, precision, order_key, d_start, d_end, tally)
	SELECT id, speaker_id, quote, text, date, precision, order_key, d_start, d_end, tally FROM statements ORDER BY id;
DROP TABLE statements;
ALTER TABLE statements_v4 RENAME TO statements;
CREATE UNIQUE INDEX statements_id ON statements(id);
CREATE INDEX statements_order ON statements(order_key, id, d_start, d_end);
CREATE INDEX statements_speaker ON statements(speaker_id, order_key, id, d_start, d_end);
`,
}

func (s *Store) migrate(ctx context.Context) error {
	conn, err := s.wdb.Conn(ctx)
	if err != nil {
		return s.fail(ctx, err, "open database")
	}
	defer conn.Close()
	var v int
	if err := conn.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v); err != nil {
		return s.fail(ctx, err, "read schema version (is it a SQLite database?)")
	}
	if v == 0 {
		// A new database: 16 KiB pages (set before the first table) cut
		// the write calls per commit; the batches ingest writes are large.
		if _, err := conn.ExecContext(ctx, "PRAGMA page_size = "+pageSize); err != nil {
			return s.fail(ctx, err, "set page size")
		}
	}
	// WAL lets readers run while the writer loads; the mode is persistent.
	if _, err := conn.ExecContext(ctx, "PRAGMA journal_mode = WAL"); err != nil {
		return s.fail(ctx, err, "set WAL mode")
	}
	if v > schemaVersion {
		return s.unavailable(fmt.Errorf("schema version %d, this program knows up to %d", v, schemaVersion), "database written by a newer version")
	}
	for ; v < schemaVersion; v++ {
		tx, err := conn.BeginTx(ctx, nil)
		if err != nil {
			return s.fail(ctx, err, "migrate")
		}
		if _, err := tx.ExecContext(ctx, migrations[v]); err != nil {
			tx.Rollback()
			return s.fail(ctx, err, fmt.Sprintf("migrate schema %d to %d", v, v+1))
		}
		if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", v+1)); err != nil {
			tx.Rollback()
			return s.fail(ctx, err, "migrate")
		}
		if err := tx.Commit(); err != nil {
			return s.fail(ctx, err, "migrate")
		}
	}
	return nil
}
