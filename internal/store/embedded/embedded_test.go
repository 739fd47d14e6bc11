package embedded

import (
	"context"
	"os"
	"path/filepath"
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
