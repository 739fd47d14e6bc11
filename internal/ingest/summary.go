package ingest

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/actorgraph/actorgraph/internal/kg"
	"github.com/actorgraph/actorgraph/internal/resolve"
)

// Stage names where a problem happened.
const (
	StageLoad    = "load"    // the input is not an article (file or record)
	StageExtract = "extract" // the extractor failed on an article
	StageResolve = "resolve" // identity lookups in the store failed
	StageStore   = "store"   // the store refused the article
)

// Problem is one input or article that did not make it into the graph.
type Problem struct {
	Path      string  `json:"path"`                // the input file ("-" for stdin)
	Origin    string  `json:"origin,omitempty"`    // file[:line] of the article, when known
	ArticleID string  `json:"articleId,omitempty"` // when the article was read
	Stage     string  `json:"stage"`
	Code      kg.Code `json:"code"`
	Message   string  `json:"message"`
}

func (p Problem) String() string { return p.Message }

// FileResult counts what happened to the articles of one input file.
type FileResult struct {
	Path       string `json:"path"`
	Articles   int    `json:"articles"` // read from the file
	New        int    `json:"new"`
	Unchanged  int    `json:"unchanged"`
	Replaced   int    `json:"replaced"`
	Failed     int    `json:"failed"`     // read but not written
	BadRecords int    `json:"badRecords"` // records or the file itself not readable as articles
}

// Facts counts the facts of the articles written (new or replaced).
type Facts struct {
	Actors     int `json:"actors"`
	Mentions   int `json:"mentions"`
	Meetings   int `json:"meetings"`
	Statements int `json:"statements"`
	Roles      int `json:"roles"`
}

// MaxProblems bounds the problems a Summary keeps; the rest are counted.
const MaxProblems = 10000

// Summary is the outcome of a run. It marshals to JSON for --report.
type Summary struct {
	Read       int `json:"read"` // articles read from the inputs
	New        int `json:"new"`
	Unchanged  int `json:"unchanged"`
	Replaced   int `json:"replaced"`
	Failed     int `json:"failed"`     // articles read but not written (extract or store failure)
	BadInputs  int `json:"badInputs"`  // files or records that were not articles
	NotWritten int `json:"notWritten"` // read but left unwritten because the run stopped early
	// Facts counts the facts of the written articles; Added is how the
	// store's counts changed (replacements can make it smaller).
	Facts    Facts         `json:"facts"`
	Added    kg.Stats      `json:"added"`
	Resolved resolve.Stats `json:"resolved"`
	Bytes    int64         `json:"bytes"` // raw input bytes read
	Seconds  float64       `json:"seconds"`
	Canceled bool          `json:"canceled"` // stopped before the end: ctx ended or the store failed
	// Files lists every input in the order read.
	Files []FileResult `json:"files"`
	// Problems lists every failure (up to MaxProblems), in the order met.
	Problems        []Problem `json:"problems"`
	ProblemsDropped int       `json:"problemsDropped,omitempty"`
}

// Written is the number of articles the store now holds from this run.
func (s *Summary) Written() int { return s.New + s.Unchanged + s.Replaced }

// Err is nil when every input loaded and every article was written;
// otherwise a *kg.Error (code of the first problem) that says how many
// failed and shows the first cause. The CLI exits non-zero on it.
func (s *Summary) Err() error {
	if s.Failed == 0 && s.BadInputs == 0 {
		return nil
	}
	var parts []string
	if s.Failed > 0 {
		parts = append(parts, plural(s.Failed, "article")+" failed")
	}
	if s.BadInputs > 0 {
		parts = append(parts, plural(s.BadInputs, "input")+" could not be loaded")
	}
	code := kg.CodeBadInput
	first := ""
	if len(s.Problems) > 0 {
		code = s.Problems[0].Code
		first = "; first: " + s.Problems[0].Message
	}
	return kg.Errorf(code, "%s%s", strings.Join(parts, ", "), first)
}

func plural(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return fmt.Sprintf("%d %ss", n, what)
}

// WriteJSON writes the summary as indented JSON (the --report file).
func (s *Summary) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(s)
}

// WriteText writes the human summary the CLI prints at the end of a run.
func (s *Summary) WriteText(w io.Writer) error {
	rate := 0.0
	if s.Seconds > 0 {
		rate = float64(s.Read) / s.Seconds
	}
	var b strings.Builder
	fmt.Fprintf(&b, "read %s in %.1fs (%.0f/s, %s): %d new, %d unchanged, %d replaced, %d failed; %s\n",
		plural(s.Read, "article"), s.Seconds, rate, mb(s.Bytes), s.New, s.Unchanged, s.Replaced, s.Failed, plural(s.BadInputs, "bad input"))
	fmt.Fprintf(&b, "facts written: %s, %s, %s, %s; graph grew by %s, %s, %s, %s\n",
		plural(s.Facts.Actors, "actor"), plural(s.Facts.Meetings, "meeting"), plural(s.Facts.Statements, "statement"), plural(s.Facts.Roles, "role"),
		plural(s.Added.Articles, "article"), plural(s.Added.Actors, "actor"), plural(s.Added.Meetings, "meeting"), plural(s.Added.Statements, "statement"))
	if s.Resolved.Rewritten > 0 || s.Resolved.Ambiguous > 0 {
		fmt.Fprintf(&b, "identities: %d names resolved to known actors, %d left ambiguous\n", s.Resolved.Rewritten, s.Resolved.Ambiguous)
	}
	if s.Canceled {
		fmt.Fprintf(&b, "stopped early: %d articles read but not written\n", s.NotWritten)
	}
	const show = 20
	for i, p := range s.Problems {
		if i == show {
			fmt.Fprintf(&b, "... and %d more problems\n", len(s.Problems)-show+s.ProblemsDropped)
			break
		}
		fmt.Fprintf(&b, "%s: %s\n", p.Stage, p.Message)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func mb(n int64) string { return fmt.Sprintf("%.1f MB", float64(n)/1e6) }
