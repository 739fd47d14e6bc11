package storetest

import (
	"strings"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// What the store must answer after loading Fixtures() (a1..a4).
//
// Decision: participants are listed in actor id order, AboutIDs and
// aliases sorted, evidence in (article id, start, end) order: answers are
// deterministic whatever the load order.
//
// Decision: when articles report one fact differently, the stored fact
// keeps the most precise date (then the earliest), a place when any report
// gives one (a place: id before a country), every participant and about
// id, and every name and alias (the canonical name is the longest, and is
// not repeated among the aliases). A fact's details never depend on the
// order articles were loaded in.

func wantActor(id string) *kg.Actor {
	switch id {
	case Anna:
		return &kg.Actor{ID: Anna, Kind: kg.KindPerson, Name: "Anna Berg", Aliases: []string{"Anna B.", "Berg", "Ms Berg"}}
	case Carl:
		return &kg.Actor{ID: Carl, Kind: kg.KindPerson, Name: "Carl Dahl", Aliases: []string{"Dahl", "Mr Dahl"}}
	case Eva:
		return &kg.Actor{ID: Eva, Kind: kg.KindPerson, Name: "Eva Berg", Aliases: []string{"Berg"}}
	case Frank:
		return &kg.Actor{ID: Frank, Kind: kg.KindPerson, Name: "Frank Lind", Aliases: []string{"Lind"}}
	case Gus:
		return &kg.Actor{ID: Gus, Kind: kg.KindPerson, Name: "Gus Holm"}
	case Norway:
		return &kg.Actor{ID: Norway, Kind: kg.KindCountry, Name: "Norway", ISO: "NO"}
	case Sweden:
		return &kg.Actor{ID: Sweden, Kind: kg.KindCountry, Name: "Sweden", ISO: "SE"}
	case Council:
		return &kg.Actor{ID: Council, Kind: kg.KindOrganization, Name: "North Council", Aliases: []string{"the Council"}, OrgKind: "INTERNATIONAL"}
	case Foundation:
		return &kg.Actor{ID: Foundation, Kind: kg.KindOrganization, Name: "Dahl Foundation", Aliases: []string{"Carl Dahl"}}
	}
	return nil
}

func actors(ids ...string) []kg.Actor {
	out := make([]kg.Actor, len(ids))
	for i, id := range ids {
		out[i] = *wantActor(id)
	}
	return out
}

func parts(ids ...string) []kg.Participant {
	out := make([]kg.Participant, len(ids))
	for i, id := range ids {
		out[i] = kg.Participant{ActorID: id}
	}
	return out
}

func cat(evs ...[]kg.Evidence) []kg.Evidence {
	var out []kg.Evidence
	for _, e := range evs {
		out = append(out, e...)
	}
	return out
}

func wantMeeting(id string) kg.Meeting {
	switch id {
	case M1:
		return kg.Meeting{ID: M1, Kind: kg.MeetingMeeting, Status: kg.StatusOccurred, Date: kg.DateDay(2024, 5, 16), PlaceID: Oslo,
			Participants: parts(Anna, Carl), Evidence: cat(ev("a1", 0, 49, sentM1a), ev("a2", 10, 63, sentM1b))}
	case MP:
		return kg.Meeting{ID: MP, Kind: kg.MeetingSummit, Status: kg.StatusPlanned, Date: kg.DateMonth(2024, 6),
			Participants: parts(Anna, Frank), Evidence: ev("a1", 50, 94, sentMP)}
	case M2:
		return kg.Meeting{ID: M2, Kind: kg.MeetingCall, Status: kg.StatusOccurred, Date: kg.DateMonth(2024, 5),
			Participants: parts(Carl, Eva), Evidence: ev("a2", 64, 111, sentM2)}
	case M3:
		return kg.Meeting{ID: M3, Kind: kg.MeetingTalks, Status: kg.StatusOccurred, Date: kg.DateDay(2023, 11, 2),
			Participants: parts(Anna, Eva), Evidence: ev("a3", 0, 48, sentM3)}
	case M4:
		return kg.Meeting{ID: M4, Kind: kg.MeetingMeeting, Status: kg.StatusOccurred, Date: kg.DateDay(2023, 11, 1), PlaceID: Norway,
			Participants: parts(Anna, Carl), Evidence: ev("a3", 49, 90, sentM4)}
	}
	panic("storetest: no expected meeting " + id)
}

func wantStatement(id string) kg.Statement {
	switch id {
	case S1:
		return kg.Statement{ID: S1, SpeakerID: Carl, Quote: "Norway is a close friend", Text: "Dahl said Norway is a close friend.",
			Date: kg.DateDay(2024, 5, 16), AboutIDs: []string{Norway}, Evidence: ev("a1", 95, 133, sentS1)}
	case S2:
		return kg.Statement{ID: S2, SpeakerID: Eva, Text: "Eva Berg said the prime minister had her support.",
			Date: kg.DateYear(2024), AboutIDs: []string{Anna}, Evidence: ev("a2", 112, 161, sentS2)}
	case S3:
		return kg.Statement{ID: S3, SpeakerID: Anna, Text: "Berg said Dahl was a reliable partner.",
			AboutIDs: []string{Carl}, Evidence: ev("a3", 91, 129, sentS3)}
	}
	panic("storetest: no expected statement " + id)
}

func wantRole(id string) kg.Role {
	switch id {
	case R1:
		return kg.Role{ID: R1, PersonID: Anna, Title: "Prime Minister", OfID: Norway, AsOf: kg.DateDay(2024, 5, 16), Evidence: ev("a1", 134, 176, sentR1)}
	case R2:
		return kg.Role{ID: R2, PersonID: Carl, Title: "Foreign Minister", OfID: Sweden, AsOf: kg.DateDay(2024, 5, 17), Evidence: ev("a2", 162, 210, sentR2)}
	case R3:
		return kg.Role{ID: R3, PersonID: Frank, Title: "Chair", OfID: Council, AsOf: kg.DateMonth(2024, 2), Evidence: ev("a4", 0, 56, sentR3)}
	}
	panic("storetest: no expected role " + id)
}

func meetings(ids ...string) []kg.Meeting {
	out := make([]kg.Meeting, len(ids))
	for i, id := range ids {
		out[i] = wantMeeting(id)
	}
	return out
}

// events builds a timeline from fact ids.
func events(ids ...string) []kg.Event {
	out := make([]kg.Event, len(ids))
	for i, id := range ids {
		if strings.HasPrefix(id, kg.PrefixMeeting) {
			m := wantMeeting(id)
			out[i] = kg.Event{Meeting: &m}
		} else {
			s := wantStatement(id)
			out[i] = kg.Event{Statement: &s}
		}
	}
	return out
}

// The whole timeline of the fixtures, in (OrderKey, id) order: M1 and S1
// share a day, and "meeting:..." sorts before "statement:...".
var fullTimeline = []string{M4, M3, S2, M2, M1, S1, MP, S3}

var wantStats = kg.Stats{Articles: 4, Actors: 9, Meetings: 4, Statements: 3, Roles: 3, Places: 1}
