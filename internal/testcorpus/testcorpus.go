// Package testcorpus finds the third-party news in ../shared for tests. The
// texts are research-only and never copied into this repository, so tests
// that need them skip, saying why, when they are absent.
package testcorpus

import (
	"os"
	"path/filepath"
)

// TB is the part of testing.TB these helpers use; taking it instead of
// testing.TB keeps the testing package out of binaries that call Dir.
type TB interface {
	Helper()
	Skipf(format string, args ...any)
}

// Dir returns the shared folder (ACTORGRAPH_SHARED, else ../shared next to
// the module root) or "" when it cannot be found.
func Dir() string {
	if d := os.Getenv("ACTORGRAPH_SHARED"); d != "" {
		return d
	}
	wd, err := os.Getwd()
	if err != nil {
		return ""
	}
	for d := wd; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			s := filepath.Join(filepath.Dir(d), "shared")
			if fi, err := os.Stat(s); err == nil && fi.IsDir() {
				return s
			}
			return ""
		}
		if filepath.Dir(d) == d {
			return ""
		}
	}
}

// Path returns the path of a file under the shared folder (e.g.
// "seeds/000_77097f95ebc5eb17.txt", "corpus/bbc.jsonl"), skipping the test
// with a clear message when it is not there.
func Path(t TB, rel string) string {
	t.Helper()
	d := Dir()
	if d == "" {
		t.Skipf("skipping: third-party corpus not found (../shared next to the module, or ACTORGRAPH_SHARED); it is not shipped with the repo")
	}
	p := filepath.Join(d, rel)
	if _, err := os.Stat(p); err != nil {
		t.Skipf("skipping: %s not found in the shared corpus (%v)", rel, err)
	}
	return p
}

// Seed is the path of the article the project began from.
func Seed(t TB) string { return Path(t, "seeds/000_77097f95ebc5eb17.txt") }
