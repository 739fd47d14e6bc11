package events

import (
	"strings"

	"github.com/actorgraph/actorgraph/internal/extract/gazetteer"
	"github.com/actorgraph/actorgraph/internal/extract/mentions"
	"github.com/actorgraph/actorgraph/internal/extract/segment"
)

// appointVerb: verbs that give a person a post written after the name
// ("named X president", "X was elected chairman").
func appointVerb(w string) bool {
	switch w {
	case "named", "appointed", "elected", "promoted", "nominated", "re-elected", "reelected":
		return true
	}
	return false
}

// appointedRoles reads a post given by an appointment verb with the
// title after the name: "Acme said it named X president and chief
// executive", "X has been appointed chairman of Acme", "elected Y as
// treasurer of the company". The post's body is an organization named
// right after "of", or, for "of its", "of the company", "of the board"
// or no "of", the organization that opens the sentence as its subject.
// The name must be followed by the title with no comma (", director of
// ..." is an apposition the other rules read), and the title phrase must
// close (a stop, comma, "effective", "succeeding", ...) so that "named X
// president of its Y unit" (a unit's post) gives nothing.
func (x *extractor) appointedRoles() {
	for si := range x.d.Sentences {
		s := &x.d.Sentences[si]
		if s.Headline || s.Dateline {
			continue
		}
		for k := s.First; k+2 < s.Last; k++ {
			if x.d.Tokens[k].Kind != segment.Word || x.d.Tokens[k].Has(segment.FlagInQuote) {
				continue
			}
			w := x.lower(k)
			person, pFirst, j := -1, -1, -1
			switch {
			case appointVerb(w):
				if pm := x.mentionAt(k + 1); pm >= 0 && x.md.Mentions[pm].Kind == mentions.Person && int(x.md.Mentions[pm].First) == k+1 && x.md.Mentions[pm].Entity >= 0 {
					// active: "named X president"
					person, pFirst, j = x.md.Mentions[pm].Entity, k+1, int(x.md.Mentions[pm].Last)
					if j+4 < s.Last && x.lower(j) == "to" && x.lower(j+1) == "the" {
						// "named X to the new post of vice chairman"
						q := j + 2
						if x.lower(q) == "new" {
							q++
						}
						if q+1 < s.Last && (x.lower(q) == "post" || x.lower(q) == "position") && x.lower(q+1) == "of" {
							j = q + 2
						}
					}
				} else if b := k - 1; b > s.First {
					// passive: "X was named president", "X, who has been elected chairman"
					switch x.lower(b) {
					case "was", "been", "is", "be":
						person, pFirst = x.appointedSubject(si, b)
						j = k + 1
					}
				}
			case w == "became" || w == "becomes" || w == "become":
				// "X became chairman", "X, who will become chief executive"
				person, pFirst = x.appointedSubject(si, k)
				j = k + 1
			case w == "remains" || w == "remain" || (w == "is" || w == "been") && x.relativeCopula(si, k):
				// "succeeding Y, who remains chairman", "X, who is also
				// president of Y": a post the person holds now
				person, pFirst = x.appointedSubject(si, k)
				j = k + 1
				if j < s.Last && (x.lower(j) == "also" || x.lower(j) == "now" || x.lower(j) == "currently" || x.lower(j) == "still") {
					j++
				}
			case (w == "took" || w == "take" || w == "takes") && k+2 < s.Last && x.lower(k+1) == "over" && x.lower(k+2) == "as":
				// "X took over as chairman", "X will take over as its director"
				person, pFirst = x.appointedSubject(si, k)
				j = k + 2
			case w == "succeeds" || w == "succeeded" || w == "succeed" || w == "replaces" || w == "replaced" || w == "replace":
				// "X succeeds Y as president": the post after "as"
				pm := x.mentionAt(k + 1)
				if pm < 0 || x.md.Mentions[pm].Kind != mentions.Person || int(x.md.Mentions[pm].First) != k+1 {
					continue
				}
				if e := int(x.md.Mentions[pm].Last); e < s.Last && x.lower(e) == "as" {
					person, pFirst = x.appointedSubject(si, k)
					j = e
				}
			default:
				continue
			}
			if person < 0 || !x.isPerson(person) || j >= s.Last {
				continue
			}
			if x.lower(j) == "as" {
				j++
			}
			its := false
			if j < s.Last && (x.lower(j) == "the" || x.lower(j) == "its") {
				its = x.lower(j) == "its"
				j++
			} else if j < s.Last && (x.lower(j) == "a" || x.lower(j) == "an") && appointVerb(w) {
				j++ // "X has been named an executive vice president": one of several holders, still the post
			}
			if j < s.Last && x.lower(j) == "new" {
				j++
			}
			var posts []string
			for j < s.Last {
				p, n := x.appointedPost(j, s.Last)
				if n == 0 {
					break
				}
				posts = append(posts, p)
				j += n
				if j+1 < s.Last && x.lower(j) == "and" {
					if _, n2 := x.appointedPost(j+1, s.Last); n2 > 0 {
						if pm := x.mentionAt(j + 1 + n2); pm >= 0 && x.md.Mentions[pm].Kind == mentions.Person && int(x.md.Mentions[pm].First) == j+1+n2 {
							break // "named chairman and vice president-sales Y has been named ...": the next post is the next person's
						}
						j++
						continue
					}
				}
				break
			}
			if len(posts) == 0 {
				continue
			}
			of := -1
			if its && j < s.Last && x.lower(j) == "of" {
				continue // "as its president of Y": whose post is unclear
			}
			if j < s.Last && x.lower(j) == "of" {
				q := j + 1
				switch {
				case q+1 < s.Last && (x.lower(q) == "its" || x.lower(q) == "the" && (x.lower(q+1) == "company" || x.lower(q+1) == "board" || x.lower(q+1) == "corporation")):
					if x.lower(q) == "its" {
						q++
					} else {
						q += 2
					}
					if q < s.Last && (x.d.Tokens[q].Kind == segment.Word || x.d.Tokens[q].Has(segment.FlagPossessive)) {
						continue // "of its Y unit", "of the company's unit": another body's post
					}
					of = x.appointingOrg(si, pFirst)
				default:
					if q < s.Last && x.lower(q) == "the" {
						q++
					}
					om := x.mentionAt(q)
					if om < 0 || x.md.Mentions[om].Kind != mentions.Org || int(x.md.Mentions[om].First) != q || x.md.Mentions[om].Entity < 0 || x.md.Mentions[om].Possessive {
						continue
					}
					if e := int(x.md.Mentions[om].Last); e < s.Last && (x.d.Tokens[e].Has(segment.FlagPossessive) || x.d.Tokens[e].Kind == segment.Word && x.d.Tokens[e].Has(segment.FlagCap)) {
						continue // "of the Acme Plastics Division": a unit the name opens
					}
					of = x.md.Mentions[om].Entity
				}
			} else if j == s.Last || appointedPostEnd(x.lower(j)) {
				of = x.appointingOrg(si, pFirst)
			}
			if of < 0 {
				continue
			}
			for _, p := range posts {
				if x.hasRoleOf(person, p, of) {
					continue
				}
				x.out.Roles = append(x.out.Roles, Role{Person: person, Title: p, Of: of, Span: Span{si, si}, Rule: "role:appointed"})
			}
		}
	}
}

// appointedSubject returns the person named right before token b, the
// subject of a verb there, with "has", "had", "have" or "will" and a
// relative ", who" between them: the person entity and the mention's
// first token, else -1, -1.
func (x *extractor) appointedSubject(si, b int) (int, int) {
	first := x.d.Sentences[si].First
	for b-1 > first && (x.lower(b-1) == "has" || x.lower(b-1) == "had" || x.lower(b-1) == "have" || x.lower(b-1) == "will") {
		b--
	}
	if b-2 > first && x.lower(b-1) == "who" && x.text(b-2) == "," {
		b -= 2
	}
	pm := x.mentionAt(b - 1)
	if pm < 0 || x.md.Mentions[pm].Kind != mentions.Person || int(x.md.Mentions[pm].Last) != b || x.md.Mentions[pm].Entity < 0 {
		return -1, -1
	}
	return x.md.Mentions[pm].Entity, int(x.md.Mentions[pm].First)
}

// relativeCopula reports "is" or "has been" at token k opening a
// relative clause after a name: ", who is", ", who has been".
func (x *extractor) relativeCopula(si, k int) bool {
	b := k
	if x.lower(k) == "been" {
		if b-1 <= x.d.Sentences[si].First || x.lower(b-1) != "has" {
			return false
		}
		b--
	}
	return b-2 > x.d.Sentences[si].First && x.lower(b-1) == "who" && x.text(b-2) == ","
}

// appointingOrg returns the organization that opens sentence si as
// its subject before token before, else, when the sentence opens with
// "The company", "The board", "Its board" or "It", the one company the
// article names (soleCompany); else -1.
func (x *extractor) appointingOrg(si, before int) int {
	if org := x.openingOrg(si, before, openingIt); org >= 0 {
		return org
	}
	first := x.d.Sentences[si].First
	if org := x.openingOrg(si, before, openingPeople); org >= 0 {
		return org
	}
	if first+1 >= before {
		return -1
	}
	w0, w1 := x.lower(first), x.lower(first+1)
	if w0 == "it" || (w0 == "the" || w0 == "its") && (w1 == "company" || w1 == "board" || w1 == "firm") {
		return x.soleCompany()
	}
	return x.shortOpeningOrg(si, before)
}

// shortOpeningOrg reads "Metex also said X was elected president": a
// short form of a body the article names in full ("Metex Corp"), left
// unread as a name, opening the sentence as the subject of "said". The
// words must be capitalised and no mention of their own, or a lone word
// read as a surname of nobody the story names (a person's surname or a
// pronoun is no body); only one named organization may open so
// (orgNamed). It returns the body, else -1.
func (x *extractor) shortOpeningOrg(si, before int) int {
	first := x.d.Sentences[si].First
	k := first
	for k < before && k < first+3 && x.d.Tokens[k].Kind == segment.Word && x.d.Tokens[k].Has(segment.FlagCap) {
		if mi := x.mentionAt(k); mi >= 0 {
			if m := &x.md.Mentions[mi]; m.Kind != mentions.Surname || m.Entity >= 0 && x.isPerson(m.Entity) {
				return -1
			}
		}
		k++
	}
	if k == first || k+1 >= before {
		return -1
	}
	name := x.text2(first, k)
	if x.lower(k) == "also" {
		k++
	}
	if x.lower(k) != "said" {
		return -1
	}
	return x.orgNamed(name)
}

// appointedPostEnd: words that may close the post after an appointment
// verb when no "of" names the body.
func appointedPostEnd(w string) bool {
	switch w {
	case ",", ".", ";", "effective", "succeeding", "replacing", "after", "following", "on", "at", "and", "in", "to":
		return true
	}
	return false
}

// appointedPost reads a body's post at token i written in lower case
// after an appointment verb, with up to two modifiers before the listed
// title ("senior vice president", "executive vice president"): its
// words and length, else 0. Posts of a country's government (ministers)
// and a nation's leaders are left out: this reads a company's or an
// organization's officers.
func (x *extractor) appointedPost(i, limit int) (string, int) {
	for skip := 0; skip <= 2 && i+skip < limit; skip++ {
		if skip > 0 {
			// "... and named him chief financial officer": a verb and its
			// object are no modifiers of the post
			t := x.d.Tokens[i+skip-1]
			if w := x.lower(i + skip - 1); t.Kind != segment.Word || t.Has(segment.FlagCap) || functionWord(w) || isDeterminerWord(w) || appointVerb(w) || w == "him" || w == "her" || w == "them" {
				return "", 0
			}
		}
		if t := x.d.Tokens[i+skip]; t.Kind != segment.Word {
			return "", 0
		}
		e, n := x.g.MatchTitle(x.d, i+skip, limit)
		if e == nil {
			continue
		}
		if e.Class != gazetteer.Role || !appointedHead(e.Name) {
			return "", 0
		}
		return strings.Join(strings.Fields(x.d.Text[x.d.Tokens[i].Start:x.d.Tokens[i+skip+n-1].End]), " "), skip + n
	}
	return "", 0
}

// appointedHead: the officers' posts an appointment in a body gives.
func appointedHead(name string) bool {
	n := strings.ToLower(name)
	if n == "ceo" || strings.HasPrefix(n, "chief ") && strings.HasSuffix(n, " officer") {
		return true
	}
	switch n {
	case "president", "vice president", "chairman", "vice chairman", "chairwoman", "chairperson", "chair",
		"chief executive", "chief executive officer", "chief operating officer", "chief financial officer",
		"director", "managing director", "executive director", "director general", "director-general",
		"treasurer", "general manager", "manager", "secretary general", "secretary-general", "governor", "deputy governor", "head":
		return true
	}
	return false
}
