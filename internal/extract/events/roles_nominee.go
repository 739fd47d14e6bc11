package events

import (
	"strings"

	"github.com/actorgraph/actorgraph/internal/extract/mentions"
	"github.com/actorgraph/actorgraph/internal/extract/segment"
	"github.com/actorgraph/actorgraph/internal/kg"
)

// nomineeRoles reads a party's candidacy written as a title before a
// name: "Libertarian Party presidential nominee X", "Democratic vice
// presidential nominee Y", "Tory parliamentary hopefuls A and B". A
// candidacy in a running election is a post of the party (GUIDELINES §6,
// bbc-politics-371 "candidate" of the Conservative Party); the party must
// be named in the article, by its name or by the adjective its name opens
// with ("Democratic" for the Democratic Party). A past or future candidacy
// ("former", "then", a year before the party) is optional and left out.
func (x *extractor) nomineeRoles() {
	for si := range x.d.Sentences {
		s := &x.d.Sentences[si]
		if s.Headline || s.Dateline {
			continue
		}
		for k := s.First + 1; k+1 < s.Last; k++ {
			noun, plural := nomineeNoun(x.lower(k))
			if noun == "" || x.d.Tokens[k].Kind != segment.Word {
				continue
			}
			// the qualifiers between the party and the noun ("vice presidential")
			q := k
			for q-1 > s.First && q > k-3 && nomineeQualifier(x.lower(q-1)) {
				q--
			}
			party, pfirst := x.partyOpening(q, s.First)
			if party < 0 {
				continue
			}
			if x.pastCandidacy(pfirst, s.First) || x.electionOver(si) {
				continue
			}
			persons := x.namesAfter(k+1, s.Last, plural)
			if len(persons) == 0 && !plural {
				persons = x.nameApposedBefore(pfirst, k+1, s.First, s.Last)
			}
			if len(persons) == 0 {
				continue
			}
			words := make([]string, 0, k-q+1)
			for j := q; j < k; j++ {
				words = append(words, x.text(j))
			}
			words = append(words, strings.TrimSuffix(x.text(k), "s")[:len(noun)]) // the noun as written, singular
			title := strings.Join(words, " ")
			for _, p := range persons {
				if !x.isPerson(p) || x.hasRoleOf(p, title, party) {
					continue
				}
				x.out.Roles = append(x.out.Roles, Role{Person: p, Title: title, Of: party, Span: Span{si, si}, Rule: "role:party-nominee"})
			}
		}
	}
}

// nomineeNoun returns the singular of a candidacy noun, and whether it
// was plural; "" when the word is none.
func nomineeNoun(w string) (string, bool) {
	switch w {
	case "nominee", "candidate", "hopeful":
		return w, false
	case "nominees", "candidates", "hopefuls":
		return strings.TrimSuffix(w, "s"), true
	}
	return "", false
}

// nomineeQualifier: the words naming the office sought, between the party
// and the noun ("presidential", "vice presidential", "parliamentary").
func nomineeQualifier(w string) bool {
	switch w {
	case "presidential", "vice", "vice-presidential", "parliamentary", "gubernatorial", "mayoral", "senate", "senatorial", "congressional", "prime", "ministerial":
		return true
	}
	return false
}

// partyOpening returns the party named right before token q and the token
// its name starts at: a mention of a party (possessive or not), or one
// capitalised word that opens the name of a party the article names
// ("Democratic" for the Democratic Party) or is one of its aliases
// ("Tory"); -1 when none.
func (x *extractor) partyOpening(q, sentFirst int) (int, int) {
	c := q - 1
	if c > sentFirst && (x.text(c) == "'s" || x.text(c) == "’s") {
		c-- // "the Libertarian Party's presidential nominee"
	}
	if c < sentFirst {
		return -1, 0
	}
	if mi := x.mentionAt(c); mi >= 0 {
		m := &x.md.Mentions[mi]
		if m.Kind == mentions.Org && m.Last == c+1 && m.Entity >= 0 && m.Entity < len(x.cr.Entities) && partyBody(&x.cr.Entities[m.Entity]) {
			return m.Entity, m.First
		}
		if m.Kind != mentions.Surname || m.Entity >= 0 || m.First != c || m.Last != c+1 {
			return -1, 0 // an unresolved lone capitalised word may still be the party's adjective
		}
	}
	t := x.d.Tokens[c]
	if t.Kind != segment.Word || !t.Has(segment.FlagCap) || c != q-1 {
		return -1, 0
	}
	w := x.text(c)
	found := -1
	for e := range x.cr.Entities {
		en := &x.cr.Entities[e]
		if en.Kind != kg.KindOrganization || !partyBody(en) {
			continue
		}
		match := strings.HasPrefix(en.Name, w+" ")
		for _, a := range en.Aliases {
			if a == w {
				match = true
			}
		}
		if !match {
			continue
		}
		if found >= 0 && found != e {
			return -1, 0 // two parties open with the word
		}
		found = e
	}
	return found, c
}

// pastCandidacy reports a candidacy put out of the present by the words
// before the party: "former", "then", "2016", "the 2016".
func (x *extractor) pastCandidacy(k, sentFirst int) bool {
	for j := k - 1; j >= sentFirst && j >= k-3; j-- {
		w := x.lower(j)
		if pastOrFuturePost(w) || w == "then-" || w == "one-time" || w == "defeated" || w == "unsuccessful" || w == "failed" {
			return true
		}
		if len(w) == 4 && w[0] >= '1' && w[0] <= '2' && strings.Trim(w, "0123456789") == "" {
			y := int(w[0]-'0')*1000 + int(w[1]-'0')*100 + int(w[2]-'0')*10 + int(w[3]-'0')
			return x.ref.Year == 0 || y != x.ref.Year // "the 2016 Libertarian nominee"; the article's own year is the running race
		}
		if mi := x.mentionAt(j); mi >= 0 && x.md.Mentions[mi].Kind == mentions.Country {
			continue // "US Democratic Party presidential nominee"
		}
		if w != "the" && w != "'s" && w != "’s" {
			break
		}
	}
	return false
}

// namesAfter returns the people named from token k on: one name (its
// first token at k), or for a plural noun a list "A and B", "A, B and C".
// The name must close there (a comma, a verb, the sentence's end), so
// "nominee John Smith's campaign" still names John Smith, but a name
// that is only the first of a longer phrase does not count.
func (x *extractor) namesAfter(k, last int, plural bool) []int {
	var out []int
	for k < last {
		mi := x.mentionAt(k)
		if mi < 0 {
			break
		}
		m := &x.md.Mentions[mi]
		if m.Kind != mentions.Person || m.First != k || m.Entity < 0 || m.Weak {
			break
		}
		out = append(out, m.Entity)
		if !plural {
			return out
		}
		k = m.Last
		if k < last && x.text(k) == "," {
			k++
		}
		if k < last && x.lower(k) == "and" {
			k++
		}
	}
	if plural && len(out) < 2 {
		return nil
	}
	return out
}

// electionOver reports a sentence about an election that is over, where a
// candidacy is optional (GUIDELINES 16.10): it counts the votes ("polled
// 3,603", "received 5,617 votes") or sets the event in an earlier year
// ("In 2016, ... nominee X"; any year when the article has no date).
func (x *extractor) electionOver(si int) bool {
	s := &x.d.Sentences[si]
	for j := s.First; j < s.Last; j++ {
		w := x.lower(j)
		switch w {
		case "votes", "polled":
			return true
		}
		if len(w) == 4 && (w[0] == '1' || w[0] == '2') && strings.Trim(w, "0123456789") == "" {
			y := int(w[0]-'0')*1000 + int(w[1]-'0')*100 + int(w[2]-'0')*10 + int(w[3]-'0')
			if y >= 1900 && (x.ref.Year == 0 || y < x.ref.Year) {
				return true
			}
		}
	}
	return false
}

// nameApposedBefore returns the person whose apposition the candidacy
// starting at token pfirst is: "X, the Republican Party presidential
// nominee, said". The phrase must close at token end (a comma, a stop, a
// speech verb); nil when not so.
func (x *extractor) nameApposedBefore(pfirst, end, sentFirst, sentLast int) []int {
	if !x.closesApposition(end, sentLast) {
		return nil
	}
	c := pfirst - 1
	if c >= sentFirst && x.lower(c) == "presumptive" {
		c--
	}
	if c >= sentFirst && (x.lower(c) == "the" || x.lower(c) == "a") {
		c--
	}
	if c <= sentFirst || x.text(c) != "," {
		return nil
	}
	mi := x.mentionAt(c - 1)
	if mi < 0 {
		return nil
	}
	m := &x.md.Mentions[mi]
	if m.Kind != mentions.Person || m.Last != c || m.Entity < 0 || m.Weak {
		return nil
	}
	return []int{m.Entity}
}
