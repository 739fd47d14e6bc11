package gazetteer

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// Fold writes a Latin name without its diacritics ("Björn" -> "Bjorn",
// "Łukasz" -> "Lukasz"): the given-name lists are spelt in ASCII, while
// international news keeps the accents of the original spelling. Letters
// that Unicode does not decompose (ł, ø, đ, ß, ı) are mapped by hand. A
// word with a letter of another script is returned unchanged; so is an
// ASCII word.
func Fold(w string) string {
	ascii := true
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return w
	}
	var b strings.Builder
	b.Grow(len(w))
	for _, r := range norm.NFD.String(w) {
		switch {
		case r < utf8.RuneSelf:
			b.WriteRune(r)
		case unicode.Is(unicode.Mn, r):
			// a combining accent: dropped
		case r == '\u2019':
			b.WriteByte('\'') // typographic apostrophe: "O’Brien"
		default:
			s, ok := kg.FoldLetter(r)
			if !ok {
				return w // another script or a sign: no ASCII form
			}
			b.WriteString(s)
		}
	}
	return b.String()
}
