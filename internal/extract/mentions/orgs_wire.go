package mentions

import (
	"github.com/actorgraph/actorgraph/internal/extract/gazetteer"
	"github.com/actorgraph/actorgraph/internal/extract/segment"
)

// Wire marks around company names. Reuters writes a listed company's stock
// code in angle brackets right after its name ("Velox Chimie <VELX.PA>
// said", "Dorn <DRN> rose") and an unlisted company's whole name in angle
// brackets ("<Harlow Foods Ltd> said"). Both marks are given to companies
// only, so the name they close or enclose is a body's even when no list,
// legal ending or body word gives it away ("Dorn", "Harlow and Sons"),
// and a name the other rules would read as a person's ("Hale Bright
// <HLB>") is a firm's.

// findWireNames records, for the sentence being read, the names that a
// stock code follows or that angle brackets enclose.
func (f *finder) findWireNames() {
	f.wire = f.wire[:0]
	for p := f.first; p < f.last; p++ {
		if f.tok(p).Kind == segment.Word || f.text(p) != "<" {
			continue
		}
		q := p + 1
		for q < f.last && q < p+16 && f.text(q) != ">" && f.text(q) != "<" {
			q++
		}
		if q >= f.last || f.text(q) != ">" || q == p+1 {
			continue
		}
		if stockCode(f, p+1, q) {
			if s, ok := f.nameBeforeCode(p); ok {
				f.wire = append(f.wire, s)
			}
			continue
		}
		if f.bracketedName(p+1, q) {
			if e := f.bracketedEnd(p+1, q); !(e == p+2 && legalSuffix(f.text(p+1))) {
				f.wire = append(f.wire, span{p + 1, e})
			}
		}
	}
}

// wireNameAt returns the length of a name found by findWireNames that
// starts at token i, or 0.
func (f *finder) wireNameAt(i int) int {
	for _, s := range f.wire {
		if s.first == i {
			return s.last - s.first
		}
	}
	return 0
}

// stockCode: the tokens [a, b) are a stock code: capital letters and
// digits, with an exchange's letters after a period or a space ("VELX",
// "VELX.PA", "SKPS ST"), three tokens at most.
func stockCode(f *finder, a, b int) bool {
	if b-a > 3 {
		return false
	}
	for k := a; k < b; k++ {
		w := f.text(k)
		if w == "." && k > a && k+1 < b {
			continue
		}
		if f.tok(k).Kind != segment.Word && f.tok(k).Kind != segment.Number {
			return false
		}
		for c := 0; c < len(w); c++ {
			if !(w[c] >= 'A' && w[c] <= 'Z' || w[c] >= '0' && w[c] <= '9') {
				return false
			}
		}
	}
	return true
}

// nameBeforeCode returns the company's name that ends right before the
// stock code opening at p ("<"): capitalised words back to the first one
// that is not, with connectors inside ("Lund and Ferris", "Banco de
// Bilbao", "Bank of Ruvania": "of" only after a body's head word, so
// "chairman Ann Roe of Velox <VLX>" gives "Velox"). A possessive ending
// ("Velox Plc's <VLX.L>") or an alias in brackets ("Velox (VX) <VLX>")
// between name and code is passed over. An opening article or
// preposition ("The", "By") is left out.
func (f *finder) nameBeforeCode(p int) (span, bool) {
	e := p
	if e-3 >= f.first && f.text(e-1) == ")" && f.text(e-3) == "(" {
		e -= 3
	}
	if e-1 >= f.first && f.tok(e-1).Has(segment.FlagPossessive) && f.tok(e-1).Kind != segment.Word {
		e--
	}
	j := e - 1
	start := -1
	words := 0
	for j >= f.first && words < 8 {
		t := f.tok(j)
		if t.Kind == segment.Word && t.Has(segment.FlagCap) && !f.credit[j-f.first] {
			start = j
			words++
			j--
			continue
		}
		if start < 0 || j-1 < f.first || !f.isCap(j-1) {
			break
		}
		w := f.text(j)
		if w == ")" && j-3 >= f.first && f.text(j-2) == "(" && f.isCap(j-3) {
			j -= 3 // "Roe (Holdings) Ltd"
			continue
		}
		if w == "of" && !(OrgHead(f.text(j-1)) || legalSuffix(f.text(j-1)) || firmWord(f.lower(j-1))) {
			break
		}
		if !nameConnector(w) {
			break
		}
		if w == "and" || w == "&" {
			// "Ann Roe and Velox Capital Inc <VLX>", "Lund and Co and
			// Ferris Inc <FRS>": a person or a whole firm before "and" is
			// a party of its own
			l := j - 1
			for l-1 >= f.first && f.isCap(l-1) && f.tok(l-1).Kind == segment.Word {
				l--
			}
			if _, given := f.given(l); given || legalSuffix(f.text(j-1)) {
				break
			}
		}
		j--
	}
	// an opening article or preposition is the sentence's, not the
	// name's ("The", "By"); a legal ending alone names nothing
	for start >= 0 && start < e && (f.tok(start).Kind != segment.Word || functionWord(f.lower(start)) || !f.isCap(start)) {
		start++
	}
	// "U.S. Conglomerate Acme <ACM>": a country and a class noun that
	// Reuters capitalises after it describe the firm; they are no part
	// of its name
	if start >= 0 && start+2 < e {
		if en, n := f.matchEntity(start, e); en != nil && en.Kind == gazetteer.Country && n == 1 && bodyClassNoun(f.lower(start+1)) {
			start += 2
		}
	}
	if start < 0 || start >= e || e-start == 1 && (legalSuffix(f.text(start)) || len(f.text(start)) < 2) {
		return span{}, false
	}
	for k := start; k < e; k++ {
		if f.tok(k).Has(segment.FlagPossessive) && f.tok(k).Kind != segment.Word {
			return span{}, false // "Sweden's Velox" is cut at the possessive above
		}
	}
	return span{start, e}, true
}

// nameConnector: a lower-case word or sign inside a company's name.
func nameConnector(w string) bool {
	switch w {
	case "and", "&", "of", "de", "du", "des", "di", "del", "della", "la", "le", "et", "en", "und", "y", "e", "van", "von", "der", "den", "da", "do", "dos":
		return true
	}
	return false
}

// bracketedName: the tokens [a, b) inside angle brackets are a name: a
// capitalised word first and only capitalised words, connectors and the
// signs names carry in between ("Harlow Foods Ltd", "Banco de Bilbao
// SA", "Roe's Inc"). A lone word in capitals is left to the stock-code
// reading ("<VLX>").
func (f *finder) bracketedName(a, b int) bool {
	if !f.isCap(a) || f.tok(a).Kind != segment.Word {
		return false
	}
	words := 0
	for k := a; k < b; k++ {
		t := f.tok(k)
		w := f.text(k)
		switch {
		case t.Kind == segment.Word && t.Has(segment.FlagCap):
			words++
		case t.Kind == segment.Word && nameConnector(w) || w == "the" || w == "for":
		case t.Kind != segment.Word && (w == "." || w == "-" || w == "," || w == "(" || w == ")" || w == "/" || t.Has(segment.FlagPossessive)):
		default:
			return false
		}
	}
	if words == 1 && b-a == 1 && f.tok(a).Has(segment.FlagAllCaps) {
		return false
	}
	return true
}

// bracketedEnd returns the end of the name inside angle brackets [a, b)
// without a possessive ending or a sign after its last word ("<Roe
// Ltd's>", "<Roe Trust'>").
func (f *finder) bracketedEnd(a, b int) int {
	for b > a+1 && f.tok(b-1).Kind != segment.Word {
		b--
	}
	return b
}

// wireNameFree: the k tokens from i hold no mention yet, the lists do not
// know a body that the name opens with (their entry, with its kind and
// aliases, is read by the entity rules: "Velox Chemie AG <VLX.F>"), and
// no shape rule reads a body's name from i.
func (f *finder) wireNameFree(i, k int) bool {
	for j := i; j < i+k; j++ {
		if f.md.ByToken[j] >= 0 {
			return false
		}
	}
	if e, _ := f.matchEntity(i, i+k); e != nil && e.Kind == gazetteer.Org {
		return false
	}
	// a body's name the shape rules read already ("Velox Group Spa
	// <VLX.MI>" as "Velox Group"): theirs stays, as the short forms
	// elsewhere in the story are matched to it
	return f.orgRun(i) == 0
}

// initialsOfNamed returns the mention of a body named earlier in the
// article whose capitalised words, one letter each, the word at i
// spells ("FDIC" after "Federal Deposit Insurance Corp", "NPPC" after
// "National Pork Producers Council", also when no brackets defined it),
// else -1. Three to six capitals in running text (not a headline or a
// table in capitals), no title ("CEO"), not part of a longer listed name
// nor the opening of a name ("CSC Industries Inc"). The text's own
// reading wins over the lists' ("NSC" after "Norfolk Southern Corp").
// The answer is kept for the article, so a word is looked for once.
func (f *finder) initialsOfNamed(i int) int {
	t := f.tok(i)
	if !t.Has(segment.FlagAllCaps) || t.End-t.Start < 3 || t.End-t.Start > 6 || f.credit[i-f.first] {
		return -1
	}
	w := f.text(i)
	if _, ok := f.acr[w]; ok {
		return -1 // the acronym rule reads it
	}
	for k := 0; k < len(w); k++ {
		if w[k] < 'A' || w[k] > 'Z' {
			return -1
		}
	}
	for _, q := range [2]int{i - 1, i + 1} {
		if q >= f.first && q < f.last && f.tok(q).Kind == segment.Word && f.tok(q).Has(segment.FlagAllCaps) && len(f.text(q)) > 1 {
			return -1 // a line in capitals
		}
	}
	if j := i + 1; j < f.last && f.isCap(j) && f.tok(j).Kind == segment.Word {
		// "CSC Industries Inc": the acronym opens a longer name; a post
		// or a person's name may follow ("FTC Chairman Ann Roe")
		if _, given := f.given(j); !given && !f.word(j).StartsTitle() {
			return -1
		}
	}
	if def, seen := f.initials[w]; seen {
		return def
	}
	def := -1
	for mi := range f.md.Mentions {
		m := &f.md.Mentions[mi]
		if m.Kind != Org || m.ShortForm || m.Last > i || m.Last-m.First < len(w) || w[0] != f.d.Text[m.Start] {
			continue
		}
		if f.spellsMention(m, w) {
			def = mi
			break
		}
	}
	if def >= 0 {
		if e, _ := f.matchTitle(i, i+1); e != nil || f.longerEntity(i) {
			def = -1
		}
	}
	if f.initials == nil {
		f.initials = map[string]int{}
	}
	f.initials[w] = def
	return def
}

// spellsMention: the capitalised words of m, with "of", "and", "for",
// "the", "&" between them, begin with the letters of acr, one word each,
// up to the mention's last word.
func (f *finder) spellsMention(m *Mention, acr string) bool {
	n := 0
	for k := m.First; k < m.Last; k++ {
		tk := f.d.Tokens[k]
		w := f.d.TokenText(k)
		switch {
		case tk.Kind == segment.Word && tk.Has(segment.FlagCap) && n < len(acr) && w[0] == acr[n]:
			n++
		case n > 0 && (w == "of" || w == "and" || w == "for" || w == "the" || w == "&"):
		default:
			return false
		}
	}
	return n == len(acr)
}
