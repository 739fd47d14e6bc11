package ingest

import (
	"strings"
	"time"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// fakeExtract is a tiny stand-in for the real extractor, reading a made-up
// line grammar so tests control exactly which facts an article yields:
//
//	"A met B."     a meeting of persons A and B on the article's date
//	"A said W."    a statement by person A with text W
//	"PANIC"        the extractor panics
//	"BADFACT"      an actor the store must refuse (kind and id disagree)
//	"SLOW"         the extractor sleeps, so workers finish out of order
func fakeExtract(doc kg.Document) *kg.ArticleFacts {
	f := &kg.ArticleFacts{Article: doc.Article}
	seen := map[string]int{}
	actor := func(name string) string {
		a := kg.Actor{ID: kg.PersonID(name), Kind: kg.KindPerson, Name: name}
		if i, ok := seen[a.ID]; ok {
			f.Mentions[i].Count++
			return a.ID
		}
		seen[a.ID] = len(f.Mentions)
		f.Actors = append(f.Actors, a)
		f.Mentions = append(f.Mentions, kg.Mention{ActorID: a.ID, Count: 1})
		return a.ID
	}
	off := 0
	for _, line := range strings.Split(doc.Text, "\n") {
		start, end := off, off+len(line)
		off = end + 1
		ev := []kg.Evidence{{ArticleID: doc.Article.ID, Sentence: line, Start: start, End: end}}
		s := strings.TrimSuffix(line, ".")
		switch {
		case s == "PANIC":
			panic("fake extractor: told to panic")
		case s == "SLOW":
			time.Sleep(20 * time.Millisecond)
		case s == "BADFACT":
			f.Actors = append(f.Actors, kg.Actor{ID: "org:mismatch", Kind: kg.KindPerson, Name: "Mismatch"})
		case strings.Contains(s, " met "):
			a, b, _ := strings.Cut(s, " met ")
			if !nameLike(a) || !nameLike(b) {
				continue
			}
			ids := []string{actor(a), actor(b)}
			f.Meetings = append(f.Meetings, kg.Meeting{
				ID:   kg.MeetingID(kg.StatusOccurred, doc.Article.Published, ids, doc.Article.ID),
				Kind: kg.MeetingMeeting, Status: kg.StatusOccurred, Date: doc.Article.Published,
				Participants: []kg.Participant{{ActorID: ids[0]}, {ActorID: ids[1]}},
				Evidence:     ev,
			})
		case strings.Contains(s, " said "):
			a, w, _ := strings.Cut(s, " said ")
			if !nameLike(a) {
				continue
			}
			id := actor(a)
			f.Statements = append(f.Statements, kg.Statement{
				ID: kg.StatementID(id, "", w), SpeakerID: id, Text: w, Date: doc.Article.Published, Evidence: ev,
			})
		}
	}
	return f
}

// nameLike accepts one to three capitalised words, so that on real text
// the fake extractor picks only plausible names ("Smith said ...").
func nameLike(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 3 {
		return false
	}
	for _, w := range words {
		if w[0] < 'A' || w[0] > 'Z' || strings.ContainsAny(w, ",;:\"()") {
			return false
		}
	}
	return true
}
