package main

import (
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/actorgraph/actorgraph/internal/article"
	"github.com/actorgraph/actorgraph/internal/extract"
	"github.com/actorgraph/actorgraph/internal/ingest"
	"github.com/actorgraph/actorgraph/internal/kg"
)

// ingestFlags are shared by ingest and serve --load.
type ingestFlags struct {
	workers   int
	batch     int
	maxBytes  int64
	published string
	progress  string
	report    string
}

func (f *ingestFlags) register(cmd *cobra.Command) {
	cmd.Flags().IntVar(&f.workers, "workers", 0, "extraction workers (default: the number of CPU cores)")
	cmd.Flags().IntVar(&f.batch, "batch", 0, "articles per store transaction (default 1024)")
	cmd.Flags().Int64Var(&f.maxBytes, "max-article-bytes", article.DefaultMaxArticleBytes, "skip (and name) any article larger than this many bytes")
	cmd.Flags().StringVar(&f.published, "published", "", "publication date (YYYY-MM-DD, YYYY-MM or YYYY) for articles that carry none")
	cmd.Flags().StringVar(&f.progress, "progress", "auto", "progress on stderr: auto (a bar on a terminal, periodic lines otherwise), bar, lines, none")
	cmd.Flags().StringVar(&f.report, "report", "", "write the per-file results and every problem as JSON to this file")
}

// options turns the flags into ingest options and the extractor to use.
func (f *ingestFlags) options(a *app) (ingest.Options, ingest.ExtractFunc, error) {
	var pub kg.PartialDate
	if f.published != "" {
		d, err := kg.ParsePartialDate(f.published)
		if err != nil {
			return ingest.Options{}, nil, usageError{fmt.Errorf("--published: %s", kg.ErrorMessage(err))}
		}
		pub = d
	}
	if f.workers < 0 || f.batch < 0 || f.maxBytes <= 0 {
		return ingest.Options{}, nil, usageError{fmt.Errorf("--workers and --batch must not be negative, --max-article-bytes must be positive")}
	}
	opts := ingest.Options{
		Workers:   f.workers,
		BatchSize: f.batch,
		Load:      article.Options{Stdin: a.stdin, MaxArticleBytes: f.maxBytes},
		Progress:  a.stderr,
		OnProblem: func(p ingest.Problem) {
			where := p.Origin
			if where == "" {
				where = p.Path
			}
			a.log.Warn().Str("file", where).Str("stage", p.Stage).Str("code", string(p.Code)).Msg(p.Message)
		},
	}
	switch f.progress {
	case "auto":
		opts.ProgressMode = ingest.ProgressAuto
	case "bar":
		opts.ProgressMode = ingest.ProgressBar
	case "lines":
		opts.ProgressMode = ingest.ProgressLines
	case "none":
		opts.Progress = nil
	default:
		return ingest.Options{}, nil, usageError{fmt.Errorf("invalid --progress %q: want auto, bar, lines or none", f.progress)}
	}
	exOpts := extract.Options{Published: pub}
	return opts, func(d kg.Document) *kg.ArticleFacts {
		res := extract.Analyze(d, exOpts)
		if res.Err != nil {
			// ingest turns an extractor's panic into a failed article,
			// named in the summary, instead of storing it without facts
			panic(res.Err)
		}
		return res.Facts
	}, nil
}

// finish prints the summary, writes the report and turns failures into the
// exit status.
func (f *ingestFlags) finish(a *app, sum ingest.Summary, runErr error) error {
	if err := sum.WriteText(a.stderr); err != nil {
		return err
	}
	if f.report != "" {
		if err := writeReport(f.report, &sum); err != nil {
			return err
		}
	}
	if runErr != nil {
		return runErr
	}
	if n := sum.Failed + sum.BadInputs; n > 0 {
		return partialError{n}
	}
	return nil
}

func writeReport(path string, sum *ingest.Summary) error {
	out, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("write report: %w", err)
	}
	if err := sum.WriteJSON(out); err != nil {
		out.Close()
		return fmt.Errorf("write report %s: %w", path, err)
	}
	if err := out.Close(); err != nil {
		return fmt.Errorf("write report %s: %w", path, err)
	}
	return nil
}

func (a *app) ingestCommand() *cobra.Command {
	var flags ingestFlags
	storeFlag := storeURI()
	cmd := &cobra.Command{
		Use:   "ingest [--store URI] [--workers N] PATH...",
		Short: "Load articles into the graph",
		Long: `ingest reads articles (files, directories, globs, or - for stdin; text, JSON,
JSON Lines, HTML, RSS/Atom, each optionally gzipped), extracts their facts in
parallel and writes them to the store, each article whole or not at all.
Loading an article again changes nothing; new text under a known article id
replaces that article's facts.

Progress goes to stderr, then a summary: articles read, new, unchanged,
replaced, failed, and the facts added. Bad input (binary or empty files,
broken JSON, invalid UTF-8, oversized articles) is named with its cause and
skipped; the rest loads and the exit status is 3.

Unless GOGC or GOMEMLIMIT is set, ingest runs Go's garbage collector less
often than the default (as GOGC=800 GOMEMLIMIT=300MiB would: SQLite's page
caches come on top of that limit): with the default, collecting cost a
fifth of the CPU. Set either variable to choose your own trade between
memory and speed.`,
		Example: `  actorgraph ingest --store file:./data news/
  actorgraph ingest --workers 4 --report report.json corpus.jsonl.gz`,
		Args: requireArgs("article path (use - for standard input)"),
		RunE: func(cmd *cobra.Command, paths []string) error {
			opts, ex, err := flags.options(a)
			if err != nil {
				return err
			}
			ctx := cmd.Context()
			defer tuneIngestGC()()
			store, err := openStore(ctx, storeFlag)
			if err != nil {
				return err
			}
			defer store.Close()
			sum, runErr := ingest.Run(ctx, store, ex, paths, opts)
			return flags.finish(a, sum, runErr)
		},
	}
	cmd.Flags().StringVar(&storeFlag, "store", storeFlag, "store URI: file:PATH, memory:, bolt://HOST:PORT, neo4j://HOST:PORT (env ACTORGRAPH_STORE)")
	flags.register(cmd)
	return cmd
}
