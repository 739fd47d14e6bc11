package eval

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// TextOf returns the text that gold offsets point into: the text field
// verbatim for JSON Lines records, the file after its first line for a
// plain-text article (see readSeedFile).
func TextOf(r *Record) string { return r.Text }

// spanText returns the bytes a span covers, checking bounds and hash.
func spanText(text string, s Span) (string, error) {
	if s.Start < 0 || s.End > len(text) || s.Start >= s.End {
		return "", fmt.Errorf("span [%d,%d) outside the text (%d bytes)", s.Start, s.End, len(text))
	}
	if !utf8.ValidString(text[s.Start:s.End]) || !utf8.RuneStart(text[s.Start]) || (s.End < len(text) && !utf8.RuneStart(text[s.End])) {
		return "", fmt.Errorf("span [%d,%d) cuts a character", s.Start, s.End)
	}
	got := text[s.Start:s.End]
	if h := spanHash(got); h != s.SHA {
		return "", fmt.Errorf("span [%d,%d) hash %s, gold says %s: the corpus text changed", s.Start, s.End, h, s.SHA)
	}
	return got, nil
}

// sentenceLike reports why a span does not look like one or more whole
// sentences: it must start at the start of the text, a line, or after the
// end of a previous sentence and white space (or a closing quotation mark
// glued to the next sentence, as the seed has),
// with a letter, digit, quotation mark or bracket; end with sentence
// punctuation, a closing mark, or at a line break; and stay inside one
// paragraph.
func sentenceLike(text string, s Span) error {
	if s.Start > 0 {
		r, _ := utf8.DecodeLastRuneInString(text[:s.Start])
		if !unicode.IsSpace(r) && !strings.ContainsRune("”’\"", r) {
			return fmt.Errorf("does not start after white space (%q before it)", r)
		}
		before := strings.TrimRightFunc(text[:s.Start], unicode.IsSpace)
		gap := text[len(before):s.Start]
		if p, _ := utf8.DecodeLastRuneInString(before); before != "" && !strings.Contains(gap, "\n") && !strings.ContainsRune(".!?\"”’')]", p) {
			return fmt.Errorf("does not follow the end of a sentence (%q before it)", p)
		}
	}
	first, _ := utf8.DecodeRuneInString(text[s.Start:])
	if !(unicode.IsLetter(first) || unicode.IsDigit(first) || strings.ContainsRune("\"“‘'([—-", first)) {
		return fmt.Errorf("starts with %q", first)
	}
	last, _ := utf8.DecodeLastRuneInString(text[:s.End])
	atBreak := s.End == len(text) || text[s.End] == '\n'
	if !atBreak && !strings.ContainsRune(".!?\"”’'“)]", last) {
		return fmt.Errorf("ends with %q, not at a sentence end", last)
	}
	if strings.Contains(text[s.Start:s.End], "\n\n") {
		return fmt.Errorf("crosses a paragraph break")
	}
	return nil
}

// locator finds text in the document the extractor saw. For gold spans
// that document is the raw text itself (then offsets carry over unchanged)
// or a cleaned version of it (the loader trims lines, maps odd spaces, drops
// a repeated caption and a web trailer): then the span's words are searched
// for with white space runs collapsed, nearest to where they were in the raw
// text. The same search places an extractor's evidence sentence whose
// offsets do not hold it.
type locator struct {
	doc  string
	same bool // the document is the raw text
	norm string
	idx  []int // byte offset in doc of each byte of norm
}

func newLocator(raw, doc string) *locator {
	return &locator{doc: doc, same: raw == doc}
}

// invisible runes that a cleaner may drop.
func invisible(r rune) bool {
	return r == '\u200B' || r == '\u2060' || r == '\uFEFF' || r == '\u00AD' || (unicode.IsControl(r) && !unicode.IsSpace(r))
}

// normalizeSpace collapses every run of white space to one space and drops
// invisible characters, returning for each output byte its input offset.
func normalizeSpace(s string) (string, []int) {
	var b strings.Builder
	idx := make([]int, 0, len(s))
	space := false
	for i, r := range s {
		switch {
		case unicode.IsSpace(r):
			if !space {
				b.WriteByte(' ')
				idx = append(idx, i)
				space = true
			}
			continue
		case invisible(r):
			continue
		}
		space = false
		_, n := utf8.DecodeRuneInString(s[i:]) // 1 for an invalid byte
		b.WriteString(s[i : i+n])
		for k := 0; k < n; k++ {
			idx = append(idx, i+k)
		}
	}
	return b.String(), idx
}

// find returns the document range of needle, preferring the occurrence
// nearest hint (an offset in the document, or in the raw text for gold
// spans); loose allows the white-space-insensitive search.
func (l *locator) find(needle string, hint int, loose bool) (int, int, bool) {
	if needle == "" {
		return 0, 0, false
	}
	if hint >= 0 && hint+len(needle) <= len(l.doc) && l.doc[hint:hint+len(needle)] == needle {
		return hint, hint + len(needle), true
	}
	if p := nearest(l.doc, needle, hint, nil); p >= 0 {
		return p, p + len(needle), true
	}
	if !loose {
		return 0, 0, false
	}
	n, _ := normalizeSpace(needle)
	n = strings.TrimSpace(n)
	if n == "" {
		return 0, 0, false
	}
	if l.idx == nil {
		l.norm, l.idx = normalizeSpace(l.doc)
	}
	p := nearest(l.norm, n, hint, l.idx)
	if p < 0 {
		return 0, 0, false
	}
	return l.idx[p], l.idx[p+len(n)-1] + 1, true
}

// gold places a gold span (raw offsets, raw words) in the document.
func (l *locator) gold(raw string, s Span) (int, int, bool) {
	if l.same {
		return s.Start, s.End, true
	}
	return l.find(raw[s.Start:s.End], s.Start, true)
}

// nearest returns the occurrence of needle in hay closest to hint (hint is
// a document offset; idx maps hay offsets to document offsets when hay is
// normalised), or -1.
func nearest(hay, needle string, hint int, idx []int) int {
	best, bestDist := -1, -1
	for from := 0; ; {
		i := strings.Index(hay[from:], needle)
		if i < 0 {
			break
		}
		p := from + i
		at := p
		if idx != nil {
			at = idx[p]
		}
		d := at - hint
		if d < 0 {
			d = -d
		}
		if best < 0 || d < bestDist {
			best, bestDist = p, d
		}
		from = p + 1
	}
	return best
}

// evidence places an extractor's evidence in the document: its own offsets
// when they hold its sentence, else a search for the sentence's words.
func (l *locator) evidence(sentence string, start, end int) (int, int, bool) {
	valid := start >= 0 && end <= len(l.doc) && start < end
	s := strings.TrimSpace(sentence)
	if s == "" {
		return start, end, valid
	}
	if valid && strings.TrimSpace(l.doc[start:end]) == s {
		return start, end, true
	}
	return l.find(s, start, true)
}

// words splits text into lower-case word tokens.
func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// shingleOverlap is the share of the shorter text's word trigrams (words for
// short texts) found in the other: the fallback for comparing spans that
// could not be located in the document.
func shingleOverlap(a, b string) float64 {
	sa, sb := shingles(words(a)), shingles(words(b))
	if len(sa) == 0 || len(sb) == 0 {
		return 0
	}
	if len(sa) > len(sb) {
		sa, sb = sb, sa
	}
	hit := 0
	for k := range sa {
		if sb[k] {
			hit++
		}
	}
	return float64(hit) / float64(len(sa))
}

func shingles(ws []string) map[string]bool {
	m := map[string]bool{}
	if len(ws) < 3 {
		for _, w := range ws {
			m[w] = true
		}
		return m
	}
	for i := 0; i+3 <= len(ws); i++ {
		m[ws[i]+" "+ws[i+1]+" "+ws[i+2]] = true
	}
	return m
}
