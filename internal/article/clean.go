package article

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// CleanText normalises an article body: NFC, \n line endings, plain spaces
// for the many Unicode spaces, no invisible or control characters, lines
// trimmed, one blank line between paragraphs, no paragraph or line
// repeated right after itself, and no web trailer at the end. Words and
// punctuation are never changed, so offsets into the result are offsets
// into the text a reader sees.
func CleanText(s string) string {
	lines := splitLines(normalizeChars(s))
	lines = dropRepeats(lines)
	lines = dropTrailer(lines)
	return joinParagraphs(lines)
}

// CleanTitle normalises a headline to one line with single spaces.
func CleanTitle(s string) string {
	return strings.Join(strings.Fields(normalizeChars(s)), " ")
}

// normalizeChars applies NFC and maps whitespace and invisible characters.
func normalizeChars(s string) string {
	s = strings.TrimPrefix(s, "\uFEFF")
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf { // fast path for ASCII
			i++
			switch {
			case c == '\r':
				b.WriteByte('\n')
				if i < len(s) && s[i] == '\n' {
					i++
				}
			case c == '\n':
				b.WriteByte('\n')
			case c == '\t' || c == '\v' || c == '\f':
				b.WriteByte(' ')
			case c < 0x20 || c == 0x7F:
				// control characters carry no text
			default:
				b.WriteByte(c)
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == '\u0085' || r == '\u2028' || r == '\u2029':
			b.WriteByte('\n')
		case r == '\u200B' || r == '\u2060' || r == '\uFEFF' || r == '\u00AD':
			// zero-width space, word joiner, stray BOM, soft hyphen: invisible
		case unicode.Is(unicode.Zs, r):
			b.WriteByte(' ')
		case unicode.IsControl(r):
		default:
			b.WriteRune(r) // an invalid byte becomes U+FFFD
		}
	}
	// NFC last: a dropped soft hyphen or control character may have
	// separated a letter from its combining accent.
	return norm.NFC.String(b.String())
}

// splitLines splits on \n and trims each line.
func splitLines(s string) []string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimSpace(l)
	}
	return lines
}

// joinParagraphs joins lines, with exactly one blank line where there were
// one or more, and none at the start or end.
func joinParagraphs(lines []string) string {
	var b strings.Builder
	blank := false
	for _, l := range lines {
		if l == "" {
			blank = b.Len() > 0
			continue
		}
		if b.Len() > 0 {
			if blank {
				b.WriteString("\n\n")
			} else {
				b.WriteByte('\n')
			}
		}
		blank = false
		b.WriteString(l)
	}
	return b.String()
}

// minRepeatLetters keeps short repeated lines ("--", table rows of
// figures, "Reuter") out of the duplicate rule: only a line with real words
// repeated verbatim right after itself is a layout accident.
const minRepeatLetters = 20

// dropRepeats removes a line that repeats the previous non-blank line, and
// a paragraph that repeats the previous paragraph: web pages print a photo
// caption both as the image's alt text and below it.
func dropRepeats(lines []string) []string {
	out := lines[:0:0]
	prev := ""
	var prevPara, curPara []string
	paraStart := 0
	endPara := func() {
		if len(curPara) > 0 && len(prevPara) > 0 && equalLines(curPara, prevPara) && letters(strings.Join(curPara, " ")) >= minRepeatLetters {
			out = out[:paraStart] // drop the repeated paragraph
			for len(out) > 0 && out[len(out)-1] == "" {
				out = out[:len(out)-1]
			}
		} else if len(curPara) > 0 {
			prevPara = curPara
		}
		curPara = nil
	}
	for _, l := range lines {
		if l == "" {
			endPara()
			out = append(out, l)
			continue
		}
		if len(curPara) == 0 {
			paraStart = len(out)
		}
		if l == prev && letters(l) >= minRepeatLetters {
			continue
		}
		prev = l
		curPara = append(curPara, l)
		out = append(out, l)
	}
	endPara()
	return out
}

func equalLines(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func letters(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

// trailerRE matches one line of the boilerplate that web pages put after
// an article: links, comment forms, share buttons. It is applied only to
// the last lines, so the same words inside an article are safe.
var trailerRE = regexp.MustCompile(`(?i)^(?:` + strings.Join([]string{
	`read more`, `continue reading`, `read the full (?:article|story)`, `read next`,
	`leave a (?:reply|comment)`, `cancel reply`, `post a comment`, `add a comment`,
	`\d* ?comments?`, `view comments`, `show comments`,
	`share(?: this)?(?: article| story| post| page)?(?: on [a-z]+| via [a-z]+)?`,
	`related(?: articles| stories| posts| content| news| coverage)?`,
	`you (?:may|might) also like`, `recommended(?: for you| reading| stories)?`, `most (?:read|popular)`,
	`more from [^.]{1,40}`, `more stories`, `advertisements?`, `sponsored(?: content)?`,
	`subscribe(?: (?:to|for) [^.]{1,60})?`, `sign up(?: (?:to|for) [^.]{1,60})?`, `newsletter`,
	`follow us(?: on [^.]{1,40})?`, `click here[^.]{0,60}`,
	`tags?:.{0,200}`, `filed under:?.{0,200}`, `categories:.{0,200}`,
	`print(?: this(?: article| page| story)?)?`, `e-?mail(?: this(?: article| story)?)?`,
	`facebook`, `twitter`, `x`, `linkedin`, `whatsapp`, `reddit`, `pinterest`, `telegram`, `flipboard`,
	`copy link`, `copy url`, `back to top`, `top of page`,
	`(?:previous|next|prev) (?:article|post|story)`, `post navigation`, `report an error`,
}, "|") + `)[\s:.!»›→…>|-]*$`)

// maxTrailerLine keeps long lines out of the trailer rule.
const maxTrailerLine = 100

// dropTrailer cuts the boilerplate block at the end of an article.
func dropTrailer(lines []string) []string {
	end := len(lines)
	for end > 0 {
		l := lines[end-1]
		if l == "" || (len(l) <= maxTrailerLine && trailerRE.MatchString(l)) {
			end--
			continue
		}
		break
	}
	if end == 0 {
		return lines // all of it looks like a trailer: too little to judge, keep it
	}
	return lines[:end]
}
