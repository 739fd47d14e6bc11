// Package ingest loads articles into a kg.Store: a reader streams the
// inputs, a pool of workers runs the extractor, a writer resolves
// identities batch by batch, and a store stage writes each resolved batch
// in one transaction, so the graph never sees half an article.
//
//	reader (article.StreamInputs) --jobs--> workers (extract) --results--> writer (resolve) --> store stage
//	  ^ window of in-flight articles (backpressure) <------ released by --'
//
// The writer takes articles back in input order and resolves them in that
// order, a chunk at a time as they come, so the result of a run does not
// depend on which worker was faster; with the embedded store it also
// prepares their write (checks, encoding) so the store stage only touches
// the database. Whenever the store stage is free it gets what is resolved
// (from a chunk up to a batch), so it starts early and never waits for a
// full batch. Memory is bounded by the window (a batch's worth of articles
// plus a few per worker, and at most maxWindowBytes of text) plus two
// batches (one being written, one waiting), whatever the size of the
// inputs.
package ingest

import (
	"context"
	"errors"
	"fmt"
	"io"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"github.com/rs/zerolog"

	"github.com/actorgraph/actorgraph/internal/article"
	"github.com/actorgraph/actorgraph/internal/kg"
	"github.com/actorgraph/actorgraph/internal/resolve"
)

// ExtractFunc turns one document into its facts (extract.Extract with its
// options bound). It must be safe to call from several goroutines. A nil
// result means "no facts": the article itself is still recorded.
type ExtractFunc func(kg.Document) *kg.ArticleFacts

// Options tune a run. The zero value is ready to use.
type Options struct {
	// Workers is the number of extraction goroutines; default runtime.NumCPU().
	Workers int
	// BatchSize is the number of articles per store transaction; default
	// 1024 (a transaction's fixed cost, mostly rewriting the same index
	// pages, is then small per article: against 512, Reuters ingest took
	// 6-8% less CPU and 20% less time on 2 cores, with the same peak
	// memory, and Neo4j ingest 10-15% less server CPU). It is the most a
	// batch holds: a batch also ends at maxBatchBytes of article text,
	// once every input is read batches are a quarter of this size (see
	// tailBatchDivisor), and a store stage with nothing to do gets what
	// is resolved at once, from a chunk of eagerBatch articles up.
	BatchSize int
	// FlushAfter writes a partial batch when no article has come for this
	// long, so a slow trickle (stdin) still reaches the store; default 1s.
	FlushAfter time.Duration
	// Load configures the loaders (format, size limit, stdin). Its OnError
	// is called as well as the run's own bookkeeping.
	Load article.Options
	// Resolver resolves identities; nil makes a new one over the store.
	// Pass one to share what it learned across runs (a server).
	Resolver *resolve.Resolver
	// NoResolve writes the extractor's ids as they are.
	NoResolve bool
	// Progress receives progress output (stderr in the CLI); nil for none.
	Progress io.Writer
	// ProgressMode picks a bar or log lines; ProgressAuto draws a bar on a
	// terminal and prints a line every ProgressEvery otherwise.
	ProgressMode  ProgressMode
	ProgressEvery time.Duration // default 10s
	// OnProblem is called (from one goroutine at a time) for every problem
	// as it happens, e.g. to log it.
	OnProblem func(Problem)
}

func (o *Options) defaults() {
	if o.Workers <= 0 {
		o.Workers = runtime.NumCPU()
	}
	if o.BatchSize <= 0 {
		o.BatchSize = 1024
	}
	if o.FlushAfter <= 0 {
		o.FlushAfter = time.Second
	}
	if o.ProgressEvery <= 0 {
		o.ProgressEvery = 10 * time.Second
	}
}

// Run ingests the articles under paths (files, directories, globs, "-")
// into store, extracting with extract.
//
// Bad inputs and failed articles do not stop the run: they are counted in
// the Summary, each with its cause (Summary.Err summarises them for an exit
// status). Run returns an error only when the run could not go on: ctx
// ended (the Summary then says how far it got; articles are written whole
// or not at all) or the store became unavailable. The Summary is valid in
// every case.
func Run(ctx context.Context, store kg.Store, extract ExtractFunc, paths []string, opts Options) (Summary, error) {
	opts.defaults()
	r := newRun(store, extract, opts)
	loadOpts := r.loadOptions()
	inputs := article.Expand(ctx, paths, loadOpts)
	var total int64
	for _, in := range inputs {
		r.file(in.Path)
		if in.Size < 0 {
			total = -1
		} else if total >= 0 {
			total += in.Size
		}
	}
	return r.run(ctx, total, func(ctx context.Context, emit func(article.Item) error) error {
		return article.StreamInputs(ctx, inputs, loadOpts, emit)
	})
}

// RunDocuments ingests documents already loaded (the GraphQL mutation),
// with Run's semantics. Each document's Origin stands for its path.
func RunDocuments(ctx context.Context, store kg.Store, extract ExtractFunc, docs []kg.Document, opts Options) (Summary, error) {
	opts.defaults()
	r := newRun(store, extract, opts)
	return r.run(ctx, -1, func(ctx context.Context, emit func(article.Item) error) error {
		for _, d := range docs {
			if err := emit(article.Item{Doc: d, Path: d.Origin}); err != nil {
				return err
			}
		}
		return nil
	})
}

// job is one article on its way through the pipeline.
type job struct {
	seq   int
	size  int64 // bytes of article text, held in the window
	item  article.Item
	facts *kg.ArticleFacts
	prob  *Problem // extraction failed
}

type run struct {
	store    kg.Store
	extract  ExtractFunc
	opts     Options
	resolver *resolve.Resolver

	mu      sync.Mutex // guards sum, files, and OnProblem calls
	sum     Summary
	files   map[string]int // path -> index in sum.Files
	prog    *progress
	lastPos int64

	readDone atomic.Bool // the reader has read every input

	cores cores // extraction and an in-process store take turns on the cores (cores.go)
}

func newRun(store kg.Store, extract ExtractFunc, opts Options) *run {
	r := &run{store: store, extract: extract, opts: opts, resolver: opts.Resolver, files: map[string]int{}, cores: newCores(store)}
	if r.resolver == nil && !opts.NoResolve {
		r.resolver = resolve.New(store)
	}
	return r
}

func (r *run) loadOptions() article.Options {
	lo := r.opts.Load
	user := lo.OnError
	lo.OnError = func(path string, err error) {
		if user != nil {
			user(path, err)
		}
		r.mu.Lock()
		defer r.mu.Unlock()
		r.sum.BadInputs++
		r.file(path).BadRecords++
		r.problemLocked(Problem{Path: path, Stage: StageLoad, Code: kg.ErrorCode(err), Message: err.Error()})
	}
	return lo
}

// file returns the result row of path, adding it in first-seen order.
// Callers hold r.mu (or run before the pipeline starts).
func (r *run) file(path string) *FileResult {
	i, ok := r.files[path]
	if !ok {
		i = len(r.sum.Files)
		r.files[path] = i
		r.sum.Files = append(r.sum.Files, FileResult{Path: path})
	}
	return &r.sum.Files[i]
}

func (r *run) problemLocked(p Problem) {
	if r.opts.OnProblem != nil {
		r.opts.OnProblem(p)
	}
	if len(r.sum.Problems) >= MaxProblems {
		r.sum.ProblemsDropped++
		return
	}
	r.sum.Problems = append(r.sum.Problems, p)
}

func (r *run) run(ctx context.Context, total int64, source func(context.Context, func(article.Item) error) error) (Summary, error) {
	start := time.Now()
	log := zerolog.Ctx(ctx)
	before, statsErr := r.store.Stats(ctx)
	if statsErr != nil {
		if kg.ErrorCode(statsErr) == kg.CodeUnavailable || ctx.Err() != nil {
			return r.sum, fmt.Errorf("ingest: %w", statsErr)
		}
		log.Warn().Err(statsErr).Msg("store stats unavailable; the summary will not show growth")
	}
	r.prog = newProgress(r.opts.Progress, r.opts.ProgressMode, r.opts.ProgressEvery, total)

	// The pipeline runs under its own context so the writer can stop the
	// reader and workers when the store fails.
	pctx, stop := context.WithCancel(ctx)
	defer stop()
	window := newWindow(pctx, windowSize(r.opts), maxWindowBytes)
	jobs := make(chan job, r.opts.Workers)
	// Room for the whole window: a worker never waits for the writer, so
	// extraction goes on while a batch is written (with room for only a
	// few results, the workers stopped for every flush).
	results := make(chan job, windowSize(r.opts))

	var readErr error
	go func() {
		defer close(jobs)
		seq := 0
		readErr = source(pctx, func(it article.Item) error {
			size := int64(len(it.Doc.Text))
			if err := window.acquire(pctx, size); err != nil {
				return err
			}
			select {
			case jobs <- job{seq: seq, item: it, size: size}:
			case <-pctx.Done():
				window.release(size)
				return pctx.Err()
			}
			seq++
			return nil
		})
		r.readDone.Store(true)
	}()

	var wg sync.WaitGroup
	for i := 0; i < r.opts.Workers; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				r.cores.take()
				r.extractJob(&j)
				r.cores.release()
				results <- j // never blocks: the window bounds what is in flight
			}
		}()
	}
	go func() {
		wg.Wait()
		close(results)
	}()

	w := &writer{run: r, batch: make([]job, 0, r.opts.BatchSize)}
	w.startStore(pctx)
	fatal := w.loop(pctx, results, window)
	if fatal != nil {
		stop() // the store stage's batch, if any, is not written
	}
	if err := w.stopStore(); fatal == nil && err != nil {
		fatal = err
		stop()
	}
	// Drain what is still in flight so every goroutine ends before Run
	// returns; those articles are not written.
	for j := range results {
		r.mu.Lock()
		r.sum.NotWritten++
		r.mu.Unlock()
		window.release(j.size)
	}
	r.sum.NotWritten += len(w.pending) + len(w.batch) + len(w.ready.jobs) + w.stage.lost

	r.sum.Seconds = time.Since(start).Seconds()
	r.sum.Bytes = r.lastPos
	if r.resolver != nil {
		r.sum.Resolved = r.resolver.Stats()
	}
	if statsErr == nil {
		// Count growth even after a cancel: what was written stays written.
		if after, err := r.store.Stats(context.WithoutCancel(ctx)); err == nil {
			r.sum.Added = kg.Stats{
				Articles: after.Articles - before.Articles, Actors: after.Actors - before.Actors,
				Meetings: after.Meetings - before.Meetings, Statements: after.Statements - before.Statements,
				Roles: after.Roles - before.Roles, Places: after.Places - before.Places,
			}
		}
	}
	r.prog.finish(&r.sum)

	switch {
	case ctx.Err() != nil:
		// The caller stopped the run (whatever error the store saw then).
		r.sum.Canceled = true
		return r.sum, fmt.Errorf("ingest stopped: %w", ctx.Err())
	case fatal != nil:
		r.sum.Canceled = true
		return r.sum, fatal
	case readErr != nil && !errors.Is(readErr, context.Canceled):
		return r.sum, fmt.Errorf("ingest: read inputs: %w", readErr)
	}
	return r.sum, nil
}

// extractJob runs the extractor, turning a panic into a problem: one
// pathological article must not take the run down.
func (r *run) extractJob(j *job) {
	doc := j.item.Doc
	defer func() {
		if v := recover(); v != nil {
			j.facts = nil
			j.prob = &Problem{Path: j.item.Path, Origin: doc.Origin, ArticleID: doc.Article.ID, Stage: StageExtract,
				Code: kg.CodeInternal, Message: fmt.Sprintf("%s: extraction failed: %v", originOf(j.item), v)}
		}
	}()
	f := r.extract(doc)
	if f == nil {
		f = &kg.ArticleFacts{}
	}
	// The article is the loader's unless the extractor filled it in.
	if f.Article == (kg.Article{}) {
		f.Article = doc.Article
	}
	if f.Article.ID == "" {
		f.Article.ID = doc.Article.ID
	}
	if f.Article.ContentHash == "" {
		f.Article.ContentHash = doc.Article.ContentHash
	}
	j.facts = f
}

func originOf(it article.Item) string {
	if it.Doc.Origin != "" {
		return it.Doc.Origin
	}
	return it.Path
}
