package export

import (
	"archive/zip"
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// CSV for `neo4j-admin database import full`: one file per node label and
// relationship type, with the header syntax the importer reads (id:ID,
// :LABEL, :START_ID, :END_ID, :TYPE, typed columns such as start:int,
// date:date, aliases:string[]). The graph it builds is the one the Neo4j
// store writes (labels, relationship types and property names), minus the
// store's bookkeeping, so queries written for one work on the other:
//
//	(:Actor:Person|:Actor:Country|:Actor:Organization {id, kind, name, aliases, iso, orgKind})
//	(:Article {id, title, url, source, published, publishedPrecision, contentHash})
//	(:Place {id, name, countryId})-[:IN]->(:Country)
//	(:Meeting {id, kind, status, date, dateEnd, precision})-[:HELD_IN]->(:Place|:Country)
//	(actor)-[:PARTICIPATED_IN {role}]->(:Meeting)
//	(actor)-[:MADE]->(:Statement {id, quote, text, date, dateEnd, precision})-[:ABOUT]->(actor)
//	(:Person)-[:HAS_ROLE]->(:Role {id, title, asOf, asOfPrecision})-[:OF]->(actor)
//	(:Person)-[:HOLDS_ROLE {id, title, asOf, asOfPrecision}]->(actor)
//	(:Article)-[:REPORTS {sentence, start, end, rule}]->(:Meeting|:Statement|:Role)
//
// Arrays use the importer's default delimiter ";", so a ";" inside an
// alias is written as ",". Fields may hold line breaks: import with
// --multiline-fields=true (the command is in IMPORT.txt).

// CSVFile is one file of the CSV export.
type CSVFile struct {
	Name string
	Rel  bool // relationships (--relationships=) rather than nodes (--nodes=)
}

// csvFiles in the order they are written and imported.
var csvFiles = []CSVFile{
	{Name: "actors.csv"}, {Name: "places.csv"}, {Name: "articles.csv"}, {Name: "meetings.csv"},
	{Name: "statements.csv"}, {Name: "roles.csv"},
	{Name: "in.csv", Rel: true}, {Name: "held_in.csv", Rel: true}, {Name: "participated_in.csv", Rel: true},
	{Name: "made.csv", Rel: true}, {Name: "about.csv", Rel: true}, {Name: "has_role.csv", Rel: true},
	{Name: "of.csv", Rel: true}, {Name: "holds_role.csv", Rel: true}, {Name: "reports.csv", Rel: true},
}

// ImportCommand is the neo4j-admin command that loads the CSV files (run
// in their directory, with the database stopped).
func ImportCommand(database string) string {
	var b strings.Builder
	b.WriteString("neo4j-admin database import full --overwrite-destination --multiline-fields=true")
	for _, f := range csvFiles {
		if f.Rel {
			b.WriteString(" \\\n  --relationships=" + f.Name)
		} else {
			b.WriteString(" \\\n  --nodes=" + f.Name)
		}
	}
	b.WriteString(" \\\n  " + database + "\n")
	return b.String()
}

// WriteCSVFiles writes the CSV files, creating each through create (a
// directory or an archive) and closing it when done.
func WriteCSVFiles(g *Graph, create func(name string) (io.WriteCloser, error)) error {
	rows := g.csvRows()
	for _, f := range csvFiles {
		w, err := create(f.Name)
		if err != nil {
			return fmt.Errorf("write %s: %w", f.Name, err)
		}
		cw := csv.NewWriter(w)
		err = rows[f.Name](cw.Write)
		cw.Flush()
		if err == nil {
			err = cw.Error()
		}
		if cerr := w.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return fmt.Errorf("write %s: %w", f.Name, err)
		}
	}
	w, err := create("IMPORT.txt")
	if err != nil {
		return fmt.Errorf("write IMPORT.txt: %w", err)
	}
	_, err = io.WriteString(w, g.Title()+"\n\nLoad into Neo4j 5 (database stopped; this replaces the database named at the end):\n\n"+ImportCommand("neo4j"))
	if cerr := w.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("write IMPORT.txt: %w", err)
	}
	return nil
}

// WriteCSVZip writes the CSV files into one zip archive.
func WriteCSVZip(w io.Writer, g *Graph) error {
	zw := zip.NewWriter(w)
	err := WriteCSVFiles(g, func(name string) (io.WriteCloser, error) {
		// A fixed time keeps archives of the same graph byte-identical.
		f, err := zw.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Deflate, Modified: time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)})
		return nopCloser{f}, err
	})
	if cerr := zw.Close(); err == nil && cerr != nil {
		err = fmt.Errorf("write csv archive: %w", cerr)
	}
	return err
}

type nopCloser struct{ io.Writer }

func (nopCloser) Close() error { return nil }

// dateCols gives the Neo4j store's date columns: first day, last day and
// precision ("" for an unknown date: the importer then sets no property).
func dateCols(d kg.PartialDate) (start, end, prec string) {
	if d.IsZero() {
		return "", "", ""
	}
	return d.Start().Format("2006-01-02"), d.End().Format("2006-01-02"), d.Precision().String()
}

var actorLabels = map[kg.ActorKind]string{kg.KindPerson: "Actor;Person", kg.KindCountry: "Actor;Country", kg.KindOrganization: "Actor;Organization"}

// csvRows returns, per file, a function that writes its header and rows.
func (g *Graph) csvRows() map[string]func(func([]string) error) error {
	type emit = func([]string) error
	rows := map[string]func(emit) error{}
	rows["actors.csv"] = func(w emit) error {
		if err := w([]string{"id:ID", ":LABEL", "kind", "name", "aliases:string[]", "iso", "orgKind"}); err != nil {
			return err
		}
		for _, a := range g.Actors {
			aliases := make([]string, len(a.Aliases))
			for i, s := range a.Aliases {
				aliases[i] = strings.ReplaceAll(s, ";", ",")
			}
			if err := w([]string{a.ID, actorLabels[a.Kind], string(a.Kind), a.Name, strings.Join(aliases, ";"), a.ISO, a.OrgKind}); err != nil {
				return err
			}
		}
		return nil
	}
	// Places that are actors (a country named as the place) are not
	// written again.
	var places []kg.Place
	for _, id := range sortedKeys(g.Places) {
		if g.Actor(id) == nil {
			places = append(places, g.Places[id])
		}
	}
	rows["places.csv"] = func(w emit) error {
		if err := w([]string{"id:ID", ":LABEL", "name", "countryId"}); err != nil {
			return err
		}
		for _, p := range places {
			if err := w([]string{p.ID, "Place", p.Name, p.CountryID}); err != nil {
				return err
			}
		}
		return nil
	}
	rows["in.csv"] = func(w emit) error {
		if err := w([]string{":START_ID", ":END_ID", ":TYPE"}); err != nil {
			return err
		}
		for _, p := range places {
			if p.CountryID != "" && g.Actor(p.CountryID) != nil {
				if err := w([]string{p.ID, p.CountryID, "IN"}); err != nil {
					return err
				}
			}
		}
		return nil
	}
	rows["articles.csv"] = func(w emit) error {
		if err := w([]string{"id:ID", ":LABEL", "title", "url", "source", "published:date", "publishedPrecision", "contentHash"}); err != nil {
			return err
		}
		for _, id := range sortedKeys(g.Articles) {
			a := g.Articles[id]
			start, _, prec := dateCols(a.Published)
			if err := w([]string{a.ID, "Article", a.Title, a.URL, a.Source, start, prec, a.ContentHash}); err != nil {
				return err
			}
		}
		return nil
	}
	rows["meetings.csv"] = func(w emit) error {
		if err := w([]string{"id:ID", ":LABEL", "kind", "status", "date:date", "dateEnd:date", "precision"}); err != nil {
			return err
		}
		for _, m := range g.Meetings {
			s, e, p := dateCols(m.Date)
			if err := w([]string{m.ID, "Meeting", string(m.Kind), string(m.Status), s, e, p}); err != nil {
				return err
			}
		}
		return nil
	}
	rows["held_in.csv"] = func(w emit) error {
		if err := w([]string{":START_ID", ":END_ID", ":TYPE"}); err != nil {
			return err
		}
		for _, m := range g.Meetings {
			if _, ok := g.Places[m.PlaceID]; ok {
				if err := w([]string{m.ID, m.PlaceID, "HELD_IN"}); err != nil {
					return err
				}
			}
		}
		return nil
	}
	rows["participated_in.csv"] = func(w emit) error {
		if err := w([]string{":START_ID", ":END_ID", ":TYPE", "role"}); err != nil {
			return err
		}
		for _, m := range g.Meetings {
			for _, p := range m.Participants {
				if g.Actor(p.ActorID) == nil {
					continue // outside an ego network
				}
				if err := w([]string{p.ActorID, m.ID, "PARTICIPATED_IN", p.Role}); err != nil {
					return err
				}
			}
		}
		return nil
	}
	rows["statements.csv"] = func(w emit) error {
		if err := w([]string{"id:ID", ":LABEL", "quote", "text", "date:date", "dateEnd:date", "precision"}); err != nil {
			return err
		}
		for _, st := range g.Statements {
			s, e, p := dateCols(st.Date)
			if err := w([]string{st.ID, "Statement", st.Quote, st.Text, s, e, p}); err != nil {
				return err
			}
		}
		return nil
	}
	rows["made.csv"] = func(w emit) error {
		if err := w([]string{":START_ID", ":END_ID", ":TYPE"}); err != nil {
			return err
		}
		for _, st := range g.Statements {
			if g.Actor(st.SpeakerID) != nil {
				if err := w([]string{st.SpeakerID, st.ID, "MADE"}); err != nil {
					return err
				}
			}
		}
		return nil
	}
	rows["about.csv"] = func(w emit) error {
		if err := w([]string{":START_ID", ":END_ID", ":TYPE"}); err != nil {
			return err
		}
		for _, st := range g.Statements {
			for _, a := range statementTargets(&st) {
				if g.Actor(a) != nil {
					if err := w([]string{st.ID, a, "ABOUT"}); err != nil {
						return err
					}
				}
			}
		}
		return nil
	}
	rows["roles.csv"] = func(w emit) error {
		if err := w([]string{"id:ID", ":LABEL", "title", "asOf:date", "asOfPrecision"}); err != nil {
			return err
		}
		for _, r := range g.Roles {
			s, _, p := dateCols(r.AsOf)
			if err := w([]string{r.ID, "Role", r.Title, s, p}); err != nil {
				return err
			}
		}
		return nil
	}
	rows["has_role.csv"] = func(w emit) error {
		if err := w([]string{":START_ID", ":END_ID", ":TYPE"}); err != nil {
			return err
		}
		for _, r := range g.Roles {
			if err := w([]string{r.PersonID, r.ID, "HAS_ROLE"}); err != nil {
				return err
			}
		}
		return nil
	}
	rows["of.csv"] = func(w emit) error {
		if err := w([]string{":START_ID", ":END_ID", ":TYPE"}); err != nil {
			return err
		}
		for _, r := range g.Roles {
			if err := w([]string{r.ID, r.OfID, "OF"}); err != nil {
				return err
			}
		}
		return nil
	}
	rows["holds_role.csv"] = func(w emit) error {
		if err := w([]string{":START_ID", ":END_ID", ":TYPE", "id", "title", "asOf:date", "asOfPrecision"}); err != nil {
			return err
		}
		for _, r := range g.Roles {
			s, _, p := dateCols(r.AsOf)
			if err := w([]string{r.PersonID, r.OfID, "HOLDS_ROLE", r.ID, r.Title, s, p}); err != nil {
				return err
			}
		}
		return nil
	}
	rows["reports.csv"] = func(w emit) error {
		if err := w([]string{":START_ID", ":END_ID", ":TYPE", "sentence", "start:int", "end:int", "rule"}); err != nil {
			return err
		}
		write := func(fact string, evs []kg.Evidence) error {
			for _, e := range evs {
				if _, ok := g.Articles[e.ArticleID]; !ok {
					continue
				}
				if err := w([]string{e.ArticleID, fact, "REPORTS", e.Sentence, strconv.Itoa(e.Start), strconv.Itoa(e.End), e.Rule}); err != nil {
					return err
				}
			}
			return nil
		}
		for _, m := range g.Meetings {
			if err := write(m.ID, m.Evidence); err != nil {
				return err
			}
		}
		for _, s := range g.Statements {
			if err := write(s.ID, s.Evidence); err != nil {
				return err
			}
		}
		for _, r := range g.Roles {
			if err := write(r.ID, r.Evidence); err != nil {
				return err
			}
		}
		return nil
	}
	return rows
}
