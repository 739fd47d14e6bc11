// Package claims holds the rules every store applies to what articles
// claim: which kg.ArticleFacts a store accepts (Prepare), and how several
// articles' versions of one fact join into the fact a store keeps (the
// Join functions). Both stores use it (the embedded store applies the
// preferences to its tallies of claimed values), so they accept the same
// input and give the same answers; the conformance suite
// (internal/store/storetest) pins the result.
package claims

import (
	"strings"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// Prepared is one article's facts checked and with duplicates inside the
// article joined: one claim per fact id, evidence grouped by fact.
type Prepared struct {
	Article    kg.Article
	Actors     map[string]Actor
	Places     map[string]kg.Place
	Meetings   map[string]kg.Meeting // Evidence nil: see the Evidence field
	Statements map[string]kg.Statement
	Roles      map[string]kg.Role
	Evidence   map[string][]kg.Evidence // fact id -> this article's evidence, NormEvidence order
}

// Prepare validates an article's facts. What a store accepts (the
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
// Any failure is BAD_INPUT naming the article and the fact. The result
// shares no slices with f.
func Prepare(f *kg.ArticleFacts) (*Prepared, error) {
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
	p := &Prepared{
		Article:    a,
		Actors:     make(map[string]Actor, len(f.Actors)),
		Places:     make(map[string]kg.Place, len(f.Places)),
		Meetings:   make(map[string]kg.Meeting, len(f.Meetings)),
		Statements: make(map[string]kg.Statement, len(f.Statements)),
		Roles:      make(map[string]kg.Role, len(f.Roles)),
		Evidence:   make(map[string][]kg.Evidence),
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
		p.Actors[ac.ID] = JoinActor(p.Actors[ac.ID], Actor{Actor: ac})
	}
	for _, m := range f.Mentions {
		ac, ok := p.Actors[m.ActorID]
		if !ok {
			return nil, bad("mention of %q, which is not among the article's actors", m.ActorID)
		}
		if m.Count < 0 {
			return nil, bad("mention of %q: negative count", m.ActorID)
		}
		ac.Mentions += m.Count
		p.Actors[m.ActorID] = ac
	}
	isActor := func(id string) bool { _, ok := p.Actors[id]; return ok }
	for _, pl := range f.Places {
		if !strings.HasPrefix(pl.ID, kg.PrefixPlace) || len(pl.ID) == len(kg.PrefixPlace) {
			return nil, bad("place %q: id must start with %q", pl.ID, kg.PrefixPlace)
		}
		if strings.TrimSpace(pl.Name) == "" || !validUTF8(pl.Name, pl.CountryID) {
			return nil, bad("place %q: no name or invalid UTF-8", pl.ID)
		}
		p.Places[pl.ID] = JoinPlace(p.Places[pl.ID], pl)
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
		p.Evidence[id] = NormEvidence(append(p.Evidence[id], ev...))
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
		if old, ok := p.Roles[r.ID]; ok && (old.PersonID != r.PersonID || old.OfID != r.OfID) {
			return nil, bad("role %q: two roles with one id and different people", r.ID)
		}
		p.Roles[r.ID] = JoinRole(p.Roles[r.ID], r)
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
			_, isPlace := p.Places[m.PlaceID]
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
		p.Meetings[m.ID] = JoinMeeting(p.Meetings[m.ID], m)
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
		if old, ok := p.Statements[st.ID]; ok && old.SpeakerID != st.SpeakerID {
			return nil, bad("statement %q: two speakers under one id", st.ID)
		}
		p.Statements[st.ID] = JoinStatement(p.Statements[st.ID], st)
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
