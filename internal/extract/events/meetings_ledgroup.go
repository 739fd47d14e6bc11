package events

import (
	"github.com/actorgraph/actorgraph/internal/extract/mentions"
	"github.com/actorgraph/actorgraph/internal/kg"
)

// groupLeader reports a traveller read as the leader of the travelling
// group that is the clause's subject ("an IMF team led by economist X
// flew to Peru", "the Kenyan trade mission headed by X will visit
// Norway"): leading a body's or a country's delegation
// abroad is official travel, whatever post the text gives him, as a
// body's mission is. A group of no body or country ("a team of
// climbers led by X") travels on its own business.
func (x *extractor) groupLeader(si, cs, i, a int) bool {
	led := false
	for _, e := range x.ledBy(si, cs, i) {
		led = led || e == a
	}
	if !led {
		return false
	}
	for k := cs; k+1 < i; k++ {
		if w := x.lower(k + 1); (w == "led" || w == "headed") && x.lower(k+2) == "by" {
			if k > cs && x.text(k) == "," {
				k-- // "The delegation, led by X,"
			}
			switch x.lower(k) {
			case "mission", "delegation", "team":
			default:
				return false
			}
			// a body or a country (name or demonym) among the few words
			// before the noun: "an IMF team", "the Kenyan trade
			// mission"
			for j := k - 1; j >= cs && j >= k-3; j-- {
				if mi := x.mentionAt(j); mi >= 0 {
					switch x.md.Mentions[mi].Kind {
					case mentions.Org, mentions.Country:
						return true
					}
					return false
				}
			}
			return false
		}
	}
	return false
}

// ledVisitParticipants is visitParticipants for a group's leader: the
// same checks of the host, with the leading standing for the post.
func (x *extractor) ledVisitParticipants(a, host int) []Participant {
	hostID := x.cr.Entities[host].ID
	if x.cr.Entities[host].Kind == kg.KindCountry && !x.countryMentioned(hostID) {
		return nil // a city of a country the article never names (GUIDELINES 13.2)
	}
	if a == host || x.cr.Entities[a].ID == hostID {
		return nil
	}
	if c := x.personCountry(a); c >= 0 && x.cr.Entities[c].ID == hostID {
		return nil
	}
	return []Participant{{Entity: a, Role: "visitor"}, {Entity: host, Role: "host"}}
}
