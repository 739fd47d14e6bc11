package extract

import (
	"errors"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// A rule that fails on an article leaves the article without facts and
// says so in Result.Err and ExtractRecord's error, instead of passing the
// empty facts off as an article that states nothing; Extract itself
// still never panics.
func TestRuleFailureIsReported(t *testing.T) {
	failHook = func(d kg.Document) {
		if strings.Contains(d.Text, "BOOM") {
			panic("index out of range")
		}
	}
	t.Cleanup(func() { failHook = nil })
	doc := func(id, text string) kg.Document {
		return kg.Document{Article: kg.Article{ID: id, Published: kg.DateDay(2024, 5, 16)}, Text: text}
	}

	res := Analyze(doc("bad", "Vera Testova met Omar Example in Norland. BOOM"), Options{})
	var e *kg.Error
	if !errors.As(res.Err, &e) || e.Code != kg.CodeInternal || !strings.Contains(res.Err.Error(), "article bad") {
		t.Fatalf("Err = %v, want an internal error naming the article", res.Err)
	}
	if res.Facts == nil || res.Facts.Article.ID != "bad" || len(res.Facts.Actors)+len(res.Facts.Meetings) != 0 {
		t.Errorf("facts after a failure: %+v, want the article and no facts", res.Facts)
	}
	if _, err := ExtractRecord(doc("bad", "BOOM"), Options{}); err == nil {
		t.Error("ExtractRecord hid the failure")
	}
	if f := Extract(doc("bad", "BOOM"), Options{}); f == nil || f.Article.ID != "bad" {
		t.Errorf("Extract = %+v, want the article without facts", f)
	}

	ok := Analyze(doc("good", "Vera Testova met Omar Example in Norland on Monday."), Options{})
	if ok.Err != nil || len(ok.Facts.Actors) == 0 {
		t.Errorf("a sound article: err %v, %d actors", ok.Err, len(ok.Facts.Actors))
	}
}
