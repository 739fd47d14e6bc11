package embedded

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

// Committed pages reach the database file soon after a write, before
// Close and long before the WAL holds the 1000 pages at which SQLite
// would checkpoint on its own.
func TestCheckpointInBackground(t *testing.T) {
	dir := t.TempDir()
	s := openTemp(t, dir)
	db := filepath.Join(dir, DBFile)
	size := func() int64 {
		fi, err := os.Stat(db)
		if err != nil {
			t.Fatal(err)
		}
		return fi.Size()
	}
	before := size()
	upsertAll(t, s, cacheArticle("c1", "Testova"), cacheArticle("c2", "Ms Testova"))
	for deadline := time.Now().Add(10 * time.Second); size() == before; time.Sleep(10 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("database file still %d bytes 10 s after a commit: no checkpoint ran", before)
		}
	}
	// Close folds the rest back: one self-contained file.
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if fi, err := os.Stat(db + "-wal"); err == nil && fi.Size() > 0 {
		t.Errorf("WAL of %d bytes left after Close", fi.Size())
	}
}
