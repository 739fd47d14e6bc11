package article

import (
	"crypto/sha256"
	"encoding/hex"
	"regexp"
	"strings"
	"time"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// Fields are an article's parts as a source gives them, before clean-up.
type Fields struct {
	ID          string
	Title       string
	Text        string
	PublishedAt string // a date or datetime; see ParsePublished
	Source      string
	URL         string
}

// ErrNoText is the error (BAD_INPUT) of an article with no text after
// clean-up; callers add where it came from.
var ErrNoText = kg.Errorf(kg.CodeBadInput, "no article text")

// Document cleans the fields and builds the document: the text and title
// cleaned, the id kept or made from the content hash, the published date
// read at day precision. origin names the source in messages. A date that
// cannot be read is dropped and returned as dateErr (the article is still
// good); a missing text is ErrNoText.
func (f Fields) Document(origin string) (doc kg.Document, dateErr error, err error) {
	text := CleanText(f.Text)
	if text == "" {
		return kg.Document{}, nil, ErrNoText
	}
	title := CleanTitle(f.Title)
	hash := ContentHash(title, text)
	id := strings.TrimSpace(f.ID)
	if id == "" {
		id = hash[:16]
	}
	pub, dateErr := ParsePublished(f.PublishedAt)
	doc = kg.Document{
		Article: kg.Article{
			ID:          id,
			Title:       title,
			URL:         strings.TrimSpace(f.URL),
			Source:      CleanTitle(f.Source),
			Published:   pub,
			ContentHash: hash,
		},
		Text:   text,
		Origin: origin,
	}
	return doc, dateErr, nil
}

// ContentHash is the hex sha256 of a cleaned title and text; an article id
// made from content is its first 16 characters.
func ContentHash(title, text string) string {
	h := sha256.New()
	h.Write([]byte(title))
	h.Write([]byte{0})
	h.Write([]byte(text))
	return hex.EncodeToString(h.Sum(nil))
}

var dateLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04:05",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04",
	time.RFC1123Z,
	time.RFC1123,
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04:05 MST",
	"2 Jan 2006 15:04:05 -0700",
	"Mon, 02 Jan 2006",
	"2 Jan 2006",
	"January 2, 2006",
	"Jan 2, 2006",
	"2 January 2006",
	"20060102",
}

var partialRE = regexp.MustCompile(`^\d{4}(?:-\d{2}(?:-\d{2})?)?$`)

// ParsePublished reads a publication date: YYYY, YYYY-MM or YYYY-MM-DD
// (kept at that precision), or a datetime in the usual feed and API
// layouts, whose calendar date as written is kept (no time-zone shift: the
// article's own date is what its "on Tuesday" refers to). "" is unknown.
func ParsePublished(s string) (kg.PartialDate, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return kg.PartialDate{}, nil
	}
	if partialRE.MatchString(s) {
		return kg.ParsePartialDate(s)
	}
	for _, layout := range dateLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			d := kg.DateOf(t)
			if err := d.Validate(); err != nil {
				return kg.PartialDate{}, err
			}
			return d, nil
		}
	}
	return kg.PartialDate{}, kg.Errorf(kg.CodeInvalidArgument, "unreadable date %q", s)
}

// maxHeadline is the longest first line taken as a headline.
const maxHeadline = 300

var headerKeys = map[string]string{
	"id": "id", "title": "title", "headline": "title",
	"published": "published", "published_at": "published", "date": "published",
	"source": "source", "url": "url",
}

// parseText splits a plain-text article into its fields: an optional
// header block, then the headline line, then the text.
func parseText(s string) Fields {
	s = strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
	s = strings.TrimLeft(strings.TrimPrefix(s, "\uFEFF"), " \t\n")
	var f Fields
	if hdr, rest, ok := strings.Cut(s, "\n\n"); ok {
		if fields, ok := parseHeader(hdr); ok {
			f = fields
			s = strings.TrimLeft(rest, " \t\n")
		}
	}
	if f.Title == "" {
		first, rest, _ := strings.Cut(s, "\n")
		if t := CleanTitle(first); t != "" && len([]rune(t)) <= maxHeadline {
			f.Title = t
			s = rest
		}
	}
	f.Text = s
	return f
}

func parseHeader(block string) (Fields, bool) {
	var f Fields
	for _, line := range strings.Split(block, "\n") {
		k, v, ok := strings.Cut(line, ":")
		if !ok {
			return Fields{}, false
		}
		key, known := headerKeys[strings.ToLower(strings.TrimSpace(k))]
		if !known {
			return Fields{}, false
		}
		v = strings.TrimSpace(v)
		switch key {
		case "id":
			f.ID = v
		case "title":
			f.Title = v
		case "published":
			f.PublishedAt = v
		case "source":
			f.Source = v
		case "url":
			f.URL = v
		}
	}
	return f, true
}
