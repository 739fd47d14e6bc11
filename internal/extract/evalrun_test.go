package extract

import (
	"context"
	"flag"
	"os"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/internal/article"
	"github.com/actorgraph/actorgraph/internal/eval"
	"github.com/actorgraph/actorgraph/internal/eval/evaltest"
	"github.com/actorgraph/actorgraph/internal/kg"
	"github.com/actorgraph/actorgraph/internal/testcorpus"
)

var (
	evalSplit   = flag.String("eval", "", "TestEvalReport: run the gold evaluation on this split (dev, heldout or all) and print the report")
	evalSummary = flag.Bool("eval-summary", false, "TestEvalReport: print only the tables")
	evalArticle = flag.String("eval-article", "", "TestEvalReport: comma-separated article ids")
	evalLabels  = flag.Bool("eval-labels", false, "TestLabelReport: measure recall of the Reuters people labels")
)

// TestLabelReport prints how many Reuters people labels the extractor
// finds, as `actorgraph eval --labels` does:
//
//	go test ./internal/extract -run TestLabelReport -v -eval-labels
func TestLabelReport(t *testing.T) {
	if !*evalLabels {
		t.Skip("no -eval-labels")
	}
	rep := evaltest.LabelRecall(t, func(d kg.Document) *kg.ArticleFacts { return Extract(d, Options{}) }, eval.LabelOptions{Clean: article.CleanText})
	t.Logf("found by full name %d of %d (%.1f%%), incl. surname only %.1f%%, of labels named in the text %.1f%%",
		rep.Exact, rep.Labels, 100*rep.Recall(), 100*rep.RecallWithSurname(), 100*rep.RecallOfMentioned())
	if testing.Verbose() {
		for _, m := range rep.Misses {
			t.Logf("miss %+v", m)
		}
	}
}

// TestEvalReport prints the evaluation report, as `actorgraph eval` does,
// without building the binary (tune on -eval dev only):
//
//	go test ./internal/extract -run TestEvalReport -eval dev -eval-summary
func TestEvalReport(t *testing.T) {
	if *evalSplit == "" {
		t.Skip("no -eval split")
	}
	testcorpus.Path(t, "corpus/wikinews.jsonl")
	var ids []string
	if *evalArticle != "" {
		ids = strings.Split(*evalArticle, ",")
	}
	_, err := eval.Run(context.Background(), evaltest.GoldDir(), func(d kg.Document) *kg.ArticleFacts { return Extract(d, Options{}) }, os.Stdout, eval.Options{
		SharedDir: testcorpus.Dir(), Split: *evalSplit, Articles: ids, Clean: article.CleanText, Summary: *evalSummary,
	})
	if err != nil {
		t.Fatal(err)
	}
}
