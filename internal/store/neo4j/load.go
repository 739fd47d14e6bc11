package neo4j

import (
	"context"
	"sort"
	"strings"

	"github.com/actorgraph/actorgraph/internal/kg"
	"github.com/actorgraph/actorgraph/internal/store/claims"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Map projections that read a fact node e into the shape the decoders
// below expect. The evidence part is dropped where evidence is not wanted.
const (
	evidenceProj = `, evidence: [(ar:Article)-[r:REPORTS]->(e) | {article: ar.id, sentence: r.sentence, start: r.start, end: r.end, rule: r.rule}]`

	meetingProj = `e {.id, .kind, .status, .date, .precision,
		place: [(e)-[:HELD_IN]->(p) | p.id][0],
		participants: [(a:Actor)-[r:PARTICIPATED_IN]->(e) | {id: a.id, role: r.role}]` + evidenceProj + `}`
	statementProj = `e {.id, .quote, .text, .date, .precision,
		speaker: [(a:Actor)-[:MADE]->(e) | a.id][0],
		about: [(e)-[:ABOUT]->(a:Actor) | a.id]` + evidenceProj + `}`
	roleProj = `e {.id, .title, .asOf, .asOfPrecision,
		person: [(p:Actor)-[:HAS_ROLE]->(e) | p.id][0],
		of: [(e)-[:OF]->(o:Actor) | o.id][0]` + evidenceProj + `}`
	actorProj = `e {.id, .kind, .name, .aliases, .iso, .orgKind, .mentions}`
	placeProj = `e {.id, .name, .countryId}`
)

func noEvidence(proj string) string { return strings.Replace(proj, evidenceProj, "", 1) }

func decodeMeeting(m map[string]any) *kg.Meeting {
	out := &kg.Meeting{
		ID: str(m["id"]), Kind: kg.MeetingKind(str(m["kind"])), Status: kg.MeetingStatus(str(m["status"])),
		Date: partialDate(m["date"], m["precision"]), PlaceID: str(m["place"]),
		Participants: []kg.Participant{}, Evidence: evidenceOf(m["evidence"]),
	}
	for _, p := range maps(m["participants"]) {
		out.Participants = append(out.Participants, kg.Participant{ActorID: str(p["id"]), Role: str(p["role"])})
	}
	sort.Slice(out.Participants, func(i, j int) bool { return out.Participants[i].ActorID < out.Participants[j].ActorID })
	return out
}

func decodeStatement(m map[string]any) *kg.Statement {
	about := strs(m["about"])
	sort.Strings(about)
	return &kg.Statement{
		ID: str(m["id"]), SpeakerID: str(m["speaker"]), Quote: str(m["quote"]), Text: str(m["text"]),
		Date: partialDate(m["date"], m["precision"]), AboutIDs: about, Evidence: evidenceOf(m["evidence"]),
	}
}

func decodeRole(m map[string]any) *kg.Role {
	return &kg.Role{
		ID: str(m["id"]), PersonID: str(m["person"]), Title: str(m["title"]), OfID: str(m["of"]),
		AsOf: partialDate(m["asOf"], m["asOfPrecision"]), Evidence: evidenceOf(m["evidence"]),
	}
}

func decodeActor(m map[string]any) *claims.Actor {
	aliases := strs(m["aliases"])
	sort.Strings(aliases)
	return &claims.Actor{Actor: kg.Actor{ID: str(m["id"]), Kind: kg.ActorKind(str(m["kind"])), Name: str(m["name"]),
		Aliases: aliases, ISO: str(m["iso"]), OrgKind: str(m["orgKind"])}, Mentions: num(m["mentions"])}
}

func decodePlace(m map[string]any) *kg.Place {
	return &kg.Place{ID: str(m["id"]), Name: str(m["name"]), CountryID: str(m["countryId"])}
}

// runner is what both a managed transaction and the store's auto-commit
// queries offer: run one statement and get all its records.
type runner func(ctx context.Context, q string, params map[string]any) ([]*neo4j.Record, error)

func (s *Store) reader() runner {
	return func(ctx context.Context, q string, params map[string]any) ([]*neo4j.Record, error) {
		res, err := s.query(ctx, q, params)
		if err != nil {
			return nil, err
		}
		return res.Records, nil
	}
}

// traceStmt, when set (benchmarks only), is called around every statement
// of a write transaction.
var traceStmt func(q string) func()

// keepPlan prefixes the statements of write transactions and of the
// resolver's bulk lookups: the server keeps the plan it cached first
// instead of planning the statement again whenever the database's counts
// have moved (every few seconds while an ingest grows the graph). Those
// plans are index or element-id seeks whatever the counts
// (TestWritePlansNeedNoCounts checks it), and planning was a fifth to a
// third of the server's CPU in a BBC ingest, several times more on a
// freshly started server whose planner is not JIT-compiled yet.
const keepPlan = "CYPHER replan=skip "

func txRunner(tx neo4j.ManagedTransaction) runner {
	return func(ctx context.Context, q string, params map[string]any) ([]*neo4j.Record, error) {
		if traceStmt != nil {
			defer traceStmt(q)()
		}
		if profileStmt != nil {
			res, err := tx.Run(ctx, "PROFILE "+keepPlan+q, params)
			if err != nil {
				return nil, err
			}
			recs, err := res.Collect(ctx)
			if err != nil {
				return nil, err
			}
			sum, err := res.Consume(ctx)
			if err != nil {
				return nil, err
			}
			profileStmt(q, sum)
			return recs, nil
		}
		res, err := tx.Run(ctx, keepPlan+q, params)
		if err != nil {
			return nil, err
		}
		return res.Collect(ctx)
	}
}

// profileStmt, when set (tests only), runs every statement of a write
// transaction under PROFILE and is given its summary.
var profileStmt func(q string, sum neo4j.ResultSummary)

// loadFacts runs "MATCH (e:Label) WHERE e.id IN $ids RETURN proj AS f" and
// decodes every row by id.
func loadFacts[T any](ctx context.Context, run runner, label, proj string, ids []string, decode func(map[string]any) *T) (map[string]*T, error) {
	out := make(map[string]*T, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	recs, err := run(ctx, `MATCH (e:`+label+`) WHERE e.id IN $ids RETURN `+proj+` AS f`, map[string]any{"ids": ids})
	if err != nil {
		return nil, err
	}
	for _, r := range recs {
		m, _ := r.Values[0].(map[string]any)
		if m == nil {
			continue
		}
		v := decode(m)
		out[str(m["id"])] = v
	}
	return out, nil
}

func loadMeetings(ctx context.Context, run runner, ids []string, evidence bool) (map[string]*kg.Meeting, error) {
	proj := meetingProj
	if !evidence {
		proj = noEvidence(proj)
	}
	return loadFacts(ctx, run, "Meeting", proj, ids, decodeMeeting)
}

func loadStatements(ctx context.Context, run runner, ids []string, evidence bool) (map[string]*kg.Statement, error) {
	proj := statementProj
	if !evidence {
		proj = noEvidence(proj)
	}
	return loadFacts(ctx, run, "Statement", proj, ids, decodeStatement)
}

func loadRoles(ctx context.Context, run runner, ids []string, evidence bool) (map[string]*kg.Role, error) {
	proj := roleProj
	if !evidence {
		proj = noEvidence(proj)
	}
	return loadFacts(ctx, run, "Role", proj, ids, decodeRole)
}

func loadActors(ctx context.Context, run runner, ids []string) (map[string]*claims.Actor, error) {
	return loadFacts(ctx, run, "Actor", actorProj, ids, decodeActor)
}

func loadPlaces(ctx context.Context, run runner, ids []string) (map[string]*kg.Place, error) {
	return loadFacts(ctx, run, "Place", placeProj, ids, decodePlace)
}
