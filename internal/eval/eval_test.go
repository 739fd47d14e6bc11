package eval

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// writeMiniSet lays out a shared folder and a gold folder holding miniText
// (ours) and its gold, and returns their paths.
func writeMiniSet(t *testing.T, text string) (shared, gold string) {
	t.Helper()
	root := t.TempDir()
	shared = filepath.Join(root, "shared")
	gold = filepath.Join(root, "gold")
	for _, d := range []string{filepath.Join(shared, "corpus"), filepath.Join(gold, "articles")} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	pub := "2024-05-15T10:00:00"
	recs := []Record{
		{ID: "other", Title: "Other", Text: "Nothing here.", Source: "Test"},
		{ID: "mini", Title: "Mini", Text: text, Source: "Test", PublishedAt: &pub},
	}
	var b bytes.Buffer
	for _, r := range recs {
		line, err := json.Marshal(r)
		if err != nil {
			t.Fatal(err)
		}
		b.Write(line)
		b.WriteByte('\n')
	}
	writeFile(t, filepath.Join(shared, "corpus", "mini.jsonl"), b.Bytes())
	g := miniGold(t)
	g.TextSHA256 = TextHash(miniText)
	ga, err := json.Marshal(g)
	if err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(gold, "articles", "mini.json"), ga)
	sp, err := json.Marshal(SplitSpec{Seed: 1, Method: "test", Dev: []string{"mini"}})
	if err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(gold, "split.json"), sp)
	return shared, gold
}

func writeFile(t *testing.T, path string, b []byte) {
	t.Helper()
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestRunReports(t *testing.T) {
	shared, gold := writeMiniSet(t, miniText)
	var seen kg.Document
	extract := func(d kg.Document) *kg.ArticleFacts {
		seen = d
		f := perfectFacts(t)
		f.Actors = append(f.Actors, person("Oslo Times")) // one false hit
		f.Meetings = f.Meetings[:1]                       // one miss
		return f
	}
	var out bytes.Buffer
	rep, err := Run(context.Background(), gold, extract, &out, Options{SharedDir: shared})
	if err != nil {
		t.Fatal(err)
	}
	if seen.Article.ID != "mini" || seen.Text != miniText || seen.Article.Published != kg.DateDay(2024, 5, 15) {
		t.Errorf("extractor saw %+v", seen.Article)
	}
	for _, name := range []string{SplitDev, SplitAll} {
		s := rep.Split(name)
		if s == nil {
			t.Fatalf("no %s split in %+v", name, rep.Splits)
		}
		if got := *s.Counts[Persons]; got != (Counts{Gold: 3, Found: 4, TP: 3, FP: 1}) {
			t.Errorf("%s persons %+v", name, got)
		}
		if got := *s.Counts[Meetings]; got != (Counts{Gold: 2, Found: 1, TP: 1, FN: 1}) {
			t.Errorf("%s meetings %+v", name, got)
		}
	}
	if rep.Split(SplitHeldout) != nil {
		t.Error("a held-out split without articles")
	}
	text := out.String()
	for _, want := range []string{
		"0.750", // persons precision 3/4
		"== mini [dev, test]",
		"persons       false    Oslo Times (person:oslo-times)  (not in gold)",
		"meetings      miss     VISIT PLANNED 2024-06 [Anna Berg, Sweden]",
		"| Eva Lund, a Ministry of Fish spokeswoman, said Berg will visit Sweden in June.",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("text report lacks %q:\n%s", want, text)
		}
	}

	out.Reset()
	if _, err := Run(context.Background(), gold, extract, &out, Options{SharedDir: shared, JSON: true}); err != nil {
		t.Fatal(err)
	}
	var decoded struct {
		Splits []struct {
			Split  string
			Counts map[string]struct {
				Precision, Recall, F1 float64
				TP                    int
			}
		}
	}
	if err := json.Unmarshal(out.Bytes(), &decoded); err != nil {
		t.Fatalf("JSON report: %v\n%s", err, out.String())
	}
	if c := decoded.Splits[0].Counts["persons"]; c.TP != 3 || c.Precision != 0.75 || c.Recall != 1 {
		t.Errorf("JSON persons %+v", c)
	}
}

func TestRunWithCleanedText(t *testing.T) {
	shared, gold := writeMiniSet(t, miniText)
	clean := func(s string) string { return "\n  " + strings.ReplaceAll(s, "\n\n", "\n\n ") }
	extract := func(d kg.Document) *kg.ArticleFacts {
		f := perfectFacts(t)
		// offsets into the raw text are wrong in the cleaned one: the
		// scorer must place sentences by their words
		for i := range f.Statements {
			f.Statements[i].Evidence[0].Start += 3
		}
		return f
	}
	rep, err := Run(context.Background(), gold, extract, nil, Options{SharedDir: shared, Clean: clean})
	if err != nil {
		t.Fatal(err)
	}
	if got := *rep.Split(SplitAll).Counts[Statements]; got != (Counts{Gold: 2, Found: 2, TP: 2}) {
		t.Errorf("statements %+v, findings %+v", got, rep.Articles[0].Findings)
	}
}

func TestRunSurvivesPanics(t *testing.T) {
	shared, gold := writeMiniSet(t, miniText)
	rep, err := Run(context.Background(), gold, func(kg.Document) *kg.ArticleFacts { panic("boom") }, nil, Options{SharedDir: shared})
	if err != nil {
		t.Fatal(err)
	}
	a := rep.Articles[0]
	if !strings.Contains(a.Error, "boom") || a.Counts[Persons].FN != 3 {
		t.Errorf("panic not reported as misses: %+v", a)
	}
}

func TestRunErrors(t *testing.T) {
	shared, gold := writeMiniSet(t, miniText)
	changed, _ := writeMiniSet(t, strings.Replace(miniText, "Oslo", "Bergen", 1))
	ok := func(kg.Document) *kg.ArticleFacts { return nil }
	tests := []struct {
		name    string
		gold    string
		extract Extractor
		opts    Options
		want    string
		code    kg.Code
	}{
		{"no extractor", gold, nil, Options{SharedDir: shared}, "no extractor", kg.CodeInvalidArgument},
		{"bad split", gold, ok, Options{SharedDir: shared, Split: "test"}, "unknown split", kg.CodeInvalidArgument},
		{"no such gold", filepath.Join(gold, "nope"), ok, Options{SharedDir: shared}, "nope", kg.CodeNotFound},
		{"empty split", gold, ok, Options{SharedDir: shared, Split: SplitHeldout}, "no gold article", kg.CodeNotFound},
		{"unknown article", gold, ok, Options{SharedDir: shared, Articles: []string{"zzz"}}, `"zzz"`, kg.CodeNotFound},
		{"changed text", gold, ok, Options{SharedDir: changed}, "text of mini changed", kg.CodeBadInput},
		{"missing corpus", gold, ok, Options{SharedDir: t.TempDir()}, "mini.jsonl", kg.CodeNotFound},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Run(context.Background(), tc.gold, tc.extract, nil, tc.opts)
			if err == nil || !strings.Contains(err.Error(), tc.want) || kg.ErrorCode(err) != tc.code {
				t.Errorf("err = %v (code %s), want %q with code %s", err, kg.ErrorCode(err), tc.want, tc.code)
			}
		})
	}
}

func TestLoadGoldRejectsBadFiles(t *testing.T) {
	_, gold := writeMiniSet(t, miniText)
	path := filepath.Join(gold, "articles", "mini.json")
	good, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, from, to, want string
	}{
		{"unknown field", `"id":`, `"ident":"x","id":`, "unknown field"},
		{"unknown participant", `"person:carl-diaz"]`, `"person:nobody"]`, "not a declared actor"},
		{"bad date", `"2024-06"`, `"2024-13"`, "no such month"},
		{"bad kind", `"VISIT"`, `"PARTY"`, "kind"},
		{"broken json", `{`, ``, "gold"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			writeFile(t, path, []byte(strings.Replace(string(good), tc.from, tc.to, 1)))
			_, err := LoadGold(gold)
			if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), "mini.json") || kg.ErrorCode(err) != kg.CodeBadInput {
				t.Errorf("err = %v, want %q naming the file", err, tc.want)
			}
		})
	}
	writeFile(t, path, good)
	writeFile(t, filepath.Join(gold, "split.json"), []byte(`{"seed":1,"method":"x","dev":["mini"],"heldout":["mini"]}`))
	if _, err := LoadGold(gold); err == nil || !strings.Contains(err.Error(), "both dev and held-out") {
		t.Errorf("an article in both splits: %v", err)
	}
}

// TestDocumentDateline: a Reuters record's dateline goes back in front of
// the text, as on the wire, so the extractor can read the story's date.
func TestDocumentDateline(t *testing.T) {
	pub, dl := "1987-03-26T23:10:00", "TOKYO, March 27"
	doc := Document(&Record{ID: "r1", Text: "Ministers met.", PublishedAt: &pub, Dateline: &dl}, nil)
	if doc.Text != "TOKYO, March 27 - Ministers met." {
		t.Errorf("text %q", doc.Text)
	}
	if doc.Article.Published != kg.DateDay(1987, 3, 26) {
		t.Errorf("published %v", doc.Article.Published)
	}
	if got := Document(&Record{ID: "b1", Text: "No dateline."}, nil).Text; got != "No dateline." {
		t.Errorf("text without dateline changed: %q", got)
	}
}

// TestSelectArticles: --article keeps exactly the named articles, also those
// that come after the last named one in the gold's order.
func TestSelectArticles(t *testing.T) {
	set := &GoldSet{Articles: []*GoldArticle{
		{ID: "a", Split: SplitDev}, {ID: "b", Split: SplitHeldout}, {ID: "c", Split: SplitDev}, {ID: "d", Split: SplitDev},
	}}
	tests := []struct {
		name  string
		opts  Options
		want  []string
		error string
	}{
		{"all", Options{}, []string{"a", "b", "c", "d"}, ""},
		{"first only", Options{Articles: []string{"a"}}, []string{"a"}, ""},
		{"two, out of order", Options{Articles: []string{"c", "a"}}, []string{"a", "c"}, ""},
		{"dev split", Options{Split: SplitDev}, []string{"a", "c", "d"}, ""},
		{"named but other split", Options{Split: SplitDev, Articles: []string{"b"}}, nil, `"b"`},
		{"unknown", Options{Articles: []string{"a", "zzz"}}, nil, `"zzz"`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := selectArticles(set, tc.opts)
			if tc.error != "" {
				if err == nil || !strings.Contains(err.Error(), tc.error) {
					t.Fatalf("err = %v, want one naming %s", err, tc.error)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			var ids []string
			for _, a := range got {
				ids = append(ids, a.ID)
			}
			if strings.Join(ids, ",") != strings.Join(tc.want, ",") {
				t.Errorf("selected %v, want %v", ids, tc.want)
			}
		})
	}
}

// TestSourceSplits: --by-source sums each split's articles per source and
// names the rows split/source, in a fixed order.
func TestSourceSplits(t *testing.T) {
	art := func(split, src string, tp int) *ArticleResult {
		return &ArticleResult{Split: split, Source: src, Counts: map[FactType]*Counts{Persons: {Gold: tp, Found: tp, TP: tp}}}
	}
	arts := []*ArticleResult{
		art(SplitDev, "wikinews", 1), art(SplitHeldout, "bbc", 2), art(SplitDev, "bbc", 4), art(SplitDev, "bbc", 8),
	}
	got := sourceSplits(arts)
	want := []struct {
		name     string
		articles int
		tp       int
	}{{"dev/bbc", 2, 12}, {"dev/wikinews", 1, 1}, {"heldout/bbc", 1, 2}}
	if len(got) != len(want) {
		t.Fatalf("%d rows, want %d", len(got), len(want))
	}
	for i, w := range want {
		if g := got[i]; g.Split != w.name || g.Articles != w.articles || g.Counts[Persons].TP != w.tp {
			t.Errorf("row %d = %s (%d articles, tp %d), want %s (%d, %d)", i, g.Split, g.Articles, g.Counts[Persons].TP, w.name, w.articles, w.tp)
		}
	}
}

// TestBatchSplits: --by-batch sums each split's articles per gold batch, in
// batch order (batch10 after batch2, not between batch1 and batch2).
func TestBatchSplits(t *testing.T) {
	art := func(split string, batch, tp int) *ArticleResult {
		return &ArticleResult{Split: split, Batch: batch, Source: "bbc", Counts: map[FactType]*Counts{Persons: {Gold: tp, Found: tp, TP: tp}}}
	}
	arts := []*ArticleResult{
		art(SplitHeldout, 10, 1), art(SplitDev, 2, 2), art(SplitHeldout, 2, 4), art(SplitHeldout, 1, 8), art(SplitHeldout, 10, 16),
	}
	got := batchSplits(arts)
	want := []struct {
		name     string
		articles int
		tp       int
	}{{"dev/batch2", 1, 2}, {"heldout/batch1", 1, 8}, {"heldout/batch2", 1, 4}, {"heldout/batch10", 2, 17}}
	if len(got) != len(want) {
		t.Fatalf("%d rows, want %d", len(got), len(want))
	}
	for i, w := range want {
		if g := got[i]; g.Split != w.name || g.Articles != w.articles || g.Counts[Persons].TP != w.tp {
			t.Errorf("row %d = %s (%d articles, tp %d), want %s (%d, %d)", i, g.Split, g.Articles, g.Counts[Persons].TP, w.name, w.articles, w.tp)
		}
	}
}
