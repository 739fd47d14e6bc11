package testcorpus

import (
	"bufio"
	"bytes"
	"encoding/json"
	"hash/maphash"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode"
)

// copyRun is the shortest run of words shared with a third-party article
// that counts as copied: longer than names and titles, shorter than a clause.
const copyRun = 8

// TestRepoCopiesNoArticleText keeps the rule that this repository never
// holds sentences of the third-party news in ../shared (in tests, comments,
// golden files, docs or fuzz cases): no text file may share a run of
// copyRun words with any article of the corpus or the seed. Runs that are
// names of bodies or titles of office (which the gazetteer and the gold
// must spell as the news does) are listed in testdata/allowed-runs.txt.
func TestRepoCopiesNoArticleText(t *testing.T) {
	shared := Dir()
	if shared == "" {
		t.Skip("skipping: third-party corpus not found (../shared next to the module, or ACTORGRAPH_SHARED); nothing to compare with")
	}
	root := moduleRoot(t)
	allowed := readAllowed(t, "testdata/allowed-runs.txt")

	// The repository's runs, by hash; the corpus is then streamed past them,
	// which keeps memory to the size of the repository.
	seed := maphash.MakeSeed()
	repo := map[uint64][]place{}
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			switch d.Name() {
			case ".git", "node_modules", "dist":
				return filepath.SkipDir
			}
			return nil
		}
		info, err := d.Info()
		if err != nil || !info.Mode().IsRegular() || info.Size() > 4<<20 {
			return err
		}
		raw, err := os.ReadFile(path)
		if err != nil || bytes.IndexByte(raw, 0) >= 0 {
			return err // binary files hold no prose
		}
		rel, _ := filepath.Rel(root, path)
		// Blank lines end a run, so two paragraphs never make one.
		for _, para := range strings.Split(string(raw), "\n\n") {
			words := wordsOf(para)
			eachRun(seed, words, func(i int, h uint64) {
				repo[h] = append(repo[h], place{rel, strings.Join(words[i:i+copyRun], " ")})
			})
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}

	found := map[string]map[string]string{} // file -> run -> article
	check := func(article, text string) {
		words := wordsOf(text)
		eachRun(seed, words, func(i int, h uint64) {
			ps := repo[h]
			if len(ps) == 0 {
				return
			}
			run := strings.Join(words[i:i+copyRun], " ")
			for _, p := range ps {
				if p.run != run || isAllowed(run, allowed) || !prose(words[i:i+copyRun]) {
					continue
				}
				if found[p.file] == nil {
					found[p.file] = map[string]string{}
				}
				found[p.file][run] = article
			}
		})
	}
	for _, name := range []string{"bbc.jsonl", "reuters21578.jsonl", "wikinews.jsonl"} {
		path := filepath.Join(shared, "corpus", name)
		f, err := os.Open(path)
		if err != nil {
			t.Skipf("skipping: %v", err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 64<<20)
		for sc.Scan() {
			var rec struct{ ID, Title, Text string }
			if json.Unmarshal(sc.Bytes(), &rec) == nil {
				check(rec.ID, rec.Text)
			}
		}
		f.Close()
		if err := sc.Err(); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
	}
	seeds, _ := filepath.Glob(filepath.Join(shared, "seeds", "*"))
	for _, s := range seeds {
		raw, err := os.ReadFile(s)
		if err == nil {
			check("seed "+filepath.Base(s), string(raw))
		}
	}

	files := make([]string, 0, len(found))
	for f := range found {
		files = append(files, f)
	}
	sort.Strings(files)
	for _, f := range files {
		runs := make([]string, 0, len(found[f]))
		for r := range found[f] {
			runs = append(runs, r)
		}
		sort.Strings(runs)
		for _, r := range runs {
			t.Errorf("%s copies %q from %s: write our own example, or add it to testdata/allowed-runs.txt if it is a name or title", f, r, found[f][r])
		}
	}
}

func TestWordsOfAndAllowed(t *testing.T) {
	if got, want := strings.Join(wordsOf("U.S. officials' \"talks\" — in São_Paulo"), " "), "u s officials talks in são paulo"; got != want {
		t.Errorf("wordsOf = %q, want %q", got, want)
	}
	allowed := [][]string{wordsOf("Office of the UN High Commissioner for Human Rights")}
	if !isAllowed("the un high commissioner for human rights", allowed) {
		t.Error("a run inside an allowed name is not allowed")
	}
	if isAllowed("the un high commissioner for human rights said", allowed) {
		t.Error("a run going past an allowed name is allowed")
	}
	if prose(wordsOf("0 0 1 0 1 1 0 0")) || !prose(wordsOf("he met the minister in Tokyo on Sunday")) {
		t.Error("prose() does not tell digits from words")
	}
}

type place struct{ file, run string }

// eachRun calls fn with the start and a hash of every run of copyRun
// words: a rolling polynomial over the words' own hashes, so the corpus's
// runs are never built as strings unless the repository has their hash.
func eachRun(seed maphash.Seed, words []string, fn func(i int, h uint64)) {
	const mul = 0x9E3779B97F4A7C15
	var top uint64 = 1 // mul^(copyRun-1): the weight of the word leaving
	for range copyRun - 1 {
		top *= mul
	}
	hs := make([]uint64, len(words))
	var h uint64
	for i, w := range words {
		hs[i] = maphash.String(seed, w)
		if i >= copyRun {
			h -= hs[i-copyRun] * top
		}
		h = h*mul + hs[i]
		if i >= copyRun-1 {
			fn(i-copyRun+1, h)
		}
	}
}

// wordsOf splits s into lower-cased runs of letters and digits, so that
// punctuation, quotes and comment markers hide no copy.
func wordsOf(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// prose is false for runs of mostly numbers (tables, bit patterns).
func prose(words []string) bool {
	n := 0
	for _, w := range words {
		for _, r := range w {
			if unicode.IsLetter(r) {
				n++
				break
			}
		}
	}
	return n > len(words)/2
}

// isAllowed reports whether run lies inside one of the allowed phrases.
func isAllowed(run string, allowed [][]string) bool {
	for _, a := range allowed {
		if strings.Contains(" "+strings.Join(a, " ")+" ", " "+run+" ") {
			return true
		}
	}
	return false
}

func readAllowed(t *testing.T, path string) [][]string {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var out [][]string
	for _, line := range strings.Split(string(raw), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		out = append(out, wordsOf(line))
	}
	return out
}

func moduleRoot(t *testing.T) string {
	t.Helper()
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for d := wd; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			return d
		}
		if filepath.Dir(d) == d {
			t.Fatal("no go.mod above " + wd)
		}
	}
}
