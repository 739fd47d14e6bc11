package ingest

import (
	"fmt"
	"io"
	"os"
	"time"

	"github.com/mattn/go-isatty"
	"github.com/schollz/progressbar/v3"
)

// ProgressMode selects how progress is shown.
type ProgressMode int

const (
	ProgressAuto  ProgressMode = iota // a bar on a terminal, else lines
	ProgressBar                       // always a bar
	ProgressLines                     // a line every ProgressEvery
)

// progress shows how far a run is: a bar over the input bytes (with the
// article count and rate in its description, and an ETA) on a terminal,
// or a plain line now and then for logs and pipes.
type progress struct {
	w     io.Writer
	bar   *progressbar.ProgressBar
	every time.Duration
	total int64 // input bytes; -1 when unknown (stdin)
	start time.Time
	last  time.Time
}

func newProgress(w io.Writer, mode ProgressMode, every time.Duration, total int64) *progress {
	p := &progress{w: w, every: every, total: total, start: time.Now()}
	p.last = p.start
	if w == nil {
		return p
	}
	if mode == ProgressAuto {
		mode = ProgressLines
		if f, ok := w.(*os.File); ok && (isatty.IsTerminal(f.Fd()) || isatty.IsCygwinTerminal(f.Fd())) {
			mode = ProgressBar
		}
	}
	if mode == ProgressBar {
		max := total
		if max <= 0 {
			max = -1 // a spinner: the size of stdin is unknown
		}
		p.bar = progressbar.NewOptions64(max,
			progressbar.OptionSetWriter(w),
			progressbar.OptionShowBytes(true),
			progressbar.OptionSetPredictTime(true),
			progressbar.OptionSetElapsedTime(true),
			progressbar.OptionThrottle(100*time.Millisecond),
			progressbar.OptionSetWidth(30),
			progressbar.OptionSetDescription("ingest"),
			progressbar.OptionShowDescriptionAtLineEnd(),
		)
	}
	return p
}

// update shows the state; callers hold the run's lock.
func (p *progress) update(s *Summary, pos int64) {
	if p == nil || p.w == nil {
		return
	}
	now := time.Now()
	if p.bar != nil {
		p.bar.Describe(p.describe(s, now))
		_ = p.bar.Set64(pos)
		return
	}
	if now.Sub(p.last) < p.every {
		return
	}
	p.last = now
	fmt.Fprintln(p.w, p.line(s, pos, now))
}

func (p *progress) describe(s *Summary, now time.Time) string {
	rate := float64(s.Read) / now.Sub(p.start).Seconds()
	d := fmt.Sprintf("%d articles, %.0f/s", s.Read, rate)
	if bad := s.Failed + s.BadInputs; bad > 0 {
		d += ", " + plural(bad, "problem")
	}
	return d
}

func (p *progress) line(s *Summary, pos int64, now time.Time) string {
	el := now.Sub(p.start)
	l := fmt.Sprintf("ingest: %d articles (%.0f/s), %d new, %d unchanged, %d replaced, %d failed, %d bad inputs",
		s.Read, float64(s.Read)/el.Seconds(), s.New, s.Unchanged, s.Replaced, s.Failed, s.BadInputs)
	if p.total > 0 {
		l += fmt.Sprintf("; %s of %s", mb(pos), mb(p.total))
		if pos > 0 && pos < p.total {
			eta := time.Duration(float64(el) * float64(p.total-pos) / float64(pos))
			l += fmt.Sprintf(" (%.0f%%, eta %s)", 100*float64(pos)/float64(p.total), eta.Round(time.Second))
		}
	}
	return l
}

// finish completes the bar, or prints a last line when lines were shown.
func (p *progress) finish(s *Summary) {
	if p == nil || p.w == nil {
		return
	}
	if p.bar != nil {
		p.bar.Describe(p.describe(s, time.Now()))
		if p.total > 0 {
			_ = p.bar.Set64(p.total)
		}
		_ = p.bar.Finish()
		fmt.Fprintln(p.w)
		return
	}
	if p.last != p.start { // lines were printed: close with the final state
		fmt.Fprintln(p.w, p.line(s, s.Bytes, time.Now()))
	}
}
