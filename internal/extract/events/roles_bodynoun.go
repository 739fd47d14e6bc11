package events

import (
	"strings"

	"github.com/actorgraph/actorgraph/internal/extract/gazetteer"
	"github.com/actorgraph/actorgraph/internal/extract/mentions"
	"github.com/actorgraph/actorgraph/internal/extract/segment"
)

// bodyNounOrg reads a post written after a lower-case noun for the kind
// of body that holds it, beyond what bodyNounHolder reads: "exchange
// president X", "association chairman Y", "union president Z" (a
// president too, which the lists make a country's post), and a firm's
// own words, "company spokesman X", "management board chairman Y",
// "group managing director Z". The holder is the one body of that kind
// the article names (bodyFits); for a firm's words, the company opening
// the sentence, else the story's company (leadCompany). Else -1.
func (x *extractor) bodyNounOrg(t *mentions.Title, m *mentions.Mention) int {
	if t != m.Title || t.Appositive || t.Pronoun || t.Former || t.Unnamed || t.National || t.Portfolio || t.OfISO != "" || t.Head == nil {
		return -1
	}
	switch {
	case t.Scope() == gazetteer.ScopeBody:
	case t.Head.Name == "President" || t.Head.Name == "Vice President" || t.Head.Name == "Vice-President":
	default:
		return -1
	}
	first := x.d.Sentences[m.Sent].First
	k := t.First - 1
	if t.Of >= 0 {
		// "Exchange president X" opening a sentence: the noun is read as
		// a short form of a body the article does not name
		q := &x.md.Mentions[t.Of]
		if q.Entity >= 0 || q.Kind != mentions.Org || q.First != t.First || q.Last != q.First+1 || t.First != first {
			return -1
		}
		k = t.First
	}
	if k < first || k >= len(x.d.Tokens) {
		return -1
	}
	if tk := x.d.Tokens[k]; tk.Kind != segment.Word || tk.Has(segment.FlagPossessive) || tk.Has(segment.FlagCap) && k != first {
		return -1
	}
	noun := x.lower(k)
	company := false
	switch noun {
	case "company", "firm", "group", "board":
		company = true
	case "bank", "exchange", "association", "federation", "union", "committee", "council", "commission", "party", "institute", "fund", "agency", "league", "society", "foundation":
	default:
		return -1
	}
	j := k - 1
	if j >= first {
		switch w := x.lower(j); {
		case noun == "board" && (w == "management" || w == "managing" || w == "supervisory" || w == "executive"),
			noun == "exchange" && w == "stock":
			j-- // "management board chairman": the company's board
		}
	}
	if j >= first {
		// nothing before the noun that names or qualifies some other body:
		// "Banking committee chairman", "the bank's chairman", "transport
		// union spokesman"
		w := x.d.Tokens[j]
		lw := x.lower(j)
		if w.Has(segment.FlagPossessive) || w.Kind == segment.Word && !functionWord(lw) && !isDeterminerWord(lw) && !mentions.IsSpeechVerb(lw) {
			return -1
		}
	}
	if company {
		return x.nounCompany(m.Sent, k)
	}
	found := -1 // a party need not call itself one ("the Liberal Democrats")
	for e := range x.cr.Entities {
		ent := &x.cr.Entities[e]
		if !bodyFits(noun, ent) && !(noun == "party" && partyBody(ent)) || (noun == "union" || noun == "council" || noun == "commission" || noun == "party" || noun == "committee") && (ent.OrgKind == "INTERNATIONAL" || ent.OrgKind == "GOVERNMENT") {
			continue // a union leader or a council chairman leads no bloc
		}
		if found >= 0 {
			return -1 // two such bodies: which one, the text does not say
		}
		found = e
	}
	return found
}

// nounCompany is the company a firm's own word ("company", "board")
// before a post in sentence si points at: the company that opens the
// sentence as its subject; else, when the sentence names no other body
// before the word, the story's company (leadCompany). Else -1.
func (x *extractor) nounCompany(si, before int) int {
	if o := x.openingOrg(si, before, openingIt); o >= 0 {
		if bodyFits("company", &x.cr.Entities[o]) {
			return o
		}
		return -1
	}
	for _, mi := range x.bySent[si] {
		q := &x.md.Mentions[mi]
		if q.First >= before {
			break
		}
		if q.Kind == mentions.Org || q.Kind == mentions.Country {
			return -1 // another body or a country may hold it
		}
	}
	return x.leadCompany()
}

// leadCompany is the one company the article names, else the one
// company its lead sentence names; else -1.
func (x *extractor) leadCompany() int {
	if c := x.soleCompany(); c >= 0 {
		return c
	}
	return x.leadSentenceCompany()
}

// leadSentenceCompany is the one company the article's lead sentence
// names, else -1.
func (x *extractor) leadSentenceCompany() int {
	for s := range x.d.Sentences {
		if x.d.Sentences[s].Headline || x.d.Sentences[s].Dateline {
			continue
		}
		c := -1
		for _, mi := range x.bySent[s] {
			e := x.md.Mentions[mi].Entity
			if e < 0 || e == c || !bodyFits("company", &x.cr.Entities[e]) {
				continue
			}
			if c >= 0 {
				return -1 // two companies lead the story
			}
			c = e
		}
		return c
	}
	return -1
}

// lastCompanyPost reads a firm's post written bare before a name at the
// opening of a sentence, after a speech verb or after a quotation
// ("Chairman X told the meeting ...", "..., said chief executive Y.",
// "...," chief executive Z said) in a story on one company that names
// other bodies too: the post belongs to the company the text named last
// before it, outside quotations, within the sentence and the two before,
// when that company is the one the story's lead sentence names
// (leadCompany). In "Acme Corp expects ..., chairman X said" it is the
// company opening the sentence. Not a president or a spokesman, whom a
// story on a firm also quotes from governments and other bodies
// (storyCompanyPost). Else -1.
func (x *extractor) lastCompanyPost(t *mentions.Title, m *mentions.Mention) int {
	si := m.Sent
	if m.InQuote || t.Pronoun || t.Portfolio || t.National || t.Unnamed || t.Head.Lead || strings.HasPrefix(t.Head.Name, "Spokes") || !subjectPost(t.Head.Name) || !bareBodyPost(t) || t.Last != m.First {
		return -1
	}
	first := x.d.Sentences[si].First
	comma := false
	if k := t.First - 1; k >= first {
		tk := x.d.Tokens[k]
		lw := x.lower(k)
		switch {
		case tk.Kind == segment.Word && mentions.IsSpeechVerb(lw) && !tk.Has(segment.FlagPossessive):
			if k-1 < first || x.d.Tokens[k-1].Kind == segment.Word {
				return -1 // "It also said vice chairman X and ...": a clause, not the speaker's tag
			}
		case tk.Kind != segment.Word && x.d.Tokens[k].Has(segment.FlagInQuote) || lw == "\"" || lw == "\u201d":
			// '...," chairman X said'
		case lw == ",":
			comma = true
		default:
			return -1 // "Dome chairman", "its chairman", "with chairman X"
		}
	}
	if comma {
		// "Acme Corp expects ..., chairman X said": the speaker's tag after
		// a clause whose subject opens the sentence
		if e := m.Last; e >= x.d.Sentences[si].Last || !mentions.IsSpeechVerb(x.lower(e)) {
			return -1
		}
		for _, mi := range x.bySent[si] {
			q := &x.md.Mentions[mi]
			if q.Kind != mentions.Org || q.Entity < 0 || !bodyFits("company", &x.cr.Entities[q.Entity]) {
				return -1
			}
			for k := first; k < q.First; k++ {
				if w := x.lower(k); w != "the" && w != "<" {
					return -1
				}
			}
			return q.Entity
		}
		return -1
	}
	lead := x.leadSentenceCompany()
	if lead < 0 {
		return -1
	}
	for s := si; s >= 0 && s >= si-2; s-- {
		ms := x.bySent[s]
		for j := len(ms) - 1; j >= 0; j-- {
			q := &x.md.Mentions[ms[j]]
			if s == si && q.First >= t.First || q.InQuote {
				continue
			}
			switch q.Kind {
			case mentions.Org:
				if q.Entity != lead {
					return -1
				}
				return lead
			case mentions.Country:
				if !q.AsPlace {
					return -1
				}
			case mentions.Person:
				if q.Title != nil || q.Appos != nil {
					return -1 // another body's officer named between
				}
			}
		}
		if x.d.Sentences[s].Headline || x.d.Sentences[s].Dateline {
			break
		}
	}
	return -1
}
