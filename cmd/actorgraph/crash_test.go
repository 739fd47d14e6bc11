package main

import (
	"bufio"
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	_ "modernc.org/sqlite"

	"github.com/actorgraph/actorgraph/internal/kg"
	"github.com/actorgraph/actorgraph/internal/store/embedded"
	"github.com/actorgraph/actorgraph/internal/testcorpus"
)

// The crash tests run the real binary on a few thousand real articles,
// kill it with SIGKILL in the middle of a load (twice), run it again to
// the end, and compare the store with the one a single clean run made:
// every row of every table must be the same, so nothing was lost, nothing
// was counted twice, and no half-written article is left.
//
//	go test -run Kill -v ./cmd/actorgraph

func TestKillDuringIngest(t *testing.T) {
	bin, input, n := crashSetup(t)
	clean := filepath.Join(t.TempDir(), "clean")
	runIngest(t, bin, clean, input)

	crashed := filepath.Join(t.TempDir(), "crashed")
	// Three kills, each run starting on the store the last one left
	// behind; the default batch size is used.
	for _, at := range []int{n / 8, n / 3, 2 * n / 3} {
		got := killWhen(t, bin, crashed, input, nil, func(db *sql.DB) (bool, error) {
			c, err := count(db, `SELECT count(*) FROM articles`)
			return c >= at, err
		})
		c := articleCount(t, crashed)
		t.Logf("killed after %d of %d articles were committed (%s)", c, n, got)
		if c == 0 || c >= n {
			t.Fatalf("kill came at %d of %d articles: not in the middle of the load", c, n)
		}
	}
	out := runIngest(t, bin, crashed, input)
	t.Logf("re-run: %s", lastLine(out))
	if st := stats(t, crashed); st.Articles != n {
		t.Errorf("store holds %d articles, input has %d", st.Articles, n)
	}
	sameGraph(t, clean, crashed)
}

// New text under known article ids replaces those articles; a kill in
// the middle of that, then a re-run, ends where an uninterrupted replace
// ends, with no stale facts of the old texts left.
func TestKillDuringReplace(t *testing.T) {
	bin, input, n := crashSetup(t)
	changed := filepath.Join(t.TempDir(), "changed.jsonl")
	writeChanged(t, input, changed)

	clean := filepath.Join(t.TempDir(), "clean")
	runIngest(t, bin, clean, input)
	runIngest(t, bin, clean, changed)
	newHashes := hashes(t, clean)

	crashed := filepath.Join(t.TempDir(), "crashed")
	runIngest(t, bin, crashed, input)
	// Small batches: many commits to land between.
	replaced := func(db *sql.DB) (int, error) {
		rows, err := db.Query(`SELECT content_hash FROM articles`)
		if err != nil {
			return 0, err
		}
		defer rows.Close()
		c := 0
		for rows.Next() {
			var h string
			if err := rows.Scan(&h); err != nil {
				return 0, err
			}
			if newHashes[h] {
				c++
			}
		}
		return c, rows.Err()
	}
	got := killWhen(t, bin, crashed, changed, []string{"--batch", "100"}, func(db *sql.DB) (bool, error) {
		c, err := replaced(db)
		return c >= n/3, err
	})
	db := openRO(t, crashed)
	c, err := replaced(db)
	db.Close()
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("killed after %d of %d articles were replaced (%s)", c, n, got)
	if c == 0 || c >= n {
		t.Fatalf("kill came at %d of %d replacements: not in the middle", c, n)
	}
	out := runIngest(t, bin, crashed, changed, "--batch", "100")
	t.Logf("re-run: %s", lastLine(out))
	sameGraph(t, clean, crashed)
}

// crashSetup builds the binary and writes the input: the BBC file and the
// first Reuters articles (third-party text: it stays in the temporary
// directory). It returns the binary, the input and its number of articles.
func crashSetup(t *testing.T) (bin, input string, n int) {
	t.Helper()
	if testing.Short() {
		t.Skip("crash test skipped in -short mode (it builds the binary and loads thousands of articles several times)")
	}
	bbc := testcorpus.Path(t, "corpus/bbc.jsonl")
	reuters := testcorpus.Path(t, "corpus/reuters21578.jsonl")
	dir := t.TempDir()
	bin = filepath.Join(dir, "actorgraph")
	build := exec.Command(filepath.Join(runtime.GOROOT(), "bin", "go"), "build", "-o", bin, ".")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	input = filepath.Join(dir, "input.jsonl")
	var buf bytes.Buffer
	ids := map[string]bool{}
	for _, src := range []struct {
		path string
		max  int
	}{{bbc, 1 << 30}, {reuters, 4000}} {
		f, err := os.Open(src.path)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 16<<20)
		for i := 0; i < src.max && sc.Scan(); i++ {
			var rec struct {
				ID string `json:"id"`
			}
			if err := json.Unmarshal(sc.Bytes(), &rec); err != nil || rec.ID == "" {
				t.Fatalf("%s line %d: not a record with an id", src.path, i+1)
			}
			ids[rec.ID] = true
			buf.Write(sc.Bytes())
			buf.WriteByte('\n')
		}
		f.Close()
		if err := sc.Err(); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(input, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return bin, input, len(ids)
}

// writeChanged writes the input with a sentence of ours added to every
// article, so each gets a new content hash under its old id.
func writeChanged(t *testing.T, in, out string) {
	t.Helper()
	data, err := os.ReadFile(in)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	for i, line := range bytes.Split(bytes.TrimSpace(data), []byte("\n")) {
		var rec map[string]any
		if err := json.Unmarshal(line, &rec); err != nil {
			t.Fatal(err)
		}
		text, _ := rec["text"].(string)
		rec["text"] = text + fmt.Sprintf("\n\nThis test added line %d so that the text is new.", i)
		b, err := json.Marshal(rec)
		if err != nil {
			t.Fatal(err)
		}
		buf.Write(b)
		buf.WriteByte('\n')
	}
	if err := os.WriteFile(out, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

func ingestCmd(bin, store, input string, extra ...string) *exec.Cmd {
	args := append([]string{"ingest", "--store", "file:" + store, "--progress", "none", "--log-format", "json"}, extra...)
	return exec.Command(bin, append(args, input)...)
}

// runIngest runs an ingest to its end and returns its output.
func runIngest(t *testing.T, bin, store, input string, extra ...string) string {
	t.Helper()
	out, err := ingestCmd(bin, store, input, extra...).CombinedOutput()
	if err != nil {
		t.Fatalf("ingest %s into %s: %v\n%s", filepath.Base(input), store, err, out)
	}
	return string(out)
}

// killWhen starts an ingest and sends SIGKILL as soon as ready says so
// (polling the database read-only), failing if the run ends first. It
// returns how long the run lasted.
func killWhen(t *testing.T, bin, store, input string, extra []string, ready func(*sql.DB) (bool, error)) time.Duration {
	t.Helper()
	cmd := ingestCmd(bin, store, input, extra...)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	start := time.Now()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	var db *sql.DB
	defer func() {
		if db != nil {
			db.Close()
		}
	}()
	deadline := time.After(5 * time.Minute)
	for {
		select {
		case err := <-exited:
			t.Fatalf("ingest ended (%v) before it could be killed; make the input larger for this machine\n%s", err, out.String())
		case <-deadline:
			cmd.Process.Kill()
			t.Fatalf("ingest made no progress in 5 minutes\n%s", out.String())
		case <-time.After(5 * time.Millisecond):
		}
		if db == nil {
			if _, err := os.Stat(filepath.Join(store, embedded.DBFile)); err != nil {
				continue
			}
			db = openRO(t, store)
		}
		ok, err := ready(db)
		if err != nil {
			continue // the schema may not be there yet
		}
		if ok {
			break
		}
	}
	// A moment later, so that kills land at different points of the
	// write cycle (resolving, inside a transaction, committing).
	select {
	case err := <-exited:
		t.Fatalf("ingest ended (%v) before it could be killed; make the input larger for this machine\n%s", err, out.String())
	case <-time.After(time.Duration(rand.IntN(400)) * time.Millisecond):
	}
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	err := <-exited
	if ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus); !ok || !ws.Signaled() || ws.Signal() != syscall.SIGKILL {
		t.Fatalf("ingest was not killed by SIGKILL (%v); it may have finished first\n%s", err, out.String())
	}
	return time.Since(start).Round(time.Millisecond)
}

func openRO(t *testing.T, store string) *sql.DB {
	t.Helper()
	u := "file:" + filepath.Join(store, embedded.DBFile) + "?mode=ro&_pragma=busy_timeout(10000)"
	db, err := sql.Open("sqlite", u)
	if err != nil {
		t.Fatal(err)
	}
	db.SetMaxOpenConns(1)
	return db
}

func count(db *sql.DB, q string) (int, error) {
	var n int
	err := db.QueryRow(q).Scan(&n)
	return n, err
}

func articleCount(t *testing.T, store string) int {
	t.Helper()
	db := openRO(t, store)
	defer db.Close()
	n, err := count(db, `SELECT count(*) FROM articles`)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func hashes(t *testing.T, store string) map[string]bool {
	t.Helper()
	db := openRO(t, store)
	defer db.Close()
	rows, err := db.Query(`SELECT content_hash FROM articles`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	out := map[string]bool{}
	for rows.Next() {
		var h string
		if err := rows.Scan(&h); err != nil {
			t.Fatal(err)
		}
		out[h] = true
	}
	return out
}

func stats(t *testing.T, store string) kg.Stats {
	t.Helper()
	s, err := embedded.Open(context.Background(), store)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	st, err := s.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return st
}

// dump reads every row of every table of a store, as sorted text per
// table. Left out: the generation counter (it counts transactions, which
// differ between one run and several), actor_names' rowids (assigned in
// write order) and the full-text index's own tables (checked through
// Search below).
func dump(t *testing.T, store string) map[string][]string {
	t.Helper()
	db := openRO(t, store)
	defer db.Close()
	var tables []string
	rows, err := db.Query(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'actor_fts%' AND name <> 'meta' ORDER BY name`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var n string
		if err := rows.Scan(&n); err != nil {
			t.Fatal(err)
		}
		tables = append(tables, n)
	}
	rows.Close()
	out := map[string][]string{}
	for _, table := range tables {
		rows, err := db.Query(`SELECT * FROM "` + table + `"`)
		if err != nil {
			t.Fatal(err)
		}
		cols, _ := rows.Columns()
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		for rows.Next() {
			if err := rows.Scan(ptrs...); err != nil {
				t.Fatal(err)
			}
			var sb strings.Builder
			for i, c := range cols {
				if c == "rowid" {
					continue
				}
				v := vals[i]
				if b, ok := v.([]byte); ok {
					v = string(b)
				}
				fmt.Fprintf(&sb, "%s=%v\x1f", c, v)
			}
			out[table] = append(out[table], sb.String())
		}
		if err := rows.Err(); err != nil {
			t.Fatal(err)
		}
		rows.Close()
		sort.Strings(out[table])
	}
	return out
}

// sameGraph compares two stores: statistics, every row, and name search.
func sameGraph(t *testing.T, want, got string) {
	t.Helper()
	if diff := cmp.Diff(stats(t, want), stats(t, got)); diff != "" {
		t.Errorf("stats (-clean +crashed):\n%s", diff)
	}
	dw, dg := dump(t, want), dump(t, got)
	var counts []string
	for table, rows := range dw {
		counts = append(counts, fmt.Sprintf("%s %d", table, len(rows)))
		if !cmp.Equal(rows, dg[table]) {
			t.Errorf("table %s differs: %d rows clean, %d after the kills; first differences:\n%s", table, len(rows), len(dg[table]), firstDiffs(rows, dg[table], 5))
		}
	}
	for table := range dg {
		if _, ok := dw[table]; !ok {
			t.Errorf("table %s only in the crashed store", table)
		}
	}
	sort.Strings(counts)
	t.Logf("compared rows: %s", strings.Join(counts, ", "))

	// The full-text index answers alike (it is maintained by triggers in
	// the same transactions).
	sw, err := embedded.Open(context.Background(), want)
	if err != nil {
		t.Fatal(err)
	}
	defer sw.Close()
	sg, err := embedded.Open(context.Background(), got)
	if err != nil {
		t.Fatal(err)
	}
	defer sg.Close()
	for _, q := range []string{"a", "mi", "jo", "bank", "united", "minister", "z"} {
		aw, err1 := sw.Search(context.Background(), kg.SearchQuery{Text: q, First: 200})
		ag, err2 := sg.Search(context.Background(), kg.SearchQuery{Text: q, First: 200})
		if err1 != nil || err2 != nil {
			t.Fatalf("search %q: %v %v", q, err1, err2)
		}
		if diff := cmp.Diff(aw, ag); diff != "" {
			t.Errorf("search %q (-clean +crashed):\n%s", q, diff)
		}
	}
}

func firstDiffs(a, b []string, max int) string {
	inB := map[string]int{}
	for _, r := range b {
		inB[r]++
	}
	inA := map[string]int{}
	for _, r := range a {
		inA[r]++
	}
	var sb strings.Builder
	n := 0
	for _, r := range a {
		if inB[r] > 0 {
			inB[r]--
			continue
		}
		if n++; n <= max {
			fmt.Fprintf(&sb, "  only clean:   %.300s\n", r)
		}
	}
	for _, r := range b {
		if inA[r] > 0 {
			inA[r]--
			continue
		}
		if n++; n <= 2*max {
			fmt.Fprintf(&sb, "  only crashed: %.300s\n", r)
		}
	}
	return sb.String()
}

func lastLine(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	for i := len(lines) - 1; i >= 0; i-- {
		if strings.HasPrefix(lines[i], "read ") {
			return lines[i]
		}
	}
	return lines[len(lines)-1]
}
