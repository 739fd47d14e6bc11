package export

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"regexp"
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// FollowTheMoney entities (followthemoney.tech), one JSON object per line,
// the form Aleph/OpenAleph and the ftm tools read:
//
//	{"id": "...", "schema": "Person", "properties": {"name": ["..."], ...}}
//
// Mapping:
//   - a person is a Person; a country a PublicBody (with its country code);
//     an organization an Organization, or a PublicBody when it is a government
//   - an article is an Article (title, publishedAt, sourceUrl, publisher)
//   - a meeting is an Event: involved = participants, date, location,
//     proof = the reporting articles, description = the evidence sentences
//   - a statement is an Event: organizer = the speaker, involved = whom it
//     is about, summary = the statement, description = the evidence
//   - a role is a Position (title of what it belongs to) and an Occupancy
//     (holder, post, date, proof)
//
// FtM entity ids allow only letters, digits, "." and "-": our readable ids
// keep their shape with ":" turned into "-" (person-vladimir-putin); ids
// that would not survive that (roles, articles with other characters) are
// hashed. The original id is kept in recordId (events, occupancies) or
// notes (actors, articles).

type ftmEntity struct {
	ID         string              `json:"id"`
	Schema     string              `json:"schema"`
	Properties map[string][]string `json:"properties"`
}

var ftmSafe = regexp.MustCompile(`^[0-9a-zA-Z]([0-9a-zA-Z.\-]*[0-9a-zA-Z])?$`)

// FtMID maps one of our ids to a valid FtM entity id. The prefix before the
// first ":" is kept, so kinds cannot collide; the rest is kept when it is
// already valid, else replaced by a hash.
func FtMID(id string) string {
	prefix, rest, ok := strings.Cut(id, ":")
	if ok && ftmSafe.MatchString(prefix) && ftmSafe.MatchString(rest) {
		return prefix + "-" + rest
	}
	sum := sha256.Sum256([]byte(id))
	if ok && ftmSafe.MatchString(prefix) {
		return prefix + "-" + hex.EncodeToString(sum[:12])
	}
	return "ag-" + hex.EncodeToString(sum[:12])
}

func ftmSchema(a kg.Actor) string {
	switch a.Kind {
	case kg.KindPerson:
		return "Person"
	case kg.KindCountry:
		return "PublicBody"
	}
	if strings.EqualFold(a.OrgKind, "GOVERNMENT") {
		return "PublicBody"
	}
	return "Organization"
}

type props map[string][]string

// add appends non-empty, not yet present values.
func (p props) add(key string, vals ...string) {
	for _, v := range vals {
		v = strings.TrimSpace(v)
		if v != "" && !slices.Contains(p[key], v) {
			p[key] = append(p[key], v)
		}
	}
}

// proof adds what links an entity to its sources: the articles as proof,
// their URLs and publishers, and the sentences as the description.
func (g *Graph) ftmProof(p props, evs []kg.Evidence) {
	for _, e := range evs {
		p.add("description", e.Sentence)
		a, ok := g.Articles[e.ArticleID]
		if !ok {
			continue
		}
		p.add("proof", FtMID(a.ID))
		p.add("sourceUrl", a.URL)
		p.add("publisher", a.Source)
	}
}

func (g *Graph) actorName(id string) string {
	if a := g.Actor(id); a != nil {
		return a.Name
	}
	return id
}

// WriteFtM writes g as FollowTheMoney entities, one per line.
func WriteFtM(w io.Writer, g *Graph) error {
	bw := bufio.NewWriter(w)
	var err error
	emit := func(id, schema string, p props) {
		if err != nil {
			return
		}
		var b []byte
		b, err = marshal(ftmEntity{ID: id, Schema: schema, Properties: p})
		if err == nil {
			bw.Write(b)
			err = bw.WriteByte('\n')
		}
	}
	for _, id := range sortedKeys(g.Articles) {
		a := g.Articles[id]
		p := props{}
		p.add("title", a.Title)
		p.add("name", a.Title)
		if a.Title == "" {
			p.add("name", a.ID)
		}
		p.add("publishedAt", a.Published.String())
		p.add("sourceUrl", a.URL)
		p.add("publisher", a.Source)
		p.add("notes", "actorgraph id "+a.ID)
		emit(FtMID(a.ID), "Article", p)
	}
	for _, a := range g.Actors {
		p := props{}
		p.add("name", a.Name)
		p.add("alias", a.Aliases...)
		if a.ISO != "" {
			p.add("country", strings.ToLower(a.ISO))
		}
		p.add("notes", "actorgraph id "+a.ID)
		if a.Kind == kg.KindPerson {
			for _, r := range g.Roles {
				if r.PersonID == a.ID {
					p.add("position", r.Title)
				}
			}
		}
		emit(FtMID(a.ID), ftmSchema(a), p)
	}
	for _, m := range g.Meetings {
		p := props{}
		var names []string
		for _, pt := range m.Participants {
			if g.Actor(pt.ActorID) != nil {
				p.add("involved", FtMID(pt.ActorID))
				names = append(names, g.actorName(pt.ActorID))
			}
		}
		name := strings.ToLower(string(m.Kind)) + ": " + strings.Join(names, ", ")
		p.add("name", strings.ToUpper(name[:1])+name[1:])
		p.add("date", m.Date.String())
		if pl, ok := g.Places[m.PlaceID]; ok {
			p.add("location", pl.Name)
			if c := g.Actor(pl.CountryID); c != nil && c.ISO != "" {
				p.add("country", strings.ToLower(c.ISO))
			}
		}
		p.add("summary", fmt.Sprintf("%s (%s)", m.Kind, strings.ToLower(string(m.Status))))
		p.add("recordId", m.ID)
		g.ftmProof(p, m.Evidence)
		emit(FtMID(m.ID), "Event", p)
	}
	for _, s := range g.Statements {
		p := props{}
		p.add("name", "Statement by "+g.actorName(s.SpeakerID))
		if g.Actor(s.SpeakerID) != nil {
			p.add("organizer", FtMID(s.SpeakerID))
		}
		for _, a := range statementTargets(&s) {
			if g.Actor(a) != nil {
				p.add("involved", FtMID(a))
			}
		}
		p.add("date", s.Date.String())
		p.add("summary", s.Text)
		if s.Quote != "" {
			p.add("notes", "Quote: "+s.Quote)
		}
		p.add("recordId", s.ID)
		g.ftmProof(p, s.Evidence)
		emit(FtMID(s.ID), "Event", p)
	}
	posts := map[string]bool{}
	for _, r := range g.Roles {
		of := g.Actor(r.OfID)
		post := props{}
		postName := r.Title
		if of != nil {
			postName += ", " + of.Name
			if of.ISO != "" {
				post.add("country", strings.ToLower(of.ISO))
			}
			if of.Kind == kg.KindOrganization || of.Kind == kg.KindCountry {
				post.add("organization", FtMID(of.ID))
			}
		}
		post.add("name", postName)
		postID := "position-" + hashHex(r.Title+"\x00"+r.OfID)
		if !posts[postID] {
			posts[postID] = true
			emit(postID, "Position", post)
		}

		occ := props{}
		occ.add("holder", FtMID(r.PersonID))
		occ.add("post", postID)
		occ.add("date", r.AsOf.String())
		occ.add("recordId", r.ID)
		g.ftmProof(occ, r.Evidence)
		emit(FtMID(r.ID), "Occupancy", occ)
	}
	if err == nil {
		err = bw.Flush()
	}
	if err != nil {
		return fmt.Errorf("write ftm: %w", err)
	}
	return nil
}

func hashHex(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:12])
}
