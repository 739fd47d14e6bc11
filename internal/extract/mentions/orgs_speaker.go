package mentions

import (
	"strings"

	"github.com/actorgraph/actorgraph/internal/extract/gazetteer"
	"github.com/actorgraph/actorgraph/internal/extract/segment"
)

// bodiesSpeakingByDocCue turns a lone capitalised word that no rule typed
// (a Surname mention that coref would drop for want of a fuller name) and
// that speaks ("Torvano said", "..., Kellwick warned") into a body's name
// when the article itself treats the same word as a body elsewhere:
// "Torvano raised its forecast" (a person's deeds are "his" or "her"),
// "Torvano president Ann Roe" (a post of the body before a name) or
// "Torvano, which makes ..." (a person takes "who"). Not a listed given
// name, a stop word, a title, the start of a listed name, a word the
// article also writes in lower case, after a given name or inside a
// longer capitalised run, nor a word of a person's name found in the
// article.
func (f *finder) bodiesSpeakingByDocCue() {
	ms := f.md.Mentions
	for mi := range ms {
		m := &ms[mi]
		if m.Kind != Surname || m.Last-m.First != 1 || m.Weak || !f.speakingSubject(m.First) {
			continue
		}
		i := m.First
		w := f.text(i)
		if len(w) < 3 || f.tok(i).Has(segment.FlagAllCaps) || strings.ContainsAny(w, ".0123456789") || innerCapital(w) {
			continue // code names, "M-2", "CitiCorp": other rules' shapes
		}
		lw := f.word(i)
		if _, given := lw.Given(); given || lw.IsStop() || lw.StartsTitle() || lw.StartsEntity() {
			continue
		}
		if !(i > 0 && f.articleBefore(i) && !peopleNoun(w)) && !f.bodyCueInDoc(w) {
			// "the Halifax said": a person's name takes no article
			continue // the common case: decided before the longer reads below
		}
		if f.lowerInDoc(i) || f.surnameInDoc(i) || f.nameGoesOnInDoc(w) || f.personWordInDoc(w) || f.joinedNameInDoc(w) {
			continue
		}
		name := f.fullerFirmName(i, i+1) // "Preussag" after "Preussag AG": the one firm
		for k := range ms {
			if ms[k].Kind == Surname && ms[k].Last-ms[k].First == 1 && f.text(ms[k].First) == w {
				ms[k].Kind, ms[k].OrgName, ms[k].Gender = Org, name, 0
			}
		}
	}
}

// pluralNounVerb reports a speech verb's third-person form that is as
// often a plural noun after a name ("the Pacific states", "the Swiss
// Franc notes"): no verb to make the name before it a speaker.
func pluralNounVerb(lv string) bool {
	switch lv {
	case "states", "claims", "notes", "answers", "replies", "tweets":
		return true
	}
	return false
}

// speakingSubject reports the word at i opening its clause (a sentence
// start, "The", a comma, a conjunction or a closing quotation mark
// before it) as the subject of a speech verb right after it ("has",
// "have", "also" between).
func (f *finder) speakingSubject(i int) bool {
	d := f.d
	v := i + 1
	for v < len(d.Tokens) && d.Tokens[v].Kind == segment.Word && (d.Lower(v) == "has" || d.Lower(v) == "have" || d.Lower(v) == "also") {
		v++
	}
	if v >= len(d.Tokens) || d.Tokens[v].Kind != segment.Word {
		return false
	}
	if lv := d.Lower(v); !IsSpeechVerb(lv) || lv == "say" || strings.HasSuffix(lv, "ing") || pluralNounVerb(lv) {
		return false
	}
	p := i - 1
	if p >= 0 && d.Lower(p) == "the" {
		p--
	}
	if p < 0 || f.sentenceStart(p+1) {
		return true
	}
	if p > 0 && (d.Lower(p) == "and" || d.TokenText(p) == "&") && d.Tokens[p-1].Has(segment.FlagCap) {
		return false // "Strawbridge and Clothier said": the end of a firm's name
	}
	switch tk := d.Tokens[p]; {
	case tk.Kind == segment.Quote || tk.Has(segment.FlagClose):
		return true
	case tk.Kind == segment.Word:
		switch d.Lower(p) {
		case "and", "but", "while", "as", "after", "when":
			return true
		}
	default:
		switch d.TokenText(p) {
		case ",", ";":
			return true
		}
	}
	return false
}

// bodyCueInDoc reports the word w written somewhere in the article as a
// body: a subject whose own "its" follows its verb ("W raised its", "W
// has cut its"), a post of the body before a capitalised name ("W
// president Ann Roe", "W chief executive Ann Roe"), or "W, which".
func (f *finder) bodyCueInDoc(w string) bool {
	d := f.d
	wlen := int32(len(w))
	for k, t := range d.Tokens {
		if t.Kind != segment.Word || t.End-t.Start != wlen || d.Text[t.Start:t.End] != w {
			continue
		}
		q := k + 1
		if q+1 < len(d.Tokens) && d.TokenText(q) == "," && d.Lower(q+1) == "which" {
			return true
		}
		if q+2 < len(d.Tokens) && d.Tokens[q].Has(segment.FlagPossessive) && d.Tokens[q+2].Kind == segment.Word && d.Tokens[q+2].Has(segment.FlagCap) {
			if _, given := f.word(q + 1).Given(); given && d.Tokens[q+1].Has(segment.FlagCap) && !f.word(q+1).LexiconGiven() {
				return true // "W's Ann Roe said": one of the body's people
			}
		}
		for q < len(d.Tokens) && d.Tokens[q].Kind == segment.Word && (d.Lower(q) == "has" || d.Lower(q) == "have" || d.Lower(q) == "had" || d.Lower(q) == "also") {
			q++
		}
		if q+1 >= len(d.Tokens) || d.Tokens[q].Kind != segment.Word || d.Tokens[q].Has(segment.FlagCap) {
			continue
		}
		if staffWord(d.Lower(q)) || d.Lower(q) == "chief" && q+1 < len(d.Tokens) && staffWord(d.Lower(q+1)) {
			return true // "Ann Roe, W chief economist,", "a W spokeswoman": the body's staff
		}
		if companyPostWord(d.Lower(q)) {
			e := q + 1
			if e < len(d.Tokens) && (d.Lower(e) == "executive" || d.Lower(e) == "officer") {
				e++
			}
			if e+1 < len(d.Tokens) && d.Tokens[e].Kind == segment.Word && d.Tokens[e].Has(segment.FlagCap) && d.Tokens[e+1].Kind == segment.Word && d.Tokens[e+1].Has(segment.FlagCap) {
				return true // "W chairman Ann Roe": a post of the body before a full name
			}
			continue
		}
		j := q + 1 // the verb at q, then "its" (after "that" or "on <Day>")
		switch {
		case j < len(d.Tokens) && d.Lower(j) == "that":
			j++
		case j+1 < len(d.Tokens) && d.Lower(j) == "on" && d.Tokens[j+1].Has(segment.FlagCap):
			j += 2
		}
		if j < len(d.Tokens) && d.Lower(j) == "its" && d.SentenceAt(int(d.Tokens[j].Start)) == d.SentenceAt(int(t.Start)) {
			switch d.Lower(q) {
			case "and", "or", "of", "in", "on", "to", "for", "with", "by", "from", "at", "about", "as", "is", "was":
				continue // "W and its partners", "W is its largest holder": not W's own
			}
			return true
		}
	}
	return false
}

// companyPostWord: posts of a body written between its name and the
// holder's ("W chairman Ann Roe").
func companyPostWord(w string) bool {
	switch w {
	case "president", "chairman", "chairwoman", "chief", "spokesman", "spokeswoman", "spokesperson", "founder", "boss", "director":
		return true
	}
	return false
}

// peopleNoun reports a capitalised word after "the" that names people,
// not a body: a plural ("the MPs", "the Smiths"), a "-man" noun ("the
// Irishman", "the Congressmen").
func peopleNoun(w string) bool {
	return strings.HasSuffix(w, "s") || strings.HasSuffix(w, "man") || strings.HasSuffix(w, "men")
}

// staffWord: a body's staff written right after its name ("W
// spokeswoman", "W chief economist"); posts a person's name also takes
// before them in that place ("Roe aide") are not here.
func staffWord(w string) bool {
	switch w {
	case "spokesman", "spokeswoman", "spokesperson", "economist", "analyst", "analysts", "executives", "shareholders", "employees":
		return true
	}
	return false
}

// personWordInDoc reports w as one of the words of a person's mention
// found in the article ("Ann Torvano" makes a lone "Torvano" hers).
func (f *finder) personWordInDoc(w string) bool {
	for _, m := range f.md.Mentions {
		if m.Kind != Person {
			continue
		}
		for k := m.First; k < m.Last; k++ {
			if f.text(k) == w {
				return true
			}
		}
	}
	return false
}

// innerCapital reports a capital right after a lower-case letter
// ("CitiCorp"): a code name's shape, read by codeNameSpeaker.
func innerCapital(w string) bool {
	for k := 1; k < len(w); k++ {
		if w[k] >= 'A' && w[k] <= 'Z' && w[k-1] >= 'a' && w[k-1] <= 'z' {
			return true
		}
	}
	return false
}

// joinedNameInDoc reports w joined to another capitalised word by "&"
// or "and" somewhere in the article ("Marsh & McLennan", "Lund and
// Ferris"), or right after a capitalised word not opening its sentence
// ("Bank Hapoalim"): the short form of a longer name, or its tail.
func (f *finder) joinedNameInDoc(w string) bool {
	d := f.d
	for k := range d.Tokens {
		if d.TokenText(k) != w {
			continue
		}
		if k+2 < len(d.Tokens) && (d.TokenText(k+1) == "&" || d.TokenText(k+1) == "and") && d.Tokens[k+2].Has(segment.FlagCap) {
			return true
		}
		if k >= 1 && d.Tokens[k-1].Kind == segment.Word && d.Tokens[k-1].Has(segment.FlagCap) && d.TokenText(k-1) != "The" && !f.sentenceStart(k-1) {
			return true // "Bank Hapoalim": the tail of a longer name
		}
		if k >= 2 && (d.TokenText(k-1) == "&" || d.TokenText(k-1) == "and") && d.Tokens[k-2].Has(segment.FlagCap) && !f.sentenceStart(k-2) {
			return true
		}
	}
	return false
}

// placeOpenedSpeaker returns the length of a firm's name that opens with
// a country, its adjective or a city [i, i+n) and goes on with one or
// two capitalised words no list knows, the whole run the subject of a
// speech verb ("Dorland Telecom said", "Swiss Vantor has said", "Munich
// Re warned"), or 0: a person named after a country's adjective
// ("German Hans Roe said") has a given name or a surname the article
// writes after one; a post ("French Minister X") is a title.
func (f *finder) placeOpenedSpeaker(e *gazetteer.Entry, i, n int) int {
	switch e.Kind {
	case gazetteer.Country, gazetteer.Demonym, gazetteer.Capital, gazetteer.Place:
	default:
		return 0
	}
	j := i + n
	k := 0
	for k < 2 && j+k < f.last && f.tok(j+k).Kind == segment.Word && f.isCap(j+k) && !f.tok(j+k).Has(segment.FlagNewline) && !f.tok(j+k).Has(segment.FlagAllCaps) {
		k++
	}
	if k == 0 || j+k >= f.last || f.tok(j+k-1).Has(segment.FlagPossessive) {
		return 0
	}
	v := j + k
	for v < f.last && (f.lower(v) == "has" || f.lower(v) == "have" || f.lower(v) == "also") {
		v++
	}
	if v >= f.last || !IsSpeechVerb(f.lower(v)) || f.lower(v) == "say" || strings.HasSuffix(f.lower(v), "ing") {
		return 0 // the common case, decided first
	}
	if pluralNounVerb(f.lower(v)) {
		return 0 // "the Swiss Franc notes"
	}
	if p := i - 1; p >= f.first {
		if tk := f.tok(p); tk.Kind == segment.Word && tk.Has(segment.FlagCap) && f.text(p) != "The" || f.text(p) == "&" || f.text(p) == "," && p-1 >= f.first && f.isCap(p-1) {
			return 0 // "Georgia Gulf Corp", "Shell Canada Ltd", "Toyota Motor Sales, U.S.A. Inc": the name starts before the place
		}
	}
	if _, titled := f.titleEnd.get(i); titled {
		return 0 // "economy minister German Gref": a title before a name
	}
	for q := j; q < j+k; q++ {
		w := f.word(q)
		if _, given := w.Given(); given || w.IsStop() || w.StartsTitle() || w.StartsEntity() {
			return 0
		}
	}
	if f.surnameInDoc(j+k-1) || f.lowerInDoc(j+k-1) || f.honorificInDoc(f.text(j+k-1)) {
		return 0 // a person's surname ("Mr Crosby"), a common noun
	}
	if k == 2 && f.aloneInDoc(j+1, f.text(j)) {
		return 0 // "manager for Canada Hajimu Watanabe ... Watanabe said": a person's name after the place
	}
	switch f.text(j + k - 1) {
	case "Banker", "Official", "Administration", "Government", "Economist", "Analyst", "Source", "Diplomat", "Delegation":
		return 0 // "a leading U.S. Banker said": people or a government, no firm
	}
	for q := j; q < j+k; q++ {
		if f.d.Sentences[f.sent].Headline {
			return 0
		}
		if peopleNoun(f.text(q)) && !firmPlural(f.text(q)) {
			return 0 // "U.S. Senators said", "U.S. Officials": people, not a firm
		}
	}
	return n + k
}

// firmPlural: plural words that end firms' names ("American Airlines",
// "Texas Instruments", "U.S. Lines").
func firmPlural(w string) bool {
	switch w {
	case "Airlines", "Airways", "Lines", "Instruments", "Brands", "Industries", "Systems", "Communications", "Holdings", "Resources", "Products", "Motors", "Savings", "Foods", "Stores", "Mills", "Cos", "Laboratories", "Pharmaceuticals", "Minerals", "Services", "Devices", "Electronics", "Telecommunications", "Customs", "Express":
		return true
	}
	return false
}

// honorificInDoc reports w written anywhere in the article right after
// an honorific ("Mr Crosby"): a person's surname.
func (f *finder) honorificInDoc(w string) bool {
	d := f.d
	for k := 1; k < len(d.Tokens); k++ {
		if d.TokenText(k) != w {
			continue
		}
		switch strings.TrimSuffix(d.TokenText(k-1), ".") {
		case "Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Dame", "Prof", "Professor":
			return true
		}
	}
	return false
}

// fullerFirmName returns the name of the firm whose short form the run
// [i, e) is: the same words written elsewhere in the article followed by
// up to three capitalised words that end in a legal suffix or a body's
// word ("American Vantor Co" for "American Vantor"), else the run's own
// words.
func (f *finder) fullerFirmName(i, e int) string {
	d := f.d
	n := e - i
	own := d.Text[d.Tokens[i].Start:d.Tokens[e-1].End]
	for q := 0; q+n < len(d.Tokens); q++ {
		if q == i {
			continue
		}
		same := true
		for r := 0; r < n && same; r++ {
			same = d.TokenText(q+r) == d.TokenText(i+r)
		}
		if !same || q > 0 && d.Tokens[q-1].Kind == segment.Word && d.Tokens[q-1].Has(segment.FlagCap) && !f.sentenceStart(q) {
			continue
		}
		for t := q + n; t < len(d.Tokens) && t < q+n+3 && d.Tokens[t].Kind == segment.Word && d.Tokens[t].Has(segment.FlagCap) && !d.Tokens[t].Has(segment.FlagNewline); t++ {
			if w := d.TokenText(t); legalSuffix(w) || OrgHead(w) || firmWord(d.Lower(t)) {
				return d.Text[d.Tokens[q].Start:d.Tokens[t].End]
			}
		}
	}
	return own
}

// aloneInDoc reports the word at i written elsewhere in the article
// without the word prev right before it: a surname used alone.
func (f *finder) aloneInDoc(i int, prev string) bool {
	d := f.d
	w := f.text(i)
	for k := range d.Tokens {
		if k != i && d.TokenText(k) == w && (k == 0 || d.TokenText(k-1) != prev) {
			return true
		}
	}
	return false
}

// firmWordSpeaker reports a run [i, i+n) of two or three capitalised
// words no person's evidence was found for, ending in a firm's or a
// trade's word and right before a speech verb ("Westbay Communications
// agreed", "Harbor Resources said"): firmSpeaker kept it from being read
// as a person; it is the firm's name. Not after a preposition ("a unit
// of X said" speaks for someone else) nor a word that opens a person's
// name (a listed given name first).
func (f *finder) firmWordSpeaker(i, n, end int) bool {
	if n < 2 || n > 3 || end != i+n || end >= f.last || !IsSpeechVerb(f.lower(end)) || f.lower(end) == "say" || strings.HasSuffix(f.lower(end), "ing") {
		return false
	}
	lw := f.d.Lower(i + n - 1)
	if !firmWord(lw) && !tradeWord(lw) {
		return false
	}
	if p := i - 1; p >= f.first {
		switch f.lower(p) {
		case "of", "at", "from", "for", "on", "with", "by", "to", "in":
			return false
		}
		if tk := f.tok(p); tk.Kind == segment.Word && f.text(p) != "The" && f.text(p) != "the" && (tk.Has(segment.FlagCap) || !strings.ContainsAny(f.text(p)[:1], "abcdefghijklmnopqrstuvwxyz") || f.text(p)[0] >= 'a' && f.text(p)[0] <= 'z' && !f.word(p).IsStop() && f.sentenceStart(p)) {
			return false // "OKC Limited Partnership", "vanzetti Systems Inc": the name starts before the run
		}
		if f.text(p) == "&" || f.text(p) == "-" || f.text(p) == "and" && p-1 >= f.first && f.isCap(p-1) && !(p-2 >= f.first && f.text(p-2) == ",") {
			return false // "Oil and Gas Partnership": the tail of a longer name; not a list "A, B and C"
		}
	}
	if end+1 < f.last && (f.lower(end) == "added" || f.lower(end) == "adds") && f.tok(end+1).Kind != segment.Word {
		return false // "Bell Resources added 20 to 5.70": a price that rose
	}
	if end+1 < f.last && (f.lower(end) == "added" || f.lower(end) == "adds") && f.lower(end+1) == "to" {
		return false
	}
	if bodyClassNoun(f.lower(i)) || tradeOfPeople(f.lower(i)) {
		return false // "Distributor Sony Pictures said": a class noun opens the sentence
	}
	if _, given := f.word(i).Given(); given && !f.word(i).LexiconGiven() {
		return false
	}
	return true
}

// articleBefore reports "the" before the word at i, in lower case or
// opening the sentence: a capital "The" inside a sentence is part of a
// name ("The Game said": a performer's stage name).
func (f *finder) articleBefore(i int) bool {
	switch f.d.TokenText(i - 1) {
	case "the":
		return true
	case "The":
		return f.sentenceStart(i - 1)
	}
	return false
}

// nameGoesOnInDoc reports w written elsewhere right before a capitalised
// word, as the opening of a longer name ("Torvano Motors"), but not
// before a product's code, all capitals or with a digit ("the Torvano
// DS", "Torvano X5"): a firm's products carry its name.
func (f *finder) nameGoesOnInDoc(w string) bool {
	d := f.d
	for k := 0; k+1 < len(d.Tokens); k++ {
		if d.TokenText(k) != w {
			continue
		}
		t := d.Tokens[k+1]
		if t.Kind != segment.Word || !t.Has(segment.FlagCap) || t.Has(segment.FlagNewline) {
			continue
		}
		if nt := d.TokenText(k + 1); (t.Has(segment.FlagAllCaps) || strings.ContainsAny(nt, "0123456789")) && !legalSuffix(nt) {
			continue
		}
		return true
	}
	return false
}
