package article

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// got is what a load produced: the documents and the reported problems.
type got struct {
	docs     []kg.Document
	problems []string // error messages
	paths    []string // the path each problem was reported for
}

func collect(t *testing.T, run func(Options, func(Item) error) error, opts Options) got {
	t.Helper()
	var g got
	opts.OnError = func(path string, err error) {
		if kg.ErrorCode(err) != kg.CodeBadInput {
			t.Errorf("problem %v has code %s, want BAD_INPUT", err, kg.ErrorCode(err))
		}
		if kg.ErrorMessage(err) != err.Error() {
			t.Errorf("user-facing message %q is not the whole error %q", kg.ErrorMessage(err), err)
		}
		g.problems = append(g.problems, err.Error())
		g.paths = append(g.paths, path)
	}
	if err := run(opts, func(it Item) error {
		g.docs = append(g.docs, it.Doc)
		return nil
	}); err != nil {
		t.Fatalf("load: %v", err)
	}
	return g
}

func loadString(t *testing.T, name, content string, opts Options) got {
	t.Helper()
	return collect(t, func(o Options, fn func(Item) error) error {
		return LoadReader(context.Background(), name, strings.NewReader(content), o, fn)
	}, opts)
}

type wantDoc struct {
	ID, Title, Text, Published, Source, URL, Origin string
}

func summarize(docs []kg.Document) []wantDoc {
	var out []wantDoc
	for _, d := range docs {
		out = append(out, wantDoc{d.Article.ID, d.Article.Title, d.Text, d.Article.Published.String(), d.Article.Source, d.Article.URL, d.Origin})
	}
	return out
}

func hashID(title, text string) string { return ContentHash(title, text)[:16] }

func TestLoadFormats(t *testing.T) {
	gzipped := func(s string) string {
		var b bytes.Buffer
		w := gzip.NewWriter(&b)
		w.Write([]byte(s))
		w.Close()
		return b.String()
	}
	tests := []struct {
		name, file, content string
		want                []wantDoc
		problems            []string // substrings, in order
	}{
		{
			name: "plain text headline", file: "a.txt",
			content: "Ministers Meet In Testville\n\nThe ministers met on Monday.\n\nThey talked.\n",
			want: []wantDoc{{ID: hashID("Ministers Meet In Testville", "The ministers met on Monday.\n\nThey talked."), Title: "Ministers Meet In Testville",
				Text: "The ministers met on Monday.\n\nThey talked.", Origin: "a.txt"}},
		},
		{
			name: "plain text header block", file: "b.txt",
			content: "ID: story-7\nTitle: A Made-Up Summit\nPublished: 2021-03-04\nSource: Test Wire\nURL: https://example.org/7\n\nThe leaders met.\n",
			want:    []wantDoc{{ID: "story-7", Title: "A Made-Up Summit", Text: "The leaders met.", Published: "2021-03-04", Source: "Test Wire", URL: "https://example.org/7", Origin: "b.txt"}},
		},
		{
			name: "header-like prose is not metadata", file: "c.txt",
			content: "Source: a headline that looks like a header\nand goes on\n\nBody text.",
			want: []wantDoc{{ID: hashID("Source: a headline that looks like a header", "and goes on\n\nBody text."), Title: "Source: a headline that looks like a header",
				Text: "and goes on\n\nBody text.", Origin: "c.txt"}},
		},
		{
			name: "no extension sniffed as text", file: "story",
			content: "Short Head\nBody line.",
			want:    []wantDoc{{ID: hashID("Short Head", "Body line."), Title: "Short Head", Text: "Body line.", Origin: "story"}},
		},
		{
			name: "json object", file: "d.json",
			content: `{"id": "x1", "title": "T", "text": "Body.\r\n\r\nMore.", "published_at": "1999-12-31T23:30:00", "source": "S", "url": null}`,
			want:    []wantDoc{{ID: "x1", Title: "T", Text: "Body.\n\nMore.", Published: "1999-12-31", Source: "S", Origin: "d.json"}},
		},
		{
			name: "json pretty printed, numeric id, aliases", file: "e.json",
			content: "{\n  \"id\": 42,\n  \"headline\": \"H\",\n  \"body\": \"B.\",\n  \"date\": \"2020-02\"\n}\n",
			want:    []wantDoc{{ID: "42", Title: "H", Text: "B.", Published: "2020-02", Origin: "e.json"}},
		},
		{
			name: "json timezone date kept as written", file: "f.json",
			content: `{"text": "B.", "published_at": "2020-06-01T01:00:00+09:00"}`,
			want:    []wantDoc{{ID: hashID("", "B."), Text: "B.", Published: "2020-06-01", Origin: "f.json"}},
		},
		{
			name: "json array", file: "g.json",
			content:  `[{"id":"a","text":"One."}, 5, {"id":"c","text":""}, {"id":"d","text":"Four."}]`,
			want:     []wantDoc{{ID: "a", Text: "One.", Origin: "g.json[0]"}, {ID: "d", Text: "Four.", Origin: "g.json[3]"}},
			problems: []string{"g.json[1]: not a JSON object", "g.json[2]: no article text"},
		},
		{
			name: "jsonl with a broken line in the middle", file: "h.jsonl",
			content:  "{\"id\":\"1\",\"text\":\"First.\"}\n{\"id\":\"2\",\"text\":\"Sec\n\n{\"id\":\"3\",\"text\":\"Third.\",\"published_at\":null}\r\n[1,2]\n{\"id\":\"5\",\"title\":\"no text\"}\n{\"id\":\"6\",\"text\":\"Last.\"}",
			want:     []wantDoc{{ID: "1", Text: "First.", Origin: "h.jsonl:1"}, {ID: "3", Text: "Third.", Origin: "h.jsonl:4"}, {ID: "6", Text: "Last.", Origin: "h.jsonl:7"}},
			problems: []string{"h.jsonl:2: broken JSON", "h.jsonl:5: not a JSON object", "h.jsonl:6: no article text"},
		},
		{
			name: "a dateline kept apart goes back in front of the text", file: "k.jsonl",
			content: "{\"id\":\"w1\",\"text\":\"Talks began.\",\"dateline\":\"TESTVILLE, March 3\"}\n" +
				"{\"id\":\"w2\",\"text\":\"TESTVILLE, March 3 - Talks began.\",\"dateline\":\"TESTVILLE, March 3\"}\n" +
				"{\"id\":\"w3\",\"text\":\"Talks began.\",\"dateline\":\"  \"}\n",
			want: []wantDoc{
				{ID: "w1", Text: "TESTVILLE, March 3 - Talks began.", Origin: "k.jsonl:1"},
				{ID: "w2", Text: "TESTVILLE, March 3 - Talks began.", Origin: "k.jsonl:2"},
				{ID: "w3", Text: "Talks began.", Origin: "k.jsonl:3"},
			},
		},
		{
			name: ".json holding JSON Lines", file: "i.json",
			content: "{\"id\":\"1\",\"text\":\"A.\"}\n{\"id\":\"2\",\"text\":\"B.\"}\n",
			want:    []wantDoc{{ID: "1", Text: "A.", Origin: "i.json:1"}, {ID: "2", Text: "B.", Origin: "i.json:2"}},
		},
		{
			name: "json with a wrong field type", file: "j.jsonl",
			content:  "{\"id\":\"1\",\"text\":7}\n{\"id\":{},\"text\":\"x\"}\n",
			problems: []string{"j.jsonl:1: broken JSON", "j.jsonl:2: id must be a string or a number", "j.jsonl: no JSON records"}[:2],
		},
		{
			name: "bad date keeps the article", file: "k.json",
			content: `{"id":"k","text":"B.","published_at":"sometime"}`,
			want:    []wantDoc{{ID: "k", Text: "B.", Origin: "k.json"}},
		},
		{
			name: "gzip by name", file: "l.jsonl.gz",
			content: gzipped("{\"id\":\"z\",\"text\":\"Zipped.\"}\n"),
			want:    []wantDoc{{ID: "z", Text: "Zipped.", Origin: "l.jsonl.gz:1"}},
		},
		{
			name: "gzip by magic", file: "m",
			content: gzipped("Head\nZipped text."),
			want:    []wantDoc{{ID: hashID("Head", "Zipped text."), Title: "Head", Text: "Zipped text.", Origin: "m"}},
		},
		{
			name: "windows-1252 text", file: "n.txt",
			content: "Caf\xe9 Talks\n\nThe minister said \x93yes\x94 in the caf\xe9.",
			want: []wantDoc{{ID: hashID("Café Talks", "The minister said “yes” in the café."), Title: "Café Talks",
				Text: "The minister said “yes” in the café.", Origin: "n.txt"}},
		},
		{
			name: "utf-16 with BOM", file: "o.txt",
			content: "\xff\xfeH\x00e\x00a\x00d\x00\n\x00B\x00o\x00d\x00y\x00.\x00",
			want:    []wantDoc{{ID: hashID("Head", "Body."), Title: "Head", Text: "Body.", Origin: "o.txt"}},
		},
		{name: "empty file", file: "p.txt", content: "", problems: []string{"p.txt: empty file"}},
		{name: "blank file", file: "p2.json", content: " \n\t\n", problems: []string{"p2.json: empty file"}},
		{name: "headline only", file: "q.txt", content: "Only A Headline\n", problems: []string{"q.txt: no article text"}},
		{name: "binary", file: "r.txt", content: "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", problems: []string{"r.txt: binary data"}},
		{name: "invalid utf-8 that is not latin-1", file: "s.txt", content: strings.Repeat("\xc3\x28\x81\x8d\xfe", 20), problems: []string{"s.txt: invalid text encoding"}},
		{name: "invalid utf-8 in a jsonl line", file: "t.jsonl", content: "{\"text\":\"\x81\x8d\x8f\"}\n{\"id\":\"ok\",\"text\":\"fine\"}\n",
			want: []wantDoc{{ID: "ok", Text: "fine", Origin: "t.jsonl:2"}}, problems: []string{"t.jsonl:1: invalid text encoding"}},
		{name: "windows-1252 jsonl line", file: "t2.jsonl", content: "{\"id\":\"w\",\"text\":\"The caf\xe9 opened \x96 at last.\"}\n",
			want: []wantDoc{{ID: "w", Text: "The café opened – at last.", Origin: "t2.jsonl:1"}}},
		{name: "truncated json", file: "u.json", content: `{"id":"u","text":"cut off`, problems: []string{"u.json: broken JSON"}},
		{name: "deeply nested json", file: "v.json", content: `{"text":"x","extra":` + strings.Repeat("[", 20000) + strings.Repeat("]", 20000) + "}", problems: []string{"max depth"}},
		{name: "json scalar", file: "w.json", content: `"just a string"`, problems: []string{"w.json: not a JSON object"}},
		{name: "broken gzip", file: "x.txt.gz", content: "\x1f\x8b\x08\x00garbage", problems: []string{"x.txt.gz"}},
		{name: "gz name without gzip data", file: "y.txt.gz", content: "plain", problems: []string{"y.txt.gz: not gzip data"}},
		{name: "html with no article", file: "z.html", content: "<html><body><p>x</p></body></html>", problems: []string{"z.html: no article found in HTML"}},
		{name: "truncated html", file: "z2.htm", content: "<html><body><div><p>cut", problems: []string{"z2.htm: no article found in HTML"}},
		{name: "deeply nested html", file: "deep.html", content: "<html><body>" + strings.Repeat("<div>", 5000) + "<p>words</p></body></html>", problems: []string{"deep.html: broken HTML: html: open stack of elements exceeds"}},
		{name: "deeply nested html in a feed item", file: "deep.rss", content: `<rss version="2.0"><channel><title>x</title><item><title>t</title><description>` + strings.Repeat("&lt;b&gt;", 2000) + "x</description></item></channel></rss>",
			problems: []string{"deep.rss[0]: broken HTML in feed item"}},
		{name: "broken feed", file: "f.rss", content: "<?xml version=\"1.0\"?><rss><channel><title>x</title><item><title>a</tit", problems: []string{"f.rss: broken feed"}},
		{name: "feed without items", file: "f.xml", content: "<rss version=\"2.0\"><channel><title>x</title></channel></rss>", problems: []string{"f.xml: feed has no items"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			g := loadString(t, tc.file, tc.content, Options{})
			if diff := cmp.Diff(tc.want, summarize(g.docs)); diff != "" {
				t.Errorf("documents (-want +got):\n%s", diff)
			}
			if len(g.problems) != len(tc.problems) {
				t.Fatalf("problems = %q, want %d matching %q", g.problems, len(tc.problems), tc.problems)
			}
			for i, p := range tc.problems {
				if !strings.HasPrefix(g.problems[i], p) && !strings.Contains(g.problems[i], p) {
					t.Errorf("problem %d = %q, want it to contain %q", i, g.problems[i], p)
				}
				if g.paths[i] != tc.file {
					t.Errorf("problem %d reported for %q, want %q", i, g.paths[i], tc.file)
				}
			}
			for _, d := range g.docs {
				if d.Article.ContentHash != ContentHash(d.Article.Title, d.Text) {
					t.Errorf("%s: content hash %q is not the hash of title and text", d.Article.ID, d.Article.ContentHash)
				}
			}
		})
	}
}

func TestSizeLimits(t *testing.T) {
	opts := Options{MaxArticleBytes: 64}
	g := loadString(t, "big.txt", "Head\n"+strings.Repeat("word ", 20), opts)
	if len(g.docs) != 0 || len(g.problems) != 1 || !strings.Contains(g.problems[0], "big.txt: larger than the article size limit of 64 bytes") {
		t.Errorf("big text: docs %d, problems %q", len(g.docs), g.problems)
	}
	long := `{"id":"long","text":"` + strings.Repeat("x", 200) + `"}`
	g = loadString(t, "big.jsonl", `{"id":"a","text":"A."}`+"\n"+long+"\n"+`{"id":"b","text":"B."}`+"\n", opts)
	if diff := cmp.Diff([]string{"a", "b"}, ids(g.docs)); diff != "" {
		t.Errorf("ids (-want +got):\n%s", diff)
	}
	if len(g.problems) != 1 || !strings.Contains(g.problems[0], "big.jsonl:2: record larger than") {
		t.Errorf("problems = %q", g.problems)
	}
	// A line exactly at the limit still loads.
	exact := `{"id":"e","text":"` + strings.Repeat("y", 64-len(`{"id":"e","text":""}`)) + `"}`
	g = loadString(t, "exact.jsonl", exact+"\r\n", opts)
	if len(g.docs) != 1 || len(g.problems) != 0 {
		t.Errorf("line at the limit: docs %d problems %q", len(g.docs), g.problems)
	}
}

func ids(docs []kg.Document) []string {
	var out []string
	for _, d := range docs {
		out = append(out, d.Article.ID)
	}
	return out
}

// writeTree creates files under a temp dir: name -> content.
func writeTree(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestWalkDirectories(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"b/2.txt":         "B Two\nText b2.",
		"b/1.txt":         "B One\nText b1.",
		"a.jsonl":         "{\"id\":\"a1\",\"text\":\"x1\"}\n{\"id\":\"a2\",\"text\":\"y\"}\n",
		"c/.hidden.txt":   "Hidden\nNot read.",
		".git/x.txt":      "Hidden Dir\nNot read.",
		"c/notes.md":      "# Not an article extension\nbut readable as text when named",
		"c/picture.png":   "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
		"c/d/plain":       "Plain\nNo extension.",
		"c/d/broken.json": "{",
		"c/d/empty.txt":   "",
		"z.txt":           "Z\nLast.",
	})
	run := func(paths ...string) got {
		return collect(t, func(o Options, fn func(Item) error) error {
			return Stream(context.Background(), paths, o, fn)
		}, Options{})
	}
	g := run(dir)
	wantIDs := []string{"a1", "a2", hashID("B One", "Text b1."), hashID("B Two", "Text b2."), hashID("Plain", "No extension."), hashID("Z", "Last.")}
	if diff := cmp.Diff(wantIDs, ids(g.docs)); diff != "" {
		t.Errorf("walk order (-want +got):\n%s", diff)
	}
	wantProblems := []string{
		filepath.Join(dir, "c/d/broken.json") + ": broken JSON",
		filepath.Join(dir, "c/d/empty.txt") + ": empty file",
	}
	if len(g.problems) != len(wantProblems) {
		t.Fatalf("problems %q, want %q", g.problems, wantProblems)
	}
	for i, w := range wantProblems {
		if !strings.HasPrefix(g.problems[i], w) {
			t.Errorf("problem %q, want prefix %q", g.problems[i], w)
		}
	}

	// A file named explicitly is read whatever its extension; missing paths
	// and empty globs are reported; the rest still loads.
	g = run(filepath.Join(dir, "c/notes.md"), filepath.Join(dir, "nope.txt"), filepath.Join(dir, "*.none"), filepath.Join(dir, "b", "*.txt"))
	if len(g.docs) != 3 {
		t.Errorf("docs %d, want 3 (notes.md and the two globbed)", len(g.docs))
	}
	if len(g.problems) != 2 || !strings.Contains(g.problems[0], "nope.txt: cannot read") || !strings.Contains(g.problems[1], "*.none: no files match") {
		t.Errorf("problems %q", g.problems)
	}

	// An explicitly named binary file is an error, the walk goes on.
	g = run(filepath.Join(dir, "c/picture.png"), filepath.Join(dir, "z.txt"))
	if len(g.docs) != 1 || len(g.problems) != 1 || !strings.Contains(g.problems[0], "binary data") {
		t.Errorf("docs %d problems %q", len(g.docs), g.problems)
	}
}

func TestStdin(t *testing.T) {
	for name, in := range map[string]string{
		"jsonl": "{\"id\":\"s1\",\"text\":\"one\"}\n{\"id\":\"s2\",\"text\":\"two\"}\n",
		"json":  "[{\"id\":\"s1\",\"text\":\"one\"},\n{\"id\":\"s2\",\"text\":\"two\"}]",
	} {
		t.Run(name, func(t *testing.T) {
			g := collect(t, func(o Options, fn func(Item) error) error {
				return Stream(context.Background(), []string{"-"}, o, fn)
			}, Options{Stdin: strings.NewReader(in)})
			if diff := cmp.Diff([]string{"s1", "s2"}, ids(g.docs)); diff != "" || len(g.problems) > 0 {
				t.Errorf("ids (-want +got):\n%s problems %q", diff, g.problems)
			}
		})
	}
	g := collect(t, func(o Options, fn func(Item) error) error {
		return Stream(context.Background(), []string{"-"}, o, fn)
	}, Options{Stdin: strings.NewReader("Head From Stdin\nbody")})
	if len(g.docs) != 1 || g.docs[0].Article.Title != "Head From Stdin" || g.docs[0].Origin != "-" {
		t.Errorf("text on stdin: %+v", summarize(g.docs))
	}
}

func TestWalkStopsOnCallerError(t *testing.T) {
	stop := errors.New("stop here")
	n := 0
	err := Walk(context.Background(), []string{"-"}, Options{Stdin: strings.NewReader("{\"text\":\"a\"}\n{\"text\":\"b\"}\n{\"text\":\"c\"}\n")},
		func(kg.Document) error {
			n++
			if n == 2 {
				return stop
			}
			return nil
		})
	if !errors.Is(err, stop) || n != 2 {
		t.Errorf("err %v after %d docs, want stop after 2", err, n)
	}

	ctx, cancel := context.WithCancel(context.Background())
	n = 0
	err = Walk(ctx, []string{"-"}, Options{Stdin: strings.NewReader("{\"text\":\"a\"}\n{\"text\":\"b\"}\n{\"text\":\"c\"}\n")},
		func(kg.Document) error {
			n++
			cancel()
			return nil
		})
	if !errors.Is(err, context.Canceled) || n != 1 {
		t.Errorf("err %v after %d docs, want context.Canceled after 1", err, n)
	}
}

func TestWalkWithoutOnErrorReturnsSummary(t *testing.T) {
	dir := writeTree(t, map[string]string{"ok.txt": "H\nfine", "bad.json": "{", "empty.txt": ""})
	n := 0
	err := Walk(context.Background(), []string{dir}, Options{}, func(kg.Document) error { n++; return nil })
	if n != 1 {
		t.Errorf("loaded %d, want 1", n)
	}
	if kg.ErrorCode(err) != kg.CodeBadInput || !strings.Contains(err.Error(), "2 inputs could not be loaded") {
		t.Errorf("err = %v", err)
	}
}

func TestParsePublished(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"2024", "2024"},
		{"2024-05", "2024-05"},
		{"2024-05-16", "2024-05-16"},
		{"2024-05-16T10:11:12", "2024-05-16"},
		{"2024-05-16T23:59:59-07:00", "2024-05-16"},
		{"2024-05-16T01:00:00Z", "2024-05-16"},
		{"2024-05-16 10:11:12", "2024-05-16"},
		{"Thu, 16 May 2024 10:11:12 +0000", "2024-05-16"},
		{"Thu, 16 May 2024 10:11:12 GMT", "2024-05-16"},
		{"May 16, 2024", "2024-05-16"},
		{"16 May 2024", "2024-05-16"},
	}
	for _, tc := range tests {
		d, err := ParsePublished(tc.in)
		if err != nil || d.String() != tc.want {
			t.Errorf("ParsePublished(%q) = %q, %v; want %q", tc.in, d, err, tc.want)
		}
	}
	for _, bad := range []string{"yesterday", "2024-02-30", "2024-13", "16/05/2024"} {
		if _, err := ParsePublished(bad); err == nil {
			t.Errorf("ParsePublished(%q) accepted", bad)
		}
	}
}

func TestLoadHTMLAndFeeds(t *testing.T) {
	read := func(name string) string {
		b, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	page := read("page.html")
	pageText := "The harbour ministers of Northland and Southland met in Testville on Wednesday and agreed to share the cost of a new lighthouse fund, officials from both governments said after the talks.\n\n" +
		"Minister Alma Quill of Northland said the fund would pay for repairs along the whole coast. \"We have waited long enough for this,\" she told reporters at the quay.\n\n" +
		"Her Southland counterpart, Bruno Vale, said the two countries would meet again in the spring to review the first projects. He added that fishing crews had asked for better lights for years.\n\n" +
		"The agreement still has to be approved by both parliaments, which are expected to vote before the end of the year."
	pageTitle := "Harbour Ministers Agree On Lighthouse Fund"
	wantPage := wantDoc{ID: hashID(pageTitle, pageText), Title: pageTitle, Text: pageText, Published: "2023-09-14",
		Source: "The Testville Courier", URL: "https://courier.example/harbour-fund", Origin: "page.html"}
	latin1 := strings.Replace(strings.Replace(page, `<meta charset="utf-8">`, `<meta charset="iso-8859-1">`, 1), "Testville on", "Testvill\xe9 on", 1)
	tests := []struct {
		name, file, content string
		want                []wantDoc
		problems            []string
	}{
		{name: "article page", file: "page.html", content: page, want: []wantDoc{wantPage}},
		{name: "page sniffed without extension", file: "page", content: page, want: []wantDoc{{wantPage.ID, wantPage.Title, wantPage.Text, wantPage.Published, wantPage.Source, wantPage.URL, "page"}}},
		{name: "declared latin-1 page", file: "l.html", content: latin1, want: []wantDoc{{
			ID: hashID(pageTitle, strings.Replace(pageText, "Testville on", "Testvillé on", 1)), Title: pageTitle, Text: strings.Replace(pageText, "Testville on", "Testvillé on", 1),
			Published: "2023-09-14", Source: "The Testville Courier", URL: "https://courier.example/harbour-fund", Origin: "l.html"}}},
		{name: "navigation only", file: "nav-only.html", content: read("nav-only.html"), problems: []string{"nav-only.html: no article found in HTML"}},
		{name: "rss", file: "feed.rss", content: read("feed.rss"), want: []wantDoc{
			{ID: "wire-1001", Title: "Ministers Meet At The Quay", Text: "Alma Quill met Bruno Vale at the quay on Thursday.\n\nThey spoke about the lighthouse fund.",
				Published: "2023-09-14", Source: "Testville Wire", URL: "https://wire.example/quay", Origin: "feed.rss[0]"},
			{ID: "https://wire.example/second", Title: "Second & Last Item", Text: "Only a description here, with markup.",
				Source: "Testville Wire", URL: "https://wire.example/second", Origin: "feed.rss[1]"},
		}, problems: []string{"feed.rss[2]: no article text"}},
		{name: "atom", file: "feed.atom", content: read("feed.atom"), want: []wantDoc{
			{ID: "urn:test:entry:1", Title: "Council Votes On Bridge", Text: "The council voted to rebuild the bridge.",
				Published: "2022-01-01", Source: "Testville Atom", URL: "https://atom.example/bridge", Origin: "feed.atom[0]"},
		}},
		{name: "gzipped feed", file: "feed.atom.gz", content: gz(read("feed.atom")), want: []wantDoc{
			{ID: "urn:test:entry:1", Title: "Council Votes On Bridge", Text: "The council voted to rebuild the bridge.",
				Published: "2022-01-01", Source: "Testville Atom", URL: "https://atom.example/bridge", Origin: "feed.atom.gz[0]"},
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			g := loadString(t, tc.file, tc.content, Options{})
			if diff := cmp.Diff(tc.want, summarize(g.docs)); diff != "" {
				t.Errorf("documents (-want +got):\n%s", diff)
			}
			if len(g.problems) != len(tc.problems) {
				t.Fatalf("problems = %q, want %q", g.problems, tc.problems)
			}
			for i, p := range tc.problems {
				if !strings.Contains(g.problems[i], p) {
					t.Errorf("problem %q, want %q", g.problems[i], p)
				}
			}
			for _, d := range g.docs {
				for _, junk := range []string{"tracking", "color: red", "First!", "Copyright", "Related", "bad()", "Home"} {
					if strings.Contains(d.Text, junk) {
						t.Errorf("%s: text keeps page furniture %q", d.Origin, junk)
					}
				}
			}
		})
	}
}

func gz(s string) string {
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	w.Write([]byte(s))
	w.Close()
	return b.String()
}

func TestFieldsDocument(t *testing.T) {
	_, _, err := Fields{ID: "x", Title: "T", Text: " \n\u00a0\n"}.Document("input[0]")
	if !errors.Is(err, ErrNoText) || kg.ErrorCode(err) != kg.CodeBadInput || kg.ErrorMessage(err) != "no article text" {
		t.Errorf("empty text: %v (%s)", err, kg.ErrorCode(err))
	}
	doc, dateErr, err := Fields{Title: " T ", Text: "Body\r\n", PublishedAt: "not a date", URL: " u "}.Document("input[1]")
	if err != nil || dateErr == nil || doc.Text != "Body" || doc.Article.Title != "T" || doc.Article.URL != "u" ||
		doc.Article.ID != hashID("T", "Body") || doc.Origin != "input[1]" || !doc.Article.Published.IsZero() {
		t.Errorf("doc %+v dateErr %v err %v", doc, dateErr, err)
	}
}
