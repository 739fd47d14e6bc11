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

	c.Query.Search = func(child int, _ string, _ []kg.ActorKind, first *int, _ *bool) int {
		return 1 + complexityArg(first, DefaultSearchFirst, MaxSearchFirst)*child
	}
	c.Query.Timeline = func(child int, _ []string, _, _ *kg.PartialDate, _ []kg.EventKind, first *int, _ *string) int {
		return 1 + complexityArg(first, DefaultTimelineFirst, MaxTimelineFirst)*child
	}
	// Graph searches cost a fixed amount on top of their answer's size, so
	// that one operation cannot ask for dozens of them under aliases.
	c.Query.Paths = func(child int, _, _ string, maxHops, first *int) int {
		return PathsCost + complexityArg(first, DefaultPathFirst, MaxPathFirst)*complexityArg(maxHops, DefaultMaxHops, MaxMaxHops)*child
	}
	c.Query.Neighborhood = func(child int, _ string, depth, limit *int) int {
		return NeighborhoodCost*complexityArg(depth, DefaultDepth, MaxDepth) + complexityArg(limit, DefaultLimit, MaxLimit)*child
	}
	// Encounters has no page size: a busy actor has dozens of counterparts.
	c.Query.Encounters = func(child int, _ string, _, _ *kg.PartialDate, _ []kg.MeetingKind) int {
		return 1 + 4*listFanout*child
	}
	c.Query.Meetings = func(child int, _ []string, _, _ *kg.PartialDate, _ []kg.MeetingKind, _ []kg.MeetingStatus, _ *string, _ *kg.SortOrder, first *int, _ *string) int {
		return 1 + complexityArg(first, DefaultConnectionFirst, MaxConnectionFirst)*child
	}
	c.Query.Statements = func(child int, _, _ []string, _, _ *kg.PartialDate, _ *string, _ *bool, _ *string, _ *kg.SortOrder, first *int, _ *string) int {
		return 1 + complexityArg(first, DefaultConnectionFirst, MaxConnectionFirst)*child
	}
	c.Query.Articles = func(child int, _ []string, _ *string, _, _ *kg.PartialDate, _ *kg.SortOrder, first *int, _ *string) int {
		return 1 + complexityArg(first, DefaultConnectionFirst, MaxConnectionFirst)*child
	}
	c.Query.TopCounterparts = func(child int, _ string, _, _ *kg.PartialDate, _ []kg.MeetingKind, first *int) int {
		return 1 + complexityArg(first, DefaultTopCounterparts, MaxTopCounterparts)*child
	}
	c.MonthlySeries.Months = func(child int) int { return 1 + 24*child }
	// The per-element cost of a timeline is counted once above; edges and
	// path steps themselves only add their own field.
	c.EventConnection.Edges = func(child int) int { return 1 + child }
	c.MeetingConnection.Edges = func(child int) int { return 1 + child }
	c.StatementConnection.Edges = func(child int) int { return 1 + child }
	c.ArticleConnection.Edges = func(child int) int { return 1 + child }
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
