package embedded

import (
	"context"
	"testing"
)

// TestDroppedReaderLeavesNoTransaction: a read connection dropped as
// possibly broken (here, one left inside a transaction, as a BEGIN cut
// short by a cancelled context or a failed ROLLBACK can leave it) must
// not come back from the pool to fail the next reader's BEGIN with
// "cannot start a transaction within a transaction".
func TestDroppedReaderLeavesNoTransaction(t *testing.T) {
	ctx := context.Background()
	s, err := OpenMemory(ctx)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	for i := 0; i < 4; i++ {
		rc, err := s.reader(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := rc.c.ExecContext(ctx, "BEGIN"); err != nil {
			t.Fatal(err)
		}
		s.release(rc, false)
		if _, err := s.Stats(ctx); err != nil {
			t.Fatalf("round %d: stats after a dropped reader: %v", i, err)
		}
	}
}
