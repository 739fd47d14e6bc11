package neo4j

import (
	"sort"
	"strings"
	"time"

	"github.com/actorgraph/actorgraph/internal/kg"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"
)

// The graph model. Nodes (id is unique for each label):
//
//	(:Article {id, contentHash, title, url, source, published, publishedEnd,
//	    publishedPrecision, orderKey})
//	(:Actor:Person|:Actor:Country|:Actor:Organization {id, kind, name, aliases,
//	    iso, orgKind, mentions, nameKeys, searchText})
//	(:Place {id, name, countryId})
//	(:Meeting {id, kind, status, date, dateEnd, precision, orderKey})
//	(:Statement {id, quote, text, date, dateEnd, precision, orderKey})
//	(:Role {id, title, asOf, asOfPrecision, orderKey})
//
// Relationships:
//
//	(actor)-[:PARTICIPATED_IN {role}]->(:Meeting)
//	(:Meeting)-[:HELD_IN]->(:Place|:Country)
//	(actor)-[:MADE]->(:Statement)-[:ABOUT]->(actor)
//	(:Person)-[:HAS_ROLE]->(:Role)-[:OF]->(:Country|:Organization)
//	(:Person)-[:HOLDS_ROLE {id, title, asOf, asOfPrecision}]->(:Country|:Organization)
//	(:Article)-[:MENTIONS {count, claim}]->(actor)
//	(:Article)-[:REPORTS {sentence, start, end, rule, claim}]->(:Meeting|:Statement|:Role)
//	(:Article)-[:CLAIMS {kind, claim}]->(:Place)
//	(:Place)-[:IN]->(:Country)
//
// claim is the article's own version of the fact (JSON): the fact's
// properties are the join of all its claims, recomputed when an article is
// replaced. It is on MENTIONS for actors, on the first REPORTS of each
// article and fact for meetings, statements and roles (they always have
// evidence), and on CLAIMS for places (which have none).
//
// A role is a node because it has evidence and claims of its own (REPORTS
// and CLAIMS need an end node); HOLDS_ROLE repeats it as one relationship
// from the person to what the role belongs to, for readable queries.
//
// Dates: a partial date is stored as `date` (a Cypher DATE, its first
// possible day), `dateEnd` (its last possible day) and `precision` (YEAR,
// MONTH or DAY), so Cypher users filter with date comparisons; `orderKey`
// is kg.PartialDate.OrderKey(), the timeline's sort key. Unknown dates have
// no date properties and orderKey "~".

// Relationship types between fact nodes and actors that make actor links
// (paths and neighbourhoods).
const linkRels = `PARTICIPATED_IN|MADE|ABOUT|HAS_ROLE|OF`

// dateParams returns the parameters of a date: first day, last day and
// precision as strings (nil when unknown), and the order key.
func dateParams(d kg.PartialDate) (start, end, prec any, key string) {
	if d.IsZero() {
		return nil, nil, nil, d.OrderKey()
	}
	return d.Start().Format("2006-01-02"), d.End().Format("2006-01-02"), d.Precision().String(), d.OrderKey()
}

// partialDate rebuilds a PartialDate from a stored first day and precision.
func partialDate(date any, prec any) kg.PartialDate {
	var t time.Time
	switch v := date.(type) {
	case dbtype.Date:
		t = v.Time()
	case time.Time:
		t = v
	default:
		return kg.PartialDate{}
	}
	p, _ := prec.(string)
	switch p {
	case "YEAR":
		return kg.DateYear(t.Year())
	case "MONTH":
		return kg.DateMonth(t.Year(), int(t.Month()))
	case "DAY":
		return kg.DateOf(t)
	}
	return kg.PartialDate{}
}

// nullable turns "" into nil, so empty values are absent properties.
func nullable(s string) any {
	if s == "" {
		return nil
	}
	return s
}

func str(v any) string {
	s, _ := v.(string)
	return s
}

func num(v any) int {
	switch n := v.(type) {
	case int64:
		return int(n)
	case int:
		return n
	case float64:
		return int(n)
	}
	return 0
}

func strs(v any) []string {
	l, _ := v.([]any)
	out := make([]string, 0, len(l))
	for _, x := range l {
		if s, ok := x.(string); ok {
			out = append(out, s)
		}
	}
	return out
}

func maps(v any) []map[string]any {
	l, _ := v.([]any)
	out := make([]map[string]any, 0, len(l))
	for _, x := range l {
		if m, ok := x.(map[string]any); ok {
			out = append(out, m)
		}
	}
	return out
}

// words splits a name into folded words of letters and digits: the
// tokens of the full-text index, the same as the search check's
// (kg.FoldWords).
func words(s string) []string { return kg.FoldWords(s) }

// searchText is the indexed text of an actor: every word of its names.
func searchText(name string, aliases []string) string {
	seen := map[string]bool{}
	var ws []string
	for _, n := range append([]string{name}, aliases...) {
		for _, w := range words(n) {
			if !seen[w] {
				seen[w] = true
				ws = append(ws, w)
			}
		}
	}
	sort.Strings(ws)
	return strings.Join(ws, " ")
}

// nameKeys are an actor's names lower-cased, for exact lookups by name.
func nameKeys(name string, aliases []string) []string {
	out := []string{strings.ToLower(name)}
	for _, a := range aliases {
		out = append(out, strings.ToLower(a))
	}
	sort.Strings(out)
	return dedupSorted(out)
}

// sortEvidence puts evidence in (article, start, end) order.
func sortEvidence(ev []kg.Evidence) {
	sort.Slice(ev, func(i, j int) bool {
		a, b := ev[i], ev[j]
		if a.ArticleID != b.ArticleID {
			return a.ArticleID < b.ArticleID
		}
		if a.Start != b.Start {
			return a.Start < b.Start
		}
		return a.End < b.End
	})
}

func evidenceOf(v any) []kg.Evidence {
	ms := maps(v)
	if len(ms) == 0 {
		return nil
	}
	out := make([]kg.Evidence, 0, len(ms))
	for _, m := range ms {
		out = append(out, kg.Evidence{ArticleID: str(m["article"]), Sentence: str(m["sentence"]),
			Start: num(m["start"]), End: num(m["end"]), Rule: str(m["rule"])})
	}
	sortEvidence(out)
	return out
}

func dedupSorted(s []string) []string {
	if len(s) == 0 {
		return s
	}
	w := 1
	for i := 1; i < len(s); i++ {
		if s[i] != s[w-1] {
			s[w] = s[i]
			w++
		}
	}
	return s[:w]
}
