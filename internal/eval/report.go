package eval

import (
	"encoding/json"
	"fmt"
	"io"
	"text/tabwriter"
)

// SplitReport sums the article results of one split (micro-averaged: the
// counts are added up before precision and recall are computed).
type SplitReport struct {
	Split          string               `json:"split"`
	Articles       int                  `json:"articles"`
	Counts         map[FactType]*Counts `json:"counts"`
	MeetingDates   DateTally            `json:"meetingDates"`
	StatementDates DateTally            `json:"statementDates"`
	MeetingPlaces  PlaceTally           `json:"meetingPlaces"`
	MeetingNear    NearMissTally        `json:"meetingNearMisses"`
}

// Report is the outcome of Run: per split (dev, heldout, all) and per
// article.
type Report struct {
	Gold   string `json:"gold"`
	Shared string `json:"shared"`
	// Second is set when a second annotation, not the extractor, was
	// scored (Agreement); Types when the report is limited to some facts.
	Second   string           `json:"second,omitempty"`
	Types    []FactType       `json:"types,omitempty"`
	Splits   []*SplitReport   `json:"splits"`
	Articles []*ArticleResult `json:"articles"`
}

// Split returns the named split's totals, or nil.
func (r *Report) Split(name string) *SplitReport {
	for _, s := range r.Splits {
		if s.Split == name {
			return s
		}
	}
	return nil
}

func newSplitReport(name string) *SplitReport {
	s := &SplitReport{Split: name, Counts: map[FactType]*Counts{}}
	for _, t := range FactTypes {
		s.Counts[t] = &Counts{}
	}
	return s
}

func (s *SplitReport) add(a *ArticleResult) {
	s.Articles++
	for t, c := range a.Counts {
		if s.Counts[t] == nil {
			s.Counts[t] = &Counts{}
		}
		s.Counts[t].add(*c)
	}
	s.MeetingDates.add(a.MeetingDates)
	s.StatementDates.add(a.StatementDates)
	s.MeetingPlaces.add(a.MeetingPlaces)
	s.MeetingNear.add(a.MeetingNear)
}

// MarshalJSON adds the derived precision, recall and F1.
func (c Counts) MarshalJSON() ([]byte, error) {
	type plain Counts
	return json.Marshal(struct {
		plain
		Precision float64 `json:"precision"`
		Recall    float64 `json:"recall"`
		F1        float64 `json:"f1"`
	}{plain(c), round4(c.Precision()), round4(c.Recall()), round4(c.F1())})
}

func round4(f float64) float64 {
	return float64(int64(f*10000+0.5)) / 10000
}

// WriteJSON writes the report as one indented JSON document.
func (r *Report) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(r)
}

// WriteText writes the readable report: the score table, date and place
// accuracy, then (unless summary) each article's misses and false hits
// with the sentence they come from.
func (r *Report) WriteText(w io.Writer, summary bool) error {
	ew := &errWriter{w: w}
	n := map[string]int{}
	for _, a := range r.Articles {
		n[a.Split]++
	}
	what := "Extraction evaluation: gold"
	if r.Second != "" {
		what = "Agreement: second annotation " + r.Second + " scored against gold"
	}
	ew.printf("%s %s, %d articles (dev %d, held-out %d), texts from %s\n\n",
		what, r.Gold, len(r.Articles), n[SplitDev], n[SplitHeldout], r.Shared)

	tw := tabwriter.NewWriter(ew, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "split\tfacts\tgold\tfound\ttp\tfp\tfn\tprecision\trecall\tf1\t")
	for _, s := range r.Splits {
		for _, t := range FactTypes {
			if !r.shows(t) {
				continue
			}
			c := s.Counts[t]
			fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%d\t%d\t%d\t%.3f\t%.3f\t%.3f\t\n", s.Split, t, c.Gold, c.Found, c.TP, c.FP, c.FN, c.Precision(), c.Recall(), c.F1())
		}
	}
	ew.err = firstErr(ew.err, tw.Flush())

	ew.printf("\nDates of matched facts (right = exact, or correct at a coarser precision):\n")
	tw = tabwriter.NewWriter(ew, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "split\tfacts\tpairs\texact\tcoarser\tfiner\twrong\tmissing\tspurious\texact%\tright%\t")
	for _, s := range r.Splits {
		for _, d := range []struct {
			name string
			t    DateTally
		}{{"meetings", s.MeetingDates}, {"statements", s.StatementDates}} {
			if d.name == "statements" && !r.shows(Statements) {
				continue
			}
			fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%.1f\t%.1f\t\n", s.Split, d.name, d.t.Total(), d.t.Exact, d.t.Coarser, d.t.Finer, d.t.Wrong, d.t.Missing, d.t.Spurious,
				100*ratio(d.t.Exact, d.t.Total()), 100*ratio(d.t.Exact+d.t.Coarser, d.t.Total()))
		}
	}
	ew.err = firstErr(ew.err, tw.Flush())

	ew.printf("\nPlaces of matched meetings:\n")
	tw = tabwriter.NewWriter(ew, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "split\tright\twrong\tmissing\textra\t")
	for _, s := range r.Splits {
		p := s.MeetingPlaces
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%d\t\n", s.Split, p.Right, p.Wrong, p.Missing, p.Extra)
	}
	ew.err = firstErr(ew.err, tw.Flush())

	ew.printf("\nNear misses of meetings (a gold meeting and a found one with two or more participants in common, not matched):\n")
	tw = tabwriter.NewWriter(ew, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "split\tpairs\tstatus only\tof them found planned\textra parties\tmissing parties\tboth\tstatus too\t")
	for _, s := range r.Splits {
		n := s.MeetingNear
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t\n", s.Split, n.Total(), n.Status, n.AsPlanned, n.Extra, n.Missing, n.Mixed, n.StatusToo)
	}
	ew.err = firstErr(ew.err, tw.Flush())

	if summary {
		return ew.err
	}
	ew.printf("\nPer article: miss = gold fact not found; false = found, not in the gold; fragment = piece of a found statement (not counted); date = matched with another date.\n")
	for _, a := range r.Articles {
		ew.printf("\n== %s [%s, %s]\n", a.ID, a.Split, a.Source)
		if a.Error != "" {
			ew.printf("   ERROR %s\n", a.Error)
		}
		shown := 0
		for _, f := range a.Findings {
			if r.shows(f.Type) {
				shown++
			}
		}
		if shown == 0 {
			ew.printf("   all gold facts found, nothing extra\n")
		}
		for _, f := range a.Findings {
			if !r.shows(f.Type) {
				continue
			}
			line := fmt.Sprintf("   %-13s %-8s %s", f.Type, f.Kind, f.What)
			if f.Why != "" {
				line += "  (" + f.Why + ")"
			}
			ew.printf("%s\n", line)
			if f.Evidence != "" {
				ew.printf("   %-13s %-8s | %s\n", "", "", f.Evidence)
			}
		}
	}
	return ew.err
}

// shows reports whether the report covers fact type t.
func (r *Report) shows(t FactType) bool {
	if len(r.Types) == 0 {
		return true
	}
	for _, x := range r.Types {
		if x == t {
			return true
		}
	}
	return false
}

// keepTypes drops the counts and findings of fact types the report does
// not cover, so that its JSON holds no zero rows that look like results.
func (r *Report) keepTypes() {
	if len(r.Types) == 0 {
		return
	}
	prune := func(counts map[FactType]*Counts) {
		for t := range counts {
			if !r.shows(t) {
				delete(counts, t)
			}
		}
	}
	for _, s := range r.Splits {
		prune(s.Counts)
		if !r.shows(Statements) {
			s.StatementDates = DateTally{}
		}
	}
	for _, a := range r.Articles {
		prune(a.Counts)
		if !r.shows(Statements) {
			a.StatementDates = DateTally{}
		}
		kept := a.Findings[:0]
		for _, f := range a.Findings {
			if r.shows(f.Type) {
				kept = append(kept, f)
			}
		}
		a.Findings = kept
	}
}

type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) Write(p []byte) (int, error) {
	if e.err != nil {
		return 0, e.err
	}
	n, err := e.w.Write(p)
	e.err = err
	return n, err
}

func (e *errWriter) printf(format string, args ...any) {
	if e.err == nil {
		_, e.err = fmt.Fprintf(e.w, format, args...)
	}
}

func firstErr(a, b error) error {
	if a != nil {
		return a
	}
	return b
}

// splitNames orders the splits of a report.
func splitNames(arts []*ArticleResult) []string {
	has := map[string]bool{}
	for _, a := range arts {
		has[a.Split] = true
	}
	var out []string
	for _, s := range []string{SplitDev, SplitHeldout} {
		if has[s] {
			out = append(out, s)
		}
	}
	return append(out, SplitAll)
}
