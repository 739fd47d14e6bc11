package segment

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

func sentences(d *Doc) []string {
	var out []string
	for _, s := range d.Sentences {
		out = append(out, d.Text[s.Start:s.End])
	}
	return out
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"plain", "Mr. Okafor met Ms. Lind. They spoke.", []string{"Mr. Okafor met Ms. Lind.", "They spoke."}},
		{"stock code with exchange", "Velox <VELX.PA> said it bought Dorn AG <DRNG.F> today. It paid cash.", []string{"Velox <VELX.PA> said it bought Dorn AG <DRNG.F> today.", "It paid cash."}},
		{"stock code glued to the next sentence", "It closed at 9.50. Dorn <DRN> rose. Velox fell.", []string{"It closed at 9.50.", "Dorn <DRN> rose.", "Velox fell."}},
		{"abbrev country", "He flew to the U.S. The talks ended.", []string{"He flew to the U.S.", "The talks ended."}},
		{"abbrev mid", "The U.S. Secretary of State arrived.", []string{"The U.S. Secretary of State arrived."}},
		{"capitalised conjunction after U.S.", "Fishing talks between the U.S. And Norway resumed. They ended.", []string{"Fishing talks between the U.S. And Norway resumed.", "They ended."}},
		{"capitalised or after U.K.", "Exports to the U.K. Or Ireland fell.", []string{"Exports to the U.K. Or Ireland fell."}},
		{"starter after U.S. still ends", "He flew to the U.S. But the talks ended.", []string{"He flew to the U.S.", "But the talks ended."}},
		{"preposition after U.S. goes on", "The envoy will fly to the U.S. On May 9 for talks. He left.", []string{"The envoy will fly to the U.S. On May 9 for talks.", "He left."}},
		{"price after U.K. goes on", "Norvik sold its mills in the U.K. For 40 mln stg. Shares rose.", []string{"Norvik sold its mills in the U.K. For 40 mln stg.", "Shares rose."}},
		{"time phrase after U.S. goes on", "Tea sales to the U.S. Last year doubled, the board said.", []string{"Tea sales to the U.S. Last year doubled, the board said."}},
		{"later this year after U.S.", "A trade team will tour the U.S. Later this month, Ivo Roe said.", []string{"A trade team will tour the U.S. Later this month, Ivo Roe said."}},
		{"headline noun after U.S.", "Grain quotas must go, senior U.S. Officials told the envoy.", []string{"Grain quotas must go, senior U.S. Officials told the envoy."}},
		{"quotation in lower case after U.S.", "He said the U.S. \"would not yield on wheat.\" They left.", []string{"He said the U.S. \"would not yield on wheat.\"", "They left."}},
		{"quotation opening a sentence after U.S.", "She lives in the U.S. \"We like it,\" she said.", []string{"She lives in the U.S.", "\"We like it,\" she said."}},
		{"this before a verb after U.S. ends", "Tariffs rose in the U.S. This hurt Norvik.", []string{"Tariffs rose in the U.S.", "This hurt Norvik."}},
		{"last before a noun not of time ends", "The firm sold plants in the U.S. Last orders came in May.", []string{"The firm sold plants in the U.S.", "Last orders came in May."}},
		{"company abbreviation before In still ends", "He bought Velo Co. In a bold move, he then sold it.", []string{"He bought Velo Co.", "In a bold move, he then sold it."}},
		{"quote end", "“We agree,” she said. “Good.”", []string{"“We agree,” she said.", "“Good.”"}},
		{"missing space after quote", "He said “no.”Then he left.", []string{"He said “no.”", "Then he left."}},
		{"paragraphs", "Headline Here\n\nFirst line.\nSecond line", []string{"Headline Here", "First line.", "Second line"}},
		{"initials", "J. R. Tolkien wrote it. Fine.", []string{"J. R. Tolkien wrote it.", "Fine."}},
		{"lowercase after period", "It cost 3.5 bn. dollars etc. and more.", []string{"It cost 3.5 bn. dollars etc. and more."}},
		{"question", "Why? Because.", []string{"Why?", "Because."}},
		{"month abbreviation mid", "The talks began on Jan. 5 in Oslo. They ended.", []string{"The talks began on Jan. 5 in Oslo.", "They ended."}},
		{"wire ticker with a dot", "Kelvo Ltd <KLV.T> raised its forecast, chairman Ivo Roe said. Shares rose.", []string{"Kelvo Ltd <KLV.T> raised its forecast, chairman Ivo Roe said.", "Shares rose."}},
		{"the stop after a ticker still ends", "He bought Kelvo Ltd <KLV.T>. Shares rose.", []string{"He bought Kelvo Ltd <KLV.T>.", "Shares rose."}},
		{"a spaced stop inside brackets ends", "He cited <Kelvo. Then> it rose.", []string{"He cited <Kelvo.", "Then> it rose."}},
		{"month abbreviation at the end", "It rose 5 pct in Jan. The talks resumed.", []string{"It rose 5 pct in Jan.", "The talks resumed."}},
		{"degree before lower case", "Ana Ruiz, who holds a Ph.D. in soil science, spoke. He left.", []string{"Ana Ruiz, who holds a Ph.D. in soil science, spoke.", "He left."}},
		{"degree before comma", "Bo Kim, Ph.D., chairs the panel. He left.", []string{"Bo Kim, Ph.D., chairs the panel.", "He left."}},
		{"degree D.Phil", "She earned a D.Phil. at Leeds and an M.A. from York. He left.", []string{"She earned a D.Phil. at Leeds and an M.A. from York.", "He left."}},
		{"degree LL.M", "He took an LL.M. before joining the firm.", []string{"He took an LL.M. before joining the firm."}},
		{"degree before a name", "Dr Lind, an M.D. Dr Okafor trained, spoke.", []string{"Dr Lind, an M.D. Dr Okafor trained, spoke."}},
		{"degree ends a sentence", "She holds a Ph.D. She teaches in Oslo.", []string{"She holds a Ph.D.", "She teaches in Oslo."}},
		{"degree closing the text", "She earned a D.Phil", []string{"She earned a D.Phil"}},
		{"degree without its stop", "He took an LL.B in Leeds. He left.", []string{"He took an LL.B in Leeds.", "He left."}},
		{"degree LL.B ends a sentence", "He took an LL.B. They met in May.", []string{"He took an LL.B.", "They met in May."}},
		{"initials M.A. stay", "Commerce Minister M.A. Ruvo met the envoy. He left.", []string{"Commerce Minister M.A. Ruvo met the envoy.", "He left."}},
		{"initial D before a surname", "Franklin D. Philby spoke. He left.", []string{"Franklin D. Philby spoke.", "He left."}},
		{"rank abbreviation", "Gen. Ana Ruiz spoke. He left.", []string{"Gen. Ana Ruiz spoke.", "He left."}},
		{"plural title abbreviation", "He met Sens. Ann Lee and Bo Kim. They left.", []string{"He met Sens. Ann Lee and Bo Kim.", "They left."}},
		{"caption without a stop", "Leaders meet in Oslo (Photo: Ana Ruiz/AFP)\nThe talks began.", []string{"Leaders meet in Oslo (Photo: Ana Ruiz/AFP)", "The talks began."}},
		{"dateline caps", "OSLO, March 3 - Talks began.", []string{"OSLO, March 3 -", "Talks began."}},
		{"dateline with state", "AKRON, Ohio, March 3 - Talks began.", []string{"AKRON, Ohio, March 3 -", "Talks began."}},
		{"dateline mixed case", "New York, March 11 - Talks began.", []string{"New York, March 11 -", "Talks began."}},
		{"dateline with abbreviated state", "CARMEL, Ind., April 9 - Talks began.", []string{"CARMEL, Ind., April 9 -", "Talks began."}},
		{"dateline agency", "PARIS (Reuters) - Talks began.", []string{"PARIS (Reuters) -", "Talks began."}},
		{"no dateline in a sentence", "Talks in Oslo - a city - began.", []string{"Talks in Oslo - a city - began."}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := Segment(tc.in)
			if diff := cmp.Diff(tc.want, sentences(d)); diff != "" {
				t.Errorf("sentences (-want +got):\n%s", diff)
			}
		})
	}
}

func TestTokens(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Putin’s visit", []string{"Putin", "’s", "visit"}},
		{"U.S.-led pressure", []string{"U.S.", "-", "led", "pressure"}},
		{"Cheng Chin-mo", []string{"Cheng", "Chin-mo"}},
		{"can’t stop", []string{"can’t", "stop"}},
		{"$240.1 billion, 1,000", []string{"$", "240.1", "billion", ",", "1,000"}},
		{"O'Brien's", []string{"O'Brien", "'s"}},
		{"Reuters' report", []string{"Reuters", "'", "report"}},
		{"Mr Straw", []string{"Mr", "Straw"}},
		{"e.g. this", []string{"e.g.", "this"}},
	}
	for _, tc := range tests {
		d := Segment(tc.in)
		var got []string
		for i := range d.Tokens {
			got = append(got, d.TokenText(i))
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tc.in, diff)
		}
	}
}

func TestQuotes(t *testing.T) {
	tests := []struct {
		name     string
		in       string
		want     []string
		unclosed []bool
	}{
		{"curly", "He said “yes, sir,” and left.", []string{"yes, sir,"}, []bool{false}},
		{"straight", `He said "yes" and "no".`, []string{"yes", "no"}, []bool{false, false}},
		{"wrong way", "“It is clear,“ she said. ”Yet nothing.”", []string{"It is clear,", "Yet nothing."}, []bool{false, false}},
		{"unclosed", "They want “a material effect.\n\nNext paragraph.", []string{"a material effect."}, []bool{true}},
		{"reopened", `He said: "One thing. "Another thing."`, []string{"One thing.", "Another thing."}, []bool{true, false}},
		{"glued", "the “fora.”Against this", []string{"fora."}, []bool{false}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := Segment(tc.in)
			var got []string
			var unc []bool
			for _, q := range d.Quotes {
				got = append(got, d.Text[q.Start:q.End])
				unc = append(unc, q.Close < 0)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("quotes (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tc.unclosed, unc); diff != "" {
				t.Errorf("unclosed (-want +got):\n%s", diff)
			}
		})
	}
}

func TestOffsetsCoverText(t *testing.T) {
	for _, in := range []string{"", "  ", "\xff\xfe bad", "a“b”c", "Mr.", "“", "...", "Hello\r\n\r\nWorld."} {
		d := Segment(in)
		for _, s := range d.Sentences {
			if s.Start < 0 || s.End > len(in) || s.Start > s.End {
				t.Errorf("%q: bad sentence span %d:%d", in, s.Start, s.End)
			}
		}
		for _, tk := range d.Tokens {
			if tk.Start < 0 || int(tk.End) > len(in) || tk.Start >= tk.End {
				t.Errorf("%q: bad token span %d:%d", in, tk.Start, tk.End)
			}
		}
	}
}

func TestDatelineFlag(t *testing.T) {
	d := Segment("TOKYO, March 27 - Ministers met.\n\nMore.")
	if len(d.Sentences) < 2 || !d.Sentences[0].Dateline || d.Sentences[1].Dateline {
		t.Errorf("dateline flags wrong: %+v", d.Sentences)
	}
	for _, w := range []string{"March", "MARCH", "Oct", "Sept.", "dec"} {
		if !IsMonth(w) {
			t.Errorf("IsMonth(%q) = false", w)
		}
	}
	for _, w := range []string{"Marching", "Ma", "Mayor", ""} {
		if IsMonth(w) {
			t.Errorf("IsMonth(%q) = true", w)
		}
	}
}

// TestLowerSameLength pins the fast lower-casing to strings.ToLower
// wherever it accepts a text, and checks it declines where byte lengths
// would change.
func TestLowerSameLength(t *testing.T) {
	tests := []struct {
		in string
		ok bool
	}{
		{"", true},
		{"plain lower text", true},
		{"Mixed CASE Text", true},
		{"Ärger in Zürich: “QUOTED” £5 ÉTÉ", true},
		{"ΑΘΗΝΑ Москва", true},
		{"a literal \uFFFD stays", true},
		{"İstanbul", false},      // U+0130 lowers to one byte fewer
		{"Kelvin \u212A", false}, // KELVIN SIGN lowers to ASCII k
		{"bad \xff byte", false},
		{"ẞ capital sharp s", false}, // U+1E9E lowers to the two-byte ß
	}
	for _, tc := range tests {
		got, ok := lowerSameLength(tc.in)
		if ok != tc.ok {
			t.Errorf("lowerSameLength(%q) ok = %v, want %v", tc.in, ok, tc.ok)
			continue
		}
		if ok && got != strings.ToLower(tc.in) {
			t.Errorf("lowerSameLength(%q) = %q, strings.ToLower gives %q", tc.in, got, strings.ToLower(tc.in))
		}
	}
}

// TestLower checks every token's Lower against the lower case of the whole
// text where that keeps byte lengths, and against the token lowered alone
// where it does not (the per-token table).
func TestLower(t *testing.T) {
	for _, in := range []string{
		"",
		"Mr. Okafor MET Ms. Lind in OSLO.",
		"Ärger in Zürich: “QUOTED” £5 ÉTÉ",
		"İstanbul TALKS: Mr. Kaya met Kelvin \u212A of ẞ Bank.",
		"bad \xff BYTE and İZMIR",
	} {
		d := Segment(in)
		whole := strings.ToLower(in)
		for i := range d.Tokens {
			want := strings.ToLower(d.TokenText(i))
			if len(whole) == len(in) {
				tk := d.Tokens[i]
				want = whole[tk.Start:tk.End]
			}
			if got := d.Lower(i); got != want {
				t.Errorf("Segment(%q).Lower(%d) = %q, want %q", in, i, got, want)
			}
		}
		for _, i := range []int{-1, len(d.Tokens)} {
			if got := d.Lower(i); got != "" {
				t.Errorf("Segment(%q).Lower(%d) = %q, want \"\"", in, i, got)
			}
		}
	}
}

// TestSegmentReuse checks that a Doc reused for another text, longer or
// shorter, holds exactly what a fresh Segment of that text holds.
func TestSegmentReuse(t *testing.T) {
	texts := []string{
		"“We agree,” she said. “Good.”\n\nOSLO, March 3 - Talks began. He left \"early\n\nİstanbul TALKS: Mr. Kaya met Kelvin \u212A.",
		"Short one.",
		"",
		"He said “no.”Then he left.\nA caption (Photo: Ana Ruiz/AFP)\n\nThe U.S. Secretary of State arrived in Beijing on Monday.",
	}
	var d *Doc
	for round := 0; round < 2; round++ {
		for _, text := range texts {
			d = SegmentReuse(d, text)
			want := Segment(text)
			opts := cmp.Options{cmp.AllowUnexported(Doc{}), cmpopts.EquateEmpty(), cmpopts.IgnoreFields(Doc{}, "paraStarts")}
			if diff := cmp.Diff(want, d, opts); diff != "" {
				t.Errorf("SegmentReuse(%q) differs from Segment (-want +got):\n%s", text, diff)
			}
		}
	}
}

// TestLowerASCII8 checks the eight-byte lowering against a byte at a time
// for every pair of ASCII bytes side by side, in every position.
func TestLowerASCII8(t *testing.T) {
	for a := 0; a < 128; a++ {
		for b := 0; b < 128; b++ {
			for p := 0; p < 7; p++ {
				var in, want [8]byte
				for k := range in {
					in[k] = byte('a' + k)
				}
				in[p], in[p+1] = byte(a), byte(b)
				for k, c := range in {
					if 'A' <= c && c <= 'Z' {
						c += 'a' - 'A'
					}
					want[k] = c
				}
				x := uint64(0)
				for k := 7; k >= 0; k-- {
					x = x<<8 | uint64(in[k])
				}
				got := lowerASCII8(x)
				for k := range want {
					if byte(got>>(8*k)) != want[k] {
						t.Fatalf("lowerASCII8(%q) byte %d = %q, want %q", in[:], k, byte(got>>(8*k)), want[k])
					}
				}
			}
		}
	}
	// and through lowerSameLength, across the eight-byte boundaries
	var sb strings.Builder
	for c := 0; c < 128; c++ {
		sb.WriteByte(byte(c))
		if c%13 == 0 {
			sb.WriteString("ÉtÉ“Q”")
		}
	}
	for cut := 0; cut < 16; cut++ {
		in := sb.String()[cut:]
		if !utf8.ValidString(in) {
			continue // a cut inside a rune: declined, as TestLowerSameLength checks
		}
		if got, ok := lowerSameLength(in); !ok || got != strings.ToLower(in) {
			t.Errorf("lowerSameLength(%q) = %q, %v; strings.ToLower gives %q", in, got, ok, strings.ToLower(in))
		}
	}
}

// TestASCIIWordMatchesScanWord holds the ASCII fast path to scanWord and
// wordFlags at every position where an ASCII word byte starts a word, in
// made-up text full of edge cases and in the Wikinews corpus when present.
func TestASCIIWordMatchesScanWord(t *testing.T) {
	texts := []string{
		"Mr. Okafor MET Ms. Lind in OSLO, U.S. e.g. 5,000 5,a 3.5 bn. It's Jones' O'Brien’s co-op x‐y x‑y café naïve 2024-05-16 A. J. ABC’ Ab” a—b a–b a…b (x) [y] a/b a\xffb a\u00a0b a\u200bb Ab1 1Ab aB ab' ab. a, a; a: a! a? a\"b a“b a»b x’s x’ X's I'd l'Aquila",
	}
	if d := testcorpusText(t); d != "" {
		texts = append(texts, d)
	}
	checked, fast := 0, 0
	for _, s := range texts {
		for i := 0; i < len(s); i++ {
			if c := s[i]; c >= utf8.RuneSelf || asciiClass[c]&classWord == 0 {
				continue
			}
			checked++
			end, f, ok := asciiWord(s, i)
			if !ok {
				continue
			}
			fast++
			wantEnd, poss := scanWord(s, i)
			if end != wantEnd || poss != 0 || f != wordFlags(s[i:wantEnd]) {
				t.Fatalf("asciiWord(%q) = %d, %b; scanWord gives %d (possessive %d), flags %b", s[i:min(len(s), i+20)], end, f, wantEnd, poss, wordFlags(s[i:wantEnd]))
			}
		}
	}
	if fast == 0 || fast == checked {
		t.Fatalf("the fast path took %d of %d positions: the test checks nothing", fast, checked)
	}
}

// TestAlnum8 checks the eight-byte classifier against asciiClass for every
// ASCII byte in every position, beside every other ASCII byte.
func TestAlnum8(t *testing.T) {
	for a := 0; a < 128; a++ {
		for b := 0; b < 128; b++ {
			for p := 0; p < 7; p++ {
				var in [8]byte
				for k := range in {
					in[k] = byte('0' + k)
				}
				in[p], in[p+1] = byte(a), byte(b)
				x := uint64(0)
				for k := 7; k >= 0; k-- {
					x = x<<8 | uint64(in[k])
				}
				let, up, word := alnum8(x)
				for k, c := range in {
					bit := func(v uint64) bool { return v>>(8*k+7)&1 == 1 }
					cl := asciiClass[c]
					if bit(let) != (cl&classLetter != 0) || bit(up) != (cl&classUpper != 0) || bit(word) != (cl&classWord != 0) {
						t.Fatalf("alnum8(%q) byte %d %q: letter %v upper %v word %v", in[:], k, c, bit(let), bit(up), bit(word))
					}
				}
				if (let|up|word)&^hiBits != 0 {
					t.Fatalf("alnum8(%q) sets bits other than the high ones", in[:])
				}
			}
		}
	}
}

// TestTokenTextOutOfRange: rules peek past the last token ("set" "for"),
// so TokenText answers "" there instead of panicking, as Lower does.
func TestTokenTextOutOfRange(t *testing.T) {
	d := Segment("Talks are set")
	n := len(d.Tokens)
	for _, i := range []int{-1, n, n + 1} {
		if got := d.TokenText(i); got != "" {
			t.Errorf("TokenText(%d) = %q, want \"\"", i, got)
		}
		if got := d.Lower(i); got != "" {
			t.Errorf("Lower(%d) = %q, want \"\"", i, got)
		}
	}
	if got := d.TokenText(n - 1); got != "set" {
		t.Errorf("last token = %q, want set", got)
	}
}

// A topic label glued before the first sentence becomes a headline
// sentence of its own; names, descriptions and headlines do not.
func TestLeadLabel(t *testing.T) {
	tests := []struct {
		name, text, label string // label "": none
	}{
		{"portal-opener", "Crime and law The city council of Vexford voted on Monday to close the pier.", "Crime and law"},
		{"portal-name", "Science and technology Orbix Labs said it had built a faster chip.", "Science and technology"},
		{"one-word", "Aviation The Pilots Guild of Norland said fares would rise this year.", "Aviation"},
		{"two-words", "United Kingdom The Bank of Albion held its rate at 2% for another month.", "United Kingdom"},
		{"lower-case", "norland On Tuesday the Norland parliament passed the budget bill.", "norland"},
		{"description", "Brighton indie band The Quills have topped a listeners' poll of new acts.", ""},
		{"headline-no-stop", "Vexford The Pier Reopens\n\nThe pier opened again today.", ""},
		{"sentence-start", "The council of Vexford met on Monday. It closed the pier.", ""},
		{"dateline", "VEXFORD, May 3 - The council met today.", ""},
		{"conjunction", "Gold And Silver rose on Monday as the dollar fell.", ""},
		{"short", "Norland The", ""},
		{"headline noun after U.S.", "Senior U.S. Officials said on Monday that the talks would go on.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Segment(tt.text)
			got := ""
			if len(d.Sentences) > 0 && d.Sentences[0].Label {
				s := d.Sentences[0]
				got = tt.text[s.Start:s.End]
				if !s.Headline {
					t.Errorf("label %q is not a headline", got)
				}
			}
			if got != tt.label {
				t.Errorf("label %q, want %q", got, tt.label)
			}
		})
	}
}

func TestConjunctionAfterAbbrevLosesCapital(t *testing.T) {
	tests := []struct {
		in   string
		word string
		cap  bool
	}{
		{"Talks between the U.S. And Norway resumed.", "And", false},
		{"Shares of E.D. And F. Lumber rose.", "And", true}, // initials: part of a firm's name
		{"And so it went.", "And", true},
		{"Tea sent to the U.S. In May rose.", "In", false},
		{"Some U.K. Officials spoke.", "Officials", false},
		{"Tea sent to Velo Corp. In May rose.", "In", true}, // a company's abbreviation may end a sentence
	}
	for _, tc := range tests {
		d := Segment(tc.in)
		found := false
		for _, tk := range d.Tokens {
			if d.Text[tk.Start:tk.End] == tc.word {
				found = true
				if got := tk.Has(FlagCap); got != tc.cap {
					t.Errorf("%q: %q capital = %v, want %v", tc.in, tc.word, got, tc.cap)
				}
			}
		}
		if !found {
			t.Errorf("%q: no token %q", tc.in, tc.word)
		}
	}
}
