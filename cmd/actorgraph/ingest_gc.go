package main

import (
	"os"
	"runtime/debug"
)

// The garbage collector's policy during `actorgraph ingest`, unless the
// user chose one with GOGC or GOMEMLIMIT. Go's default (collect when the
// heap doubles) collected 29 times during a BBC ingest, a fifth of its
// CPU: the live heap is small (the articles in flight, a batch or two)
// but the extractor allocates fast. Letting the heap grow to 9 times the
// live heap, capped by a soft limit, collected 3 times; the limit keeps
// the peak bounded whatever the live heap does (Reuters, whose resolver
// and caches hold more, peaked at about 400 MB RSS instead of 240).
const (
	ingestGCPercent  = 800
	ingestMemLimitMB = 300 // Go heap only; SQLite's page caches come on top
)

// tuneIngestGC applies the ingest GC policy when the environment sets
// none, and returns a function restoring the previous settings.
func tuneIngestGC() (restore func()) {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return func() {}
	}
	limit := debug.SetMemoryLimit(ingestMemLimitMB << 20)
	pct := debug.SetGCPercent(ingestGCPercent)
	return func() {
		debug.SetGCPercent(pct)
		debug.SetMemoryLimit(limit)
	}
}
