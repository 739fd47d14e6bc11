package mentions

import (
	"github.com/actorgraph/actorgraph/internal/extract/gazetteer"
	"github.com/actorgraph/actorgraph/internal/extract/segment"
)

// acronymHolder reports the token k, right before a body's or a national
// post ("NUM president X", "ICCO executive director Y"), as an acronym
// the lists do not know that names the body holding the post: one
// all-capitals word of 2 to 6 letters (a hyphen may join two: "AFL-CIO"),
// read as no mention but a lone surname, not a given name nor a word
// written in capitals for something that is no body ("TV presenter"),
// with no capitalised word, possessive or name joiner before it (the tail
// of a longer name: "ABN AMRO", "Total CFP"), not in a headline written
// in capitals, and not written elsewhere after more of a name. In
// apposition after a name ("X, KTWU president, said") the name need not
// follow the post.
func (f *finder) acronymHolder(k int, head *gazetteer.Entry, appos bool) bool {
	if head == nil || head.Class != gazetteer.Role || head.Scope == gazetteer.ScopeLocal || royalTitle(head.Name) || k < f.first || k+1 >= f.last || k >= len(f.d.Tokens) {
		return false
	}
	tk := f.tok(k)
	if tk.Kind != segment.Word || !tk.Has(segment.FlagAllCaps) || tk.Has(segment.FlagPossessive) || !acronymShape(f.text(k)) || nonBodyCaps(f.text(k)) {
		return false
	}
	if nx := f.tok(k + 1); nx.Has(segment.FlagAllCaps) {
		return false // "NUM PRESIDENT QUITS": a headline in capitals
	}
	if !appos && !f.nameAfterPost(k+1) {
		return false // "the HUB controller, network software": no name follows the post
	}
	if mi := f.md.ByToken[k]; mi >= 0 && (f.md.Mentions[mi].Kind != Surname || f.md.Mentions[mi].First != k || f.md.Mentions[mi].Last != k+1) {
		return false
	}
	if _, given := f.word(k).Given(); given {
		return false
	}
	if k-1 >= f.first {
		p := f.tok(k - 1)
		if p.Kind == segment.Word && (p.Has(segment.FlagCap) || p.Has(segment.FlagAllCaps)) && !(k-1 == f.first && sentenceOpener(f.lower(k-1))) || p.Has(segment.FlagPossessive) || f.md.ByToken[k-1] >= 0 {
			return false
		}
		if nameJoiner(f.lower(k - 1)) {
			return false // "B and C president": the end of a longer name
		}
	}
	return !f.tailOfLongerName(k) && !f.opensLongerName(k)
}

// opensLongerName reports the word at k written elsewhere in the article
// before more capitalised words that are no title ("MCI Communications
// Corp" for "MCI"): the short form of a body the roles read once every
// body is known. Read only when the rule is about to fire.
func (f *finder) opensLongerName(k int) bool {
	w := f.d.TokenText(k)
	for q := 0; q+1 < len(f.d.Tokens); q++ {
		if q == k || f.d.TokenText(q) != w {
			continue
		}
		nx := f.d.Tokens[q+1]
		if nx.Kind != segment.Word || !nx.Has(segment.FlagCap) && !nx.Has(segment.FlagAllCaps) || nx.Has(segment.FlagNewline) {
			continue
		}
		if e, _ := f.matchTitle(q+1, len(f.d.Tokens)); e != nil {
			continue // "ICCO Executive Director" again
		}
		if f.d.SentenceAt(int(f.d.Tokens[q].Start)) != f.d.SentenceAt(int(f.d.Tokens[q+1].Start)) {
			continue
		}
		return true
	}
	return false
}

// acronymShape: 2 to 6 capital letters, or two such groups joined by one
// hyphen ("AFL-CIO"); no dots or digits (no "U.S.", "N.J.", "G7").
func acronymShape(w string) bool {
	n, groups, run := 0, 1, 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= 'A' && c <= 'Z':
			n++
			run++
		case c == '-' && run > 0 && i+1 < len(w) && groups == 1:
			groups++
			run = 0
		default:
			return false
		}
	}
	return n >= 2 && n <= 6 && run > 0
}

// nonBodyCaps: words written in capitals that name a medium, a trade, a
// group of people or a disease, never a body that holds a post.
func nonBodyCaps(w string) bool {
	switch w {
	case "TV", "PR", "HR", "IT", "DJ", "MC", "VIP", "LGBT", "LGBTQ", "AIDS", "HIV", "GMT", "OK", "CEO", "CFO", "COO", "CTO", "MP", "MEP", "MSP", "QC", "PM", "AM", "ID", "IVF", "NGO", "UFO", "GP", "RN", "SWAT", "MD", "PA", "MBA", "PHD":
		return true
	}
	return false
}

// nameAfterPost reports a capitalised word right after the post that
// opens at k, or after a comma there ("The USI president, Ann Roe,").
func (f *finder) nameAfterPost(k int) bool {
	e, n := f.matchTitle(k, f.last)
	if e == nil {
		return false
	}
	q := k + n
	for q < f.last && q < len(f.d.Tokens) && f.tok(q).Kind == segment.Word && !f.isCap(q) && q < k+n+3 {
		if e2, n2 := f.matchTitle(q, f.last); e2 != nil {
			q += n2 // "president and chief executive X"
			continue
		}
		if f.lower(q) != "and" {
			break
		}
		q++
	}
	if q < f.last && q < len(f.d.Tokens) && f.text(q) == "," {
		q++
	}
	return q < f.last && q < len(f.d.Tokens) && f.isCap(q)
}

// spelledOrg returns an organization mention the article names whose
// capitalised words begin with the acronym's letters, one word each
// and no more ("Trans World Airlines Inc" for "TWA"), or -1.
func (f *finder) spelledOrg(acr string) int {
	for i := range f.md.Mentions {
		m := &f.md.Mentions[i]
		if m.Kind != Org || m.Last-m.First < 2 || m.Last > len(f.d.Tokens) || !f.initialsFrom(m.First, acr) {
			continue
		}
		caps := 0
		for q := m.First; q < m.Last; q++ {
			if w := f.d.TokenText(q); f.d.Tokens[q].Has(segment.FlagCap) && !commaSuffix(w) && w != "Corp" && w != "Co" && w != "Co." {
				caps++
			}
		}
		if caps == len(acr) {
			return i // every word of the name gives one letter: not "United Auto Workers and American Motors Corp"
		}
	}
	return -1
}

// acronymHolderMention returns the mention for the acronym at k that
// holds a post: a body the article names that it stands for (set after
// it between commas, or spelled by its words), else the lone surname
// reading turned into the body, else a new organization.
func (f *finder) acronymHolderMention(k int) int {
	name := f.text(k)
	if def := f.commaAcronym(name); def >= 0 {
		return def
	}
	if def := f.spelledOrg(name); def >= 0 {
		return def // "Trans World Airlines Inc" named before "TWA president"
	}
	if mi := f.md.ByToken[k]; mi >= 0 {
		m := &f.md.Mentions[mi]
		m.Kind, m.OrgName, m.InTitle = Org, name, true
		return int(mi)
	}
	return f.add(Mention{Kind: Org, First: k, Last: k + 1, OrgName: name, InTitle: true})
}

// isArticleWord: an article that may open an apposition before the
// acronym ("X, a KTWU official,"); any other word there is part of the
// post ("assistant KTWU commissioner": the acronym splits the title).
func isArticleWord(w string) bool {
	return w == "a" || w == "an" || w == "the"
}
