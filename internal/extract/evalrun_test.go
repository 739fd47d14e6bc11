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
)

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
