package article

import (
	"strings"
	"unicode/utf8"

	"codeberg.org/readeck/go-readability/v2"
	"codeberg.org/readeck/go-readability/v2/render"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
)

// maxHTMLElements bounds the pages readability is asked to score; a news
// page has a few thousand elements.
const maxHTMLElements = 300000

// minHTMLText is the least text (in letters) a page must yield to count as
// an article rather than a navigation or error page.
const minHTMLText = 40

// loadHTML reads one web page as an article: readability (a port of
// Firefox's Reader View) finds the main text and drops navigation,
// scripts, comments and asides; the title, date, site name and canonical
// URL come from the page's meta tags (and JSON-LD). The byline is read
// but kg.Article has no field for it yet.
func loadHTML(s *source) {
	b, ok := s.readWhole()
	if !ok {
		return
	}
	str, err := decodeHTML(b)
	if err != nil {
		s.problem(0, err, "invalid text encoding")
		return
	}
	f, err := parseHTML(str)
	if err != nil {
		s.fail(0, err)
		return
	}
	s.build(f, s.path, 0)
}

// decodeHTML converts a page to UTF-8 using its declared charset (BOM,
// <meta charset>), falling back to the Windows-1252 rule for undeclared
// pages that are not UTF-8.
func decodeHTML(b []byte) (string, error) {
	enc, name, _ := charset.DetermineEncoding(b, "text/html")
	if name == "utf-8" || name == "" || enc == nil {
		str, _, err := decodeText(b)
		return str, err
	}
	out, err := enc.NewDecoder().Bytes(b)
	if err != nil {
		return "", err
	}
	if !utf8.Valid(out) {
		return "", errEncoding
	}
	return string(trimBOM(out)), nil
}

// parseHTML extracts the article fields of a page.
func parseHTML(page string) (Fields, error) {
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		return Fields{}, &causeError{"broken HTML", err}
	}
	meta := scanMeta(doc)
	p := readability.NewParser()
	p.MaxElemsToParse = maxHTMLElements
	art, err := p.ParseAndMutate(doc, nil)
	if err != nil {
		return Fields{}, &causeError{"no article found in HTML", err}
	}
	if art.Node == nil {
		return Fields{}, &causeError{what: "no article found in HTML"}
	}
	text := render.InnerText(art.Node)
	if letters(text) < minHTMLText {
		return Fields{}, &causeError{what: "no article found in HTML (too little text)"}
	}
	text = dropByline(text, art.Byline())
	f := Fields{Title: art.Title(), Text: text, Source: art.SiteName(), URL: meta.url}
	if f.Title == "" {
		f.Title = meta.title
	}
	if t, err := art.PublishedTime(); err == nil {
		f.PublishedAt = t.Format("2006-01-02")
	} else if meta.date != "" {
		f.PublishedAt = meta.date
	}
	return f, nil
}

type pageMeta struct {
	url, date, title string
}

// dateMetaNames are <meta name> values that carry a publication date on
// pages readability's metadata rules do not cover.
var dateMetaNames = map[string]bool{
	"date": true, "pubdate": true, "publishdate": true, "publish-date": true, "publish_date": true,
	"article.published": true, "article:published_time": true, "sailthru.date": true, "dc.date": true,
	"dc.date.issued": true, "dcterms.date": true, "og:article:published_time": true,
}

// scanMeta reads the canonical URL, a publication date and the <title>
// before readability rewrites the tree.
func scanMeta(doc *html.Node) pageMeta {
	var m pageMeta
	var ogURL, timeDate string
	var walk func(n *html.Node, depth int)
	walk = func(n *html.Node, depth int) {
		if depth > 512 {
			return // absurdly deep pages: metadata lives near the top
		}
		if n.Type == html.ElementNode {
			switch n.Data {
			case "link":
				if strings.EqualFold(attr(n, "rel"), "canonical") && m.url == "" {
					m.url = strings.TrimSpace(attr(n, "href"))
				}
			case "meta":
				key := strings.ToLower(attr(n, "name") + attr(n, "property") + attr(n, "itemprop"))
				content := strings.TrimSpace(attr(n, "content"))
				switch {
				case key == "og:url" && ogURL == "":
					ogURL = content
				case (dateMetaNames[key] || key == "datepublished") && m.date == "":
					if _, err := ParsePublished(content); err == nil {
						m.date = content
					}
				}
			case "time":
				if timeDate == "" {
					if d := strings.TrimSpace(attr(n, "datetime")); d != "" {
						if _, err := ParsePublished(d); err == nil {
							timeDate = d
						}
					}
				}
			case "title":
				if m.title == "" && n.FirstChild != nil {
					m.title = n.FirstChild.Data
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, depth+1)
		}
	}
	walk(doc, 0)
	if m.url == "" {
		m.url = ogURL
	}
	if m.date == "" {
		m.date = timeDate
	}
	return m
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

// htmlToText renders an HTML fragment (a feed item's content) as text
// with paragraph breaks; scripts and styles carry no text.
func htmlToText(fragment string) (string, error) {
	if !strings.Contains(fragment, "<") && !strings.Contains(fragment, "&") {
		return fragment, nil // plain text already
	}
	nodes, err := html.ParseFragment(strings.NewReader(fragment), &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div})
	if err != nil {
		return "", err
	}
	root := &html.Node{Type: html.ElementNode, Data: "div"}
	for _, n := range nodes {
		root.AppendChild(n)
	}
	dropElements(root, "script", "style", "noscript", "iframe", "nav", "form")
	return render.InnerText(root), nil
}

func dropElements(n *html.Node, tags ...string) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == html.ElementNode {
			drop := false
			for _, t := range tags {
				if c.Data == t {
					drop = true
					break
				}
			}
			if drop {
				n.RemoveChild(c)
				c = next
				continue
			}
			dropElements(c, tags...)
		}
		c = next
	}
}

// dropByline removes a leading "By Name" line that repeats the byline the
// page's metadata already gave: it is not part of the story.
func dropByline(text, byline string) string {
	byline = strings.TrimSpace(byline)
	if byline == "" {
		return text
	}
	trimmed := strings.TrimLeft(text, " \n")
	first, rest, _ := strings.Cut(trimmed, "\n")
	first = strings.TrimSpace(first)
	if strings.EqualFold(first, byline) || strings.EqualFold(first, "By "+byline) {
		return rest
	}
	return text
}
