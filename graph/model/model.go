// Package model holds the Go types the GraphQL schema is bound to (see
// gqlgen.yml). Most wrap an internal/kg value: the schema's nested fields
// (participants, speaker, roles, ...) are resolved from the ids these values
// carry, through per-request dataloaders, so the models stay thin.
package model

import (
	"github.com/actorgraph/actorgraph/internal/kg"
)

// Person, Country and Organization are the three kinds of kg.Actor; the
// schema needs a Go type per GraphQL object type.
type Person struct{ kg.Actor }

type Country struct{ kg.Actor }

type Organization struct{ kg.Actor }

func (Person) IsActor()       {}
func (Country) IsActor()      {}
func (Organization) IsActor() {}

// ISOCode is Country.iso: null rather than "" when unknown.
func (c Country) ISOCode() *string { return nilIfEmpty(c.ISO) }

// Category is Organization.category: null rather than "" when unknown.
func (o Organization) Category() *string { return nilIfEmpty(o.OrgKind) }

// NewActor wraps a kg.Actor in the GraphQL type of its kind; nil for nil.
// An actor of an unknown kind is served as an organization rather than
// failing the whole response: it still has an id and a name.
func NewActor(a *kg.Actor) Actor {
	if a == nil {
		return nil
	}
	switch a.Kind {
	case kg.KindPerson:
		return &Person{*a}
	case kg.KindCountry:
		return &Country{*a}
	}
	return &Organization{*a}
}

// Place is a city or region, or a country used as a place.
type Place struct{ kg.Place }

// Article wraps kg.Article so that missing text fields are null.
type Article struct{ kg.Article }

func (a Article) TitleOrNil() *string  { return nilIfEmpty(a.Title) }
func (a Article) URLOrNil() *string    { return nilIfEmpty(a.URL) }
func (a Article) SourceOrNil() *string { return nilIfEmpty(a.Source) }

// Role is a title a person holds.
type Role struct{ kg.Role }

func (Role) IsLink()      {}
func (Role) Kind() string { return "ROLE" }

// Meeting is an encounter between actors.
type Meeting struct{ kg.Meeting }

func (Meeting) IsLink()  {}
func (Meeting) IsEvent() {}

// KindString is Meeting.kind: the interface Link types kind as a String.
func (m Meeting) KindString() string { return string(m.Kind) }

// Statement is something an actor said.
type Statement struct{ kg.Statement }

func (Statement) IsLink()  {}
func (Statement) IsEvent() {}

// KindString is Statement.kind.
func (Statement) KindString() string { return string(kg.EventStatement) }

// QuoteOrNil is Statement.quote: null when the statement is reported speech.
func (s Statement) QuoteOrNil() *string { return nilIfEmpty(s.Quote) }

// NoPlace is Statement.place: statements carry no place yet.
func (Statement) NoPlace() *Place { return nil }

// NewEvent wraps a kg.Event in its GraphQL type.
func NewEvent(e kg.Event) Event {
	if e.Meeting != nil {
		return &Meeting{*e.Meeting}
	}
	if e.Statement != nil {
		return &Statement{*e.Statement}
	}
	return nil
}

// NewLink wraps a kg.Link in its GraphQL type.
func NewLink(l kg.Link) Link {
	switch {
	case l.Meeting != nil:
		return &Meeting{*l.Meeting}
	case l.Statement != nil:
		return &Statement{*l.Statement}
	case l.Role != nil:
		return &Role{*l.Role}
	}
	return nil
}

// Encounter is one counterpart of an actor and their meetings.
type Encounter struct {
	CounterpartID string
	Count         int
	First, Last   kg.PartialDate
	Meetings      []*Meeting
}

func NewEncounter(e kg.Encounter) *Encounter {
	out := &Encounter{CounterpartID: e.CounterpartID, Count: e.Count, First: e.First, Last: e.Last,
		Meetings: make([]*Meeting, len(e.Meetings))}
	for i := range e.Meetings {
		out.Meetings[i] = &Meeting{e.Meetings[i]}
	}
	return out
}

// Path is a chain of links between two actors.
type Path struct {
	Steps []*PathStep
}

func (p Path) Length() int { return len(p.Steps) }

// PathStep is one hop of a path.
type PathStep struct {
	FromID, ToID string
	Via          Link
}

func NewPath(p kg.Path) *Path {
	out := &Path{Steps: make([]*PathStep, len(p.Steps))}
	for i, s := range p.Steps {
		out.Steps[i] = &PathStep{FromID: s.FromID, ToID: s.ToID, Via: NewLink(s.Via)}
	}
	return out
}

// EventConnection is a page of a timeline.
type EventConnection struct {
	Edges      []*EventEdge
	PageInfo   *PageInfo
	TotalCount int
}

type EventEdge struct {
	Cursor string
	Node   Event
}

type PageInfo struct {
	HasNextPage bool
	EndCursor   *string
}

func NewEventConnection(p kg.EventPage) *EventConnection {
	c := &EventConnection{
		Edges:      make([]*EventEdge, len(p.Events)),
		PageInfo:   &PageInfo{HasNextPage: p.HasNextPage, EndCursor: nilIfEmpty(p.EndCursor)},
		TotalCount: p.TotalCount,
	}
	for i, e := range p.Events {
		c.Edges[i] = &EventEdge{Cursor: e.Cursor(), Node: NewEvent(e)}
	}
	if c.PageInfo.EndCursor == nil && len(p.Events) > 0 {
		// Stores should set EndCursor; derive it so clients can page anyway.
		end := p.Events[len(p.Events)-1].Cursor()
		c.PageInfo.EndCursor = &end
	}
	return c
}

func nilIfEmpty(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}
