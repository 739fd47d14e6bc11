//go:build race

package ingest

// raceEnabled skips the slowest corpus runs under the race detector, which
// makes the store's SQLite ~25 times slower; the pipeline's concurrency is
// covered by the smaller tests.
const raceEnabled = true
