package storetest

import (
	"fmt"
	"math/rand"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// Synthetic makes n articles shaped like extracted news, for benchmarks:
// per article ~15 actors (9 people, 3 countries, 3 organizations) drawn
// from shared pools with a skewed (Zipf) popularity so a few actors appear
// everywhere, 2 meetings (1 in 10 planned), 4 statements, 3 roles, a
// place, and one evidence sentence per fact. The same seed gives the same
// articles.
func Synthetic(n int, seed int64) []*kg.ArticleFacts {
	r := rand.New(rand.NewSource(seed))
	// Popularity like a news corpus: the most named person is in about
	// one article in seven, the most named country in about one in three.
	people := rand.NewZipf(r, 1.2, 20, 2999)
	countries := rand.NewZipf(r, 1.2, 3, 59)
	orgs := rand.NewZipf(r, 1.2, 10, 299)
	titles := []string{"Prime Minister", "Foreign Minister", "President", "Spokesman", "Chair", "Envoy"}
	kinds := []kg.MeetingKind{kg.MeetingMeeting, kg.MeetingMeeting, kg.MeetingTalks, kg.MeetingCall, kg.MeetingVisit, kg.MeetingSummit}
	base := kg.DateDay(2004, 1, 1).Start()
	out := make([]*kg.ArticleFacts, n)
	for i := range out {
		aid := fmt.Sprintf("syn-%06d", i)
		pub := kg.DateOf(base.AddDate(0, 0, i*730/max(n, 1)))
		f := &kg.ArticleFacts{Article: kg.Article{ID: aid, Title: fmt.Sprintf("Synthetic article %d", i),
			URL: "https://example.org/" + aid, Source: "synthetic", Published: pub, ContentHash: fmt.Sprintf("hash-%06d", i)}}
		seen := map[string]bool{}
		var persons, cs, os []string
		addActor := func(a kg.Actor) bool {
			if seen[a.ID] {
				return false
			}
			seen[a.ID] = true
			f.Actors = append(f.Actors, a)
			f.Mentions = append(f.Mentions, kg.Mention{ActorID: a.ID, Count: 1 + r.Intn(5)})
			return true
		}
		for len(persons) < 9 {
			k := people.Uint64()
			first, last := synthName(k, 2), synthName(k*7919+13, 3)
			a := person(first+" "+last, last)
			if addActor(a) {
				persons = append(persons, a.ID)
			}
		}
		for len(cs) < 3 {
			k := countries.Uint64()
			iso := string(rune('A'+k/26)) + string(rune('A'+k%26))
			a := country(iso, fmt.Sprintf("Country %s", iso))
			if addActor(a) {
				cs = append(cs, a.ID)
			}
		}
		for len(os) < 3 {
			k := orgs.Uint64()
			a := org(fmt.Sprintf("Organization %d", k), "GOVERNMENT", fmt.Sprintf("Org%d", k))
			if addActor(a) {
				os = append(os, a.ID)
			}
		}
		pl := kg.Place{ID: kg.PlaceID(fmt.Sprintf("City %d", r.Intn(100))), Name: "City", CountryID: cs[0]}
		pl.Name = pl.ID[len(kg.PrefixPlace):]
		f.Places = []kg.Place{pl}
		off := 0
		evid := func() []kg.Evidence {
			s := fmt.Sprintf("Sentence %d of synthetic article %s, long enough to look like a line of news text in a real report.", off, aid)
			e := ev(aid, off, off+len(s), s)
			off += len(s) + 1
			return e
		}
		for m := 0; m < 2; m++ {
			a, b := persons[r.Intn(4)], persons[4+r.Intn(5)]
			status := kg.StatusOccurred
			if r.Intn(10) == 0 {
				status = kg.StatusPlanned
			}
			d := kg.DateOf(pub.Start().AddDate(0, 0, -r.Intn(3)))
			if r.Intn(5) == 0 {
				d = kg.DateMonth(d.Year, d.Month)
			}
			f.Meetings = append(f.Meetings, kg.Meeting{ID: kg.MeetingID(status, d, []string{a, b}, aid),
				Kind: kinds[r.Intn(len(kinds))], Status: status, Date: d, PlaceID: pl.ID,
				Participants: parts(a, b), Evidence: evid()})
		}
		for s := 0; s < 4; s++ {
			sp := persons[r.Intn(len(persons))]
			text := fmt.Sprintf("%s said something about the matter, statement %d of %s.", sp, s, aid)
			about := []string{cs[r.Intn(3)]}
			if r.Intn(2) == 0 {
				about = append(about, persons[r.Intn(len(persons))])
			}
			f.Statements = append(f.Statements, kg.Statement{ID: kg.StatementID(sp, "", text), SpeakerID: sp, Text: text,
				Date: pub, AboutIDs: about, Evidence: evid()})
		}
		for ro := 0; ro < 3; ro++ {
			p := persons[ro]
			title := titles[r.Intn(len(titles))]
			of := cs[r.Intn(3)]
			if ro == 2 {
				of = os[r.Intn(3)]
			}
			f.Roles = append(f.Roles, kg.Role{ID: kg.RoleID(p, title, of), PersonID: p, Title: title, OfID: of, AsOf: pub, Evidence: evid()})
		}
		out[i] = f
	}
	return out
}

var syllables = []string{"ka", "lo", "mi", "ra", "ten", "su", "vo", "dan", "el", "is", "ma", "no", "pe", "ri", "sa", "to", "ul", "ve", "zi", "an"}

// synthName makes a readable made-up name from k, so that prefixes are
// spread as in real names (a four-letter prefix matches few of them).
func synthName(k uint64, n int) string {
	b := []byte{}
	for i := 0; i < n; i++ {
		b = append(b, syllables[k%uint64(len(syllables))]...)
		k /= uint64(len(syllables))
		k += uint64(i) * 7
	}
	b[0] -= 'a' - 'A'
	return string(b)
}
