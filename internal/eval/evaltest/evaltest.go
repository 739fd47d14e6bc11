// Package evaltest lets tests and benchmarks of other packages (the
// extractor's above all) run the evaluation: against the annotated gold,
// and against the Reuters people labels. Both need the third-party corpus
// and skip, saying why, when it is absent.
package evaltest

import (
	"context"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/internal/eval"
	"github.com/actorgraph/actorgraph/internal/testcorpus"
)

// GoldDir is the gold folder of this repository (internal/eval/gold).
func GoldDir() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(filepath.Dir(file)), "gold")
}

// Run evaluates extract on the gold and logs the score table. Use
// opts.Split = "dev" while tuning.
func Run(tb testing.TB, extract eval.Extractor, opts eval.Options) *eval.Report {
	tb.Helper()
	testcorpus.Path(tb, "corpus/wikinews.jsonl")
	if opts.SharedDir == "" {
		opts.SharedDir = testcorpus.Dir()
	}
	opts.Summary = true
	var b strings.Builder
	rep, err := eval.Run(context.Background(), GoldDir(), extract, &b, opts)
	if err != nil {
		tb.Fatalf("eval: %v", err)
	}
	tb.Log("\n" + b.String())
	return rep
}

// LabelRecall runs eval.LabelRecall over the shared Reuters file and logs
// the figures.
func LabelRecall(tb testing.TB, extract eval.Extractor, opts eval.LabelOptions) *eval.LabelReport {
	tb.Helper()
	path := testcorpus.Path(tb, "corpus/reuters21578.jsonl")
	rep, err := eval.LabelRecall(context.Background(), path, extract, opts)
	if err != nil {
		tb.Fatalf("label recall: %v", err)
	}
	tb.Log("\n" + rep.Summary())
	return rep
}
