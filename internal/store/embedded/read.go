package embedded

import (
	"context"
	"database/sql"
	"sort"
	"strings"

	"github.com/actorgraph/actorgraph/internal/kg"
	"github.com/actorgraph/actorgraph/internal/store/claims"
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

// Rows of child tables are folded into their parent's row with
// group_concat (unit separator between values, record separator between
// fields): one query per batch lookup instead of two, since a query's
// fixed cost dominates these small reads.
const (
	sepUnit   = "\x1f"
	sepRecord = "\x1e"
)

func splitList(s string) []string {
	if s == "" {
		return []string{}
	}
	return strings.Split(s, sepUnit)
}

func loadActors(ctx context.Context, q querier, ids []string) (map[string]*claims.Actor, error) {
	out := make(map[string]*claims.Actor, len(ids))
	err := scanAll(ctx, q, func(r *sql.Rows) error {
		a := &claims.Actor{}
		var kind, aliases string
		if err := r.Scan(&a.ID, &kind, &a.Name, &a.ISO, &a.OrgKind, &a.Mentions, &aliases); err != nil {
			return err
		}
		a.Kind = kg.ActorKind(kind)
		a.Aliases = splitList(aliases)
		sort.Strings(a.Aliases)
		out[a.ID] = a
		return nil
	}, `SELECT a.id, a.kind, a.name, a.iso, a.org_kind, a.mentions,
		coalesce((SELECT group_concat(n.name, char(31)) FROM actor_names n WHERE n.actor_id = a.id AND n.alias = 1), '')
		FROM actors a WHERE a.id IN (SELECT value FROM json_each(?))`, idList(ids))
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
	if len(ids) == 0 {
		return out, nil
	}
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
	if len(ids) == 0 {
		return out, nil
	}
	err := scanAll(ctx, q, func(r *sql.Rows) error {
		m := &kg.Meeting{}
		var kind, status, date, parts string
		if err := r.Scan(&m.ID, &kind, &status, &date, &m.PlaceID, &parts); err != nil {
			return err
		}
		m.Kind, m.Status, m.Date = kg.MeetingKind(kind), kg.MeetingStatus(status), parseDate(date)
		m.Participants = []kg.Participant{}
		for _, p := range splitList(parts) {
			a, role, _ := strings.Cut(p, sepRecord)
			m.Participants = append(m.Participants, kg.Participant{ActorID: a, Role: role})
		}
		sort.Slice(m.Participants, func(i, j int) bool { return m.Participants[i].ActorID < m.Participants[j].ActorID })
		out[m.ID] = m
		return nil
	}, `SELECT m.id, m.kind, m.status, m.date, m.place_id,
		coalesce((SELECT group_concat(p.actor_id || char(30) || p.role, char(31)) FROM participants p WHERE p.meeting_id = m.id), '')
		FROM meetings m WHERE m.id IN (SELECT value FROM json_each(?))`, idList(ids))
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
	if len(ids) == 0 {
		return out, nil
	}
	err := scanAll(ctx, q, func(r *sql.Rows) error {
		s := &kg.Statement{}
		var date, about string
		if err := r.Scan(&s.ID, &s.SpeakerID, &s.Quote, &s.Text, &date, &about); err != nil {
			return err
		}
		s.Date = parseDate(date)
		s.AboutIDs = splitList(about)
		sort.Strings(s.AboutIDs)
		out[s.ID] = s
		return nil
	}, `SELECT s.id, s.speaker_id, s.quote, s.text, s.date,
		coalesce((SELECT group_concat(a.actor_id, char(31)) FROM statement_about a WHERE a.statement_id = s.id), '')
		FROM statements s WHERE s.id IN (SELECT value FROM json_each(?))`, idList(ids))
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
	// Fast path: every actor kept for the current generation.
	if gen, err := s.peekGeneration(ctx); err == nil {
		if have, miss := s.cachedActors(gen, ids); len(miss) == 0 {
			for i, id := range ids {
				if a, ok := have[id]; ok {
					a.Aliases = append([]string{}, a.Aliases...)
					out[i] = &a
				}
			}
			return out, nil
		}
	}
	err := s.readTx(ctx, "actors by id", func(tx querier) error {
		// Actors read before in this generation come from memory (see
		// hotpath.go); the dataloaders ask for the same ones all day.
		gen, err := generation(ctx, tx)
		if err != nil {
			return err
		}
		have, miss := s.cachedActors(gen, ids)
		if len(miss) > 0 {
			m, err := loadActors(ctx, tx, miss)
			if err != nil {
				return err
			}
			s.putActors(gen, m)
			for id, a := range m {
				have[id] = a.Actor
			}
		}
		for i, id := range ids {
			if a, ok := have[id]; ok {
				a.Aliases = append([]string{}, a.Aliases...) // the caller's own
				out[i] = &a
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
	err := s.readTx(ctx, "actors by name", func(tx querier) error {
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
	err := s.readTx(ctx, "places by id", func(tx querier) error {
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
	err := s.readTx(ctx, "articles by id", func(tx querier) error {
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
	err := s.readTx(ctx, "roles by person", func(tx querier) error {
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
// The counts are scans, so they are remembered per database generation.
func (s *Store) Stats(ctx context.Context) (kg.Stats, error) {
	var st kg.Stats
	err := s.readTx(ctx, "stats", func(tx querier) error {
		var gen int64
		if err := tx.QueryRowContext(ctx, `SELECT value FROM meta WHERE key = 'generation'`).Scan(&gen); err != nil {
			return err
		}
		s.countM.Lock()
		cached, ok := s.stats, s.statsOK && s.statsGen == gen
		s.countM.Unlock()
		if ok {
			st = cached
			return nil
		}
		if err := tx.QueryRowContext(ctx, `SELECT
			(SELECT count(*) FROM articles),
			(SELECT count(*) FROM actors),
			(SELECT count(*) FROM meetings WHERE status = 'OCCURRED'),
			(SELECT count(*) FROM statements),
			(SELECT count(*) FROM roles),
			(SELECT count(*) FROM places)`).Scan(&st.Articles, &st.Actors, &st.Meetings, &st.Statements, &st.Roles, &st.Places); err != nil {
			return err
		}
		s.countM.Lock()
		s.stats, s.statsGen, s.statsOK = st, gen, true
		s.countM.Unlock()
		return nil
	})
	return st, err
}
