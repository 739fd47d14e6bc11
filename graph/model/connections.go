package model

import "github.com/actorgraph/actorgraph/internal/kg"

// MeetingConnection, StatementConnection and ArticleConnection are pages
// of the kg connections, shaped as Relay connections.
type MeetingConnection struct {
	Edges      []*MeetingEdge
	PageInfo   *PageInfo
	TotalCount int
}

type MeetingEdge struct {
	Cursor string
	Node   *Meeting
}

func NewMeetingConnection(p kg.MeetingPage) *MeetingConnection {
	c := &MeetingConnection{Edges: make([]*MeetingEdge, len(p.Meetings)), TotalCount: p.TotalCount,
		PageInfo: &PageInfo{HasNextPage: p.HasNextPage, EndCursor: nilIfEmpty(p.EndCursor)}}
	for i := range p.Meetings {
		c.Edges[i] = &MeetingEdge{Cursor: kg.MeetingCursor(p.Meetings[i]), Node: &Meeting{p.Meetings[i]}}
	}
	return c
}

type StatementConnection struct {
	Edges      []*StatementEdge
	PageInfo   *PageInfo
	TotalCount int
}

type StatementEdge struct {
	Cursor string
	Node   *Statement
}

func NewStatementConnection(p kg.StatementPage) *StatementConnection {
	c := &StatementConnection{Edges: make([]*StatementEdge, len(p.Statements)), TotalCount: p.TotalCount,
		PageInfo: &PageInfo{HasNextPage: p.HasNextPage, EndCursor: nilIfEmpty(p.EndCursor)}}
	for i := range p.Statements {
		c.Edges[i] = &StatementEdge{Cursor: kg.StatementCursor(p.Statements[i]), Node: &Statement{p.Statements[i]}}
	}
	return c
}

type ArticleConnection struct {
	Edges      []*ArticleEdge
	PageInfo   *PageInfo
	TotalCount int
}

type ArticleEdge struct {
	Cursor string
	Node   *Article
}

func NewArticleConnection(p kg.ArticlePage) *ArticleConnection {
	c := &ArticleConnection{Edges: make([]*ArticleEdge, len(p.Articles)), TotalCount: p.TotalCount,
		PageInfo: &PageInfo{HasNextPage: p.HasNextPage, EndCursor: nilIfEmpty(p.EndCursor)}}
	for i := range p.Articles {
		c.Edges[i] = &ArticleEdge{Cursor: kg.ArticleCursor(p.Articles[i]), Node: &Article{p.Articles[i]}}
	}
	return c
}

// MonthlySeries is kg.MonthlyCounts with its total.
type MonthlySeries struct{ kg.MonthlyCounts }

// Total is every matching meeting: the months' counts and the undated.
func (s MonthlySeries) Total() int {
	n := s.Undated
	for _, m := range s.Months {
		n += m.Count
	}
	return n
}

// CounterpartCount is one of an actor's top counterparts.
type CounterpartCount struct{ kg.CounterpartCount }
