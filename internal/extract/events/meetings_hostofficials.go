package events

import (
	"strings"

	"github.com/actorgraph/actorgraph/internal/extract/mentions"
	"github.com/actorgraph/actorgraph/internal/kg"
)

// dropHostOfficials removes a meeting or talks whose parties are exactly
// those of a visit the article reports: a named visitor and the country
// visited, the country standing in for officials the text leaves
// unnamed ("Lyng opens talks with Japanese officials" during his visit
// to Japan). GUIDELINES 13.8: such meetings have the visit's own
// participants, the visit is the required fact and the meetings are
// optional; reported beside it they would count as a second fact.
// A visitor that is itself a country or body ("a visit by Japanese
// officials") keeps its meetings: then nothing names who travelled.
func (x *extractor) dropHostOfficials() {
	ms := x.out.Meetings
	if len(ms) < 2 {
		return
	}
	var visits []int
	for i := range ms {
		if ms[i].Kind == kg.MeetingVisit {
			visits = append(visits, i)
		}
	}
	if len(visits) == 0 {
		return
	}
	drop := make([]bool, len(ms))
	n := 0
	for i := range ms {
		if (ms[i].Kind == kg.MeetingMeeting || ms[i].Kind == kg.MeetingTalks) && x.visitOfficials(ms[i], visits) {
			drop[i] = true
			n++
		}
	}
	if n == 0 {
		return
	}
	out := make([]Meeting, 0, len(ms)-n)
	for i := range ms {
		if !drop[i] {
			out = append(out, ms[i])
		}
	}
	x.out.Meetings = out
}

// visitOfficials reports meeting m having the parties of one of the
// visits (indexes into x.out.Meetings): named people and the one country
// they visit.
func (x *extractor) visitOfficials(m Meeting, visits []int) bool {
	persons, countries := 0, 0
	for _, p := range m.Participants {
		switch {
		case x.isPerson(p.Entity):
			persons++
		case p.Entity >= 0 && p.Entity < len(x.cr.Entities) && x.cr.Entities[p.Entity].Kind == kg.KindCountry:
			countries++
		default:
			return false
		}
	}
	if persons == 0 || countries != 1 {
		return false
	}
	for _, vi := range visits {
		if sameParticipants(x.out.Meetings[vi].Participants, m.Participants) {
			return true
		}
	}
	return false
}

// royalName reports a person's name that opens with a prince's title
// (GUIDELINES 13.1 keeps it in the name: "Prince Harry", "Crown Princess
// Bera"): a royal travels in that rank as others travel in a post.
func royalName(name string) bool {
	for _, p := range []string{"Prince ", "Princess ", "Crown Prince ", "Crown Princess "} {
		if strings.HasPrefix(name, p) {
			return true
		}
	}
	return false
}

// royalCountry is the country a royal's name is qualified by where the
// text names him: "Norway's Crown Prince Aldo", "Saudi Crown Prince
// Omar", the country ending right before the title, or shared with a
// royal joined by "and" ("Norway's Crown Prince Aldo and Crown Princess
// Bera"); -1 when none or two differ.
func (x *extractor) royalCountry(e int) int {
	c := -1
	for mi := range x.md.Mentions {
		m := &x.md.Mentions[mi]
		if m.Entity != e || m.Kind != mentions.Person {
			continue
		}
		k := m.First
		if k >= 2 && x.lower(k-1) == "and" {
			// a royal joined to another: the country before the first
			if pm := x.mentionAt(k - 2); pm >= 0 && x.md.Mentions[pm].Kind == mentions.Person && x.md.Mentions[pm].Last == k-1 {
				k = x.md.Mentions[pm].First
			}
		}
		ce := x.countryEndingAt(k)
		if ce < 0 {
			continue
		}
		if c >= 0 && c != ce {
			return -1
		}
		c = ce
	}
	return c
}

// countryEndingAt is the country named right before token k, in the
// possessive or as an adjective ("Norway's", "Saudi"), or -1.
func (x *extractor) countryEndingAt(k int) int {
	if k < 1 {
		return -1
	}
	j := k
	if x.lower(j-1) == "'s" || x.lower(j-1) == "’s" {
		j--
	}
	pm := x.mentionAt(j - 1)
	if pm < 0 || x.md.Mentions[pm].Kind != mentions.Country || x.md.Mentions[pm].Last != j {
		return -1
	}
	return x.actor(int(pm))
}
