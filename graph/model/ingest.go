package model

import "github.com/actorgraph/actorgraph/internal/kg"

// ArticleInput is one article of the ingest mutation.
type ArticleInput struct {
	ID        *string
	Title     *string
	URL       *string
	Source    *string
	Published *kg.PartialDate
	Text      string
}

// IngestOutcome is what happened to one article of an ingest call.
type IngestOutcome string

const (
	IngestNew       IngestOutcome = "NEW"
	IngestUnchanged IngestOutcome = "UNCHANGED"
	IngestReplaced  IngestOutcome = "REPLACED"
	IngestFailed    IngestOutcome = "FAILED"
)

// OutcomeOf maps a store's UpsertResult to an outcome.
func OutcomeOf(r kg.UpsertResult) IngestOutcome {
	switch r {
	case kg.UpsertNew:
		return IngestNew
	case kg.UpsertUnchanged:
		return IngestUnchanged
	case kg.UpsertReplaced:
		return IngestReplaced
	}
	return IngestFailed
}

// IngestReport is what an ingest function returns to the mutation. The
// counters are derived from Results by Tally, so an ingest function only
// fills Results.
type IngestReport struct {
	Received  int
	New       int
	Replaced  int
	Unchanged int
	Failed    int
	Results   []*IngestResult
}

// IngestResult is the result for one article.
type IngestResult struct {
	Index      int
	ID         *string
	Outcome    IngestOutcome
	Error      *string
	Actors     int
	Meetings   int
	Statements int
}

// Tally recounts the report's counters from its results.
func (r *IngestReport) Tally() {
	r.New, r.Replaced, r.Unchanged, r.Failed = 0, 0, 0, 0
	for _, x := range r.Results {
		switch x.Outcome {
		case IngestNew:
			r.New++
		case IngestReplaced:
			r.Replaced++
		case IngestUnchanged:
			r.Unchanged++
		default:
			r.Failed++
		}
	}
}
