package main

import (
	"runtime/debug"
	"testing"
)

// gcSettings reads the GC percent and memory limit without changing them.
func gcSettings() (int, int64) {
	pct := debug.SetGCPercent(100)
	debug.SetGCPercent(pct)
	return pct, debug.SetMemoryLimit(-1)
}

func TestTuneIngestGC(t *testing.T) {
	pct0, lim0 := gcSettings()
	for _, tc := range []struct {
		name, gogc, memlimit string
		tuned                bool
	}{
		{"no GC settings in the environment", "", "", true},
		{"GOGC set", "100", "", false},
		{"GOMEMLIMIT set", "", "1GiB", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Setenv("GOGC", tc.gogc)
			t.Setenv("GOMEMLIMIT", tc.memlimit)
			restore := tuneIngestGC()
			pct, lim := gcSettings()
			restore()
			wantPct, wantLim := pct0, lim0
			if tc.tuned {
				wantPct, wantLim = ingestGCPercent, ingestMemLimitMB<<20
			}
			if pct != wantPct || lim != wantLim {
				t.Errorf("during ingest: GOGC %d, limit %d; want %d, %d", pct, lim, wantPct, wantLim)
			}
			if p, l := gcSettings(); p != pct0 || l != lim0 {
				t.Errorf("after ingest: GOGC %d, limit %d; want the previous %d, %d", p, l, pct0, lim0)
			}
		})
	}
}
