// Package eval measures the extractor against a hand-annotated development
// set of real news (the gold, in gold/): precision, recall and F1 per fact
// type, date and place accuracy of matched facts, for the dev split, the
// held-out split and both, with each article's misses and false hits
// shown next to their sentences. It also measures, without annotation, how
// many of the people that Reuters labelled in its stories the extractor
// finds (LabelRecall).
//
// The gold holds only our annotations: names, ISO codes, dates, titles and
// byte offsets into the third-party texts, which are read from the shared
// folder at evaluation time and never copied into the repository. See
// gold/GUIDELINES.md for what is annotated and gold/README.md for the file
// format and the matching rules.
//
// The extractor is passed in as a function so that this package does not
// depend on it; the CLI wires it:
//
//	rep, err := eval.Run(ctx, "internal/eval/gold", func(d kg.Document) *kg.ArticleFacts {
//		return extract.Extract(d, extract.Options{})
//	}, os.Stdout, eval.Options{Clean: article.CleanText})
package eval

import (
	"context"
	"fmt"
	"io"
	"sort"

	"github.com/actorgraph/actorgraph/internal/kg"
	"github.com/actorgraph/actorgraph/internal/testcorpus"
)

// Extractor turns one document into its facts (extract.Extract with fixed
// options).
type Extractor func(kg.Document) *kg.ArticleFacts

// Options tune Run. The zero value evaluates every article, with the text
// given to the extractor verbatim, and writes the text report.
type Options struct {
	// SharedDir holds corpus/ and seeds/; empty means the folder that
	// internal/testcorpus finds (ACTORGRAPH_SHARED, else ../shared next to
	// the module).
	SharedDir string
	// Split limits the run to "dev" or "heldout"; "" or "all" runs both.
	// Tune on dev only: the held-out articles are for the final check.
	Split string
	// Articles limits the run to these article ids.
	Articles []string
	// BySource adds one total per split and source ("heldout/bbc"), since
	// the sources differ in style and a total can hide a weak one.
	BySource bool
	// ByBatch adds one total per split and gold batch ("heldout/batch7"):
	// each batch was drawn before it was annotated, so a late batch's
	// held-out part is a check that no earlier round could tune on.
	ByBatch bool
	// Clean, when set, turns the corpus text into the text the extractor
	// sees, as the loader does (article.CleanText). Gold spans are then
	// found in the cleaned text by their words, not their raw offsets.
	Clean func(string) string
	// JSON writes the report as JSON instead of text.
	JSON bool
	// Summary leaves out the per-article details of the text report.
	Summary bool
	// Types limits the report's rows and per-article findings to these
	// fact types (nil: all). Agreement sets it to the meetings, the only
	// facts a second annotation holds.
	Types []FactType
	// Second names the second annotation that plays the extractor's part
	// (set by Agreement), so the report says what it compares.
	Second string
}

// Run evaluates extract on the gold at goldPath (a gold folder, or one
// article file) and writes the report to w (nil: no output). The gold and
// the corpus texts are checked first: a missing text, or a text whose hash
// differs from the gold's, is an error, since offsets into a changed text
// cannot be trusted. A panic of the extractor on one article is reported
// in that article's result, and the run goes on.
func Run(ctx context.Context, goldPath string, extract Extractor, w io.Writer, opts Options) (*Report, error) {
	if extract == nil {
		return nil, kg.Errorf(kg.CodeInvalidArgument, "eval: no extractor given")
	}
	switch opts.Split {
	case "", SplitAll, SplitDev, SplitHeldout:
	default:
		return nil, kg.Errorf(kg.CodeInvalidArgument, "eval: unknown split %q (want dev, heldout or all)", opts.Split)
	}
	set, err := LoadGold(goldPath)
	if err != nil {
		return nil, err
	}
	shared := opts.SharedDir
	if shared == "" {
		shared = testcorpus.Dir()
	}
	if shared == "" {
		return nil, kg.Errorf(kg.CodeUnavailable, "eval: the shared corpus folder was not found (set ACTORGRAPH_SHARED or pass its path); the news texts are not shipped with the repo")
	}
	arts, err := selectArticles(set, opts)
	if err != nil {
		return nil, err
	}
	recs, err := readRecords(ctx, shared, arts)
	if err != nil {
		return nil, err
	}
	rep := &Report{Gold: goldPath, Shared: shared, Second: opts.Second, Types: opts.Types}
	for _, a := range arts {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		rec := recs[a.ID]
		raw := TextOf(rec)
		if h := TextHash(raw); h != a.TextSHA256 {
			return nil, kg.Errorf(kg.CodeBadInput, "gold %s: the text of %s changed (hash %s, gold %s); re-check the offsets", a.Path, a.ID, h, a.TextSHA256)
		}
		doc := Document(rec, opts.Clean)
		facts, perr := safeExtract(extract, doc)
		res := scoreArticle(a, raw, doc, facts)
		if perr != nil {
			res.Error = perr.Error()
		}
		rep.Articles = append(rep.Articles, res)
	}
	for _, name := range splitNames(rep.Articles) {
		s := newSplitReport(name)
		for _, a := range rep.Articles {
			if name == SplitAll || a.Split == name {
				s.add(a)
			}
		}
		rep.Splits = append(rep.Splits, s)
	}
	if opts.BySource {
		rep.Splits = append(rep.Splits, sourceSplits(rep.Articles)...)
	}
	if opts.ByBatch {
		rep.Splits = append(rep.Splits, batchSplits(rep.Articles)...)
	}
	rep.keepTypes()
	if w != nil {
		if opts.JSON {
			err = rep.WriteJSON(w)
		} else {
			err = rep.WriteText(w, opts.Summary)
		}
		if err != nil {
			return rep, fmt.Errorf("eval: write report: %w", err)
		}
	}
	return rep, nil
}

func selectArticles(set *GoldSet, opts Options) ([]*GoldArticle, error) {
	// want stays whole while the loop runs: a filter that forgot ids as it met
	// them would let every article after the last wanted one through.
	want := map[string]bool{}
	for _, id := range opts.Articles {
		want[id] = true
	}
	seen := map[string]bool{}
	var out []*GoldArticle
	for _, a := range set.Articles {
		if len(want) > 0 && !want[a.ID] {
			continue
		}
		if opts.Split == SplitDev || opts.Split == SplitHeldout {
			if a.Split != opts.Split {
				continue
			}
		}
		seen[a.ID] = true
		out = append(out, a)
	}
	for _, id := range opts.Articles {
		if !seen[id] {
			return nil, kg.Errorf(kg.CodeNotFound, "eval: article %q is not in the gold (or not in split %q)", id, opts.Split)
		}
	}
	if len(out) == 0 {
		return nil, kg.Errorf(kg.CodeNotFound, "eval: no gold article selected")
	}
	return out, nil
}

// safeExtract runs the extractor, turning a panic into an error so that one
// bad article does not end the evaluation.
func safeExtract(extract Extractor, doc kg.Document) (facts *kg.ArticleFacts, err error) {
	defer func() {
		if r := recover(); r != nil {
			facts = nil
			err = fmt.Errorf("extractor panicked on %s: %v", doc.Article.ID, r)
		}
	}()
	return extract(doc), nil
}

// sourceSplits sums the articles per split and source, in a fixed order.
func sourceSplits(arts []*ArticleResult) []*SplitReport {
	return groupSplits(arts, func(a *ArticleResult) (string, int) { return a.Source, 0 })
}

// batchSplits sums the articles per split and gold batch, in batch order.
func batchSplits(arts []*ArticleResult) []*SplitReport {
	return groupSplits(arts, func(a *ArticleResult) (string, int) { return fmt.Sprintf("batch%d", a.Batch), a.Batch })
}

// groupSplits sums each split's articles per group (rows named
// split/group), a split's groups ordered by rank, then by name.
func groupSplits(arts []*ArticleResult, group func(*ArticleResult) (name string, rank int)) []*SplitReport {
	type key struct {
		name string
		rank int
	}
	var out []*SplitReport
	for _, split := range splitNames(arts) {
		if split == SplitAll {
			continue
		}
		var keys []key
		seen := map[key]bool{}
		for _, a := range arts {
			name, rank := group(a)
			if k := (key{name, rank}); a.Split == split && !seen[k] {
				seen[k] = true
				keys = append(keys, k)
			}
		}
		sort.Slice(keys, func(i, j int) bool {
			if keys[i].rank != keys[j].rank {
				return keys[i].rank < keys[j].rank
			}
			return keys[i].name < keys[j].name
		})
		for _, k := range keys {
			s := newSplitReport(split + "/" + k.name)
			for _, a := range arts {
				if name, rank := group(a); a.Split == split && name == k.name && rank == k.rank {
					s.add(a)
				}
			}
			out = append(out, s)
		}
	}
	return out
}
