package timex

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"

	"github.com/actorgraph/actorgraph/internal/extract/gazetteer"
	"github.com/actorgraph/actorgraph/internal/extract/segment"
	"github.com/actorgraph/actorgraph/internal/kg"
	"github.com/actorgraph/actorgraph/internal/testcorpus"
)

// checkCanEnd finds the expressions of every sentence of d, for past and
// future clauses, and reports any whose last token CanEnd turns away.
func checkCanEnd(t *testing.T, g *gazetteer.Gazetteer, d *segment.Doc, ref kg.PartialDate) int {
	t.Helper()
	n := 0
	for _, s := range d.Sentences {
		for _, future := range []bool{false, true} {
			for _, e := range Find(d, g, s.First, s.Last, ref, future, nil) {
				n++
				if !CanEnd(d, g, e.Last-1) {
					t.Errorf("%q: CanEnd(%q) = false", d.Text[e.Start:e.End], d.TokenText(e.Last-1))
				}
			}
		}
	}
	return n
}

// TestCanEnd holds CanEnd to Find on invented sentences with every form
// of expression, and checks that it turns ordinary words away.
func TestCanEnd(t *testing.T) {
	g := gazetteer.Default()
	ref := kg.DateDay(2024, 5, 16)
	in := "They met on May 16. They met on May 16, 2023. They met on 3 March 2021. She came in April. " +
		"It ran June 8 - 10 and 16–17 May. He won in March 2023 and in 2012. They met in mid-April and by mid-1988. " +
		"He spoke on Monday night and Friday. It happened today, tonight, yesterday and tomorrow. " +
		"They talked earlier this month, later today, last week, next year and this weekend. " +
		"They met over the weekend, in the last two weeks, in the past three months and two years ago. " +
		"Last night he left; this morning he came. They will meet in late April or early May. " +
		"The April-5-6 summit was set."
	d := segment.Segment(in)
	if n := checkCanEnd(t, g, d, ref); n < 25 {
		t.Errorf("only %d expressions found in the test text", n)
	}
	for _, w := range []string{"said", "Putin", "the", ",", "meeting", "Moscow"} {
		d := segment.Segment(w)
		if CanEnd(d, g, 0) {
			t.Errorf("CanEnd(%q) = true", w)
		}
	}
	if CanEnd(d, g, -1) || CanEnd(d, g, len(d.Tokens)) {
		t.Error("CanEnd out of range = true")
	}
}

// TestCanEndOnCorpus holds CanEnd to Find on every sentence of the
// Wikinews corpus, as of the article's date and of none.
func TestCanEndOnCorpus(t *testing.T) {
	f, err := os.Open(testcorpus.Path(t, "corpus/wikinews.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	g := gazetteer.Default()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	found := 0
	for sc.Scan() {
		var r struct {
			Text        string
			PublishedAt string `json:"published_at"`
		}
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatal(err)
		}
		var ref kg.PartialDate
		if len(r.PublishedAt) >= 10 {
			ref, _ = kg.ParsePartialDate(r.PublishedAt[:10])
		}
		d := segment.Segment(r.Text)
		found += checkCanEnd(t, g, d, ref)
		found += checkCanEnd(t, g, d, kg.PartialDate{})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if found < 1000 {
		t.Fatalf("only %d expressions: the corpus was not read", found)
	}
}
