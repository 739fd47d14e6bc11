package mentions

import "github.com/actorgraph/actorgraph/internal/extract/segment"

// secondFirmAt reports a second firm's name at k after "and" that follows
// the closing word of a first body's name at head: "Tilden Inc and Roe
// Partners Ltd", "Daewoo Group and Velox Motors Corp", "Citizens Bank and
// Canal Bank". The first name must end in a company suffix or a firm's
// group word, or the second must end in the same head word as the first;
// the second must open with a word of its own (not "and Co", "and Sons",
// "Bank and Trust Co") and hold a body word of its own after that word.
// After "International", "Securities" or "Bank" the second must close in
// a company suffix.
func (f *finder) secondFirmAt(i, head, k int) bool {
	if k >= f.last || !f.isCap(k) || len(f.text(k)) < 2 {
		return false
	}
	switch f.text(k) {
	case "Sons", "Company", "Associates", "Partners", "Trust", "Brothers", "Savings", "Loan", "Exchange":
		return false
	}
	if legalSuffix(f.text(k)) || OrgHead(f.text(k)) {
		return false
	}
	hw := f.text(head)
	firstEnds := legalSuffix(hw) || firmGroupWord(hw)
	q := k + 1
	body, legal := false, false
	for q < f.last && q < k+8 {
		if f.isCap(q) && !f.tok(q).Has(segment.FlagNewline) {
			w := f.text(q)
			legal = legalSuffix(w)
			if legal || OrgHead(w) {
				body = true
				if w == hw && !(q+1 < f.last && f.isCap(q+1)) {
					return true // "X Bank and Y Bank"
				}
			}
			q++
			continue
		}
		if (f.text(q) == "and" || f.text(q) == "&") && q+1 < f.last && f.isCap(q+1) {
			q++
			continue
		}
		break
	}
	// "Tokai International and Daiwa Europe Ltd", "Dominion Securities
	// and Wood Gundy Inc": a firm's closing word after a name of its own,
	// and a second name closing in a company suffix
	firstEnds = firstEnds || head > i && firmClosingWord(hw) && legal
	return firstEnds && body
}

// firmClosingWord: words that close a firm's name but may also join
// subjects inside one ("Securities and Exchange Commission"): they end a
// first firm only before a second name with a company suffix.
func firmClosingWord(w string) bool {
	switch w {
	case "International", "Securities", "Bank":
		return true
	}
	return false
}

// firmGroupWord: head words that close a firm's trading name and are not
// followed by "and" inside one name.
func firmGroupWord(w string) bool {
	switch w {
	case "Group", "Holdings", "Airlines", "Airways", "Motors", "Industries":
		return true
	}
	return false
}
