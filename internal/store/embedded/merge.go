package embedded

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/internal/kg"
)

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
