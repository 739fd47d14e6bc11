// Validation and the join of claims, kept identical to the embedded store's
// (internal/store/embedded/validate.go and merge.go) so both stores give the
// same answers; the conformance suite checks that they do. These rules
// belong in one shared package (e.g. internal/store/facts) that both stores
// import; until the lead moves them there, this is a copy.

package neo4j

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// prepared is one article's facts checked and with duplicates inside the
// article merged: one claim per fact id, evidence grouped by fact.
type prepared struct {
	article    kg.Article
	actors     map[string]actorAgg
	places     map[string]kg.Place
	meetings   map[string]kg.Meeting
	statements map[string]kg.Statement
	roles      map[string]kg.Role
	evidence   map[string][]kg.Evidence // fact id -> this article's evidence
}

// prepare validates an article's facts. What the store accepts (the
// conformance suite pins the same rules for every backend):
//   - an article id and a content hash; a valid published date;
//   - actors with an id whose prefix matches a valid kind, and a name;
//   - every actor a fact or mention refers to is among the article's
//     actors (a place of a meeting among its places or country actors);
//   - places with a place: id and a name;
//   - meetings (meeting: id) with a valid kind and status and at least one
//     participant; statements (statement: id) with a speaker and text;
//     roles (role: id) with a person actor and a title;
//   - every meeting, statement and role has evidence, all of it from this
//     article (Evidence.ArticleID equal to the article id), with
//     0 <= Start <= End;
//   - dates valid; all text valid UTF-8.
//
// Any failure is BAD_INPUT naming the article and the fact.
func prepare(f *kg.ArticleFacts) (*prepared, error) {
	if f == nil {
		return nil, kg.Errorf(kg.CodeBadInput, "nil article facts")
	}
	a := f.Article
	aid := a.ID
	bad := func(format string, args ...any) error {
		return kg.Errorf(kg.CodeBadInput, "article %q: "+format, append([]any{aid}, args...)...)
	}
	if strings.TrimSpace(aid) == "" {
		return nil, kg.Errorf(kg.CodeBadInput, "article without an id")
	}
	if a.ContentHash == "" {
		return nil, bad("no content hash")
	}
	if err := a.Published.Validate(); err != nil {
		return nil, bad("published date: %v", err)
	}
	for _, s := range []string{aid, a.Title, a.URL, a.Source, a.ContentHash} {
		if !utf8.ValidString(s) {
			return nil, bad("invalid UTF-8 in article metadata")
		}
	}
	p := &prepared{
		article:    a,
		actors:     make(map[string]actorAgg, len(f.Actors)),
		places:     make(map[string]kg.Place, len(f.Places)),
		meetings:   make(map[string]kg.Meeting, len(f.Meetings)),
		statements: make(map[string]kg.Statement, len(f.Statements)),
		roles:      make(map[string]kg.Role, len(f.Roles)),
		evidence:   make(map[string][]kg.Evidence),
	}
	for _, ac := range f.Actors {
		if ac.ID == "" || !ac.Kind.Valid() || kg.KindOfID(ac.ID) != ac.Kind {
			return nil, bad("actor %q: id prefix and kind %q disagree", ac.ID, ac.Kind)
		}
		if strings.TrimSpace(ac.Name) == "" {
			return nil, bad("actor %q: no name", ac.ID)
		}
		if !validUTF8(ac.Name, ac.ISO, ac.OrgKind) || !validUTF8(ac.Aliases...) {
			return nil, bad("actor %q: invalid UTF-8", ac.ID)
		}
		ac.Aliases = append([]string(nil), ac.Aliases...)
		p.actors[ac.ID] = joinActor(p.actors[ac.ID], actorAgg{Actor: ac})
	}
	for _, m := range f.Mentions {
		ac, ok := p.actors[m.ActorID]
		if !ok {
			return nil, bad("mention of %q, which is not among the article's actors", m.ActorID)
		}
		if m.Count < 0 {
			return nil, bad("mention of %q: negative count", m.ActorID)
		}
		ac.Mentions += m.Count
		p.actors[m.ActorID] = ac
	}
	isActor := func(id string) bool { _, ok := p.actors[id]; return ok }
	for _, pl := range f.Places {
		if !strings.HasPrefix(pl.ID, kg.PrefixPlace) || len(pl.ID) == len(kg.PrefixPlace) {
			return nil, bad("place %q: id must start with %q", pl.ID, kg.PrefixPlace)
		}
		if strings.TrimSpace(pl.Name) == "" || !validUTF8(pl.Name, pl.CountryID) {
			return nil, bad("place %q: no name or invalid UTF-8", pl.ID)
		}
		p.places[pl.ID] = joinPlace(p.places[pl.ID], pl)
	}
	checkEvidence := func(what, id string, ev []kg.Evidence) error {
		if len(ev) == 0 {
			return bad("%s %q has no evidence", what, id)
		}
		for _, e := range ev {
			if e.ArticleID != aid {
				return bad("%s %q: evidence from article %q", what, id, e.ArticleID)
			}
			if e.Start < 0 || e.End < e.Start {
				return bad("%s %q: evidence offsets %d..%d", what, id, e.Start, e.End)
			}
			if !validUTF8(e.Sentence, e.Rule) {
				return bad("%s %q: invalid UTF-8 in evidence", what, id)
			}
		}
		p.evidence[id] = normEvidence(append(p.evidence[id], ev...))
		return nil
	}
	for _, r := range f.Roles {
		if !strings.HasPrefix(r.ID, kg.PrefixRole) || len(r.ID) == len(kg.PrefixRole) {
			return nil, bad("role %q: id must start with %q", r.ID, kg.PrefixRole)
		}
		if kg.KindOfID(r.PersonID) != kg.KindPerson || !isActor(r.PersonID) {
			return nil, bad("role %q: person %q is not a person among the article's actors", r.ID, r.PersonID)
		}
		if r.OfID != "" && !isActor(r.OfID) {
			return nil, bad("role %q: %q is not among the article's actors", r.ID, r.OfID)
		}
		if strings.TrimSpace(r.Title) == "" || !validUTF8(r.Title) {
			return nil, bad("role %q: no title or invalid UTF-8", r.ID)
		}
		if err := r.AsOf.Validate(); err != nil {
			return nil, bad("role %q: %v", r.ID, err)
		}
		if err := checkEvidence("role", r.ID, r.Evidence); err != nil {
			return nil, err
		}
		if old, ok := p.roles[r.ID]; ok && (old.PersonID != r.PersonID || old.OfID != r.OfID) {
			return nil, bad("role %q: two roles with one id and different people", r.ID)
		}
		p.roles[r.ID] = joinRole(p.roles[r.ID], r)
	}
	for _, m := range f.Meetings {
		if !strings.HasPrefix(m.ID, kg.PrefixMeeting) || len(m.ID) == len(kg.PrefixMeeting) {
			return nil, bad("meeting %q: id must start with %q", m.ID, kg.PrefixMeeting)
		}
		if !m.Kind.Valid() {
			return nil, bad("meeting %q: invalid kind %q", m.ID, m.Kind)
		}
		if m.Status != kg.StatusOccurred && m.Status != kg.StatusPlanned {
			return nil, bad("meeting %q: invalid status %q", m.ID, m.Status)
		}
		if err := m.Date.Validate(); err != nil {
			return nil, bad("meeting %q: %v", m.ID, err)
		}
		if m.PlaceID != "" {
			_, isPlace := p.places[m.PlaceID]
			if !isPlace && !(kg.KindOfID(m.PlaceID) == kg.KindCountry && isActor(m.PlaceID)) {
				return nil, bad("meeting %q: place %q is neither among the article's places nor its countries", m.ID, m.PlaceID)
			}
		}
		if len(m.Participants) == 0 {
			return nil, bad("meeting %q has no participants", m.ID)
		}
		for _, pt := range m.Participants {
			if !isActor(pt.ActorID) {
				return nil, bad("meeting %q: participant %q is not among the article's actors", m.ID, pt.ActorID)
			}
			if !validUTF8(pt.Role) {
				return nil, bad("meeting %q: invalid UTF-8", m.ID)
			}
		}
		if err := checkEvidence("meeting", m.ID, m.Evidence); err != nil {
			return nil, err
		}
		p.meetings[m.ID] = joinMeeting(p.meetings[m.ID], m)
	}
	for _, st := range f.Statements {
		if !strings.HasPrefix(st.ID, kg.PrefixStatement) || len(st.ID) == len(kg.PrefixStatement) {
			return nil, bad("statement %q: id must start with %q", st.ID, kg.PrefixStatement)
		}
		if !isActor(st.SpeakerID) {
			return nil, bad("statement %q: speaker %q is not among the article's actors", st.ID, st.SpeakerID)
		}
		if strings.TrimSpace(st.Text) == "" || !validUTF8(st.Text, st.Quote) {
			return nil, bad("statement %q: no text or invalid UTF-8", st.ID)
		}
		for _, ab := range st.AboutIDs {
			if !isActor(ab) {
				return nil, bad("statement %q: about %q, which is not among the article's actors", st.ID, ab)
			}
		}
		if err := st.Date.Validate(); err != nil {
			return nil, bad("statement %q: %v", st.ID, err)
		}
		if err := checkEvidence("statement", st.ID, st.Evidence); err != nil {
			return nil, err
		}
		if old, ok := p.statements[st.ID]; ok && old.SpeakerID != st.SpeakerID {
			return nil, bad("statement %q: two speakers under one id", st.ID)
		}
		p.statements[st.ID] = joinStatement(p.statements[st.ID], st)
	}
	return p, nil
}

func validUTF8(ss ...string) bool {
	for _, s := range ss {
		if !utf8.ValidString(s) {
			return false
		}
	}
	return true
}

// Several articles may report the same fact (same id) with different
// details. A fact's stored form is the join of every article's claim on it.
// Each join below is commutative, associative and idempotent (a maximum
// under a fixed order, or a set union), so the stored fact does not depend
// on the order articles were loaded in, and removing an article's claims
// and re-joining the rest gives what loading only the rest would have.

// actorAgg is an actor with the number of mentions behind it (for one
// article in a claim, summed over articles in the actors table).
type actorAgg struct {
	kg.Actor
	Mentions int `json:"mentions"`
}

// joinActor merges b into a (a may be the zero value).
func joinActor(a, b actorAgg) actorAgg {
	if a.ID == "" {
		b.Aliases = normAliases(b.Name, b.Aliases)
		return b
	}
	out := a
	out.Name = betterName(a.Name, b.Name)
	names := make([]string, 0, len(a.Aliases)+len(b.Aliases)+2)
	names = append(names, a.Name, b.Name)
	names = append(names, a.Aliases...)
	names = append(names, b.Aliases...)
	out.Aliases = normAliases(out.Name, names)
	out.ISO = betterStr(a.ISO, b.ISO)
	out.OrgKind = betterStr(a.OrgKind, b.OrgKind)
	out.Mentions = a.Mentions + b.Mentions
	return out
}

// normAliases sorts and de-duplicates aliases and drops the canonical name.
func normAliases(name string, aliases []string) []string {
	out := make([]string, 0, len(aliases))
	for _, a := range aliases {
		if a != name && a != "" {
			out = append(out, a)
		}
	}
	sort.Strings(out)
	return dedupSorted(out)
}

// betterName prefers the fuller (longer) form, then the smaller string.
func betterName(a, b string) string {
	la, lb := utf8.RuneCountInString(a), utf8.RuneCountInString(b)
	switch {
	case la != lb && la > lb:
		return a
	case la != lb:
		return b
	case a <= b:
		return a
	}
	return b
}

// betterStr prefers a non-empty value, then the smaller one.
func betterStr(a, b string) string {
	switch {
	case a == "":
		return b
	case b == "":
		return a
	case a <= b:
		return a
	}
	return b
}

func joinPlace(a, b kg.Place) kg.Place {
	if a.ID == "" {
		return b
	}
	a.Name = betterName(a.Name, b.Name)
	a.CountryID = betterStr(a.CountryID, b.CountryID)
	return a
}

// betterDate prefers the more precise date, then the earlier one.
func betterDate(a, b kg.PartialDate) kg.PartialDate {
	pa, pb := a.Precision(), b.Precision()
	switch {
	case pa != pb && pa > pb:
		return a
	case pa != pb:
		return b
	case a.OrderKey() <= b.OrderKey():
		return a
	}
	return b
}

// laterDate prefers a known date, then the later one (roles hold "as of"
// the latest report).
func laterDate(a, b kg.PartialDate) kg.PartialDate {
	switch {
	case a.IsZero():
		return b
	case b.IsZero():
		return a
	}
	ka, kb := a.OrderKey(), b.OrderKey()
	if ka >= kb {
		return a
	}
	return b
}

// meetingKindRank orders meeting kinds from the most to the least specific:
// when reports disagree, the more specific description wins.
var meetingKindRank = map[kg.MeetingKind]int{
	kg.MeetingSummit: 5, kg.MeetingVisit: 4, kg.MeetingTalks: 3, kg.MeetingCall: 2, kg.MeetingMeeting: 1,
}

// placeRank prefers a city or region to a country, and any place to none.
func placeRank(id string) int {
	switch {
	case strings.HasPrefix(id, kg.PrefixPlace):
		return 2
	case id != "":
		return 1
	}
	return 0
}

func joinMeeting(a, b kg.Meeting) kg.Meeting {
	if a.ID == "" {
		b.Participants = normParticipants(b.Participants)
		b.Evidence = nil
		return b
	}
	out := a
	out.Evidence = nil
	if meetingKindRank[b.Kind] > meetingKindRank[a.Kind] {
		out.Kind = b.Kind
	}
	if a.Status != b.Status {
		// A report that it happened outweighs a report that it was planned.
		out.Status = kg.StatusOccurred
	}
	out.Date = betterDate(a.Date, b.Date)
	ra, rb := placeRank(a.PlaceID), placeRank(b.PlaceID)
	if rb > ra || (rb == ra && b.PlaceID < a.PlaceID) {
		out.PlaceID = b.PlaceID
	}
	ps := make([]kg.Participant, 0, len(a.Participants)+len(b.Participants))
	ps = append(ps, a.Participants...)
	ps = append(ps, b.Participants...)
	out.Participants = normParticipants(ps)
	return out
}

// normParticipants sorts by actor id and keeps one entry per actor, with
// a non-empty role when any report gives one (the smaller if several).
func normParticipants(ps []kg.Participant) []kg.Participant {
	out := append([]kg.Participant(nil), ps...)
	sort.Slice(out, func(i, j int) bool {
		if out[i].ActorID != out[j].ActorID {
			return out[i].ActorID < out[j].ActorID
		}
		return out[i].Role < out[j].Role
	})
	w := 0
	for _, p := range out {
		if w > 0 && out[w-1].ActorID == p.ActorID {
			out[w-1].Role = betterStr(out[w-1].Role, p.Role)
			continue
		}
		out[w] = p
		w++
	}
	return out[:w]
}

func joinStatement(a, b kg.Statement) kg.Statement {
	if a.ID == "" {
		b.AboutIDs = normIDs(b.AboutIDs)
		b.Evidence = nil
		return b
	}
	out := a
	out.Evidence = nil
	// The fullest report of the words wins, as a pair.
	if betterWords(b.Text, b.Quote, a.Text, a.Quote) {
		out.Text, out.Quote = b.Text, b.Quote
	}
	out.Date = betterDate(a.Date, b.Date)
	out.AboutIDs = normIDs(append(append([]string(nil), a.AboutIDs...), b.AboutIDs...))
	return out
}

// betterWords reports whether (text, quote) beats (text2, quote2): longer
// text, then smaller text, then longer quote, then smaller quote.
func betterWords(text, quote, text2, quote2 string) bool {
	if len(text) != len(text2) {
		return len(text) > len(text2)
	}
	if text != text2 {
		return text < text2
	}
	if len(quote) != len(quote2) {
		return len(quote) > len(quote2)
	}
	return quote < quote2
}

func joinRole(a, b kg.Role) kg.Role {
	if a.ID == "" {
		b.Evidence = nil
		return b
	}
	out := a
	out.Evidence = nil
	// (AsOf, Title) as a pair: the latest report's title; equal dates
	// take the smaller title.
	ka, kb := a.AsOf, b.AsOf
	switch l := laterDate(ka, kb); {
	case ka == kb:
		if b.Title < a.Title {
			out.Title = b.Title
		}
	case l == kb:
		out.AsOf, out.Title = b.AsOf, b.Title
	}
	return out
}

func normIDs(ids []string) []string {
	out := make([]string, 0, len(ids))
	for _, id := range ids {
		if id != "" {
			out = append(out, id)
		}
	}
	sort.Strings(out)
	return dedupSorted(out)
}

func dedupSorted(s []string) []string {
	if len(s) == 0 {
		return s
	}
	w := 1
	for i := 1; i < len(s); i++ {
		if s[i] != s[w-1] {
			s[w] = s[i]
			w++
		}
	}
	return s[:w]
}

// normEvidence sorts evidence by position and keeps one row per span.
func normEvidence(ev []kg.Evidence) []kg.Evidence {
	out := append([]kg.Evidence(nil), ev...)
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].ArticleID != out[j].ArticleID {
			return out[i].ArticleID < out[j].ArticleID
		}
		if out[i].Start != out[j].Start {
			return out[i].Start < out[j].Start
		}
		return out[i].End < out[j].End
	})
	w := 0
	for _, e := range out {
		if w > 0 && out[w-1].ArticleID == e.ArticleID && out[w-1].Start == e.Start && out[w-1].End == e.End {
			continue
		}
		out[w] = e
		w++
	}
	return out[:w]
}
