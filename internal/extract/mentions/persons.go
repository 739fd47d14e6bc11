package mentions

import (
	"strings"

	"github.com/actorgraph/actorgraph/internal/extract/gazetteer"
	"github.com/actorgraph/actorgraph/internal/extract/segment"
)

// Person-name rules found by auditing unannotated news (round 12): name
// shapes (generational suffixes, post-nominal letters, captions glued to
// a name) and context cues that show an unknown given name opens a
// person's name.

// lowerHonorificOccupation reports a lower-case honorific that is also an
// occupation ("professor Ana Ruiz"): written lower case it is the
// occupation, which still shows the name after it is a person's.
func lowerHonorificOccupation(t segment.Token, e *gazetteer.Entry, lw string) bool {
	return e.Class == gazetteer.Honorific && !t.Has(segment.FlagCap) && lw == "professor"
}

// generational reports a suffix that belongs to a person's name ("Ed
// Roe Jr."): the fullest form the text gives keeps it.
func generational(w string) bool {
	switch w {
	case "Jr.", "Jr", "Sr.", "Sr":
		return true
	}
	return false
}

// postNominal reports letters written after a name for an honour, a
// rank at the bar or a degree ("Ann Roe QC"): no part of the name, as an
// honorific before it is none.
func postNominal(w string) bool {
	switch w {
	case "QC", "KC", "SC", "OBE", "CBE", "MBE", "KBE", "DBE", "PhD", "FRS":
		return true
	}
	return false
}

// gluedCaption reports a word that a photo caption's label is glued to
// ("RoeImage" before ": credit"): the rendering lost the break between
// the caption and its credit, so the word is no name.
func (f *finder) gluedCaption(i int) bool {
	w := f.text(i)
	const label = "Image"
	if len(w) <= len(label)+1 || !strings.HasSuffix(w, label) {
		return false
	}
	if c := w[len(w)-len(label)-1]; c < 'a' || c > 'z' {
		return false
	}
	return i+1 < len(f.d.Tokens) && f.d.TokenText(i+1) == ":"
}

// occupationInName reports an occupation word of the lower-case kind
// capitalised inside a sentence ("the Iran Hostage Crisis", "since
// Prisoner Cell Block H"): part of a name, not a title before one.
// Running text writes such occupations before names in lower case
// ("hostage Ann Roe"); a sentence's first word is capitalised either way.
func (f *finder) occupationInName(i int, e *gazetteer.Entry) bool {
	if !e.Lower || !f.isCap(i) {
		return false
	}
	if i == f.first {
		// "Seaman told reporters": a sentence's first word before no
		// capitalised word is a surname, not an occupation before a name
		return i+1 < f.last && !f.isCap(i+1) && f.tok(i+1).Kind == segment.Word
	}
	switch f.tok(i - 1).Kind {
	case segment.Quote, segment.Punct:
		return f.isCap(i - 1) // after a quotation mark or a bracket a new phrase may open
	}
	return true
}

// thingPrep reports a word before a capitalised run that makes it the
// name of a place, a body or a thing more often than a person's ("the
// Commission on Fair Trade", "of Java Sea", "at Punta Tombo").
func thingPrep(w string) bool {
	switch w {
	case "of", "at", "from", "on", "for", "in", "by", "to", "into", "the", "a", "an", "its", "their", "our":
		return true
	}
	return false
}

// personContext reports a context that only a person's name fits, for a
// run [i, end) of two or three capitalised words with no other evidence:
//
//   - an age before it: "40-year-old Ann Roe" (not "a 70-year-old Roe
//     Tools 4 shop": a number or a thing's noun must not follow);
//   - a verb of what befalls people after it: "Ann Roe was convicted",
//     "Ann Roe died";
//   - an interview transcript's speaker label: "((Ann Roe))";
//   - "the late Ann Roe" (two words: "the late Beatle Ann Roe" holds a
//     describing word).
func (f *finder) personContext(i, end int) bool {
	if i-1 >= f.first {
		if p := f.lower(i - 1); strings.HasSuffix(p, "-year-old") && len(p) > len("-year-old") && !f.hyphenIn(i, end) {
			if end >= f.last || f.tok(end).Kind != segment.Number && !thingNounAfter(f.lower(end)) && !OrgHead(f.text(end)) {
				return true
			}
		}
	}
	if i-2 >= f.first && end+1 < f.last && f.text(i-1) == "(" && f.text(i-2) == "(" && f.text(end) == ")" && f.text(end+1) == ")" {
		return true
	}
	if end-i == 2 && i-2 >= f.first && f.lower(i-1) == "late" && f.lower(i-2) == "the" {
		return true // "the late Ana Roe": someone who died
	}
	if i-1 >= f.first && thingPrep(f.lower(i-1)) {
		return false
	}
	if end >= f.last {
		return false
	}
	switch f.lower(end) {
	case "died", "dies":
		return true
	case "was", "were", "is", "has", "had":
		k := end + 1
		if k < f.last && f.lower(k) == "been" {
			k++
		}
		return k < f.last && befallsPeople(f.lower(k))
	}
	return false
}

// befallsPeople: past participles of what happens to people and not to
// bodies or things ("was born", "was arrested", "was stabbed").
func befallsPeople(w string) bool {
	switch w {
	case "born", "arrested", "convicted", "sentenced", "jailed", "imprisoned", "stabbed", "murdered", "assassinated",
		"kidnapped", "abducted", "hospitalised", "hospitalized", "knighted", "indicted", "acquitted", "pardoned", "married",
		"divorced", "injured", "wounded", "killed":
		return true
	}
	return false
}

// promoteListed makes people of the sentence's unproven runs that a list
// joins to a person named right after them: "Ana Tuli, Rosa Tuli and
// John Roe", "Ana Roe and her younger brother Ben Roe". The list is read
// from its end, so that each name proves the one before it.
func (f *finder) promoteListed(headline bool) {
	for k := len(f.unproven) - 1; k >= 0; k-- {
		c := f.unproven[k]
		q := c.last
		sep := false
		if q < f.last && f.text(q) == "," {
			q, sep = q+1, true
		}
		if q < f.last && f.text(q) == "and" {
			q, sep = q+1, true
		}
		if !sep || q >= f.last {
			continue
		}
		p := f.personAt(q)
		relative := false
		if p < 0 {
			if w := f.lower(q); w == "his" || w == "her" || w == "their" {
				// "and her brother": a relative named next
				for r := q + 1; r <= q+3 && r < f.last && p < 0; r++ {
					if f.isCap(r) || f.tok(r).Kind != segment.Word {
						break
					}
					p = f.personAt(r)
				}
				relative = p >= 0
			}
		}
		if p < 0 || f.md.Mentions[p].Possessive {
			continue // "Emotional Rescue and Paul Roe's Graceland": a list of the person's works
		}
		free := true
		for q := c.first; q < c.last; q++ {
			free = free && f.md.ByToken[q] < 0
		}
		// the costlier checks last: most unproven runs are followed by no person
		if !free || !f.listedNameShape(&c) {
			continue
		}
		if !relative && !f.peopleListOpens(c.first) {
			continue // lists of films, firms and places end in a name as well
		}
		m := Mention{Kind: Person, First: c.first, Last: c.last, Weak: headline}
		if gd, ok := f.given(c.first); ok && gd != 'u' {
			m.Gender = gd
		}
		f.add(m)
	}
}

// personAt returns the person mention (of two words or more) whose name,
// with its title, starts at token q, or -1.
func (f *finder) personAt(q int) int {
	if mi := f.md.ByToken[q]; mi >= 0 {
		if m := &f.md.Mentions[mi]; m.Kind == Person && m.First == q && m.Last-m.First >= 2 {
			return int(mi)
		}
		return -1
	}
	for mi := len(f.md.Mentions) - 1; mi >= 0; mi-- {
		m := &f.md.Mentions[mi]
		if m.Sent != f.sent {
			break
		}
		if m.Kind == Person && m.TitledFirst() == q && m.Last-m.First >= 2 {
			return mi
		}
	}
	return -1
}

// listedNameShape reports whether the unproven run c can be a person's
// name in a list, trimming a describing word that a sentence's capital
// joined to it ("Singers Ana Roe and ..."): not after a preposition or
// an article, nor inside a longer capitalised name ("Mid Wales Tourism
// Partnership, Ana Roe", "Regional and Industrial Expansion, Ana Roe");
// no word of a body's or firm's name; no word the article also writes in
// lower case, as the words of titles of works and of things are ("Open
// Water", "Saving Private Ryan"), unless it is a listed given name.
func (f *finder) listedNameShape(c *span) bool {
	if w := f.text(c.first); !isListed(f.word(c.first)) {
		switch {
		case c.last-c.first >= 3 && (c.first == f.first || isListed(f.word(c.first+1)) || f.tok(c.first).Has(segment.FlagAllCaps) || nounForPeople(w)):
			c.first++ // "Singers Ana Roe", "fellow Springboks John Roe", "DJ Ana Roe": a noun for people before the name
		case c.first == f.first && strings.HasSuffix(w, "s"):
			return false // "Youngsters Roe and ...": a plural noun, then one word
		}
	}
	if p := c.first - 1; p >= f.first {
		if thingPrep(f.lower(p)) || f.isCap(p) {
			return false
		}
		if (f.text(p) == "and" || f.text(p) == "&") && p-1 >= f.first && f.isCap(p-1) {
			if mi := f.md.ByToken[p-1]; mi < 0 || f.md.Mentions[mi].Kind != Person {
				return false
			}
		}
	}
	letters := 0
	for q := c.first; q < c.last; q++ {
		w := f.text(q)
		if lw := f.d.Lower(q); OrgHead(w) || firmWord(lw) || tradeWord(lw) || lw == "ventures" || lw == "commodities" || facilityNouns[w] || strings.IndexByte(w, '-') > 0 && !isListed(f.word(q)) {
			return false
		}
		if !isListed(f.word(q)) && f.lowerInDoc(q) {
			return false
		}
		if len(w) >= 3 && !isInitials(w) {
			letters++
		}
	}
	return letters > 0
}

// nounForPeople: a capitalised word that reads as a noun for people
// ("Springboks", "Dutchman", "Frenchwomen"), before a name in a list.
func nounForPeople(w string) bool {
	for _, suf := range []string{"s", "man", "men", "woman", "women"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// hyphenIn reports a hyphenated word in [i, end): "the seven-year-old
// Iran-Iraq War" is no one's age.
func (f *finder) hyphenIn(i, end int) bool {
	for q := i; q < end; q++ {
		if strings.IndexByte(f.text(q), '-') > 0 {
			return true
		}
	}
	return false
}

// peopleListOpens reports a list of names, whose element starting at
// first is one, introduced by a plural noun for people: "economists Ana
// Roe and ...", "three American Samoans, Ana Roe, ...", "commentators
// such as Ana Roe and ...". Lists of works, firms and places close with
// a person's name as often as lists of people do; the noun before the
// list tells them apart.
func (f *finder) peopleListOpens(first int) bool {
	q := first
	for steps := 0; steps < 12; steps++ {
		sep := q - 1 // the separator before the element at q: ",", "and" or ", and"
		if sep < f.first || f.text(sep) != "," && f.text(sep) != "and" {
			break
		}
		if f.text(sep) == "and" && sep-1 >= f.first && f.text(sep-1) == "," {
			sep--
		}
		e := sep - 1 // the last word of the element before
		if e < f.first {
			break
		}
		prev := -1
		if mi := f.md.ByToken[e]; mi >= 0 && f.md.Mentions[mi].Kind == Person && f.md.Mentions[mi].Last == e+1 {
			prev = f.md.Mentions[mi].TitledFirst()
		}
		for _, u := range f.unproven {
			if u.last == e+1 {
				prev = u.first
			}
		}
		if prev < 0 {
			break
		}
		q = prev
	}
	p := q - 1
	if p-2 >= f.first && f.text(p) == "as" && f.text(p-1) == "such" {
		p -= 2 // "commentators such as"
	} else if p-1 >= f.first && (f.text(p) == "," || f.text(p) == ":") {
		p-- // "three Samoans, Ana Roe, ..."
	}
	if p < f.first || f.tok(p).Kind != segment.Word {
		return false
	}
	w := f.text(p)
	if mi := f.md.ByToken[p]; mi >= 0 && f.md.Mentions[mi].Kind == Country {
		return strings.HasSuffix(w, "s") // a demonym in the plural: "Samoans"
	}
	return personPlural(f.d.Lower(p))
}

// personPlural: plural nouns that name people and hardly ever firms or
// works ("economists", "academics", "commentators", "residents",
// "sportsmen"); the "-ers" plurals are left out, which name works and
// backers as often ("blockbusters", "backers").
func personPlural(w string) bool {
	for _, suf := range []string{"ists", "ians", "ors", "ants", "ents", "men", "ics"} {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// modifierTail reports a compound modifier written before a name
// ("Tunisian-born", "Rosneft-owned", "Chairman-elect", "Oscar-winning"):
// a capitalised word, a hyphen and a lower-case participle or "-born",
// "-based", "-elect", "-designate"; the tail is returned. Hyphenated
// given names ("Pei-yuan") end otherwise.
func modifierTail(w string) (string, bool) {
	h := strings.LastIndexByte(w, '-')
	if h <= 0 || h+1 >= len(w) || w[0] < 'A' || w[0] > 'Z' {
		return "", false
	}
	tail := w[h+1:]
	for _, c := range tail {
		if c < 'a' || c > 'z' {
			return "", false
		}
	}
	switch {
	case tail == "born", tail == "based", tail == "elect", tail == "designate",
		len(tail) > 4 && (strings.HasSuffix(tail, "ed") || strings.HasSuffix(tail, "ing")):
		return tail, true
	}
	return "", false
}

// whoAfter reports a run [i, end) of two or three capitalised words that
// a relative clause on "who" follows ("Edson Vance, who will stay on"):
// English takes "who" for people and "which" for bodies and things. A
// plural closing the run ("Senate Democrats, who") names a group; a
// body's, firm's or trade's word, a thing's preposition before the run,
// or a word the article also writes in lower case make it a thing's name.
func (f *finder) whoAfter(i, end int) bool {
	if end+1 >= f.last || f.text(end) != "," || f.lower(end+1) != "who" {
		return false
	}
	if i-1 >= f.first && (thingPrep(f.lower(i-1)) && f.lower(i-1) != "to" || f.isCap(i-1)) {
		return false
	}
	for q := i; q < end; q++ {
		w := f.text(q)
		if lw := f.d.Lower(q); OrgHead(w) || firmWord(lw) || tradeWord(lw) || f.tok(q).Has(segment.FlagAllCaps) || f.tok(q).Kind != segment.Word {
			return false
		}
		if !isListed(f.word(q)) && f.lowerInDoc(q) {
			return false
		}
	}
	if end-i == 3 && !isListed(f.word(i)) {
		return false // "Magistrate Ana Roe": a describing word may open three
	}
	last := f.text(end - 1)
	return !strings.HasSuffix(last, "s") || isListed(f.word(i))
}

// generalThing reports a run [i, i+n) after "General" that names a firm,
// an event or an accord ("General Foods", "the General Election",
// "General Lien Bonds") rather than a general: no word of it is a given
// name; a single word follows an article ("the General Election", "a
// General Foods spokesman": a general is "General Dostum") and never
// stands alone elsewhere in the article; a longer run ends in a plural or
// holds a word the article also writes in lower case.
func (f *finder) generalThing(i, n int) bool {
	for q := i; q < i+n; q++ {
		if _, ok := f.given(q); ok {
			return false
		}
	}
	if n == 1 {
		if i-2 < f.first {
			return false
		}
		switch f.lower(i - 2) {
		case "the", "a", "an":
		default:
			return false // "General Dostum": a general named by the family name
		}
		w := f.text(i)
		for k := range f.d.Tokens {
			if k != i && f.d.TokenText(k) == w && (k == 0 || f.d.TokenText(k-1) != "General") {
				return false
			}
		}
		return true
	}
	if strings.HasSuffix(f.text(i+n-1), "s") {
		return true
	}
	for q := i; q < i+n; q++ {
		if f.lowerInDoc(q) {
			return true
		}
	}
	return false
}

// nickQuote reports a token that marks a nickname off: a double quotation
// mark, or a lone apostrophe used as a single one.
func (f *finder) nickQuote(k int) bool {
	t := f.tok(k)
	if t.Kind == segment.Quote {
		return true
	}
	w := f.text(k)
	return w == "'" || w == "‘" || w == "’"
}

// nicknameSurname finds a nickname in quotation marks between a listed
// given name and a surname ("Ana 'the Hawk' Roe", "Jon \"Jonny\" Vale")
// and returns the token where the surname starts, or 0. The nickname is
// one or two short words; the given name must be a listed one, or the
// nickname must be ("Toys
// \"R\" Us", "Street \"sexed up\" Iraq" are not names).
func (f *finder) nicknameSurname(i int) int {
	if i+4 >= f.last || !f.nickQuote(i+1) {
		return 0
	}
	if f.tok(i).Has(segment.FlagAllCaps) {
		return 0
	}
	if _, ok := f.given(i); !ok {
		// an unlisted given name: only before a capitalised one-word
		// nickname that is itself a listed given name ("Matiu \"Matt\"
		// Roe"), and not a body's or title's word nor a describing word
		// ("Americanised \"Jimmy\" Bond")
		if e, _ := f.matchEntity(i, i+1); e != nil || OrgHead(f.text(i)) || strings.HasSuffix(f.text(i), "ed") || f.lowerInDoc(i) || !f.isCap(i+2) || !f.nickQuote(i+3) {
			return 0
		}
		if _, ok := f.given(i + 2); !ok {
			return 0
		}
	}
	k := i + 2
	for k < f.last && k < i+4 && f.tok(k).Kind == segment.Word {
		k++
	}
	if k == i+2 || k >= f.last-1 || !f.nickQuote(k) || !f.isCap(k+1) || !f.nameShaped(k+1, true) {
		return 0
	}
	if strings.HasSuffix(f.text(i+2), "ed") && !f.isCap(i+2) {
		return 0 // "Ana \"agreed\" Roe": a quoted word of a sentence
	}
	return k + 1
}

// nickname makes one person of "Ana 'the Hawk' Roe" (the name without
// its nickname, as the text would write it in full) when the surname run
// starting at k is a person's name or surname.
func (f *finder) nickname(i, k int, headline bool) bool {
	n := f.nameRun(k)
	if n == 0 {
		return false
	}
	before := len(f.md.Mentions)
	f.name(k, n, headline)
	for mi := before; mi < len(f.md.Mentions); mi++ {
		m := &f.md.Mentions[mi]
		if m.First != k || m.Kind != Person && m.Kind != Surname {
			continue
		}
		m.Kind = Person
		m.Name = f.text(i) + " " + m.Name
		m.First = i
		m.Start = int(f.tok(i).Start)
		for t := i; t < k; t++ {
			f.md.ByToken[t] = int32(mi)
		}
		return true
	}
	return true
}

// blockedGivenName returns 2 for a run of two words at i that opens with
// a hand-listed given name another list reads otherwise, a month ("Jan"),
// a stop word ("Christian") or a one-word place ("Milan", "Sofia"), and
// closes with a surname ("Jan Berg", "Milan Novak"), when the context
// shows a person: a title before it, a speech verb next to it (not for a
// stop word: "Christian Aid said" is a charity), an apposition or a
// relative "who" after it, a person named next to it in a list ("Ana
// Roe, Christian Aid's head" is an apposition), or the
// surname standing alone elsewhere in the article ("Novak scored"). Else
// 0: the word is read as its list says. The surname is one capitalised
// word that no list knows, that the article never writes in lower case,
// and that no other capitalised word follows ("Milan Stock Exchange",
// "Christian Democrats" stay what they are).
func (f *finder) blockedGivenName(i int) int {
	w := f.word(i)
	if _, ok := w.Given(); !ok || w.LexiconGiven() {
		return 0
	}
	stop := w.IsStop()
	if !stop && w.Month() == 0 && !w.StartsEntity() {
		return 0
	}
	k := i + 1
	if k >= f.last || !f.isCap(k) || f.tok(i).Has(segment.FlagAllCaps) || f.tok(k).Has(segment.FlagNewline) || f.tok(k).Has(segment.FlagAllCaps) {
		return 0
	}
	if w.StartsEntity() {
		e, n := f.matchEntity(i, f.last)
		if e == nil && !stop && w.Month() == 0 || e != nil && (n > 1 || e.Kind != gazetteer.Place && e.Kind != gazetteer.Capital) {
			return 0 // "Christian Democratic Union", "Morgan Stanley": the first word of a listed body's name
		}
	}
	kw := f.word(k)
	if _, given := kw.Given(); given && !kw.LexiconGiven() || kw.IsStop() || kw.IsOrgWord() || kw.Month() > 0 || kw.Weekday() > 0 || kw.StartsEntity() || kw.StartsTitle() {
		return 0
	}
	s := f.text(k)
	if OrgHead(s) || firmWord(f.d.Lower(k)) || tradeWord(f.d.Lower(k)) || facilityNouns[s] || strings.HasSuffix(s, ".") || contraction(s) || f.lowerInDoc(k) {
		return 0
	}
	end := k + 1
	if end < f.last && (f.isCap(end) || f.tok(end).Kind == segment.Number) {
		return 0
	}
	_, titled := f.titleEnd.get(i)
	if titled {
		return 2 // "chairman Jan Berg"
	}
	if i-1 >= f.first && f.isCap(i-1) {
		return 0 // "Hans Christian Berg": a middle name, the name opened before
	}
	if !stop && f.speechAdjacent(i, end) {
		return 2
	}
	if f.appositive(end) || f.whoAfter(i, end) || f.personContext(i, end) {
		return 2
	}
	if i-2 >= f.first && (f.text(i-1) == "," || f.text(i-1) == "and") && !(end < f.last && f.tok(end).Has(segment.FlagPossessive)) {
		if pm := f.md.ByToken[i-2]; pm >= 0 && f.md.Mentions[pm].Kind == Person && f.md.Mentions[pm].Last == i-1 {
			return 2 // "Ana Roe, Christian Berg and ...": a list of people
		}
	}
	if end+2 < f.last && (f.text(end) == "," || f.text(end) == "and") {
		if _, ok := f.given(end + 1); ok && f.isCap(end+2) && !f.word(end+1).IsStop() {
			return 2 // "Milan Novak and Ana Roe"
		}
	}
	if f.surnameAlone(k, false) {
		return 2 // "Novak scored": the surname alone
	}
	return 0
}

// hyphenDescriber reports a capitalised word joined by a hyphen to a
// lower-case part ("Co-star", "In-form", "Man-of-the-match",
// "Oscar-winner"): a describing word, which given names are not (they
// capitalise each part: "Jean-Paul").
func hyphenDescriber(w string) bool {
	h := strings.IndexByte(w, '-')
	return h > 0 && h+1 < len(w) && w[0] >= 'A' && w[0] <= 'Z' && w[h+1] >= 'a' && w[h+1] <= 'z'
}

// titleSurname reports a one-word title at j right after a given name at
// i that ends the name, a surname ("Ana King said", "Tom Bishop, a
// trader", "Ivo Judge's firm"): no capitalised word nor "of" follows it,
// so it opens no name of its own ("Jordan King Hussein", "Mary Queen of
// Scots"); the title is no acronym ("the Glasgow Kelvin MP, who") and the
// word at i is no title itself.
func (f *finder) titleSurname(i, j, c int) bool {
	if j != i+1 || c != 1 || strings.IndexByte(f.text(j), '.') >= 0 || f.tok(j).Has(segment.FlagAllCaps) || f.word(i).StartsTitle() {
		return false
	}
	if _, ok := f.given(i); !ok {
		return false
	}
	k := j + 1
	if k < f.last && f.tok(k).Has(segment.FlagPossessive) {
		return true
	}
	return k >= f.last || f.tok(k).Kind != segment.Word && f.tok(k).Kind != segment.Number || !f.isCap(k) && f.lower(k) != "of"
}

// promoteHonorificSurname makes a person of an unproven run of two
// words whose second word the article also writes alone after a
// personal honorific ("Mahendra Siregar, told ... said Mr Siregar"): an
// unlisted given name is what kept the run from being read as a name,
// and bodies and places are not called Mr or Ms. The run must have a
// name's shape (listedNameShape: no body's word, no word the article
// writes in lower case), and its first word no title, stop word or month.
func (f *finder) promoteHonorificSurname() {
	if len(f.pairs) == 0 {
		return
	}
	var surnames []string
	for i := range f.md.Mentions {
		m := &f.md.Mentions[i]
		if m.Kind != Person && m.Kind != Surname || m.Last-m.First != 1 || !personalHonorific(m.Hon) {
			continue
		}
		surnames = append(surnames, f.text(m.First))
	}
	if len(surnames) == 0 {
		return
	}
	for _, p := range f.pairs {
		if p.last > len(f.d.Tokens) || p.sent >= len(f.d.Sentences) || p.last-p.first != 2 {
			continue
		}
		sur := f.text(p.last - 1)
		found := false
		for _, s := range surnames {
			if s == sur {
				found = true
				break
			}
		}
		if !found || f.md.ByToken[p.first] >= 0 || f.md.ByToken[p.first+1] >= 0 {
			continue
		}
		s := f.d.Sentences[p.sent]
		f.sent, f.first, f.last = p.sent, s.First, s.Last
		w := f.word(p.first)
		if w.IsStop() || w.IsOrgWord() || w.Month() > 0 || w.Weekday() > 0 || w.StartsEntity() || w.StartsTitle() || f.tok(p.first).Has(segment.FlagAllCaps) || f.tok(p.first).Has(segment.FlagInQuote) {
			continue // a quote holds slogans and titles ("Vote Blair, Get Brown")
		}
		c := span{p.first, p.last}
		if !f.listedNameShape(&c) || c.first != p.first {
			continue
		}
		m := Mention{Kind: Person, First: p.first, Last: p.last}
		if gd, ok := f.given(p.first); ok && gd != 'u' {
			m.Gender = gd
		}
		f.add(m)
	}
}

// personalHonorific: the honorifics only people bear ("Mr", "Ms.").
func personalHonorific(h string) bool {
	switch strings.TrimSuffix(h, ".") {
	case "Mr", "Mrs", "Ms", "Miss", "Dr":
		return true
	}
	return false
}

// IndustryTail: plural or mass nouns of a trade that end firms' names
// after a founder's or a place's name ("Mitchell Energy", "Victor
// Savings", "Capital Markets", "Digital Equipment") and that are hardly
// ever surnames (unlike Mills, Banks, Power, Steel, Sugar, left out).
func IndustryTail(w string) bool {
	switch w {
	case "Markets", "Savings", "Enterprises", "Properties", "Technology", "Technologies", "Foods", "Films", "Futures",
		"Pharmaceuticals", "Equipment", "Cement", "Energy", "Financial", "Metals", "Aviation", "Aerospace", "Broadcasting",
		"Publishing", "Telecommunications", "Communications", "Devices", "Products", "Brands", "Electronics", "Industries",
		"Holdings", "Securities", "Investments", "Resources", "Chemicals", "Airlines", "Airways", "Motors", "Systems",
		"Bancorp", "Bancshares", "Realty", "Minerals", "Laboratories", "Instruments", "Semiconductor", "Semiconductors",
		"Pictures", "Studios", "Tobacco", "Nursing", "Storage", "Buses", "Software", "Computers", "Insurance", "Petroleum",
		"Motor", "Industrial", "Shipbuilding", "Textiles", "Breweries", "Distillers", "Utilities", "Railroad":
		return true
	}
	return false
}

// firmTrailedName reports a run [i, i+n) of two to four words that only
// a given name or its context made a person's, closed by an industry
// tail: the name of a firm named after a founder or a place ("Mitchell
// Energy said"), or the tail of a longer firm's name whose first words
// another rule took ("Merrill Lynch Capital Markets", "International
// Game Technology"). A surname the article writes after Mr or Ms keeps
// the person.
func (f *finder) firmTrailedName(m *Mention, i, n int) bool {
	if n < 2 || n > 4 || m.Hon != "" || m.Title != nil {
		return false
	}
	last := f.text(i + n - 1)
	return IndustryTail(last) && !f.honorificInDoc(last)
}

// insideLongerName reports a run [i, e) that a capitalised word, a
// ticker's bracket or a joining "&" or "-" opens, or that a capitalised
// word or "and"/"&" before one closes: part of a longer name.
func (f *finder) insideLongerName(i, e int) bool {
	if p := i - 1; p >= f.first {
		switch f.text(p) {
		case "<", ">", "&", "-":
			return true
		}
		if f.isCap(p) && !functionWord(f.lower(p)) {
			return true
		}
	}
	if e < f.last {
		if f.isCap(e) {
			return true
		}
		if w := f.text(e); (w == "and" || w == "&") && e+1 < f.last && f.isCap(e+1) {
			return true
		}
	}
	return false
}

// bodyWordAfterTitle reports a lone word after a title or rank that
// heads a firm's or a publication's name and is hardly a surname
// ("General Foods", "General Dynamics", "Official Bulletin", "official
// Radio Malaysia", "Professor Enterprises"): the title word opens the
// body's name.
func bodyWordAfterTitle(w, lw string) bool {
	if IndustryTail(w) || tradeWord(lw) || firmWord(lw) {
		return true
	}
	switch w {
	case "Dynamics", "Mines", "Radio", "Television", "Bulletin", "Gazette", "Journal", "Tribune":
		return true
	}
	return false
}

// workPlural: plural nouns for works that open a list of their titles
// ("films include ...", "hits such as ...").
func workPlural(w string) bool {
	switch w {
	case "films", "movies", "songs", "singles", "albums", "hits", "titles", "games", "novels", "books", "plays", "musicals", "tracks", "shows", "programmes", "series":
		return true
	}
	return false
}

// inWorkList reports a capitalised run [i, e) that is a whole element of
// a list of works opened by a plural noun for works and "include",
// "including", "such as" or "like" ("films include Dark Water, Anna
// Vell and Red Sky"): a title, not a person, though it may read as a
// name. Only a bare element counts: a run with lower-case words after it
// ("the Anna Vell adaptation", "Anna Vell for Red Sky") may name the
// author or the star.
func (f *finder) inWorkList(i, e int) bool {
	if e < f.last {
		switch f.text(e) {
		case ",", "and", ":", ".", ";", "&", ")":
		default:
			return false
		}
		if f.tok(e - 1).Has(segment.FlagPossessive) {
			return false
		}
	}
	// walk back over earlier elements: capitalised words, a few small
	// words of titles, list commas and "and", to the opener
	for k := i - 1; k >= f.first && k >= i-40; k-- {
		w := f.lower(k)
		switch w {
		case "include", "includes", "included", "including", "like", "as":
			p := k - 1
			if w == "as" {
				if p < f.first || f.lower(p) != "such" {
					return false
				}
				p--
			}
			if p >= f.first && f.text(p) == "," {
				p--
			}
			return p >= f.first && workPlural(f.lower(p))
		}
		if f.isCap(k) || f.tok(k).Kind == segment.Number {
			continue
		}
		switch w {
		case ",", "and", ":", "'s", "’s", "of", "the", "a", "to", "in", "on", "for", "'", "’", "-":
			continue
		}
		return false
	}
	return false
}

// firmSaidIts reports a run [i, e) that opens its sentence and is
// followed by a speech verb and "its" ("Orvel Dane said its board
// declared a dividend"): the possessive after the verb goes back to the
// speaker, a body; a person would be "his" or "her".
func (f *finder) firmSaidIts(i, e int) bool {
	if i != f.first || e+1 >= f.last || f.lower(e+1) != "its" {
		return false
	}
	switch f.lower(e) {
	case "said", "says", "reported", "announced":
		return true
	}
	return false
}

// barePossessive reports a lone apostrophe at k closing the possessive
// of a capitalised word ending in s, x or z ("General Motors'",
// "Pemex'"), which the segmenter leaves as a token of its own.
func (f *finder) barePossessive(k int) bool {
	if k-1 < f.first || k >= f.last {
		return false
	}
	switch f.text(k) {
	case "'", "’":
	default:
		return false
	}
	p := f.tok(k - 1)
	if p.Kind != segment.Word || !p.Has(segment.FlagCap) || p.End != f.tok(k).Start {
		return false
	}
	w := f.text(k - 1)
	switch w[len(w)-1] {
	case 's', 'x', 'z':
		return true
	}
	return false
}

// stopMiddleName reports a stop word borne as a surname ("Day") standing
// as a middle name between a listed given name and a surname that ends
// the name ("Sandra Day Okafor"): the word after it is capitalised, no
// stop, title, listed name of a body or place, nor a body's or thing's
// head ("Doris Day Show"), no common noun of the article, and no
// capitalised word follows it; and a sign of a person, since a parade or
// a show is also named so ("Victoria Day Parade").
func (f *finder) stopMiddleName(i int, firstOfRun bool) bool {
	if firstOfRun || i-1 < f.first || i+1 >= f.last || !f.word(i).IsSurnameWord() {
		return false
	}
	if _, ok := f.word(i - 1).Given(); !ok {
		return false
	}
	k := i + 1
	t := f.tok(k)
	if !f.isCap(k) || t.Has(segment.FlagAllCaps) || t.Has(segment.FlagNewline) {
		return false
	}
	if w := f.word(k); w.IsStop() || w.IsOrgWord() || w.StartsTitle() || w.StartsEntity() || w.Month() > 0 || w.Weekday() > 0 {
		return false
	}
	if OrgHead(f.text(k)) || thingNounAfter(strings.ToLower(f.text(k))) || f.lowerInDoc(k) {
		return false
	}
	if k+1 < f.last && f.isCap(k+1) {
		return false
	}
	// and a sign of a person, as for givenStopOpening: a title or
	// honorific before the name, or the surname alone elsewhere
	if _, ok := f.titleEnd.get(i - 1); ok {
		return true
	}
	return f.surnameAlone(k, true)
}

// compassSurnames extends a one-word person's name by a compass word
// right after it that ends the name ("Kanye West said"): the stop list
// ends a name at "West", and orgWordSurname takes it only after a listed
// given name. The word before must already stand as a person by its own
// evidence, so a place before the compass word ("Bristol West") is never
// taken.
func (f *finder) compassSurnames() {
	d := f.d
	for mi := range f.md.Mentions {
		m := &f.md.Mentions[mi]
		if m.Kind != Person || m.Last-m.First != 1 || m.Last >= len(d.Tokens) || m.Possessive {
			continue
		}
		if _, ok := f.word(m.First).Given(); ok {
			continue // orgWordSurname's case
		}
		k := m.Last
		t := d.Tokens[k]
		if t.Kind != segment.Word || t.Has(segment.FlagNewline) || t.Has(segment.FlagAllCaps) || f.md.ByToken[k] >= 0 {
			continue
		}
		switch d.TokenText(k) {
		case "North", "South", "East", "West":
		default:
			continue
		}
		if s := d.Sentences[m.Sent]; k >= s.Last || k+1 < s.Last && f.isCap(k+1) {
			continue // "Kanye West Coast" is another name
		}
		m.Last = k + 1
		m.End = int(t.End)
		m.Name = d.Text[m.Start:m.End]
		m.Possessive = k+1 < len(d.Tokens) && d.Tokens[k+1].Has(segment.FlagPossessive)
		f.md.ByToken[k] = int32(mi)
	}
}
