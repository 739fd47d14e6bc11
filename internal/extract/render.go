package extract

import (
	"github.com/actorgraph/actorgraph/internal/kg"
)

// Record is the JSON object `actorgraph extract` prints for one article
// (the contract shape in DESIGN.md), with extra fields a journalist can
// check a fact by: ids, the byte offsets of the evidence sentence, the rule
// that fired, and every further sentence that states the same fact.
type Record struct {
	Article    RecordArticle     `json:"article"`
	Actors     []RecordActor     `json:"actors"`
	Roles      []RecordRole      `json:"roles"`
	Meetings   []RecordMeeting   `json:"meetings"`
	Statements []RecordStatement `json:"statements"`
	Places     []kg.Place        `json:"places"`
}

type RecordArticle struct {
	ID            string         `json:"id"`
	Title         string         `json:"title"`
	Published     kg.PartialDate `json:"published"`
	Source        string         `json:"source"`
	URL           string         `json:"url"`
	ReferenceDate kg.PartialDate `json:"referenceDate"`
}

type RecordActor struct {
	ID       string       `json:"id"`
	Kind     kg.ActorKind `json:"kind"`
	Name     string       `json:"name"`
	Aliases  []string     `json:"aliases"`
	Mentions int          `json:"mentions"`
	ISO      string       `json:"iso,omitempty"`
	OrgKind  string       `json:"orgKind,omitempty"`
}

// RecordEvidence is one sentence stating a fact.
type RecordEvidence struct {
	Sentence string `json:"sentence"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Rule     string `json:"rule,omitempty"`
}

type RecordRole struct {
	Person   string           `json:"person"`
	Title    string           `json:"title"`
	Of       *string          `json:"of"`
	Evidence string           `json:"evidence"`
	ID       string           `json:"id"`
	PersonID string           `json:"personId"`
	OfID     string           `json:"ofId,omitempty"`
	AsOf     kg.PartialDate   `json:"asOf"`
	Sources  []RecordEvidence `json:"sources"`
}

type RecordMeeting struct {
	Kind           kg.MeetingKind   `json:"kind"`
	Status         kg.MeetingStatus `json:"status"`
	Participants   []string         `json:"participants"`
	Date           kg.PartialDate   `json:"date"`
	Place          *string          `json:"place"`
	Evidence       string           `json:"evidence"`
	ID             string           `json:"id"`
	ParticipantIDs []string         `json:"participantIds"`
	Roles          []string         `json:"participantRoles,omitempty"`
	PlaceID        string           `json:"placeId,omitempty"`
	Sources        []RecordEvidence `json:"sources"`
}

type RecordStatement struct {
	Speaker   string           `json:"speaker"`
	Quote     *string          `json:"quote"`
	Text      string           `json:"text"`
	Date      kg.PartialDate   `json:"date"`
	Evidence  string           `json:"evidence"`
	ID        string           `json:"id"`
	SpeakerID string           `json:"speakerId"`
	About     []string         `json:"about,omitempty"`
	Sources   []RecordEvidence `json:"sources"`
}

// RenderOption adds what the facts alone do not carry.
type RenderOption func(*Record)

// WithReferenceDate records the date relative expressions were resolved
// against (see Analyze).
func WithReferenceDate(d kg.PartialDate) RenderOption {
	return func(r *Record) { r.Article.ReferenceDate = d }
}

// Render gives the contract record of an article's facts. Names are the
// canonical names of the facts' actors; a missing date is null.
func Render(f *kg.ArticleFacts, opts ...RenderOption) Record {
	r := Record{
		Article: RecordArticle{ID: f.Article.ID, Title: f.Article.Title, Published: f.Article.Published, Source: f.Article.Source, URL: f.Article.URL},
		Actors:  []RecordActor{}, Roles: []RecordRole{}, Meetings: []RecordMeeting{}, Statements: []RecordStatement{}, Places: []kg.Place{},
	}
	names := map[string]string{}
	counts := map[string]int{}
	for _, m := range f.Mentions {
		counts[m.ActorID] = m.Count
	}
	for _, a := range f.Actors {
		names[a.ID] = a.Name
		aliases := a.Aliases
		if aliases == nil {
			aliases = []string{}
		}
		r.Actors = append(r.Actors, RecordActor{ID: a.ID, Kind: a.Kind, Name: a.Name, Aliases: aliases, Mentions: counts[a.ID], ISO: a.ISO, OrgKind: a.OrgKind})
	}
	for _, p := range f.Places {
		names[p.ID] = p.Name
		r.Places = append(r.Places, p)
	}
	name := func(id string) string {
		if n, ok := names[id]; ok {
			return n
		}
		return id
	}
	opt := func(id string) *string {
		if id == "" {
			return nil
		}
		n := name(id)
		return &n
	}
	for _, x := range f.Roles {
		r.Roles = append(r.Roles, RecordRole{
			Person: name(x.PersonID), Title: x.Title, Of: opt(x.OfID), Evidence: first(x.Evidence),
			ID: x.ID, PersonID: x.PersonID, OfID: x.OfID, AsOf: x.AsOf, Sources: sources(x.Evidence),
		})
	}
	for _, m := range f.Meetings {
		rm := RecordMeeting{
			Kind: m.Kind, Status: m.Status, Date: m.Date, Place: opt(m.PlaceID), Evidence: first(m.Evidence),
			ID: m.ID, PlaceID: m.PlaceID, Sources: sources(m.Evidence),
			Participants: []string{}, ParticipantIDs: []string{},
		}
		hasRoles := false
		for _, p := range m.Participants {
			rm.Participants = append(rm.Participants, name(p.ActorID))
			rm.ParticipantIDs = append(rm.ParticipantIDs, p.ActorID)
			rm.Roles = append(rm.Roles, p.Role)
			hasRoles = hasRoles || p.Role != ""
		}
		if !hasRoles {
			rm.Roles = nil
		}
		r.Meetings = append(r.Meetings, rm)
	}
	for _, s := range f.Statements {
		rs := RecordStatement{
			Speaker: name(s.SpeakerID), Text: s.Text, Date: s.Date, Evidence: first(s.Evidence),
			ID: s.ID, SpeakerID: s.SpeakerID, Sources: sources(s.Evidence),
		}
		if s.Quote != "" {
			q := s.Quote
			rs.Quote = &q
		}
		for _, a := range s.AboutIDs {
			rs.About = append(rs.About, name(a))
		}
		r.Statements = append(r.Statements, rs)
	}
	for _, o := range opts {
		o(&r)
	}
	return r
}

// ExtractRecord extracts an article and renders its record; the error is
// Result.Err (the record then has no facts).
func ExtractRecord(doc kg.Document, opts Options) (Record, error) {
	res := Analyze(doc, opts)
	return Render(res.Facts, WithReferenceDate(res.ReferenceDate)), res.Err
}

func first(ev []kg.Evidence) string {
	if len(ev) == 0 {
		return ""
	}
	return ev[0].Sentence
}

func sources(ev []kg.Evidence) []RecordEvidence {
	out := make([]RecordEvidence, len(ev))
	for i, e := range ev {
		out[i] = RecordEvidence{Sentence: e.Sentence, Start: e.Start, End: e.End, Rule: e.Rule}
	}
	return out
}
