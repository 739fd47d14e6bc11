package main

import (
	"encoding/json"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/actorgraph/actorgraph/internal/article"
	"github.com/actorgraph/actorgraph/internal/extract"
	"github.com/actorgraph/actorgraph/internal/kg"
)

func (a *app) extractCommand() *cobra.Command {
	var published string
	cmd := &cobra.Command{
		Use:   "extract [--published YYYY-MM-DD] PATH...",
		Short: "Print the facts found in articles as JSON Lines, one object per article (no store)",
		Long: `extract reads articles (files, directories, globs, or - for stdin; text, JSON,
JSON Lines, HTML, RSS/Atom, each optionally gzipped) and prints one JSON object
per article to stdout: its actors, roles, meetings and statements, each with
the sentence it came from. Nothing is stored.

Every fact carries its evidence: the sentence, its byte offsets in the text
and the rule that found it. Relative dates ("on May 16", "earlier this
month") are resolved against the article's published date, else the latest
full date written in its text; --published gives the date for articles that
carry none.`,
		Example: `  actorgraph extract --published 2024-05-16 article.txt
  cat news.jsonl | actorgraph extract -`,
		Args: requireArgs("article path (use - for standard input)"),
		RunE: func(cmd *cobra.Command, paths []string) error {
			var pub kg.PartialDate
			if published != "" {
				d, err := kg.ParsePartialDate(published)
				if err != nil {
					return usageError{fmt.Errorf("--published: %s", kg.ErrorMessage(err))}
				}
				pub = d
			}
			enc := json.NewEncoder(a.stdout)
			enc.SetEscapeHTML(false)
			failed := 0
			opts := article.Options{
				Stdin: a.stdin,
				OnError: func(path string, err error) {
					failed++
					a.log.Error().Str("file", path).Msg(kg.ErrorMessage(err))
				},
			}
			err := article.Walk(cmd.Context(), paths, opts, func(doc kg.Document) error {
				rec, err := extract.ExtractRecord(doc, extract.Options{Published: pub})
				if err != nil {
					// no record: an empty one would read as an article
					// that states nothing
					failed++
					a.log.Error().Str("file", doc.Origin).Msg(kg.ErrorMessage(err))
					return nil
				}
				if err := enc.Encode(rec); err != nil {
					return fmt.Errorf("write output: %w", err)
				}
				return nil
			})
			if err != nil {
				return err
			}
			if failed > 0 {
				return partialError{failed}
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&published, "published", "", "publication date (YYYY-MM-DD, YYYY-MM or YYYY) for articles that carry none")
	return cmd
}
