package mentions

import (
	"strings"

	"github.com/actorgraph/actorgraph/internal/extract/gazetteer"
	"github.com/actorgraph/actorgraph/internal/extract/segment"
)

// clubBeforePosition returns the length of one or two capitalised words at
// i written before a team sport's position or a club's post and a
// person's name ("Tilden striker Ann Roe", "Harbour City defender Jan
// Berg", "Tilden boss Ann Roe" in a sport report): sport reports name a
// club by its town, so a city no longer reads as the place there. A
// country or nationality is the national side, no club; a plural nickname
// ("Saints boss") is left to the rules that tie it to its club; a listed
// body is the gazetteer's.
func (f *finder) clubBeforePosition(i int) int {
	if !f.isCap(i) || f.tok(i).Has(segment.FlagAllCaps) || f.credit[i-f.first] {
		return 0
	}
	if i > f.first && f.tok(i-1).Kind == segment.Word && (f.isCap(i-1) && !(i-1 == f.first && f.word(i-1).IsStop()) || f.text(i-1) == "and" || f.text(i-1) == "&") {
		return 0 // the run's start only
	}
	k := i
	for k < f.last && k < i+2 && f.isCap(k) && !f.tok(k).Has(segment.FlagAllCaps) {
		k++
	}
	if k+2 >= f.last || f.isCap(k) {
		return 0
	}
	p, sportOnly := clubPosition(f, k)
	if p == 0 {
		return 0 // the common case, decided without look-ups
	}
	if !f.isCap(p) || !f.isCap(p+1) || f.tok(p).Has(segment.FlagAllCaps) || f.word(p).IsStop() || f.word(p).StartsTitle() {
		return 0 // a person's full name follows the post
	}
	suffix := k-i == 2 && clubSuffix(f.text(i+1)) // "Tilden United"
	for q := i; q < k; q++ {
		if suffix && q == i+1 {
			continue
		}
		w := f.word(q)
		if f.tok(q).Has(segment.FlagPossessive) || q > i && f.tok(q).Has(segment.FlagNewline) || w.StartsTitle() {
			return 0
		}
		if w.IsStop() && !f.placeWordAt(q) {
			return 0
		}
	}
	if !suffix && strings.HasSuffix(f.text(k-1), "s") {
		return 0 // "Saints boss", "Rovers striker": a nickname or a plural
	}
	if e, n := f.matchEntity(i, k); e != nil {
		switch e.Kind {
		case gazetteer.Place, gazetteer.Capital:
			if n != k-i && !(suffix && n == 1) {
				return 0
			}
		default:
			return 0 // "England captain": the national side; a listed body
		}
	}
	if k-i == 1 && (nationWord(f.text(i)) || clubSuffix(f.text(i))) {
		return 0 // "England boss": the national side; "Villa boss": a club's short form
	}
	if !suffix && i == f.first && !f.placeWordAt(i) && !f.capMidSentence(i) {
		return 0 // "Inspirational captain Ann Roe": an adjective opening the sentence
	}
	if f.longerRunInDoc(i, k) {
		return 0 // the short form of a longer name the article writes
	}
	if !sportOnly && !f.sportDoc() {
		return 0 // "Tilden manager Ann Roe" outside sport: a branch, a shop
	}
	return k - i
}

// placeWordAt reports a stop-listed word at q that opens a listed
// place's name ("North" in "North Tilden"): a club may bear that name.
func (f *finder) placeWordAt(q int) bool {
	e, _ := f.matchEntity(q, f.last)
	return e != nil && (e.Kind == gazetteer.Place || e.Kind == gazetteer.Capital)
}

// clubPosition returns the index after a position or club post at k
// (0: none) and whether the word names a team sport's position only.
func clubPosition(f *finder, k int) (int, bool) {
	switch f.text(k) {
	case "striker", "defender", "midfielder", "goalkeeper", "keeper", "winger", "full-back", "centre-back", "centre-half", "fly-half", "scrum-half", "flanker", "team-mate":
		return k + 1, true
	case "boss", "manager", "coach", "captain", "skipper", "chairman":
		return k + 1, false
	case "chief":
		if f.text(k+1) == "executive" {
			return k + 2, false
		}
	case "assistant":
		if s := f.text(k + 1); s == "manager" || s == "coach" {
			return k + 2, false
		}
	}
	return 0, false
}

// sportDoc reports an article about team sport: a player's position or
// the game's name occurs in it. Read once per article.
func (f *finder) sportDoc() bool {
	if f.sport == 0 {
		f.sport = -1
		for k := range f.d.Tokens {
			if f.d.Tokens[k].Kind != segment.Word {
				continue
			}
			switch f.d.Lower(k) {
			case "striker", "defender", "midfielder", "goalkeeper", "winger", "fly-half", "scrum-half", "football", "footballer", "rugby", "premiership":
				f.sport = 1
			}
			if f.sport == 1 {
				break
			}
		}
	}
	return f.sport == 1
}

// clubSuffix: the words that follow a town in the names of British
// football clubs ("Tilden United", "Harbour City", "Tilden Rovers").
func clubSuffix(w string) bool {
	switch w {
	case "United", "City", "Town", "County", "Athletic", "Albion", "Rovers", "Wanderers", "Villa", "Forest", "Hotspur", "Argyle", "Rangers", "Wednesday", "Orient", "Vale", "Alexandra", "Stanley", "Academical", "Thistle":
		return true
	}
	return false
}

// nationWord: the nations inside one state that field their own sides,
// and nationality adjectives no country list gives ("Welsh striker").
func nationWord(w string) bool {
	switch w {
	case "England", "Scotland", "Wales", "Ulster", "English", "Welsh", "Scottish", "Irish", "British", "Dutch", "French", "Greek", "Swiss", "Thai":
		return true
	}
	return strings.HasSuffix(w, "ish") || strings.HasSuffix(w, "ian") || strings.HasSuffix(w, "ese")
}

// capMidSentence reports the word at i written capitalised elsewhere in
// the article after another word, so not only for opening a sentence.
func (f *finder) capMidSentence(i int) bool {
	d := f.d
	w := d.TokenText(i)
	for q := 1; q < len(d.Tokens); q++ {
		if q != i && d.Tokens[q].Has(segment.FlagCap) && d.Tokens[q-1].Kind == segment.Word && d.TokenText(q) == w {
			return true
		}
	}
	return false
}
