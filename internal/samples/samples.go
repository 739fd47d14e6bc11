// Package samples holds short news articles written by the actorgraph team
// for the README demo (serve --demo) and for golden tests. The people in
// them are fictional; the countries and organizations are real, so no
// statement about a real person is invented.
//
// Format: one UTF-8 text file per article under articles/, named
// NN-slug.txt. The first line is the headline, then a blank line, then the
// body. The body opens with a dateline ("OSLO, March 3, 2025 —"), which
// gives the extractor the article's reference date; no separate metadata
// is needed. The whole file is the article text, so evidence offsets point
// into the file as stored.
package samples

import (
	"embed"
	"io/fs"
	"path"
	"sort"
	"strings"

	"github.com/actorgraph/actorgraph/internal/kg"
)

//go:embed articles/*.txt
var FS embed.FS

// Dir is the folder of the articles inside FS.
const Dir = "articles"

// Sample is one article.
type Sample struct {
	Name  string // file name without .txt, e.g. "01-oslo-fisheries-talks"
	Path  string // path inside FS
	Title string // the first line
	Text  string // the whole file
}

// List returns the samples in name order.
func List() ([]Sample, error) {
	entries, err := fs.ReadDir(FS, Dir)
	if err != nil {
		return nil, kg.WrapError(kg.CodeInternal, err, "read samples")
	}
	var out []Sample
	for _, e := range entries {
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".txt") {
			continue
		}
		p := path.Join(Dir, e.Name())
		b, err := fs.ReadFile(FS, p)
		if err != nil {
			return nil, kg.WrapError(kg.CodeInternal, err, "read sample %s", p)
		}
		text := string(b)
		title, _, _ := strings.Cut(text, "\n")
		out = append(out, Sample{Name: strings.TrimSuffix(e.Name(), ".txt"), Path: p, Title: strings.TrimSpace(title), Text: text})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out, nil
}

// Document turns a sample into an article document with a stable id.
func (s Sample) Document() kg.Document {
	return kg.Document{
		Article: kg.Article{ID: "sample-" + s.Name, Title: s.Title, Source: "actorgraph samples"},
		Text:    s.Text,
		Origin:  "samples/" + s.Path,
	}
}

// Documents returns every sample as a document.
func Documents() ([]kg.Document, error) {
	list, err := List()
	if err != nil {
		return nil, err
	}
	docs := make([]kg.Document, len(list))
	for i, s := range list {
		docs[i] = s.Document()
	}
	return docs, nil
}
