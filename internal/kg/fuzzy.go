package kg

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Typo-tolerant name matching, shared by the stores so that a fuzzy
// search means the same on every backend (SearchQuery.Fuzzy).

// FoldWords splits a name into words of letters and digits, lower-cased
// and without accents ("Łukasz Żak" -> ["lukasz", "zak"]).
func FoldWords(s string) []string {
	var b strings.Builder
	for _, r := range norm.NFD.String(strings.ToLower(s)) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		}
		if a, ok := FoldLetter(r); ok {
			b.WriteString(strings.ToLower(a))
			continue
		}
		b.WriteRune(r)
	}
	return strings.FieldsFunc(b.String(), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// MaxEdits is how many edits a fuzzy search forgives in a query word: none
// in words of up to 3 letters (too many short names are one edit apart),
// one in words of 4 or 5 letters, two in longer words.
func MaxEdits(word string) int {
	switch n := utf8.RuneCountInString(word); {
	case n <= 3:
		return 0
	case n <= 5:
		return 1
	}
	return 2
}

// EditDistance is the optimal string alignment distance between a and b
// (insertions, deletions, substitutions and swaps of two adjacent letters,
// each one edit), or max+1 when it exceeds max: the search only needs to
// know whether two words are close.
func EditDistance(a, b string, max int) int {
	ra, rb := []rune(a), []rune(b)
	if d := len(ra) - len(rb); d > max || -d > max {
		return max + 1
	}
	// Three rows of the dynamic programme: two back for swaps.
	prev2 := make([]int, len(rb)+1)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		best := cur[0]
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			v := min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				v = min(v, prev2[j-2]+1)
			}
			cur[j] = v
			best = min(best, v)
		}
		if best > max {
			return max + 1 // every alignment already costs more
		}
		prev2, prev, cur = prev, cur, prev2
	}
	if prev[len(rb)] > max {
		return max + 1
	}
	return prev[len(rb)]
}

// MatchWords reports whether every query word starts a word of name or,
// when fuzzy, is within MaxEdits of one, and the total number of edits
// needed (0 when every query word is a prefix).
func MatchWords(name, query []string, fuzzy bool) (ok bool, edits int) {
	if len(query) == 0 {
		return false, 0
	}
	for _, q := range query {
		best := -1
		for _, w := range name {
			if strings.HasPrefix(w, q) {
				best = 0
				break
			}
			if !fuzzy {
				continue
			}
			k := MaxEdits(q)
			if k == 0 {
				continue
			}
			if d := EditDistance(q, w, k); d <= k && (best < 0 || d < best) {
				best = d
			}
		}
		if best < 0 {
			return false, 0
		}
		edits += best
	}
	return true, edits
}

// Search tiers: how an actor matched a search text. Lower is better.
const (
	TierExact  = 0 // the whole text equals a name or alias, ignoring case
	TierPrefix = 1 // every word of the text starts a word of one name or alias
	TierFuzzy  = 2 // every word starts or is within MaxEdits of a word of one name or alias
	TierNone   = -1
)

// SearchTier ranks an actor's names (canonical name and aliases) against a
// search text, with the edits of the best fuzzy name for TierFuzzy.
func SearchTier(names []string, text string, fuzzy bool) (tier, edits int) {
	key := strings.ToLower(strings.TrimSpace(text))
	q := FoldWords(text)
	tier, edits = TierNone, 0
	for _, n := range names {
		if strings.ToLower(n) == key {
			return TierExact, 0
		}
		ok, d := MatchWords(FoldWords(n), q, fuzzy)
		switch {
		case !ok:
		case d == 0:
			tier, edits = TierPrefix, 0
		case tier == TierNone || (tier == TierFuzzy && d < edits):
			tier, edits = TierFuzzy, d
		}
	}
	return tier, edits
}
