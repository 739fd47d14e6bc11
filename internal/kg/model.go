// Package kg holds the domain of actorgraph: actors, places, articles, the
// facts that link them (roles, meetings, statements), the evidence behind
// every fact, and the Store interface that both backends implement.
package kg

// ActorKind is the kind of an actor.
type ActorKind string

const (
	KindPerson       ActorKind = "PERSON"
	KindCountry      ActorKind = "COUNTRY"
	KindOrganization ActorKind = "ORGANIZATION"
)

// Valid reports whether k is one of the known kinds.
func (k ActorKind) Valid() bool {
	return k == KindPerson || k == KindCountry || k == KindOrganization
}

// Actor is a person, country or organization. ID is stable and readable
// (person:vladimir-putin, country:RU, org:european-union). Name is the
// canonical (fullest) form; Aliases hold every other form seen.
type Actor struct {
	ID      string    `json:"id"`
	Kind    ActorKind `json:"kind"`
	Name    string    `json:"name"`
	Aliases []string  `json:"aliases"`
	ISO     string    `json:"iso,omitempty"`     // countries: ISO 3166-1 alpha-2
	OrgKind string    `json:"orgKind,omitempty"` // organizations: GOVERNMENT, INTERNATIONAL, PARTY, MEDIA, COMPANY, ...
}

// Place is where something happened: a city or region. A country used as a
// place is referred to by its country actor id instead.
type Place struct {
	ID        string `json:"id"` // place:beijing
	Name      string `json:"name"`
	CountryID string `json:"countryId,omitempty"`
}

// Article is the source of facts. ContentHash changes when the text does.
type Article struct {
	ID          string      `json:"id"`
	Title       string      `json:"title,omitempty"`
	URL         string      `json:"url,omitempty"`
	Source      string      `json:"source,omitempty"`
	Published   PartialDate `json:"published"`
	ContentHash string      `json:"contentHash,omitempty"`
}

// Document is an article with its text, as a loader yields it.
type Document struct {
	Article Article
	Text    string
	Origin  string // where it came from, for messages: "path", "path:line", "-"
}

// Evidence ties a fact to the sentence of an article that states it.
// Start and End are byte offsets of the sentence in the article text.
type Evidence struct {
	ArticleID string `json:"articleId"`
	Sentence  string `json:"sentence"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
	Rule      string `json:"rule,omitempty"` // which extraction rule found the fact
}

// Mention counts how often an article names an actor.
type Mention struct {
	ActorID string `json:"actorId"`
	Count   int    `json:"count"`
}

// Role is a title a person holds in a country or organization
// ("Secretary of State" of country:US) as of a date.
type Role struct {
	ID       string      `json:"id"`
	PersonID string      `json:"personId"`
	Title    string      `json:"title"`
	OfID     string      `json:"ofId,omitempty"`
	AsOf     PartialDate `json:"asOf"`
	Evidence []Evidence  `json:"evidence"`
}

// MeetingKind says what sort of encounter a meeting was.
type MeetingKind string

const (
	MeetingMeeting MeetingKind = "MEETING"
	MeetingVisit   MeetingKind = "VISIT"
	MeetingCall    MeetingKind = "CALL"
	MeetingTalks   MeetingKind = "TALKS"
	MeetingSummit  MeetingKind = "SUMMIT"
)

// Valid reports whether k is one of the known meeting kinds.
func (k MeetingKind) Valid() bool {
	switch k {
	case MeetingMeeting, MeetingVisit, MeetingCall, MeetingTalks, MeetingSummit:
		return true
	}
	return false
}

// MeetingStatus separates what happened from what was only planned.
type MeetingStatus string

const (
	StatusOccurred MeetingStatus = "OCCURRED"
	StatusPlanned  MeetingStatus = "PLANNED"
)

// Participant is an actor's part in a meeting; Role is "" or, for visits,
// "visitor" / "host".
type Participant struct {
	ActorID string `json:"actorId"`
	Role    string `json:"role,omitempty"`
}

// Meeting is an encounter between actors. One real meeting reported by
// several articles is one Meeting with evidence from each.
type Meeting struct {
	ID           string        `json:"id"`
	Kind         MeetingKind   `json:"kind"`
	Status       MeetingStatus `json:"status"`
	Date         PartialDate   `json:"date"`
	PlaceID      string        `json:"placeId,omitempty"` // a place:... or country:... id
	Participants []Participant `json:"participants"`
	Evidence     []Evidence    `json:"evidence"`
}

// Statement is something an actor said: Quote holds the words inside
// quotation marks, Text the statement as reported (always set).
type Statement struct {
	ID        string      `json:"id"`
	SpeakerID string      `json:"speakerId"`
	Quote     string      `json:"quote,omitempty"`
	Text      string      `json:"text"`
	Date      PartialDate `json:"date"`
	AboutIDs  []string    `json:"aboutIds,omitempty"`
	Evidence  []Evidence  `json:"evidence"`
}

// ArticleFacts is everything one article contributes to the graph. The store
// writes it in one transaction and replaces an earlier version of the same
// article whole.
type ArticleFacts struct {
	Article    Article     `json:"article"`
	Actors     []Actor     `json:"actors"`
	Mentions   []Mention   `json:"mentions"`
	Places     []Place     `json:"places"`
	Roles      []Role      `json:"roles"`
	Meetings   []Meeting   `json:"meetings"`
	Statements []Statement `json:"statements"`
}

// Stats counts what the graph holds.
type Stats struct {
	Articles   int `json:"articles"`
	Actors     int `json:"actors"`
	Meetings   int `json:"meetings"`
	Statements int `json:"statements"`
	Roles      int `json:"roles"`
	Places     int `json:"places"`
}
