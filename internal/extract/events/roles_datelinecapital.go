package events

import (
	"strings"

	"github.com/actorgraph/actorgraph/internal/extract/gazetteer"
	"github.com/actorgraph/actorgraph/internal/extract/mentions"
)

// datelineCapitalLeader is the country of a bare head-of-state or
// government title ("President X", "Prime Minister Y") when the story is
// filed from that country's capital and the text names the country too:
// wire style gives a foreign leader a country word ("Iranian President
// X") and the host country's own leader none. The country counts as
// named when one of its national bodies is ("Congress", "the Bundestag").
// A capital the text never names the country of is a bureau (a Nicosia
// dateline on Iran), and a
// dateline city that is no capital (New York) says nothing of leaders.
// It returns -1 when the country has no such post or another person of
// the story holds it.
func (x *extractor) datelineCapitalLeader(t *mentions.Title, person int) int {
	if !x.homeFromDateline || x.home == "" || t.Head == nil || !t.Head.Lead || t.Pronoun || t.Portfolio || t.National {
		return -1
	}
	if strings.Join(strings.Fields(t.Text), " ") != t.Head.Name {
		return -1 // "Board President X": some body's post
	}
	if x.g.TitleAbsent(x.home, t.Head.Name) || x.postHeldByOther(x.home, t.Head.Name, person) {
		return -1
	}
	capital := false
	for si := range x.d.Sentences {
		s := &x.d.Sentences[si]
		if s.Para > 0 {
			break
		}
		if !s.Dateline {
			continue
		}
		place := x.d.Text[s.Start:s.End]
		if i := strings.IndexAny(place, ",-—–("); i > 0 {
			place = place[:i]
		}
		place = strings.TrimSpace(place)
		for _, form := range []string{place, gazetteer.TitleCase(place)} {
			if e := x.g.Lookup(form); e != nil {
				capital = (e.Kind == gazetteer.Capital || e.Kind == gazetteer.Seat) && e.ActsFor == "" && e.ISO == x.home
				break
			}
		}
		break
	}
	if !capital {
		return -1
	}
	for mi := range x.md.Mentions {
		m := &x.md.Mentions[mi]
		if m.Kind == mentions.Org && m.Entry != nil && m.Entry.ISO == x.home && !m.InQuote && (m.Entry.OrgKind == "GOVERNMENT" || m.Entry.OrgKind == "LEGISLATURE") {
			// "Congress", "the National Security Council": a national body
			// of the capital's country puts the story there as its name
			// would (a bureau's story on another country names none); not
			// a firm or a broadcaster ("monitored by the BBC")
			return x.country(x.home)
		}
		if m.Kind != mentions.Country || m.Entry == nil || m.Entry.ISO != x.home || m.InQuote || m.Sent < 0 || m.Sent >= len(x.d.Sentences) || x.d.Sentences[m.Sent].Dateline {
			continue
		}
		if x.visitedPlace(m.First) {
			continue // "X, visiting Ruritania, said": the story follows a visitor, the capital is only where it is filed
		}
		return x.country(x.home)
	}
	return -1
}

// visitedPlace reports a place name opening at k as what someone visits
// ("visiting (the) Ruritania", "a visit/trip/tour to Ruritania").
func (x *extractor) visitedPlace(k int) bool {
	j := k - 1
	if j >= 0 && x.lower(j) == "the" {
		j--
	}
	if j < 0 {
		return false
	}
	switch x.lower(j) {
	case "visiting", "visited", "visit", "visits":
		return true
	case "to", "of", "in":
		if j >= 1 {
			switch x.lower(j - 1) {
			case "visit", "visits", "trip", "tour", "arrived":
				return true
			}
		}
	}
	return false
}
