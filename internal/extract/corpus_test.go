package extract

import (
	"bufio"
	"encoding/json"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/internal/extract/gazetteer"
	"github.com/actorgraph/actorgraph/internal/kg"
	"github.com/actorgraph/actorgraph/internal/testcorpus"
)

type corpusRecord struct {
	ID          string `json:"id"`
	Title       string `json:"title"`
	Text        string `json:"text"`
	PublishedAt string `json:"published_at"`
	Source      string `json:"source"`
	Dateline    string `json:"dateline"`
}

// readCorpus reads a JSON Lines corpus file into documents.
func readCorpus(tb testing.TB, rel string) []kg.Document {
	tb.Helper()
	f, err := os.Open(testcorpus.Path(tb, rel))
	if err != nil {
		tb.Fatalf("open %s: %v", rel, err)
	}
	defer f.Close()
	var docs []kg.Document
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for sc.Scan() {
		var r corpusRecord
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			tb.Fatalf("%s: %v", rel, err)
		}
		var pub kg.PartialDate
		if len(r.PublishedAt) >= 10 {
			pub, _ = kg.ParsePartialDate(r.PublishedAt[:10])
		}
		text := r.Text
		if r.Dateline != "" {
			text = r.Dateline + " - " + text // as on the wire (see eval.Document)
		}
		docs = append(docs, kg.Document{Article: kg.Article{ID: r.ID, Title: r.Title, Published: pub, Source: r.Source}, Text: text, Origin: rel})
	}
	if err := sc.Err(); err != nil {
		tb.Fatalf("%s: %v", rel, err)
	}
	return docs
}

// checkInvariants reports facts whose evidence does not point at its own
// sentence, and people whose name is a country, month, weekday or
// organization word.
func checkInvariants(t testing.TB, doc kg.Document, f *kg.ArticleFacts) {
	g := gazetteer.Default()
	ev := func(kind string, es []kg.Evidence) {
		if len(es) == 0 {
			t.Errorf("%s: %s without evidence", doc.Article.ID, kind)
		}
		for _, e := range es {
			if e.Start < 0 || e.End > len(doc.Text) || e.Start > e.End || doc.Text[e.Start:e.End] != e.Sentence {
				t.Errorf("%s: %s evidence %d:%d does not match the text", doc.Article.ID, kind, e.Start, e.End)
			}
			if e.ArticleID != doc.Article.ID || e.Rule == "" {
				t.Errorf("%s: %s evidence lacks article or rule: %+v", doc.Article.ID, kind, e)
			}
		}
	}
	for _, r := range f.Roles {
		ev("role", r.Evidence)
	}
	for _, m := range f.Meetings {
		ev("meeting", m.Evidence)
		if len(m.Participants) < 2 {
			t.Errorf("%s: meeting with %d participants", doc.Article.ID, len(m.Participants))
		}
	}
	for _, s := range f.Statements {
		ev("statement", s.Evidence)
		if s.SpeakerID == "" || s.Text == "" {
			t.Errorf("%s: statement without speaker or text", doc.Article.ID)
		}
	}
	for _, a := range f.Actors {
		if !utf8.ValidString(a.Name) {
			continue // the text itself was not UTF-8
		}
		if a.Kind != kg.KindPerson {
			continue
		}
		for _, w := range strings.Fields(a.Name) {
			// a month that is also a listed given name ("Jan") may open a name
			_, given := g.Given(w)
			if g.Month(w) > 0 && w != "May" && w != "June" && w != "April" && !given || g.Weekday(w) > 0 {
				t.Errorf("%s: person %q has a month or weekday in its name", doc.Article.ID, a.Name)
			}
		}
		if e := g.Lookup(a.Name); e != nil {
			t.Errorf("%s: person %q is a gazetteer %s", doc.Article.ID, a.Name, e.Kind)
		}
	}
}

func TestCorpusInvariants(t *testing.T) {
	for _, rel := range []string{"corpus/bbc.jsonl", "corpus/wikinews.jsonl", "corpus/reuters21578.jsonl"} {
		t.Run(rel, func(t *testing.T) {
			docs := readCorpus(t, rel)
			for _, d := range docs {
				f := analyze(d, Options{}).Facts // unguarded: a panic fails the test
				checkInvariants(t, d, f)
			}
		})
	}
}
