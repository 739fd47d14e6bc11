package embedded

import (
	"sort"
	"strings"

	"github.com/actorgraph/actorgraph/internal/kg"
	"github.com/actorgraph/actorgraph/internal/store/claims"
)

// A fact's stored row keeps a tally of what the articles that support it
// claim: for every detail, how many articles claim each value. Loading an
// article adds its claims, replacing it subtracts the old ones first, so
// a fact never has to be rebuilt by re-reading other articles, and a fact
// whose count of articles drops to zero is deleted. The row's columns are
// derived from the tally with the preferences of package claims (the most
// precise date, a place if any, every name and participant, ...), always
// over the set of values claimed, so the result is independent of the
// order articles arrived in.

// counts maps a claimed value to the number of articles claiming it.
type counts map[string]int

func (c *counts) add(k string, d int) {
	if *c == nil {
		*c = counts{}
	}
	(*c)[k] += d
	if (*c)[k] <= 0 {
		delete(*c, k)
	}
}

// keys returns the claimed values in sorted order.
func (c counts) keys() []string {
	out := make([]string, 0, len(c))
	for k := range c {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func sep(a, b string) string { return a + "\x00" + b }

func unsep(s string) (string, string) {
	a, b, _ := strings.Cut(s, "\x00")
	return a, b
}

type actorTally struct {
	N        int    `json:"n"` // articles naming the actor
	Mentions int    `json:"m"`
	Canon    counts `json:"c"`           // canonical names
	Aliases  counts `json:"a,omitempty"` // aliases
	ISO      counts `json:"i,omitempty"`
	OrgKind  counts `json:"o,omitempty"`
}

func (t *actorTally) apply(c claims.Actor, sign int) {
	t.N += sign
	t.Mentions += sign * c.Mentions
	t.Canon.add(c.Name, sign)
	for _, a := range c.Aliases {
		t.Aliases.add(a, sign)
	}
	if c.ISO != "" {
		t.ISO.add(c.ISO, sign)
	}
	if c.OrgKind != "" {
		t.OrgKind.add(c.OrgKind, sign)
	}
}

func (t *actorTally) alive() bool { return t.N > 0 }

func (t *actorTally) derive(id string) claims.Actor {
	a := claims.Actor{Actor: kg.Actor{ID: id, Kind: kg.KindOfID(id)}, Mentions: t.Mentions}
	names := t.Canon.keys()
	for _, n := range names {
		if a.Name == "" {
			a.Name = n
		} else {
			a.Name = claims.BetterName(a.Name, n)
		}
	}
	a.Aliases = claims.NormAliases(a.Name, append(names, t.Aliases.keys()...))
	for _, v := range t.ISO.keys() {
		a.ISO = claims.BetterStr(a.ISO, v)
	}
	for _, v := range t.OrgKind.keys() {
		a.OrgKind = claims.BetterStr(a.OrgKind, v)
	}
	return a
}

type placeTally struct {
	N       int    `json:"n"`
	Name    counts `json:"a"`
	Country counts `json:"c,omitempty"`
}

func (t *placeTally) apply(p kg.Place, sign int) {
	t.N += sign
	t.Name.add(p.Name, sign)
	if p.CountryID != "" {
		t.Country.add(p.CountryID, sign)
	}
}

func (t *placeTally) alive() bool { return t.N > 0 }

func (t *placeTally) derive(id string) kg.Place {
	p := kg.Place{ID: id}
	for _, n := range t.Name.keys() {
		if p.Name == "" {
			p.Name = n
		} else {
			p.Name = claims.BetterName(p.Name, n)
		}
	}
	for _, c := range t.Country.keys() {
		p.CountryID = claims.BetterStr(p.CountryID, c)
	}
	return p
}

type meetingTally struct {
	N      int    `json:"n"`
	Kind   counts `json:"k"`
	Status counts `json:"s"`
	Date   counts `json:"d"`
	Place  counts `json:"p,omitempty"`
	Parts  counts `json:"a"`           // participant actor ids
	Roles  counts `json:"r,omitempty"` // actor id \0 role
}

func (t *meetingTally) apply(m kg.Meeting, sign int) {
	t.N += sign
	t.Kind.add(string(m.Kind), sign)
	t.Status.add(string(m.Status), sign)
	t.Date.add(m.Date.String(), sign)
	if m.PlaceID != "" {
		t.Place.add(m.PlaceID, sign)
	}
	for _, p := range m.Participants {
		t.Parts.add(p.ActorID, sign)
		if p.Role != "" {
			t.Roles.add(sep(p.ActorID, p.Role), sign)
		}
	}
}

func (t *meetingTally) alive() bool { return t.N > 0 }

func (t *meetingTally) derive(id string) kg.Meeting {
	m := kg.Meeting{ID: id, Status: kg.StatusPlanned}
	for _, k := range t.Kind.keys() {
		if claims.MeetingKindRank(kg.MeetingKind(k)) > claims.MeetingKindRank(m.Kind) {
			m.Kind = kg.MeetingKind(k)
		}
	}
	if t.Status[string(kg.StatusOccurred)] > 0 {
		m.Status = kg.StatusOccurred
	}
	for i, d := range t.Date.keys() {
		if i == 0 {
			m.Date = parseDate(d)
		} else {
			m.Date = claims.BetterDate(m.Date, parseDate(d))
		}
	}
	for _, p := range t.Place.keys() {
		if claims.PlaceRank(p) > claims.PlaceRank(m.PlaceID) {
			m.PlaceID = p // keys are sorted: the first of the best rank wins
		}
	}
	roles := map[string]string{}
	for _, k := range t.Roles.keys() {
		a, r := unsep(k)
		roles[a] = claims.BetterStr(roles[a], r)
	}
	m.Participants = make([]kg.Participant, 0, len(t.Parts))
	for _, a := range t.Parts.keys() {
		m.Participants = append(m.Participants, kg.Participant{ActorID: a, Role: roles[a]})
	}
	return m
}

type statementTally struct {
	N       int    `json:"n"`
	Speaker counts `json:"s"`
	Words   counts `json:"w"` // text \0 quote
	Date    counts `json:"d"`
	About   counts `json:"a,omitempty"`
}

func (t *statementTally) apply(s kg.Statement, sign int) {
	t.N += sign
	t.Speaker.add(s.SpeakerID, sign)
	t.Words.add(sep(s.Text, s.Quote), sign)
	t.Date.add(s.Date.String(), sign)
	for _, a := range s.AboutIDs {
		t.About.add(a, sign)
	}
}

func (t *statementTally) alive() bool { return t.N > 0 }

func (t *statementTally) derive(id string) kg.Statement {
	s := kg.Statement{ID: id}
	if ks := t.Speaker.keys(); len(ks) > 0 {
		s.SpeakerID = ks[0]
	}
	for i, w := range t.Words.keys() {
		text, quote := unsep(w)
		if i == 0 || claims.BetterWords(text, quote, s.Text, s.Quote) {
			s.Text, s.Quote = text, quote
		}
	}
	for i, d := range t.Date.keys() {
		if i == 0 {
			s.Date = parseDate(d)
		} else {
			s.Date = claims.BetterDate(s.Date, parseDate(d))
		}
	}
	s.AboutIDs = t.About.keys()
	return s
}

type roleTally struct {
	N      int    `json:"n"`
	Person counts `json:"p"`
	Of     counts `json:"o,omitempty"`
	Titles counts `json:"t"` // as-of date \0 title
}

func (t *roleTally) apply(r kg.Role, sign int) {
	t.N += sign
	t.Person.add(r.PersonID, sign)
	if r.OfID != "" {
		t.Of.add(r.OfID, sign)
	}
	t.Titles.add(sep(r.AsOf.String(), r.Title), sign)
}

func (t *roleTally) alive() bool { return t.N > 0 }

func (t *roleTally) derive(id string) kg.Role {
	r := kg.Role{ID: id}
	if ks := t.Person.keys(); len(ks) > 0 {
		r.PersonID = ks[0]
	}
	for _, o := range t.Of.keys() {
		r.OfID = claims.BetterStr(r.OfID, o)
	}
	for i, k := range t.Titles.keys() {
		d, title := unsep(k)
		asOf := parseDate(d)
		switch {
		case i == 0:
			r.AsOf, r.Title = asOf, title
		case asOf == r.AsOf:
			if title < r.Title {
				r.Title = title
			}
		case claims.LaterDate(r.AsOf, asOf) == asOf:
			r.AsOf, r.Title = asOf, title
		}
	}
	return r
}
