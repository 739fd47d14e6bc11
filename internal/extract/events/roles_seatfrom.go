package events

import (
	"strings"

	"github.com/actorgraph/actorgraph/internal/extract/gazetteer"
	"github.com/actorgraph/actorgraph/internal/extract/mentions"
	"github.com/actorgraph/actorgraph/internal/kg"
)

// seatFromRoles reads a national legislator's title with the state or
// region the seat is for between the title and the name, or after the
// title in apposition: "United States Senator from Vermont X", "Senator
// from Minnesota Y", "X, a Senator from Colorado,". The seat's place is
// not the holder: the post is the country's (GUIDELINES §6, as "Senator
// X of Massachusetts" is), named right before the title or, for a title
// that names one country's post (Senator: US), the country the article
// names. Past seats ("former", "then") are left out.
func (x *extractor) seatFromRoles() {
	for mi := range x.md.Mentions {
		pm := &x.md.Mentions[mi]
		if pm.Kind != mentions.Person || pm.Entity < 0 || pm.Weak || !x.isPerson(pm.Entity) {
			continue
		}
		if pm.Sent < 0 || pm.Sent >= len(x.d.Sentences) {
			continue
		}
		s := &x.d.Sentences[pm.Sent]
		// "... Senator from Vermont X": the place ends right before the name
		if from, ok := x.placeBefore(pm.First, s.First); ok {
			x.addSeatFrom(pm.Entity, from, s.First, s.First, pm.Sent, "role:seat-from")
		}
		// "X, a Senator from Colorado, said"
		c := pm.Last
		if c+4 < s.Last && x.text(c) == "," && (x.lower(c+1) == "a" || x.lower(c+1) == "the") {
			for from := c + 3; from < s.Last && from <= c+6; from++ {
				if x.lower(from) != "from" {
					continue
				}
				pl := x.mentionAt(from + 1)
				if pl < 0 {
					break
				}
				p := &x.md.Mentions[pl]
				if p.First != from+1 || p.Kind != mentions.Place && p.Kind != mentions.Country || !x.closesApposition(p.Last, s.Last) {
					break
				}
				x.addSeatFrom(pm.Entity, from, c+2, c+2, pm.Sent, "role:seat-from+appositive")
				break
			}
		}
	}
}

// placeBefore reports "from PLACE" right before token k, with the place's
// mention ending at k; it returns the "from" token.
func (x *extractor) placeBefore(k, sentFirst int) (int, bool) {
	pl := x.mentionAt(k - 1)
	if pl < 0 {
		return 0, false
	}
	p := &x.md.Mentions[pl]
	if p.Last != k || p.Kind != mentions.Place && p.Kind != mentions.Country {
		return 0, false
	}
	from := p.First - 1
	if from <= sentFirst || x.lower(from) != "from" {
		return 0, false
	}
	return from, true
}

// addSeatFrom records the seat title that ends right before token from,
// starting no earlier than token lo: a national post from the title
// lists, with its country named right before it or known from the
// title. Nothing when the words before the title make it past.
func (x *extractor) addSeatFrom(person, from, lo, sentFirst, si int, rule string) {
	var e *gazetteer.Entry
	first := -1
	for k := from - 1; k >= lo && k >= from-3; k-- {
		if m, n := x.g.MatchTitle(x.d, k, from); m != nil && k+n == from {
			e, first = m, k
		}
	}
	if e == nil || e.Class != gazetteer.Role || e.Scope != gazetteer.ScopeGov || !seatTitle(e.Name) {
		return
	}
	of := -1
	k := first - 1
	if cm := x.mentionAt(k); cm >= 0 {
		m := &x.md.Mentions[cm]
		if m.Kind == mentions.Country && m.Last == first && m.Entity >= 0 && x.cr.Entities[m.Entity].Kind == kg.KindCountry {
			of = m.Entity
			k = m.First - 1
		}
	}
	if k >= sentFirst && k >= 0 && pastOrFuturePost(x.lower(k)) {
		return
	}
	if of < 0 && e.Own != "" && x.named(e.Own) {
		of = x.country(e.Own)
	}
	if of < 0 {
		return
	}
	title := strings.Join(strings.Fields(x.d.Text[x.d.Tokens[first].Start:x.d.Tokens[from-1].End]), " ")
	if x.hasRoleOf(person, title, of) {
		return
	}
	x.out.Roles = append(x.out.Roles, Role{Person: person, Title: title, Of: of, Span: Span{si, si}, Rule: rule})
}

// seatTitle: a legislator's title, whose seat is for a state or region.
func seatTitle(name string) bool {
	switch strings.ToLower(name) {
	case "senator", "sen.", "representative", "congressman", "congresswoman":
		return true
	}
	return false
}
