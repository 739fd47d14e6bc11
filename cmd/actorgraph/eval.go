package main

import (
	"fmt"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/actorgraph/actorgraph/internal/article"
	"github.com/actorgraph/actorgraph/internal/eval"
	"github.com/actorgraph/actorgraph/internal/extract"
	"github.com/actorgraph/actorgraph/internal/kg"
)

func (a *app) evalCommand() *cobra.Command {
	var (
		gold, split, shared, labels, second string
		articles                            []string
		asJSON, summary, bySource           bool
		byBatch                             bool
		limit                               int
	)
	cmd := &cobra.Command{
		Use:   "eval [--gold DIR|FILE] [--split dev|heldout|all] [--labels]",
		Short: "Measure extraction against the annotated development set",
		Long: `eval runs the extractor over the annotated articles of the development set
(internal/eval/gold: our annotations, which point by byte offsets into the
third-party news under ../shared) and prints precision, recall and F1 per fact
type (persons, countries, organizations, roles, meetings, statements), the
date accuracy of matched meetings, and every miss and false hit with its
sentence. Tune on the dev split only; heldout is for the final check.

--labels instead measures recall against the Reuters people labels over the
whole Reuters file (no annotation needed).

--second DIR scores a second annotator's meetings (made from the texts and
GUIDELINES.md alone, without the gold or the extractor) against the gold with
the same matcher: how far two people agree, a ceiling for the extractor.`,
		Example: `  actorgraph eval --split dev
  actorgraph eval --split heldout --summary
  actorgraph eval --labels
  actorgraph eval --second internal/eval/gold/second --summary`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ex := func(d kg.Document) *kg.ArticleFacts { return extract.Extract(d, extract.Options{}) }
			if labels != "" {
				path := labels
				if path == "auto" {
					dir := shared
					if dir == "" {
						dir = sharedDir()
					}
					path = filepath.Join(dir, "corpus", "reuters21578.jsonl")
				}
				rep, err := eval.LabelRecall(cmd.Context(), path, ex, eval.LabelOptions{Limit: limit, Clean: article.CleanText})
				if err != nil {
					return err
				}
				fmt.Fprintf(a.stdout, "Reuters people labels: %d stories, %d labels\n", rep.Stories, rep.Labels)
				fmt.Fprintf(a.stdout, "  found by full name:         %5d  (%.1f%%)\n", rep.Exact, 100*rep.Recall())
				fmt.Fprintf(a.stdout, "  found incl. surname only:   %5d  (%.1f%%)\n", rep.Exact+rep.Surname, 100*rep.RecallWithSurname())
				fmt.Fprintf(a.stdout, "  of labels named in the text: %4d of %d (%.1f%%)\n", rep.FoundOfMentioned, rep.Mentioned, 100*rep.RecallOfMentioned())
				return nil
			}
			opts := eval.Options{
				SharedDir: shared,
				Split:     split,
				Articles:  articles,
				Clean:     article.CleanText,
				JSON:      asJSON,
				Summary:   summary,
				BySource:  bySource,
				ByBatch:   byBatch,
			}
			if second != "" {
				_, err := eval.Agreement(cmd.Context(), gold, second, a.stdout, opts)
				return err
			}
			_, err := eval.Run(cmd.Context(), gold, ex, a.stdout, opts)
			return err
		},
	}
	cmd.Flags().StringVar(&gold, "gold", "internal/eval/gold", "gold annotations: a folder or one article file")
	cmd.Flags().StringVar(&split, "split", "all", "which part of the gold: dev, heldout or all")
	cmd.Flags().StringVar(&shared, "shared", "", "folder holding corpus/ and seeds/ (default: ACTORGRAPH_SHARED, else ../shared next to the module)")
	cmd.Flags().StringArrayVar(&articles, "article", nil, "only this article id (repeatable; ids may hold commas, as Wikinews ones do)")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the report as JSON")
	cmd.Flags().BoolVar(&bySource, "by-source", false, "also total each split per source (dev/bbc, heldout/wikinews, ...)")
	cmd.Flags().BoolVar(&byBatch, "by-batch", false, "also total each split per gold batch (heldout/batch7, ...): a later batch's held-out part was never tuned on")
	cmd.Flags().BoolVar(&summary, "summary", false, "print only the tables, not the per-article misses and false hits")
	cmd.Flags().StringVar(&labels, "labels", "", "measure recall of the Reuters people labels in this JSON Lines file (\"auto\": the shared Reuters file)")
	cmd.Flags().Lookup("labels").NoOptDefVal = "auto"
	cmd.Flags().StringVar(&second, "second", "", "score this folder of second-annotator meetings (ID.json each) against the gold instead of the extractor")
	cmd.Flags().IntVar(&limit, "limit", 0, "with --labels: stop after this many labelled stories")
	return cmd
}
