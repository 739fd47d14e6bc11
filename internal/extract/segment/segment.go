// Package segment splits an article into paragraphs, sentences and tokens,
// all with byte offsets into the original text, and pairs its quotation
// marks. It never rewrites the text: every later stage cites evidence by
// offsets, so the text a journalist sees must be exactly the source.
package segment

import (
	"encoding/binary"
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// Kind classifies a token.
type Kind uint8

const (
	Word   Kind = iota + 1 // letters (and digits) such as "Putin", "U.S.", "Chin-mo"
	Number                 // starts with a digit: "2024", "240.1", "25-year-old"
	Punct                  // one punctuation rune, or an ellipsis
	Quote                  // a double quotation mark of any shape
)

// Token flags.
const (
	FlagCap         uint16 = 1 << iota // first letter is upper case
	FlagAllCaps                        // two or more letters, all upper case
	FlagAbbrev                         // ends with a period that belongs to it ("Mr.", "U.S.")
	FlagOpen                           // Quote: opens a quotation
	FlagClose                          // Quote: closes a quotation
	FlagInQuote                        // inside a quotation (marks excluded)
	FlagSpaceBefore                    // whitespace precedes the token
	FlagNewline                        // a line break precedes the token
	FlagPossessive                     // "'s" or a bare "'" after a word ending in s
	FlagHyphen                         // the word contains a hyphen
)

// Token is a word, number or mark. Start and End are byte offsets.
type Token struct {
	Start, End int32
	Kind       Kind
	Flags      uint16
}

// Has reports whether all of flags are set.
func (t Token) Has(flags uint16) bool { return t.Flags&flags == flags }

// Sentence is a run of tokens [First, Last) spanning text[Start:End].
type Sentence struct {
	Start, End  int
	First, Last int
	Para        int
	Headline    bool // set by callers that know the first line is a headline
	Dateline    bool // a dateline opening a paragraph: "OSLO, March 3 -"
	// Label: a topic label glued before the first sentence ("Economy and
	// business The number of ...", "Google The search firm ..."), as
	// news dumps keep a story's portal; it is also a Headline.
	Label bool
}

// Paragraph is a block separated by blank lines; it holds sentences
// [FirstSent, LastSent).
type Paragraph struct {
	Start, End          int
	FirstSent, LastSent int
}

// Quotation is a pair of quotation marks. Open and Close are token indices
// of the marks; Close is -1 when the quotation runs unclosed to the end of
// its paragraph. Start and End delimit the quoted words.
type Quotation struct {
	Open, Close int
	Start, End  int
	Para        int
}

// Doc is a segmented text.
type Doc struct {
	Text       string
	Tokens     []Token
	Sentences  []Sentence
	Paragraphs []Paragraph
	Quotes     []Quotation
	lowerText  string     // the text in lower case, for Lower
	lowerOff   [][2]int32 // where each token's lower case lies in lowerText, when lower casing changed byte lengths
	paraStarts []int      // tokenize's paragraph starts, kept for SegmentReuse
}

// TokenText returns the text of token i ("" out of range, as Lower): rules
// look a token or two past a trigger, and text that ends there must not
// panic.
func (d *Doc) TokenText(i int) string {
	if uint(i) >= uint(len(d.Tokens)) {
		return ""
	}
	t := d.Tokens[i]
	return d.Text[t.Start:t.End]
}

// Lower returns the text of token i in lower case ("" out of range). The
// lower-cased words are made once per document, by Segment: every stage
// asks for them many times, so Lower is kept small enough to inline.
func (d *Doc) Lower(i int) string {
	if uint(i) >= uint(len(d.Tokens)) {
		return ""
	}
	if d.lowerOff != nil {
		o := d.lowerOff[i]
		return d.lowerText[o[0]:o[1]]
	}
	t := d.Tokens[i]
	return d.lowerText[t.Start:t.End]
}

// lower makes Lower's lower-case text. One lower-case copy of the text
// serves every token when lower casing keeps byte lengths (it nearly always
// does); otherwise each token is lowered on its own and lowerOff says where
// its lower case lies.
func (d *Doc) lower() {
	if l, ok := lowerSameLength(d.Text); ok {
		d.lowerText = l
		return
	}
	if l := strings.ToLower(d.Text); len(l) == len(d.Text) {
		d.lowerText = l
		return
	}
	var b strings.Builder
	d.lowerOff = make([][2]int32, len(d.Tokens))
	for i, t := range d.Tokens {
		start := b.Len()
		b.WriteString(strings.ToLower(d.Text[t.Start:t.End]))
		d.lowerOff[i] = [2]int32{int32(start), int32(b.Len())}
	}
	d.lowerText = b.String()
}

// lowerSameLength is strings.ToLower for the usual text, where every rune
// keeps its byte length in lower case; it declines (false) on invalid UTF-8
// or a rune whose lower case is longer or shorter, where strings.ToLower
// decides. strings.ToLower maps a whole text through unicode.ToLower as
// soon as one rune is not ASCII (a curly quote or a pound sign will do), a
// rune at a time; this lowers ASCII eight bytes at a time.
func lowerSameLength(s string) (string, bool) {
	if s == "" {
		return s, true
	}
	b := make([]byte, len(s))
	copy(b, s)
	for i := 0; i < len(b); {
		if i+8 <= len(b) {
			if x := binary.LittleEndian.Uint64(b[i:]); x&hiBits == 0 {
				binary.LittleEndian.PutUint64(b[i:], lowerASCII8(x))
				i += 8
				continue
			}
		}
		c := b[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				b[i] = c + 'a' - 'A'
			}
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			return "", false
		}
		if l := unicode.ToLower(r); l != r {
			if utf8.RuneLen(l) != size {
				return "", false
			}
			utf8.EncodeRune(b[i:], l)
		}
		i += size
	}
	return unsafe.String(&b[0], len(b)), true // b is not written again
}

const (
	loBits = 0x0101010101010101
	hiBits = 0x8080808080808080
)

// lowerASCII8 lowers the eight ASCII bytes packed in x: a byte gets its
// high bit from adding 0x80-'A' when it is 'A' or above, and from adding
// 0x80-'Z'-1 when it is above 'Z'; with every byte below 0x80 no sum
// carries into the next byte. The bytes A to Z then gain 0x20.
func lowerASCII8(x uint64) uint64 {
	upper := (x + (0x80-'A')*loBits) &^ (x + (0x80-'Z'-1)*loBits) & hiBits
	return x | upper>>2
}

// Segment tokenizes text and finds its paragraphs, quotations and sentences.
// It accepts any input, including invalid UTF-8 (bad bytes become
// one-byte punctuation tokens).
func Segment(text string) *Doc { return SegmentReuse(nil, text) }

// SegmentReuse is Segment writing into the memory of d, a Doc that is no
// longer in use (nil: a new one): its tokens, sentences, paragraphs and
// quotations are overwritten. A caller segmenting one text after another
// (extraction over a corpus) thus allocates them once, not per text.
func SegmentReuse(d *Doc, text string) *Doc {
	if d == nil {
		d = &Doc{}
	}
	*d = Doc{Text: text, Tokens: d.Tokens[:0], Sentences: d.Sentences[:0], Paragraphs: d.Paragraphs[:0], Quotes: d.Quotes[:0], paraStarts: d.paraStarts[:0]}
	if n := len(text)/5 + 8; cap(d.Tokens) < n {
		d.Tokens = make([]Token, 0, n)
	}
	paraStarts := tokenize(d)
	// news sentences run to some 25 tokens; one allocation nearly always
	// holds them all
	if n := len(d.Tokens)/16 + 4; cap(d.Sentences) < n {
		d.Sentences = make([]Sentence, 0, n)
	}
	if cap(d.Paragraphs) < len(paraStarts) {
		d.Paragraphs = make([]Paragraph, 0, len(paraStarts))
	}
	d.pairQuotes(paraStarts)
	d.splitSentences(paraStarts)
	d.lower()
	return d
}

func isQuoteRune(r rune) bool {
	switch r {
	case '"', '“', '”', '„', '‟', '«', '»', '〝', '〞', '＂':
		return true
	}
	return false
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' }

func isHyphen(r rune) bool { return r == '-' || r == '‐' || r == '‑' }

// asciiClass classifies the ASCII bytes, which are nearly all of the text:
// the unicode tables are only consulted above them.
var asciiClass = func() (c [128]uint8) {
	for b := 0; b < 128; b++ {
		switch {
		case b >= 'a' && b <= 'z':
			c[b] = classLetter | classWord
		case b >= 'A' && b <= 'Z':
			c[b] = classLetter | classUpper | classWord
		case b >= '0' && b <= '9':
			c[b] = classDigit | classWord
		case b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f' || b == '\v':
			c[b] = classSpace
		}
	}
	return c
}()

const (
	classLetter uint8 = 1 << iota
	classUpper
	classDigit
	classWord
	classSpace
)

// isWordRune and isSpace stay small enough to inline; the
// non-ASCII cases go to functions of their own.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiClass[r]&classWord != 0
	}
	return isWordRuneWide(r)
}

//go:noinline
func isWordRuneWide(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiClass[r]&classSpace != 0
	}
	return isSpaceWide(r)
}

//go:noinline
func isSpaceWide(r rune) bool {
	return r == 0xA0 || unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff'
}

// tokenize fills d.Tokens and returns the token index at which each
// paragraph starts.
func tokenize(d *Doc) []int {
	s := d.Text
	var flags uint16
	newlines := 0
	paraStarts := append(d.paraStarts[:0], 0)
	i := 0
	for i < len(s) {
		c := s[i]
		if c == ' ' {
			// the commonest byte, on its own short path
			flags |= FlagSpaceBefore
			i++
			continue
		}
		if c < utf8.RuneSelf && asciiClass[c]&classWord != 0 {
			// most words are ASCII letters or digits and end at a space or
			// a mark that cannot continue them: scanned and flagged in one
			// pass
			if end, f, ok := asciiWord(s, i); ok {
				newlines = 0
				kind := Word
				if asciiClass[c]&classDigit != 0 {
					kind = Number
				}
				d.add(i, end, kind, flags|f)
				flags = 0
				i = end
				continue
			}
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size <= 1 {
			d.add(i, i+1, Punct, flags)
			flags = 0
			i++
			continue
		}
		if isSpace(r) {
			flags |= FlagSpaceBefore
			if r == '\n' {
				flags |= FlagNewline
				newlines++
				if newlines == 2 && len(d.Tokens) > 0 && paraStarts[len(paraStarts)-1] != len(d.Tokens) {
					paraStarts = append(paraStarts, len(d.Tokens))
				}
			}
			i += size
			continue
		}
		newlines = 0
		switch {
		case isWordRune(r):
			end, poss := scanWord(s, i)
			kind := Word
			if unicode.IsDigit(r) {
				kind = Number
			}
			d.add(i, end, kind, flags|wordFlags(s[i:end]))
			flags = 0
			i = end
			if poss > i {
				d.add(i, poss, Punct, FlagPossessive)
				i = poss
			}
		case isQuoteRune(r):
			d.add(i, i+size, Quote, flags)
			flags = 0
			i += size
		case r == '.' && strings3(s, i, "..."):
			d.add(i, i+3, Punct, flags)
			flags = 0
			i += 3
		default:
			d.add(i, i+size, Punct, flags)
			flags = 0
			i += size
		}
	}
	d.paraStarts = paraStarts
	return paraStarts
}

// asciiWord is scanWord and wordFlags for a word of ASCII letters and
// digits starting at i that nothing after it can continue: not an
// apostrophe, hyphen or period, nor a comma after a digit ("5,000"), nor
// a rune of a word. It declines (false) where scanWord must decide.
func asciiWord(s string, i int) (end int, flags uint16, ok bool) {
	j := i
	letters, upper := 0, 0
	// eight bytes at a time while they are ASCII letters and digits
	for j+8 <= len(s) {
		x := binary.LittleEndian.Uint64([]byte(s[j : j+8]))
		if x&hiBits != 0 {
			break // a byte above ASCII: the byte loop decides
		}
		let, up, word := alnum8(x)
		if word == hiBits {
			letters += bits.OnesCount64(let)
			upper += bits.OnesCount64(up)
			j += 8
			continue
		}
		// the bytes before the first that is no letter or digit
		n := bits.TrailingZeros64(^word&hiBits) / 8
		keep := uint64(1)<<(8*n) - 1
		letters += bits.OnesCount64(let & keep)
		upper += bits.OnesCount64(up & keep)
		j += n
		break
	}
scan:
	for j < len(s) {
		b := s[j]
		if b >= utf8.RuneSelf {
			r, _ := utf8.DecodeRuneInString(s[j:])
			if isWordRune(r) || isApostrophe(r) || isHyphen(r) {
				return 0, 0, false
			}
			break scan
		}
		cl := asciiClass[b]
		if cl&classWord == 0 {
			switch b {
			case '\'', '-', '.':
				return 0, 0, false
			case ',':
				if isDigitBefore(s, j) {
					return 0, 0, false
				}
			}
			break scan
		}
		if cl&classLetter != 0 {
			letters++
			if cl&classUpper != 0 {
				upper++
			}
		}
		j++
	}
	if asciiClass[s[i]]&classUpper != 0 {
		flags |= FlagCap
	}
	if letters >= 2 && upper == letters {
		flags |= FlagAllCaps
	}
	return j, flags, true
}

// alnum8 classifies the eight ASCII bytes packed in x, setting the high
// bit of each byte that is a letter (let), an upper-case letter (up), or a
// letter or digit (word). Adding 0x80-c to a byte below 0x80 sets its high
// bit when the byte is c or above, and never carries into the next byte.
func alnum8(x uint64) (let, up, word uint64) {
	l := x | 0x20*loBits // A-Z to a-z; no other byte lands in a-z
	let = atLeast8(l, 'a') &^ atLeast8(l, 'z'+1)
	up = atLeast8(x, 'A') &^ atLeast8(x, 'Z'+1)
	word = let | atLeast8(x, '0')&^atLeast8(x, '9'+1)
	return let, up, word
}

// atLeast8 sets the high bit of each byte of x (all below 0x80) that is c
// or above.
func atLeast8(x uint64, c byte) uint64 { return (x + uint64(0x80-c)*loBits) & hiBits }

func strings3(s string, i int, p string) bool { return len(s)-i >= len(p) && s[i:i+len(p)] == p }

func (d *Doc) add(start, end int, k Kind, flags uint16) {
	d.Tokens = append(d.Tokens, Token{Start: int32(start), End: int32(end), Kind: k, Flags: flags})
}

// scanWord returns the end of the word starting at i and, when a possessive
// "'s" (or a bare "'" after s) follows, the end of that possessive.
func scanWord(s string, i int) (end, poss int) {
	j := i
	segLen := 0 // runes since the last inner period, for "U.S." style words
	hasInnerDot := false
	for j < len(s) {
		if c := s[j]; c < utf8.RuneSelf && asciiClass[c]&classWord != 0 {
			j++
			segLen++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[j:])
		if isWordRune(r) {
			j += size
			segLen++
			continue
		}
		if j+size < len(s) {
			nr, _ := utf8.DecodeRuneInString(s[j+size:])
			switch {
			case isApostrophe(r) && isWordRune(nr):
				// possessive 's: apostrophe, s, then no letter
				if (nr == 's' || nr == 'S') && !wordRuneAt(s, j+size+1) {
					return j, j + size + 1
				}
				j += size
				segLen = 0
				continue
			case isHyphen(r) && isWordRune(nr):
				j += size
				segLen = 0
				continue
			case r == '.' && segLen == 1 && unicode.IsLetter(nr) && !wordRuneAt(s, j+size+utf8.RuneLen(nr)):
				// "U.S", "e.g": single letters joined by periods
				j += size
				segLen = 0
				hasInnerDot = true
				continue
			case (r == ',' || r == '.') && unicode.IsDigit(nr) && j > i && isDigitBefore(s, j):
				j += size
				continue
			}
		}
		if isApostrophe(r) && j > i && (s[j-1] == 's' || s[j-1] == 'S') && !wordRuneAt(s, j+size) {
			return j, j + size
		}
		break
	}
	// a trailing period belongs to abbreviations and initials
	if j < len(s) && s[j] == '.' && !strings3(s, j, "...") {
		if k := degreeTail(s, i, j); k > j {
			// "Ph.D", "D.Phil": a dotted degree is one word
			j = k
			hasInnerDot = true
		}
		w := s[i:j]
		// the joined degree may end the text or go on without a stop ("a D.Phil")
		if j < len(s) && s[j] == '.' && (hasInnerDot || IsAbbreviation(w) || (utf8.RuneCountInString(w) == 1 && unicode.IsUpper(firstRune(w)))) {
			j++
		}
	}
	return j, 0
}

// degreeTail returns the end of a dotted degree whose first part is
// s[i:j] and whose period is s[j] ("Ph.D", "D.Phil", "LL.M"), else j.
// One-letter parts ("M.D", "B.A") are joined by scanWord already.
func degreeTail(s string, i, j int) int {
	var tail string
	switch s[i:j] {
	case "Ph", "Ed", "Psy", "Th", "Pharm":
		tail = ".D"
	case "LL":
		if strings3(s, j, ".B") {
			tail = ".B"
		} else {
			tail = ".M"
		}
	case "D":
		tail = ".Phil"
	default:
		return j
	}
	if !strings3(s, j, tail) || wordRuneAt(s, j+len(tail)) {
		return j
	}
	return j + len(tail)
}

// degree reports a dotted degree that degreeTail joins ("Ph.D.",
// "D.Phil."): it ends a sentence only before a word that usually opens
// one, never before a word in lower case or a comma ("a Ph.D. in
// physics"). One-letter forms ("M.A.", "B.A.") are left as they were:
// they are often a person's initials ("M.A. Ruvo") and end no sentence.
func degree(w string) bool {
	switch w {
	case "Ph.D.", "D.Phil.", "LL.B.", "LL.M.", "Ed.D.", "Psy.D.", "Th.D.", "Pharm.D.":
		return true
	}
	return false
}

func wordRuneAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return isWordRune(r)
}

func isDigitBefore(s string, j int) bool { return j > 0 && s[j-1] >= '0' && s[j-1] <= '9' }

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

func wordFlags(w string) uint16 {
	var f uint16
	letters, upper := 0, 0
	first := true
	for _, r := range w {
		if r < utf8.RuneSelf {
			c := asciiClass[r]
			if c&classLetter != 0 {
				letters++
				if c&classUpper != 0 {
					upper++
					if first {
						f |= FlagCap
					}
				}
				first = false
			} else if r == '-' {
				f |= FlagHyphen
			} else if first && c&classDigit != 0 {
				first = false
			}
			continue
		}
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
				if first {
					f |= FlagCap
				}
			}
			first = false
		} else if isHyphen(r) {
			f |= FlagHyphen
		}
		if first && unicode.IsDigit(r) {
			first = false
		}
	}
	if letters >= 2 && upper == letters {
		f |= FlagAllCaps
	}
	if len(w) > 0 && w[len(w)-1] == '.' {
		f |= FlagAbbrev
	}
	return f
}

// IsAbbreviation reports whether w (without its period) is a common
// abbreviation that takes a period: titles, months, company suffixes.
func IsAbbreviation(w string) bool {
	switch w {
	case "Mr", "Mrs", "Ms", "Dr", "Prof", "Sr", "Jr", "St", "Mt", "Ft", "Gen", "Lt", "Col", "Maj", "Capt", "Cmdr", "Sgt", "Adm", "Gov", "Sen", "Rep", "Rev", "Hon", "Pres", "Supt", "Insp", "Amb", "Messrs",
		"Sens", "Reps", "Govs", "Gens", "Drs", "Mmes", "Fr", "Rt", "Brig", "Cdr", "Cpl", "Pvt", "Det", "Ave", "Blvd",
		"Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
		"Inc", "Corp", "Co", "Ltd", "Bros", "Dept", "Univ", "Assn",
		"No", "Nos", "vs", "etc", "approx", "Fig", "Vol", "pp", "ca", "cf", "al":
		return true
	}
	return false
}

// splitSentences splits each paragraph into sentences.
func (d *Doc) splitSentences(paraStarts []int) {
	toks := d.Tokens
	for p, first := range paraStarts {
		last := len(toks)
		if p+1 < len(paraStarts) {
			last = paraStarts[p+1]
		}
		if first >= last {
			continue
		}
		para := Paragraph{Start: int(toks[first].Start), End: int(toks[last-1].End), FirstSent: len(d.Sentences)}
		pi := len(d.Paragraphs)
		start := first
		dateline := d.datelineEnd(first, last)
		label := -1
		if p == 0 {
			label = d.labelEnd(first, last)
		}
		for i := first; i < last; i++ {
			if i == label && i > start {
				d.addSentence(start, i, pi)
				d.Sentences[len(d.Sentences)-1].Headline = true
				d.Sentences[len(d.Sentences)-1].Label = true
				start = i
			}
			if i == dateline && i > start {
				d.addSentence(start, i, pi)
				d.Sentences[len(d.Sentences)-1].Dateline = true
				start = i
			}
			if i > start && toks[i].Has(FlagNewline) {
				d.addSentence(start, i, pi)
				start = i
			}
			if !d.endsSentence(i, last) {
				d.lowerConjunction(i, last)
				continue
			}
			j := i + 1
			for j < last && !toks[j].Has(FlagNewline) && (toks[j].Has(FlagClose) || d.isCloser(j)) {
				j++
			}
			d.addSentence(start, j, pi)
			start = j
			i = j - 1
		}
		if start < last {
			d.addSentence(start, last, pi)
		}
		para.LastSent = len(d.Sentences)
		d.Paragraphs = append(d.Paragraphs, para)
	}
}

// datelineEnd returns the token after a dateline that opens a paragraph
// ("OSLO, March 3, 2025 —", "New York, March 11 -", "PARIS (Reuters) -"),
// or -1. The dateline is a sentence of its own so that its date is not
// read as the date of the first sentence's events (it still serves as the
// article's reference date). A dateline is a place in capitals, or any
// capitalised place followed by a month and a day, then a dash between
// spaces.
func (d *Doc) datelineEnd(first, last int) int {
	t := d.Tokens[first]
	if t.Kind != Word || !t.Has(FlagCap) {
		return -1
	}
	caps := t.Has(FlagAllCaps)
	dated := false
	for i := first + 1; i < last && i < first+16; i++ {
		tk := d.Tokens[i]
		w := d.Text[tk.Start:tk.End]
		if (w == "—" || w == "–" || w == "-" || w == "--") && tk.Has(FlagSpaceBefore) && i+1 < last && d.Tokens[i+1].Has(FlagSpaceBefore) {
			if caps || dated {
				return i + 1
			}
			return -1
		}
		if w == "." && i > first && i+1 < last && d.Text[d.Tokens[i+1].Start:d.Tokens[i+1].End] == "," && d.Tokens[i-1].Kind == Word && d.Tokens[i-1].End-d.Tokens[i-1].Start <= 5 && d.Tokens[i-1].End == tk.Start {
			continue // "AKRON, Ohio" is fine; "CARMEL, Ind., April 9": a state's abbreviation
		}
		if w == "." || tk.Has(FlagNewline) || tk.Kind == Quote {
			return -1
		}
		if tk.Kind == Word && !tk.Has(FlagCap) && w != "de" && w != "la" && w != "el" {
			return -1 // a sentence, not a place and a date
		}
		if IsMonth(w) && i+1 < last && d.Tokens[i+1].Kind == Number {
			dated = true
		}
	}
	return -1
}

// IsMonth reports a month name or its abbreviation in any case ("March",
// "MARCH", "Oct", "Sept.").
func IsMonth(w string) bool {
	if len(w) < 3 || len(w) > 10 {
		return false
	}
	var b [10]byte
	n := 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c == '.' && i == len(w)-1 {
			break
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[n] = c
		n++
	}
	switch string(b[:n]) {
	case "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
		"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec":
		return true
	}
	return false
}

func (d *Doc) isCloser(j int) bool {
	t := d.Tokens[j]
	if t.Kind != Punct || t.End-t.Start != 1 {
		return false
	}
	c := d.Text[t.Start]
	return c == ')' || c == ']' || c == '\''
}

func (d *Doc) addSentence(first, last, para int) {
	if first >= last {
		return
	}
	d.Sentences = append(d.Sentences, Sentence{
		Start: int(d.Tokens[first].Start), End: int(d.Tokens[last-1].End),
		First: first, Last: last, Para: para,
	})
}

// endsSentence reports whether token i ends a sentence.
func (d *Doc) endsSentence(i, last int) bool {
	t := d.Tokens[i]
	// asked of every token: numbers, quotation marks and words other than
	// abbreviations are turned away before their text is read
	if t.Kind != Punct && !(t.Kind == Word && t.Has(FlagAbbrev)) {
		return false
	}
	txt := d.Text[t.Start:t.End]
	terminal := false
	abbrev := false
	switch {
	case t.Kind == Punct && (txt == "." || txt == "!" || txt == "?" || txt == "..." || txt == "…"):
		terminal = true
	case t.Kind == Word && t.Has(FlagAbbrev):
		abbrev = true
	default:
		return false
	}
	j := i + 1
	for j < last && !d.Tokens[j].Has(FlagNewline) && (d.Tokens[j].Has(FlagClose) || d.isCloser(j)) {
		j++
	}
	if j >= last || d.Tokens[j].Has(FlagNewline) {
		return terminal || abbrev && endingAbbrev(txt)
	}
	n := d.Tokens[j]
	if abbrev {
		// "the U.S. He said": only a few abbreviations end sentences, and
		// only before a word that usually starts one.
		if !endingAbbrev(txt) && !(IsMonth(txt) && n.Kind != Number) && !degree(txt) {
			return false // "Jan. 5" goes on; "in Jan. The" may end
		}
		w := d.Text[n.Start:n.End]
		if capConjunction(w) || countryAbbrev(txt) && d.abbrevContinues(j, last) {
			return false // "between the U.S. And Japan" (see lowerConjunction)
		}
		return n.Has(FlagOpen) || (n.Kind == Word && n.Has(FlagCap) && IsSentenceStarter(w))
	}
	if txt == "..." || txt == "…" {
		return n.Kind == Word && n.Has(FlagCap) && n.Has(FlagSpaceBefore)
	}
	if j == i+1 && !n.Has(FlagSpaceBefore) && d.inTicker(i, last) {
		return false // "Acme Ltd <ACME.L> said": the stop inside a wire's ticker
	}
	switch {
	case n.Has(FlagOpen):
		return true
	case n.Kind == Word && n.Has(FlagCap):
		return true
	case n.Kind == Number:
		return n.Has(FlagSpaceBefore) || j > i+1
	case n.Kind == Quote:
		return true
	}
	return false
}

// capConjunction: "And", "Or" as Reuters writes them after "U.S."
// ("talks between the U.S. And Japan"); a sentence seldom opens with a
// conjunction right after an abbreviation.
func capConjunction(w string) bool {
	return w == "And" || w == "Or"
}

// lowerConjunction clears the capital of such a conjunction right after
// an abbreviation that may end a sentence but does not here (token i), so
// that names are not run on over it ("U.S. And Oki Electric"); initials
// keep it ("E.D. And F. Man").
func (d *Doc) lowerConjunction(i, last int) {
	t := d.Tokens[i]
	if t.Kind != Word || !t.Has(FlagAbbrev) || i+1 >= last || !endingAbbrev(d.Text[t.Start:t.End]) {
		return
	}
	n := &d.Tokens[i+1]
	if n.Kind == Word && n.Has(FlagCap) && !n.Has(FlagNewline) && (capConjunction(d.Text[n.Start:n.End]) || countryAbbrev(d.Text[t.Start:t.End]) && d.abbrevContinues(i+1, last)) {
		n.Flags &^= FlagCap
	}
}

// abbrevContinues reports whether token j, right after the abbreviation
// of a country ("U.S.", "U.K.": countryAbbrev), goes on with the same clause
// though Reuters capitalises it as in a headline: a preposition ("the
// U.S. On April 19", "exports to the U.S. In May", "sold in the U.S. For
// 20 mln dlrs"), a time phrase ("the U.S. Last year", "the U.S. This
// week", "the U.S. Later this year"), the noun the abbreviation modifies
// ("U.S. Officials said"), or an opening quotation mark before a word in
// lower case ("the U.S. \"will ask"). A sentence seldom opens so right
// after such an abbreviation; a subject, "The", "But", "It" still start one.
func (d *Doc) abbrevContinues(j, last int) bool {
	if j >= last {
		return false
	}
	n := d.Tokens[j]
	if n.Kind == Quote {
		if !n.Has(FlagOpen) || j+1 >= last {
			return false
		}
		m := d.Tokens[j+1]
		return m.Kind == Word && !m.Has(FlagCap) && !m.Has(FlagNewline) && !m.Has(FlagSpaceBefore)
	}
	if n.Kind != Word || !n.Has(FlagCap) {
		return false
	}
	switch d.Text[n.Start:n.End] {
	case "In", "On", "At", "For", "With", "Under":
		return true
	case "Officials", "Analysts":
		return true
	case "Last", "This", "Next":
		return j+1 < last && timeNoun(d.TokenText(j+1))
	case "Later", "Earlier":
		if j+1 >= last {
			return false
		}
		switch d.TokenText(j + 1) { // lower case only: "Earlier, U.S. Officials" has a comma here
		case "this", "next", "last", "in", "on":
			return true
		}
	}
	return false
}

// afterEndingAbbrev reports token i going on after an abbreviation that
// may end a sentence ("Senior U.S. Officials said": no label "Senior U.S.").
func (d *Doc) afterEndingAbbrev(i, last int) bool {
	if i < 1 {
		return false
	}
	p := d.Tokens[i-1]
	return p.Kind == Word && p.Has(FlagAbbrev) && countryAbbrev(d.Text[p.Start:p.End]) && d.abbrevContinues(i, last)
}

// countryAbbrev: the dotted abbreviations of a country or union that
// Reuters uses as an adjective before a capitalised word ("U.S. Officials",
// "U.K. Banks"). A company's "Co." or "Inc." ends a sentence more often
// ("Getty Oil Co. In a setback ...") and is left out.
func countryAbbrev(w string) bool {
	switch w {
	case "U.S.", "U.K.", "U.N.", "E.U.":
		return true
	}
	return false
}

// timeNoun: a word for a span or point of time after "last", "this" or
// "next" ("last year", "this week", "next Monday"), as written (Lower is
// not made yet when sentences are split).
func timeNoun(w string) bool {
	switch w {
	case "year", "years", "month", "months", "week", "weeks", "weekend", "day", "days", "morning", "afternoon",
		"evening", "night", "spring", "summer", "autumn", "fall", "winter", "quarter", "season", "time",
		"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday":
		return true
	}
	return IsMonth(w)
}

// inTicker reports the stop at token i inside a wire's ticker in angle
// brackets ("<NPOL.T>", "<RTRS.L>"): "<" and a word right before it, a
// word and ">" right after it, with no space anywhere.
func (d *Doc) inTicker(i, last int) bool {
	if i < 2 || i+2 >= last {
		return false
	}
	lt, w1, w2, gt := d.Tokens[i-2], d.Tokens[i-1], d.Tokens[i+1], d.Tokens[i+2]
	return d.Text[lt.Start:lt.End] == "<" && d.Text[gt.Start:gt.End] == ">" && w1.Kind == Word && w2.Kind == Word &&
		!w1.Has(FlagSpaceBefore) && !d.Tokens[i].Has(FlagSpaceBefore) && !w2.Has(FlagSpaceBefore) && !gt.Has(FlagSpaceBefore)
}

func endingAbbrev(w string) bool {
	switch w {
	case "U.S.", "U.K.", "U.N.", "E.U.", "Inc.", "Corp.", "Co.", "Ltd.", "etc.", "a.m.", "p.m.", "Bros.", "D.C.", "S.A.", "N.V.", "A.G.":
		return true
	}
	return false
}

// labelEnd returns the token after a topic label glued before the first
// sentence of a text, or -1: one to four capitalised words (or one word in
// lower case) with no mark between them, then the capitalised opener of a sentence that ends with a full stop on
// the same line ("Google The search firm said ...", "china The economy
// ..."), or a portal name of the form "Economy and business" before any
// capitalised word. A capitalised word rarely follows a name without a
// mark unless a sentence starts there; lines without a full stop
// (headlines in title case) are left alone. A name before an epithet in
// capitals ("X The Younger") would be taken for a label; news prose
// rarely opens so.
func (d *Doc) labelEnd(first, last int) int {
	toks := d.Tokens
	end := -1
	for i := first; i < last && i < first+5; i++ {
		if i > first && toks[i].Has(FlagNewline) {
			return -1
		}
		if toks[i].Kind != Word {
			return -1
		}
		w := d.Text[toks[i].Start:toks[i].End]
		if i > first && toks[i].Has(FlagCap) && (IsSentenceStarter(w) && w != "And" && w != "Or" && !d.afterEndingAbbrev(i, last) || i == first+3 && d.portal(first, last)) {
			end = i
			break
		}
		if !toks[i].Has(FlagCap) && i > first && !(i <= first+2 && d.portal(first, last)) {
			return -1 // "New York rock group The X": a description, not a label
		}
	}
	if end < 0 {
		return -1
	}
	// the rest of the line must hold a sentence's full stop
	for i := end + 1; i < last && !toks[i].Has(FlagNewline); i++ {
		if toks[i].Kind == Punct && d.Text[toks[i].Start:toks[i].End] == "." && i-end >= 4 {
			return end
		}
	}
	return -1
}

// portal reports "Economy and business", "Crime and law": a capitalised
// word, "and", a lower-case word, as the news portals that label stories
// are named.
func (d *Doc) portal(first, last int) bool {
	if first+3 > last {
		return false
	}
	a, and, b := d.Tokens[first], d.Tokens[first+1], d.Tokens[first+2]
	return a.Has(FlagCap) && d.Text[and.Start:and.End] == "and" && b.Kind == Word && !b.Has(FlagCap)
}

// IsSentenceStarter reports whether a capitalised word is one that commonly
// opens a sentence (so a preceding "U.S." likely ended the last one).
func IsSentenceStarter(w string) bool {
	switch w {
	case "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These", "Those", "There",
		"But", "And", "Or", "So", "Yet", "In", "On", "At", "For", "As", "If", "When", "While", "After", "Before",
		"Its", "His", "Her", "Their", "Our", "Some", "Many", "Most", "Such", "Meanwhile", "However", "Earlier", "Later", "Last", "Since", "Under", "With", "Officials", "Analysts":
		return true
	}
	return false
}

// pairQuotes pairs the double quotation marks of each paragraph. The shape
// of a mark is not trusted (real text has curly quotes facing the wrong
// way); its surroundings decide: a mark after a space and before a word
// opens, one after a word and before a space or punctuation closes, and
// the running state settles the rest. Quotations never cross paragraphs;
// one still open at a paragraph's end (or when a new one clearly opens) is
// recorded as unclosed.
func (d *Doc) pairQuotes(paraStarts []int) {
	toks := d.Tokens
	for p, first := range paraStarts {
		last := len(toks)
		if p+1 < len(paraStarts) {
			last = paraStarts[p+1]
		}
		open := -1
		for i := first; i < last; i++ {
			if toks[i].Kind != Quote {
				if open >= 0 {
					toks[i].Flags |= FlagInQuote
				}
				continue
			}
			guess := d.quoteGuess(i, first, last)
			if open < 0 {
				if guess == guessClose && i > first {
					continue // stray closing mark: ignore
				}
				open = i
				toks[i].Flags |= FlagOpen
				continue
			}
			if guess == guessOpen && i > open+1 {
				// a new quotation opens while one is still open: the first
				// was left unclosed
				d.Quotes = append(d.Quotes, Quotation{Open: open, Close: -1, Start: int(toks[open].End), End: int(toks[i-1].End), Para: p})
				toks[i].Flags &^= FlagInQuote
				open = i
				toks[i].Flags |= FlagOpen
				continue
			}
			toks[i].Flags &^= FlagInQuote
			toks[i].Flags |= FlagClose
			start, end := int(toks[open].End), int(toks[i].Start)
			if end < start {
				end = start
			}
			d.Quotes = append(d.Quotes, Quotation{Open: open, Close: i, Start: start, End: end, Para: p})
			open = -1
		}
		if open >= 0 {
			end := int(toks[open].End)
			if last-1 > open {
				end = int(toks[last-1].End)
			}
			d.Quotes = append(d.Quotes, Quotation{Open: open, Close: -1, Start: int(toks[open].End), End: end, Para: p})
		}
	}
}

const (
	guessNone = iota
	guessOpen
	guessClose
)

func (d *Doc) quoteGuess(i, first, last int) int {
	toks := d.Tokens
	t := toks[i]
	leftSpace := i == first || t.Has(FlagSpaceBefore)
	if !leftSpace {
		pt := d.Text[toks[i-1].Start:toks[i-1].End]
		switch pt {
		case "(", "[", "{", "—", "–", ":", "-":
			leftSpace = true
		}
	}
	rightSpace := i+1 >= last || toks[i+1].Has(FlagSpaceBefore)
	if !rightSpace {
		nt := d.Text[toks[i+1].Start:toks[i+1].End]
		switch nt {
		case ",", ".", ";", ":", "!", "?", ")", "]", "}", "—", "–":
			rightSpace = true
		}
	}
	switch {
	case leftSpace && !rightSpace:
		return guessOpen
	case !leftSpace && rightSpace:
		return guessClose
	}
	r, _ := utf8.DecodeRuneInString(d.Text[t.Start:t.End])
	switch r {
	case '“', '„', '«', '〝':
		return guessOpen
	case '”', '»', '〞':
		return guessClose
	}
	return guessNone
}

// QuoteAt returns the index of the quotation whose marks enclose token i,
// or -1.
func (d *Doc) QuoteAt(i int) int {
	pos := int(d.Tokens[i].Start)
	for q := range d.Quotes {
		if pos >= d.Quotes[q].Start && pos < d.Quotes[q].End {
			return q
		}
	}
	return -1
}

// SentenceAt returns the index of the sentence holding byte offset pos, or -1.
func (d *Doc) SentenceAt(pos int) int {
	lo, hi := 0, len(d.Sentences)
	for lo < hi {
		m := (lo + hi) / 2
		if d.Sentences[m].End <= pos {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(d.Sentences) && d.Sentences[lo].Start <= pos {
		return lo
	}
	return -1
}
