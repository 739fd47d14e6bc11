package embedded

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/internal/kg"
	"github.com/actorgraph/actorgraph/internal/store/storetest"
)

func TestConformanceMemory(t *testing.T) {
	storetest.Run(t, storetest.Harness{
		Open: func(t *testing.T) kg.Store {
			s, err := OpenMemory(context.Background())
			if err != nil {
				t.Fatalf("OpenMemory: %v", err)
			}
			t.Cleanup(func() { s.Close() })
			return s
		},
		Short: testing.Short(),
	})
}

func TestConformanceFile(t *testing.T) {
	storetest.Run(t, storetest.Harness{
		Open: func(t *testing.T) kg.Store {
			s, err := Open(context.Background(), filepath.Join(t.TempDir(), "data"))
			if err != nil {
				t.Fatalf("Open: %v", err)
			}
			t.Cleanup(func() { s.Close() })
			return s
		},
		Reopen: func(t *testing.T, old kg.Store) kg.Store {
			dir := old.(*Store).Dir()
			if err := old.Close(); err != nil {
				t.Fatalf("Close: %v", err)
			}
			s, err := Open(context.Background(), dir)
			if err != nil {
				t.Fatalf("reopen %s: %v", dir, err)
			}
			t.Cleanup(func() { s.Close() })
			return s
		},
		Short: testing.Short(),
	})
}

// The memory store leaves nothing behind.
func TestMemoryRemovesFiles(t *testing.T) {
	s, err := OpenMemory(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	dir := s.Dir()
	if _, err := os.Stat(dir); err != nil {
		t.Fatalf("memory store directory missing while open: %v", err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(dir); !os.IsNotExist(err) {
		t.Errorf("memory store directory %s still there after Close (err %v)", dir, err)
	}
}

// Bad store locations fail with UNAVAILABLE naming the place.
func TestOpenErrors(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	notDir := filepath.Join(dir, "file")
	if err := os.WriteFile(notDir, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	garbage := filepath.Join(dir, "garbage")
	if err := os.MkdirAll(garbage, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(garbage, DBFile), []byte("this is not a database, just text long enough to have a header of sorts"), 0o644); err != nil {
		t.Fatal(err)
	}
	for name, path := range map[string]string{"a file, not a directory": notDir, "not a database": garbage} {
		s, err := Open(ctx, path)
		if err == nil {
			s.Close()
			t.Errorf("Open(%s): no error", name)
			continue
		}
		if kg.ErrorCode(err) != kg.CodeUnavailable || !strings.Contains(err.Error(), path) {
			t.Errorf("Open(%s) = %v (code %s); want UNAVAILABLE naming %s", name, err, kg.ErrorCode(err), path)
		}
	}
	if _, err := Open(ctx, ""); kg.ErrorCode(err) != kg.CodeInvalidArgument {
		t.Errorf("Open(\"\") = %v, want INVALID_ARGUMENT", err)
	}
}

// A database written by a newer schema is refused, not misread.
func TestNewerSchemaRefused(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	s, err := Open(ctx, dir)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.wdb.Exec(fmt.Sprintf("PRAGMA user_version = %d", schemaVersion+1)); err != nil {
		t.Fatal(err)
	}
	s.Close()
	if s, err := Open(ctx, dir); err == nil {
		s.Close()
		t.Fatal("opened a database with a newer schema")
	} else if kg.ErrorCode(err) != kg.CodeUnavailable || !strings.Contains(err.Error(), "newer") {
		t.Errorf("error %v, want UNAVAILABLE saying the database is newer", err)
	}
}

// Calls after Close fail with UNAVAILABLE instead of panicking.
func TestUseAfterClose(t *testing.T) {
	s, err := OpenMemory(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	if _, err := s.Stats(context.Background()); kg.ErrorCode(err) != kg.CodeUnavailable {
		t.Errorf("Stats after Close: %v, want UNAVAILABLE", err)
	}
	if _, err := s.Upsert(context.Background(), storetest.A1()); kg.ErrorCode(err) != kg.CodeUnavailable {
		t.Errorf("Upsert after Close: %v, want UNAVAILABLE", err)
	}
	if err := s.Close(); err != nil {
		t.Errorf("second Close: %v", err)
	}
}
