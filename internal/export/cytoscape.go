package export

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// Cytoscape.js elements JSON (js.cytoscape.org, "elements" as an object
// of nodes and edges), with the header Cytoscape desktop's .cyjs import
// expects. Node data has "name" (Cytoscape desktop's label column) and
// "label"; edge data has "weight" and the evidence as objects.

type cyDoc struct {
	FormatVersion string         `json:"format_version"`
	GeneratedBy   string         `json:"generated_by"`
	Target        string         `json:"target_cytoscapejs_version"`
	Data          map[string]any `json:"data"`
}

type cyNode struct {
	ID      string       `json:"id"`
	Name    string       `json:"name"`
	Label   string       `json:"label"`
	Kind    kg.ActorKind `json:"kind"`
	Aliases []string     `json:"aliases"`
	ISO     string       `json:"iso,omitempty"`
	OrgKind string       `json:"orgKind,omitempty"`
	Roles   string       `json:"roles,omitempty"`
	Depth   *int         `json:"depth,omitempty"`
	Color   string       `json:"color"`
}

type cyEvidence struct {
	Link         string `json:"link"`
	Sentence     string `json:"sentence"`
	ArticleID    string `json:"articleId"`
	ArticleTitle string `json:"articleTitle,omitempty"`
	URL          string `json:"url,omitempty"`
	Published    string `json:"published,omitempty"`
}

type cyEdge struct {
	ID       string       `json:"id"`
	Source   string       `json:"source"`
	Target   string       `json:"target"`
	Kind     string       `json:"kind"`
	Label    string       `json:"label"`
	Directed bool         `json:"directed"`
	Weight   int          `json:"weight"`
	First    string       `json:"first,omitempty"`
	Last     string       `json:"last,omitempty"`
	LinkIDs  []string     `json:"linkIds"`
	Evidence []cyEvidence `json:"evidence"`
}

// WriteCytoscape writes g as Cytoscape.js JSON, one element per line so
// large graphs stream.
func WriteCytoscape(w io.Writer, g *Graph) error {
	bw := bufio.NewWriter(w)
	head := cyDoc{FormatVersion: "1.0", GeneratedBy: "actorgraph", Target: "~3.30",
		Data: map[string]any{"name": g.Title(), "shared_name": g.Title(), "truncated": g.Truncated}}
	if g.Centre != nil {
		head.Data["centre"] = g.Centre.ID
		head.Data["depth"] = g.Depth
	}
	hb, err := marshal(head)
	if err != nil {
		return fmt.Errorf("write cytoscape: %w", err)
	}
	// The header's closing brace is replaced by the elements object.
	bw.Write(hb[:len(hb)-1])
	bw.WriteString(`,"elements":{"nodes":[`)
	write := func(i int, data any) error {
		if i > 0 {
			bw.WriteString(",")
		}
		bw.WriteString("\n")
		b, err := marshal(map[string]any{"data": data})
		if err != nil {
			return err
		}
		_, err = bw.Write(b)
		return err
	}
	for i, a := range g.Actors {
		r, gr, b := kindColor(a.Kind)
		n := cyNode{ID: a.ID, Name: a.Name, Label: a.Name, Kind: a.Kind, Aliases: a.Aliases, ISO: a.ISO,
			OrgKind: a.OrgKind, Roles: g.rolesOf(a.ID), Color: fmt.Sprintf("#%02x%02x%02x", r, gr, b)}
		if n.Aliases == nil {
			n.Aliases = []string{}
		}
		if d, ok := g.ActorDepth[a.ID]; ok {
			n.Depth = &d
		}
		if err := write(i, n); err != nil {
			return fmt.Errorf("write cytoscape: %w", err)
		}
	}
	bw.WriteString("\n],\"edges\":[")
	for i, e := range g.Edges {
		ce := cyEdge{ID: e.ID, Source: e.Source, Target: e.Target, Kind: e.Kind, Label: g.EdgeLabel(e),
			Directed: e.Directed(), Weight: e.Weight, First: e.First.String(), Last: e.Last.String(),
			LinkIDs: e.LinkIDs, Evidence: []cyEvidence{}}
		for _, id := range e.LinkIDs {
			for _, ev := range g.linkIndex[id].evidence {
				ce.Evidence = append(ce.Evidence, g.cyEvidence(id, ev))
			}
		}
		if err := write(i, ce); err != nil {
			return fmt.Errorf("write cytoscape: %w", err)
		}
	}
	bw.WriteString("\n]}}\n")
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write cytoscape: %w", err)
	}
	return nil
}

func (g *Graph) cyEvidence(link string, ev kg.Evidence) cyEvidence {
	out := cyEvidence{Link: link, Sentence: ev.Sentence, ArticleID: ev.ArticleID}
	if a, ok := g.Articles[ev.ArticleID]; ok {
		out.ArticleTitle, out.URL, out.Published = a.Title, a.URL, a.Published.String()
	}
	return out
}

// marshal is json.Marshal without HTML escaping: sentences keep their "<"
// and "&" readable, and no newline is appended.
func marshal(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(b.Bytes(), []byte("\n")), nil
}
