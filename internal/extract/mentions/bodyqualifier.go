package mentions

import (
	"strings"

	"github.com/actorgraph/actorgraph/internal/extract/segment"
)

// bodyQualifiers returns how many lower-case qualifiers (bodyQualifier,
// at most three) start at token k right before a capitalised word: the
// words a post's of-phrase puts between "the" and the body's name ("of
// the state-owned Acme Bank", "of the main opposition Unity
// Party"); 0 when not so.
func (f *finder) bodyQualifiers(k int) int {
	n := 0
	for n < 3 && k+n < f.last {
		t := f.tok(k + n)
		if t.Kind != segment.Word || t.Has(segment.FlagCap) || !bodyQualifier(f.lower(k+n)) {
			break
		}
		n++
	}
	if n == 0 || k+n >= f.last || !f.isCap(k+n) {
		return 0
	}
	for j := k + n; j < f.last && j < k+n+7; j++ {
		if t := f.tok(j); t.Has(segment.FlagPossessive) || f.text(j) == "'" || f.text(j) == "'s" {
			return 0 // "of the powerful Delta Growers' Federation": the name runs on past the possessive
		}
		if t := f.tok(j); t.Kind != segment.Word || !t.Has(segment.FlagCap) && f.lower(j) != "of" && f.lower(j) != "and" {
			break
		}
	}
	return n
}

// bodyQualifier: adjectives news writes before a body's name that say
// what kind of body it is, or how it fares, not which body it is ("the
// state-owned", "the troubled", "the ruling", "the opposition"): a post
// of the body after them is still the body's.
func bodyQualifier(w string) bool {
	for _, s := range [...]string{"-owned", "-run", "-based", "-backed", "-controlled", "-wing", "-led", "-funded", "-listed", "-official"} {
		if len(w) > len(s) && strings.HasSuffix(w, s) {
			return true
		}
	}
	switch w {
	case "powerful", "influential", "troubled", "ailing", "struggling", "embattled", "beleaguered", "ruling", "main", "opposition",
		"official", "independent", "prestigious", "leading", "outlawed", "banned", "militant", "rebel", "separatist", "defunct",
		"nationalised", "nationalized", "privatised", "privatized", "hardline", "moderate", "mainstream", "centrist", "radical":
		return true
	}
	return false
}

// firmPresident reports a president's head ("President", "Vice
// President"): with a department before a body ("vice president of
// marketing at Acme") it is the body's post, like a director's.
func firmPresident(head string) bool {
	return strings.HasSuffix(head, "President")
}
