package events

// The role readers: titles before, after and around a name, and the holder
// (country or body) each post belongs to.

import (
	"strings"

	"github.com/actorgraph/actorgraph/internal/extract/coref"
	"github.com/actorgraph/actorgraph/internal/extract/gazetteer"
	"github.com/actorgraph/actorgraph/internal/extract/mentions"
	"github.com/actorgraph/actorgraph/internal/extract/segment"
	"github.com/actorgraph/actorgraph/internal/kg"
)

// roles records the titles people are given: before the name ("Russian
// President X"), in apposition ("X, the speaker of the House") or through
// a definite description resolved to them ("the Pakistani president").
// The holder is what the text names; else what another mention of the
// same person names; else, for national posts, the article's home
// country; posts of cities and regions (mayor, governor) keep no holder;
// posts inside a body the text does not name are not recorded.
func (x *extractor) roles() {
	for mi := range x.md.Mentions {
		m := &x.md.Mentions[mi]
		if m.Kind != mentions.Person && !(m.Kind == mentions.Descriptor && m.Definite && x.untitled(m.Entity)) || m.Entity < 0 || m.Weak {
			continue // "the prime minister" for someone the story names with no title holds the post
		}
		if x.descriptorNotHolder(m) {
			continue // "the President's Council", "the Lord Chancellor, Lord X,": not this person's post
		}
		titles := [4]*mentions.Title{m.Title, m.Appos, x.titleAfterName(mi), m.CoTitle}
		for _, t := range titles {
			if t == nil || t.Former || t.Head == nil || t.Head.Class != gazetteer.Role && !(t.Head.Class == gazetteer.Rank && t.Head.Post) {
				continue
			}
			possessor := -1
			if t.Of < 0 && t.OfISO == "" {
				possessor = x.possessorOrg(t, m.Sent)
			}
			its, subject, story := false, false, false
			if possessor < 0 && t.Of < 0 && t.OfISO == "" && t == m.Title && !t.Appositive {
				if possessor = x.itsOrg(t, m.Sent); possessor >= 0 {
					its = true
				} else if possessor = x.subjectOrg(t, m.Sent); possessor >= 0 {
					subject = true
				} else if possessor = x.storyCompanyPost(t, m); possessor >= 0 {
					story = true
				} else if possessor = x.lastCompanyPost(t, m); possessor >= 0 {
					story = true // "..., said chief executive X": the company just named
				}
			}
			if t.Unnamed && !x.constituency(t) && possessor < 0 {
				continue
			}
			if t.Appositive && t.Of < 0 && t.OfISO == "" && x.ofTheCompany(t.Last, x.d.Sentences[m.Sent].Last) {
				continue // "X, president of the company": a firm's post, read by storyCompanyPosts
			}
			title := strings.Join(strings.Fields(t.Text), " ")
			title = x.keepRankWord(t, title)
			if t == m.Appos && t.Appositive {
				title = x.apposModifiers(m, title)
			}
			if x.monarchThing(t, m) {
				continue // "the Queen Mary liner": a thing's name, not a post
			}
			if _, plural := pluralTitles[title]; plural {
				continue // "Sens. X of Ohio, Y of Iowa": read by pluralTitleRoles for the whole list
			}
			if title == "" || t.Head.Class == gazetteer.Rank && (!strings.EqualFold(title, t.Head.Name) || t.Appositive || !strings.EqualFold(x.text(m.First-1), t.Head.Name)) {
				continue // "Pope Francis", "Cardinal X" hold the see's post; not a longer phrase around the word
			}
			sharedOf := -1
			if t.Portfolio && t == m.Title && t.First >= 2 && x.lower(t.First-1) == "and" && (x.mentionAt(t.First-2) < 0 || t.First-2 == x.d.Sentences[m.Sent].First && x.md.Mentions[x.mentionAt(t.First-2)].Kind == mentions.Surname) {
				// "energy and mines minister X": the coordinated portfolio
				// before the title is part of it
				if w := x.d.Tokens[t.First-2]; w.Kind == segment.Word && (!w.Has(segment.FlagCap) || t.First-2 == x.d.Sentences[m.Sent].First) && !x.d.Tokens[t.First].Has(segment.FlagCap) && !functionWord(x.lower(t.First-2)) && !isDeterminerWord(x.lower(t.First-2)) && x.opensPost(t.First-3, m.Sent) {
					title = x.text(t.First-2) + " and " + title
					if cm := x.mentionAt(t.First - 3); cm >= 0 && x.md.Mentions[cm].Kind == mentions.Country && t.Of < 0 {
						sharedOf = x.md.Mentions[cm].Entity // "Ecuador energy and mines minister"
					}
				}
			}
			if k, c := x.possessorOfCoordinated(t, m); sharedOf < 0 && c >= 0 {
				// "Indonesia's Mining and Energy Minister X": the country's
				// possessive opens both portfolios, and the post is both
				sharedOf = c
				e := t.Last
				for e > t.First && e <= len(x.d.Tokens) && x.d.Tokens[e-1].Kind != segment.Word {
					e-- // "Minister, X": the comma is no part of the post
				}
				if e <= m.First && e <= len(x.d.Tokens) {
					title = x.text2(k+1, e) // as written ("Finance and National Economy Minister")
				} else {
					title = x.text2(k+1, t.First) + " " + title
				}
			}
			rule := "role:title-before-name"
			if t.Appositive {
				rule = "role:appositive"
			}
			if t == titles[2] {
				rule = "role:title-after-name"
			}
			if t == titles[3] {
				rule = "role:coordinated-title"
			}
			of := x.titleOf(t)
			if o, post, ok := x.rankOrgTitle(t, title); ok && t == m.Title && !t.Appositive {
				of, title = o, post // "Assistant Treasury Secretary X": no body "Assistant Treasury"
				rule += "+rank-words"
			}
			if of >= 0 && t == m.Title && !t.Appositive {
				if o, ok := x.countryInBodyName(t); ok {
					if o < 0 {
						continue // "Gulf Canada spokesman X": a firm's post, whose firm the article does not name
					}
					of = o
					rule += "+body-name"
				}
			}
			if of >= 0 && t.Scope() == gazetteer.ScopeBody && x.cr.Entities[of].Kind == kg.KindCountry && x.countryInsideName(t.Of) {
				continue // "Nintendo UK general manager": the country word is inside a firm's name
			}
			if of >= 0 && t == m.Title && x.portfolioBody(of, t) {
				// "Labour Minister X" in a story that never names a Labour
				// party: the portfolio, a post of the country
				title = x.text(x.md.Mentions[t.Of].First) + " " + title
				of = -1
				rule += "+portfolio-word"
			}
			if of >= 0 && x.possessedBody(t) {
				continue // "founder of Ruritania's Acme Films": Acme's post, a body the lists do not know
			}
			if of < 0 && sharedOf >= 0 {
				of = sharedOf
			}
			if of < 0 {
				// "Scotland First Minister X", "First Minister of Scotland
				// X": the guidelines count the United Kingdom's home
				// nations as the country itself
				q := int32(t.Of)
				for k := t.First; q < 0 && k+1 < t.Last && t == m.Title; k++ {
					if x.lower(k) == "of" {
						if q = x.mentionAt(k + 1); q >= 0 && x.md.Mentions[q].Last != t.Last {
							q = -1
						}
					}
				}
				if q >= 0 && homeNation(x.md.Mentions[q].Entry) {
					of = x.country(x.md.Mentions[q].Entry.ISO)
					rule += "+home-nation"
				}
			}
			if of < 0 && possessor >= 0 {
				of = possessor
				if its {
					rule += "+its-subject"
				} else if subject {
					rule += "+sentence-subject"
				} else if story {
					rule += "+story-company"
				} else {
					rule += "+org-possessor"
				}
			}
			if t == m.Title && !t.Appositive && (t.Scope() == gazetteer.ScopeBody || t.Head.Name == "President") {
				// "American Express chairman X", "Airbus Industrie president
				// Y": the qualifier and the capitalised words after it open
				// the name of a firm the article names ("American Express
				// Co"): that firm's post, and its name no part of the title
				if o, rest := x.firmAroundQualifier(t, x.d.Sentences[m.Sent].First, title, t.Head); o >= 0 {
					of, title = o, rest
					rule += "+firm-name"
				}
			}
			if of < 0 && t == m.Title && !t.Appositive && t.Scope() == gazetteer.ScopeBody {
				// "Dome spokesman X" in a story on Dome Petroleum: the short
				// form of a body the article names, before the post
				if o, rest := x.orgPrefix(title, t.Head); o >= 0 {
					of, title = o, rest
					rule += "+org-prefix"
				}
			}
			if of < 0 && t == m.Title && !t.Appositive && !t.Pronoun && t.Scope() == gazetteer.ScopeBody {
				// "Storehouse Plc corporate treasurer X", "Acme <ACME.N>
				// chairman X": the body named right before the post, a wire's
				// ticker or a few lower-case words between
				if o, post := x.orgBeforePost(t, m.Sent); o >= 0 {
					of, title = o, post
					rule += "+org-before"
				}
			}
			if of < 0 && t == m.Title {
				// "Ecuador's deputy energy minister X": a rank word before a
				// portfolio can end up a title of its own, holding the "of"
				if dm := x.mentionAt(t.First - 1); dm >= 0 && x.md.Mentions[dm].Kind == mentions.Descriptor && x.md.Mentions[dm].Last == t.First {
					if dt := x.md.Mentions[dm].Title; dt != nil && !dt.Former {
						if o := x.titleOf(dt); o >= 0 {
							of = o
							title = strings.Join(strings.Fields(dt.Text+" "+t.Text), " ")
							rule += "+rank"
						}
					}
				}
			}
			if of < 0 && t.Scope() == gazetteer.ScopeGov {
				// "South Africa's newly designated ambassador": a country's
				// possessive a few modifiers before the title holds it
				for j := t.First - 1; j >= x.d.Sentences[m.Sent].First && j >= t.First-4; j-- {
					if cm := x.mentionAt(j); cm >= 0 {
						if c := &x.md.Mentions[cm]; c.Kind == mentions.Country && c.Possessive && c.Entity >= 0 && j < t.First-1 {
							of = c.Entity
							rule += "+possessor"
						}
						break
					}
					if w := x.d.Tokens[j]; w.Kind != segment.Word && !w.Has(segment.FlagPossessive) || w.Has(segment.FlagCap) || functionWord(x.lower(j)) {
						break
					}
				}
			}
			if s := x.shadowBefore(t, m); s >= 0 && (of < 0 || x.cr.Entities[of].Kind == kg.KindCountry) {
				// "Tory shadow overseas aid secretary X": "shadow" a few
				// portfolio words before the post the lists know makes it
				// the opposition party's shadow post, never the country's
				var b strings.Builder
				for k := s; k < t.First; k++ {
					b.WriteString(x.text(k))
					b.WriteByte(' ')
				}
				if p := x.partyBefore(m.Sent, s); p >= 0 {
					x.out.Roles = append(x.out.Roles, Role{Person: m.Entity, Title: b.String() + title, Of: p, Span: Span{m.Sent, m.Sent}, Rule: rule + "+shadow-words"})
				}
				continue
			}
			if strings.HasPrefix(strings.ToLower(title), "shadow ") && (of < 0 || x.cr.Entities[of].Kind == kg.KindCountry) {
				// a shadow-cabinet post belongs to the opposition party:
				// the one that opens the clause ("For the Conservatives,
				// shadow education secretary X"), not the country
				if p := x.partyBefore(m.Sent, t.First); p >= 0 {
					x.out.Roles = append(x.out.Roles, Role{Person: m.Entity, Title: title, Of: p, Span: Span{m.Sent, m.Sent}, Rule: rule + "+shadow-party"})
					continue
				}
				if p := x.leaderAndShadow(t, m); p >= 0 {
					x.out.Roles = append(x.out.Roles, Role{Person: m.Entity, Title: title, Of: p, Span: Span{m.Sent, m.Sent}, Rule: rule + "+shadow-leader"})
					continue
				}
				if p := x.shadowParty(m.Sent); p >= 0 {
					x.out.Roles = append(x.out.Roles, Role{Person: m.Entity, Title: title, Of: p, Span: Span{m.Sent, m.Sent}, Rule: rule + "+shadow-sentence-party"})
					continue
				}
			}
			if of < 0 {
				// "committee chairman X" in a story naming one committee
				if o := x.bodyNounHolder(t, m); o >= 0 {
					of = o
					rule += "+body-noun"
				} else if o := x.bodyNounOrg(t, m); o >= 0 {
					// "exchange president X", "company spokesman Y"
					of = o
					rule += "+body-noun-kind"
				}
			}
			if of < 0 && x.bareJudge(t, m) {
				// "Judge X ruled": a court's post whose court the text
				// leaves unnamed, like a prosecutor's; "of" stays empty
				rule += "+bare-judge"
			} else if p := x.policePost(t); of < 0 && p != "" {
				// "Police spokesman X": a post of a local force the text
				// does not name, like a mayor's; "of" stays empty
				title = p
				rule += "+police"
			} else if p := x.soleParliament(t); of < 0 && p >= 0 {
				// "MP X" in a story on the one parliament it names: a seat
				// in that parliament (a state's, whose MPs are no country's)
				of = p
				rule += "+sole-parliament"
			} else if of < 0 && t.Scope() == gazetteer.ScopeGov && x.companyCoordinated(t, m) {
				continue // "X, president and chief operating officer": a firm's president, not a country's
			} else if of < 0 && !x.placeQualified(t) && !x.constituency(t) {
				var how string
				of, how = x.inferHolder(mi, t)
				if how == "+same-person" && of >= 0 && x.cr.Entities[of].Kind == kg.KindCountry && t.Scope() == gazetteer.ScopeGov && (x.bodyWordBefore(t, m) || x.bodyNounPresident(t, m)) {
					continue // "OPEC conference president X", X a minister of his country elsewhere: the body's post, not the country's
				}
				if how != "+same-person" && t.Scope() == gazetteer.ScopeGov && (x.bodyWordBefore(t, m) || x.namedPresident(t) || x.bodyNounPresident(t, m) || x.lowerPresidentOfBody(t, m)) {
					// "Commission President X", "Renault president Y": a
					// body's president, not a country's; the body when the
					// words before the post are the short name of one the
					// article names
					o, rest := -1, ""
					if t == m.Title && !t.Appositive && x.namedPresident(t) {
						o, rest = x.orgPrefix(title, t.Head)
						if w := strings.Fields(rest); len(w) > 1 && w[0][0] >= 'A' && w[0][0] <= 'Z' && w[len(w)-1][0] >= 'a' {
							o = -1 // "Data General president": the cut fell inside the name
						}
					} else if t == m.Appos && t.Appositive {
						o, rest = x.apposPresidentHolder(t, m, title) // "X, Acme president, said"
					}
					if o < 0 {
						continue
					}
					of, title, how = o, rest, "+org-prefix"
				}
				if how != "+same-person" {
					if c := x.sharedQualifier(mi, t, 0); c >= 0 {
						of, how = c, "+shared-qualifier"
					} else if c := x.openingPlace(m.Sent, t, m.Entity); c >= 0 {
						of, how = c, "+opening-place"
					}
				}
				if of < 0 && how == "" && t == m.Title && !t.Appositive {
					if c := x.datelineCapitalLeader(t, m.Entity); c >= 0 {
						of, how = c, "+dateline-capital"
					}
				}
				if of < 0 && how == "" && t == m.Title && !t.Appositive && t.Scope() == gazetteer.ScopeBody {
					if c := x.previousSubjectBody(m, t); c >= 0 {
						of, how = c, "+previous-subject"
					} else if c := x.listedSiblingBody(m, t); c >= 0 {
						of, how = c, "+listed-body-post"
					}
				}
				if of < 0 && t.Scope() != gazetteer.ScopeLocal {
					continue // "President Reagan": of what, the text does not say
				}
				rule += how
			}
			if of < 0 && t.Scope() == gazetteer.ScopeLocal {
				title = x.dropPlaceWord(t, title) // "Middlesbrough mayor": the post is "mayor", the town its holder
			}
			x.out.Roles = append(x.out.Roles, Role{Person: m.Entity, Title: title, Of: of, Span: Span{m.Sent, m.Sent}, Rule: rule})
			if and := x.postBefore(t, m); and != "" && of >= 0 && x.cr.Entities[of].Kind == kg.KindOrganization && !x.hasRole(m.Entity, and) {
				// "Acme president and chief executive X": both posts are Acme's
				x.out.Roles = append(x.out.Roles, Role{Person: m.Entity, Title: and, Of: of, Span: Span{m.Sent, m.Sent}, Rule: rule + "+coordinated"})
			}
			if t.And != "" && of >= 0 && x.cr.Entities[of].Kind == kg.KindOrganization {
				// "X, chairman and chief executive of Y": both posts are Y's
				and := strings.Join(strings.Fields(t.And), " ")
				if !x.hasRoleOf(m.Entity, and, of) {
					x.out.Roles = append(x.out.Roles, Role{Person: m.Entity, Title: and, Of: of, Span: Span{m.Sent, m.Sent}, Rule: rule + "+coordinated"})
				}
			}
		}
	}
	x.pluralTitleRoles()
	x.storyCompanyPosts()
	x.counterpartRoles()
	x.memberOfRoles()
	x.partyMemberRoles()
	x.possessiveApposRoles()
	x.possessiveAfterRoles()
	x.titleOfBodyApposRoles()
	x.delegationRoles()
	x.officialSpokesmanRoles()
	x.apposBodyPrefixRoles()
	x.appointedRoles()
	x.listedBodyPresidents()
	x.nomineeRoles()
	x.seatFromRoles()
}

// apposBodyPrefixRoles reads "X, a Honeywell spokesman, said": a body's
// post in apposition after a name with capitalised words before it that
// the word lists do not know, when those words are an organization the
// article names (its name, its opening words or an alias: orgNamed) or
// one organization mention. The apposition must close (a comma, a stop,
// a speech verb) right after the post.
func (x *extractor) apposBodyPrefixRoles() {
	for mi := range x.md.Mentions {
		pm := &x.md.Mentions[mi]
		if pm.Kind != mentions.Person || pm.Entity < 0 || pm.Weak || pm.Appos != nil {
			continue
		}
		k, last, ok := x.apposWords(pm, 3)
		if !ok {
			continue
		}
		first := k
		for k < last && k < first+3 && x.d.Tokens[k].Kind == segment.Word && x.d.Tokens[k].Has(segment.FlagCap) {
			if e, _ := x.g.MatchTitle(x.d, k, last); e != nil {
				break
			}
			k++
		}
		if k == first || k >= last {
			continue
		}
		e, n := x.g.MatchTitle(x.d, k, last)
		if e == nil || e.Class != gazetteer.Role || e.Scope != gazetteer.ScopeBody || k+n >= last {
			continue
		}
		switch w := x.lower(k + n); {
		case w == "," || w == ".":
		case mentions.IsSpeechVerb(w):
			// "replacing X, a CEPE spokesman said": after a word the name is
			// an object and the spokesman someone else; after the opening,
			// a comma or a quotation the name is the speaker
			if b := pm.First - 1; b >= x.d.Sentences[pm.Sent].First && x.d.Tokens[b].Kind == segment.Word {
				continue
			}
		default:
			continue
		}
		of := -1
		if om := x.mentionAt(first); om >= 0 && x.md.Mentions[om].Kind == mentions.Org && x.md.Mentions[om].First == first && x.md.Mentions[om].Last == k {
			of = x.md.Mentions[om].Entity
		} else {
			of = x.orgNamed(x.d.Text[x.d.Tokens[first].Start:x.d.Tokens[k-1].End])
		}
		if of < 0 || x.cr.Entities[of].Kind != kg.KindOrganization {
			continue
		}
		title := strings.Join(strings.Fields(x.d.Text[x.d.Tokens[k].Start:x.d.Tokens[k+n-1].End]), " ")
		if x.hasRole(pm.Entity, title) {
			continue
		}
		x.out.Roles = append(x.out.Roles, Role{Person: pm.Entity, Title: title, Of: of, Span: Span{pm.Sent, pm.Sent}, Rule: "role:appositive+org-prefix"})
	}
}

// officialSpokesmanRoles reads "X, a spokesman for EU trade commissioner
// Y,": the spokesman of a named office holder speaks for the body or the
// country that holds the office, as the holder's own role names it (the
// guidelines count him the body's spokesman). Only when the holder's
// roles name one such body or country.
func (x *extractor) officialSpokesmanRoles() {
	n := len(x.out.Roles)
	for mi := range x.md.Mentions {
		pm := &x.md.Mentions[mi]
		if pm.Kind != mentions.Person || pm.Entity < 0 || pm.Weak || pm.InQuote {
			continue
		}
		k, last, ok := x.apposWords(pm, 3)
		if !ok {
			continue
		}
		for k < last && mentions.IsTitleModifier(x.lower(k)) {
			k++ // "chief spokesman", "senior spokeswoman"
		}
		title := x.lower(k)
		switch title {
		case "spokesman", "spokeswoman", "spokesperson":
		default:
			continue
		}
		if k+2 >= last || x.lower(k+1) != "for" {
			continue
		}
		// the holder: the next person mention, titled ("Chancellor Y",
		// "EU trade commissioner Y") right after "for"
		q := int32(-1)
		for j := k + 2; j < last && j < k+8; j++ {
			if c := x.mentionAt(j); c >= 0 && x.md.Mentions[c].Kind == mentions.Person {
				q = c // the name after its title ("EU trade commissioner Y")
				break
			}
		}
		if q < 0 {
			continue
		}
		hm := &x.md.Mentions[q]
		if hm.Kind != mentions.Person || hm.Entity < 0 || hm.Entity == pm.Entity || hm.Title == nil || hm.Title.Last != hm.First || hm.Title.First > k+2 {
			continue
		}
		of := -1
		for ri := 0; ri < n; ri++ {
			r := &x.out.Roles[ri]
			if r.Person != hm.Entity || r.Of < 0 || r.Of == of {
				continue
			}
			if of >= 0 {
				of = -2 // two holders: which one he speaks for is unclear
				break
			}
			of = r.Of
		}
		if of < 0 || x.hasRole(pm.Entity, title) {
			continue
		}
		x.out.Roles = append(x.out.Roles, Role{Person: pm.Entity, Title: title, Of: of, Span: Span{pm.Sent, pm.Sent}, Rule: "role:official-spokesman"})
	}
}

// delegationRoles reads "X, head of the Ruritanian delegation," and
// "Y, leader of the EC negotiating team,": the head of a body's or a
// country's delegation holds the post for that body or country (the
// lists know no title for the unit). Only in commas right after the name,
// the head word alone or after a rank ("deputy head"), and the country
// or body named right before the unit noun.
func (x *extractor) delegationRoles() {
	for mi := range x.md.Mentions {
		pm := &x.md.Mentions[mi]
		if pm.Kind != mentions.Person || pm.Entity < 0 || pm.Weak || pm.InQuote {
			continue
		}
		s := &x.d.Sentences[pm.Sent]
		k := pm.Last
		if k+5 >= s.Last || x.text(k) != "," {
			continue
		}
		first := k + 1
		switch x.lower(first) {
		case "deputy", "acting":
			k++
		}
		switch x.lower(k + 1) {
		case "head", "leader", "chief", "chairman":
		default:
			continue
		}
		if x.lower(k+2) != "of" || x.lower(k+3) != "the" {
			continue
		}
		bm := x.mentionAt(k + 4)
		if bm < 0 {
			continue
		}
		b := &x.md.Mentions[bm]
		if b.Entity < 0 || b.First != k+4 || b.Possessive || b.Kind != mentions.Country && b.Kind != mentions.Org {
			continue
		}
		u := b.Last
		if u+1 < s.Last && x.lower(u) == "negotiating" {
			u++
		}
		switch x.lower(u) {
		case "delegation", "mission":
		case "team":
			if x.lower(u-1) != "negotiating" {
				continue
			}
		default:
			continue
		}
		if u+1 >= s.Last || x.text(u+1) != "," && !delegationEnd(x.lower(u+1)) {
			continue // "head of the EC delegation's legal staff": another post
		}
		title := strings.Join(strings.Fields(x.d.Text[x.d.Tokens[first].Start:x.d.Tokens[k+1].End]), " ")
		if x.hasRole(pm.Entity, title) {
			continue
		}
		x.out.Roles = append(x.out.Roles, Role{Person: pm.Entity, Title: title, Of: b.Entity, Span: Span{pm.Sent, pm.Sent}, Rule: "role:delegation-head"})
	}
}

// delegationEnd: a word that may follow a delegation's unit noun and
// end its name ("the EC delegation to Geneva", "in Washington", "here").
func delegationEnd(w string) bool {
	switch w {
	case "to", "at", "in", "here", "there":
		return true
	}
	return false
}

// definiteBody reads "the company's" ending at token k (the noun): a
// kind of body after "the", standing for the one organization of that
// kind the article names ("the company's chairman, X" in a story on one
// firm); -1 when the article names none or several, or the noun is
// capitalised or qualified ("the Swiss company's").
func (x *extractor) definiteBody(k, first int) int {
	if k-1 < first || x.lower(k-1) != "the" || x.d.Tokens[k].Has(segment.FlagCap) {
		return -1
	}
	noun := x.lower(k)
	found := -1
	for e := range x.cr.Entities {
		if bodyFits(noun, &x.cr.Entities[e]) {
			if found >= 0 {
				return -1 // two such bodies: which one, the text does not say
			}
			found = e
		}
	}
	if found >= 0 && !x.opensSomeSentence(found) {
		return -1 // named only inside another phrase ("a pact with the Acme Co"): the story may be on a body the lists missed
	}
	return found
}

// opensSomeSentence reports an organization written as the subject
// opening some sentence of the article ("Acme Corp said ...", "The Acme
// Group expects ..."): the body the story is about.
func (x *extractor) opensSomeSentence(e int) bool {
	for mi := range x.md.Mentions {
		m := &x.md.Mentions[mi]
		if m.Kind != mentions.Org || m.Entity != e {
			continue
		}
		k := x.d.Sentences[m.Sent].First
		for k < m.First && (x.lower(k) == "the" || x.lower(k) == "<") {
			k++
		}
		if k == m.First {
			return true
		}
	}
	return false
}

// possessiveApposRoles reads a post written in the possessive of its
// holder, in apposition before the name: "Ruritania's minister of state
// for trade, X", "Acme's new chief executive, Y", "Ruritania's ambassador
// in Lima, Z" (the post is "ambassador"). Only a country or a body as the
// possessor (a person's "chief of staff" names no holder of the post), and
// not a past or future post.
func (x *extractor) possessiveApposRoles() {
	for mi := range x.md.Mentions {
		pm := &x.md.Mentions[mi]
		if pm.Kind != mentions.Person || pm.Entity < 0 || pm.Weak || pm.InQuote {
			continue
		}
		s := &x.d.Sentences[pm.Sent]
		c := pm.First - 1
		if c <= s.First || x.text(c) != "," {
			continue
		}
		p := -1 // the possessive mark
		for j := c - 1; j > s.First && j >= c-10; j-- {
			tk := x.d.Tokens[j]
			if tk.Has(segment.FlagPossessive) {
				p = j
				break
			}
			if tk.Kind != segment.Word && x.text(j) != "-" {
				break
			}
			if q := x.mentionAt(j); q >= 0 {
				switch x.md.Mentions[q].Kind {
				case mentions.Descriptor, mentions.Place, mentions.Surname:
				default:
					j = s.First // another actor inside: not one post phrase
				}
			}
		}
		if p < 0 || p+1 >= c {
			continue
		}
		om := x.mentionAt(p - 1)
		holder := -1
		if om >= 0 && x.md.Mentions[om].Last == p && x.md.Mentions[om].Entity >= 0 {
			if k := x.md.Mentions[om].Kind; k == mentions.Country || k == mentions.Org {
				holder = x.md.Mentions[om].Entity
			}
		} else if om < 0 || x.md.Mentions[om].Kind == mentions.Descriptor && x.md.Mentions[om].Last == p {
			holder = x.definiteBody(p-1, s.First)
		}
		if holder < 0 {
			continue
		}
		spans := x.possessedPosts(p+1, c)
		oneOf := ""
		if spans == nil {
			oneOf = x.oneOfPost(om, p+1, c, s.First)
		}
		if spans == nil && oneOf == "" {
			continue
		}
		if oneOf != "" {
			if !x.hasRole(pm.Entity, oneOf) {
				x.out.Roles = append(x.out.Roles, Role{Person: pm.Entity, Title: oneOf, Of: holder, Span: Span{pm.Sent, pm.Sent}, Rule: "role:possessive-appositive+one-of"})
			}
			continue
		}
		rule := "role:possessive-appositive"
		if om < 0 || x.md.Mentions[om].Kind == mentions.Descriptor {
			rule += "+definite-body"
		}
		for _, sp := range spans {
			title := strings.Join(strings.Fields(x.d.Text[x.d.Tokens[sp[0]].Start:x.d.Tokens[sp[1]-1].End]), " ")
			if x.hasRole(pm.Entity, title) {
				continue
			}
			x.out.Roles = append(x.out.Roles, Role{Person: pm.Entity, Title: title, Of: holder, Span: Span{pm.Sent, pm.Sent}, Rule: rule})
		}
	}
}

// possessiveAfterRoles reads a body's post in the possessive, in
// apposition after the name: "X, Acme's chief executive, said", "Y, the
// charity's director, said". The mention finder reads this when it knows
// the body as it passes the name; a body it finds only later (a hyphenated
// or all-capital name, a short form) is read here. Only an organization
// (or "the <noun>'s" standing for the one body of that kind) as the
// possessor, and the apposition must close right after the post.
func (x *extractor) possessiveAfterRoles() {
	for mi := range x.md.Mentions {
		pm := &x.md.Mentions[mi]
		if pm.Kind != mentions.Person || pm.Entity < 0 || pm.Weak || pm.InQuote || pm.Appos != nil && pm.Appos.Of >= 0 {
			continue
		}
		last := x.d.Sentences[pm.Sent].Last
		c := pm.Last
		if c+2 >= last || x.text(c) != "," {
			continue
		}
		p := -1 // the possessive mark
		holder := -1
		if om := x.mentionAt(c + 1); om >= 0 {
			o := &x.md.Mentions[om]
			if o.Kind != mentions.Org || o.Entity < 0 || o.First != c+1 || o.Last >= last || !x.d.Tokens[o.Last].Has(segment.FlagPossessive) {
				continue
			}
			p, holder = o.Last, o.Entity
		} else if c+3 < last && x.lower(c+1) == "the" && x.mentionAt(c+2) < 0 && x.d.Tokens[c+3].Has(segment.FlagPossessive) {
			p, holder = c+3, x.definiteBody(c+2, x.d.Sentences[pm.Sent].First)
		}
		if holder < 0 || p+1 >= last {
			continue
		}
		end := p + 1
		for end < last && end < p+8 && x.d.Tokens[end].Kind == segment.Word && !appositionCloser(x.lower(end)) {
			if dm := x.mentionAt(end); dm >= 0 && x.md.Mentions[dm].Kind != mentions.Descriptor {
				break // "Chief Executive" capitalised is a descriptor; any other name is not the post
			}
			end++
		}
		if end == p+1 || end < last && x.d.Tokens[end].Kind == segment.Word && !appositionCloser(x.lower(end)) {
			continue // the phrase runs on into another name or clause
		}
		for k := p + 2; k < end; k++ {
			if w := x.lower(k); w == "for" || w == "of" || w == "here" || w == "there" {
				end = k // "EA's managing director for European publishing": the post is "managing director"
				break
			}
		}
		if end < last {
			switch x.text(end) {
			case ",", ".", ";", ")", "—", "–", "said", "says", "told", "who":
			default:
				if x.d.Tokens[end].Kind != segment.Word {
					continue
				}
			}
		}
		spans := x.possessedPosts(p+1, end)
		if spans == nil {
			continue
		}
		rule := "role:possessive-after-name"
		if x.mentionAt(c+1) < 0 {
			rule += "+definite-body"
		}
		for _, sp := range spans {
			title := strings.Join(strings.Fields(x.d.Text[x.d.Tokens[sp[0]].Start:x.d.Tokens[sp[1]-1].End]), " ")
			if x.hasRole(pm.Entity, title) {
				continue
			}
			x.out.Roles = append(x.out.Roles, Role{Person: pm.Entity, Title: title, Of: holder, Span: Span{pm.Sent, pm.Sent}, Rule: rule})
		}
	}
}

// appositionCloser: words after a post that end its apposition ("X,
// Acme's chairman, said", "..., who").
func appositionCloser(w string) bool {
	switch w {
	case "said", "says", "told", "who", "which", "has", "had", "is", "was", "will", "would":
		return true
	}
	return false
}

// possessedPosts reads the post words [first, end) after a possessive
// ("Acme's new chief executive"): the span(s) of the post, two when "and"
// joins two posts ("chairman and chief executive"), or nil when the words
// hold no post the lists know or a past or future one.
func (x *extractor) possessedPosts(first, end int) [][2]int {
	first = x.postStart(first)
	head := false
	for i := first; i < end; i++ {
		switch x.lower(i) {
		case "former", "ex", "late", "outgoing", "incoming", "predecessor", "successor", "nominee", "then", "designate", "retired", "one":
			head = false
			i = end
			continue
		case "in", "to", "at", "on":
			if head {
				end = i // "ambassador in Lima": the post is the ambassador's
			}
			continue
		}
		if e, _ := x.g.MatchTitle(x.d, i, end); e != nil && e.Class == gazetteer.Role {
			head = true
		}
	}
	if !head || first >= end {
		return nil
	}
	spans := [][2]int{{first, end}}
	for i := first + 1; i < end-1; i++ {
		if x.lower(i) != "and" {
			continue
		}
		// "Acme's chairman and chief executive, X": two posts
		if e, n := x.g.MatchTitle(x.d, first, i); e != nil && e.Class == gazetteer.Role && first+n == i {
			if e, n := x.g.MatchTitle(x.d, i+1, end); e != nil && e.Class == gazetteer.Role && i+1+n == end {
				spans = [][2]int{{first, i}, {i + 1, end}}
			}
		}
		break
	}
	return spans
}

// postStart skips a word that dates a possessed post ("Acme's new
// chairman") to the post's first word.
func (x *extractor) postStart(first int) int {
	switch x.lower(first) {
	case "new", "current", "newly-appointed":
		return first + 1
	}
	return first
}

// oneOfPost reads "One of South Sudan's Vice Presidents, X": one holder
// of a post several hold, the plural post in [first, end) after the
// possessor mention om. It returns the singular title, else "".
func (x *extractor) oneOfPost(om int32, first, end, sentFirst int) string {
	if first >= end || om < 0 {
		return ""
	}
	o := x.md.Mentions[om].First
	if o < sentFirst+2 || x.lower(o-2) != "one" || x.lower(o-1) != "of" {
		return ""
	}
	first = x.postStart(first)
	w := x.text(end - 1)
	if first >= end || !strings.HasSuffix(w, "s") || len(w) <= 4 || !x.d.Tokens[end-1].Has(segment.FlagCap) {
		return ""
	}
	t := strings.Join(strings.Fields(x.d.Text[x.d.Tokens[first].Start:x.d.Tokens[end-1].Start]+strings.TrimSuffix(w, "s")), " ")
	td := segment.Segment(t)
	if e, n := x.g.MatchTitle(td, 0, len(td.Tokens)); e != nil && e.Class == gazetteer.Role && n == len(td.Tokens) {
		return t
	}
	return ""
}

// memberOfRoles reads a seat in a deliberative body written with "member
// of": "X, a member of the Supreme Soviet,", "A member of the Ruritanian
// Parliament, X, said", "Member of Parliament X". The body must be named
// (or, for a bare "Parliament", be the one parliament the article names)
// and be a legislature, council, board, committee, commission or court:
// a party's or a firm's members hold no post.
func (x *extractor) memberOfRoles() {
	for si := range x.d.Sentences {
		s := &x.d.Sentences[si]
		if s.Headline || s.Dateline {
			continue
		}
		for k := s.First; k+2 < s.Last; k++ {
			if x.lower(k) != "member" || x.lower(k+1) != "of" {
				continue
			}
			j := k + 2
			if x.lower(j) == "the" {
				j++
			}
			body, end := -1, -1
			if bm := x.mentionAt(j); bm >= 0 && x.md.Mentions[bm].Kind == mentions.Org && int(x.md.Mentions[bm].First) == j && x.md.Mentions[bm].Entity >= 0 {
				body, end = x.md.Mentions[bm].Entity, x.md.Mentions[bm].Last
			} else if j < s.Last && x.lower(j) == "parliament" {
				body, end = x.onlyParliament(), j+1
			}
			if body < 0 || !seatBody(&x.cr.Entities[body]) {
				continue
			}
			person := -1
			title := "member"
			switch {
			case k >= s.First+3 && (x.lower(k-1) == "a" || x.lower(k-1) == "an") && x.text(k-2) == ",":
				// "X, a member of Y"
				if pm := x.mentionAt(k - 3); pm >= 0 && x.md.Mentions[pm].Kind == mentions.Person && x.md.Mentions[pm].Last == k-2 {
					person = x.md.Mentions[pm].Entity
				}
			case k >= s.First+1 && (x.lower(k-1) == "a" || x.lower(k-1) == "an") && (k-1 == s.First || x.text(k-2) == ","):
				// "A member of Y, X, said"
				if end < s.Last && x.text(end) == "," {
					if pm := x.mentionAt(end + 1); pm >= 0 && x.md.Mentions[pm].Kind == mentions.Person && x.md.Mentions[pm].First == end+1 {
						person = x.md.Mentions[pm].Entity
					}
				}
			case j == k+2 && x.lower(j) == "parliament":
				// "Member of Parliament (MP) X", "Labour Member of Parliament Y"
				n := end
				if n+2 < s.Last && x.text(n) == "(" && x.text(n+2) == ")" {
					n += 3
				}
				if pm := x.mentionAt(n); pm >= 0 && x.md.Mentions[pm].Kind == mentions.Person && x.md.Mentions[pm].First == n {
					person = x.md.Mentions[pm].Entity
					title = strings.TrimSpace(x.d.Text[x.d.Tokens[k].Start:x.d.Tokens[j].End])
				}
			}
			if person < 0 || !x.isPerson(person) || x.hasRole(person, title) {
				continue
			}
			if k != s.First && end < s.Last && title == "member" && !seatEnd(x.text(end), x.lower(end)) {
				continue // "a member of the Senate's farm panel": a unit's seat
			}
			x.out.Roles = append(x.out.Roles, Role{Person: person, Title: title, Of: body, Span: Span{si, si}, Rule: "role:member-of"})
		}
	}
}

// partyMemberRoles reads party membership stated with the noun
// (GUIDELINES 20.4): "X, a member of the Y Party,", "X is a member of the
// Y Party", "A, B and C are (all) members of the Y Party", "A member of
// the Y Party, X, said". The party must be named and the phrase must
// close after its name (not "a member of the Y Party's youth wing"). A
// past or former membership ("was a member", "a former member") does
// not match.
func (x *extractor) partyMemberRoles() {
	for si := range x.d.Sentences {
		s := &x.d.Sentences[si]
		if s.Headline || s.Dateline {
			continue
		}
		for k := s.First + 1; k+2 < s.Last; k++ {
			lk := x.lower(k)
			if lk != "member" && lk != "members" || x.lower(k+1) != "of" {
				continue
			}
			j := k + 2
			if x.lower(j) == "the" {
				j++
			}
			bm := x.mentionAt(j)
			if bm < 0 {
				continue
			}
			b := &x.md.Mentions[bm]
			if b.Kind != mentions.Org || b.First != j || b.Entity < 0 || b.Possessive || !partyBody(&x.cr.Entities[b.Entity]) {
				continue
			}
			end := b.Last
			if end < s.Last && !seatEnd(x.text(end), x.lower(end)) {
				continue
			}
			var persons []int
			personEnding := func(e int) int { // a person mention ending right before token e
				if pm := x.mentionAt(e - 1); pm >= 0 && x.md.Mentions[pm].Kind == mentions.Person && x.md.Mentions[pm].Last == e && x.isPerson(x.md.Mentions[pm].Entity) {
					return int(pm)
				}
				return -1
			}
			switch {
			case lk == "member" && k >= s.First+3 && (x.lower(k-1) == "a" || x.lower(k-1) == "an") && (x.text(k-2) == "," || x.lower(k-2) == "is"):
				// "X, a member of Y", "X is a member of Y"
				if pm := personEnding(k - 2); pm >= 0 {
					persons = append(persons, x.md.Mentions[pm].Entity)
				}
			case lk == "member" && (x.lower(k-1) == "a" || x.lower(k-1) == "an") && (k-1 == s.First || x.text(k-2) == ","):
				// "A member of Y, X, said"
				if end < s.Last && x.text(end) == "," {
					if pm := x.mentionAt(end + 1); pm >= 0 && x.md.Mentions[pm].Kind == mentions.Person && x.md.Mentions[pm].First == end+1 {
						persons = append(persons, x.md.Mentions[pm].Entity)
					}
				}
			case lk == "members":
				// "A, B and C are (all) members of Y": the whole subject,
				// from the sentence start, is a list of named people.
				v := k - 1
				if w := x.lower(v); w == "all" || w == "both" {
					v--
				}
				if v <= s.First || x.lower(v) != "are" {
					continue
				}
				e := v
				for e > s.First {
					pm := personEnding(e)
					if pm < 0 {
						persons = nil
						break
					}
					persons = append(persons, x.md.Mentions[pm].Entity)
					e = x.md.Mentions[pm].First
					if e == s.First {
						break
					}
					switch x.lower(e - 1) {
					case ",", "and":
						e--
						if x.lower(e) == "and" && x.text(e-1) == "," {
							e-- // the serial comma
						}
					default:
						persons = nil
						e = s.First
					}
				}
				if len(persons) < 2 {
					persons = nil
				}
			}
			for _, p := range persons {
				if !x.isPerson(p) || x.hasRole(p, "member") {
					continue
				}
				x.out.Roles = append(x.out.Roles, Role{Person: p, Title: "member", Of: b.Entity, Span: Span{si, si}, Rule: "role:party-member"})
			}
		}
	}
}

// partyBody reports a political party: one the lists know as a party,
// or a body of no known kind whose name ends in "Party".
func partyBody(e *coref.Entity) bool {
	if e.Kind != kg.KindOrganization {
		return false
	}
	return e.OrgKind == "PARTY" || e.OrgKind == "" && strings.HasSuffix(e.Name, " Party")
}

// seatEnd reports whether the word after a body's name closes the phrase
// ("X, a member of the Senate, said"), not one that goes on naming a unit.
func seatEnd(w, lw string) bool {
	switch w {
	case ",", ".", ";", ":", "(", ")":
		return true
	}
	switch lw {
	case "and", "who", "since", "until", "for", "said", "says", "told":
		return true
	}
	return false
}

// seatBody reports a body whose members hold a seat: a legislature, a
// council, board, committee, commission or court (not a party, a firm or
// a union).
func seatBody(e *coref.Entity) bool {
	if e.Kind != kg.KindOrganization {
		return false
	}
	switch e.OrgKind {
	case "LEGISLATURE", "COURT", "CENTRAL_BANK":
		return true
	case "", "GOVERNMENT", "INTERNATIONAL":
	default:
		return false
	}
	name := e.Name
	if i := strings.Index(name, " of "); i > 0 {
		name = name[:i] // "Parliament of Ruritania", "House of Representatives"
	}
	f := strings.Fields(name)
	if len(f) == 0 {
		return false
	}
	switch f[len(f)-1] {
	case "House", "Parliament", "Assembly", "Senate", "Congress", "Committee", "Commission", "Council", "Board", "Court",
		"Soviet", "Cabinet", "Politburo", "Bundestag", "Knesset", "Duma", "Diet", "Majlis", "Legislature", "Presidium",
		"Tribunal", "Commons", "Lords", "Representatives", "Advisers", "Advisors", "Directorate":
		return true
	}
	return false
}

// onlyParliament is the one organization named as a parliament in the
// article (with the word in its name, or the House of Commons; not the
// European Parliament, whose members are MEPs), or -1 for none or two.
func (x *extractor) onlyParliament() int {
	found := -1
	for e := range x.cr.Entities {
		ent := &x.cr.Entities[e]
		if ent.Kind != kg.KindOrganization || !hasWord(ent.Name, "Parliament") && ent.Name != "House of Commons" || hasWord(ent.Name, "European") || hasWord(ent.Name, "Member") {
			continue // "Communist Member of Parliament" read as a name is no parliament
		}
		if found >= 0 {
			return -1
		}
		found = e
	}
	return found
}

// apposWords returns the first word of an apposition after person
// mention m ("X, a spokesman", "X, the director": the comma and an
// article passed over) and its sentence's end; ok is false when no comma
// follows the name or fewer than room tokens come after the comma.
func (x *extractor) apposWords(m *mentions.Mention, room int) (k, last int, ok bool) {
	last = x.d.Sentences[m.Sent].Last
	k = m.Last
	if k+room >= last || x.text(k) != "," {
		return 0, last, false
	}
	k++
	if w := x.lower(k); w == "a" || w == "an" || w == "the" {
		k++
	}
	return k, last, true
}

// apposModifiers gives an appositive title the lower-case words written
// before it ("X, commercial director of Y": the post is "commercial
// director", as written), not words about the person or the time ("X,
// now director of Y", "X, who is director").
func (x *extractor) apposModifiers(m *mentions.Mention, title string) string {
	s := &x.d.Sentences[m.Sent]
	k, _, ok := x.apposWords(m, 0)
	if !ok {
		return title
	}
	f := strings.Fields(title)
	if len(f) == 0 {
		return title
	}
	for j := k; j < s.Last && j <= k+3; j++ {
		if x.text(j) == f[0] {
			if j == k {
				return title
			}
			for i := k; i < j; i++ {
				tk := x.d.Tokens[i]
				if tk.Kind != segment.Word || tk.Has(segment.FlagCap) || functionWord(x.lower(i)) || isDeterminerWord(x.lower(i)) {
					return title
				}
				if w := x.lower(i); strings.Contains(w, "-") && !strings.HasPrefix(w, "non-") && !strings.HasPrefix(w, "co-") {
					return title // "long-serving", "newly-elected": about the holder
				}
				switch x.lower(i) {
				case "now", "currently", "presently", "also", "who", "is", "was", "as", "serves", "another", "new", "current",
					"recently", "retired", "former", "then", "most", "recent", "female", "male", "longtime", "long-time", "veteran",
					"outspoken", "newly", "appointed", "named", "and", "or", "its", "his", "her", "their", "prospective", "incumbent",
					"once", "future", "would-be", "sitting":
					return title
				}
			}
			return strings.Join(strings.Fields(x.d.Text[x.d.Tokens[k].Start:x.d.Tokens[j-1].End]), " ") + " " + title
		}
		if x.d.Tokens[j].Kind != segment.Word {
			return title
		}
	}
	return title
}

// counterpartRoles reads "A wrote to his Ruritanian counterpart B": the
// word names no post of its own, but B holds in the qualifying country
// the post that the possessor A holds in his. Only when A is the person
// named last before it in the sentence, and A's post belongs to another
// country (read already, from A's own title).
func (x *extractor) counterpartRoles() {
	for mi := range x.md.Mentions {
		m := &x.md.Mentions[mi]
		if m.Kind != mentions.Person || m.Entity < 0 || m.Weak {
			continue
		}
		cm, k := int32(-1), -1 // the qualifying country, the word before it
		if t := m.Title; t != nil && t.Head != nil && t.Head.Name == "Counterpart" && !t.Former && t.Of >= 0 {
			cm, k = int32(t.Of), t.First-1
		} else if j := m.First - 2; j > x.d.Sentences[m.Sent].First && x.text(j+1) == "," && x.lower(j) == "counterpart" {
			// "his Ruritanian counterpart, B,": the name set off by a comma
			if q := x.mentionAt(j - 1); q >= 0 && x.md.Mentions[q].Last == j {
				cm, k = q, x.md.Mentions[q].First-1
			}
		}
		if cm < 0 || k < x.d.Sentences[m.Sent].First {
			continue
		}
		c := &x.md.Mentions[cm]
		if c.Kind != mentions.Country || c.Entity < 0 || x.cr.Entities[c.Entity].Kind != kg.KindCountry {
			continue // "his Alberta counterpart": a region's post
		}
		switch x.lower(k) {
		case "his", "her":
		default:
			continue // "the Ruritanian counterpart" of whom, the sentence may not say
		}
		// the possessor: the person named last before "his"
		owner := -1
		for _, pi := range x.bySent[m.Sent] {
			p := &x.md.Mentions[pi]
			if p.First >= k {
				break
			}
			if p.Kind == mentions.Person && !p.InTitle && p.Entity >= 0 {
				owner = p.Entity
			}
		}
		if owner < 0 || owner == m.Entity {
			continue
		}
		title := ""
		for _, r := range x.out.Roles {
			if r.Person == owner && r.Of >= 0 && x.cr.Entities[r.Of].Kind == kg.KindCountry && r.Of != c.Entity {
				title = r.Title
				break
			}
		}
		if title == "" || x.hasRole(m.Entity, title) {
			continue
		}
		x.out.Roles = append(x.out.Roles, Role{Person: m.Entity, Title: title, Of: c.Entity, Span: Span{m.Sent, m.Sent}, Rule: "role:counterpart"})
	}
}

// soleCompany is the one company the article names, or -1.
func (x *extractor) soleCompany() int {
	company := -1
	for i := range x.cr.Entities {
		if bodyFits("company", &x.cr.Entities[i]) {
			if company >= 0 {
				return -1 // two companies: which one, the text does not say
			}
			company = i
		}
	}
	return company
}

// ofTheCompany reports "of the company" or "of the firm" at token k
// closing a phrase before last: not "of the company board" nor "of the
// company's unit".
func (x *extractor) ofTheCompany(k, last int) bool {
	if k+3 > last || x.lower(k) != "of" || x.lower(k+1) != "the" || x.lower(k+2) != "company" && x.lower(k+2) != "firm" || x.d.Tokens[k+2].Has(segment.FlagPossessive) {
		return false
	}
	if k+3 < last {
		if t := x.d.Tokens[k+3]; t.Kind == segment.Word || t.Has(segment.FlagPossessive) {
			return false
		}
	}
	return true
}

// storyCompanyPosts reads "X, president of the company," in a story on
// one company: the apposition names no body, but "the company" can only
// be the one company the story names. Only a body's post (president,
// chairman, head), right after the name, and "the company" or "the firm"
// closing the apposition ("of the company's unit" is another body).
func (x *extractor) storyCompanyPosts() {
	company := -2 // not looked up yet: most stories have no such apposition
	for mi := range x.md.Mentions {
		m := &x.md.Mentions[mi]
		if m.Kind != mentions.Person || m.Entity < 0 || m.Weak || m.InQuote || m.Appos != nil && (m.Appos.Of >= 0 || m.Appos.OfISO != "") {
			continue
		}
		last := x.d.Sentences[m.Sent].Last
		k := m.Last
		if k >= last || x.text(k) != "," {
			continue
		}
		k++
		if w := x.lower(k); k < last && (w == "the" || w == "a" || w == "an") {
			k++ // "the president", "a director"
		}
		first := k
		var head *gazetteer.Entry
		n := 0
		for j := k; j < last && j <= first+2; j++ {
			// "senior vice president": lower-case words before the post
			if e, w := x.g.MatchTitle(x.d, j, last); e != nil {
				head, n, k = e, w, j
				break
			}
			if t := x.d.Tokens[j]; t.Kind != segment.Word || t.Has(segment.FlagCap) || functionWord(x.lower(j)) {
				break
			}
		}
		if head == nil || head.Class != gazetteer.Role || head.Scope == gazetteer.ScopeLocal {
			continue // "president" too: of the company, it is the firm's
		}
		end := k + n
		if !x.ofTheCompany(end, last) {
			continue
		}
		if company == -2 {
			company = x.soleCompany()
		}
		if company < 0 {
			return
		}
		title := strings.TrimSpace(x.d.Text[x.d.Tokens[first].Start:x.d.Tokens[end-1].End])
		if x.hasRole(m.Entity, title) {
			continue
		}
		x.out.Roles = append(x.out.Roles, Role{Person: m.Entity, Title: title, Of: company, Span: Span{m.Sent, m.Sent}, Rule: "role:appositive+story-company"})
	}
}

// orgBeforePost reads the organization written right before a body's
// post in front of a name: "Storehouse Plc corporate treasurer X", "Acme
// Inc <ACME.N> chairman X", "the Acme board chairman X". Up to three
// lower-case words may stand between (they stay in the title, as
// written), or a wire's ticker in angle brackets. Not a possessive ("Acme's
// chairman": possessorOrg) nor a verb or function word between ("Acme said
// chairman X"). It returns the body and the title, or -1.
func (x *extractor) orgBeforePost(t *mentions.Title, si int) (int, string) {
	first := x.d.Sentences[si].First
	if t.Last <= first || t.Last > len(x.d.Tokens) {
		return -1, ""
	}
	// the token where the title text starts
	startByte := x.d.Tokens[t.Last-1].End - int32(len(t.Text))
	s := t.Last - 1
	for s > first && s > t.First && x.d.Tokens[s-1].Start >= startByte {
		s--
	}
	j := s - 1
	for n := 0; j >= first && n < 3; n++ {
		tk := x.d.Tokens[j]
		w := x.lower(j)
		if tk.Kind != segment.Word || tk.Has(segment.FlagCap) || tk.Has(segment.FlagPossessive) || functionWord(w) || isDeterminerWord(w) || mentions.IsSpeechVerb(w) || isFormerWord(w) || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || x.mentionAt(j) >= 0 && x.md.Mentions[x.mentionAt(j)].Kind != mentions.Descriptor {
			break
		}
		j--
	}
	mods := j + 1
	if mods < s && strings.HasSuffix(x.lower(mods), "s") {
		return -1, "" // "Acme expects chairman X": a verb after the body, not a unit's name
	}
	if j >= first && x.text(j) == ">" {
		// "<ACME.N>": a wire's ticker after the name
		q := j - 1
		for q >= first && q > j-6 && x.text(q) != "<" {
			q--
		}
		if q < first || x.text(q) != "<" || mods < s {
			return -1, ""
		}
		j = q - 1
	}
	if j < first {
		return -1, ""
	}
	om := x.mentionAt(j)
	if om < 0 {
		return -1, ""
	}
	o := &x.md.Mentions[om]
	if o.Kind != mentions.Org || o.Entity < 0 || o.Last != j+1 || o.Possessive || x.d.Tokens[j].Has(segment.FlagPossessive) {
		return -1, ""
	}
	if o.First > first && isFormerWord(x.lower(o.First-1)) {
		return -1, "" // "former Senate majority leader X": a past post
	}
	if k := x.cr.Entities[o.Entity].OrgKind; k == "PARTY" || k == "GOVERNMENT" || partyBody(&x.cr.Entities[o.Entity]) {
		for q := mods; q < s; q++ {
			if x.lower(q) == "committee" {
				return -1, "" // "Labour health committee chairman X", "Treasury committee chairman Y": a parliament's committee named by party or department
			}
		}
	}
	return o.Entity, strings.Join(strings.Fields(x.d.Text[x.d.Tokens[mods].Start:x.d.Tokens[t.Last-1].End]), " ")
}

// portfolioBody reports a one-word body before a national post whose
// word names a portfolio ("Labour Minister X") when the article names
// that body nowhere else than right before such a post: a ministry's
// field read as a party's name, not a party.
func (x *extractor) portfolioBody(of int, t *mentions.Title) bool {
	if t.Of < 0 {
		return false // "U.S. Treasury Secretary": a country written before the post
	}
	q := &x.md.Mentions[t.Of]
	if q.Kind != mentions.Org || q.Last-q.First != 1 || q.First < t.First-1 || q.Last >= t.Last || !portfolioHead(t.Head) || !mentions.PortfolioNoun(x.lower(q.First)) {
		return false
	}
	for i := range x.md.Mentions {
		o := &x.md.Mentions[i]
		if o.Entity != of {
			continue
		}
		if o.Kind != mentions.Org || o.Last-o.First != 1 {
			return false
		}
		e, _ := x.g.MatchTitle(x.d, o.Last, x.d.Sentences[o.Sent].Last)
		if e == nil || !portfolioHead(e) {
			return false // the body named as a body: "Labour said", "Labour MP"
		}
	}
	return true
}

// portfolioHead: a minister's or secretary's bare post, which a
// portfolio word before it completes ("Labour Minister").
func portfolioHead(e *gazetteer.Entry) bool {
	return e.Class == gazetteer.Role && (e.Name == "Minister" || e.Name == "Secretary")
}

// orgPrefix reads a body post written after capitalised words that the
// word lists do not know as a body ("Dome spokesman", "Yukos chief
// executive"): when those words begin the name of exactly one
// organization the article names, or are its alias, that body holds the
// post. It returns the organization and the title without those words,
// or -1.
func (x *extractor) orgPrefix(title string, head *gazetteer.Entry) (int, string) {
	words := strings.Fields(title)
	headFirst := strings.ToLower(strings.Fields(head.Name)[0])
	n := 0
	for n < len(words)-1 {
		w := words[n]
		lw := strings.ToLower(w)
		if lw == headFirst || mentions.IsTitleModifier(lw) {
			break
		}
		if w[0] < 'A' || w[0] > 'Z' {
			return -1, "" // "Ways and Means chairman": a name with lower-case words
		}
		n++
	}
	if n == 0 || n == len(words) {
		return -1, ""
	}
	found := x.orgNamed(strings.Join(words[:n], " "))
	if found < 0 {
		return -1, ""
	}
	return found, strings.Join(words[n:], " ")
}

// countryInBodyName reads a body's post written after a country that a
// capitalised word opens ("Gulf Canada spokesman X", "Shell U.K. finance
// director Y", "Real Madrid president Z"): the country is part of a
// firm's or club's name, not the post's holder. ok is true when the
// words read so; the organization is the one the article names with
// those words, else -1 (no holder the text names).
func (x *extractor) countryInBodyName(t *mentions.Title) (org int, ok bool) {
	if t.Of < 0 || t.Head == nil || t.Last < 1 || t.Last > len(x.d.Tokens) {
		return -1, false
	}
	if t.Head.Lead && x.text(t.Last-1) != "president" || !t.Head.Lead && t.Head.Scope != gazetteer.ScopeBody {
		return -1, false // a national post or a leader ("Yesterday British Farm Minister", "Welcoming Soviet leader"); a lower-case "president" may be a firm's
	}
	c := &x.md.Mentions[t.Of]
	if c.Kind != mentions.Country || c.Possessive || c.First < t.First {
		return -1, false
	}
	k := c.First - 1
	if k < x.d.Sentences[c.Sent].First {
		return -1, false
	}
	w := x.d.Tokens[k]
	lw := x.lower(k)
	if w.Kind != segment.Word || !w.Has(segment.FlagCap) || w.Has(segment.FlagPossessive) || functionWord(lw) || x.g.Month(lw) > 0 || x.g.Weekday(lw) > 0 {
		return -1, false // "The Canadian spokesman", "Tuesday Canadian ..."
	}
	first := k
	om := x.mentionAt(k)
	if om >= 0 {
		if o := &x.md.Mentions[om]; o.Last != c.First || o.First < t.First && o.First != k || !nameOpener(o.Kind) {
			return -1, false // a person or a country right before: not one name
		}
		first = x.md.Mentions[om].First
	}
	if first != t.First && c.First != t.First {
		return -1, false // other words of the title before the name
	}
	name := x.text2(first, c.Last)
	named := x.orgNamed(name)
	if named < 0 && (om < 0 && x.g.IsStop(x.text(k)) || c.Entry == nil || c.Entry.Kind == gazetteer.Demonym) {
		return -1, false // "Special Japanese envoy", "Former ...": an adjective before the post, unless the article names a body so ("Royal Dutch")
	}
	if e, _ := x.g.MatchTitle(x.d, k, c.First); e != nil {
		return -1, false // "Deputy Canadian ...": a title word
	}
	return named, true
}

// possessorOfCoordinated reads a capitalised portfolio coordinated
// before a portfolio title, both opened by a country's possessive
// ("Indonesia's Mining and Energy Minister X", "Ruritania's Finance and
// National Economy Minister Y"): the last token of the possessive and the
// country, else -1, -1. At most three capitalised words, none of them a name, between the
// possessive and "and".
func (x *extractor) possessorOfCoordinated(t *mentions.Title, m *mentions.Mention) (last, country int) {

	if !t.Portfolio || t != m.Title || t.Appositive || t.Of >= 0 || t.OfISO != "" || t.First < 3 || t.First >= len(x.d.Tokens) || x.lower(t.First-1) != "and" || !x.d.Tokens[t.First].Has(segment.FlagCap) {
		return -1, -1
	}
	first := x.d.Sentences[m.Sent].First
	k := t.First - 2
	for ; k >= first && k > t.First-5; k-- {
		w := x.d.Tokens[k]
		if mk := x.mentionAt(k); mk >= 0 && !x.looseWord(int(mk)) || w.Kind != segment.Word || !w.Has(segment.FlagCap) || w.Has(segment.FlagPossessive) || functionWord(x.lower(k)) {
			break
		}
	}

	if k == t.First-2 || k < first {
		return -1, -1 // no portfolio word before "and"
	}
	p := k
	if lw := x.lower(k); (lw == "'s" || lw == "’s") && k > first {
		p = k - 1 // the possessive written as a token of its own
	}
	cm := x.mentionAt(p)
	if cm < 0 {
		return -1, -1
	}
	if c := &x.md.Mentions[cm]; c.Kind != mentions.Country || !c.Possessive || c.Entity < 0 || c.Last != p+1 {
		return -1, -1
	}
	return k, x.md.Mentions[cm].Entity
}

// looseWord reports a mention that resolved to no actor: a lone
// capitalised word or body head word ("Mining" in "Mining and Energy
// Minister"), no name of its own.
func (x *extractor) looseWord(mi int) bool {
	m := &x.md.Mentions[mi]
	return m.Entity < 0 && (m.Kind == mentions.Surname || m.Kind == mentions.Org)
}

// nameOpener: a mention that may be the first word of a firm's name
// going on with a country ("Amoco Canada", "Gulf Canada", "Shell U.K."):
// a body, a place word or a lone capitalised word.
func nameOpener(k mentions.Kind) bool {
	return k == mentions.Org || k == mentions.Place || k == mentions.Surname
}

// text2 is the words of tokens [first, last) as written, one space
// between them.
func (x *extractor) text2(first, last int) string {
	var b strings.Builder
	for k := first; k < last && k < len(x.d.Tokens); k++ {
		if k > first {
			b.WriteByte(' ')
		}
		b.WriteString(x.text(k))
	}
	return b.String()
}

// firmAroundQualifier reads a title whose capitalised opening words
// continue a name written right before it (a qualifier mention or
// capitalised words of the sentence): when the two together open the
// name of one organization the article names, it returns that
// organization and the title without the words; else -1.
func (x *extractor) firmAroundQualifier(t *mentions.Title, first int, title string, head *gazetteer.Entry) (int, string) {
	k := -1 // the token the title's text starts at
	for q := t.First; q < t.Last && q < len(x.d.Tokens); q++ {
		if q >= 0 && strings.HasPrefix(x.d.Text[x.d.Tokens[q].Start:], title) {
			k = q
			break
		}
	}
	if k < 1 {
		return -1, ""
	}
	if k-1 < first || x.d.Tokens[k-1].End+1 != x.d.Tokens[k].Start {
		return -1, "" // one space between the name and the title
	}
	// the run of capitalised words right before the title
	j := k - 1
	for j-1 >= first && j > k-3 {
		if tk := x.d.Tokens[j-1]; tk.Kind != segment.Word || !tk.Has(segment.FlagCap) && !tk.Has(segment.FlagAllCaps) || tk.Has(segment.FlagPossessive) || tk.End+1 != x.d.Tokens[j].Start {
			break
		}
		j--
	}
	if j-1 >= first && x.d.Tokens[j-1].Kind == segment.Word && x.d.Tokens[j-1].Has(segment.FlagCap) && x.d.Tokens[j-1].End+1 == x.d.Tokens[j].Start {
		return -1, "" // "White House Budget Chief": the run ends a longer name
	}
	if tk := x.d.Tokens[j]; tk.Kind != segment.Word || !tk.Has(segment.FlagCap) && !tk.Has(segment.FlagAllCaps) || tk.Has(segment.FlagPossessive) {
		return -1, ""
	}
	// the whole run only: a shorter tail ("House Budget" of "White House
	// Budget") would name some other body
	name := x.d.Text[x.d.Tokens[j].Start:x.d.Tokens[k-1].End]
	if o, rest := x.orgPrefix(name+" "+title, head); o >= 0 && len(rest) < len(title) {
		return o, rest
	}
	return -1, ""
}

// orgNamed is the one organization of the article that words written
// as a short form name: the opening words of its name ("Dome" for Dome
// Petroleum Ltd), its whole name or one of its aliases; -1 when none or
// several fit.
func (x *extractor) orgNamed(prefix string) int {
	found := -1
	for e := range x.cr.Entities {
		ent := &x.cr.Entities[e]
		if ent.Kind != kg.KindOrganization {
			continue
		}
		match := ent.Name == prefix || strings.HasPrefix(ent.Name, prefix+" ")
		for _, a := range ent.Aliases {
			match = match || a == prefix
		}
		if !match {
			continue
		}
		if found >= 0 {
			return -1 // two bodies it could be
		}
		found = e
	}
	return found
}

// itsOrg reads "Lane Co said its chairman, B.B. Lane, resigned": a post
// after "its" belongs to the organization that opens the sentence as
// its subject, when no other person or body is named between the two;
// else -1.
func (x *extractor) itsOrg(t *mentions.Title, si int) int {
	first := x.d.Sentences[si].First
	if t.First-1 < first || x.lower(t.First-1) != "its" || t.Head.Lead && !strings.HasSuffix(t.Head.Name, "President") {
		return -1 // "its Silver King unit": a monarch's word is no company post
	}
	return x.openingOrg(si, t.First-1, openingAlone)
}

// opening says what openingOrg lets stand between a sentence's opening
// body and the token it reads up to.
type opening int

const (
	openingAlone  opening = iota // nothing but the body
	openingIt                    // and "it" after the body
	openingPeople                // and people and pronouns: "Acme Corp said it named A president, succeeding B, who remains chairman"
)

// openingOrg returns the organization that opens sentence si as its
// subject ("Acme Corp said", "The Acme Group expects") when no other
// body, country, descriptor or pair is named between it and token
// before, nor a person or pronoun unless mode lets them through; else
// -1.
func (x *extractor) openingOrg(si, before int, mode opening) int {
	first := x.d.Sentences[si].First
	org := -1
	for _, mi := range x.bySent[si] {
		m := &x.md.Mentions[mi]
		if m.First >= before {
			break
		}
		switch m.Kind {
		case mentions.Org:
			if org >= 0 || m.Entity < 0 || m.Possessive || m.InTitle && (mode == openingPeople || !x.postAndBefore(m.Last, before)) {
				return -1
			}
			for k := first; k < m.First; k++ {
				if w := x.lower(k); w != "the" && w != "<" {
					return -1 // not the subject opening the sentence
				}
			}
			org = m.Entity
		case mentions.Pronoun:
			if mode != openingPeople && (mode != openingIt || x.lower(m.First) != "it" || org < 0) {
				return -1
			}
		case mentions.Person:
			if mode != openingPeople {
				return -1
			}
		case mentions.Country, mentions.Descriptor, mentions.Pair:
			return -1
		}
	}
	return org
}

// postAndBefore reports a post written from token k up to "and"
// right before token before: "Acme founder and chairman X", where the
// body qualifies the first post and holds both.
func (x *extractor) postAndBefore(k, before int) bool {
	if before-1 <= k || x.lower(before-1) != "and" {
		return false
	}
	e, n := x.g.MatchTitle(x.d, k, before-1)
	return e != nil && e.Class == gazetteer.Role && k+n == before-1
}

// postBefore reads a body's post coordinated before a title written
// before a name ("chairman and chief executive X", "president and chief
// operating officer Y"): the first post's words, else "". Both must be
// posts inside a body (or a company's president), the first right
// before "and".
func (x *extractor) postBefore(t *mentions.Title, m *mentions.Mention) string {
	if t.Appositive || t != m.Title || t.Former || !coordinable(t.Head) || t.First < 2 || x.lower(t.First-1) != "and" || t.Last != m.First {
		return ""
	}
	end := t.First - 1
	// the longest run of title words before "and": "executive vice president"
	for j := max(end-3, x.d.Sentences[m.Sent].First); j < end; j++ {
		if x.d.Tokens[j].Kind != segment.Word {
			continue
		}
		// title words up to "and", after modifiers ("executive vice president")
		q := j
		for q < end && mentions.IsTitleModifier(x.lower(q)) {
			q++
		}
		e, n := x.g.MatchTitle(x.d, q, end)
		if e == nil && q > j {
			q = j // "vice president" is a title of its own
			e, n = x.g.MatchTitle(x.d, q, end)
		}
		if e != nil && q+n == end && e.Class == gazetteer.Role && coordinable(e) {
			if k := j - 1; k >= x.d.Sentences[m.Sent].First && isFormerWord(x.lower(k)) {
				return ""
			}
			return strings.Join(strings.Fields(x.d.Text[x.d.Tokens[j].Start:x.d.Tokens[end-1].End]), " ")
		}
	}
	return ""
}

// coordinable: a post inside a body, or a company's president.
func coordinable(e *gazetteer.Entry) bool {
	return e != nil && (e.Scope == gazetteer.ScopeBody || e.Name == "President")
}

// isFormerWord: a word that makes the post a past or future one.
func isFormerWord(w string) bool {
	switch w {
	case "former", "ex", "late", "then", "outgoing", "incoming", "acting":
		return true
	}
	return false
}

// bareJudge reports "Judge X" written alone before the name, capitalised,
// with no court, district or qualifier before it ("District Judge X",
// "bankruptcy judge X" name a court the lists may not know) and no
// article ("the Judge Dredd film"): the judge of a court the sentence
// does not name.
func (x *extractor) bareJudge(t *mentions.Title, m *mentions.Mention) bool {
	if t.Appositive || t.Head.Name != "Judge" || t.Text != "Judge" || t.First != m.First-1 || m.Kind != mentions.Person {
		return false
	}
	if m.Last < x.d.Sentences[m.Sent].Last && x.lower(m.Last) == "of" {
		return false // "Judge X of the Y District Court": the court the lists do not know holds it
	}
	if t.First == x.d.Sentences[m.Sent].First {
		return true
	}
	prev, w := x.d.Tokens[t.First-1], x.lower(t.First-1)
	if prev.Kind == segment.Word && (prev.Has(segment.FlagCap) || w == "called" || w == "named" || !functionWord(w) && !mentions.IsSpeechVerb(w)) {
		return false // "District Judge", "bankruptcy judge", "the Judge Dredd film", "a song called Judge Y"
	}
	return true
}

// sharedQualifier reads a list of titled names that one country
// qualifies: "Ruritanian President A and Trade Minister B", "Ruritanian
// Foreign Minister A, Finance Minister B and ...": a bare national title
// right after the previous name of the list shares that name's country,
// when the country has such a post. Else -1.
func (x *extractor) sharedQualifier(mi int, t *mentions.Title, depth int) int {
	m := &x.md.Mentions[mi]
	if depth > 6 || t != m.Title || t.Appositive || t.Pronoun || t.Former || t.Of >= 0 || t.OfISO != "" || t.Scope() != gazetteer.ScopeGov {
		return -1
	}
	k := t.First - 1
	if k <= x.d.Sentences[m.Sent].First {
		return -1
	}
	switch x.lower(k) {
	case "and":
		if x.text(k-1) == "," {
			k--
		}
	case ",":
	default:
		return -1
	}
	pi := x.mentionAt(k - 1)
	if pi < 0 {
		return -1
	}
	p := &x.md.Mentions[pi]
	if p.Kind != mentions.Person || p.Last != k || p.Entity < 0 || p.Entity == m.Entity || p.Title == nil || p.Title.Former || p.Title.Head == nil || p.Title.Scope() != gazetteer.ScopeGov {
		return -1
	}
	c := x.titleOf(p.Title)
	if c < 0 && p.Title.Of < 0 && p.Title.OfISO == "" {
		c = x.sharedQualifier(int(pi), p.Title, depth+1) // a longer list
	}
	if c < 0 || x.cr.Entities[c].Kind != kg.KindCountry {
		return -1
	}
	iso := x.cr.Entities[c].ISO
	if x.g.TitleAbsent(iso, t.Head.Name) || t.Head.Lead && x.postHeldByOther(iso, t.Head.Name, m.Entity) {
		return -1 // "Ruritanian Prime Minister A and President B": another country's president
	}
	return c
}

// homeNation reports a place entry that is one of the nations of the
// United Kingdom (England, Scotland, Wales, Northern Ireland), which the
// gold reads as the United Kingdom (GUIDELINES §4), unlike a region.
func homeNation(e *gazetteer.Entry) bool {
	if e == nil || e.Kind != gazetteer.Place || e.ISO != "GB" {
		return false
	}
	switch e.Name {
	case "England", "Scotland", "Wales", "Northern Ireland":
		return true
	}
	return false
}

// possessedBody reports a body's post whose qualifier is a country's
// possessive followed by a capitalised name: "founder of Ruritania's
// Acme Films" is a post of the films company, not of the country.
func (x *extractor) possessedBody(t *mentions.Title) bool {
	if t.Of < 0 || t.Scope() != gazetteer.ScopeBody && (t.Portfolio || t.Head.Lead && !strings.EqualFold(t.Head.Name, "President")) {
		// a minister's portfolio is the country's whatever follows; a
		// president, a head or a speaker "of Ruritania's Supreme Court"
		// is the court's
		return false
	}
	c := &x.md.Mentions[t.Of]
	if c.Kind != mentions.Country || !c.Possessive || c.Last >= len(x.d.Tokens) {
		return false
	}
	if t.Scope() != gazetteer.ScopeBody {
		// only in the of-phrase after the post ("president of Ruritania's
		// Supreme Court"), not "Ruritania's President X"
		j := c.First - 1
		if j >= 0 && x.lower(j) == "the" {
			j--
		}
		if j < 0 || x.lower(j) != "of" {
			return false
		}
	}
	k := c.Last
	for k < len(x.d.Tokens) && x.d.Tokens[k].Has(segment.FlagPossessive) {
		k++ // the "'s" token
	}
	if k >= len(x.d.Tokens) || x.d.Tokens[k].Kind != segment.Word || !x.d.Tokens[k].Has(segment.FlagCap) {
		return false
	}
	switch x.lower(k) {
	case "parliament", "congress", "senate", "assembly", "house", "national", "government", "cabinet":
		if t.Scope() != gazetteer.ScopeBody {
			// "speaker of Ruritania's Parliament": the guidelines let the
			// country stand for its legislature or government
			if x.lower(k) != "national" || k+1 < len(x.d.Tokens) && (x.lower(k+1) == "assembly" || x.lower(k+1) == "congress") {
				return false
			}
		}
	}
	if bm := x.mentionAt(k); bm >= 0 {
		// a body's name the lists read as a name or a body of its own:
		// still the body's post, after the post's "of"
		if b := x.md.Mentions[bm].Kind; b != mentions.Org && b != mentions.Surname {
			return false
		}
	}
	return true
}

// openingPlace reads a sentence opened by "In <capital or country>,"
// ("In Caracas, President X said", "In Ruritania, Trade Secretary Y
// said"): the report moves there, and a bare national title in it is
// that country's rather than the home country's, when the country has
// such a post and no one else holds it as its leader. A city or region's
// post takes the place only when it is a country or territory named as
// such ("In Hong Kong, Governor X"). Else -1.
func (x *extractor) openingPlace(si int, t *mentions.Title, person int) int {
	first := x.d.Sentences[si].First
	if t.Appositive || t.Pronoun || t.Former || first+2 >= x.d.Sentences[si].Last || x.lower(first) != "in" {
		return -1
	}
	pi := x.mentionAt(first + 1)
	if pi < 0 {
		return -1
	}
	p := &x.md.Mentions[pi]
	if p.First != first+1 || p.Last >= x.d.Sentences[si].Last || x.text(p.Last) != "," || p.Entry == nil || p.Entry.ISO == "" {
		return -1
	}
	switch {
	case p.Kind == mentions.Country:
	case p.Kind == mentions.Place && p.Entry.Kind == gazetteer.Capital && t.Scope() == gazetteer.ScopeGov:
	default:
		return -1 // "In Texas, Senator X": a region says nothing of a national post
	}
	iso := p.Entry.ISO
	if x.g.TitleAbsent(iso, t.Head.Name) || t.Head.Lead && x.postHeldByOther(iso, t.Head.Name, person) {
		return -1
	}
	return x.country(iso)
}

// bodyNounHolder reads a body's post written after a lower-case noun
// for a kind of body ("committee chairman X", "party leader Y",
// "union president Z"): the post belongs to the one organization of that
// kind the article names; else -1.
func (x *extractor) bodyNounHolder(t *mentions.Title, m *mentions.Mention) int {
	if t != m.Title || t.Appositive || t.Pronoun || t.Former || t.Unnamed || t.Of >= 0 || t.OfISO != "" || t.Scope() != gazetteer.ScopeBody {
		return -1
	}
	k := t.First - 1
	noun := ""
	if h := strings.ToLower(t.Head.Name); strings.HasSuffix(h, " member") && strings.EqualFold(strings.Join(strings.Fields(t.Text), " "), h) {
		// "committee member X": the member's body is the noun the title
		// opens with
		noun, k = strings.TrimSuffix(h, " member"), t.First
	} else if k < x.d.Sentences[m.Sent].First || x.d.Tokens[k].Has(segment.FlagCap) {
		return -1
	} else {
		noun = x.lower(k)
	}
	switch noun {
	case "committee", "party", "union", "commission", "council":
	default:
		return -1
	}
	if j := k - 1; j >= x.d.Sentences[m.Sent].First && x.d.Tokens[j].Has(segment.FlagPossessive) {
		return -1 // "Labour's party chairman": the possessor names it
	}
	found := -1
	for e := range x.cr.Entities {
		if ent := &x.cr.Entities[e]; bodyFits(noun, ent) && ent.OrgKind != "INTERNATIONAL" && ent.OrgKind != "GOVERNMENT" {
			// not the European Union or the European Council: a union
			// leader, a council chairman lead no bloc
			if found >= 0 {
				return -1 // two such bodies: which one, the text does not say
			}
			found = e
		}
	}
	return found
}

// bodyWordBefore reports a title written right after the head word of
// a body's name ("Commission President X", "Reserve Bank President Y"):
// the body, named or not, holds the post, not a country.
func (x *extractor) bodyWordBefore(t *mentions.Title, m *mentions.Mention) bool {
	k := t.First - 1
	if t != m.Title || t.Appositive || k < x.d.Sentences[m.Sent].First {
		return false
	}
	tk := x.d.Tokens[k]
	return tk.Kind == segment.Word && tk.Has(segment.FlagCap) && mentions.OrgHead(x.text(k))
}

// namedPresident reports a president's title with words of its own
// before the head that qualify no country ("Renault President X",
// "X, Netcraft president,", "company president Y"), or a firm's rank
// ("senior vice president", "executive vice president"): a body's
// president, which the lists do not know. A central bank's president is
// national (t.National); other modifiers, determiners and a country's
// name are no such words.
func (x *extractor) namedPresident(t *mentions.Title) bool {
	if t.National || t.Portfolio && t.Of >= 0 {
		return false
	}
	switch t.Head.Name {
	case "President", "Vice President", "Vice-President":
	default:
		return false
	}
	head := -1 // where the head starts
	for k := t.First; k < t.Last && k < len(x.d.Tokens); k++ {
		if e, n := x.g.MatchTitle(x.d, k, t.Last); e == t.Head && k+n == t.Last {
			head = k
			break
		}
	}
	for q := t.First; q < head; q++ {
		tk := x.d.Tokens[q]
		w := x.lower(q)
		switch {
		case tk.Kind != segment.Word:
			continue // "'s", "-"
		case w == "senior" || w == "executive" || w == "group" || w == "corporate":
			return true // a firm's rank
		case mentions.IsTitleModifier(w) || isDeterminerWord(w) || functionWord(w):
			continue
		case presidentQualifier(w):
			continue
		}
		if cm := x.mentionAt(q); cm >= 0 && x.md.Mentions[cm].Kind == mentions.Country {
			continue
		}
		return true
	}
	return false
}

// bodyNounPresident reports a president's title right after a
// lower-case noun for a body or a firm's department ("union president
// X", "bank president Y", "marketing vice president Z"): the post of a
// body the words do not name, never a country's.
func (x *extractor) bodyNounPresident(t *mentions.Title, m *mentions.Mention) bool {
	k := t.First - 1
	if t != m.Title || t.Appositive || t.National || k < x.d.Sentences[m.Sent].First {
		return false
	}
	switch t.Head.Name {
	case "President", "Vice President", "Vice-President":
	default:
		return false
	}
	if tk := x.d.Tokens[k]; tk.Kind != segment.Word || tk.Has(segment.FlagCap) && k != x.d.Sentences[m.Sent].First {
		return false
	}
	return bodyNoun(x.lower(k))
}

// lowerPresidentOfBody reports a president's title written in lower
// case in a frame that ties it to a body rather than a country: in
// apposition with no holder ("X, president, said"), after "its" when no
// country is named before it in the sentence ("Acme said its president
// X"), after a closing bracket ("Acme (ACM) president X") or after a
// capitalised word that names no country and no person ("Eastern
// president X"). A head of state in lower case comes after a qualifier
// or a preposition ("Socialist president X", "government of president
// Y") and keeps the home country.
func (x *extractor) lowerPresidentOfBody(t *mentions.Title, m *mentions.Mention) bool {
	if t.National || t.Pronoun || strings.ToLower(t.Text) != t.Text {
		return false
	}
	switch t.Head.Name {
	case "President", "Vice President", "Vice-President":
	default:
		return false
	}
	if t.Appositive {
		return t == m.Appos && x.text(m.Last) == "," // not "X became president in 2000"
	}
	first := x.d.Sentences[m.Sent].First
	k := t.First - 1
	if t != m.Title || k <= first {
		return false
	}
	switch w := x.text(k); {
	case w == ")" || w == ">":
		return true
	case strings.EqualFold(w, "its"):
		for j := k - 1; j >= first; j-- {
			if cm := x.mentionAt(j); cm >= 0 && x.md.Mentions[cm].Kind != mentions.Pronoun {
				return x.md.Mentions[cm].Kind != mentions.Country
			}
		}
		return false // "its" with nothing named before it: unclear
	}
	tk := x.d.Tokens[k]
	if tk.Kind != segment.Word || !tk.Has(segment.FlagCap) || presidentQualifier(x.lower(k)) {
		return false
	}
	if cm := x.mentionAt(k); cm >= 0 {
		return x.md.Mentions[cm].Kind == mentions.Org
	}
	return true
}

// bodyNoun: a lower-case noun for a body or a firm's department, which
// a president's title after it belongs to.
func bodyNoun(w string) bool {
	switch w {
	case "company", "group", "union", "bank", "exchange", "association", "club", "federation", "conference", "corporation",
		"firm", "board", "council", "league", "institute", "foundation", "society", "chamber", "airline", "division",
		"unit", "subsidiary", "network", "studio", "team", "university", "college", "agency", "commission", "museum",
		"sales", "marketing", "operations", "relations", "research", "engineering", "production", "manufacturing", "finance":
		return true
	}
	return false
}

// presidentQualifier: words before a president's title that say nothing
// of whose president he is: time, standing, party colour, the verb that
// gives the post ("the new president", "incumbent Socialist President",
// "became president").
func presidentQualifier(w string) bool {
	switch w {
	case "currently", "now", "also", "its", "new", "newly", "elected", "newly-elected", "incumbent", "current", "sitting", "serving",
		"outgoing", "then", "ruling", "longtime", "long-time", "veteran", "embattled", "powerful", "popular", "controversial",
		"socialist", "communist", "conservative", "liberal", "democratic", "republican", "nationalist", "populist", "centrist", "moderate",
		"reformist", "hardline", "authoritarian", "military", "civilian", "de", "facto", "became", "become", "becomes", "remains", "remained",
		"is", "was", "named", "appointed", "as":
		return true
	}
	return false
}

// companyCoordinated reports a title coordinated with a company's post
// ("president and chief operating officer", "chairman and president
// X", "vice president and general manager"): a post in a firm, whatever
// national post the same word names.
func (x *extractor) companyCoordinated(t *mentions.Title, m *mentions.Mention) bool {
	if t.And != "" || x.postBefore(t, m) != "" {
		return true
	}
	end := t.Last
	if !t.Appositive {
		return false
	}
	last := x.d.Sentences[m.Sent].Last
	if end+1 >= last || x.lower(end) != "and" && x.text(end) != "," {
		return false
	}
	k := end + 1
	if w := x.lower(k); w == "treasurer" || w == "general" && k+1 < last && (x.lower(k+1) == "manager" || x.lower(k+1) == "counsel") {
		return true // posts the title lists do not hold
	}
	e, _ := x.g.MatchTitle(x.d, k, last)
	for e == nil && k < last && mentions.IsTitleModifier(x.lower(k)) {
		k++ // "and senior general counsel"
		e, _ = x.g.MatchTitle(x.d, k, last)
	}
	return e != nil && e.Class == gazetteer.Role && e.Scope == gazetteer.ScopeBody && companyPost(e.Name)
}

// companyPost: posts that only a firm's officers hold.
func companyPost(head string) bool {
	switch head {
	case "Chief Executive", "Chief Executive Officer", "CEO", "Chief Operating Officer", "Chief Financial Officer", "General Manager", "Managing Director", "Treasurer", "General Counsel":
		return true
	}
	return false
}

// soleParliament returns, for a member's seat title the text leaves
// bare ("MP X", not "MP for Y"), the one parliament the article names
// (onlyParliament), else -1.
func (x *extractor) soleParliament(t *mentions.Title) int {
	if t.Appositive || t.Pronoun || t.Head == nil || !memberTitle(t.Head.Name) || t.Head.Name == "MEP" || x.constituency(t) {
		return -1
	}
	return x.onlyParliament()
}

// hasWord reports whether the space-separated words of s include w.
func hasWord(s, w string) bool {
	for _, f := range strings.Fields(s) {
		if f == w {
			return true
		}
	}
	return false
}

// policePost reads a body's post written before the name after the word
// police ("Police spokesman X", "the city's police chief Y"): the post
// of a force the text leaves unnamed. It returns the title from
// "police" on, else "". Not a government post ("Police Minister").
func (x *extractor) policePost(t *mentions.Title) string {
	if t.Appositive || t.Pronoun || t.Scope() != gazetteer.ScopeBody || t.Head.Lead {
		return ""
	}
	for p := t.First; p < t.Last-1 && p < len(x.d.Tokens); p++ {
		if x.lower(p) != "police" {
			continue
		}
		// only the post's own words after it: "police chief", not "police
		// union chief"
		for q := p + 1; q < t.Last; q++ {
			if w := x.lower(q); !containsFold(t.Head.Name, w) && !mentions.IsTitleModifier(w) {
				return ""
			}
		}
		return strings.Join(strings.Fields(x.d.Text[x.d.Tokens[p].Start:x.d.Tokens[t.Last-1].End]), " ")
	}
	return ""
}

// companyBeat reports a president's title ending in the wires' hyphenated
// area ("vice president-finance"), not "-elect" or "-designate".
func companyBeat(title string) bool {
	i := strings.LastIndex(strings.ToLower(title), "president-")
	if i < 0 {
		return false
	}
	switch title[i+len("president-"):] {
	case "elect", "designate":
		return false
	}
	return true
}

// subjectOrg reads "Acme Corp said chairman X will retire" and "Acme Inc
// expects higher sales, chairman X said": a company post written bare
// before a name belongs to the organization that opens the sentence as
// its subject, when nothing but "it" is named between the two and the
// word before the post does not qualify it ("Beta's chairman", "Dome
// chairman"). A president needs a company there: "The Senate voted,
// President X said" is the country's president. Else -1.
func (x *extractor) subjectOrg(t *mentions.Title, si int) int {
	if t.Pronoun || t.Portfolio || t.National || t.Unnamed || !subjectPost(t.Head.Name) || !bareBodyPost(t) {
		return -1 // "regional sales chairman": some unit's post
	}
	first := x.d.Sentences[si].First
	if t.First-1 <= first {
		return -1
	}
	switch x.lower(t.First - 1) {
	case ",", "said", "says", "that", "and", "named", "appointed", "elected", "by", "to":
	default:
		return -1
	}
	org := x.openingOrg(si, t.First, openingIt)
	if org >= 0 && t.Head.Lead && x.cr.Entities[org].OrgKind != "COMPANY" && !firmName(x.cr.Entities[org].Name) {
		return -1
	}
	return org
}

// storyCompanyPost reads "Chief executive X said the firm ..." in a
// story on one company: a firm's post written bare before a name, with
// no other body in the sentence, belongs to the one company the article
// names (soleCompany). Not a president or a spokesman, whom a story on a
// firm also quotes from governments and other bodies. Else -1.
func (x *extractor) storyCompanyPost(t *mentions.Title, m *mentions.Mention) int {
	si := m.Sent
	if t.Pronoun || t.Portfolio || t.National || t.Unnamed || t.Head.Lead || strings.HasPrefix(t.Head.Name, "Spokes") || !subjectPost(t.Head.Name) || !bareBodyPost(t) {
		return -1
	}
	if k := t.First - 1; k >= x.d.Sentences[si].First {
		if tk := x.d.Tokens[k]; tk.Kind == segment.Word && (tk.Has(segment.FlagCap) || !functionWord(x.lower(k)) && !mentions.IsSpeechVerb(x.lower(k))) || tk.Has(segment.FlagPossessive) {
			return -1 // "Dome chairman", "the bank's chairman", "its chairman", "board chairman"
		}
	}
	if t.Last != m.First {
		return -1 // "X, chairman and chief executive, Y": a list of posts and names
	}
	// "EBay president and chief executive X", "Cyclops said ... chairman
	// X": a capitalised word before the post that no mention covers may
	// name a body the lists do not know
	for k := x.d.Sentences[si].First; k < t.First; k++ {
		tk := x.d.Tokens[k]
		if mi := x.mentionAt(k); tk.Kind != segment.Word || !tk.Has(segment.FlagCap) || mi >= 0 && x.md.Mentions[mi].Kind != mentions.Surname {
			continue
		}
		if w := x.lower(k); k == x.d.Sentences[si].First && (functionWord(w) || isDeterminerWord(w) || w == "it" || w == "he" || w == "she") {
			continue
		}
		return -1
	}
	for _, mi := range x.bySent[si] {
		switch x.md.Mentions[mi].Kind {
		case mentions.Org, mentions.Country:
			return -1 // a body of the sentence may hold it
		}
	}
	c := x.soleCompany()
	if c < 0 {
		return -1
	}
	// the story is about it: the company is named in its lead sentence
	for s := range x.d.Sentences {
		if x.d.Sentences[s].Headline || x.d.Sentences[s].Dateline {
			continue
		}
		for _, mi := range x.bySent[s] {
			if x.md.Mentions[mi].Entity == c {
				return c
			}
		}
		break
	}
	return -1
}

// bareBodyPost reports a title made of its head's words and title
// modifiers only ("vice chairman", "chief executive"), not a unit's post
// ("regional sales chairman"). It walks the words without allocating.
func bareBodyPost(t *mentions.Title) bool {
	rest := t.Text
	for rest != "" {
		var w string
		w, rest, _ = strings.Cut(rest, " ")
		if w == "" {
			continue
		}
		if containsFold(t.Head.Name, w) || mentions.IsTitleModifier(strings.ToLower(w)) {
			continue
		}
		return false
	}
	return true
}

// containsFold reports whether s holds sub, ignoring case (ASCII).
func containsFold(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if strings.EqualFold(s[i:i+len(sub)], sub) {
			return true
		}
	}
	return false
}

// subjectPost: the posts of a company or body that its statements name
// bare before the holder ("chairman X", "spokesman Y").
func subjectPost(head string) bool {
	switch head {
	case "President", "Chairman", "Chairwoman", "Chairperson", "Chief Executive", "Chief Executive Officer", "CEO", "Managing Director",
		"Chief Operating Officer", "Chief Financial Officer", "Vice Chairman", "Vice-Chairman", "Executive Director", "Spokesman", "Spokeswoman", "Spokesperson":
		return true
	}
	return false
}

// possessorOrg reads a company named by a possessive before the post
// ("Marsh's new chief executive X", "X, Rolm's president"): the
// capitalised words before the "'s" name the one organization of the
// article they open (orgNamed); else -1. A possessive inside an
// of-phrase after the post ("vice president of the company's unit") is
// not read.
func (x *extractor) possessorOrg(t *mentions.Title, si int) int {
	first := x.d.Sentences[si].First
	for p := max(t.First, first); p < t.Last && p < len(x.d.Tokens); p++ {
		switch x.lower(p) {
		case "of", "for", "at", "to", "in":
			return -1
		}
		if !x.d.Tokens[p].Has(segment.FlagPossessive) {
			continue
		}
		if cm := x.mentionAt(p - 1); cm >= 0 {
			c := &x.md.Mentions[cm]
			if c.Kind == mentions.Org && c.Entity >= 0 {
				return c.Entity
			}
			if c.Kind == mentions.Descriptor && c.Last == p {
				return x.definiteBody(p-1, first) // "X, the company's president"
			}
			if c.Kind != mentions.Surname {
				return -1 // a country's or a person's post
			}
		}
		j := p
		for j-1 >= first && j > p-4 && x.d.Tokens[j-1].Kind == segment.Word && x.d.Tokens[j-1].Has(segment.FlagCap) && !functionWord(x.lower(j-1)) && !isDeterminerWord(x.lower(j-1)) {
			j--
		}
		if j == p {
			return x.definiteBody(p-1, first) // "the firm's chairman X"
		}
		if cm := x.mentionAt(j); cm >= 0 && x.md.Mentions[cm].Kind != mentions.Surname {
			return -1
		}
		words := make([]string, 0, p-j)
		for k := j; k < p; k++ {
			words = append(words, x.text(k))
		}
		return x.orgNamed(strings.Join(words, " "))
	}
	return -1
}

// pluralTitles maps a plural title written before a list of names to
// its singular: "Sens. X of Ohio, Y of Iowa and Z" are three senators.
// Only posts of one country's legislature, whose holder the title names.
var pluralTitles = map[string]string{"Sens.": "Senator", "Sens": "Senator", "Senators": "Senator", "Reps.": "Representative", "Congressmen": "Congressman"}

// pluralTitleCountry: the country whose legislature the abbreviated
// plurals name when the title list gives none (US usage).
var pluralTitleCountry = map[string]string{"Sens.": "US", "Sens": "US", "Reps.": "US"}

// pluralTitleRoles gives each person of a list opened by a plural title
// the singular post: "Democratic Sens. A of Ohio, B of Iowa and C".
func (x *extractor) pluralTitleRoles() {
	for k := range x.d.Tokens {
		t := x.d.Tokens[k]
		if t.Kind != segment.Word || !t.Has(segment.FlagCap) || t.End-t.Start < 4 {
			continue // cheap checks before the map: the titles are capitalised words
		}
		one, ok := pluralTitles[x.text(k)]
		var head *gazetteer.Entry
		if !ok {
			// only before a listed person, so that few words reach the lists
			if pm := x.mentionAt(k + 1); pm < 0 || x.md.Mentions[pm].Kind != mentions.Person || x.md.Mentions[pm].First != k+1 || x.mentionAt(k) >= 0 {
				continue // not a word inside a body's name ("House of Representatives")
			}
			if head, one = x.pluralPost(k); head == nil {
				continue
			}
		}
		if t.Has(segment.FlagInQuote) {
			continue
		}
		si := x.d.SentenceAt(int(x.d.Tokens[k].Start))
		if si < 0 || x.d.Sentences[si].Headline {
			continue
		}
		last := x.d.Sentences[si].Last
		var people, ofAfter []int
		for j := k + 1; j < last; {
			mi := x.mentionAt(j)
			if mi < 0 || x.md.Mentions[mi].Kind != mentions.Person || x.md.Mentions[mi].First != j || x.md.Mentions[mi].Entity < 0 {
				break
			}
			people = append(people, x.md.Mentions[mi].Entity)
			ofAfter = append(ofAfter, -1)
			j = x.md.Mentions[mi].Last
			if j < last && x.text(j) == "(" {
				// "(D-Okla.)": the party and state in brackets
				for e := j + 1; e < last && e < j+8; e++ {
					if x.text(e) == ")" {
						j = e + 1
						break
					}
				}
			}
			if j+2 < last && x.text(j) == "," && (strings.HasPrefix(x.text(j+1), "D-") || strings.HasPrefix(x.text(j+1), "R-")) && x.text(j+2) == "," {
				j += 2 // ", D-Wis.,"
			}
			if j < last && x.lower(j) == "of" {
				// "of New York": the state the senator sits for;
				// "Presidents A of Nigeria and B of Ghana": each one's country
				if cm := x.mentionAt(j + 1); cm >= 0 && x.md.Mentions[cm].Kind == mentions.Country && x.md.Mentions[cm].Entity >= 0 {
					ofAfter[len(ofAfter)-1] = x.md.Mentions[cm].Entity
				}
				j++
				for j < last && x.d.Tokens[j].Kind == segment.Word && x.d.Tokens[j].Has(segment.FlagCap) {
					j++
				}
			}
			if j < last && x.text(j) == "," {
				j++
			}
			if j < last && x.lower(j) == "and" {
				j++
			}
			if j < last && (x.text(j) == "Democrat" || x.text(j) == "Republican") {
				j++ // "and Democrat X"
			}
		}
		if len(people) == 0 {
			continue
		}
		if head != nil {
			// "EC Commissioners A and B", "State Secretaries A and B": a
			// listed plural of any post, for two people or more
			if len(people) < 2 {
				continue
			}
			of := -1
			if ofAfter[0] >= 0 {
				// each listed person's own country after the name: no
				// shared holder is read
			} else if q := x.mentionAt(k - 1 - strings.Count(one, " ")); q >= 0 && x.md.Mentions[q].Last == k-strings.Count(one, " ") && x.md.Mentions[q].Entity >= 0 &&
				(x.md.Mentions[q].Kind == mentions.Country || x.md.Mentions[q].Kind == mentions.Org) {
				of = x.md.Mentions[q].Entity // the qualifier before the post
			} else if head.Scope == gazetteer.ScopeGov && x.home != "" && x.homeNamed() && !x.g.TitleAbsent(x.home, head.Name) {
				of = x.country(x.home)
			}
			for i, p := range people {
				if o := ofAfter[i]; o >= 0 {
					x.out.Roles = append(x.out.Roles, Role{Person: p, Title: one, Of: o, Span: Span{si, si}, Rule: "role:plural-title+of-after"})
				} else if of >= 0 {
					x.out.Roles = append(x.out.Roles, Role{Person: p, Title: one, Of: of, Span: Span{si, si}, Rule: "role:plural-title"})
				}
			}
			continue
		}
		td := segment.Segment(one)
		e, _ := x.g.MatchTitle(td, 0, len(td.Tokens))
		own := ""
		if e != nil {
			own = e.Own
		}
		if own == "" {
			own = pluralTitleCountry[x.text(k)]
		}
		if own == "" || !x.named(own) && own != x.home && own != x.opts.Locale {
			continue
		}
		of := x.country(own)
		for _, p := range people {
			x.out.Roles = append(x.out.Roles, Role{Person: p, Title: one, Of: of, Span: Span{si, si}, Rule: "role:plural-title+title-country"})
		}
	}
}

// pluralPost reads a capitalised plural of a post the lists know
// ("Commissioners", "State Secretaries", "Vice-Premiers"), with the
// capitalised title words right before it: the post's entry and its
// singular title as written; nil when the word is no such plural, or a
// former post.
func (x *extractor) pluralPost(k int) (*gazetteer.Entry, string) {
	w := x.text(k)
	var one string
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 5:
		one = strings.TrimSuffix(w, "ies") + "y"
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && len(w) > 5:
		one = strings.TrimSuffix(w, "s")
	default:
		return nil, ""
	}
	first := k
	for j := k - 1; j >= 0 && j > k-3 && x.d.Tokens[j].Kind == segment.Word && x.d.Tokens[j].Has(segment.FlagCap) && x.mentionAt(j) < 0; j-- {
		lw := x.lower(j)
		if !mentions.IsTitleModifier(lw) && lw != "state" && lw != "cabinet" {
			break
		}
		first = j // "Deputy Prime Ministers", "State Secretaries"
	}
	if first > 0 && isFormerWord(x.lower(first-1)) {
		return nil, ""
	}
	text := one
	if first < k {
		text = x.d.Text[x.d.Tokens[first].Start:x.d.Tokens[k].Start] + one
	}
	td := segment.Segment(text)
	e, n := x.g.MatchTitle(td, 0, len(td.Tokens))
	if e == nil || n != len(td.Tokens) || e.Class != gazetteer.Role {
		if first < k {
			// "State Secretary": the lists may know only the head
			td = segment.Segment(one)
			if e, n = x.g.MatchTitle(td, 0, len(td.Tokens)); e == nil || n != len(td.Tokens) || e.Class != gazetteer.Role {
				return nil, ""
			}
		} else {
			return nil, ""
		}
	}
	return e, strings.Join(strings.Fields(text), " ")
}

// dropPlaceWord drops a capitalised word opening a local post's title
// that is no title word itself: the town or region the lists do not
// know ("Middlesbrough mayor" is the mayor of Middlesbrough).
func (x *extractor) dropPlaceWord(t *mentions.Title, title string) string {
	words := strings.Fields(title)
	if len(words) < 2 || t.First >= t.Last || t.First >= len(x.d.Tokens) {
		return title
	}
	tk := x.d.Tokens[t.First]
	if tk.Kind != segment.Word || !tk.Has(segment.FlagCap) || x.text(t.First) != words[0] {
		return title
	}
	if e, _ := x.g.MatchTitle(x.d, t.First, t.Last); e != nil {
		return title // "Deputy Mayor", "Lord Mayor"
	}
	if mi := x.mentionAt(t.First); mi >= 0 && x.md.Mentions[mi].Kind != mentions.Place && x.md.Mentions[mi].Kind != mentions.Surname {
		return title
	}
	// the whole run of such words: "El Paso mayor", "Port Adelaide Mayor"
	n := 0
	for k := t.First; n < len(words)-1 && k < t.Last; k++ {
		tk := x.d.Tokens[k]
		if tk.Kind != segment.Word || !tk.Has(segment.FlagCap) || x.text(k) != words[n] || mentions.IsTitleModifier(x.lower(k)) {
			break
		}
		if e, _ := x.g.MatchTitle(x.d, k, t.Last); e != nil {
			break
		}
		n++
	}
	if n == 0 {
		return title
	}
	return strings.Join(words[n:], " ")
}

// shadowBefore reads "shadow" written a few lower-case portfolio words
// before a title written before the name ("shadow overseas aid secretary
// X", where the lists know only "aid secretary"): the index of "shadow",
// else -1. A name, a function word or punctuation between them ends the
// phrase.
func (x *extractor) shadowBefore(t *mentions.Title, m *mentions.Mention) int {
	if t != m.Title || t.Appositive {
		return -1
	}
	first := x.d.Sentences[m.Sent].First
	for j := t.First - 1; j >= first && j >= t.First-3; j-- {
		w := x.d.Tokens[j]
		if w.Kind != segment.Word || w.Has(segment.FlagCap) || x.mentionAt(j) >= 0 || functionWord(x.lower(j)) {
			return -1
		}
		if x.lower(j) == "shadow" {
			return j
		}
	}
	return -1
}

// partyBefore returns a political party named a few words before
// token k in sentence si, with no other clause between ("For the
// Conservatives, shadow ..."), or -1.
func (x *extractor) partyBefore(si, k int) int {
	first := x.d.Sentences[si].First
	for j := k - 1; j >= first && j >= k-8; j-- {
		if mi := x.mentionAt(j); mi >= 0 {
			m := &x.md.Mentions[mi]
			if m.Kind == mentions.Org && m.Entity >= 0 && !m.Possessive && x.cr.Entities[m.Entity].OrgKind == "PARTY" {
				return m.Entity
			}
			return -1
		}
		switch x.lower(j) {
		case "for", "from", "of", "the", ",", "'s", "’s":
		default:
			return -1
		}
	}
	return -1
}

// opensPost reports what may stand right before a post's first word:
// the sentence start, a determiner, a preposition or verb taking the
// post as object, or a country ("Venezuelan energy and mines minister",
// "quoted energy and mines minister"), not a word of
// another phrase ("proving elusive and Ifo president", "military chiefs
// and Mines Minister").
func (x *extractor) opensPost(k, sent int) bool {
	if k < x.d.Sentences[sent].First {
		return true
	}
	switch w := x.lower(k); w {
	case "the", "its", "his", "her", "their", "with", "by", "to", "from", "quoted", "met", "visited":
		return true
	default:
		if mentions.IsSpeechVerb(w) {
			return true // "said energy and mines minister X"
		}
	}
	cm := x.mentionAt(k)
	if cm >= 0 {
		return x.md.Mentions[cm].Kind == mentions.Country
	}
	// "the peruvian energy and mines minister": one lower-case word after "the"
	return k > x.d.Sentences[sent].First && x.lower(k-1) == "the" && x.d.Tokens[k].Kind == segment.Word && !x.d.Tokens[k].Has(segment.FlagCap)
}

// memberTitle: the seat titles written after a name with no comma
// ("Frank Field MP") or with a constituency ("MP for Witney").
func memberTitle(w string) bool { return w == "MP" || w == "MEP" || w == "MSP" }

// titleAfterName reads a seat title right after a person's name, with
// no comma: "Frank Field MP said".
func (x *extractor) titleAfterName(mi int) *mentions.Title {
	m := &x.md.Mentions[mi]
	if m.Kind != mentions.Person || m.Last >= len(x.d.Tokens) || m.Last >= x.d.Sentences[m.Sent].Last {
		return nil
	}
	if !memberTitle(x.text(m.Last)) || x.mentionAt(m.Last) >= 0 || x.d.Tokens[m.Last-1].Has(segment.FlagPossessive) {
		return nil
	}
	e, n := x.g.MatchTitle(x.d, m.Last, m.Last+1)
	if e == nil || n != 1 || e.Class != gazetteer.Role {
		return nil
	}
	return &mentions.Title{First: m.Last, Last: m.Last + 1, Text: x.text(m.Last), Head: e, Of: -1}
}

// constituency reports a seat title whose holder is a constituency the
// word lists do not know ("MP for Witney"): the seat is a role all the
// same, with the holder the title's own scope gives.
func (x *extractor) constituency(t *mentions.Title) bool {
	return t.Head != nil && memberTitle(t.Head.Name) && t.Last < len(x.d.Tokens) && x.lower(t.Last) == "for" && t.Last+1 < len(x.d.Tokens) && x.d.Tokens[t.Last+1].Has(segment.FlagCap)
}

// untitled reports a person whose name the article never writes with a
// title.
func (x *extractor) untitled(e int) bool {
	if e < 0 {
		return false
	}
	for mi := range x.md.Mentions {
		m := &x.md.Mentions[mi]
		if m.Entity == e && m.Kind == mentions.Person && (m.Title != nil || m.Appos != nil) {
			return false
		}
	}
	return true
}

// placeQualified reports a title qualified by a city or region ("Ontario
// Premier", "Texas Governor"): a post of that place, which has no holder
// among the actors.
func (x *extractor) placeQualified(t *mentions.Title) bool {
	if t.Of < 0 {
		return false
	}
	e := x.md.Mentions[t.Of].Entity
	return e >= 0 && x.cr.Entities[e].IsPlace()
}

// titleOf is the actor a title names as its holder, or -1.
func (x *extractor) titleOf(t *mentions.Title) int {
	if t.Of < 0 {
		if t.OfISO != "" {
			return x.country(t.OfISO)
		}
		return -1
	}
	of := x.md.Mentions[t.Of].Entity
	if of >= 0 && x.cr.Entities[of].IsPlace() {
		return -1
	}
	return of
}

// countryInsideName reports a country mention closing a longer name the
// lists do not know: a capitalised word no mention covers right before it
// ("Nintendo UK", "Alcan Australia"). A word after it is left alone:
// "Soviet Planning chief" is the country's post.
func (x *extractor) countryInsideName(q int) bool {
	if q < 0 || int(q) >= len(x.md.Mentions) {
		return false
	}
	c := &x.md.Mentions[q]
	si := c.Sent
	bare := func(k int) bool {
		if k < x.d.Sentences[si].First || k >= x.d.Sentences[si].Last {
			return false
		}
		tk := x.d.Tokens[k]
		w := x.lower(k)
		if tk.Kind != segment.Word || !tk.Has(segment.FlagCap) || functionWord(w) || isDeterminerWord(w) {
			return false
		}
		if k == x.d.Sentences[si].First && (strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed") || mentions.IsTitleModifier(w)) {
			return false // "Welcoming Soviet leader X", "Special Japanese envoy Y": a sentence's first word, capitalised as such
		}
		if e, _ := x.g.MatchTitle(x.d, k, x.d.Sentences[si].Last); e != nil {
			return false // "UK General Manager": the post, not a name
		}
		return x.mentionAt(k) < 0 || x.md.Mentions[x.mentionAt(k)].Kind == mentions.Surname
	}
	return bare(c.First - 1)
}

// inferHolder finds the holder of a title the text leaves bare: the one
// the same person's other titles name (same post first: "President X"
// after "the Pakistani president"; then, for a national post, the one
// country named with any of their titles), else the home country for a
// national post. It returns the entity and a rule suffix.
func (x *extractor) inferHolder(mi int, t *mentions.Title) (int, string) {
	return x.inferHolderFor(mi, x.md.Mentions[mi].Entity, t)
}

// inferHolderFor is inferHolder for a person the mention itself may not
// carry (a definite post tied to its holder by the statement it opens).
func (x *extractor) inferHolderFor(mi, person int, t *mentions.Title) (int, string) {
	if t.Pronoun && t.Scope() == gazetteer.ScopeGov {
		// "French President X, his Prime Minister Y": the country of the
		// person named just before
		for j := mi - 1; j >= 0 && x.md.Mentions[j].Sent >= x.md.Mentions[mi].Sent-1; j-- {
			p := &x.md.Mentions[j]
			listed := p.Last+2 == t.First && x.text(p.Last) == "," // "by French President X, his Prime Minister Y"
			if p.Kind != mentions.Person || p.Entity < 0 || p.Entity == person || p.InTitle || x.inPrepPhrase(j) && !listed {
				continue // "Kohl wrote to Delors. His farm minister": Kohl's
			}
			// the possessor's country, as any of their titles names it
			for k := range x.md.Mentions {
				q := &x.md.Mentions[k]
				if q.Entity != p.Entity || q.Kind != mentions.Person && q.Kind != mentions.Descriptor {
					continue
				}
				for _, o := range []*mentions.Title{q.Title, q.Appos} {
					if o == nil {
						continue
					}
					if of := x.titleOf(o); of >= 0 && x.cr.Entities[of].Kind == kg.KindCountry {
						return of, "+possessor"
					}
				}
			}
			break
		}
		return -1, ""
	}
	same, country := -1, -1
	countries := 0
	for mi := range x.md.Mentions {
		m := &x.md.Mentions[mi]
		if m.Entity != person || (m.Kind != mentions.Person && m.Kind != mentions.Descriptor) {
			continue
		}
		for _, o := range []*mentions.Title{m.Title, m.Appos} {
			if o == nil || o.Head == nil || o == t {
				continue
			}
			of := x.titleOf(o)
			if of < 0 {
				continue
			}
			if strings.EqualFold(o.Head.Name, t.Head.Name) && same < 0 && !o.Former {
				same = of
			}
			if x.cr.Entities[of].Kind == kg.KindCountry && of != country {
				country = of
				countries++
			}
		}
	}
	if same >= 0 {
		return same, "+same-person"
	}
	if t.Scope() != gazetteer.ScopeGov || companyBeat(t.Text) {
		// "vice president-finance X": the wires' hyphenated area marks a
		// company's post, never the nation's vice president
		return -1, ""
	}
	if countries == 1 {
		return country, "+same-person"
	}
	if own := t.Head.Own; own != "" && (x.named(own) || own == x.opts.Locale) {
		// "Senator X" in an article that names the United States; "Foreign
		// Secretary X" in a British paper's story on Iran
		return x.country(own), "+title-country"
	}
	if c := x.subjectCountry(t); c >= 0 {
		return c, "+subject-country"
	}
	if c, how, ok := x.bureauHolder(t); ok {
		return c, how
	}
	if x.localeAbroad() {
		if t.Head.Lead {
			return x.soleCountry(t, person)
		}
		return -1, ""
	}
	// the home country, unless it has no such post; a head of state or
	// government is written about from every capital ("President Reagan"
	// in a story filed from Tokyo), so when the dateline and what the
	// story is about disagree, the leader's country is unclear
	cands := []string{x.home, x.textHome}
	// "government spokesman X" (a body's post made the nation's by the
	// word "government", not a central bank's): only a government the
	// story names, not the paper's own country by default
	govPost := t.National && !strings.Contains(strings.ToLower(t.Text), "bank")
	if t.Head.Lead && x.homeFromDateline && x.textHome != "" && x.textHome != x.home {
		cands = nil
		for _, c := range []string{x.home, x.textHome} {
			if !x.g.TitleAbsent(c, t.Head.Name) && !x.postHeldByOther(c, t.Head.Name, person) {
				cands = append(cands, c)
			}
		}
		if len(cands) > 1 {
			return -1, ""
		}
	}
	for _, home := range cands {
		if home != "" && !x.g.TitleAbsent(home, t.Head.Name) && !(govPost && !x.named(home)) {
			if t.Head.Lead && x.postHeldByOther(home, t.Head.Name, person) {
				// "President X" in a story on Pakistan whose president the
				// story names: X heads some other country
				return x.soleCountry(t, person)
			}
			return x.country(home), "+home-country"
		}
	}
	if t.Head.Lead {
		return x.soleCountry(t, person)
	}
	return -1, ""
}

// subjectCountry is the country opening, as its subject, the sentence
// of a national post with no holder written ("Ruritania wants to pay its
// debts, central bank governor X said"), when the sentence names no other
// country and the country has such a post; else -1.
func (x *extractor) subjectCountry(t *mentions.Title) int {
	if t.Appositive || t.Pronoun || t.Head == nil || t.Head.Lead || t.First < 0 || t.First >= len(x.d.Tokens) {
		return -1
	}
	si := -1
	for i := range x.d.Sentences {
		if s := &x.d.Sentences[i]; t.First >= s.First && t.First < s.Last {
			si = i
			break
		}
	}
	if si < 0 {
		return -1
	}
	s := &x.d.Sentences[si]
	k := s.First
	if x.lower(k) == "the" {
		k++
	}
	om := x.mentionAt(k)
	if om < 0 {
		return -1
	}
	o := &x.md.Mentions[om]
	if o.Kind != mentions.Country || o.First != k || o.Possessive || o.Entity < 0 || o.Last >= s.Last || x.d.Tokens[o.Last].Kind != segment.Word || subjectBreak(x.lower(o.Last)) {
		return -1 // "Ruritania and ...", "Ruritania, which ...": not a bare subject before its verb
	}
	if x.d.Tokens[o.Last].Has(segment.FlagCap) || t.First > s.First && x.lower(t.First-1) == "and" {
		return -1 // "The Ruritania Times quoted ...": a name going on; "Ruritania balked and trade minister X ...": another clause's subject
	}
	for k := s.First; k < s.Last; k++ {
		if q := x.mentionAt(k); q >= 0 && x.md.Mentions[q].Kind == mentions.Country && x.md.Mentions[q].Entity != o.Entity {
			return -1
		}
	}
	iso := x.cr.Entities[o.Entity].ISO
	if iso == "" || x.g.TitleAbsent(iso, t.Head.Name) {
		return -1
	}
	return o.Entity
}

// subjectBreak: a word after a sentence's first name that shows the
// name is not alone as the subject before its verb.
func subjectBreak(w string) bool {
	switch w {
	case "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "with", "from", "by", "which", "who", "that", "as":
		return true
	}
	return false
}

// soleCountry is the one country the article names that can have a head
// of state or government with that title: it has such a post, and the
// article names no other holder of it ("President X" in a British story
// on Pakistan whose president it names, which also names the United
// States: the United States). It returns -1 when none or several fit.
func (x *extractor) soleCountry(t *mentions.Title, person int) (int, string) {
	// only the bare title written right before the name, as a head of
	// state or government is named ("President X", "Prime Minister Y"),
	// not a body's post ("Board President X", "the group's president")
	switch t.Head.Name {
	case "President", "Prime Minister", "Premier":
	default:
		return -1, ""
	}
	if t.Appositive || t.Pronoun || t.Portfolio || t.National || strings.Join(strings.Fields(t.Text), " ") != t.Head.Name {
		return -1, ""
	}
	if k := t.First - 1; k >= 0 && x.d.Tokens[k].Kind == segment.Word && x.d.Tokens[k].Has(segment.FlagCap) && x.d.SentenceAt(int(x.d.Tokens[k].Start)) == x.d.SentenceAt(int(x.d.Tokens[t.First].Start)) && x.d.Sentences[x.d.SentenceAt(int(x.d.Tokens[k].Start))].First != k+1 {
		return -1, "" // "Labour Office President X": a body's name the lists do not know
	}
	found, seat, seats := "", "", 0
	several := false
	var counts map[string]int // only when several countries fit: most calls find one
	for mi := range x.md.Mentions {
		iso := x.candidateISO(mi, t, person)
		if iso == "" {
			continue
		}
		m := &x.md.Mentions[mi]
		if several || found != "" && iso != found {
			if counts == nil {
				counts = x.candidateCounts(t, person)
			}
		}
		if m.Entry.Kind == gazetteer.Seat && !m.InTitle && iso != seat {
			seat = iso // "the White House said": the one government speaking in the story
			seats++
		}
		if iso == found {
			continue
		}
		if found != "" {
			several = true // two countries it could be
		}
		found = iso
	}
	if several {
		if seats == 1 {
			return x.country(seat), "+seat"
		}
		// the one country the story names far more often than any other
		// that could have such a head
		best, first, second := "", 0, 0
		for iso, n := range counts {
			switch {
			case n > first:
				best, first, second = iso, n, first
			case n > second:
				second = n
			}
		}
		if first >= 3 && first >= 3*second && !x.pointsElsewhere(t, best, counts) {
			return x.country(best), "+most-named"
		}
		return -1, ""
	}
	if found == "" {
		return -1, ""
	}
	return x.country(found), "+sole-country"
}

// candidateCounts counts the mentions of each country soleCountry
// could pick for the title.
func (x *extractor) candidateCounts(t *mentions.Title, person int) map[string]int {
	counts := map[string]int{}
	for mi := range x.md.Mentions {
		if iso := x.candidateISO(mi, t, person); iso != "" {
			counts[iso]++
		}
	}
	return counts
}

// candidateISO is the country of mention mi when it is one soleCountry
// could give the title: a country named outside quotes whose post of that
// name exists and is not held by someone else in the story; else "".
func (x *extractor) candidateISO(mi int, t *mentions.Title, person int) string {
	m := &x.md.Mentions[mi]
	if m.Kind != mentions.Country || m.Entry == nil || m.Entry.ISO == "" || m.InQuote || m.Entity < 0 {
		return ""
	}
	iso := x.cr.Entities[m.Entity].ISO
	if iso == "" || x.g.TitleAbsent(iso, t.Head.Name) || x.postHeldByOther(iso, t.Head.Name, person) {
		return ""
	}
	return iso
}

// pointsElsewhere reports a sentence of the title that names another
// country that could hold it and not the country chosen ("Reagan told
// Prime Minister X after the visiting French official spoke").
func (x *extractor) pointsElsewhere(t *mentions.Title, chosen string, cands map[string]int) bool {
	si := x.d.SentenceAt(int(x.d.Tokens[t.First].Start))
	other := false
	for _, mi := range x.bySent[si] {
		m := &x.md.Mentions[mi]
		if m.Kind != mentions.Country || m.Entity < 0 {
			continue
		}
		switch iso := x.cr.Entities[m.Entity].ISO; {
		case iso == chosen:
			return false
		case cands[iso] > 0:
			other = true
		}
	}
	return other
}

// postHeldByOther reports another person of the article named with the
// same post (head title) of the country iso, not as a former holder: a
// country's head of state or government is one person at a time.
func (x *extractor) postHeldByOther(iso, head string, person int) bool {
	if iso == "" {
		return false
	}
	for mi := range x.md.Mentions {
		m := &x.md.Mentions[mi]
		if m.Entity < 0 || m.Entity == person || m.Kind != mentions.Person && m.Kind != mentions.Descriptor {
			continue
		}
		for _, o := range []*mentions.Title{m.Title, m.Appos} {
			if o == nil || o.Head == nil || o.Former || o.Portfolio || o.National || !strings.EqualFold(o.Head.Name, head) {
				// "central bank president" is not the country's president
				continue
			}
			if of := x.titleOf(o); of >= 0 && x.cr.Entities[of].Kind == kg.KindCountry && x.cr.Entities[of].ISO == iso {
				return true
			}
		}
	}
	return false
}

// named reports whether the article names the country (by name,
// demonym, or a capital or seat acting for it).
func (x *extractor) named(iso string) bool {
	for mi := range x.md.Mentions {
		m := &x.md.Mentions[mi]
		if m.Kind == mentions.Country && m.Entry != nil && m.Entry.ISO == iso {
			return true
		}
	}
	return false
}

// homeCountry is the country an article is written from or about, whose
// national posts its bare titles name ("Chancellor X" in a British paper):
// the place of a dateline, else the publication's country, else the one
// country the article names clearly more often than any other.
func (x *extractor) homeCountry() (home, textHome string) {
	textHome = x.dominantCountry()
	for si := range x.d.Sentences {
		s := x.d.Sentences[si]
		if s.Para > 0 {
			break
		}
		if !s.Dateline {
			continue
		}
		if iso := x.g.PlaceCountry(x.d.Text[s.Start:s.End]); iso != "" {
			x.homeFromDateline = true
			return iso, textHome
		}
	}
	// the publication's country, unless the article never names it and
	// is plainly about another ("economy minister X" in a British paper's
	// story on Japan)
	if x.opts.Locale != "" && (textHome == "" || x.named(x.opts.Locale)) {
		return x.opts.Locale, textHome
	}
	return textHome, textHome
}

// dominantCountry is the one country the article (and its headline)
// names clearly more often than any other, or "".
func (x *extractor) dominantCountry() string {
	counts := map[string]int{}
	for mi := range x.md.Mentions {
		m := &x.md.Mentions[mi]
		if (m.Kind == mentions.Country || m.CityOnly) && m.Entry != nil && m.Entry.ISO != "" && !m.InQuote {
			counts[m.Entry.ISO]++
			if x.d.Sentences[m.Sent].Headline {
				counts[m.Entry.ISO]++
			}
		}
	}
	if x.opts.Title != "" {
		// the headline says what the story is about: its countries count twice
		td := segment.Segment(x.opts.Title)
		for i := 0; i < len(td.Tokens); i++ {
			e, n := x.g.MatchEntity(td, i, len(td.Tokens))
			if e == nil {
				continue
			}
			switch e.Kind {
			case gazetteer.Country, gazetteer.Demonym, gazetteer.Seat:
				counts[e.ISO] += 2
			}
			i += n - 1
		}
	}
	best, first, second := "", 0, 0
	for iso, n := range counts {
		switch {
		case n > first || n == first && iso < best:
			best, first, second = iso, n, max(first, second)
		case n > second:
			second = n
		}
	}
	if first >= 2 && first >= 2*second {
		return best
	}
	return ""
}

// heldPostRoles gives the post to the person a statement tied an
// unresolved definite post to ("Mr X said ... The prime minister said"):
// coreference found that person one of those who could hold it, the
// speaker just before chose among them. Only a person the article gives
// no title at all, and only posts whose holder the title or the article
// makes clear (a party's "Tory leader", a national "prime minister").
func (x *extractor) heldPostRoles() {
	for _, h := range x.postTies {
		mi, person := h[0], h[1]
		m := &x.md.Mentions[mi]
		t := m.Title
		if t == nil || t.Head == nil || t.Former || t.Unnamed || t.Head.Class != gazetteer.Role || !x.untitled(person) {
			continue
		}
		title := strings.Join(strings.Fields(t.Text), " ")
		if title == "" || x.hasRole(person, title) {
			continue
		}
		rule := "role:held-post"
		of := x.titleOf(t)
		if of < 0 {
			if t.Scope() != gazetteer.ScopeGov {
				continue
			}
			var how string
			if of, how = x.inferHolderFor(mi, person, t); of < 0 {
				continue
			}
			rule += how
		}
		x.out.Roles = append(x.out.Roles, Role{Person: person, Title: title, Of: of, Span: Span{m.Sent, m.Sent}, Rule: rule})
	}
}

// hasRoleOf reports a role of person with that title held of body of:
// the same post of another body is another role (§6 counts each
// distinct (person, title, of)).
func (x *extractor) hasRoleOf(person int, title string, of int) bool {
	for _, r := range x.out.Roles {
		if r.Person == person && r.Of == of && strings.EqualFold(r.Title, title) {
			return true
		}
	}
	return false
}

// hasRole reports a role of the person with that title already read.
func (x *extractor) hasRole(person int, title string) bool {
	for _, r := range x.out.Roles {
		if r.Person == person && strings.EqualFold(r.Title, title) {
			return true
		}
	}
	return false
}

// leaderAndShadow returns the party whose leader is joined by "and" to a
// shadow post written before a name ("Mr Howard and (his) shadow
// chancellor X"): the shadow cabinet is the leader's party's, so the post
// is that party's. The leader's post must be found already, from an
// earlier title; -1 when not so.
func (x *extractor) leaderAndShadow(t *mentions.Title, m *mentions.Mention) int {
	if t != m.Title || t.Appositive {
		return -1
	}
	k := t.First - 1
	if k >= 0 && k < len(x.d.Tokens) && x.lower(k) == "his" {
		k--
	}
	if k < 1 || k >= len(x.d.Tokens) || x.lower(k) != "and" || k <= x.d.Sentences[m.Sent].First {
		return -1
	}
	lm := x.mentionAt(k - 1)
	if lm < 0 {
		return -1
	}
	l := &x.md.Mentions[lm]
	if l.Kind != mentions.Person && l.Kind != mentions.Surname || l.Entity < 0 || l.Last != k || l.Entity == m.Entity {
		return -1
	}
	for _, r := range x.out.Roles {
		if r.Person == l.Entity && r.Of >= 0 && strings.EqualFold(r.Title, "leader") && x.cr.Entities[r.Of].OrgKind == "PARTY" {
			return r.Of
		}
	}
	return -1
}
