package claims

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// Several articles may report the same fact (same id) with different
// details. A fact's stored form is the join of every article's claim on it.
// Each join below is commutative, associative and idempotent (a maximum
// under a fixed order, or a set union; mentions add up), so the stored
// fact does not depend on the order articles were loaded in, and removing
// an article's claims and re-joining the rest gives what loading only the
// rest would have. The preferences they apply (BetterName, BetterDate,
// ...) are exported for stores that keep the claims in another shape
// (counts of each claimed value) and derive the fact from them.

// Actor is an actor with the number of mentions behind it (for one
// article in a claim, summed over articles in the stored actor).
type Actor struct {
	kg.Actor
	Mentions int `json:"mentions"`
}

// JoinActor merges b into a (a may be the zero value).
func JoinActor(a, b Actor) Actor {
	if a.ID == "" {
		b.Aliases = NormAliases(b.Name, b.Aliases)
		return b
	}
	out := a
	out.Name = BetterName(a.Name, b.Name)
	names := make([]string, 0, len(a.Aliases)+len(b.Aliases)+2)
	names = append(names, a.Name, b.Name)
	names = append(names, a.Aliases...)
	names = append(names, b.Aliases...)
	out.Aliases = NormAliases(out.Name, names)
	out.ISO = BetterStr(a.ISO, b.ISO)
	out.OrgKind = BetterStr(a.OrgKind, b.OrgKind)
	out.Mentions = a.Mentions + b.Mentions
	return out
}

// NormAliases sorts and de-duplicates aliases and drops the canonical name
// and empty ones.
func NormAliases(name string, aliases []string) []string {
	out := make([]string, 0, len(aliases))
	for _, a := range aliases {
		if a != name && a != "" {
			out = append(out, a)
		}
	}
	sort.Strings(out)
	return dedupSorted(out)
}

// BetterName prefers the fuller (longer, in runes) form, then the smaller
// string.
func BetterName(a, b string) string {
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

// BetterStr prefers a non-empty value, then the smaller one.
func BetterStr(a, b string) string {
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

// JoinPlace merges b into a (a may be the zero value).
func JoinPlace(a, b kg.Place) kg.Place {
	if a.ID == "" {
		return b
	}
	a.Name = BetterName(a.Name, b.Name)
	a.CountryID = BetterStr(a.CountryID, b.CountryID)
	return a
}

// BetterDate prefers the more precise date, then the earlier one.
func BetterDate(a, b kg.PartialDate) kg.PartialDate {
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

// LaterDate prefers a known date, then the later one (roles hold "as of"
// the latest report).
func LaterDate(a, b kg.PartialDate) kg.PartialDate {
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

// MeetingKindRank orders meeting kinds from the most to the least
// specific: when reports disagree, the more specific description (higher
// rank) wins.
func MeetingKindRank(k kg.MeetingKind) int {
	switch k {
	case kg.MeetingSummit:
		return 5
	case kg.MeetingVisit:
		return 4
	case kg.MeetingTalks:
		return 3
	case kg.MeetingCall:
		return 2
	case kg.MeetingMeeting:
		return 1
	}
	return 0
}

// PlaceRank prefers a city or region to a country, and any place to none.
func PlaceRank(id string) int {
	switch {
	case strings.HasPrefix(id, kg.PrefixPlace):
		return 2
	case id != "":
		return 1
	}
	return 0
}

// JoinMeeting merges b into a (a may be the zero value); the result has
// no evidence (stores keep evidence per article).
func JoinMeeting(a, b kg.Meeting) kg.Meeting {
	if a.ID == "" {
		b.Participants = NormParticipants(b.Participants)
		b.Evidence = nil
		return b
	}
	out := a
	out.Evidence = nil
	if MeetingKindRank(b.Kind) > MeetingKindRank(a.Kind) {
		out.Kind = b.Kind
	}
	if a.Status != b.Status {
		// A report that it happened outweighs a report that it was planned.
		out.Status = kg.StatusOccurred
	}
	out.Date = BetterDate(a.Date, b.Date)
	ra, rb := PlaceRank(a.PlaceID), PlaceRank(b.PlaceID)
	if rb > ra || (rb == ra && b.PlaceID < a.PlaceID) {
		out.PlaceID = b.PlaceID
	}
	ps := make([]kg.Participant, 0, len(a.Participants)+len(b.Participants))
	ps = append(ps, a.Participants...)
	ps = append(ps, b.Participants...)
	out.Participants = NormParticipants(ps)
	return out
}

// NormParticipants sorts by actor id and keeps one entry per actor, with
// a non-empty role when any report gives one (the smaller if several).
func NormParticipants(ps []kg.Participant) []kg.Participant {
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
			out[w-1].Role = BetterStr(out[w-1].Role, p.Role)
			continue
		}
		out[w] = p
		w++
	}
	return out[:w]
}

// JoinStatement merges b into a (a may be the zero value); the result has
// no evidence.
func JoinStatement(a, b kg.Statement) kg.Statement {
	if a.ID == "" {
		b.AboutIDs = NormIDs(b.AboutIDs)
		b.Evidence = nil
		return b
	}
	out := a
	out.Evidence = nil
	// The fullest report of the words wins, as a pair.
	if BetterWords(b.Text, b.Quote, a.Text, a.Quote) {
		out.Text, out.Quote = b.Text, b.Quote
	}
	out.Date = BetterDate(a.Date, b.Date)
	out.AboutIDs = NormIDs(append(append([]string(nil), a.AboutIDs...), b.AboutIDs...))
	return out
}

// BetterWords reports whether (text, quote) beats (text2, quote2): longer
// text, then smaller text, then longer quote, then smaller quote.
func BetterWords(text, quote, text2, quote2 string) bool {
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

// JoinRole merges b into a (a may be the zero value); the result has no
// evidence.
func JoinRole(a, b kg.Role) kg.Role {
	if a.ID == "" {
		b.Evidence = nil
		return b
	}
	out := a
	out.Evidence = nil
	// (AsOf, Title) as a pair: the latest report's title; equal dates
	// take the smaller title.
	ka, kb := a.AsOf, b.AsOf
	switch l := LaterDate(ka, kb); {
	case ka == kb:
		if b.Title < a.Title {
			out.Title = b.Title
		}
	case l == kb:
		out.AsOf, out.Title = b.AsOf, b.Title
	}
	return out
}

// NormIDs sorts and de-duplicates ids and drops empty ones.
func NormIDs(ids []string) []string {
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

// NormEvidence sorts evidence by (article, start, end) and keeps one row
// per span (the first given).
func NormEvidence(ev []kg.Evidence) []kg.Evidence {
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
