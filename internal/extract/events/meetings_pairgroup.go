package events

import (
	"github.com/actorgraph/actorgraph/internal/extract/gazetteer"
	"github.com/actorgraph/actorgraph/internal/extract/mentions"
	"github.com/actorgraph/actorgraph/internal/extract/segment"
)

// ---- group nouns for two parties named before ----
//
// "the two countries", "both sides", "the two companies" stand for the two
// parties the text has just named (pair resolves which, or nothing when
// it is unclear). The subject readers already take such a noun as both
// parties ("the two leaders met"); pairGroupAt lets the phrase after
// "talks between" and the head of a subject made of the pair's unnamed
// people ("officials from the two countries held talks") be read the same
// way, so that each side stands in for itself (GUIDELINES §7).

// pairGroupAt reads, at token j, "[the] two X" or "both X" (a Pair mention
// for bodies, countries or sides), or the same after a noun for the
// pair's unnamed people ("officials of the two countries", "negotiators
// for both sides"). It returns the two parties and the token after the
// phrase, or nil.
func (x *extractor) pairGroupAt(si, j int) ([]int, int) {
	s := x.d.Sentences[si]
	if j+2 < s.Last && (groupMember(x.lower(j)) || x.lower(j) == "negotiators") && (x.lower(j+1) == "of" || x.lower(j+1) == "from" || x.lower(j+1) == "for") {
		j += 2 // "officials of the two countries"
	}
	mi := x.mentionAt(j)
	if mi < 0 || j >= s.Last || int(x.md.Mentions[mi].First) != j {
		return nil, j
	}
	m := &x.md.Mentions[mi]
	if m.Kind != mentions.Pair || m.InQuote || m.Last > s.Last {
		return nil, j
	}
	if w := x.lower(m.Last - 1); mentions.PairBodyNoun(w) == 0 && w != "sides" {
		return nil, j // "the two men": people, which the readers of persons take
	}
	p := x.pair(int(mi))
	if len(p) != 2 || p[0] == p[1] || x.isPerson(p[0]) || x.isPerson(p[1]) {
		// people named in passing are no sides for a body noun
		return nil, j
	}
	for _, oi := range x.bySent[si] {
		o := &x.md.Mentions[oi]
		if o.First >= m.First {
			break
		}
		if o.Kind != mentions.Org && o.Kind != mentions.Country || o.InQuote {
			continue
		}
		if e := x.md.Mentions[oi].Entity; e >= 0 && e != p[0] && e != p[1] && x.cr.Entities[e].OrgKind != "MEDIA" {
			// "A's chief X sees Y today, their second meeting between the
			// two firms": a third body in the clause leaves the pair unclear
			return nil, j
		}
	}
	return p, m.Last
}

// pairGroupSubject reads, from the clause start cs, a subject made of the
// unnamed people of a pair: "officials from the two countries",
// "negotiators for both sides". Like groupSubject it returns the parties
// and the token after the subject, or nothing.
func (x *extractor) pairGroupSubject(si, cs int) ([]int, int) {
	j := cs
	if x.lower(j) == "the" || x.lower(j) == "senior" || x.lower(j) == "top" {
		j++
	}
	if !groupMember(x.lower(j)) && x.lower(j) != "negotiators" {
		return nil, cs // "the two countries" alone is the subject readers' own
	}
	p, end := x.pairGroupAt(si, j)
	if len(p) != 2 {
		return nil, cs
	}
	return p, end
}

// coordPair resolves a group noun for bodies ("the two sides", "both
// companies") that bodyPair leaves open, because more than two bodies are
// named near it, to the two bodies or countries the text joins with
// "and" ("Nigeria and Barclays said", "talks between A and B", "House and
// Senate negotiators"), or with a hyphen for two countries ("U.S.-Japanese
// relations"), in its sentence or the two before: the pair a
// writer then calls "the two sides". Kind 'o' takes organizations, 'c'
// countries, 'b' either. It needs exactly one such pair; two ("the US and
// the EU stepped back from a row over Airbus and Boeing") leave the noun
// unresolved.
func (x *extractor) coordPair(mi int, kind byte) []int {
	m := &x.md.Mentions[mi]
	var found []int
	for j := mi - 1; j >= 1 && x.md.Mentions[j].Sent >= m.Sent-2; j-- {
		b := &x.md.Mentions[j]
		var ea, eb int
		if a := x.andBefore(j); a >= 0 && x.coordSide(j, kind) && x.coordSide(a, kind) && x.md.Mentions[a].Sent == b.Sent {
			ea, eb = x.actor(a), x.actor(j)
		} else if a := x.hyphenBefore(j); a >= 0 && kind != 'o' {
			// "U.S.-Japanese relations": two countries, a name or a demonym each
			ea, eb = x.pairSide(a), x.pairSide(j)
			if ea >= 0 && x.isPerson(ea) || eb >= 0 && x.isPerson(eb) {
				continue
			}
		} else {
			continue
		}
		if ea < 0 || eb < 0 || ea == eb {
			continue
		}
		if len(found) == 2 && (found[0] == ea && found[1] == eb || found[0] == eb && found[1] == ea) {
			continue // the same pair named again
		}
		if len(found) == 2 {
			return nil // two pairs: unclear
		}
		found = []int{ea, eb}
	}
	return found
}

// andBefore returns the mention joined by "and" (or "and the") right
// before mention j, or -1.
func (x *extractor) andBefore(j int) int {
	b := &x.md.Mentions[j]
	k := b.First - 1
	if k >= 0 && x.lower(k) == "the" {
		k--
	}
	if k < 1 || x.lower(k) != "and" {
		return -1
	}
	a := x.mentionAt(k - 1)
	if a < 0 || int(x.md.Mentions[a].Last) != k {
		return -1
	}
	return int(a)
}

// hyphenBefore returns the mention joined to mention j by a hyphen that
// touches both ("U.S.-Japanese"), or -1.
func (x *extractor) hyphenBefore(j int) int {
	b := &x.md.Mentions[j]
	h := b.First - 1
	if h < 1 || x.text(h) != "-" || x.d.Tokens[h].Start != x.d.Tokens[h-1].End || x.d.Tokens[h].End != x.d.Tokens[b.First].Start {
		return -1
	}
	a := x.mentionAt(h - 1)
	if a < 0 || int(x.md.Mentions[a].Last) != h || x.md.Mentions[a].InQuote || b.InQuote {
		return -1
	}
	return int(a)
}

// coordSide reports a mention that may be one side of a pair of bodies:
// an organization or a country of kind ('o', 'c', 'b'), outside a
// quotation or a person's title, not a news medium.
func (x *extractor) coordSide(j int, kind byte) bool {
	o := &x.md.Mentions[j]
	if o.InQuote || o.InTitle || o.Possessive || o.Entity < 0 {
		return false
	}
	switch {
	case o.Kind == mentions.Org && kind != 'c':
		return !(o.Entry != nil && o.Entry.OrgKind == "MEDIA" || x.cr.Entities[o.Entity].OrgKind == "MEDIA")
	case o.Kind == mentions.Country && kind != 'o':
		return o.Entry != nil && (o.Entry.Kind == gazetteer.Country || o.Entry.Kind == gazetteer.Demonym && x.officialsAfter(o.Last, x.d.Sentences[o.Sent].Last) > 0)
	}
	return false
}

// widerBodyPair reads "the two banks" as the only two bodies (kind as in
// bodyPair) named in the sentence and the four before it, when the
// sentence and the two before name fewer than two: a story that names
// its two firms in its opening and then speaks of them by their noun.
func (x *extractor) widerBodyPair(mi int, kind byte) []int {
	m := &x.md.Mentions[mi]
	var near, all []int
	for j := mi - 1; j >= 0 && x.md.Mentions[j].Sent >= m.Sent-4; j-- {
		if !x.coordSide(j, kind) {
			continue
		}
		e := x.actor(j)
		if e < 0 {
			continue
		}
		if o := &x.md.Mentions[j]; o.Kind == mentions.Country && (o.Entry == nil || o.Entry.Kind != gazetteer.Country) {
			continue // as bodyPair: a demonym's people are not the state
		}
		all = addUniqueInt(all, e)
		if x.md.Mentions[j].Sent >= m.Sent-2 {
			near = addUniqueInt(near, e)
		}
	}
	if len(near) >= 2 || len(all) != 2 {
		return nil
	}
	// the two named together in one sentence ("A held talks with B"), not
	// one named in the opening and the other in passing later
	for sj := m.Sent - 4; sj <= m.Sent; sj++ {
		if sj >= 0 && sj < len(x.bySent) && x.namesBoth(sj, all[0], all[1]) {
			return []int{all[1], all[0]}
		}
	}
	return nil
}

// namesBoth reports sentence si naming both entities a and b.
func (x *extractor) namesBoth(si, a, b int) bool {
	var ha, hb bool
	for _, mi := range x.bySent[si] {
		if k := x.md.Mentions[mi].Kind; k != mentions.Org && k != mentions.Country {
			continue // a pair's own noun would resolve through pair again
		}
		switch x.actor(int(mi)) {
		case a:
			ha = true
		case b:
			hb = true
		}
	}
	return ha && hb
}

// theySaidPair reads "A and B said they met" and "the chiefs of A and B
// said they were holding talks": "they" right after the clause's "said"
// stands for the two parties that said it, who met each other. Only the
// verb group may stand between "they" and the trigger; the trigger must
// have no object or "with" after it (not "they met X"), and a noun
// trigger must be held ("were holding discussions"). It returns the two
// parties, or nil.
func (x *extractor) theySaidPair(si int, tr trigger) []int {
	s := x.d.Sentences[si]
	t := -1
	for k := tr.first - 1; k > s.First && k >= tr.first-5; k-- {
		w := x.lower(k)
		if w == "they" {
			t = k
			break
		}
		if x.d.Tokens[k].Kind != segment.Word || x.d.Tokens[k].Has(segment.FlagCap) || x.mentionAt(k) >= 0 || w == "that" || w == "with" || w == "not" || w == "never" {
			return nil
		}
	}
	if t < 0 {
		return nil
	}
	v := t - 1
	if x.lower(v) == "that" {
		v--
	}
	if v <= s.First || !isSayVerb(x.lower(v)) {
		return nil
	}
	if tr.noun {
		if !x.heldFirmly(t+1, tr.first) {
			return nil
		}
		if j, _ := x.withAhead(si, tr.last); j >= 0 {
			return nil // "they were holding talks with C": the pair is one side
		}
	} else if !x.noObjectAfter(si, tr.last) {
		return nil
	}
	return x.sayersPair(si, v)
}

func isSayVerb(w string) bool { return w == "said" || w == "say" || w == "says" }

// sayersPair reads the subject of the speech verb at token v when it is
// the whole clause from the sentence start: two bodies' unnamed people
// ("the chiefs of A and B", groupSubject) or two parties joined by "and"
// ("A and B", two people or two bodies or countries, a ticker allowed
// after each). It returns the two, or nil.
func (x *extractor) sayersPair(si, v int) []int {
	s := x.d.Sentences[si]
	if bodies, end := x.groupSubject(si, s.First); len(bodies) == 2 && end == v && bodies[0] != bodies[1] {
		return bodies
	}
	var out []int
	k := s.First
	people := false // "the chiefs of A and B": bodies for their people
	if j := k + b2i(x.lower(k) == "the"); j+1 < v && groupMember(x.lower(j)) && (x.lower(j+1) == "of" || x.lower(j+1) == "from") {
		k, people = j+2, true
	}
	for len(out) < 2 {
		if x.text(k) == "<" && k+1 < v {
			k++ // "and <Acme Inc>": Reuters' brackets round a company's name
		}
		mi, j := x.openingMention(k)
		if mi < 0 {
			if pm := x.titledPersonAt(si, k); pm >= 0 {
				mi, j = int32(pm), int(x.md.Mentions[pm].First)
			} else {
				return nil
			}
		}
		m := &x.md.Mentions[mi]
		if j != k && x.lower(k) != "the" && x.titledPersonAt(si, k) != int(mi) {
			return nil
		}
		if m.Possessive || m.InQuote || m.InTitle {
			return nil
		}
		switch m.Kind {
		case mentions.Person, mentions.Org, mentions.Country:
		default:
			return nil
		}
		if m.Kind == mentions.Country && (m.Entry == nil || m.Entry.Kind != gazetteer.Country) {
			return nil // "French and German officials said": their groups
		}
		if people && m.Kind == mentions.Person {
			return nil
		}
		e := x.actor(int(mi))
		if e < 0 || len(out) == 1 && out[0] == e {
			return nil
		}
		out = append(out, e)
		k = m.Last
		if x.text(k) == ">" {
			k++
		}
		if te := x.tickerEnd(k); te > 0 {
			k = te // "Acme Corp <ACME.N>"
		}
		if len(out) == 1 {
			if k >= v || x.lower(k) != "and" {
				return nil
			}
			k++
		}
	}
	if k != v || x.isPerson(out[0]) != x.isPerson(out[1]) {
		return nil // a person and a body may be one side ("X and his firm said")
	}
	for _, e := range out {
		if !x.isPerson(e) {
			x.markGroupStandIn(e) // a side of its own, which names no person (§7)
		}
	}
	return out
}
