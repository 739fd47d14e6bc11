package eval

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/actorgraph/actorgraph/internal/kg"
	"github.com/actorgraph/actorgraph/internal/testcorpus"
)

var (
	update = flag.Bool("update", false, "rewrite gold/split.json from the article files and the recorded seed")
	show   = flag.String("show", "", "print the gold of this article id (or \"all\") with its sentences, for review")
)

const goldDir = "gold"

// defaultSplitSeed was drawn once, before any tuning, for the first split.
const defaultSplitSeed = 20240516

// TestSplitIsDrawnFromSeed proves split.json is what SplitIDs gives for the
// recorded seeds: nobody moved an article between dev and held-out by hand.
// The first draw covers every article that is in no later addition; each
// addition is drawn among its own ids with its own seed, and the top-level
// dev and heldout lists are the union of all draws. With -update the draws
// are made again: the first over the article files outside the additions,
// each addition over the ids it lists (so a new batch is added by listing
// its ids under a new seed and running -update, before annotating them).
func TestSplitIsDrawnFromSeed(t *testing.T) {
	files, err := filepath.Glob(filepath.Join(goldDir, "articles", "*.json"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no gold articles: %v", err)
	}
	sourceOf := map[string]string{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var head struct{ ID, Source string }
		if err := json.Unmarshal(b, &head); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		sourceOf[head.ID] = head.Source
	}
	path := filepath.Join(goldDir, "split.json")
	var spec SplitSpec
	if b, err := os.ReadFile(path); err == nil {
		if err := json.Unmarshal(b, &spec); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
	} else if !*update {
		t.Fatalf("%s: %v (run with -update to draw it)", path, err)
	}
	if spec.Seed == 0 {
		spec.Seed = defaultSplitSeed
	}
	added := map[string]bool{}
	seeds := map[uint64]bool{spec.Seed: true}
	for i, d := range spec.Additions {
		if d.Seed == 0 || seeds[d.Seed] {
			t.Errorf("addition %d: seed %d must be set and differ from the other draws' seeds", i, d.Seed)
		}
		seeds[d.Seed] = true
		for _, id := range concat(d.Dev, d.Heldout) {
			if added[id] {
				t.Errorf("addition %d: %q is already in an addition", i, id)
			}
			added[id] = true
		}
	}
	first := map[string]string{}
	for id, src := range sourceOf {
		if !added[id] {
			first[id] = src
		}
	}
	dev, held := SplitIDs(first, spec.Seed)
	want := SplitSpec{Seed: spec.Seed, Method: SplitMethod, Dev: dev, Heldout: held}
	for i, d := range spec.Additions {
		batch := map[string]string{}
		for _, id := range concat(d.Dev, d.Heldout) {
			src := sourceOfID(id)
			if src == "" {
				t.Errorf("addition %d: %q names no known source", i, id)
			}
			if s, ok := sourceOf[id]; ok && s != src {
				t.Errorf("addition %d: %q is annotated as source %q", i, id, s)
			}
			batch[id] = src
		}
		bdev, bheld := SplitIDs(batch, d.Seed)
		want.Additions = append(want.Additions, SplitDraw{Seed: d.Seed, Method: SplitMethod, Dev: bdev, Heldout: bheld})
		want.Dev = append(want.Dev, bdev...)
		want.Heldout = append(want.Heldout, bheld...)
	}
	sort.Strings(want.Dev)
	sort.Strings(want.Heldout)
	if *update {
		b, err := json.MarshalIndent(want, "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, append(b, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if diff := cmp.Diff(want, spec, cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("%s is not the split drawn with its recorded seeds (-drawn +file):\n%s", path, diff)
	}
	total := len(want.Dev) + len(want.Heldout)
	if n := len(want.Heldout); n*3 < total-3 || n*3 > total+3 {
		t.Errorf("held-out has %d of %d articles, want about a third", n, total)
	}
}

func concat(a, b []string) []string {
	return append(append([]string{}, a...), b...)
}

// corpusFiles maps a source to its corpus file in the shared folder.
var corpusFiles = map[string]string{
	"wikinews":     "corpus/wikinews.jsonl",
	"bbc":          "corpus/bbc.jsonl",
	"reuters21578": "corpus/reuters21578.jsonl",
}

// sourceOfID is the corpus an article id comes from, by its prefix: an
// addition is drawn before its articles have files to say so.
func sourceOfID(id string) string {
	for _, src := range []string{"wikinews", "bbc", "reuters21578", "seed"} {
		if strings.HasPrefix(id, src+"-") {
			return src
		}
	}
	return ""
}

// TestAdditionsAreCorpusRecords checks that every id of a later split
// addition, annotated or still pending, is a record of its corpus and not a
// duplicate of another record.
func TestAdditionsAreCorpusRecords(t *testing.T) {
	set, err := LoadGold(goldDir)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]map[string]bool{}
	for _, d := range set.Split.Additions {
		for _, id := range concat(d.Dev, d.Heldout) {
			rel := corpusFiles[sourceOfID(id)]
			if rel == "" {
				t.Errorf("%q: no corpus file for its source", id)
				continue
			}
			if want[rel] == nil {
				want[rel] = map[string]bool{}
			}
			want[rel][id] = true
		}
	}
	if len(want) == 0 {
		t.Skip("split.json has no additions")
	}
	for rel, ids := range want {
		path := testcorpus.Path(t, rel)
		err := forEachRecord(context.Background(), path, func(id string) bool { return ids[id] }, func(_ int, r *Record) error {
			if !ids[r.ID] {
				return nil
			}
			delete(ids, r.ID)
			if r.DuplicateOf != nil {
				t.Errorf("%s duplicates %s", r.ID, *r.DuplicateOf)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		for id := range ids {
			t.Errorf("%s: no record %q", rel, id)
		}
	}
}

// loadGoldWithTexts loads the gold and the texts it points into, skipping
// when the third-party corpus is absent.
func loadGoldWithTexts(t *testing.T) (*GoldSet, map[string]*Record) {
	t.Helper()
	set, err := LoadGold(goldDir)
	if err != nil {
		t.Fatalf("LoadGold: %v", err)
	}
	testcorpus.Path(t, "corpus/wikinews.jsonl")
	recs, err := readRecords(context.Background(), testcorpus.Dir(), set.Articles)
	if err != nil {
		t.Fatalf("read texts: %v", err)
	}
	return set, recs
}

// TestGoldPointsIntoTheCorpus checks every offset of every gold file against
// the text it points into: in range, on the hashed bytes, evidence on whole
// sentences, quotes inside one paragraph and trimmed; every name form
// occurs in the text; reference dates follow the guidelines.
func TestGoldPointsIntoTheCorpus(t *testing.T) {
	set, recs := loadGoldWithTexts(t)
	for _, a := range set.Articles {
		t.Run(a.ID, func(t *testing.T) {
			rec := recs[a.ID]
			text := TextOf(rec)
			if h := TextHash(text); h != a.TextSHA256 {
				t.Fatalf("text hash %s, gold %s: the corpus changed", h, a.TextSHA256)
			}
			check := func(what string, s Span, sentence bool) {
				t.Helper()
				got, err := spanText(text, s)
				if err != nil {
					t.Errorf("%s: %v", what, err)
					return
				}
				if sentence {
					if err := sentenceLike(text, s); err != nil {
						t.Errorf("%s [%d,%d) is not sentence-like: %v", what, s.Start, s.End, err)
					}
					return
				}
				if strings.TrimSpace(got) != got || strings.Contains(got, "\n\n") {
					t.Errorf("%s [%d,%d): a quote must be trimmed and inside one paragraph", what, s.Start, s.End)
				}
			}
			for i, r := range a.Roles {
				check(fmt.Sprintf("role %d evidence", i), r.Evidence, true)
			}
			for i, m := range a.Meetings {
				check(fmt.Sprintf("meeting %d evidence", i), m.Evidence, true)
			}
			for i, s := range a.Statements {
				check(fmt.Sprintf("statement %d evidence", i), s.Evidence, true)
				for j, q := range s.Quote {
					check(fmt.Sprintf("statement %d quote %d", i, j), q, false)
					if q.Start < s.Evidence.Start-2000 || q.Start > s.Evidence.End+2000 {
						t.Errorf("statement %d quote %d is far from its evidence", i, j)
					}
				}
			}
			lower := strings.ToLower(text)
			for _, ga := range a.actors {
				forms := ga.Aliases
				if ga.Kind == kg.KindPerson {
					forms = append([]string{ga.Name}, forms...)
				}
				for _, f := range forms {
					if !strings.Contains(lower, strings.ToLower(f)) {
						t.Errorf("%s: name form %q does not occur in the text", ga.Ref, f)
					}
				}
			}
			checkReferenceDate(t, a, rec)
		})
	}
}

// checkReferenceDate applies the guidelines: Wikinews = published date;
// Reuters = the dateline's day in the year of the wire timestamp; BBC has
// none; the seed's is the caption date.
func checkReferenceDate(t *testing.T, a *GoldArticle, rec *Record) {
	t.Helper()
	switch a.Source {
	case "wikinews":
		if a.ReferenceBasis != "published" || rec.PublishedAt == nil || a.ReferenceDate.String() != (*rec.PublishedAt)[:10] {
			t.Errorf("reference date %s (%s), want the published date", a.ReferenceDate, a.ReferenceBasis)
		}
	case "reuters21578":
		if rec.Dateline == nil || rec.PublishedAt == nil {
			t.Fatalf("Reuters record without dateline or timestamp")
		}
		want, err := datelineDate(*rec.Dateline, (*rec.PublishedAt)[:4])
		if err != nil {
			t.Fatal(err)
		}
		if a.ReferenceBasis != "dateline" || a.ReferenceDate != want {
			t.Errorf("reference date %s (%s), want the dateline's %s", a.ReferenceDate, a.ReferenceBasis, want)
		}
	case "bbc":
		if a.ReferenceBasis != "none" || !a.ReferenceDate.IsZero() {
			t.Errorf("BBC has no dates, gold says %s (%s)", a.ReferenceDate, a.ReferenceBasis)
		}
	case "seed":
		if a.ReferenceBasis != "caption" || a.ReferenceDate != kg.DateDay(2024, 5, 16) {
			t.Errorf("seed reference date %s (%s), want the caption's 2024-05-16", a.ReferenceDate, a.ReferenceBasis)
		}
	default:
		t.Errorf("unknown source %q", a.Source)
	}
}

// datelineDate reads "TOKYO, March 27" (or "Oct 20") in the given year.
func datelineDate(dateline, year string) (kg.PartialDate, error) {
	parts := strings.Split(dateline, ",")
	for i := len(parts) - 1; i >= 0; i-- {
		f := strings.Fields(parts[i])
		if len(f) < 2 {
			continue
		}
		for _, layout := range []string{"January 2 2006", "Jan 2 2006"} {
			if d, err := time.Parse(layout, f[0]+" "+f[1]+" "+year); err == nil {
				return kg.DateOf(d), nil
			}
		}
	}
	return kg.PartialDate{}, fmt.Errorf("no date in dateline %q", dateline)
}

// TestGoldCounts logs the size of the gold per split (go test -v).
func TestGoldCounts(t *testing.T) {
	set, err := LoadGold(goldDir)
	if err != nil {
		t.Fatal(err)
	}
	types := []FactType{Persons, Countries, Organizations, Roles, Meetings, Statements}
	sum := map[string]map[FactType][2]int{}
	arts := map[string]map[string]int{}
	for _, a := range set.Articles {
		for _, sp := range []string{a.Split, SplitAll} {
			if sum[sp] == nil {
				sum[sp] = map[FactType][2]int{}
				arts[sp] = map[string]int{}
			}
			arts[sp][a.Source]++
			for ft, n := range a.Facts() {
				c := sum[sp][ft]
				c[0] += n[0]
				c[1] += n[1]
				sum[sp][ft] = c
			}
		}
	}
	for _, sp := range []string{SplitDev, SplitHeldout, SplitAll} {
		var srcs []string
		for s, n := range arts[sp] {
			srcs = append(srcs, fmt.Sprintf("%s %d", s, n))
		}
		sort.Strings(srcs)
		line := fmt.Sprintf("%-8s articles: %s;", sp, strings.Join(srcs, ", "))
		for _, ft := range types {
			line += fmt.Sprintf(" %s %d (+%d optional)", ft, sum[sp][ft][0], sum[sp][ft][1])
		}
		t.Log(line)
	}
	if len(set.Pending) > 0 {
		t.Logf("pending  %d split articles not annotated yet: %s", len(set.Pending), strings.Join(set.Pending, ", "))
	}
	if sum[SplitAll][Meetings][0] == 0 || sum[SplitAll][Statements][0] == 0 {
		t.Error("the gold has no meetings or no statements")
	}
}

// TestShowGold prints gold facts next to their sentences when -show is set:
// the way to review annotations without keeping the texts in the repo.
func TestShowGold(t *testing.T) {
	if *show == "" {
		t.Skip("use -args -show ID (or -show all) to print gold annotations with their sentences")
	}
	set, recs := loadGoldWithTexts(t)
	for _, a := range set.Articles {
		if *show != "all" && *show != a.ID {
			continue
		}
		var b strings.Builder
		if err := DescribeGold(&b, a, TextOf(recs[a.ID])); err != nil {
			t.Error(err)
		}
		t.Log("\n" + b.String())
	}
}

// TestGoldBatches: every annotated article knows the draw it came in, so
// --by-batch can report a late batch's held-out part apart.
func TestGoldBatches(t *testing.T) {
	set, err := LoadGold(goldDir)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]int{}
	for i, d := range set.Split.Additions {
		for _, id := range concat(d.Dev, d.Heldout) {
			want[id] = i + 2
		}
	}
	perBatch := map[int]int{}
	for _, a := range set.Articles {
		w := want[a.ID]
		if w == 0 {
			w = 1
		}
		if a.Batch != w {
			t.Errorf("%s: batch %d, want %d", a.ID, a.Batch, w)
		}
		perBatch[a.Batch]++
	}
	if perBatch[1] == 0 || perBatch[2] == 0 {
		t.Errorf("articles per batch %v: want the first split and the second batch non-empty", perBatch)
	}
}

// retoldHeldout lists the dev articles that retell a held-out story, found
// by TestDevRetellsNoHeldoutStory after their batch was drawn. The draw
// stands (moving them by hand would be picking), but their misses must not
// drive rules: a fix for them would be a fix for the held-out story too.
var retoldHeldout = map[string]string{
	// Batch 7: a longer wire of the same trip as batch 2's held-out item.
	"reuters21578-13034": "reuters21578-12942",
}

// TestDevRetellsNoHeldoutStory: a dev article that shares most of its text
// with a held-out one leaks the held-out part into tuning. The check counts
// the share of the shorter text's five-word runs found in the other; half
// or more is a retelling, and it must be listed in retoldHeldout.
func TestDevRetellsNoHeldoutStory(t *testing.T) {
	set, recs := loadGoldWithTexts(t)
	runs := map[string]map[string]bool{}
	for _, a := range set.Articles {
		runs[a.ID] = fiveWordRuns(TextOf(recs[a.ID]))
	}
	for _, d := range set.Articles {
		if d.Split != SplitDev {
			continue
		}
		for _, h := range set.Articles {
			if h.Split != SplitHeldout {
				continue
			}
			share := sharedShare(runs[d.ID], runs[h.ID])
			listed := retoldHeldout[d.ID] == h.ID
			if share >= 0.5 && !listed {
				t.Errorf("dev %s shares %.0f%% of its five-word runs with held-out %s: list it in retoldHeldout and keep it out of tuning", d.ID, 100*share, h.ID)
			}
			if share < 0.5 && listed {
				t.Errorf("retoldHeldout lists %s as retelling %s, but they share only %.0f%%", d.ID, h.ID, 100*share)
			}
		}
	}
}

func fiveWordRuns(text string) map[string]bool {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	out := map[string]bool{}
	for i := 0; i+5 <= len(words); i++ {
		out[strings.Join(words[i:i+5], " ")] = true
	}
	return out
}

// sharedShare is the share of the smaller set's runs that the other holds.
func sharedShare(a, b map[string]bool) float64 {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(a) == 0 {
		return 0
	}
	n := 0
	for r := range a {
		if b[r] {
			n++
		}
	}
	return float64(n) / float64(len(a))
}
