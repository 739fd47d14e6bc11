// Command actorgraph builds a knowledge graph of actors and events from news
// articles and serves it over GraphQL.
//
//	actorgraph extract [--published YYYY-MM-DD] PATH...
//	actorgraph ingest  [--store URI] [--workers N] PATH...
//	actorgraph serve   [--store URI] [--addr :8080] [--load PATH...] [--demo]
//
// This is the only package that chooses concrete stores and wires the
// pipeline together.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	"github.com/mattn/go-isatty"
	"github.com/rs/zerolog"
	"github.com/spf13/cobra"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// Exit statuses, documented in the README.
const (
	exitOK      = 0
	exitFailure = 1 // the command could not do its job
	exitUsage   = 2 // bad flags or arguments
	exitPartial = 3 // the job ran, but some input failed (named on stderr)
)

// partialError marks a run that finished but skipped some input.
type partialError struct{ failed int }

func (e partialError) Error() string {
	return fmt.Sprintf("%d input(s) failed; the rest was processed (see messages above)", e.failed)
}

// usageError marks bad flags or arguments.
type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }
func (e usageError) Unwrap() error { return e.err }

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// run executes the command line and returns the exit status; it prints a
// one-line reason on failure.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	app := &app{stdin: stdin, stdout: stdout, stderr: stderr}
	root := app.rootCommand()
	root.SetArgs(args)
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	err := root.ExecuteContext(ctx)
	if err == nil {
		return exitOK
	}
	var pe partialError
	var ue usageError
	switch {
	case errors.As(err, &pe):
		fmt.Fprintf(stderr, "actorgraph: %v\n", err)
		return exitPartial
	case errors.As(err, &ue):
		fmt.Fprintf(stderr, "actorgraph: %v (see --help)\n", err)
		return exitUsage
	case errors.Is(err, context.Canceled):
		fmt.Fprintln(stderr, "actorgraph: interrupted")
		return exitFailure
	}
	fmt.Fprintf(stderr, "actorgraph: %s\n", oneLine(err))
	return exitFailure
}

// oneLine gives the user-facing reason of err on a single line.
func oneLine(err error) string {
	msg := err.Error()
	var ke *kg.Error
	if errors.As(err, &ke) && ke.Code == kg.CodeInternal {
		msg = ke.Error()
	}
	out := make([]rune, 0, len(msg))
	for _, r := range msg {
		if r == '\n' || r == '\r' {
			r = ' '
		}
		out = append(out, r)
	}
	return string(out)
}

// app holds what every subcommand shares.
type app struct {
	stdin          io.Reader
	stdout, stderr io.Writer

	logLevel  string
	logFormat string
	log       zerolog.Logger
}

func (a *app) rootCommand() *cobra.Command {
	root := &cobra.Command{
		Use:   "actorgraph",
		Short: "A knowledge graph of actors and events, built from news",
		Long: `actorgraph reads news articles, finds the people, countries and organizations
in them and the meetings, statements and roles that link them, and answers
who-met-whom, timeline and path questions over GraphQL. Every fact keeps the
article and sentence it came from.

Stores (--store, or ACTORGRAPH_STORE):
  file:PATH               embedded store in a local directory (default file:./actorgraph-data)
  memory:                 embedded store in memory, gone on exit
  bolt://HOST:PORT        Neo4j, one server (NEO4J_USER, NEO4J_PASSWORD)
  neo4j://HOST:PORT       Neo4j with routing (clusters, Aura: neo4j+s://)

Exit status: 0 ok, 1 failure, 2 bad usage, 3 some input failed (the rest was processed).`,
		SilenceUsage:  true,
		SilenceErrors: true,
		PersistentPreRunE: func(cmd *cobra.Command, _ []string) error {
			return a.setupLogging()
		},
	}
	root.PersistentFlags().StringVar(&a.logLevel, "log-level", envOr("ACTORGRAPH_LOG_LEVEL", "info"), "log level: debug, info, warn, error")
	root.PersistentFlags().StringVar(&a.logFormat, "log-format", envOr("ACTORGRAPH_LOG_FORMAT", "auto"), "log format: auto (readable on a terminal, JSON otherwise), console, json")
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError{err} })
	root.AddCommand(a.extractCommand(), a.ingestCommand(), a.serveCommand(), a.evalCommand(), a.exportCommand())
	return root
}

func (a *app) setupLogging() error {
	level, err := zerolog.ParseLevel(a.logLevel)
	if err != nil || a.logLevel == "" {
		return usageError{fmt.Errorf("invalid --log-level %q: want debug, info, warn or error", a.logLevel)}
	}
	var w io.Writer = a.stderr
	switch a.logFormat {
	case "json":
	case "console":
		w = zerolog.ConsoleWriter{Out: a.stderr, TimeFormat: "15:04:05"}
	case "auto", "":
		if isTerminal(a.stderr) {
			w = zerolog.ConsoleWriter{Out: a.stderr, TimeFormat: "15:04:05"}
		}
	default:
		return usageError{fmt.Errorf("invalid --log-format %q: want auto, console or json", a.logFormat)}
	}
	a.log = zerolog.New(w).Level(level).With().Timestamp().Logger()
	return nil
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && (isatty.IsTerminal(f.Fd()) || isatty.IsCygwinTerminal(f.Fd()))
}

func envOr(key, def string) string {
	if v := os.Getenv(key); v != "" {
		return v
	}
	return def
}

// requireArgs is cobra.MinimumNArgs with our usage error and a clearer text.
func requireArgs(what string) cobra.PositionalArgs {
	return func(_ *cobra.Command, args []string) error {
		if len(args) == 0 {
			return usageError{fmt.Errorf("no %s given", what)}
		}
		return nil
	}
}
