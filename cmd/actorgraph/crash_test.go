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
	"unicode"

	"github.com/google/go-cmp/cmp"
	_ "modernc.org/sqlite"

	"github.com/actorgraph/actorgraph/internal/extract"
	"github.com/actorgraph/actorgraph/internal/ingest"
	"github.com/actorgraph/actorgraph/internal/kg"
	"github.com/actorgraph/actorgraph/internal/samples"
	"github.com/actorgraph/actorgraph/internal/store/embedded"
	"github.com/actorgraph/actorgraph/internal/testcorpus"
)

// The crash tests run the real binary, kill it with SIGKILL in the middle
// of a load (three times), run it again to the end, and compare the store
// with the one a single clean run made: every row of every table must be
// the same, so nothing was lost, nothing was counted twice, and no
// half-written article is left. After the first kill the store is also
// opened the way serve opens it, before any re-run: it must recover, hold
// exactly a prefix of the input, and equal a clean run of that prefix, so
// every article in it is complete.
//
// TestKillSynthetic needs nothing from outside the repository (articles
// are made from our samples); the others use the third-party corpus and
// skip without it.
//
//	go test -run Kill -v ./cmd/actorgraph

func TestKillSynthetic(t *testing.T) {
	skipShort(t)
	bin := buildBinary(t)
	input := filepath.Join(t.TempDir(), "synthetic.jsonl")
	ids := writeSynthetic(t, input, 2000)
	// Small batches: many commits, so the kills land at different
	// points of the write cycle.
	killAndRerun(t, bin, input, ids, []string{"--batch", "50"})
}

func TestKillDuringIngest(t *testing.T) {
	bin, input, _ := crashSetup(t)
	// Batches a quarter of the default: enough commits in the BBC file's
	// 2,221 articles for three kills well before the end.
	killAndRerun(t, bin, input, inputIDs(t, input), []string{"--batch", "128"})
}

// killDelays are how long after a kill point is reached the SIGKILL is
// sent: fixed, so that runs differ only by scheduling, and different, so
// that kills land in different phases (resolving, inside a transaction,
// committing).
var killDelays = []time.Duration{0, 40 * time.Millisecond, 150 * time.Millisecond}

// killAndRerun is the kill -9 scenario on one input whose article ids, in
// input order, are ids; extra flags go to every ingest.
func killAndRerun(t *testing.T, bin, input string, ids []string, extra []string) {
	n := len(ids)
	seen := map[string]bool{}
	for _, id := range ids {
		if seen[id] {
			t.Fatalf("article id %s twice in the input: the counts below assume one record per id", id)
		}
		seen[id] = true
	}
	clean := filepath.Join(t.TempDir(), "clean")
	out := runIngest(t, bin, clean, input, extra...)
	t.Logf("clean run: %s", lastLine(out))
	if st := stats(t, clean); st.Articles != n {
		t.Fatalf("clean run stored %d articles, input has %d", st.Articles, n)
	}

	crashed := filepath.Join(t.TempDir(), "crashed")
	// Each run starts on the store the last one left behind.
	for k, at := range []int{n / 8, n / 3, 2 * n / 3} {
		took := killWhen(t, bin, crashed, input, extra, killDelays[k], func(db *sql.DB) (bool, error) {
			c, err := count(db, `SELECT count(*) FROM articles`)
			return c >= at, err
		})
		if k == 0 {
			// Before anything else touches the files the kill left.
			checkRecovered(t, bin, clean, crashed, input, ids, extra)
		}
		c := articleCount(t, crashed)
		t.Logf("kill %d: %d of %d articles committed (run lasted %s, killed %s after reaching %d)", k+1, c, n, took, killDelays[k], at)
		if c == 0 || c >= n {
			t.Fatalf("kill came at %d of %d articles: not in the middle of the load", c, n)
		}
	}

	// The re-run finds what was committed unchanged and adds the rest.
	before := articleCount(t, crashed)
	rep := runReport(t, bin, crashed, input, extra...)
	t.Logf("re-run: %d read, %d new, %d unchanged", rep.Read, rep.New, rep.Unchanged)
	want := ingest.Summary{Read: n, New: n - before, Unchanged: before}
	if diff := cmp.Diff(want, countsOf(rep)); diff != "" {
		t.Errorf("re-run summary after the kills (-want +got):\n%s", diff)
	}
	if st := stats(t, crashed); st.Articles != n {
		t.Errorf("store holds %d articles, input has %d", st.Articles, n)
	}
	rows := sameGraph(t, bin, clean, crashed)

	// One more run changes nothing at all.
	rep = runReport(t, bin, crashed, input, extra...)
	if diff := cmp.Diff(ingest.Summary{Read: n, Unchanged: n}, countsOf(rep)); diff != "" {
		t.Errorf("third run summary (-want +got):\n%s", diff)
	}
	after := dump(t, bin, crashed)
	for table := range mergeKeys(rows, after) {
		if !cmp.Equal(rows[table], after[table]) {
			t.Errorf("a run of an input already loaded changed table %s: %d rows before, %d after; first differences:\n%s", table, len(rows[table]), len(after[table]), firstDiffs(rows[table], after[table], 5))
		}
	}
}

// checkRecovered opens a store just killed the way serve does and checks
// that it recovers (WAL replay), passes SQLite's integrity check, holds
// exactly the first articles of the input, each with the same article row
// (its claims) and evidence as in the clean run of the whole input, and
// equals the store a clean run of just those articles makes: every
// article in it is whole, and no fact or tally of a lost one is left.
func checkRecovered(t *testing.T, bin, clean, crashed, input string, ids []string, extra []string) {
	ctx := context.Background()
	s, err := embedded.Open(ctx, crashed)
	if err != nil {
		t.Fatalf("open the store left by kill -9: %v", err)
	}
	st, err := s.Stats(ctx)
	if err != nil {
		s.Close()
		t.Fatalf("stats of the store left by kill -9: %v", err)
	}
	if err := s.Close(); err != nil {
		t.Fatalf("close the store left by kill -9: %v", err)
	}

	db := openRO(t, crashed)
	var check string
	if err := db.QueryRow(`PRAGMA integrity_check`).Scan(&check); err != nil || check != "ok" {
		t.Errorf("integrity check after kill -9: %q %v", check, err)
	}
	stored := map[string]bool{}
	rows, err := db.Query(`SELECT id FROM articles`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			t.Fatal(err)
		}
		stored[id] = true
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	rows.Close()
	db.Close()

	c := len(stored)
	if st.Articles != c {
		t.Errorf("Stats.Articles is %d, the articles table holds %d", st.Articles, c)
	}
	if c == 0 || c >= len(ids) {
		t.Fatalf("kill came at %d of %d articles: not in the middle of the load", c, len(ids))
	}
	// The writer commits in input order, so what survived is a prefix.
	for i, id := range ids {
		if stored[id] != (i < c) {
			t.Fatalf("the stored articles are not the first %d of the input: article %d (%s) stored=%v", c, i, id, stored[id])
		}
	}
	t.Logf("recovered store opens with %d articles, %d actors, %d meetings, %d statements", st.Articles, st.Actors, st.Meetings, st.Statements)

	for _, q := range []string{
		`SELECT * FROM articles WHERE id IN (SELECT value FROM json_each(?))`,
		`SELECT * FROM evidence WHERE article_id IN (SELECT value FROM json_each(?))`,
	} {
		want, got := queryRows(t, clean, q, stored), queryRows(t, crashed, q, stored)
		if !cmp.Equal(want, got) {
			t.Errorf("%s: the %d articles left by the kill differ from the clean run's: %d rows clean, %d after the kill; first differences:\n%s", q, c, len(want), len(got), firstDiffs(want, got, 5))
		}
	}

	prefix := filepath.Join(t.TempDir(), "prefix.jsonl")
	writeSubset(t, input, prefix, stored)
	ref := filepath.Join(t.TempDir(), "prefix-clean")
	runIngest(t, bin, ref, prefix, extra...)
	sameGraph(t, bin, ref, crashed)
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
	got := killWhen(t, bin, crashed, changed, []string{"--batch", "100"}, killDelays[1], func(db *sql.DB) (bool, error) {
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
	rep := runReport(t, bin, crashed, changed, "--batch", "100")
	t.Logf("re-run: %d read, %d unchanged, %d replaced", rep.Read, rep.Unchanged, rep.Replaced)
	if diff := cmp.Diff(ingest.Summary{Read: n, Unchanged: c, Replaced: n - c}, countsOf(rep)); diff != "" {
		t.Errorf("re-run summary after the kill (-want +got):\n%s", diff)
	}
	sameGraph(t, bin, clean, crashed)
}

// crashSetup builds the binary and returns it with the BBC corpus file
// (third-party text: it is read where it is, never copied into the
// repository) and its number of articles.
func crashSetup(t *testing.T) (bin, input string, n int) {
	t.Helper()
	skipShort(t)
	input = testcorpus.Path(t, "corpus/bbc.jsonl")
	return buildBinary(t), input, len(inputIDs(t, input))
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

func skipShort(t *testing.T) {
	t.Helper()
	if testing.Short() {
		t.Skip("crash test skipped in -short mode (it builds the binary and loads thousands of articles several times)")
	}
}

// buildBinary builds the actorgraph binary and, next to it, the store
// dump helper; neither is race-instrumented: the test is about what
// survives a kill, and it must stay quick under -race.
func buildBinary(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "actorgraph")
	for _, b := range [][2]string{{bin, "."}, {dumpBin(bin), "./testdata/crash/dump"}} {
		build := exec.Command(filepath.Join(runtime.GOROOT(), "bin", "go"), "build", "-o", b[0], b[1])
		if out, err := build.CombinedOutput(); err != nil {
			t.Fatalf("go build %s: %v\n%s", b[1], err, out)
		}
	}
	return bin
}

func dumpBin(bin string) string { return filepath.Join(filepath.Dir(bin), "crashdump") }

// Made-up names for the people of the synthetic articles.
var (
	synthGiven = []string{"Amelia", "Bruno", "Carmen", "Dmitri", "Elena", "Farid", "Greta", "Hugo", "Irene", "Jonas",
		"Karin", "Luis", "Marta", "Nadia", "Oskar", "Paula", "Rafael", "Sofia", "Tobias", "Ursula",
		"Viktor", "Wanda", "Yusuf", "Zora", "Anders", "Beatriz", "Cyril", "Dalia", "Emil", "Freya"}
	synthSurnames = []string{"Achterberg", "Balogun", "Castellanos", "Dufresne", "Eklund", "Fairbairn", "Gallardo", "Haverkamp",
		"Ilunga", "Jovanic", "Kasprzak", "Lindqvist", "Marchetti", "Nakashima", "Okafor", "Pellegrini",
		"Quaresma", "Rautio", "Sandoval", "Tveit", "Valtonen", "Wexford", "Zavala", "Abernethy",
		"Borowski", "Cardenas", "Esterhuizen", "Falkner", "Grimaldi", "Hollis", "Ivanko", "Jaramillo",
		"Kettunen", "Lachance", "Moreau", "Nyberg", "Orsini", "Palacios", "Rydell", "Szabados"}
)

// writeSynthetic writes n articles made from our samples as JSON Lines and
// returns their ids in input order. Article i is sample i%7 with its
// people renamed from small pools (so people recur across articles and
// cross-article resolution has work to do) and its year moved; every
// fifth one repeats an earlier article's people and dates. A fixed seed
// keeps the input the same on every run.
func writeSynthetic(t *testing.T, path string, n int) []string {
	t.Helper()
	list, err := samples.List()
	if err != nil {
		t.Fatal(err)
	}
	// The words of every person's name in each sample: what gets renamed,
	// a name's last word from the surnames, the others from the given
	// names.
	type words struct{ given, surnames []string }
	names := make([]words, len(list))
	for i, s := range list {
		seen := map[string]bool{}
		for _, a := range extract.Extract(s.Document(), extract.Options{}).Actors {
			if a.Kind != kg.KindPerson {
				continue
			}
			f := strings.Fields(a.Name)
			for k, w := range f {
				if seen[w] {
					continue
				}
				seen[w] = true
				if k == len(f)-1 {
					names[i].surnames = append(names[i].surnames, w)
				} else {
					names[i].given = append(names[i].given, w)
				}
			}
		}
		if len(names[i].surnames) == 0 || len(names[i].surnames) > len(synthSurnames) || len(names[i].given) > len(synthGiven) {
			t.Fatalf("sample %s: %d surnames and %d given names to rename", s.Name, len(names[i].surnames), len(names[i].given))
		}
	}
	rng := rand.New(rand.NewPCG(7, 2025))
	var buf bytes.Buffer
	ids := make([]string, n)
	type variant struct {
		rename map[string]string
		year   string
	}
	last := make([]variant, len(list))
	for i := range n {
		si := i % len(list)
		s := list[si]
		v := last[si]
		again := v.rename != nil && i%5 == 4
		if !again {
			// New people; shuffled pools, so no two people of an article
			// get the same name.
			v = variant{rename: map[string]string{}, year: fmt.Sprint(1996 + rng.IntN(30))}
			for _, p := range []struct{ from, pool []string }{{names[si].surnames, synthSurnames}, {names[si].given, synthGiven}} {
				pool := append([]string(nil), p.pool...)
				rng.Shuffle(len(pool), func(a, b int) { pool[a], pool[b] = pool[b], pool[a] })
				for k, w := range p.from {
					v.rename[w] = pool[k]
				}
			}
		}
		// Every fifth article is a second report of the last one made
		// from its sample (same people and dates, one more sentence):
		// its facts merge with facts an earlier batch wrote.
		text := renameWords(s.Text, v.rename)
		text = strings.ReplaceAll(text, "2025", v.year)
		if again {
			text += fmt.Sprintf("\nThis is report %d of the crash test.\n", i)
		}
		last[si] = v
		if text == s.Text {
			t.Fatalf("sample %s: renaming changed nothing", s.Name)
		}
		title, _, _ := strings.Cut(text, "\n")
		ids[i] = fmt.Sprintf("synthetic-%05d-%s", i, s.Name)
		b, err := json.Marshal(map[string]string{"id": ids[i], "title": strings.TrimSpace(title), "text": text, "source": "actorgraph crash test"})
		if err != nil {
			t.Fatal(err)
		}
		buf.Write(b)
		buf.WriteByte('\n')
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return ids
}

// renameWords replaces whole words (runs of letters) found in rename.
func renameWords(text string, rename map[string]string) string {
	var sb strings.Builder
	start := -1
	flush := func(end int) {
		if start < 0 {
			return
		}
		w := text[start:end]
		if r, ok := rename[w]; ok {
			w = r
		}
		sb.WriteString(w)
		start = -1
	}
	for i, r := range text {
		if unicode.IsLetter(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		flush(i)
		sb.WriteRune(r)
	}
	flush(len(text))
	return sb.String()
}

// inputIDs returns the ids of a JSON Lines input in order.
func inputIDs(t *testing.T, path string) []string {
	t.Helper()
	var ids []string
	eachRecord(t, path, func(id string, _ []byte) { ids = append(ids, id) })
	return ids
}

// writeSubset writes the records of in whose id is in keep, in order.
func writeSubset(t *testing.T, in, out string, keep map[string]bool) {
	t.Helper()
	var buf bytes.Buffer
	eachRecord(t, in, func(id string, line []byte) {
		if keep[id] {
			buf.Write(line)
			buf.WriteByte('\n')
		}
	})
	if err := os.WriteFile(out, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

func eachRecord(t *testing.T, path string, fn func(id string, line []byte)) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for i := 1; sc.Scan(); i++ {
		var rec struct {
			ID string `json:"id"`
		}
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil || rec.ID == "" {
			t.Fatalf("%s line %d: not a record with an id", path, i)
		}
		fn(rec.ID, sc.Bytes())
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
}

// runReport runs an ingest to its end with --report and returns the report.
func runReport(t *testing.T, bin, store, input string, extra ...string) ingest.Summary {
	t.Helper()
	path := filepath.Join(t.TempDir(), "report.json")
	runIngest(t, bin, store, input, append(append([]string(nil), extra...), "--report", path)...)
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var sum ingest.Summary
	if err := json.Unmarshal(data, &sum); err != nil {
		t.Fatalf("report %s: %v", path, err)
	}
	return sum
}

// countsOf keeps a summary's article counts and the problems, to compare.
func countsOf(s ingest.Summary) ingest.Summary {
	if len(s.Problems) == 0 {
		s.Problems = nil
	}
	return ingest.Summary{Read: s.Read, New: s.New, Unchanged: s.Unchanged, Replaced: s.Replaced, Failed: s.Failed,
		BadInputs: s.BadInputs, NotWritten: s.NotWritten, Canceled: s.Canceled, Problems: s.Problems}
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

// killWhen starts an ingest and sends SIGKILL delay after ready says so
// (polling the database read-only), failing if the run ends first. It
// returns how long the run lasted.
func killWhen(t *testing.T, bin, store, input string, extra []string, delay time.Duration, ready func(*sql.DB) (bool, error)) time.Duration {
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
	select {
	case err := <-exited:
		t.Fatalf("ingest ended (%v) before it could be killed; make the input larger for this machine\n%s", err, out.String())
	case <-time.After(delay):
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
// table, with the helper in testdata/crash/dump (see there what it leaves
// out and why it is a separate program).
func dump(t *testing.T, bin, store string) map[string][]string {
	t.Helper()
	out := filepath.Join(t.TempDir(), "dump.json")
	cmd := exec.Command(dumpBin(bin), filepath.Join(store, embedded.DBFile), out)
	if msg, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("dump %s: %v\n%s", store, err, msg)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	var rows map[string][]string
	if err := json.Unmarshal(data, &rows); err != nil {
		t.Fatalf("dump %s: %v", store, err)
	}
	return rows
}

// queryRows runs q with the ids in keep as its one JSON array argument
// and returns the rows as sorted text.
func queryRows(t *testing.T, store, q string, keep map[string]bool) []string {
	t.Helper()
	ids := make([]string, 0, len(keep))
	for id := range keep {
		ids = append(ids, id)
	}
	arg, err := json.Marshal(ids)
	if err != nil {
		t.Fatal(err)
	}
	db := openRO(t, store)
	defer db.Close()
	rows, err := db.Query(q, string(arg))
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	out, err := rowStrings(rows)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// rowStrings reads rows as sorted text, one line per row.
func rowStrings(rows *sql.Rows) ([]string, error) {
	cols, err := rows.Columns()
	if err != nil {
		return nil, err
	}
	vals := make([]any, len(cols))
	ptrs := make([]any, len(cols))
	for i := range vals {
		ptrs[i] = &vals[i]
	}
	var out []string
	for rows.Next() {
		if err := rows.Scan(ptrs...); err != nil {
			return nil, err
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
		out = append(out, sb.String())
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	sort.Strings(out)
	return out, nil
}

// sameGraph compares two stores: statistics, every row, and name search.
// It returns got's rows.
func sameGraph(t *testing.T, bin, want, got string) map[string][]string {
	t.Helper()
	if diff := cmp.Diff(stats(t, want), stats(t, got)); diff != "" {
		t.Errorf("stats (-clean +crashed):\n%s", diff)
	}
	dw, dg := dump(t, bin, want), dump(t, bin, got)
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
	return dg
}

func mergeKeys(a, b map[string][]string) map[string]bool {
	out := map[string]bool{}
	for k := range a {
		out[k] = true
	}
	for k := range b {
		out[k] = true
	}
	return out
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
			fmt.Fprintf(&sb, "  only in the first:  %.300s\n", r)
		}
	}
	for _, r := range b {
		if inA[r] > 0 {
			inA[r]--
			continue
		}
		if n++; n <= 2*max {
			fmt.Fprintf(&sb, "  only in the second: %.300s\n", r)
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
