package ingest

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/actorgraph/actorgraph/internal/article"
	"github.com/actorgraph/actorgraph/internal/kg"
	"github.com/actorgraph/actorgraph/internal/store/embedded"
	"github.com/actorgraph/actorgraph/internal/testcorpus"
)

func openStore(t testing.TB) *embedded.Store {
	t.Helper()
	s, err := embedded.OpenMemory(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func jsonl(records ...map[string]any) string {
	var b strings.Builder
	for _, r := range records {
		j, _ := json.Marshal(r)
		b.Write(j)
		b.WriteByte('\n')
	}
	return b.String()
}

func rec(id, text string) map[string]any {
	return map[string]any{"id": id, "title": "Title " + id, "text": text, "published_at": "2021-06-01"}
}

// counts is the part of a Summary the tests compare.
type counts struct{ Read, New, Unchanged, Replaced, Failed, BadInputs, NotWritten int }

func countsOf(s Summary) counts {
	return counts{s.Read, s.New, s.Unchanged, s.Replaced, s.Failed, s.BadInputs, s.NotWritten}
}

func stats(t *testing.T, s kg.Store) kg.Stats {
	t.Helper()
	st, err := s.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return st
}

func TestRunAndIdempotence(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"a.jsonl": jsonl(rec("a1", "Vera Testova met Omar Example."), rec("a2", "Vera Testova said all is well.")) +
			"{broken\n" + jsonl(rec("a3", "Omar Example met Ida Sample.")),
		"b/story.txt": "A Made-Up Headline\n\nIda Sample met Vera Testova.",
		"b/empty.txt": "",
	})
	store := openStore(t)
	ctx := context.Background()
	var seen []Problem
	opts := Options{Workers: 3, BatchSize: 2, OnProblem: func(p Problem) { seen = append(seen, p) }}
	sum, err := Run(ctx, store, fakeExtract, []string{dir}, opts)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(counts{Read: 4, New: 4, BadInputs: 2}, countsOf(sum)); diff != "" {
		t.Errorf("first run (-want +got):\n%s", diff)
	}
	wantFacts := Facts{Actors: 7, Mentions: 7, Meetings: 3, Statements: 1}
	if diff := cmp.Diff(wantFacts, sum.Facts); diff != "" {
		t.Errorf("facts (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(kg.Stats{Articles: 4, Actors: 3, Meetings: 3, Statements: 1}, sum.Added); diff != "" {
		t.Errorf("added (-want +got):\n%s", diff)
	}
	wantFiles := []FileResult{
		{Path: filepath.Join(dir, "a.jsonl"), Articles: 3, New: 3, BadRecords: 1},
		{Path: filepath.Join(dir, "b/empty.txt"), BadRecords: 1},
		{Path: filepath.Join(dir, "b/story.txt"), Articles: 1, New: 1},
	}
	if diff := cmp.Diff(wantFiles, sum.Files); diff != "" {
		t.Errorf("files (-want +got):\n%s", diff)
	}
	if len(sum.Problems) != 2 || !strings.HasPrefix(sum.Problems[0].Message, filepath.Join(dir, "a.jsonl")+":3: broken JSON") ||
		sum.Problems[0].Stage != StageLoad || sum.Problems[0].Code != kg.CodeBadInput ||
		!strings.Contains(sum.Problems[1].Message, "empty.txt: empty file") {
		t.Errorf("problems %+v", sum.Problems)
	}
	if len(seen) != 2 {
		t.Errorf("OnProblem saw %d problems, want 2", len(seen))
	}
	if err := sum.Err(); kg.ErrorCode(err) != kg.CodeBadInput || !strings.Contains(err.Error(), "2 inputs could not be loaded") {
		t.Errorf("Err() = %v", err)
	}
	first := stats(t, store)

	// The same inputs again change nothing.
	again, err := Run(ctx, store, fakeExtract, []string{dir}, opts)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(counts{Read: 4, Unchanged: 4, BadInputs: 2}, countsOf(again)); diff != "" {
		t.Errorf("second run (-want +got):\n%s", diff)
	}
	if again.Facts != (Facts{}) || again.Added != (kg.Stats{}) {
		t.Errorf("second run added facts %+v / %+v", again.Facts, again.Added)
	}
	if diff := cmp.Diff(first, stats(t, store)); diff != "" {
		t.Errorf("store changed on the second run (-before +after):\n%s", diff)
	}
}

// Changed text under a known id replaces that article's facts whole.
func TestRunReplacesChangedArticle(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "news.jsonl")
	writeFiles(t, dir, map[string]string{"news.jsonl": jsonl(rec("r1", "Vera Testova met Omar Example."), rec("r2", "Omar Example said nothing new."))})
	store := openStore(t)
	ctx := context.Background()
	if _, err := Run(ctx, store, fakeExtract, []string{p}, Options{}); err != nil {
		t.Fatal(err)
	}
	writeFiles(t, dir, map[string]string{"news.jsonl": jsonl(rec("r1", "Vera Testova met Ida Sample."), rec("r2", "Omar Example said nothing new."))})
	sum, err := Run(ctx, store, fakeExtract, []string{p}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(counts{Read: 2, Replaced: 1, Unchanged: 1}, countsOf(sum)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	enc, err := store.Encounters(ctx, kg.EncounterQuery{ActorID: kg.PersonID("Vera Testova")})
	if err != nil {
		t.Fatal(err)
	}
	var met []string
	for _, e := range enc {
		met = append(met, e.CounterpartID)
	}
	if diff := cmp.Diff([]string{kg.PersonID("Ida Sample")}, met); diff != "" {
		t.Errorf("counterparts after the replacement (-want +got):\n%s", diff)
	}
	if st := stats(t, store); st.Articles != 2 || st.Meetings != 1 {
		t.Errorf("stats %+v, want 2 articles and 1 meeting", st)
	}
}

// Short names resolve to the full names of earlier articles in input order,
// whatever the number of workers and however long each extraction takes.
func TestRunResolvesInInputOrder(t *testing.T) {
	var lines []map[string]any
	lines = append(lines, rec("o1", "SLOW\nVera Testova met Omar Example."))
	for i := 2; i <= 30; i++ {
		text := "Testova met Example."
		if i%3 == 0 {
			text = "SLOW\n" + text
		}
		lines = append(lines, rec(fmt.Sprintf("o%d", i), text+"\nExample said the talks went on."))
	}
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"order.jsonl": jsonl(lines...)})

	type outcome struct {
		Stats   kg.Stats
		Rewrote int
		Actors  []string
	}
	runWith := func(workers int) outcome {
		store := openStore(t)
		sum, err := Run(context.Background(), store, fakeExtract, []string{dir}, Options{Workers: workers, BatchSize: 4})
		if err != nil {
			t.Fatal(err)
		}
		found, err := store.Search(context.Background(), kg.SearchQuery{Text: "e", First: 100})
		if err != nil {
			t.Fatal(err)
		}
		var ids []string
		for _, a := range found {
			ids = append(ids, a.ID)
		}
		all, _ := store.ActorsByID(context.Background(), []string{"person:testova", "person:example", "person:vera-testova", "person:omar-example"})
		for _, a := range all {
			if a != nil {
				ids = append(ids, "known:"+a.ID)
			}
		}
		return outcome{stats(t, store), sum.Resolved.Rewritten, ids}
	}
	one := runWith(1)
	if one.Rewrote != 29*2 {
		t.Errorf("rewrote %d names, want 58", one.Rewrote)
	}
	if one.Stats.Actors != 2 || one.Stats.Meetings != 1 || one.Stats.Statements != 1 {
		t.Errorf("stats %+v: short names were not resolved to the full ones", one.Stats)
	}
	for i := 0; i < 3; i++ {
		if diff := cmp.Diff(one, runWith(4)); diff != "" {
			t.Fatalf("4 workers differ from 1 (-one +four):\n%s", diff)
		}
	}
}

func TestRunSurvivesBadArticles(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"mixed.jsonl": jsonl(
		rec("m1", "Vera Testova met Omar Example."),
		rec("m2", "PANIC"),
		rec("m3", "BADFACT"),
		rec("m4", "Ida Sample met Omar Example."),
	)})
	store := openStore(t)
	sum, err := Run(context.Background(), store, fakeExtract, []string{dir}, Options{Workers: 2, BatchSize: 10})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(counts{Read: 4, New: 2, Failed: 2}, countsOf(sum)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if len(sum.Problems) != 2 {
		t.Fatalf("problems %+v", sum.Problems)
	}
	p0, p1 := sum.Problems[0], sum.Problems[1]
	if p0.Stage != StageExtract || p0.ArticleID != "m2" || !strings.Contains(p0.Message, "mixed.jsonl:2: extraction failed") {
		t.Errorf("extract problem %+v", p0)
	}
	if p1.Stage != StageStore || p1.ArticleID != "m3" || p1.Code != kg.CodeBadInput || !strings.Contains(p1.Message, "mixed.jsonl:3") {
		t.Errorf("store problem %+v", p1)
	}
	if st := stats(t, store); st.Articles != 2 {
		t.Errorf("store holds %d articles, want the 2 good ones", st.Articles)
	}
	if sum.Files[0].Failed != 2 || sum.Files[0].New != 2 {
		t.Errorf("file result %+v", sum.Files[0])
	}
}

// cancelAfter is an extractor that cancels the run when it sees a marker.
func TestRunCancel(t *testing.T) {
	var lines []map[string]any
	for i := 1; i <= 200; i++ {
		lines = append(lines, rec(fmt.Sprintf("c%03d", i), fmt.Sprintf("Person%d Alpha met Person%d Beta.", i, i)))
	}
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"many.jsonl": jsonl(lines...)})
	store := openStore(t)
	ctx, cancel := context.WithCancel(context.Background())
	var n atomic.Int32
	extract := func(d kg.Document) *kg.ArticleFacts {
		if n.Add(1) == 50 {
			cancel()
		}
		return fakeExtract(d)
	}
	sum, err := Run(ctx, store, extract, []string{dir}, Options{Workers: 2, BatchSize: 8})
	if !errors.Is(err, context.Canceled) || !sum.Canceled {
		t.Fatalf("err %v canceled %v, want a canceled run", err, sum.Canceled)
	}
	st := stats(t, store)
	if st.Articles != sum.New || st.Meetings != sum.New || sum.New >= 200 {
		t.Errorf("store has %d articles / %d meetings, summary says %d new: a batch was half written or the run did not stop", st.Articles, st.Meetings, sum.New)
	}
	// What was not written is loaded by the next run, nothing twice.
	rest, err := Run(context.Background(), store, fakeExtract, []string{dir}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if rest.New+rest.Unchanged != 200 || rest.Unchanged != sum.New {
		t.Errorf("second run: %d new, %d unchanged; first wrote %d", rest.New, rest.Unchanged, sum.New)
	}
	if st := stats(t, store); st.Articles != 200 || st.Meetings != 200 {
		t.Errorf("final stats %+v", st)
	}
}

// downStore fails every write as an unreachable database would.
type downStore struct {
	kg.Store
	writes atomic.Int32
}

func (d *downStore) UpsertMany(context.Context, []*kg.ArticleFacts) ([]kg.UpsertResult, error) {
	d.writes.Add(1)
	return nil, kg.Errorf(kg.CodeUnavailable, "store is down")
}

func (d *downStore) Upsert(context.Context, *kg.ArticleFacts) (kg.UpsertResult, error) {
	d.writes.Add(1)
	return "", kg.Errorf(kg.CodeUnavailable, "store is down")
}

func TestRunStopsWhenStoreIsDown(t *testing.T) {
	var lines []map[string]any
	for i := 1; i <= 100; i++ {
		lines = append(lines, rec(fmt.Sprintf("d%d", i), "Vera Testova met Omar Example."))
	}
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"d.jsonl": jsonl(lines...)})
	ds := &downStore{Store: openStore(t)}
	sum, err := Run(context.Background(), ds, fakeExtract, []string{dir}, Options{BatchSize: 10})
	if kg.ErrorCode(err) != kg.CodeUnavailable {
		t.Fatalf("err %v, want UNAVAILABLE", err)
	}
	if ds.writes.Load() != 1 || sum.New != 0 || sum.Failed != 0 {
		t.Errorf("%d writes tried, %d new, %d failed: want one try and a stop", ds.writes.Load(), sum.New, sum.Failed)
	}
}

func TestRunDocumentsAndStdin(t *testing.T) {
	store := openStore(t)
	docs := []kg.Document{
		{Article: kg.Article{ID: "x1", ContentHash: "h1"}, Text: "Vera Testova met Omar Example.", Origin: "mutation[0]"},
		{Article: kg.Article{ID: "x2", ContentHash: "h2"}, Text: "Example said yes.", Origin: "mutation[1]"},
	}
	sum, err := RunDocuments(context.Background(), store, fakeExtract, docs, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(counts{Read: 2, New: 2}, countsOf(sum)); diff != "" || sum.Resolved.Rewritten != 1 {
		t.Errorf("(-want +got):\n%s rewritten %d", diff, sum.Resolved.Rewritten)
	}
	sum, err = Run(context.Background(), store, fakeExtract, []string{"-"}, Options{Load: loadStdin(jsonl(rec("s1", "Ida Sample met Omar Example.")))})
	if err != nil || sum.New != 1 || sum.Files[0].Path != "-" {
		t.Errorf("stdin: %v %+v", err, sum)
	}
}

func TestProgressOutput(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"p.jsonl": jsonl(rec("p1", "Vera Testova met Omar Example."), rec("p2", "SLOW"), rec("p3", "SLOW"))})
	for _, mode := range []ProgressMode{ProgressLines, ProgressBar} {
		var buf bytes.Buffer
		_, err := Run(context.Background(), openStore(t), fakeExtract, []string{dir},
			Options{Progress: &buf, ProgressMode: mode, ProgressEvery: 1, FlushAfter: 5e6, BatchSize: 1})
		if err != nil {
			t.Fatal(err)
		}
		out := buf.String()
		want := "ingest: 3 articles"
		if mode == ProgressBar {
			want = "3 articles"
		}
		if !strings.Contains(out, want) {
			t.Errorf("mode %d: progress output lacks %q:\n%s", mode, want, out)
		}
	}
	// No writer, no output, no crash.
	if _, err := Run(context.Background(), openStore(t), fakeExtract, []string{dir}, Options{}); err != nil {
		t.Fatal(err)
	}
}

func TestSummaryReport(t *testing.T) {
	s := Summary{Read: 3, New: 2, Failed: 1, Problems: []Problem{{Path: "f", Stage: StageStore, Code: kg.CodeBadInput, Message: "f:2: refused"}}}
	var buf bytes.Buffer
	if err := s.WriteJSON(&buf); err != nil {
		t.Fatal(err)
	}
	var back Summary
	if err := json.Unmarshal(buf.Bytes(), &back); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(s, back); diff != "" {
		t.Errorf("JSON round trip (-want +got):\n%s", diff)
	}
	buf.Reset()
	if err := s.WriteText(&buf); err != nil || !strings.Contains(buf.String(), "store: f:2: refused") {
		t.Errorf("text summary %q %v", buf.String(), err)
	}
	if err := (&Summary{Read: 1, New: 1}).Err(); err != nil {
		t.Errorf("clean run Err() = %v", err)
	}
	if err := s.Err(); kg.ErrorCode(err) != kg.CodeBadInput || !strings.Contains(err.Error(), "1 article failed; first: f:2: refused") {
		t.Errorf("Err() = %v", err)
	}
}

// The real corpus loads without a problem through the whole pipeline.
func TestRunCorpus(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("corpus run skipped in -short mode and under the race detector")
	}
	path := testcorpus.Path(t, "corpus/wikinews.jsonl")
	store := openStore(t)
	sum, err := Run(context.Background(), store, fakeExtract, []string{path}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Read != 652 || sum.New != 652 || len(sum.Problems) != 0 {
		t.Errorf("read %d new %d problems %d (first %v)", sum.Read, sum.New, len(sum.Problems), sum.Problems)
	}
	if st := stats(t, store); st.Articles != 652 {
		t.Errorf("store holds %d articles", st.Articles)
	}
}

func loadStdin(s string) article.Options { return article.Options{Stdin: strings.NewReader(s)} }

// When the writer cannot go on (the first article's extraction is stuck),
// the reader stops after a bounded window of articles instead of reading
// the whole input into memory.
func TestRunBackpressure(t *testing.T) {
	var lines []map[string]any
	for i := 0; i < 2000; i++ {
		lines = append(lines, rec(fmt.Sprintf("bp%04d", i), fmt.Sprintf("Person%d Alpha met Person%d Beta.", i, i)))
	}
	release := make(chan struct{})
	var calls atomic.Int32
	extract := func(d kg.Document) *kg.ArticleFacts {
		calls.Add(1)
		if d.Article.ID == "bp0000" {
			<-release
		}
		return fakeExtract(d)
	}
	store := openStore(t)
	done := make(chan Summary)
	const workers = 2
	go func() {
		sum, err := Run(context.Background(), store, extract, []string{"-"}, Options{Workers: workers, BatchSize: 16, Load: loadStdin(jsonl(lines...))})
		if err != nil {
			t.Error(err)
		}
		done <- sum
	}()
	// Wait until the pipeline stalls: the count stops moving.
	last := int32(-1)
	for stable := 0; stable < 20; {
		time.Sleep(10 * time.Millisecond)
		if c := calls.Load(); c == last {
			stable++
		} else {
			last, stable = c, 0
		}
	}
	if window := int32(windowSize(Options{Workers: workers, BatchSize: 16})); last > window {
		t.Errorf("%d articles extracted while the first was stuck, want at most the window of %d", last, window)
	}
	t.Logf("stalled after %d extractions", last)
	close(release)
	sum := <-done
	if sum.New != 2000 {
		t.Errorf("new %d, want 2000", sum.New)
	}
}

// A run that replaces articles resolves every article as if the ones
// before it had been loaded one by one: once a replaced article is
// written, its old version's actors are gone, and later articles must not
// resolve to them, whether or not the write has happened yet when they
// are resolved (it used to depend on timing).
func TestRunReplacementsResolveAsLoadedOneByOne(t *testing.T) {
	base := []map[string]any{
		rec("r1", "Fiona Testmac met Omar Example."),
		rec("r5", "Paul Keyes met Omar Example."),
	}
	var next []map[string]any
	next = append(next, rec("r1", "Ida Sample met Omar Example."))
	for i := 2; i <= 12; i++ {
		text := "Testmac said the deal holds."
		if i == 5 {
			text = "Ida Sample met Keyes."
		} else if i > 5 {
			text = "Keyes said the talks went on.\nTestmac met Sample."
		}
		if i%3 == 0 {
			text = "SLOW\n" + text
		}
		next = append(next, rec(fmt.Sprintf("r%d", i), text))
	}
	ctx := context.Background()
	load := func(t *testing.T, store kg.Store, name string, records []map[string]any, opts Options) {
		t.Helper()
		dir := t.TempDir()
		writeFiles(t, dir, map[string]string{name: jsonl(records...)})
		if _, err := Run(ctx, store, fakeExtract, []string{filepath.Join(dir, name)}, opts); err != nil {
			t.Fatal(err)
		}
	}
	type outcome struct {
		Stats  kg.Stats
		Actors []string
	}
	outcomeOf := func(t *testing.T, store kg.Store) outcome {
		t.Helper()
		var names []string
		for _, n := range []string{"Fiona Testmac", "Testmac", "Omar Example", "Example", "Ida Sample", "Sample", "Paul Keyes", "Keyes"} {
			names = append(names, kg.PersonID(n))
		}
		found, err := store.ActorsByID(ctx, names)
		if err != nil {
			t.Fatal(err)
		}
		var ids []string
		for _, a := range found {
			if a != nil {
				ids = append(ids, a.ID)
			}
		}
		return outcome{stats(t, store), ids}
	}

	// The reference: each article of the second load in a run of its own.
	ref := openStore(t)
	load(t, ref, "base.jsonl", base, Options{})
	for i, r := range next {
		load(t, ref, fmt.Sprintf("one%d.jsonl", i), []map[string]any{r}, Options{})
	}
	want := outcomeOf(t, ref)
	if !slices.Contains(want.Actors, kg.PersonID("Testmac")) || slices.Contains(want.Actors, kg.PersonID("Fiona Testmac")) {
		t.Fatalf("reference actors %v: after r1 was replaced, Testmac should stand alone", want.Actors)
	}

	for _, opts := range []Options{{Workers: 1}, {Workers: 4, BatchSize: 3}, {Workers: 2, BatchSize: 1}} {
		for rep := 0; rep < 2; rep++ {
			store := openStore(t)
			load(t, store, "base.jsonl", base, Options{})
			load(t, store, "next.jsonl", next, opts)
			if diff := cmp.Diff(want, outcomeOf(t, store)); diff != "" {
				t.Fatalf("workers %d, batch %d: one run differs from loading one by one (-want +got):\n%s", opts.Workers, opts.BatchSize, diff)
			}
		}
	}
}
