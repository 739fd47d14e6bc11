package article

import (
	"bufio"
	"context"
	"os"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/internal/kg"
	"github.com/actorgraph/actorgraph/internal/testcorpus"
)

// The seed is the messy web article the project began from: a headline
// line, a photo caption printed twice on consecutive lines, a trailer.
func TestSeed(t *testing.T) {
	path := testcorpus.Seed(t)
	g := collect(t, func(o Options, fn func(Item) error) error {
		return Stream(context.Background(), []string{path}, o, fn)
	}, Options{})
	if len(g.docs) != 1 || len(g.problems) != 0 {
		t.Fatalf("docs %d problems %q, want one article and no problems", len(g.docs), g.problems)
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	rawLines := strings.Split(string(raw), "\n")
	doc := g.docs[0]
	if doc.Article.Title != strings.TrimSpace(rawLines[0]) {
		t.Errorf("title %q, want the first line %q", doc.Article.Title, rawLines[0])
	}
	if strings.Contains(doc.Text, doc.Article.Title) {
		t.Error("the headline is repeated in the text")
	}
	if n := adjacentRepeats(rawLines); n != 1 {
		t.Fatalf("the seed has %d adjacent repeated lines, the test expects 1", n)
	}
	textLines := strings.Split(doc.Text, "\n")
	if n := adjacentRepeats(textLines); n != 0 {
		t.Errorf("%d adjacent repeated lines left in the text", n)
	}
	last := textLines[len(textLines)-1]
	if trailerRE.MatchString(last) || !strings.HasSuffix(last, ".") {
		t.Errorf("text ends with %q: trailer not removed", last)
	}
	for _, w := range []string{"\r", "\u00a0", "\n\n\n"} {
		if strings.Contains(doc.Text, w) {
			t.Errorf("text still contains %q", w)
		}
	}
	// Every paragraph of the cleaned text is a paragraph (or line) of the
	// original: clean-up drops, it never rewrites.
	for _, line := range textLines {
		if line != "" && !strings.Contains(strings.ReplaceAll(string(raw), "\u00a0", " "), line) {
			t.Errorf("line not in the original: %.60q...", line)
		}
	}
	if doc.Article.Published.IsZero() == false {
		t.Errorf("published %s: the seed carries no date metadata", doc.Article.Published)
	}
}

func adjacentRepeats(lines []string) int {
	n := 0
	for i := 1; i < len(lines); i++ {
		if l := strings.TrimSpace(lines[i]); l != "" && l == strings.TrimSpace(lines[i-1]) {
			n++
		}
	}
	return n
}

func TestCorpusFiles(t *testing.T) {
	tests := []struct {
		file       string
		records    int
		dated      int // records with a published date
		withSource bool
	}{
		{"corpus/bbc.jsonl", 2221, 0, true},
		{"corpus/reuters21578.jsonl", 19032, 19031, true},
		{"corpus/wikinews.jsonl", 652, 652, true},
	}
	for _, tc := range tests {
		t.Run(tc.file, func(t *testing.T) {
			path := testcorpus.Path(t, tc.file)
			lines := countLines(t, path)
			g := collect(t, func(o Options, fn func(Item) error) error {
				return Stream(context.Background(), []string{path}, o, fn)
			}, Options{})
			if len(g.problems) != 0 {
				t.Errorf("%d problems on a clean corpus file, first: %s", len(g.problems), g.problems[0])
			}
			if lines != tc.records || len(g.docs) != tc.records {
				t.Errorf("lines %d, documents %d, want %d", lines, len(g.docs), tc.records)
			}
			seen := map[string]bool{}
			dated := 0
			for _, d := range g.docs {
				a := d.Article
				if seen[a.ID] {
					t.Errorf("duplicate id %s", a.ID)
				}
				seen[a.ID] = true
				if !a.Published.IsZero() {
					dated++
					if a.Published.Precision() != kg.PrecisionDay {
						t.Errorf("%s: published %s is not day precision", a.ID, a.Published)
					}
				}
				if a.ContentHash == "" || d.Text == "" || a.Title == "" || (tc.withSource && a.Source == "") {
					t.Errorf("%s: missing hash, text, title or source", a.ID)
				}
				if strings.Contains(d.Text, "\n\n\n") || strings.Contains(d.Text, "\r") {
					t.Errorf("%s: text not normalised", a.ID)
				}
			}
			if dated != tc.dated {
				t.Errorf("%d records dated, want %d", dated, tc.dated)
			}
		})
	}
}

func countLines(t *testing.T, path string) int {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 64<<20)
	n := 0
	for sc.Scan() {
		if strings.TrimSpace(sc.Text()) != "" {
			n++
		}
	}
	return n
}
