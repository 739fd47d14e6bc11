package kg

import (
	"cmp"
	"slices"
)

// Queries of the filtered, sorted connections (Store.Meetings,
// Store.Statements, Store.Articles) and of the aggregations dashboards ask
// for (Store.MeetingsPerMonth, Store.TopCounterparts). The conformance
// suite (internal/store/storetest) pins every rule written here.
//
// Paging is by keyset, as for timelines: a cursor is a position in the
// order (the item's date order key and its id, see EncodeCursor), not a
// reference to an item, so pages stay put while articles are loaded and a
// cursor of an item that has gone still works. A cursor means the same
// position in either sort order. TotalCount counts every item matching the
// filters, not the page.

// SortOrder is the direction of a connection's date order.
type SortOrder string

const (
	// SortAsc: oldest first, unknown dates last; ties by id ascending.
	SortAsc SortOrder = "ASC"
	// SortDesc: newest first, unknown dates still last; ties by id
	// descending. Unknown dates come last in both orders because a
	// dashboard asking for "the latest" wants dated items first.
	SortDesc SortOrder = "DESC"
)

// Valid reports whether o is a known order ("" counts as SortAsc).
func (o SortOrder) Valid() bool { return o == "" || o == SortAsc || o == SortDesc }

// sortKey maps an order key to the key an order compares: descending
// order puts the unknown date ("~") below every known date.
func (o SortOrder) sortKey(orderKey string) string {
	if o == SortDesc && orderKey == "~" {
		return ""
	}
	return orderKey
}

// Before reports whether the item at (keyA, idA) comes before the item at
// (keyB, idB) in this order; keys are PartialDate.OrderKey values.
func (o SortOrder) Before(keyA, idA, keyB, idB string) bool {
	a, b := o.sortKey(keyA), o.sortKey(keyB)
	if o == SortDesc {
		if a != b {
			return a > b
		}
		return idA > idB
	}
	if a != b {
		return a < b
	}
	return idA < idB
}

// AfterCursor reports whether the item at (key, id) comes after the
// cursor position (cursorKey, cursorID) in this order.
func (o SortOrder) AfterCursor(key, id, cursorKey, cursorID string) bool {
	return o.Before(cursorKey, cursorID, key, id)
}

// MeetingQuery selects meetings for Store.Meetings.
type MeetingQuery struct {
	// ParticipantIDs: only meetings every one of these actors took part
	// in (a pair gives the meetings between the two); empty: all.
	ParticipantIDs []string
	From, To       PartialDate // see PartialDate.InRange
	Kinds          []MeetingKind
	// Statuses: empty means both; planned meetings are listed (with their
	// status) unless filtered out.
	Statuses []MeetingStatus
	// Source: only meetings reported by at least one article whose
	// Source equals this (ignoring case); "" for any.
	Source string
	Order  SortOrder
	First  int
	After  string
}

// MeetingPage is one page of Store.Meetings; meetings carry evidence.
type MeetingPage struct {
	Meetings    []Meeting
	TotalCount  int
	HasNextPage bool
	EndCursor   string
}

// StatementQuery selects statements for Store.Statements.
type StatementQuery struct {
	// SpeakerIDs: only statements made by one of these actors; empty: any.
	SpeakerIDs []string
	// AboutIDs: only statements about one of these actors; empty: any.
	// With SpeakerIDs too, a statement must satisfy both.
	AboutIDs []string
	From, To PartialDate
	// Contains: only statements whose text or quote contains this,
	// ignoring case; "" for any.
	Contains string
	// QuotesOnly: only statements with a direct quote.
	QuotesOnly bool
	Source     string // as in MeetingQuery
	Order      SortOrder
	First      int
	After      string
}

// StatementPage is one page of Store.Statements; statements carry
// evidence.
type StatementPage struct {
	Statements  []Statement
	TotalCount  int
	HasNextPage bool
	EndCursor   string
}

// ArticleQuery selects articles for Store.Articles. Articles are ordered
// by their published date (OrderKey of Published, then id).
type ArticleQuery struct {
	// ReportingIDs: only articles that report, for every one of these
	// actors, a meeting it took part in (either status), a statement it
	// made or is about, or a role it holds or that belongs to it. Actors an
	// article only mentions do not count: the filter asks for evidence.
	ReportingIDs []string
	// Source: only articles whose Source equals this, ignoring case.
	Source   string
	From, To PartialDate // the published date; see PartialDate.InRange
	Order    SortOrder
	First    int
	After    string
}

// ArticlePage is one page of Store.Articles.
type ArticlePage struct {
	Articles    []Article
	TotalCount  int
	HasNextPage bool
	EndCursor   string
}

// ArticleCursor is an article's position in Store.Articles.
func ArticleCursor(a Article) string { return EncodeCursor(a.Published.OrderKey(), a.ID) }

// MeetingCursor is a meeting's position in Store.Meetings.
func MeetingCursor(m Meeting) string { return EncodeCursor(m.Date.OrderKey(), m.ID) }

// StatementCursor is a statement's position in Store.Statements.
func StatementCursor(s Statement) string { return EncodeCursor(s.Date.OrderKey(), s.ID) }

// MonthlyQuery selects the meetings Store.MeetingsPerMonth counts:
// occurred meetings only, as for encounters.
type MonthlyQuery struct {
	// ActorIDs: only meetings every one of these actors took part in (one
	// actor, or a pair); empty: every occurred meeting.
	ActorIDs []string
	From, To PartialDate
	Kinds    []MeetingKind
}

// MonthCount is the number of meetings in one calendar month.
type MonthCount struct {
	Month PartialDate // month precision
	Count int
}

// MonthlyCounts is the answer of Store.MeetingsPerMonth: months in order,
// only months with meetings. A meeting dated to the day or the month
// counts in its month; Undated counts the matching meetings that cannot be
// placed in a month (a date known only to the year, or unknown; with a
// date range, only year dates overlapping it).
type MonthlyCounts struct {
	Months  []MonthCount
	Undated int
}

// CounterpartQuery asks Store.TopCounterparts for an actor's most frequent
// counterparts.
type CounterpartQuery struct {
	ActorID  string
	From, To PartialDate
	Kinds    []MeetingKind
	First    int
}

// CounterpartCount is an Encounter without its meetings: the counterpart,
// how many occurred meetings they had, and the first and last known dates.
type CounterpartCount struct {
	CounterpartID string
	Count         int
	First, Last   PartialDate
}

// CompareCounterparts is the order of who-met-whom answers (encounters and
// top counterparts): more meetings first, then the most recent last
// meeting (a known date before none), then counterpart id. Both stores
// sort with it, so they agree on ties.
func CompareCounterparts(a, b CounterpartCount) int {
	if a.Count != b.Count {
		return cmp.Compare(b.Count, a.Count)
	}
	if a.Last != b.Last {
		switch {
		case a.Last.IsZero():
			return 1
		case b.Last.IsZero():
			return -1
		}
		if c := cmp.Compare(b.Last.OrderKey(), a.Last.OrderKey()); c != 0 {
			return c
		}
	}
	return cmp.Compare(a.CounterpartID, b.CounterpartID)
}

// SortEncounters sorts es in the CompareCounterparts order.
func SortEncounters(es []Encounter) {
	slices.SortFunc(es, func(a, b Encounter) int { return CompareCounterparts(a.counts(), b.counts()) })
}

func (e Encounter) counts() CounterpartCount {
	return CounterpartCount{CounterpartID: e.CounterpartID, Count: e.Count, First: e.First, Last: e.Last}
}
