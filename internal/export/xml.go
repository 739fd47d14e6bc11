package export

import (
	"encoding/xml"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// xmlWriter streams elements through encoding/xml (which escapes text and
// attributes and replaces characters XML cannot hold), keeping the first
// error.
type xmlWriter struct {
	enc *xml.Encoder
	err error
}

func newXMLWriter(w io.Writer) *xmlWriter {
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return &xmlWriter{err: err}
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	return &xmlWriter{enc: enc}
}

func attr(name, value string) xml.Attr { return xml.Attr{Name: xml.Name{Local: name}, Value: value} }

func (x *xmlWriter) start(name string, attrs ...xml.Attr) {
	if x.err == nil {
		x.err = x.enc.EncodeToken(xml.StartElement{Name: xml.Name{Local: name}, Attr: attrs})
	}
}

func (x *xmlWriter) end(name string) {
	if x.err == nil {
		x.err = x.enc.EncodeToken(xml.EndElement{Name: xml.Name{Local: name}})
	}
}

func (x *xmlWriter) empty(name string, attrs ...xml.Attr) {
	x.start(name, attrs...)
	x.end(name)
}

func (x *xmlWriter) text(name, s string, attrs ...xml.Attr) {
	x.start(name, attrs...)
	if x.err == nil {
		x.err = x.enc.EncodeToken(xml.CharData(s))
	}
	x.end(name)
}

func (x *xmlWriter) close() error {
	if x.err == nil {
		x.err = x.enc.Close()
	}
	return x.err
}

// attribute is one column of node or edge data shared by GraphML and GEXF.
type attribute struct {
	id, typ string // typ: string, int, double
}

var nodeAttrs = []attribute{
	{"kind", "string"}, {"aliases", "string"}, {"iso", "string"}, {"orgKind", "string"},
	{"roles", "string"}, {"depth", "int"},
}

var edgeAttrs = []attribute{
	{"kind", "string"}, {"directed", "boolean"}, {"weight", "double"}, {"first", "string"}, {"last", "string"},
	{"linkIds", "string"}, {"evidence", "string"},
}

// gexfEdgeAttrs leaves out weight: GEXF edges carry it as their own
// attribute, and Gephi would see a second "weight" column.
var gexfEdgeAttrs = slices.DeleteFunc(slices.Clone(edgeAttrs), func(a attribute) bool { return a.id == "weight" })

// nodeValues returns an actor's attribute values ("" = absent).
func (g *Graph) nodeValues(a kg.Actor) map[string]string {
	v := map[string]string{
		"kind":    string(a.Kind),
		"aliases": strings.Join(a.Aliases, "; "),
		"iso":     a.ISO,
		"orgKind": a.OrgKind,
		"roles":   g.rolesOf(a.ID),
	}
	if d, ok := g.ActorDepth[a.ID]; ok {
		v["depth"] = strconv.Itoa(d)
	}
	return v
}

// rolesOf lists a person's exported roles: "President of Russia (2024-05-16)".
func (g *Graph) rolesOf(id string) string {
	var out []string
	for _, r := range g.Roles {
		if r.PersonID != id {
			continue
		}
		s := r.Title
		if of := g.Actor(r.OfID); of != nil {
			s += " of " + of.Name
		}
		if !r.AsOf.IsZero() {
			s += " (" + r.AsOf.String() + ")"
		}
		out = append(out, s)
	}
	return strings.Join(out, "; ")
}

func (g *Graph) edgeValues(e Edge) map[string]string {
	return map[string]string{
		"kind":     e.Kind,
		"directed": strconv.FormatBool(e.Directed()),
		"weight":   strconv.Itoa(e.Weight),
		"first":    e.First.String(),
		"last":     e.Last.String(),
		"linkIds":  strings.Join(e.LinkIDs, " "),
		"evidence": g.evidenceLines(g.EdgeEvidence(e)),
	}
}

// WriteGraphML writes g as GraphML 1.0 (graphml.graphdrawing.org), which
// Gephi, Cytoscape, yEd, networkx and igraph read. The graph is
// undirected: several of those tools refuse graphs that mix directed and
// undirected edges, so the direction of SAID_ABOUT and HOLDS_ROLE edges is
// their source-to-target order plus a "directed" attribute. Gephi takes
// the "label" keys as labels and "weight" as the edge weight.
func WriteGraphML(w io.Writer, g *Graph) error {
	x := newXMLWriter(w)
	x.start("graphml",
		attr("xmlns", "http://graphml.graphdrawing.org/xmlns"),
		attr("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
		attr("xsi:schemaLocation", "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"))
	x.text("desc", g.Title())
	key := func(id, forWhat, name, typ string) {
		x.empty("key", attr("id", id), attr("for", forWhat), attr("attr.name", name), attr("attr.type", typ))
	}
	key("label", "node", "label", "string")
	for _, a := range nodeAttrs {
		key("n_"+a.id, "node", a.id, a.typ)
	}
	key("e_label", "edge", "label", "string")
	for _, a := range edgeAttrs {
		key("e_"+a.id, "edge", a.id, a.typ)
	}
	x.start("graph", attr("id", "actorgraph"), attr("edgedefault", "undirected"))
	for _, a := range g.Actors {
		x.start("node", attr("id", a.ID))
		x.text("data", a.Name, attr("key", "label"))
		vals := g.nodeValues(a)
		for _, at := range nodeAttrs {
			if v := vals[at.id]; v != "" {
				x.text("data", v, attr("key", "n_"+at.id))
			}
		}
		x.end("node")
	}
	for _, e := range g.Edges {
		x.start("edge", attr("id", e.ID), attr("source", e.Source), attr("target", e.Target))
		x.text("data", g.EdgeLabel(e), attr("key", "e_label"))
		vals := g.edgeValues(e)
		for _, at := range edgeAttrs {
			if v := vals[at.id]; v != "" {
				x.text("data", v, attr("key", "e_"+at.id))
			}
		}
		x.end("edge")
	}
	x.end("graph")
	x.end("graphml")
	if err := x.close(); err != nil {
		return fmt.Errorf("write graphml: %w", err)
	}
	return nil
}

// WriteGEXF writes g as GEXF 1.3 (gexf.net), Gephi's own format, with node
// colours and sizes in the viz namespace. Edges carry weight and label;
// kinds, dates, link ids and evidence are attributes.
func WriteGEXF(w io.Writer, g *Graph) error {
	x := newXMLWriter(w)
	x.start("gexf",
		attr("xmlns", "http://gexf.net/1.3"),
		attr("xmlns:viz", "http://gexf.net/1.3/viz"),
		attr("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
		attr("xsi:schemaLocation", "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd"),
		attr("version", "1.3"))
	x.start("meta")
	x.text("creator", "actorgraph")
	x.text("description", g.Title())
	x.end("meta")
	x.start("graph", attr("defaultedgetype", "undirected"), attr("mode", "static"))
	decl := func(class string, as []attribute) {
		x.start("attributes", attr("class", class), attr("mode", "static"))
		for _, a := range as {
			typ := a.typ
			if typ == "int" {
				typ = "integer"
			}
			x.empty("attribute", attr("id", a.id), attr("title", a.id), attr("type", typ))
		}
		x.end("attributes")
	}
	decl("node", nodeAttrs)
	decl("edge", gexfEdgeAttrs)
	x.start("nodes", attr("count", strconv.Itoa(len(g.Actors))))
	degree := map[string]int{}
	for _, e := range g.Edges {
		degree[e.Source] += e.Weight
		degree[e.Target] += e.Weight
	}
	for _, a := range g.Actors {
		x.start("node", attr("id", a.ID), attr("label", a.Name))
		attvalues(x, nodeAttrs, g.nodeValues(a))
		r, gr, b := kindColor(a.Kind)
		x.empty("viz:color", attr("r", strconv.Itoa(int(r))), attr("g", strconv.Itoa(int(gr))), attr("b", strconv.Itoa(int(b))))
		x.empty("viz:size", attr("value", strconv.Itoa(10+min(degree[a.ID], 40))))
		x.end("node")
	}
	x.end("nodes")
	x.start("edges", attr("count", strconv.Itoa(len(g.Edges))))
	for _, e := range g.Edges {
		typ := "undirected"
		if e.Directed() {
			typ = "directed"
		}
		x.start("edge", attr("id", e.ID), attr("source", e.Source), attr("target", e.Target),
			attr("type", typ), attr("weight", strconv.Itoa(e.Weight)), attr("label", g.EdgeLabel(e)))
		attvalues(x, gexfEdgeAttrs, g.edgeValues(e))
		x.end("edge")
	}
	x.end("edges")
	x.end("graph")
	x.end("gexf")
	if err := x.close(); err != nil {
		return fmt.Errorf("write gexf: %w", err)
	}
	return nil
}

func attvalues(x *xmlWriter, as []attribute, vals map[string]string) {
	opened := false
	for _, a := range as {
		v := vals[a.id]
		if v == "" {
			continue
		}
		if !opened {
			x.start("attvalues")
			opened = true
		}
		x.empty("attvalue", attr("for", a.id), attr("value", v))
	}
	if opened {
		x.end("attvalues")
	}
}
