package resolve

import (
	"sort"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// Rewrite gives the actors with the ids in mapping the mapped actor's id
// and name, everywhere in facts: actors, mentions, roles, meeting
// participants and places, speakers and what statements are about. Ids
// built from actor ids (meetings, statements, roles) are recomputed, and
// facts that become the same are merged (their evidence joined). A meeting
// left with a single participant by the merge is dropped: it recorded
// one person meeting themself under two names.
func Rewrite(facts *kg.ArticleFacts, mapping map[string]kg.Actor) {
	if len(mapping) == 0 {
		return
	}
	id := func(s string) string {
		if t, ok := mapping[s]; ok {
			return t.ID
		}
		return s
	}

	// Actors: rename, then merge records that now share an id.
	var actors []kg.Actor
	at := map[string]int{}
	for _, a := range facts.Actors {
		if t, ok := mapping[a.ID]; ok {
			na := kg.Actor{ID: t.ID, Kind: a.Kind, Name: t.Name, Aliases: append(append([]string(nil), a.Aliases...), a.Name), ISO: a.ISO, OrgKind: a.OrgKind}
			if na.OrgKind == "" {
				na.OrgKind = t.OrgKind
			}
			a = mergeActor(na, kg.Actor{ID: t.ID, Kind: a.Kind, Name: t.Name})
		}
		if i, ok := at[a.ID]; ok {
			actors[i] = mergeActor(actors[i], a)
			continue
		}
		at[a.ID] = len(actors)
		actors = append(actors, a)
	}
	facts.Actors = actors

	// Mentions: sum the counts of merged actors.
	var mentions []kg.Mention
	mt := map[string]int{}
	for _, m := range facts.Mentions {
		m.ActorID = id(m.ActorID)
		if i, ok := mt[m.ActorID]; ok {
			mentions[i].Count += m.Count
			continue
		}
		mt[m.ActorID] = len(mentions)
		mentions = append(mentions, m)
	}
	facts.Mentions = mentions

	// Roles.
	var roles []kg.Role
	rt := map[string]int{}
	for _, r := range facts.Roles {
		p, of := id(r.PersonID), id(r.OfID)
		if p != r.PersonID || of != r.OfID {
			r.PersonID, r.OfID = p, of
			r.ID = kg.RoleID(p, r.Title, of)
		}
		if i, ok := rt[r.ID]; ok {
			roles[i].Evidence = joinEvidence(roles[i].Evidence, r.Evidence)
			if roles[i].AsOf.Compare(r.AsOf) < 0 {
				roles[i].AsOf = r.AsOf
			}
			continue
		}
		rt[r.ID] = len(roles)
		roles = append(roles, r)
	}
	facts.Roles = roles

	// Meetings.
	var meetings []kg.Meeting
	mi := map[string]int{}
	for _, m := range facts.Meetings {
		changed := false
		var ps []kg.Participant
		seen := map[string]int{}
		for _, p := range m.Participants {
			nid := id(p.ActorID)
			if nid != p.ActorID {
				changed = true
				p.ActorID = nid
			}
			if j, ok := seen[p.ActorID]; ok {
				if ps[j].Role == "" {
					ps[j].Role = p.Role
				}
				continue
			}
			seen[p.ActorID] = len(ps)
			ps = append(ps, p)
		}
		if place := id(m.PlaceID); place != m.PlaceID {
			m.PlaceID = place
		}
		if changed {
			if len(ps) < 2 && len(m.Participants) >= 2 {
				continue
			}
			m.Participants = ps
			pids := make([]string, len(ps))
			for j, p := range ps {
				pids[j] = p.ActorID
			}
			m.ID = kg.MeetingID(m.Status, m.Date, pids, facts.Article.ID)
		}
		if j, ok := mi[m.ID]; ok {
			meetings[j].Evidence = joinEvidence(meetings[j].Evidence, m.Evidence)
			continue
		}
		mi[m.ID] = len(meetings)
		meetings = append(meetings, m)
	}
	facts.Meetings = meetings

	// Statements.
	var statements []kg.Statement
	si := map[string]int{}
	for _, s := range facts.Statements {
		speaker := id(s.SpeakerID)
		changed := speaker != s.SpeakerID
		var about []string
		seen := map[string]bool{}
		for _, a := range s.AboutIDs {
			na := id(a)
			if na != a {
				changed = true
			}
			if na == speaker && (na != a || speaker != s.SpeakerID) {
				continue // "Putin said of Vladimir Putin": one person now
			}
			if !seen[na] {
				seen[na] = true
				about = append(about, na)
			}
		}
		if changed {
			s.SpeakerID, s.AboutIDs = speaker, about
			s.ID = kg.StatementID(speaker, s.Quote, s.Text)
		}
		if j, ok := si[s.ID]; ok {
			statements[j].Evidence = joinEvidence(statements[j].Evidence, s.Evidence)
			statements[j].AboutIDs = unionIDs(statements[j].AboutIDs, s.AboutIDs)
			continue
		}
		si[s.ID] = len(statements)
		statements = append(statements, s)
	}
	facts.Statements = statements
}

// joinEvidence appends b's evidence not already in a.
func joinEvidence(a, b []kg.Evidence) []kg.Evidence {
	type key struct {
		art        string
		start, end int
	}
	seen := map[key]bool{}
	for _, e := range a {
		seen[key{e.ArticleID, e.Start, e.End}] = true
	}
	for _, e := range b {
		k := key{e.ArticleID, e.Start, e.End}
		if !seen[k] {
			seen[k] = true
			a = append(a, e)
		}
	}
	return a
}

func unionIDs(a, b []string) []string {
	if len(b) == 0 {
		return a
	}
	set := map[string]bool{}
	for _, s := range append(append([]string(nil), a...), b...) {
		set[s] = true
	}
	out := make([]string, 0, len(set))
	for s := range set {
		out = append(out, s)
	}
	sort.Strings(out)
	return out
}
