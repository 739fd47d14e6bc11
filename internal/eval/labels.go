package eval

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// LabelOptions tune LabelRecall.
type LabelOptions struct {
	// Limit stops after this many labelled stories (0: all of them).
	Limit int
	// Clean is applied to each text before extraction (see Options.Clean).
	Clean func(string) string
	// MaxMisses bounds the missed labels kept for display (default 50).
	MaxMisses int
}

// LabelMiss is a labelled person the extractor did not find in a story.
type LabelMiss struct {
	ArticleID string   `json:"articleId"`
	Label     string   `json:"label"`
	InText    bool     `json:"inText"`
	Persons   []string `json:"persons"` // the people the extractor did find
}

// LabelReport measures recall against the Reuters `people` labels: for
// each deduplicated story with labels, each label is a person the story is
// about. Exact: an extracted person's name or alias has the label's slug
// ("james-baker"); a one-word label ("reagan") matches a name ending in
// that word. Surname: for a label of several words, only the last word
// matches the last word of a name ("baker" for "james-baker"), which may
// be another Baker, so it is counted apart. Mentioned: labels whose last
// word occurs in the story at all; Reuters labelled some people the text
// never names, and no extractor can find those.
type LabelReport struct {
	Stories          int         `json:"stories"`
	Labels           int         `json:"labels"`
	Exact            int         `json:"exact"`
	Surname          int         `json:"surname"`
	Mentioned        int         `json:"mentioned"`
	FoundOfMentioned int         `json:"foundOfMentioned"`
	Misses           []LabelMiss `json:"misses,omitempty"`
}

// Recall is the share of labels found by full name.
func (r *LabelReport) Recall() float64 { return ratio(r.Exact, r.Labels) }

// RecallWithSurname counts surname matches as found too.
func (r *LabelReport) RecallWithSurname() float64 { return ratio(r.Exact+r.Surname, r.Labels) }

// RecallOfMentioned is the share found (by full name or surname) among the
// labels whose surname the story contains.
func (r *LabelReport) RecallOfMentioned() float64 { return ratio(r.FoundOfMentioned, r.Mentioned) }

// LabelRecall runs extract over every deduplicated story of a Reuters JSON
// Lines file (path) that has `people` labels and reports how many of the
// labelled people it finds.
func LabelRecall(ctx context.Context, path string, extract Extractor, opts LabelOptions) (*LabelReport, error) {
	if extract == nil {
		return nil, kg.Errorf(kg.CodeInvalidArgument, "eval: no extractor given")
	}
	if opts.MaxMisses == 0 {
		opts.MaxMisses = 50
	}
	rep := &LabelReport{}
	errStop := errors.New("limit reached")
	err := ForEachRecord(ctx, path, func(_ int, r *Record) error {
		if len(r.People) == 0 || r.DuplicateOf != nil {
			return nil
		}
		if opts.Limit > 0 && rep.Stories >= opts.Limit {
			return errStop
		}
		rep.Stories++
		doc := Document(r, opts.Clean)
		facts, perr := safeExtract(extract, doc)
		if perr != nil {
			return kg.WrapError(kg.CodeInternal, perr, "eval: %s", r.ID)
		}
		rep.addStory(r, doc.Text, facts, opts.MaxMisses)
		return nil
	})
	if err != nil && !errors.Is(err, errStop) {
		return nil, err
	}
	return rep, nil
}

func (rep *LabelReport) addStory(r *Record, text string, facts *kg.ArticleFacts, maxMisses int) {
	var keys, names []string
	if facts != nil {
		for _, a := range facts.Actors {
			if a.Kind != kg.KindPerson {
				continue
			}
			names = append(names, a.Name)
			for _, n := range append([]string{a.Name}, a.Aliases...) {
				if k := nameKey(n); k != "" {
					keys = append(keys, k)
				}
			}
		}
	}
	words := map[string]bool{}
	for _, w := range strings.Split(kg.Slug(text), "-") {
		words[w] = true
	}
	for _, label := range r.People {
		rep.Labels++
		toks := strings.Split(label, "-")
		last := toks[len(toks)-1]
		exact, surname := false, false
		for _, k := range keys {
			kt := strings.Split(k, "-")
			switch {
			case k == label || (len(toks) == 1 && kt[len(kt)-1] == label):
				exact = true
			case kt[len(kt)-1] == last:
				surname = true
			}
		}
		inText := words[last]
		switch {
		case exact:
			rep.Exact++
		case surname:
			rep.Surname++
		}
		if inText {
			rep.Mentioned++
			if exact || surname {
				rep.FoundOfMentioned++
			}
		}
		if !exact && !surname && len(rep.Misses) < maxMisses {
			rep.Misses = append(rep.Misses, LabelMiss{ArticleID: r.ID, Label: label, InText: inText, Persons: names})
		}
	}
}

// Summary gives the recall figures in four lines.
func (rep *LabelReport) Summary() string {
	return fmt.Sprintf("Reuters people labels: %d stories, %d labels\n", rep.Stories, rep.Labels) +
		fmt.Sprintf("  found by full name   %5d  recall %.3f\n", rep.Exact, rep.Recall()) +
		fmt.Sprintf("  found by surname     %5d  recall with surnames %.3f\n", rep.Surname, rep.RecallWithSurname()) +
		fmt.Sprintf("  surname in the text  %5d  found among them %d, recall %.3f\n", rep.Mentioned, rep.FoundOfMentioned, rep.RecallOfMentioned())
}

// WriteText writes the summary and the first misses.
func (rep *LabelReport) WriteText(w io.Writer) error {
	ew := &errWriter{w: w}
	ew.printf("%s", rep.Summary())
	for _, m := range rep.Misses {
		where := "not in the text"
		if m.InText {
			where = "in the text"
		}
		ew.printf("  missed %-22s %-20s (%s) found: %s\n", m.Label, m.ArticleID, where, strings.Join(m.Persons, ", "))
	}
	return ew.err
}
