package ingest

import "runtime"

// cores gives the CPU to the store stage first when the store writes in
// this process (the embedded store): there is a token per core
// (GOMAXPROCS), an extraction worker holds one per article and the store
// stage one per batch it writes. Left to share the cores evenly with the
// workers, the store stage, the one serial part of a run, fell behind:
// at the end of a BBC load (2 cores) about 900 extracted articles were
// still waiting for it, a fifth of the run's time with one core idle.
// With the tokens, a worker waits for at most one article's extraction
// while a batch is written, and both cores extract while the store has
// nothing to do. A store behind a server (Neo4j) spends the server's CPU,
// not this process's, and gets no tokens (nil).
type cores chan struct{}

func newCores(store any) cores {
	if _, inProcess := store.(preparer); !inProcess {
		return nil
	}
	return make(cores, max(1, runtime.GOMAXPROCS(0)))
}

// take blocks until a core is free.
func (c cores) take() {
	if c != nil {
		c <- struct{}{}
	}
}

func (c cores) release() {
	if c != nil {
		<-c
	}
}
