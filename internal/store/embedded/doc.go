// Package embedded is the default kg.Store: one local directory holding a
// SQLite database (actorgraph.db), no server.
//
// Why SQLite through modernc.org/sqlite: the store must be one directory
// that survives restarts and crashes, serve many concurrent readers while
// a loader writes, search names, and build with plain `go build` on any
// platform. SQLite gives transactions, crash safety, WAL (readers never
// wait for the writer and always see whole transactions), FTS5 full-text
// search and a query planner over ordinary indexes; modernc.org/sqlite is
// SQLite translated to Go, so there is no cgo and no C toolchain. The cost
// is speed: translated C is slower than the C build, and every statement
// has a fixed cost (tens of microseconds on the project's 2-core machine),
// which the schema, the multi-row batch writes and the one-query-per-lookup
// reads are designed around (see the benchmarks).
//
// Concurrency: one write connection (writes are serialised; each Upsert or
// UpsertMany is one transaction, all or none) and a pool of read
// connections, each read method running in one read transaction, so it
// sees one snapshot. Durability: WAL with synchronous=NORMAL. A committed
// transaction survives a crash of the process; after a power loss or OS
// crash the last few commits may be rolled back, but the database is never
// corrupt. Ingest is idempotent (loading an article again is a no-op), so
// re-running it repairs any such loss; that trade buys a large share of
// write throughput (no fsync per commit). The memory: store is the same
// store in a temporary directory removed on Close, with syncing off.
//
// Data model (mirrors the graph model of DESIGN.md): articles; actors
// with their names and aliases (actor_names, FTS5 index actor_fts);
// places; meetings with participants; statements with their about-actors;
// roles; evidence rows (fact id, article id, offsets, sentence). An
// article's own view of every fact it reports is kept with the article;
// each fact row keeps a tally of what its supporting articles claim, from
// which its columns are derived (most precise date, a place if any, every
// participant and alias, ...). Loading adds an article's claims, replacing
// it subtracts the old ones, a fact no article supports any more is
// deleted; the result does not depend on load order. Dates are stored as
// the PartialDate string, its precision, its OrderKey (indexed: timelines
// sort and page in SQL) and the first and last day it may denote (range
// filters). The schema version is PRAGMA user_version; migrations run on
// Open.
//
// Paths and neighbourhoods run on an in-memory adjacency graph built from
// one snapshot and cached until the database's generation (bumped by every
// write transaction) changes.
//
// The connections (Meetings, Statements, Articles), the aggregations and,
// once it is current, timelines and encounters run on a fact index of the
// same kind (factindex.go, hotpath.go): meetings, statements and articles
// with their actors and sources, built from one snapshot. Timelines and
// encounters never wait for it: they read SQL while a background build
// runs, so a loader writing all the time costs readers nothing. Warm reads
// need no read transaction: the generation is checked by comparing
// SQLite's WAL-index header in the -shm file (documented WAL format; it
// changes with every commit, of any process) with the one seen when the
// generation was last read, and only when it differs is the generation
// read again; kept actors, kept answers and hydrated facts then serve the
// request from memory.
package embedded
