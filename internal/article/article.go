// Package article turns files, directories and streams of news into
// kg.Documents: it detects the format, decodes and cleans the text, reads
// the metadata and gives every article a stable id and a content hash.
//
// Formats (by extension, then by content when the extension says nothing):
//
//   - plain text (.txt, .text, no extension): the first non-empty line is the
//     headline (unless it is longer than 300 characters: then the file has no
//     headline and all of it is text). An optional header block may come
//     first: lines "Key: value" with the keys ID, Title, Published (or Date),
//     Source and URL, ended by a blank line. The block counts as metadata only
//     when every one of its lines is such a key, so an article that happens to
//     start with "Source: ..." prose is not eaten. With a Title header the
//     headline line is not expected.
//   - JSON (.json): one article object {id, title, text, published_at, source,
//     url} or an array of them. Aliases: headline for title, body or content
//     for text, published or date for published_at. id may be a string or a
//     number. published_at may be YYYY, YYYY-MM, YYYY-MM-DD or a datetime
//     (RFC 3339, or "YYYY-MM-DD HH:MM:SS"); the date as written is kept (no
//     time-zone shift), at day precision at most.
//   - JSON Lines (.jsonl, .ndjson; also a .json file whose first line is a
//     whole object): one article per line, streamed; a broken line is
//     reported with file:line and skipped.
//   - HTML and RSS/Atom feeds (see html.go and feed.go).
//   - any of these gzip-compressed (.gz, or gzip magic bytes).
//   - "-" reads standard input, format sniffed.
//   - directories are walked recursively in lexical order, skipping hidden
//     files and folders (names starting with "."); inside a directory only
//     files with a known article extension (or none) are read, so a README.md
//     or a picture next to the articles is not mistaken for one.
//   - glob patterns ("news/*.jsonl") when the path itself does not exist.
//
// Text clean-up keeps the meaning and byte layout that extraction needs:
// line endings become \n, odd spaces become plain spaces, invisible
// characters go, lines are trimmed, runs of blank lines become one blank
// line (the paragraph break), a paragraph or line repeated right after
// itself (a photo caption printed twice) is dropped, and a web trailer at
// the end ("Read More", "Leave a Reply", "Share this article", ...) is cut.
//
// Bad input never stops a walk: each unreadable file or record is reported
// as a *kg.Error with kg.CodeBadInput naming file[:line] and the cause, and
// the walk goes on.
package article

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// Format names an input format.
type Format string

const (
	FormatAuto  Format = ""
	FormatText  Format = "text"
	FormatJSON  Format = "json"
	FormatJSONL Format = "jsonl"
	FormatHTML  Format = "html"
	FormatFeed  Format = "feed"
)

// DefaultMaxArticleBytes bounds one article: a whole text, JSON, HTML or
// feed file (after decompression), or one JSON Lines record.
const DefaultMaxArticleBytes = 16 << 20

// Options tune a walk. The zero value is ready to use.
type Options struct {
	// Format forces a format for every input; FormatAuto detects it.
	Format Format
	// MaxArticleBytes bounds one article (see DefaultMaxArticleBytes). A
	// JSON Lines file itself may be any size: it is streamed.
	MaxArticleBytes int64
	// Stdin is read for the path "-"; nil means os.Stdin.
	Stdin io.Reader
	// OnError receives every input that could not be loaded: path is the
	// file ("-" for stdin, the pattern for a glob without matches) and err
	// a *kg.Error with CodeBadInput whose message names file[:line] and the
	// cause. When OnError is nil, Walk and Stream return a summary error of
	// these problems at the end instead (after loading everything else).
	OnError func(path string, err error)
}

func (o Options) maxBytes() int64 {
	if o.MaxArticleBytes > 0 {
		return o.MaxArticleBytes
	}
	return DefaultMaxArticleBytes
}

// Item is one loaded article with where it came from.
type Item struct {
	Doc  kg.Document
	Path string // the input file; "-" for stdin
	Line int    // 1-based line of a JSON Lines record; 0 otherwise
	// BytesRead is how many raw (possibly compressed) input bytes the walk
	// had consumed when this item was produced, for progress displays.
	BytesRead int64
}

// Walk loads every article under paths, in order, and calls fn with each.
// It stops early only when fn returns an error (which Walk returns) or ctx
// ends; bad inputs are reported through opts.OnError and skipped.
func Walk(ctx context.Context, paths []string, opts Options, fn func(kg.Document) error) error {
	return Stream(ctx, paths, opts, func(it Item) error { return fn(it.Doc) })
}

// Stream is Walk with the source of every article.
func Stream(ctx context.Context, paths []string, opts Options, fn func(Item) error) error {
	var problems problemList
	opts = problems.install(opts)
	inputs := Expand(ctx, paths, opts)
	if err := StreamInputs(ctx, inputs, opts, fn); err != nil {
		return err
	}
	return problems.err()
}

// StreamInputs loads inputs already expanded by Expand.
func StreamInputs(ctx context.Context, inputs []Input, opts Options, fn func(Item) error) error {
	var problems problemList
	opts = problems.install(opts)
	var consumed int64
	for _, in := range inputs {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := loadInput(ctx, in, opts, &consumed, fn); err != nil {
			return err
		}
	}
	return problems.err()
}

// loadInput opens one input and loads it, reporting problems.
func loadInput(ctx context.Context, in Input, opts Options, consumed *int64, fn func(Item) error) error {
	var r io.Reader
	if in.Path == "-" {
		r = opts.Stdin
		if r == nil {
			r = os.Stdin
		}
	} else {
		f, err := os.Open(in.Path)
		if err != nil {
			report(opts, in.Path, 0, err, "cannot open")
			return nil
		}
		defer f.Close()
		r = f
	}
	return load(ctx, in.Path, r, opts, consumed, fn)
}

// LoadReader loads the articles in r, a stream named name (used for format
// detection by extension and in messages), as Stream would a file.
func LoadReader(ctx context.Context, name string, r io.Reader, opts Options, fn func(Item) error) error {
	var problems problemList
	opts = problems.install(opts)
	var consumed int64
	if err := load(ctx, name, r, opts, &consumed, fn); err != nil {
		return err
	}
	return problems.err()
}

// badInput builds the error every bad input is reported with: code
// BAD_INPUT, message "file[:line]: what: cause".
func badInput(path string, line int, cause error, what string) *kg.Error {
	where := path
	if line > 0 {
		where = fmt.Sprintf("%s:%d", path, line)
	}
	if cause == nil {
		return kg.Errorf(kg.CodeBadInput, "%s: %s", where, what)
	}
	// The cause goes into the message (a user needs "unexpected end of
	// JSON input", and nothing here is internal), so kg.ErrorMessage shows
	// all of it; it is not kept as Err, which would repeat it in Error().
	return kg.Errorf(kg.CodeBadInput, "%s: %s: %v", where, what, cause)
}

func report(opts Options, path string, line int, cause error, what string) {
	opts.OnError(path, badInput(path, line, cause, what))
}

// problemList collects problems when the caller set no OnError.
type problemList struct {
	n     int
	first error
}

func (p *problemList) install(opts Options) Options {
	if opts.OnError != nil {
		return opts
	}
	opts.OnError = func(_ string, err error) {
		p.n++
		if p.first == nil {
			p.first = err
		}
	}
	return opts
}

func (p *problemList) err() error {
	switch p.n {
	case 0:
		return nil
	case 1:
		return p.first
	}
	return kg.WrapError(kg.CodeBadInput, p.first, "%d inputs could not be loaded; the first", p.n)
}

// errStop marks an error from the caller's fn, which ends the walk.
type errStop struct{ err error }

func (e errStop) Error() string { return e.err.Error() }
func (e errStop) Unwrap() error { return e.err }

func callerError(err error) (error, bool) {
	var s errStop
	if errors.As(err, &s) {
		return s.err, true
	}
	return nil, false
}
