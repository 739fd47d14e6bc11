package article

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// fuzzNames pick the loader: by extension, by sniffing, through gzip.
var fuzzNames = []string{"in.txt", "in.json", "in.jsonl", "in.html", "in.rss", "in", "in.txt.gz"}

// FuzzLoad feeds arbitrary bytes to every loader. Whatever the input, a
// load never panics, never fails the walk, reports problems only as
// BAD_INPUT, and yields only well-formed documents.
func FuzzLoad(f *testing.F) {
	seeds := []string{
		"Head\n\nBody text.",
		"ID: x\nTitle: T\nPublished: 2020-01-02\n\nBody.",
		`{"id":"a","title":"T","text":"Body","published_at":"2020-01-02T03:04:05Z"}`,
		"{\"id\":\"a\",\"text\":\"x\"}\n{broken\n{\"text\":\"y\"}\n",
		`[{"text":"a"},{"text":""},3]`,
		"\x1f\x8b\x08\x00\x00\x00\x00\x00",
		"\xff\xfeH\x00i\x00",
		"Caf\xe9\n\nna\xefve",
		strings.Repeat("[", 100),
		"<html><head><title>t</title></head><body><article><p>Some words here.</p></article></body></html>",
	}
	if entries, err := os.ReadDir("testdata"); err == nil {
		for _, e := range entries {
			if b, err := os.ReadFile(filepath.Join("testdata", e.Name())); err == nil && !e.IsDir() {
				seeds = append(seeds, string(b))
			}
		}
	}
	for _, s := range seeds {
		for i := range fuzzNames {
			f.Add([]byte(s), uint8(i))
		}
	}
	f.Fuzz(func(t *testing.T, data []byte, which uint8) {
		name := fuzzNames[int(which)%len(fuzzNames)]
		opts := Options{
			MaxArticleBytes: 1 << 20,
			OnError: func(path string, err error) {
				if kg.ErrorCode(err) != kg.CodeBadInput {
					t.Errorf("problem with code %s: %v", kg.ErrorCode(err), err)
				}
				if path != name || !strings.HasPrefix(err.Error(), name) {
					t.Errorf("problem %q does not name the input %q", err, name)
				}
			},
		}
		err := LoadReader(context.Background(), name, strings.NewReader(string(data)), opts, func(it Item) error {
			d := it.Doc
			switch {
			case d.Article.ID == "":
				t.Errorf("document without id")
			case strings.TrimSpace(d.Text) == "":
				t.Errorf("document %s without text", d.Article.ID)
			case !utf8.ValidString(d.Text) || !utf8.ValidString(d.Article.Title) || !utf8.ValidString(d.Article.ID):
				t.Errorf("document %s with invalid UTF-8", d.Article.ID)
			case d.Article.ContentHash != ContentHash(d.Article.Title, d.Text):
				t.Errorf("document %s: content hash does not match", d.Article.ID)
			case d.Article.Published.Validate() != nil:
				t.Errorf("document %s: invalid date %+v", d.Article.ID, d.Article.Published)
			case CleanText(d.Text) != d.Text:
				t.Errorf("document %s: text not in clean form", d.Article.ID)
			}
			return nil
		})
		if err != nil {
			t.Errorf("load returned %v; problems must go to OnError", err)
		}
	})
}

// FuzzCleanText checks that cleaning is idempotent and yields valid UTF-8
// with no carriage returns, tabs or runs of blank lines.
func FuzzCleanText(f *testing.F) {
	for _, s := range []string{"a\r\nb", "x\u00a0y", "Line of caption words\nLine of caption words", "Body.\n\nRead More", "e\u00ad\u0301", "\xff\xfe", "a\n\n\n\nb"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		once := CleanText(s)
		if !utf8.ValidString(once) {
			t.Fatalf("invalid UTF-8 out of %q", s)
		}
		if strings.ContainsAny(once, "\r\t\v\f") || strings.Contains(once, "\n\n\n") {
			t.Fatalf("unnormalised whitespace in %q", once)
		}
		if twice := CleanText(once); twice != once {
			t.Fatalf("not idempotent:\n%q\n%q\n%q", s, once, twice)
		}
	})
}
