package samples

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestList(t *testing.T) {
	list, err := List()
	if err != nil {
		t.Fatal(err)
	}
	if len(list) < 6 || len(list) > 8 {
		t.Fatalf("got %d samples, want 6 to 8", len(list))
	}
	seen := map[string]bool{}
	for _, s := range list {
		if !utf8.ValidString(s.Text) {
			t.Errorf("%s: not UTF-8", s.Name)
		}
		if s.Title == "" || strings.HasSuffix(s.Title, ".") {
			t.Errorf("%s: first line %q is not a headline", s.Name, s.Title)
		}
		if !strings.HasPrefix(s.Text, s.Title+"\n\n") {
			t.Errorf("%s: headline must be followed by a blank line", s.Name)
		}
		d := s.Document()
		if d.Article.ID != "sample-"+s.Name || seen[d.Article.ID] {
			t.Errorf("%s: bad or duplicate id %q", s.Name, d.Article.ID)
		}
		seen[d.Article.ID] = true
	}
	docs, err := Documents()
	if err != nil || len(docs) != len(list) {
		t.Fatalf("Documents: %d, %v", len(docs), err)
	}
}
