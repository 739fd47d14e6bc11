package embedded

import (
	"context"
	"database/sql"
	"strings"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// querier is what both *sql.Tx and *sql.DB offer.
type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

func lower(s string) string { return strings.ToLower(s) }

func parseDate(s string) kg.PartialDate {
	d, err := kg.ParsePartialDate(s)
	if err != nil {
		return kg.PartialDate{} // stored dates were validated on the way in
	}
	return d
}

// scanAll runs a query and calls fn for every row.
func scanAll(ctx context.Context, q querier, fn func(*sql.Rows) error, query string, args ...any) error {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		if err := fn(rows); err != nil {
			return err
		}
	}
	return rows.Err()
}

func loadActors(ctx context.Context, q querier, ids []string) (map[string]*actorAgg, error) {
	out := make(map[string]*actorAgg, len(ids))
	list := idList(ids)
	err := scanAll(ctx, q, func(r *sql.Rows) error {
		a := &actorAgg{}
		var kind string
		if err := r.Scan(&a.ID, &kind, &a.Name, &a.ISO, &a.OrgKind, &a.Mentions); err != nil {
			return err
		}
		a.Kind = kg.ActorKind(kind)
		a.Aliases = []string{}
		out[a.ID] = a
		return nil
	}, `SELECT id, kind, name, iso, org_kind, mentions FROM actors WHERE id IN (SELECT value FROM json_each(?))`, list)
	if err != nil || len(out) == 0 {
		return out, err
	}
	err = scanAll(ctx, q, func(r *sql.Rows) error {
		var id, name string
		if err := r.Scan(&id, &name); err != nil {
			return err
		}
		if a := out[id]; a != nil {
			a.Aliases = append(a.Aliases, name)
		}
		return nil
	}, `SELECT actor_id, name FROM actor_names WHERE alias = 1 AND actor_id IN (SELECT value FROM json_each(?)) ORDER BY actor_id, name`, list)
	return out, err
}

func loadPlaces(ctx context.Context, q querier, ids []string) (map[string]*kg.Place, error) {
	out := make(map[string]*kg.Place, len(ids))
	err := scanAll(ctx, q, func(r *sql.Rows) error {
		p := &kg.Place{}
		if err := r.Scan(&p.ID, &p.Name, &p.CountryID); err != nil {
			return err
		}
		out[p.ID] = p
		return nil
	}, `SELECT id, name, country_id FROM places WHERE id IN (SELECT value FROM json_each(?))`, idList(ids))
	return out, err
}

// loadEvidence returns the evidence of facts, in article and offset order.
func loadEvidence(ctx context.Context, q querier, ids []string) (map[string][]kg.Evidence, error) {
	out := make(map[string][]kg.Evidence, len(ids))
	err := scanAll(ctx, q, func(r *sql.Rows) error {
		var fid string
		var e kg.Evidence
		if err := r.Scan(&fid, &e.ArticleID, &e.Start, &e.End, &e.Sentence, &e.Rule); err != nil {
			return err
		}
		out[fid] = append(out[fid], e)
		return nil
	}, `SELECT fact_id, article_id, start, end, sentence, rule FROM evidence
		WHERE fact_id IN (SELECT value FROM json_each(?)) ORDER BY fact_id, article_id, start, end`, idList(ids))
	return out, err
}

func loadMeetings(ctx context.Context, q querier, ids []string, withEvidence bool) (map[string]*kg.Meeting, error) {
	out := make(map[string]*kg.Meeting, len(ids))
	list := idList(ids)
	err := scanAll(ctx, q, func(r *sql.Rows) error {
		m := &kg.Meeting{}
		var kind, status, date string
		if err := r.Scan(&m.ID, &kind, &status, &date, &m.PlaceID); err != nil {
			return err
		}
		m.Kind, m.Status, m.Date = kg.MeetingKind(kind), kg.MeetingStatus(status), parseDate(date)
		m.Participants = []kg.Participant{}
		out[m.ID] = m
		return nil
	}, `SELECT id, kind, status, date, place_id FROM meetings WHERE id IN (SELECT value FROM json_each(?))`, list)
	if err != nil || len(out) == 0 {
		return out, err
	}
	err = scanAll(ctx, q, func(r *sql.Rows) error {
		var mid string
		var p kg.Participant
		if err := r.Scan(&mid, &p.ActorID, &p.Role); err != nil {
			return err
		}
		if m := out[mid]; m != nil {
			m.Participants = append(m.Participants, p)
		}
		return nil
	}, `SELECT meeting_id, actor_id, role FROM participants WHERE meeting_id IN (SELECT value FROM json_each(?)) ORDER BY meeting_id, actor_id`, list)
	if err != nil || !withEvidence {
		return out, err
	}
	ev, err := loadEvidence(ctx, q, ids)
	for id, m := range out {
		m.Evidence = ev[id]
	}
	return out, err
}

func loadStatements(ctx context.Context, q querier, ids []string, withEvidence bool) (map[string]*kg.Statement, error) {
	out := make(map[string]*kg.Statement, len(ids))
	list := idList(ids)
	err := scanAll(ctx, q, func(r *sql.Rows) error {
		s := &kg.Statement{}
		var date string
		if err := r.Scan(&s.ID, &s.SpeakerID, &s.Quote, &s.Text, &date); err != nil {
			return err
		}
		s.Date = parseDate(date)
		s.AboutIDs = []string{}
		out[s.ID] = s
		return nil
	}, `SELECT id, speaker_id, quote, text, date FROM statements WHERE id IN (SELECT value FROM json_each(?))`, list)
	if err != nil || len(out) == 0 {
		return out, err
	}
	err = scanAll(ctx, q, func(r *sql.Rows) error {
		var sid, aid string
		if err := r.Scan(&sid, &aid); err != nil {
			return err
		}
		if s := out[sid]; s != nil {
			s.AboutIDs = append(s.AboutIDs, aid)
		}
		return nil
	}, `SELECT statement_id, actor_id FROM statement_about WHERE statement_id IN (SELECT value FROM json_each(?)) ORDER BY statement_id, actor_id`, list)
	if err != nil || !withEvidence {
		return out, err
	}
	ev, err := loadEvidence(ctx, q, ids)
	for id, s := range out {
		s.Evidence = ev[id]
	}
	return out, err
}

// loadRoles loads the roles a WHERE clause over the roles table selects
// (the clause is one of a few constants, never user text).
func loadRoles(ctx context.Context, q querier, where string, arg any, withEvidence bool) (map[string]*kg.Role, error) {
	out := map[string]*kg.Role{}
	err := scanAll(ctx, q, func(r *sql.Rows) error {
		ro := &kg.Role{}
		var asOf string
		if err := r.Scan(&ro.ID, &ro.PersonID, &ro.Title, &ro.OfID, &asOf); err != nil {
			return err
		}
		ro.AsOf = parseDate(asOf)
		out[ro.ID] = ro
		return nil
	}, `SELECT id, person_id, title, of_id, as_of FROM roles `+where, arg)
	if err != nil || !withEvidence || len(out) == 0 {
		return out, err
	}
	ids := make([]string, 0, len(out))
	for id := range out {
		ids = append(ids, id)
	}
	ev, err := loadEvidence(ctx, q, ids)
	for id, ro := range out {
		ro.Evidence = ev[id]
	}
	return out, err
}

// ActorsByID returns the actors with these ids, in order, nil for unknown.
func (s *Store) ActorsByID(ctx context.Context, ids []string) ([]*kg.Actor, error) {
	out := make([]*kg.Actor, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	err := s.readTx(ctx, "actors by id", func(tx *sql.Tx) error {
		m, err := loadActors(ctx, tx, ids)
		if err != nil {
			return err
		}
		for i, id := range ids {
			if a := m[id]; a != nil {
				ac := a.Actor
				out[i] = &ac
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// ActorsByName returns the actors whose name or an alias equals name,
// ignoring case, most mentioned first (then by id).
func (s *Store) ActorsByName(ctx context.Context, name string) ([]kg.Actor, error) {
	name = strings.TrimSpace(name)
	if name == "" {
		return nil, nil
	}
	var out []kg.Actor
	err := s.readTx(ctx, "actors by name", func(tx *sql.Tx) error {
		var ids []string
		err := scanAll(ctx, tx, func(r *sql.Rows) error {
			var id string
			if err := r.Scan(&id); err != nil {
				return err
			}
			ids = append(ids, id)
			return nil
		}, `SELECT a.id FROM actors a WHERE a.id IN (SELECT actor_id FROM actor_names WHERE name_lower = ?)
			ORDER BY a.mentions DESC, a.id`, lower(name))
		if err != nil || len(ids) == 0 {
			return err
		}
		m, err := loadActors(ctx, tx, ids)
		if err != nil {
			return err
		}
		for _, id := range ids {
			if a := m[id]; a != nil {
				out = append(out, a.Actor)
			}
		}
		return nil
	})
	return out, err
}

// PlacesByID returns the places with these ids, in order, nil for unknown.
func (s *Store) PlacesByID(ctx context.Context, ids []string) ([]*kg.Place, error) {
	out := make([]*kg.Place, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	err := s.readTx(ctx, "places by id", func(tx *sql.Tx) error {
		m, err := loadPlaces(ctx, tx, ids)
		for i, id := range ids {
			out[i] = m[id]
		}
		return err
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// ArticlesByID returns the articles with these ids, in order, nil for unknown.
func (s *Store) ArticlesByID(ctx context.Context, ids []string) ([]*kg.Article, error) {
	out := make([]*kg.Article, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	err := s.readTx(ctx, "articles by id", func(tx *sql.Tx) error {
		m := map[string]*kg.Article{}
		err := scanAll(ctx, tx, func(r *sql.Rows) error {
			a := &kg.Article{}
			var pub string
			if err := r.Scan(&a.ID, &a.ContentHash, &a.Title, &a.URL, &a.Source, &pub); err != nil {
				return err
			}
			a.Published = parseDate(pub)
			m[a.ID] = a
			return nil
		}, `SELECT id, content_hash, title, url, source, published FROM articles WHERE id IN (SELECT value FROM json_each(?))`, idList(ids))
		for i, id := range ids {
			if a := m[id]; a != nil {
				cp := *a // each slot its own value: callers may modify
				out[i] = &cp
			}
		}
		return err
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// RolesByPerson returns each person's roles, latest AsOf first (unknown
// dates last, then by id). Persons without roles are absent from the map.
func (s *Store) RolesByPerson(ctx context.Context, personIDs []string) (map[string][]kg.Role, error) {
	out := map[string][]kg.Role{}
	if len(personIDs) == 0 {
		return out, nil
	}
	err := s.readTx(ctx, "roles by person", func(tx *sql.Tx) error {
		m, err := loadRoles(ctx, tx, `WHERE person_id IN (SELECT value FROM json_each(?))`, idList(personIDs), true)
		if err != nil {
			return err
		}
		for _, r := range m {
			out[r.PersonID] = append(out[r.PersonID], *r)
		}
		for _, rs := range out {
			sortRoles(rs)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// Stats counts what the graph holds; Meetings counts occurred ones only.
func (s *Store) Stats(ctx context.Context) (kg.Stats, error) {
	var st kg.Stats
	err := s.readTx(ctx, "stats", func(tx *sql.Tx) error {
		return tx.QueryRowContext(ctx, `SELECT
			(SELECT count(*) FROM articles),
			(SELECT count(*) FROM actors),
			(SELECT count(*) FROM meetings WHERE status = 'OCCURRED'),
			(SELECT count(*) FROM statements),
			(SELECT count(*) FROM roles),
			(SELECT count(*) FROM places)`).Scan(&st.Articles, &st.Actors, &st.Meetings, &st.Statements, &st.Roles, &st.Places)
	})
	return st, err
}
