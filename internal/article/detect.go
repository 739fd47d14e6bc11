package article

import (
	"bytes"
	"encoding/json"
)

// detect picks a format from the name's extension, then from the content.
// The content decides where an extension is vague: a .json file holding
// JSON Lines, an .xml file holding XHTML.
func detect(path string, head []byte) Format {
	byName, _ := formatOfName(path)
	if path == "-" {
		byName = FormatAuto
	}
	switch byName {
	case FormatText, FormatJSONL, FormatHTML:
		return byName
	case FormatJSON:
		if f := sniff(head); f == FormatJSONL {
			return FormatJSONL
		}
		return FormatJSON
	case FormatFeed:
		if f := sniff(head); f == FormatHTML {
			return FormatHTML
		}
		return FormatFeed
	}
	return sniff(head)
}

// sniff guesses a format from the first bytes of a file.
func sniff(head []byte) Format {
	h := bytes.TrimLeft(trimBOM(head), " \t\r\n")
	if len(h) == 0 {
		return FormatText
	}
	switch h[0] {
	case '[':
		return FormatJSON
	case '{':
		// JSON Lines when the first line is a whole JSON value by itself; a
		// pretty-printed object spreads over several lines. A first line
		// longer than the sniffed window is one long record: JSON Lines.
		nl := bytes.IndexByte(h, '\n')
		if nl < 0 {
			if len(head) >= sniffLen {
				return FormatJSONL
			}
			return FormatJSON // the whole file is one line: one object
		}
		if json.Valid(bytes.TrimSpace(h[:nl])) {
			return FormatJSONL
		}
		return FormatJSON
	case '<':
		low := bytes.ToLower(h)
		if bytes.Contains(low, []byte("<rss")) || bytes.Contains(low, []byte("<feed")) || bytes.Contains(low, []byte("<rdf:rdf")) {
			return FormatFeed
		}
		for _, tag := range []string{"<!doctype html", "<html", "<head", "<body", "<article", "<div", "<p>", "<p ", "<meta", "<title", "<!--"} {
			if bytes.Contains(low, []byte(tag)) {
				return FormatHTML
			}
		}
		if bytes.HasPrefix(low, []byte("<?xml")) {
			return FormatFeed
		}
	}
	return FormatText
}
