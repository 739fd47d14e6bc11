package events

import (
	"strings"

	"github.com/actorgraph/actorgraph/internal/extract/mentions"
	"github.com/actorgraph/actorgraph/internal/kg"
)

// listedBodyPresidents re-reads a bare "president X" or "vice president
// X" that was given a country only by inference (the dateline's, the
// story's, the one named) when it stands in one list with another post
// of a body written the same way, before a name: "chairman A and
// president B", "Treasurer A and Vice President B", "Acme president A and
// vice president B". A head of state is not listed among a firm's or a
// union's officers: the president is that body's, like the post beside
// it.
func (x *extractor) listedBodyPresidents() {
	for ri := range x.out.Roles {
		r := &x.out.Roles[ri]
		if r.Of < 0 || r.Of >= len(x.cr.Entities) || x.cr.Entities[r.Of].Kind != kg.KindCountry || !inferredCountry(r.Rule) || !presidentTitle(r.Title) {
			continue
		}
		si := r.Span.First
		if si < 0 || si >= len(x.d.Sentences) {
			continue
		}
		pm := x.titledMention(r.Person, si, r.Title)
		if pm == nil {
			continue
		}
		body := -1
		// the post and name listed right before: "chairman A and president B"
		if j := pm.Title.First - 1; j > x.d.Sentences[si].First && (x.text(j) == "and" || x.text(j) == ",") {
			body = x.bodyPostOfNameEndingAt(j, si, r.Person)
		}
		// or right after: "president B and chairman A"
		if body < 0 {
			if j := pm.Last; j < x.d.Sentences[si].Last-1 && (x.text(j) == "and" || x.text(j) == ",") {
				body = x.bodyPostOfTitleAt(j+1, si, r.Person)
			}
		}
		how := "+listed-body-post"
		if body < 0 {
			body, how = x.openingFirmOfPresident(pm, si, r.Of), "+opening-firm"
		}
		if body < 0 {
			continue
		}
		r.Of = body
		r.Rule = strings.SplitN(r.Rule, "+", 2)[0] + how
	}
}

// inferredCountry reports a rule whose country the text did not write
// next to the post.
func inferredCountry(rule string) bool {
	for _, s := range []string{"+home-country", "+sole-country", "+story-country", "+dateline-capital"} {
		if strings.Contains(rule, s) {
			return true
		}
	}
	return false
}

func presidentTitle(t string) bool {
	switch strings.ToLower(t) {
	case "president", "vice president", "vice-president", "executive vice president", "senior vice president", "first vice president":
		return true
	}
	return false
}

// titledMention is the person's mention in sentence si with a title
// written before the name that reads title.
func (x *extractor) titledMention(person, si int, title string) *mentions.Mention {
	for mi := range x.md.Mentions {
		m := &x.md.Mentions[mi]
		if m.Sent == si && m.Entity == person && m.Kind == mentions.Person && m.Title != nil && strings.EqualFold(strings.Join(strings.Fields(m.Title.Text), " "), title) {
			return m
		}
	}
	return nil
}

// bodyPostOfNameEndingAt returns the body of another person's post read
// from a title before a name that ends at token end (exclusive): that
// person's role of an organization in the same sentence; else -1.
func (x *extractor) bodyPostOfNameEndingAt(end, si, person int) int {
	om := x.mentionAt(end - 1)
	if om < 0 {
		return -1
	}
	q := &x.md.Mentions[om]
	if q.Kind != mentions.Person || q.Last != end || q.Title == nil || q.Entity < 0 || q.Entity == person {
		return -1
	}
	return x.orgRoleIn(q.Entity, si)
}

// bodyPostOfTitleAt is bodyPostOfNameEndingAt for a titled name that
// starts at token k.
func (x *extractor) bodyPostOfTitleAt(k, si, person int) int {
	for mi := range x.md.Mentions {
		q := &x.md.Mentions[mi]
		if q.Sent == si && q.Kind == mentions.Person && q.Title != nil && q.Title.First == k && q.Entity >= 0 && q.Entity != person {
			return x.orgRoleIn(q.Entity, si)
		}
	}
	return -1
}

// orgRoleIn returns the organization of the person's role read in
// sentence si, or -1. Not an organ of the state (a legislature, a
// government body, a party): "Vice-President X and Senate Minority
// Leader Y" lists two national figures, not a body's officers.
func (x *extractor) orgRoleIn(person, si int) int {
	for _, r := range x.out.Roles {
		if r.Person == person && r.Span.First == si && r.Of >= 0 && r.Of < len(x.cr.Entities) && x.cr.Entities[r.Of].Kind == kg.KindOrganization {
			switch x.cr.Entities[r.Of].OrgKind {
			case "LEGISLATURE", "GOVERNMENT", "PARTY", "CENTRAL_BANK", "INTERNATIONAL", "COURT", "MILITARY":
				return -1
			}
			return r.Of
		}
	}
	return -1
}

// openingFirmOfPresident returns the firm that opens the sentence as its
// subject ("Acme Inc said its board has let President A B go") for a
// president named in full whose inferred country
// the text itself never names: a wire's company story, filed from a
// city of that country, speaks of the firm's president. -1 otherwise.
func (x *extractor) openingFirmOfPresident(pm *mentions.Mention, si, country int) int {
	iso := x.cr.Entities[country].ISO
	if iso == "" {
		iso = strings.TrimPrefix(x.cr.Entities[country].ID, kg.PrefixCountry)
	}
	if pm.Last-pm.First < 2 || iso == "" || x.named(iso) {
		return -1
	}
	o := x.openingOrg(si, pm.Title.First, openingIt)
	if o < 0 {
		return -1
	}
	switch x.cr.Entities[o].OrgKind {
	case "", "COMPANY", "EXCHANGE", "UNION", "INDUSTRY":
		return o
	}
	return -1
}

// listedSiblingBody returns the body of a bare body post before a name
// listed right after another person's post of a named body ("Acme
// chairman A and chief executive B"): the list's posts are one body's.
// -1 when the post before is no organization's.
func (x *extractor) listedSiblingBody(m *mentions.Mention, t *mentions.Title) int {
	si := m.Sent
	if si < 0 || si >= len(x.d.Sentences) {
		return -1
	}
	if strings.Contains(" "+strings.ToLower(t.Text)+" ", " of ") || m.Last-m.First < 2 {
		// "Director of Public Finance X": the post names its own office;
		// a one-word name may be a name cut short ("Daniel tully")
		return -1
	}
	j := t.First - 1
	if j <= x.d.Sentences[si].First || x.text(j) != "and" && x.text(j) != "," {
		return -1
	}
	return x.bodyPostOfNameEndingAt(j, si, m.Entity)
}
