package eval

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
)

// copyRun is the shortest run of words, shared with an article, that counts
// as copied text. Names of people and bodies are shorter; a clause is not.
const copyRun = 8

// TestGoldCopiesNoSentences keeps the rule that the repository holds our
// annotations and never the articles' sentences: no free-text value of a
// gold file (notes, titles) and no line of the gold's Markdown files may
// share a run of copyRun words with an annotated article.
func TestGoldCopiesNoSentences(t *testing.T) {
	set, recs := loadGoldWithTexts(t)
	all := map[string]string{} // copyRun-word run -> article id
	// Ids (Wikinews ids are headlines) and name forms (long organization
	// names) are the article's words by design; they are cut out of what
	// is checked.
	var allNames []string
	type doc struct {
		a     *GoldArticle
		v     any
		names []string
	}
	var docs []doc
	for _, a := range set.Articles {
		raw, err := os.ReadFile(a.Path)
		if err != nil {
			t.Fatal(err)
		}
		var v any
		if err := json.Unmarshal(raw, &v); err != nil {
			t.Fatalf("%s: %v", a.ID, err)
		}
		names := []string{a.ID, strings.ReplaceAll(a.ID, "_", " ")}
		eachString(v, "", func(key, s string) {
			if nameKeys[key] {
				names = append(names, s)
			}
		})
		docs = append(docs, doc{a, v, names})
		allNames = append(allNames, names...)
	}
	allCut := cutter(allNames)
	for _, d := range docs {
		a := d.a
		runs := wordRuns(TextOf(recs[a.ID]))
		for r := range runs {
			all[r] = a.ID
		}
		cut := cutter(d.names)
		eachString(d.v, "", func(key, s string) {
			if nameKeys[key] {
				return
			}
			for r := range wordRuns(cut.Replace(strings.ToLower(s))) {
				if runs[r] {
					t.Errorf("%s: %s copies the article's words %q", filepath.Base(a.Path), key, r)
					return
				}
			}
		})
	}
	mds, err := filepath.Glob(filepath.Join(goldDir, "*.md"))
	if err != nil || len(mds) == 0 {
		t.Fatalf("no Markdown in %s: %v", goldDir, err)
	}
	for _, doc := range mds {
		raw, err := os.ReadFile(doc)
		if err != nil {
			t.Fatal(err)
		}
		// Paragraph by paragraph, so that a run never spans two.
		for _, para := range strings.Split(string(raw), "\n\n") {
			for r := range wordRuns(allCut.Replace(strings.ToLower(para))) {
				if id, ok := all[r]; ok {
					t.Errorf("%s copies words of %s: %q", filepath.Base(doc), id, r)
				}
			}
		}
	}
}

func TestWordRuns(t *testing.T) {
	got := wordRuns("One, two three: four five six seven EIGHT nine.")
	for _, want := range []string{"one two three four five six seven eight", "two three four five six seven eight nine"} {
		if !got[want] {
			t.Errorf("missing run %q in %v", want, got)
		}
	}
	if len(got) != 2 {
		t.Errorf("%d runs, want 2: %v", len(got), got)
	}
	if n := len(wordRuns("too short to count")); n != 0 {
		t.Errorf("%d runs from four words", n)
	}
}

// wordRuns is the set of runs of copyRun lower-cased words of s, words being
// letters and digits (so punctuation and quotes do not hide a copy).
func wordRuns(s string) map[string]bool {
	runs := map[string]bool{}
	// A "|" (a cut-out name) breaks runs.
	for _, part := range strings.Split(strings.ToLower(s), "|") {
		words := strings.FieldsFunc(part, func(r rune) bool {
			return !unicode.IsLetter(r) && !unicode.IsDigit(r)
		})
		for i := 0; i+copyRun <= len(words); i++ {
			runs[strings.Join(words[i:i+copyRun], " ")] = true
		}
	}
	return runs
}

// cutter replaces each of names (lower-cased) with a break between words.
func cutter(names []string) *strings.Replacer {
	var pairs []string
	seen := map[string]bool{}
	for _, n := range names {
		n = strings.ToLower(n)
		if len(strings.Fields(n)) < 2 || seen[n] {
			continue
		}
		seen[n] = true
		pairs = append(pairs, n, " | ")
	}
	return strings.NewReplacer(pairs...)
}

// nameKeys hold name forms, which must be the article's own words.
var nameKeys = map[string]bool{"name": true, "aliases": true, "title": true, "title_alts": true, "of_alts": true}

// eachString calls fn on every string value in a decoded JSON document,
// with the key of the object member (or array) that holds it.
func eachString(v any, key string, fn func(key, s string)) {
	switch v := v.(type) {
	case string:
		fn(key, v)
	case []any:
		for _, e := range v {
			eachString(e, key, fn)
		}
	case map[string]any:
		for k, e := range v {
			eachString(e, k, fn)
		}
	}
}
