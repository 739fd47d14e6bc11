package evaltest

import (
	"regexp"
	"testing"

	"github.com/actorgraph/actorgraph/internal/eval"
	"github.com/actorgraph/actorgraph/internal/kg"
)

// capitalised is a deliberately naive extractor: every run of two or more
// capitalised words is a person. It exercises the harness on the real
// corpus and gives a floor that any real extractor should beat.
var capitalised = regexp.MustCompile(`\b[A-Z][a-z]+(?: [A-Z][a-z]+)+\b`)

func naive(d kg.Document) *kg.ArticleFacts {
	f := &kg.ArticleFacts{Article: d.Article}
	seen := map[string]bool{}
	for _, m := range capitalised.FindAllString(d.Text, -1) {
		if !seen[m] {
			seen[m] = true
			f.Actors = append(f.Actors, kg.Actor{ID: kg.PersonID(m), Kind: kg.KindPerson, Name: m})
		}
	}
	return f
}

func TestLabelRecallOnReuters(t *testing.T) {
	rep := LabelRecall(t, naive, eval.LabelOptions{})
	if rep.Stories < 500 || rep.Labels < rep.Stories {
		t.Errorf("only %d labelled stories, %d labels: is the Reuters file complete?", rep.Stories, rep.Labels)
	}
	if rep.Exact+rep.Surname > rep.Labels || rep.FoundOfMentioned > rep.Mentioned || rep.Mentioned > rep.Labels {
		t.Errorf("inconsistent counts: %+v", rep)
	}
	if rep.Exact == 0 {
		t.Error("the naive extractor found no labelled person at all")
	}
}

func TestRunOnGold(t *testing.T) {
	rep := Run(t, naive, eval.Options{Split: eval.SplitDev})
	all := rep.Split(eval.SplitAll)
	if all == nil || all.Articles != len(rep.Articles) || len(rep.Articles) < 20 {
		t.Fatalf("dev run: %+v", rep.Splits)
	}
	if c := all.Counts[eval.Persons]; c.Gold == 0 || c.TP == 0 {
		t.Errorf("persons %+v: the naive extractor should find some people", c)
	}
	for _, a := range rep.Articles {
		if a.Split != eval.SplitDev {
			t.Errorf("%s is %s in a dev-only run", a.ID, a.Split)
		}
	}
}

func BenchmarkLabelRecallNaive(b *testing.B) {
	for b.Loop() {
		LabelRecall(b, naive, eval.LabelOptions{Limit: 200})
	}
}
