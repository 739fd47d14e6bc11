package embedded

import (
	"database/sql"
	"time"
)

// Checkpoints (copying committed pages from the WAL into the database
// file, then syncing it) run on a goroutine of their own. Left to SQLite,
// the commit that grows the WAL past 1000 pages checkpoints before it
// returns: a loading writer stopped for the copy and two syncs every 16 MB
// written (about 0.1-0.3 s each on the machine of the README's figures),
// and Close did the rest in one go. A PASSIVE checkpoint never waits for
// the writer or the readers, so the writer goes on meanwhile, and Close
// finds little left to fold back. SQLite's own checkpoint on commit stays
// as a backstop for when this one falls behind.

// minCheckpointGap spaces background checkpoints: each syncs the database
// file, and a trickle of small writes (the ingest mutation) should not
// sync after every commit.
const minCheckpointGap = 200 * time.Millisecond

type checkpointer struct {
	db   *sql.DB       // a connection of its own; nil when not started
	kick chan struct{} // a commit happened; capacity 1, kicks coalesce
	stop chan struct{} // closed by Close
	done chan struct{} // closed when the goroutine ended
}

func (c *checkpointer) start(dsn string) error {
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return err
	}
	db.SetMaxOpenConns(1)
	db.SetMaxIdleConns(1)
	db.SetConnMaxLifetime(0)
	db.SetConnMaxIdleTime(0)
	c.db = db
	c.kick = make(chan struct{}, 1)
	c.stop = make(chan struct{})
	c.done = make(chan struct{})
	go c.run()
	return nil
}

func (c *checkpointer) run() {
	defer close(c.done)
	for {
		select {
		case <-c.stop:
			return
		case <-c.kick:
		}
		// A failed checkpoint loses nothing: the pages stay in the WAL for
		// the next one (or SQLite's own, or Close's).
		_, _ = c.db.Exec("PRAGMA wal_checkpoint(PASSIVE)")
		select {
		case <-c.stop:
			return
		case <-time.After(minCheckpointGap):
		}
	}
}

// committed tells the checkpointer that the WAL grew. It never blocks.
func (c *checkpointer) committed() {
	if c.db == nil {
		return
	}
	select {
	case c.kick <- struct{}{}:
	default:
	}
}

// close stops the goroutine, waiting for a checkpoint under way.
func (c *checkpointer) close() error {
	if c.db == nil {
		return nil
	}
	close(c.stop)
	<-c.done
	err := c.db.Close()
	c.db = nil
	return err
}
