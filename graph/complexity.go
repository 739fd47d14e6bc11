package graph

import (
	"github.com/actorgraph/actorgraph/internal/kg"
)

// setComplexity teaches gqlgen's complexity limit what lists cost: a field
// costs 1 plus its children, and a list multiplies its children by the page
// size the query asks for (first, limit) or, for lists without one, by
// listFanout. Without this every list would count as one element and the
// limit would not bound anything.
func setComplexity(c *ComplexityRoot) {
	fan := func(child int) int { return 1 + listFanout*child }

	c.Query.Search = func(child int, _ string, _ []kg.ActorKind, first *int) int {
		return 1 + complexityArg(first, DefaultSearchFirst, MaxSearchFirst)*child
	}
	c.Query.Timeline = func(child int, _ []string, _, _ *kg.PartialDate, _ []kg.EventKind, first *int, _ *string) int {
		return 1 + complexityArg(first, DefaultTimelineFirst, MaxTimelineFirst)*child
	}
	c.Query.Paths = func(child int, _, _ string, maxHops, first *int) int {
		return 1 + complexityArg(first, DefaultPathFirst, MaxPathFirst)*complexityArg(maxHops, DefaultMaxHops, MaxMaxHops)*child
	}
	c.Query.Neighborhood = func(child int, _ string, _, limit *int) int {
		return 1 + complexityArg(limit, DefaultLimit, MaxLimit)*child
	}
	// Encounters has no page size: a busy actor has dozens of counterparts.
	c.Query.Encounters = func(child int, _ string, _, _ *kg.PartialDate, _ []kg.MeetingKind) int {
		return 1 + 4*listFanout*child
	}
	// The per-element cost of a timeline is counted once above; edges and
	// path steps themselves only add their own field.
	c.EventConnection.Edges = func(child int) int { return 1 + child }
	c.Path.Steps = func(child int) int { return 1 + child }
	c.Subgraph.Nodes = func(child int) int { return 1 + child }
	c.Subgraph.Edges = func(child int) int { return 1 + child }

	c.Person.Roles = fan
	c.Meeting.Participants = fan
	c.Meeting.Participations = fan
	c.Meeting.Evidence = fan
	c.Statement.About = fan
	c.Statement.Evidence = fan
	c.Role.Evidence = fan
	c.Encounter.Meetings = fan
	c.IngestReport.Results = func(child int) int { return 1 + MaxIngestArticles*child }
}
