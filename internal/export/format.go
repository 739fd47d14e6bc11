package export

import (
	"io"
	"strings"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// Format is an export format.
type Format string

const (
	GraphML   Format = "graphml"
	GEXF      Format = "gexf"
	Cytoscape Format = "cytoscape"
	CSV       Format = "csv"
	FtM       Format = "ftm"
)

// Formats lists every format, in the order help texts show them.
var Formats = []Format{GraphML, GEXF, Cytoscape, CSV, FtM}

// ParseFormat reads a format name (case-insensitive).
func ParseFormat(s string) (Format, error) {
	f := Format(strings.ToLower(strings.TrimSpace(s)))
	for _, k := range Formats {
		if f == k {
			return f, nil
		}
	}
	return "", kg.Errorf(kg.CodeInvalidArgument, "unknown export format %q: want graphml, gexf, cytoscape, csv or ftm", s)
}

// ContentType is the media type of the format's single-file output (CSV is
// a zip archive of several files).
func (f Format) ContentType() string {
	switch f {
	case GraphML:
		return "application/graphml+xml"
	case GEXF:
		return "application/gexf+xml"
	case Cytoscape:
		return "application/json"
	case CSV:
		return "application/zip"
	case FtM:
		return "application/x-ndjson"
	}
	return "application/octet-stream"
}

// Extension is the file name extension of the format's single-file output.
func (f Format) Extension() string {
	switch f {
	case GraphML:
		return ".graphml"
	case GEXF:
		return ".gexf"
	case Cytoscape:
		return ".cyjs"
	case CSV:
		return ".csv.zip"
	case FtM:
		return ".ftm.json"
	}
	return ""
}

// Write writes g in format f to w as one file (CSV as a zip archive).
func Write(w io.Writer, g *Graph, f Format) error {
	switch f {
	case GraphML:
		return WriteGraphML(w, g)
	case GEXF:
		return WriteGEXF(w, g)
	case Cytoscape:
		return WriteCytoscape(w, g)
	case CSV:
		return WriteCSVZip(w, g)
	case FtM:
		return WriteFtM(w, g)
	}
	_, err := ParseFormat(string(f))
	return err
}

// evidenceLines flattens evidence into one line per sentence with its
// article, for formats whose attributes are plain strings.
func (g *Graph) evidenceLines(ev []kg.Evidence) string {
	var b strings.Builder
	for i, e := range ev {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(oneLine(e.Sentence))
		a, ok := g.Articles[e.ArticleID]
		b.WriteString(" [")
		if ok && a.Title != "" {
			b.WriteString(oneLine(a.Title))
		} else {
			b.WriteString(e.ArticleID)
		}
		if ok && a.URL != "" {
			b.WriteString(", " + a.URL)
		}
		b.WriteString("]")
	}
	return b.String()
}

func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// kindColor gives each actor kind one colour, the same as the explorer's.
func kindColor(k kg.ActorKind) (r, g, b uint8) {
	switch k {
	case kg.KindPerson:
		return 0x1f, 0x6f, 0xb4
	case kg.KindCountry:
		return 0x2e, 0x8b, 0x57
	case kg.KindOrganization:
		return 0xc0, 0x6a, 0x10
	}
	return 0x77, 0x77, 0x77
}
