package events

import (
	"strings"

	"github.com/actorgraph/actorgraph/internal/extract/gazetteer"
	"github.com/actorgraph/actorgraph/internal/extract/mentions"
	"github.com/actorgraph/actorgraph/internal/extract/segment"
	"github.com/actorgraph/actorgraph/internal/kg"
)

// titleOfBodyApposRoles reads a post written with its holder's "of"
// phrase and set off before the name by a comma: "the chairman of the
// Acme Group, X, said", "told the prime minister of Ruritania, Y, that".
// The body (an organization or a country the text names) ends right
// before the comma and the name is closed right after it, so the phrase
// is the name's apposition, not a list. Not after another "of" ("the
// wife of the chairman of Acme, X": X may be the wife), and not a past or
// future post.
func (x *extractor) titleOfBodyApposRoles() {
	for mi := range x.md.Mentions {
		pm := &x.md.Mentions[mi]
		if pm.Kind != mentions.Person || pm.Entity < 0 || pm.Weak || pm.InQuote || pm.Title != nil {
			continue
		}
		if pm.Sent < 0 || pm.Sent >= len(x.d.Sentences) {
			continue
		}
		s := &x.d.Sentences[pm.Sent]
		c := pm.First - 1
		for pm.Hon != "" && c > s.First && int(x.d.Tokens[c].Start) >= pm.HonStart {
			c-- // "the director of Acme, Dr X": the honorific opens the name
		}
		if c-4 < s.First || x.text(c) != "," || !x.closesApposition(pm.Last, s.Last) {
			continue
		}
		holder, bodyFirst := x.bodyEndingAt(c, s.First)
		if holder < 0 {
			continue
		}
		of := bodyFirst - 1
		if of > s.First && x.lower(of) == "the" {
			of--
		}
		if of <= s.First || x.lower(of) != "of" {
			continue
		}
		// the longest post from the lists that ends right before "of"
		first := -1
		for k := of - 1; k >= s.First && k >= of-5; k-- {
			if e, n := x.g.MatchTitle(x.d, k, of); e != nil && e.Class == gazetteer.Role && k+n == of {
				first = k
			}
		}
		if first < 0 {
			continue
		}
		start := first
		if p := first - 1; p >= s.First && (x.lower(p) == "new" || x.lower(p) == "current") {
			start = p
		}
		before := start - 1
		if before >= s.First && x.lower(before) == "the" {
			before--
		}
		if before >= s.First {
			if w := x.lower(before); w == "of" || x.d.Tokens[before].Has(segment.FlagPossessive) || pastOrFuturePost(w) {
				continue
			}
			if x.mentionAt(before) >= 0 {
				continue // "Acme chairman of X": the words before belong to the post
			}
		}
		e, _ := x.g.MatchTitle(x.d, first, of)
		if x.cr.Entities[holder].Kind == kg.KindCountry && e.Scope != gazetteer.ScopeGov {
			continue // "the chairman of Ruritania, X": a country holds only a national post
		}
		title := strings.Join(strings.Fields(x.d.Text[x.d.Tokens[first].Start:x.d.Tokens[of-1].End]), " ")
		if x.hasRoleOf(pm.Entity, title, holder) {
			continue
		}
		x.out.Roles = append(x.out.Roles, Role{Person: pm.Entity, Title: title, Of: holder, Span: Span{pm.Sent, pm.Sent}, Rule: "role:title-of-body-appositive"})
	}
}

// closesApposition reports a name's apposition closed at token k: a
// comma, a stop or a bracket, a speech verb, or the sentence's end.
func (x *extractor) closesApposition(k, last int) bool {
	if k >= last {
		return true
	}
	switch w := x.lower(k); w {
	case ",", ".", ";", ":", ")", "said", "says", "told", "who":
		return true
	}
	return false
}

// pastOrFuturePost: words before a post that put it out of the present.
func pastOrFuturePost(w string) bool {
	switch w {
	case "former", "ex", "late", "then", "incoming", "outgoing", "designate", "retired", "acting", "previous", "next", "future":
		return true
	}
	return false
}

// bodyEndingAt returns the organization or country named right before
// token c, and where its name starts: a mention of one, or capitalised
// words that are the short form of an organization the article names
// ("the president of Acme," after "Acme Holdings NV"); -1 when none.
func (x *extractor) bodyEndingAt(c, sentFirst int) (int, int) {
	if om := x.mentionAt(c - 1); om >= 0 {
		o := &x.md.Mentions[om]
		if o.Last != c || o.Entity < 0 || o.Entity >= len(x.cr.Entities) || o.Possessive || o.Kind != mentions.Org && o.Kind != mentions.Country {
			return -1, 0
		}
		return o.Entity, o.First
	}
	k := c
	for k > sentFirst && k > c-4 && x.d.Tokens[k-1].Kind == segment.Word && x.d.Tokens[k-1].Has(segment.FlagCap) && x.mentionAt(k-1) < 0 {
		k--
	}
	if k == c || k <= sentFirst {
		return -1, 0
	}
	if e := x.orgNamed(x.d.Text[x.d.Tokens[k].Start:x.d.Tokens[c-1].End]); e >= 0 {
		return e, k
	}
	return -1, 0
}
