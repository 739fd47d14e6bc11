package article

import (
	"bytes"
	"fmt"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"
	"github.com/rs/zerolog"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// loadFeed reads an RSS, Atom or RDF feed: one article per item. An item's
// text is its full content when the feed carries it, else its description
// (HTML rendered as text); its id is the item's GUID, else its link, else
// the content hash; its date the item's published (else updated) date as
// written; its source the feed's title. Items are named path[i] (0-based).
func loadFeed(s *source) {
	b, ok := s.readWhole()
	if !ok {
		return
	}
	feed, err := gofeed.NewParser().Parse(bytes.NewReader(b))
	if err != nil {
		s.problem(0, err, "broken feed")
		return
	}
	if len(feed.Items) == 0 {
		s.problem(0, nil, "feed has no items")
		return
	}
	source := strings.TrimSpace(feed.Title)
	for i, it := range feed.Items {
		if it == nil {
			continue
		}
		origin := fmt.Sprintf("%s[%d]", s.path, i)
		f, err := feedItem(it, source)
		if err == nil {
			var doc kg.Document
			var dateErr error
			doc, dateErr, err = f.Document(origin)
			if err == nil {
				if dateErr != nil {
					log := zerolog.Ctx(s.ctx)
					log.Warn().Str("origin", origin).Err(dateErr).Msg("published date ignored")
				}
				if s.emit(doc, 0) != nil {
					return
				}
				continue
			}
		}
		what, cause := explain(err)
		s.opts.OnError(s.path, badInput(origin, 0, cause, what))
	}
}

func feedItem(it *gofeed.Item, source string) (Fields, error) {
	body := it.Content
	if strings.TrimSpace(body) == "" {
		body = it.Description
	}
	text, err := htmlToText(body)
	if err != nil {
		return Fields{}, &causeError{"broken HTML in feed item", err}
	}
	f := Fields{
		ID:     strings.TrimSpace(it.GUID),
		Title:  htmlTitle(it.Title),
		Text:   text,
		Source: source,
		URL:    strings.TrimSpace(it.Link),
	}
	if f.ID == "" {
		f.ID = f.URL
	}
	// The date as written in the feed: gofeed's parsed times are in UTC,
	// which moves an evening story to the next day.
	for _, d := range []struct {
		raw    string
		parsed *time.Time
	}{{it.Published, it.PublishedParsed}, {it.Updated, it.UpdatedParsed}} {
		if _, err := ParsePublished(d.raw); err == nil && strings.TrimSpace(d.raw) != "" {
			f.PublishedAt = d.raw
			break
		}
		if d.parsed != nil {
			f.PublishedAt = d.parsed.Format("2006-01-02")
			break
		}
	}
	return f, nil
}

// htmlTitle renders a title that may hold entities or tags.
func htmlTitle(s string) string {
	if t, err := htmlToText(s); err == nil {
		return t
	}
	return s
}
