package embedded

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"sync/atomic"

	"github.com/actorgraph/actorgraph/internal/kg"
	_ "modernc.org/sqlite" // registers the "sqlite" database/sql driver
)

// DBFile is the name of the database file inside a store directory.
const DBFile = "actorgraph.db"

// Store is the embedded kg.Store. It is safe for concurrent use: writes are
// serialised on one connection, reads run on a pool and each read method
// sees one consistent snapshot.
type Store struct {
	dir     string // directory shown in messages
	path    string // database file
	temp    bool   // OpenMemory: remove dir on Close
	wdb     *sql.DB
	rdb     *sql.DB
	writeM  sync.Mutex
	wstmts  map[string]*sql.Stmt // prepared on the write connection; guarded by writeM
	tallies tallyCache           // write side (write.go); guarded by writeM

	countM   sync.Mutex
	counts   map[string]int // timeline totals of generation countGen
	countGen int64
	stats    kg.Stats // Stats of generation statsGen
	statsGen int64
	statsOK  bool

	readers   chan *rconn   // idle read connections
	readSlots chan struct{} // one token per open read connection

	cache   resultCache
	noCache bool // benchmarks of the uncached cost set it

	graphM sync.Mutex
	graph  *graph // adjacency cache for paths and neighbourhoods, per generation

	factsM        sync.Mutex
	factIdx       *factIndex                // connections, aggregations, timelines; per generation (factindex.go)
	factPub       atomic.Pointer[factIndex] // factIdx, readable without waiting for a build
	building      atomic.Bool               // a background build of the fact index runs
	timelineIndex indexMode                 // see hotpath.go; tests force a path
	namesM        sync.Mutex
	nameIdx       *nameIndex // fuzzy search, per generation (fuzzy.go)
	actorsM       sync.Mutex
	actorGen      int64
	actorCache    map[string]kg.Actor // ActorsByID answers of generation actorGen
	probe         walProbe            // cheap "has anything committed?" (hotpath.go)
	ckpt          checkpointer        // background WAL checkpoints (checkpoint.go); guarded by writeM

	closeOnce sync.Once
	closeErr  error
}

var _ kg.Store = (*Store)(nil)

// Open opens (creating when missing) the store in directory dir. The data
// persists across restarts.
func Open(ctx context.Context, dir string) (*Store, error) {
	if dir == "" {
		return nil, kg.Errorf(kg.CodeInvalidArgument, "embedded store: a directory is required")
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, kg.WrapError(kg.CodeUnavailable, err, "embedded store %s: resolve path", dir)
	}
	if err := os.MkdirAll(abs, 0o755); err != nil {
		return nil, kg.WrapError(kg.CodeUnavailable, err, "embedded store %s: create directory", dir)
	}
	return open(ctx, dir, abs, false)
}

// OpenMemory opens a store that lives only until Close. It is a file store
// in a fresh temporary directory that Close removes: SQLite's in-memory
// databases cannot use WAL, and without WAL a loading writer would block
// readers; this way memory: stores behave exactly like file: stores
// (same code, same concurrency), and nothing remains on disk after Close.
// Durability is not wanted here, so syncing is off.
func OpenMemory(ctx context.Context) (*Store, error) {
	dir, err := os.MkdirTemp("", "actorgraph-mem-")
	if err != nil {
		return nil, kg.WrapError(kg.CodeUnavailable, err, "memory store: create temporary directory")
	}
	s, err := open(ctx, "memory:", dir, true)
	if err != nil {
		os.RemoveAll(dir)
		return nil, err
	}
	return s, nil
}

func open(ctx context.Context, name, dir string, temp bool) (*Store, error) {
	s := &Store{dir: name, path: filepath.Join(dir, DBFile), temp: temp, wstmts: map[string]*sql.Stmt{}}
	if temp {
		s.dir = dir
	}
	// synchronous=NORMAL in WAL: a commit is atomic and the database never
	// corrupts, but the last transactions before a power loss (not a process
	// crash) may be rolled back. Ingest is repeatable (same article = no-op),
	// so that is the right trade for throughput. The memory store needs no
	// durability at all.
	sync := "NORMAL"
	if temp {
		sync = "OFF"
	}
	base := (&url.URL{Scheme: "file", Path: s.path}).String()
	common := "&_pragma=busy_timeout(10000)&_pragma=foreign_keys(0)&_pragma=cache_size(-32000)&_pragma=temp_store(MEMORY)"
	// The writer's page cache is smaller (the later pragma wins): its
	// batches touch pages all over the file, a larger cache did not make
	// them cheaper, and each cached page costs about twice its size in
	// SQLite's allocator (Reuters ingest peaked at 340 MB with 32 MB, 240
	// MB with 8 MB, and kept growing with the input at 32 MB).
	wdsn := base + "?_txlock=immediate&_pragma=synchronous(" + sync + ")" + common + "&_pragma=cache_size(-8000)"
	rdsn := base + "?_pragma=query_only(1)" + common

	var err error
	s.wdb, err = sql.Open("sqlite", wdsn)
	if err != nil {
		return nil, s.unavailable(err, "open")
	}
	s.wdb.SetMaxOpenConns(1)
	s.wdb.SetMaxIdleConns(1)
	s.wdb.SetConnMaxLifetime(0)
	s.wdb.SetConnMaxIdleTime(0)
	if err := s.migrate(ctx); err != nil {
		s.wdb.Close()
		return nil, err
	}
	s.rdb, err = sql.Open("sqlite", rdsn)
	if err != nil {
		s.wdb.Close()
		return nil, s.unavailable(err, "open")
	}
	n := 2 * runtime.GOMAXPROCS(0)
	if n < 4 {
		n = 4
	}
	s.readers = make(chan *rconn, n)
	s.readSlots = make(chan struct{}, n)
	s.rdb.SetMaxOpenConns(n + 1)
	s.rdb.SetMaxIdleConns(n + 1)
	s.rdb.SetConnMaxLifetime(0)
	s.rdb.SetConnMaxIdleTime(0)
	if err := s.Ping(ctx); err != nil {
		s.Close()
		return nil, err
	}
	if err := s.ckpt.start(base + "?_pragma=busy_timeout(10000)&_pragma=synchronous(" + sync + ")"); err != nil {
		s.Close()
		return nil, s.unavailable(err, "open")
	}
	return s, nil
}

// Dir returns the directory the store lives in.
func (s *Store) Dir() string { return filepath.Dir(s.path) }

// Ping checks that the database answers.
func (s *Store) Ping(ctx context.Context) error {
	return s.readTx(ctx, "ping", func(q querier) error {
		var n int
		return q.QueryRowContext(ctx, "SELECT count(*) FROM meta").Scan(&n)
	})
}

// Close closes the database; a memory store also removes its files.
func (s *Store) Close() error {
	s.closeOnce.Do(func() {
		s.probe.close()
		s.writeM.Lock()
		defer s.writeM.Unlock()
		var errs []error
		if s.rdb != nil {
			for len(s.readSlots) > 0 {
				// Wait for readers in flight; Close must not pull the
				// connections from under them.
				(<-s.readers).close()
				<-s.readSlots
			}
			errs = append(errs, s.rdb.Close())
		}
		errs = append(errs, s.ckpt.close())
		for _, st := range s.wstmts {
			st.Close()
		}
		if s.wdb != nil {
			// Fold the WAL back into the main file so a closed store is
			// one self-contained file.
			if !s.temp {
				_, _ = s.wdb.Exec("PRAGMA wal_checkpoint(TRUNCATE)")
			}
			errs = append(errs, s.wdb.Close())
		}
		if s.temp {
			errs = append(errs, os.RemoveAll(filepath.Dir(s.path)))
		}
		if err := errors.Join(errs...); err != nil {
			s.closeErr = s.unavailable(err, "close")
		}
	})
	return s.closeErr
}

// unavailable wraps a database failure with the store's location.
func (s *Store) unavailable(err error, what string) error {
	return kg.WrapError(kg.CodeUnavailable, err, "embedded store %s: %s", s.dir, what)
}

// fail maps an error from a query: a kg.Error passes through, a cancelled
// context keeps its cause (errors.Is works), the rest is UNAVAILABLE.
func (s *Store) fail(ctx context.Context, err error, what string) error {
	var ke *kg.Error
	if errors.As(err, &ke) {
		return err
	}
	if ctx.Err() != nil {
		return kg.WrapError(kg.CodeUnavailable, ctx.Err(), "embedded store %s: %s: %v", s.dir, what, ctx.Err())
	}
	return s.unavailable(err, what)
}

// readTx runs fn in one read transaction, so everything it reads comes
// from one snapshot of the database (WAL: a writer committing meanwhile is
// not seen).
func (s *Store) readTx(ctx context.Context, what string, fn func(q querier) error) error {
	if err := ctx.Err(); err != nil {
		return s.fail(ctx, err, what)
	}
	rc, err := s.reader(ctx)
	if err != nil {
		return s.fail(ctx, err, what)
	}
	if _, err := rc.c.ExecContext(ctx, "BEGIN"); err != nil {
		s.release(rc, false)
		return s.fail(ctx, err, what)
	}
	err = fn(rc)
	_, rerr := rc.c.ExecContext(context.Background(), "ROLLBACK")
	s.release(rc, rerr == nil)
	if err != nil {
		return s.fail(ctx, err, what)
	}
	return nil
}

// rconn is a read connection with its own prepared statements: reads are
// small and frequent, and parsing their SQL each time cost a fifth of a
// timeline query. database/sql's transactions would prepare again on
// every transaction, so a reader runs BEGIN/ROLLBACK itself on a
// dedicated *sql.Conn.
type rconn struct {
	c     *sql.Conn
	stmts map[string]*sql.Stmt
}

func (r *rconn) stmt(ctx context.Context, q string) (*sql.Stmt, error) {
	if st := r.stmts[q]; st != nil {
		return st, nil
	}
	st, err := r.c.PrepareContext(ctx, q)
	if err != nil {
		return nil, err
	}
	if len(r.stmts) > 500 { // queries are built from a few fixed forms; this is a safety net
		for k, v := range r.stmts {
			v.Close()
			delete(r.stmts, k)
		}
	}
	r.stmts[q] = st
	return st, nil
}

func (r *rconn) QueryContext(ctx context.Context, q string, args ...any) (*sql.Rows, error) {
	st, err := r.stmt(ctx, q)
	if err != nil {
		return nil, err
	}
	return st.QueryContext(ctx, args...)
}

func (r *rconn) QueryRowContext(ctx context.Context, q string, args ...any) *sql.Row {
	st, err := r.stmt(ctx, q)
	if err != nil {
		return r.c.QueryRowContext(ctx, q, args...) // carries the same error
	}
	return st.QueryRowContext(ctx, args...)
}

// close drops the connection for good. sql.Conn.Close alone would hand
// the driver's connection back to the pool, and one left inside a
// transaction (a BEGIN cut short by a cancelled context, a failed
// ROLLBACK) would then fail a later reader's BEGIN; reporting it bad
// through Raw makes database/sql discard it.
func (r *rconn) close() {
	for _, st := range r.stmts {
		st.Close()
	}
	_ = r.c.Raw(func(any) error { return driver.ErrBadConn })
	r.c.Close()
}

// reader takes a read connection from the pool, opening one while fewer
// than the pool size exist.
func (s *Store) reader(ctx context.Context) (*rconn, error) {
	select {
	case rc := <-s.readers:
		return rc, nil
	default:
	}
	select {
	case s.readSlots <- struct{}{}:
		c, err := s.rdb.Conn(ctx)
		if err != nil {
			<-s.readSlots
			return nil, err
		}
		return &rconn{c: c, stmts: map[string]*sql.Stmt{}}, nil
	case rc := <-s.readers:
		return rc, nil
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// release returns a connection to the pool, or drops it when it may be
// in a bad state.
func (s *Store) release(rc *rconn, ok bool) {
	if !ok {
		rc.close()
		<-s.readSlots
		return
	}
	s.readers <- rc
}

func errorf(format string, args ...any) error { return fmt.Errorf(format, args...) }
