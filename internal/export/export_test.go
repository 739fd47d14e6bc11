package export_test

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"errors"
	"flag"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/rs/zerolog"

	"github.com/actorgraph/actorgraph/graph/graphtest"
	"github.com/actorgraph/actorgraph/internal/export"
	"github.com/actorgraph/actorgraph/internal/extract"
	"github.com/actorgraph/actorgraph/internal/ingest"
	"github.com/actorgraph/actorgraph/internal/kg"
	"github.com/actorgraph/actorgraph/internal/store/embedded"
	"github.com/actorgraph/actorgraph/internal/testcorpus"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// Lund's only link is a role in the Harbour League: the whole-graph export
// must find her through the league's neighbourhood. Invented, like the
// rest of the fixture world.
var (
	lund  = kg.PersonID("Pia Lund")
	lundR = kg.RoleID(lund, "Treasurer", graphtest.League)
)

func fixtureStore(t *testing.T) kg.Store {
	t.Helper()
	s := graphtest.OpenStore(t)
	sentence := "Pia Lund, treasurer of the Harbour League, signed the accounts."
	facts := &kg.ArticleFacts{
		Article: kg.Article{ID: "article:a4", Title: "Accounts signed", URL: "https://example.org/a4?x=1&y=2",
			Source: "sample", Published: kg.DateDay(2024, 7, 1), ContentHash: "h4"},
		Actors: []kg.Actor{
			{ID: lund, Kind: kg.KindPerson, Name: "Pia Lund", Aliases: []string{"Lund"}},
			{ID: graphtest.League, Kind: kg.KindOrganization, Name: "Harbour League", Aliases: []string{"HL"}, OrgKind: "INTERNATIONAL"},
		},
		Mentions: []kg.Mention{{ActorID: lund, Count: 1}, {ActorID: graphtest.League, Count: 1}},
		Roles: []kg.Role{{ID: lundR, PersonID: lund, Title: "Treasurer", OfID: graphtest.League, AsOf: kg.DateDay(2024, 7, 1),
			Evidence: []kg.Evidence{{ArticleID: "article:a4", Sentence: sentence, Start: 0, End: len(sentence), Rule: "role.appositive"}}}},
	}
	if _, err := s.Upsert(context.Background(), facts); err != nil {
		t.Fatalf("load extra fixture: %v", err)
	}
	return s
}

func build(t *testing.T, s kg.Store, opts export.Options) *export.Graph {
	t.Helper()
	g, err := export.Build(context.Background(), s, opts)
	if err != nil {
		t.Fatalf("Build(%+v): %v", opts, err)
	}
	return g
}

func ids(as []kg.Actor) []string {
	var out []string
	for _, a := range as {
		out = append(out, a.ID)
	}
	return out
}

type edgeSummary struct {
	ID     string
	Weight int
	First  string
	Last   string
	Links  int
}

func edges(g *export.Graph) []edgeSummary {
	var out []edgeSummary
	for _, e := range g.Edges {
		out = append(out, edgeSummary{e.ID, e.Weight, e.First.String(), e.Last.String(), len(e.LinkIDs)})
	}
	return out
}

func TestBuildWholeGraph(t *testing.T) {
	g := build(t, fixtureStore(t), export.Options{})
	// Every actor with a link; Lund only through her role.
	wantActors := []string{graphtest.France, graphtest.Germany, graphtest.League, graphtest.Kov, graphtest.Voss,
		graphtest.Mara, graphtest.Omar, lund}
	slices.Sort(wantActors)
	if diff := cmp.Diff(wantActors, ids(g.Actors)); diff != "" {
		t.Errorf("actors (-want +got):\n%s", diff)
	}
	k, o := graphtest.Kov, graphtest.Omar
	wantEdges := []edgeSummary{
		{"HOLDS_ROLE:" + graphtest.Voss + "|" + graphtest.League, 1, "2024-05-17", "2024-05-17", 1},
		{"HOLDS_ROLE:" + k + "|" + graphtest.France, 1, "2024-05-16", "2024-05-16", 1},
		{"HOLDS_ROLE:" + o + "|" + graphtest.Germany, 1, "2024-05-16", "2024-05-16", 1},
		{"HOLDS_ROLE:" + lund + "|" + graphtest.League, 1, "2024-07-01", "2024-07-01", 1},
		{"MET:" + graphtest.Germany + "|" + k, 1, "2023-10-18", "2023-10-18", 1},
		{"MET:" + k + "|" + graphtest.Mara, 1, "2022-01-05", "2022-01-05", 1},
		{"MET:" + k + "|" + o, 2, "2024-04", "2024-05-16", 2},
		{"SAID_ABOUT:" + graphtest.Voss + "|" + graphtest.Germany, 1, "2024-04", "2024-04", 1},
		{"SAID_ABOUT:" + k + "|" + o, 1, "2024-05-16", "2024-05-16", 1},
	}
	if diff := cmp.Diff(wantEdges, edges(g)); diff != "" {
		t.Errorf("edges (-want +got):\n%s", diff)
	}
	// The planned summit is no link.
	for _, m := range g.Meetings {
		if m.ID == graphtest.MP {
			t.Errorf("planned meeting %s exported as a link", m.ID)
		}
	}
	if len(g.Meetings) != 4 || len(g.Statements) != 2 || len(g.Roles) != 4 {
		t.Errorf("got %d meetings, %d statements, %d roles; want 4, 2, 4", len(g.Meetings), len(g.Statements), len(g.Roles))
	}
}

func TestBuildEgo(t *testing.T) {
	s := fixtureStore(t)
	g := build(t, s, export.Options{Actor: "Lena Kov", Depth: 1})
	want := []string{graphtest.France, graphtest.Germany, graphtest.Kov, graphtest.Mara, graphtest.Omar}
	slices.Sort(want)
	if diff := cmp.Diff(want, ids(g.Actors)); diff != "" {
		t.Errorf("depth 1 actors (-want +got):\n%s", diff)
	}
	if g.Centre == nil || g.Centre.ID != graphtest.Kov || g.ActorDepth[graphtest.Omar] != 1 || g.ActorDepth[graphtest.Kov] != 0 {
		t.Errorf("centre %v, depths %v", g.Centre, g.ActorDepth)
	}
	// Omar's role in Germany joins two nodes of the network: it is there.
	var kinds []string
	for _, e := range g.Edges {
		kinds = append(kinds, e.ID)
	}
	if !slices.Contains(kinds, "HOLDS_ROLE:"+graphtest.Omar+"|"+graphtest.Germany) {
		t.Errorf("edges %v lack Omar's role in Germany", kinds)
	}
	g2 := build(t, s, export.Options{Actor: "person:lena-kov", Depth: 2})
	if !slices.Contains(ids(g2.Actors), graphtest.Voss) {
		t.Errorf("depth 2 misses Voss (said about Germany): %v", ids(g2.Actors))
	}
	g3 := build(t, s, export.Options{Actor: "Lena Kov", Depth: 2, Limit: 2})
	if len(g3.Actors) != 2 || !g3.Truncated {
		t.Errorf("limit 2: %d actors, truncated %v", len(g3.Actors), g3.Truncated)
	}
}

func TestBuildErrors(t *testing.T) {
	s := fixtureStore(t)
	for _, tc := range []struct {
		opts export.Options
		code kg.Code
	}{
		{export.Options{Actor: "Nobody Known"}, kg.CodeNotFound},
		{export.Options{Actor: "Ruiz"}, kg.CodeAmbiguous},
		{export.Options{Actor: "Kov", Depth: 4}, kg.CodeInvalidArgument},
		{export.Options{Actor: "Kov", Depth: -1}, kg.CodeInvalidArgument},
		{export.Options{Actor: "Kov", Limit: export.MaxLimit + 1}, kg.CodeInvalidArgument},
		{export.Options{Depth: 2}, kg.CodeInvalidArgument},
	} {
		_, err := export.Build(context.Background(), s, tc.opts)
		if got := kg.ErrorCode(err); got != tc.code {
			t.Errorf("Build(%+v) = %v (code %q), want code %q", tc.opts, err, got, tc.code)
		}
	}
}

// render writes g in format f; a CSV archive becomes its files one after
// the other, so goldens stay readable text.
func render(t *testing.T, g *export.Graph, f export.Format) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := export.Write(&b, g, f); err != nil {
		t.Fatalf("write %s: %v", f, err)
	}
	if f != export.CSV {
		return b.Bytes()
	}
	var out bytes.Buffer
	for name, body := range unzip(t, b.Bytes()) {
		out.WriteString("==> " + name + " <==\n")
		out.Write(body)
	}
	return out.Bytes()
}

type file struct {
	name string
	body []byte
}

// unzip returns the archive's files in archive order.
func unzip(t *testing.T, b []byte) func(func(string, []byte) bool) {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatalf("csv archive: %v", err)
	}
	var files []file
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatalf("open %s: %v", f.Name, err)
		}
		body, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatalf("read %s: %v", f.Name, err)
		}
		files = append(files, file{f.Name, body})
	}
	return func(yield func(string, []byte) bool) {
		for _, f := range files {
			if !yield(f.name, f.body) {
				return
			}
		}
	}
}

func TestGolden(t *testing.T) {
	s := fixtureStore(t)
	graphs := map[string]*export.Graph{
		"whole":   build(t, s, export.Options{}),
		"kov-ego": build(t, s, export.Options{Actor: "Kov", Depth: 1}),
	}
	for name, g := range graphs {
		for _, f := range export.Formats {
			t.Run(name+"."+string(f), func(t *testing.T) {
				got := render(t, g, f)
				path := filepath.Join("testdata", name+"."+string(f)+".golden")
				if *update {
					if err := os.WriteFile(path, got, 0o644); err != nil {
						t.Fatal(err)
					}
					return
				}
				want, err := os.ReadFile(path)
				if err != nil {
					t.Fatalf("%v (run go test -update to create it)", err)
				}
				if diff := cmp.Diff(string(want), string(got)); diff != "" {
					t.Errorf("%s differs from %s (-want +got; go test -update rewrites it):\n%s", f, path, diff)
				}
				// Same graph, same bytes.
				if again := render(t, g, f); !bytes.Equal(again, got) {
					t.Errorf("%s output is not deterministic", f)
				}
			})
		}
	}
}

// xmlEdges parses a GraphML or GEXF document fully (it must be
// well-formed) and returns its node ids and edges as "source target".
func xmlEdges(t *testing.T, doc []byte) (nodes map[string]string, edges []string) {
	t.Helper()
	nodes = map[string]string{}
	dec := xml.NewDecoder(bytes.NewReader(doc))
	var root string
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("not well-formed XML: %v", err)
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		if root == "" {
			root = se.Name.Local
		}
		get := func(n string) string {
			for _, a := range se.Attr {
				if a.Name.Local == n {
					return a.Value
				}
			}
			return ""
		}
		switch se.Name.Local {
		case "node":
			nodes[get("id")] = get("label")
		case "edge":
			edges = append(edges, get("source")+" "+get("target"))
		}
	}
	if root != "graphml" && root != "gexf" {
		t.Fatalf("root element %q", root)
	}
	return nodes, edges
}

func TestXMLFormats(t *testing.T) {
	g := build(t, fixtureStore(t), export.Options{})
	for _, f := range []export.Format{export.GraphML, export.GEXF} {
		var b bytes.Buffer
		if err := export.Write(&b, g, f); err != nil {
			t.Fatal(err)
		}
		nodes, es := xmlEdges(t, b.Bytes())
		if len(nodes) != len(g.Actors) || len(es) != len(g.Edges) {
			t.Errorf("%s: %d nodes, %d edges; want %d, %d", f, len(nodes), len(es), len(g.Actors), len(g.Edges))
		}
		for _, e := range es {
			src, dst, _ := strings.Cut(e, " ")
			if _, ok := nodes[src]; !ok {
				t.Errorf("%s: edge source %q is no node", f, src)
			}
			if _, ok := nodes[dst]; !ok {
				t.Errorf("%s: edge target %q is no node", f, dst)
			}
		}
		// Namespaces Gephi checks.
		for _, want := range map[export.Format][]string{
			export.GraphML: {`xmlns="http://graphml.graphdrawing.org/xmlns"`, `attr.name="weight" attr.type="double"`, `<data key="e_directed">true</data>`},
			export.GEXF:    {`xmlns="http://gexf.net/1.3"`, `version="1.3"`, `<viz:color r="31" g="111" b="180">`, `weight="2"`},
		}[f] {
			if !bytes.Contains(b.Bytes(), []byte(want)) {
				t.Errorf("%s lacks %s", f, want)
			}
		}
	}
}

// Characters XML cannot hold and markup in names must not break the file.
func TestXMLHostileText(t *testing.T) {
	s, err := embedded.OpenMemory(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	a, b := kg.PersonID("Ann <b>&"), kg.PersonID("Bo \"Q\"")
	sentence := "Ann <b>& met Bo \"Q\"\x01 at ]]> dawn."
	facts := &kg.ArticleFacts{
		Article: kg.Article{ID: "article:x", Title: "T <&>", ContentHash: "x"},
		Actors: []kg.Actor{{ID: a, Kind: kg.KindPerson, Name: "Ann <b>&", Aliases: []string{}},
			{ID: b, Kind: kg.KindPerson, Name: "Bo \"Q\"", Aliases: []string{}}},
		Meetings: []kg.Meeting{{ID: kg.MeetingID(kg.StatusOccurred, kg.DateDay(2020, 1, 1), []string{a, b}, "article:x"),
			Kind: kg.MeetingMeeting, Status: kg.StatusOccurred, Date: kg.DateDay(2020, 1, 1),
			Participants: []kg.Participant{{ActorID: a}, {ActorID: b}},
			Evidence:     []kg.Evidence{{ArticleID: "article:x", Sentence: sentence, End: len(sentence)}}}},
	}
	if _, err := s.Upsert(context.Background(), facts); err != nil {
		t.Fatal(err)
	}
	g := build(t, s, export.Options{})
	for _, f := range []export.Format{export.GraphML, export.GEXF} {
		var buf bytes.Buffer
		if err := export.Write(&buf, g, f); err != nil {
			t.Fatal(err)
		}
		nodes, es := xmlEdges(t, buf.Bytes())
		if nodes[a] != "" && nodes[a] != "Ann <b>&" {
			t.Errorf("%s: label %q", f, nodes[a])
		}
		if len(es) != 1 {
			t.Errorf("%s: %d edges, want 1", f, len(es))
		}
	}
}

var ftmIDRe = regexp.MustCompile(`^[0-9a-zA-Z]([0-9a-zA-Z.\-]*[0-9a-zA-Z])?$`)

// ftmRefs are the entity-valued properties of the schemata we write.
var ftmRefs = []string{"involved", "organizer", "proof", "holder", "post", "organization"}

func TestFtM(t *testing.T) {
	g := build(t, fixtureStore(t), export.Options{})
	var b bytes.Buffer
	if err := export.WriteFtM(&b, g); err != nil {
		t.Fatal(err)
	}
	type entity struct {
		ID         string              `json:"id"`
		Schema     string              `json:"schema"`
		Properties map[string][]string `json:"properties"`
	}
	byID := map[string]entity{}
	var all []entity
	for i, line := range strings.Split(strings.TrimSpace(b.String()), "\n") {
		var e entity
		if err := json.Unmarshal([]byte(line), &e); err != nil {
			t.Fatalf("line %d is not JSON: %v", i+1, err)
		}
		if !ftmIDRe.MatchString(e.ID) {
			t.Errorf("id %q is not a valid FtM entity id", e.ID)
		}
		if _, dup := byID[e.ID]; dup {
			t.Errorf("id %q written twice", e.ID)
		}
		if !slices.Contains([]string{"Person", "Organization", "PublicBody", "Event", "Article", "Position", "Occupancy"}, e.Schema) {
			t.Errorf("%s: unexpected schema %q", e.ID, e.Schema)
		}
		if len(e.Properties["name"]) == 0 && e.Schema != "Occupancy" {
			t.Errorf("%s (%s) has no name", e.ID, e.Schema)
		}
		byID[e.ID] = e
		all = append(all, e)
	}
	for _, e := range all {
		for _, p := range ftmRefs {
			for _, ref := range e.Properties[p] {
				if _, ok := byID[ref]; !ok {
					t.Errorf("%s.%s points to %q, which is not in the export", e.ID, p, ref)
				}
			}
		}
	}
	kov := byID[export.FtMID(graphtest.Kov)]
	if kov.Schema != "Person" || !slices.Contains(kov.Properties["alias"], "Kov") {
		t.Errorf("Kov: %+v", kov)
	}
	m1 := byID[export.FtMID(graphtest.M1)]
	if m1.Schema != "Event" || len(m1.Properties["involved"]) != 2 || len(m1.Properties["proof"]) != 2 ||
		!slices.Contains(m1.Properties["location"], "Lyon") || !slices.Contains(m1.Properties["date"], "2024-05-16") {
		t.Errorf("meeting M1: %+v", m1)
	}
	if e := byID[export.FtMID(graphtest.Germany)]; e.Schema != "PublicBody" || !slices.Contains(e.Properties["country"], "de") {
		t.Errorf("Germany: %+v", e)
	}
}

func TestFtMID(t *testing.T) {
	for _, id := range []string{"person:vladimir-putin", "country:RU", "role:a:b:country:RU", "article:x y", "odd", "bbc-politics-024"} {
		got := export.FtMID(id)
		if !ftmIDRe.MatchString(got) {
			t.Errorf("FtMID(%q) = %q, not a valid FtM id", id, got)
		}
	}
	if export.FtMID("person:a-b") == export.FtMID("org:a-b") {
		t.Error("kinds collide")
	}
}

// Every relationship endpoint of the CSV export is a node id, and every
// row has its header's number of columns (what neo4j-admin checks first).
func TestCSVReferences(t *testing.T) {
	for _, opts := range []export.Options{{}, {Actor: "Kov", Depth: 1}} {
		g := build(t, fixtureStore(t), opts)
		var b bytes.Buffer
		if err := export.WriteCSVZip(&b, g); err != nil {
			t.Fatal(err)
		}
		nodeIDs := map[string]bool{}
		var rels [][]string
		files := 0
		for name, body := range unzip(t, b.Bytes()) {
			files++
			if !strings.HasSuffix(name, ".csv") {
				continue
			}
			r := csv.NewReader(bytes.NewReader(body))
			recs, err := r.ReadAll() // fails on a row with another column count
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			head := recs[0]
			switch head[0] {
			case "id:ID":
				for _, rec := range recs[1:] {
					if nodeIDs[rec[0]] {
						t.Errorf("%s: node id %q written twice", name, rec[0])
					}
					nodeIDs[rec[0]] = true
				}
			case ":START_ID":
				if head[1] != ":END_ID" || head[2] != ":TYPE" {
					t.Errorf("%s: header %v", name, head)
				}
				rels = append(rels, recs[1:]...)
			default:
				t.Errorf("%s: header %v", name, head)
			}
		}
		if files != 16 {
			t.Errorf("%d files in the archive, want 15 CSV and IMPORT.txt", files)
		}
		if len(rels) == 0 {
			t.Fatal("no relationships")
		}
		for _, rel := range rels {
			if !nodeIDs[rel[0]] || !nodeIDs[rel[1]] {
				t.Errorf("relationship %v has an endpoint that is no node", rel)
			}
		}
	}
}

func TestHandler(t *testing.T) {
	h := export.Handler(fixtureStore(t), zerolog.Nop())
	for _, tc := range []struct {
		target   string
		status   int
		ctype    string
		filename string
		code     string
	}{
		{"/export?format=graphml", 200, "application/graphml+xml", "actorgraph.graphml", ""},
		{"/export?format=GEXF&actor=Lena%20Kov", 200, "application/gexf+xml", "actorgraph-lena-kov-depth1.gexf", ""},
		{"/export?format=cytoscape&actor=Kov&depth=2", 200, "application/json", "actorgraph-lena-kov-depth2.cyjs", ""},
		{"/export?format=csv", 200, "application/zip", "actorgraph.csv.zip", ""},
		{"/export?format=ftm&actor=person:lena-kov", 200, "application/x-ndjson", "actorgraph-lena-kov-depth1.ftm.json", ""},
		{"/export", 400, "", "", "INVALID_ARGUMENT"},
		{"/export?format=pdf", 400, "", "", "INVALID_ARGUMENT"},
		{"/export?format=gexf&actor=Kov&depth=x", 400, "", "", "INVALID_ARGUMENT"},
		{"/export?format=gexf&actor=Kov&depth=9", 400, "", "", "INVALID_ARGUMENT"},
		{"/export?format=gexf&depth=2", 400, "", "", "INVALID_ARGUMENT"},
		{"/export?format=gexf&limit=2", 400, "", "", "INVALID_ARGUMENT"},
		{"/export?format=gexf&actor=Nobody", 404, "", "", "NOT_FOUND"},
		{"/export?format=gexf&actor=Ruiz", 409, "", "", "AMBIGUOUS"},
	} {
		w := httptest.NewRecorder()
		h.ServeHTTP(w, httptest.NewRequest(http.MethodGet, tc.target, nil))
		if w.Code != tc.status {
			t.Errorf("%s: status %d, want %d: %s", tc.target, w.Code, tc.status, w.Body)
			continue
		}
		if tc.status == 200 {
			if ct := w.Header().Get("Content-Type"); ct != tc.ctype {
				t.Errorf("%s: content type %q, want %q", tc.target, ct, tc.ctype)
			}
			if cd := w.Header().Get("Content-Disposition"); cd != `attachment; filename=`+tc.filename {
				t.Errorf("%s: content disposition %q, want filename %s", tc.target, cd, tc.filename)
			}
			if w.Body.Len() == 0 {
				t.Errorf("%s: empty body", tc.target)
			}
			continue
		}
		var resp struct {
			Errors []struct {
				Message    string
				Extensions struct {
					Code       string
					Candidates []struct{ ID string }
				}
			}
		}
		if err := json.Unmarshal(w.Body.Bytes(), &resp); err != nil || len(resp.Errors) != 1 {
			t.Errorf("%s: error body %q (%v)", tc.target, w.Body, err)
			continue
		}
		if got := resp.Errors[0].Extensions.Code; got != tc.code {
			t.Errorf("%s: code %q, want %q", tc.target, got, tc.code)
		}
		if tc.code == "AMBIGUOUS" && len(resp.Errors[0].Extensions.Candidates) != 2 {
			t.Errorf("%s: candidates %+v", tc.target, resp.Errors[0].Extensions.Candidates)
		}
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, httptest.NewRequest(http.MethodPost, "/export?format=gexf", nil))
	if w.Code != http.StatusMethodNotAllowed {
		t.Errorf("POST: status %d", w.Code)
	}
}

type failingStore struct{ kg.Store }

func (failingStore) Timeline(context.Context, kg.TimelineQuery) (kg.EventPage, error) {
	return kg.EventPage{}, kg.WrapError(kg.CodeUnavailable, errors.New("connection refused (secret detail)"), "the store is unavailable")
}

func TestHandlerStoreDown(t *testing.T) {
	var logs bytes.Buffer
	h := export.Handler(failingStore{fixtureStore(t)}, zerolog.New(&logs))
	w := httptest.NewRecorder()
	h.ServeHTTP(w, httptest.NewRequest(http.MethodGet, "/export?format=graphml", nil))
	if w.Code != http.StatusServiceUnavailable || strings.Contains(w.Body.String(), "secret") {
		t.Errorf("status %d, body %s", w.Code, w.Body)
	}
	if !strings.Contains(logs.String(), "export failed") {
		t.Errorf("failure not logged: %s", logs.String())
	}
}

// The seed article through the real pipeline: the exports carry the
// Putin–Xi meeting.
func TestSeedExport(t *testing.T) {
	seed := testcorpus.Seed(t)
	ctx := context.Background()
	s, err := embedded.OpenMemory(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ex := func(d kg.Document) *kg.ArticleFacts { return extract.Extract(d, extract.Options{}) }
	sum, err := ingest.Run(ctx, s, ex, []string{seed}, ingest.Options{})
	if err != nil || sum.New != 1 {
		t.Fatalf("ingest seed: %+v, %v", sum, err)
	}
	putin, xi := kg.PersonID("Vladimir Putin"), kg.PersonID("Xi Jinping")
	for _, opts := range []export.Options{{}, {Actor: "Vladimir Putin", Depth: 1}} {
		g := build(t, s, opts)
		for _, f := range []export.Format{export.GraphML, export.GEXF} {
			var b bytes.Buffer
			if err := export.Write(&b, g, f); err != nil {
				t.Fatal(err)
			}
			nodes, es := xmlEdges(t, b.Bytes())
			if nodes[putin] == "" && f == export.GEXF {
				t.Errorf("%s %+v: no Putin node", f, opts)
			}
			if !slices.Contains(es, putin+" "+xi) && !slices.Contains(es, xi+" "+putin) {
				t.Errorf("%s %+v: no Putin–Xi edge among %v", f, opts, es)
			}
			if !bytes.Contains(b.Bytes(), []byte("Beijing")) {
				t.Errorf("%s %+v: the evidence naming Beijing is missing", f, opts)
			}
		}
	}
}
