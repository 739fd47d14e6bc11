package kg

import (
	"context"
	"encoding/base64"
	"strings"
)

// Store is the graph's persistence. Two backends implement it: the embedded
// store (one local directory, the default) and Neo4j. Both must pass the
// conformance suite in internal/store/storetest, which is the precise
// statement of the behaviour described here.
//
// Reads return facts with their evidence and the ids of what they point to;
// callers fetch the actors, places and articles behind those ids with the
// batch methods (one call per request level, never one per fact).
type Store interface {
	// Upsert writes one article's facts in one transaction. Loading the same
	// article (same id and content hash) again changes nothing and returns
	// UpsertUnchanged. A new content hash under a known id replaces that
	// article's evidence, mentions and facts whole: facts no other article
	// supports disappear, shared ones keep the other articles' evidence.
	Upsert(ctx context.Context, facts *ArticleFacts) (UpsertResult, error)
	// UpsertMany writes several articles in one transaction, all or none,
	// with Upsert's semantics for each; bulk ingest uses it to amortise
	// commits. Results are in the order given.
	UpsertMany(ctx context.Context, facts []*ArticleFacts) ([]UpsertResult, error)

	// ActorsByID returns the actors with these ids, in the order asked, with
	// nil where an id is unknown.
	ActorsByID(ctx context.Context, ids []string) ([]*Actor, error)
	// ActorsByName returns every actor whose name or an alias equals name,
	// ignoring case, best candidates first (most mentioned).
	ActorsByName(ctx context.Context, name string) ([]Actor, error)
	// Search finds actors by a free-text prefix of a name or alias, or
	// (SearchQuery.Fuzzy) by a name with typos: exact matches first, then
	// prefix matches, then fuzzy ones (see SearchTier).
	Search(ctx context.Context, q SearchQuery) ([]Actor, error)
	PlacesByID(ctx context.Context, ids []string) ([]*Place, error)
	ArticlesByID(ctx context.Context, ids []string) ([]*Article, error)
	// RolesByPerson returns each person's roles (latest AsOf first).
	RolesByPerson(ctx context.Context, personIDs []string) (map[string][]Role, error)

	// Encounters lists whom an actor met (occurred meetings only), most
	// frequent counterpart first.
	Encounters(ctx context.Context, q EncounterQuery) ([]Encounter, error)
	// Timeline pages through meetings and statements in date order.
	Timeline(ctx context.Context, q TimelineQuery) (EventPage, error)
	// Paths returns shortest connections between two actors through
	// meetings, statements and roles, within MaxHops.
	Paths(ctx context.Context, q PathQuery) ([]Path, error)
	// Neighborhood returns the actors within Depth hops of an actor and the
	// links between them, at most Limit nodes.
	Neighborhood(ctx context.Context, q NeighborhoodQuery) (*Subgraph, error)
	Stats(ctx context.Context) (Stats, error)

	// Meetings pages through meetings (both statuses unless filtered) in
	// date order, with their evidence; see MeetingQuery.
	Meetings(ctx context.Context, q MeetingQuery) (MeetingPage, error)
	// Statements pages through statements in date order, with their
	// evidence; see StatementQuery.
	Statements(ctx context.Context, q StatementQuery) (StatementPage, error)
	// Articles pages through articles in published-date order; see
	// ArticleQuery.
	Articles(ctx context.Context, q ArticleQuery) (ArticlePage, error)
	// MeetingsPerMonth counts occurred meetings per calendar month; see
	// MonthlyQuery and MonthlyCounts.
	MeetingsPerMonth(ctx context.Context, q MonthlyQuery) (MonthlyCounts, error)
	// TopCounterparts is Encounters without the meetings, cut to the
	// First most frequent counterparts (same order as Encounters).
	TopCounterparts(ctx context.Context, q CounterpartQuery) ([]CounterpartCount, error)

	// Ping reports whether the store can serve; Close releases it.
	Ping(ctx context.Context) error
	Close() error
}

// UpsertResult says what Upsert did with an article.
type UpsertResult string

const (
	UpsertNew       UpsertResult = "NEW"
	UpsertUnchanged UpsertResult = "UNCHANGED"
	UpsertReplaced  UpsertResult = "REPLACED"
)

type SearchQuery struct {
	Text  string
	Kinds []ActorKind // empty: all kinds
	First int
	// Fuzzy also finds actors one of whose names matches every word of the
	// text as a prefix or within MaxEdits edits (MatchWords). They rank
	// after every exact and prefix match, fewest edits first, then most
	// mentioned, then by id.
	Fuzzy bool
}

type EncounterQuery struct {
	ActorID  string
	From, To PartialDate // open when zero; see PartialDate.InRange
	Kinds    []MeetingKind
}

// Encounter is one counterpart of an actor and their meetings, oldest first.
type Encounter struct {
	CounterpartID string
	Count         int
	First, Last   PartialDate
	Meetings      []Meeting
}

// EventKind selects which events a timeline holds.
type EventKind string

const (
	EventMeeting   EventKind = "MEETING"
	EventStatement EventKind = "STATEMENT"
)

type TimelineQuery struct {
	ActorIDs []string // events involving any of them; empty: all events
	From, To PartialDate
	Kinds    []EventKind // empty: both
	First    int
	After    string // a cursor from an earlier page
}

// Event is a meeting or a statement; exactly one field is set.
type Event struct {
	Meeting   *Meeting
	Statement *Statement
}

func (e Event) ID() string {
	if e.Meeting != nil {
		return e.Meeting.ID
	}
	return e.Statement.ID
}

func (e Event) Date() PartialDate {
	if e.Meeting != nil {
		return e.Meeting.Date
	}
	return e.Statement.Date
}

// Cursor is the event's position in a timeline.
func (e Event) Cursor() string { return EncodeCursor(e.Date().OrderKey(), e.ID()) }

type EventPage struct {
	Events      []Event
	TotalCount  int
	HasNextPage bool
	EndCursor   string
}

// EncodeCursor and DecodeCursor make the opaque keyset cursors of timelines:
// the event's date order key and its id, so pages stay stable while new
// articles are loaded.
func EncodeCursor(orderKey, id string) string {
	return base64.RawURLEncoding.EncodeToString([]byte(orderKey + "|" + id))
}

func DecodeCursor(c string) (orderKey, id string, err error) {
	b, err := base64.RawURLEncoding.DecodeString(c)
	if err != nil {
		return "", "", Errorf(CodeInvalidArgument, "invalid cursor %q", c)
	}
	k, i, ok := strings.Cut(string(b), "|")
	if !ok || i == "" {
		return "", "", Errorf(CodeInvalidArgument, "invalid cursor %q", c)
	}
	return k, i, nil
}

type PathQuery struct {
	FromID, ToID string
	MaxHops      int
	First        int
}

// Link is what joins two actors in a path or a subgraph; exactly one field
// is set.
type Link struct {
	Meeting   *Meeting
	Statement *Statement
	Role      *Role
}

func (l Link) ID() string {
	switch {
	case l.Meeting != nil:
		return l.Meeting.ID
	case l.Statement != nil:
		return l.Statement.ID
	case l.Role != nil:
		return l.Role.ID
	}
	return ""
}

type PathStep struct {
	FromID, ToID string
	Via          Link
}

type Path struct {
	Steps []PathStep
}

type NeighborhoodQuery struct {
	ActorID string
	Depth   int
	Limit   int
}

// GraphNode is an actor in a subgraph; Weight is its number of links there.
type GraphNode struct {
	ID     string
	Kind   ActorKind
	Label  string
	Weight int
	Depth  int // hops from the centre
}

// GraphEdge joins two nodes; Kind is MET, SAID_ABOUT or HOLDS_ROLE, Weight
// the number of links of that kind between them, LinkIDs their ids.
type GraphEdge struct {
	ID      string
	Source  string
	Target  string
	Kind    string
	Weight  int
	LinkIDs []string
}

type Subgraph struct {
	Nodes     []GraphNode
	Edges     []GraphEdge
	Truncated bool // Limit was reached
}

// Edge kinds of subgraphs.
const (
	EdgeMet       = "MET"
	EdgeSaidAbout = "SAID_ABOUT"
	EdgeHoldsRole = "HOLDS_ROLE"
)

// ResolveActor finds the actor a user means by ref: an id, or any name or
// alias. An unknown ref is NOT_FOUND; a name several actors share is
// AMBIGUOUS, with the candidates in the error.
func ResolveActor(ctx context.Context, s Store, ref string) (*Actor, error) {
	ref = strings.TrimSpace(ref)
	if ref == "" {
		return nil, Errorf(CodeInvalidArgument, "an actor id or name is required")
	}
	if LooksLikeID(ref) {
		as, err := s.ActorsByID(ctx, []string{ref})
		if err != nil {
			return nil, err
		}
		if as[0] != nil {
			return as[0], nil
		}
	}
	cands, err := s.ActorsByName(ctx, ref)
	if err != nil {
		return nil, err
	}
	switch len(cands) {
	case 0:
		return nil, Errorf(CodeNotFound, "no actor named %q", ref)
	case 1:
		return &cands[0], nil
	}
	// A name that is exactly one candidate's canonical name means that one
	// ("Xi Jinping" is not ambiguous because some other Xi exists).
	var exact []Actor
	for _, c := range cands {
		if strings.EqualFold(c.Name, ref) {
			exact = append(exact, c)
		}
	}
	if len(exact) == 1 {
		return &exact[0], nil
	}
	names := make([]string, len(cands))
	for i, c := range cands {
		names[i] = c.Name + " (" + c.ID + ")"
	}
	return nil, &Error{
		Code:       CodeAmbiguous,
		Message:    "the name \"" + ref + "\" is ambiguous: " + strings.Join(names, ", "),
		Candidates: cands,
	}
}
