package events

import (
	"github.com/actorgraph/actorgraph/internal/extract/segment"
	"github.com/actorgraph/actorgraph/internal/kg"
)

// tourStops reads the stops of a tour that a relative clause lists: "a
// tour that has taken X to A, B and C", "a fish tour which is to take
// her to A and B", "a tour which includes A and B". Each country is
// a visit of the traveller (GUIDELINES §7: a tour's stops in named
// countries are visits): the object of "take", else the tour's owner
// (the possessive before the noun or the clause's subject). The stops of
// a clause in the past or perfect ("has taken", "took", "included")
// happened; those of any other ("will take", "which includes") are still
// to come: the clause's tense decides for all its stops at once. Dates
// are left to the tour (GUIDELINES 19.20).
func (x *extractor) tourStops(si int) {
	s := x.d.Sentences[si]
	for i := s.First + 2; i < s.Last; i++ {
		w := x.lower(i)
		var take bool
		switch w {
		case "take", "takes", "took", "taken", "taking":
			take = true
		case "include", "includes", "included":
		default:
			continue // one switch per token: this pass runs over every sentence
		}
		if x.d.Tokens[i].Has(segment.FlagInQuote) {
			continue
		}
		past := w == "took" || w == "included"
		j := i - 1
		for j > s.First && tourAux(x.lower(j)) {
			past = past || x.lower(j) == "has" || x.lower(j) == "have" || x.lower(j) == "had"
			j--
		}
		if rel := x.lower(j); rel != "which" && rel != "that" {
			continue
		}
		n := j - 1
		if x.text(n) == "," {
			n--
		}
		switch x.lower(n) {
		case "tour", "trip", "visit", "journey":
		default:
			continue
		}
		var agents []int
		k := i + 1
		if take {
			ents, end := x.listAfter(si, k)
			if len(ents) != 1 || !x.isPerson(ents[0]) || end <= k {
				continue
			}
			agents, k = ents, end
			if x.lower(k) == "also" {
				k++
			}
			if x.lower(k) != "to" {
				continue // "a trip which took him years to plan"
			}
			k++
		} else {
			agents = x.tourOwner(si, n)
		}
		if len(agents) != 1 {
			continue
		}
		place := -1
		_, hosts, _ := x.visitTargets(si, k, &place)
		status := kg.StatusPlanned
		if past {
			status = kg.StatusOccurred
		}
		for _, h := range hosts {
			if !x.countryNamed(h) {
				continue // a city of a country the article never names (GUIDELINES 13.2)
			}
			ps := x.visitParticipants(agents, h)
			if ps == nil || x.hasVisit(agents[0], h, status) {
				continue
			}
			x.addMeeting(Meeting{Kind: kg.MeetingVisit, Status: status, Participants: ps, Place: h, Span: Span{si, si}, Rule: "visit:tour-stops"})
		}
	}
}

// tourAux: the words between a relative pronoun and "take" or
// "include" in a tour's clause ("which will also take", "that has
// taken").
func tourAux(w string) bool {
	switch w {
	case "will", "would", "is", "was", "has", "have", "had", "also", "then", "later", "eventually", "to", "due", "expected", "set", "now":
		return true
	}
	return false
}

// tourOwner is the traveller whose tour the noun at token n is: the
// possessive right before it ("his Gulf tour", "the minister's tour"),
// else the subject of the clause that holds it ("X arrived for a visit,
// opening a tour which includes A").
func (x *extractor) tourOwner(si, n int) []int {
	s := x.d.Sentences[si]
	j := n - 1
	for j > s.First && j >= n-4 {
		if mi := x.mentionAt(j); mi >= 0 {
			if m := &x.md.Mentions[mi]; m.Possessive && m.Last == j+1 {
				if e := x.actor(int(mi)); x.isPerson(e) {
					return []int{e}
				}
				return nil
			}
		}
		if w := x.lower(j); w == "a" || w == "an" || w == "the" {
			break
		}
		j--
	}
	var out []int
	for _, e := range x.clauseSubject(si, s.First, j) {
		if x.isPerson(e) {
			out = append(out, e)
		}
	}
	return out
}
