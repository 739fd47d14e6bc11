package kg

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// refSlug and refStatementID are the first, allocating forms of Slug and
// StatementID: ids are stored, so the faster forms must give the same
// bytes for every input.
func refSlug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range norm.NFKD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case r == 'ł' || r == 'Ł':
			r = 'l'
		case r == 'ß':
			b.WriteString("ss")
			dash = false
			continue
		}
		if r < unicode.MaxASCII && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			b.WriteRune(unicode.ToLower(r))
			dash = false
			continue
		}
		if r == '\'' || r == '’' || r == '.' {
			continue
		}
		if !dash && b.Len() > 0 {
			b.WriteByte('-')
			dash = true
		}
	}
	return strings.TrimSuffix(b.String(), "-")
}

func refStatementID(speakerID, quote, text string) string {
	words := quote
	if words == "" {
		words = text
	}
	norm := strings.Join(strings.FieldsFunc(strings.ToLower(words), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}), " ")
	h := sha256.New()
	for _, p := range []string{speakerID, norm} {
		h.Write([]byte(p))
		h.Write([]byte{0})
	}
	return PrefixStatement + hex.EncodeToString(h.Sum(nil))[:16]
}

var idInputs = []string{
	"", " ", "-", "--x--", "Vladimir Putin", "  Ursula von der Leyen  ", "Cheng Chin-mo", "Łukasz Żak",
	"Seán O’Brien", "U.S. State Department", "Straße", "ẞ", "İstanbul", "Kelvin \u212A", "ÆØÅ æøå",
	"bad \xff byte", "\xe2\x80", "Ｆｕｌｌ ｗｉｄｔｈ", "ﬁne ligature", "x²", "١٢٣ Arabic digits", "Москва",
	"“We will win,” he said — and then… 5,000!", "tab\tand\nnewline", strings.Repeat("long quoted words, ", 60),
	"a\u0301 combining", "\u00a0nbsp\u00a0", "mixed ΑΘΗΝΑ and Tōkyō", "trailing dot.", "O'Brien's",
}

func TestSlugMatchesReference(t *testing.T) {
	for _, s := range idInputs {
		if got, want := Slug(s), refSlug(s); got != want {
			t.Errorf("Slug(%q) = %q, want %q", s, got, want)
		}
		if got, want := PersonID(s), PrefixPerson+refSlug(s); got != want {
			t.Errorf("PersonID(%q) = %q, want %q", s, got, want)
		}
	}
}

func TestStatementIDMatchesReference(t *testing.T) {
	for _, speaker := range []string{"", "person:x", "org:imf"} {
		for _, q := range idInputs {
			for _, txt := range []string{"", "reported words"} {
				if got, want := StatementID(speaker, q, txt), refStatementID(speaker, q, txt); got != want {
					t.Errorf("StatementID(%q, %q, %q) = %q, want %q", speaker, q, txt, got, want)
				}
			}
		}
	}
}

func FuzzIDsMatchReference(f *testing.F) {
	for _, s := range idInputs {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := Slug(s), refSlug(s); got != want {
			t.Errorf("Slug(%q) = %q, want %q", s, got, want)
		}
		if got, want := StatementID("person:x", s, ""), refStatementID("person:x", s, ""); got != want {
			t.Errorf("StatementID(%q) = %q, want %q", s, got, want)
		}
	})
}

// BenchmarkStatementID and BenchmarkPersonID time the ids built for every
// statement and actor.
func BenchmarkStatementID(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		StatementID("person:ursula-von-der-leyen", "", "the commission would present its proposals on trade with China next week, she told reporters")
	}
}

func BenchmarkPersonID(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		PersonID("Ursula von der Leyen")
	}
}

func BenchmarkRefStatementID(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		refStatementID("person:ursula-von-der-leyen", "", "the commission would present its proposals on trade with China next week, she told reporters")
	}
}

func TestCountryIDMatchesReference(t *testing.T) {
	in := []string{"", "r", "ru", "RU", "Ru", "rU", "gb", "ZZ", "aa", "r1", "ü1", "ab", "abc", "XKX", "\xff\xfe", "é", "[a", "a@", "`a", "a{"}
	for a := 0; a < 256; a++ {
		for b := 0; b < 256; b++ {
			in = append(in, string([]byte{byte(a), byte(b)}))
		}
	}
	for _, iso := range in {
		if got, want := CountryID(iso), PrefixCountry+strings.ToUpper(iso); got != want {
			t.Errorf("CountryID(%q) = %q, want %q", iso, got, want)
		}
	}
}
