package events

import "github.com/actorgraph/actorgraph/internal/kg"

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
