package kg

import (
	"crypto/sha256"
	"encoding/hex"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Slug turns a name into the readable part of an id: lower case ASCII
// letters and digits joined by single hyphens ("Ursula von der Leyen" ->
// "ursula-von-der-leyen", "Łukasz Żak" -> "lukasz-zak").
func Slug(s string) string { return prefixedSlug("", s) }

// prefixedSlug is prefix + Slug(s), built in one buffer: ids are made for
// every actor and fact of every article.
func prefixedSlug(prefix, s string) string {
	var stack [64]byte // most ids fit here
	return string(appendSlug(append(stack[:0], prefix...), s))
}

func appendSlug(b []byte, s string) []byte {
	start := len(b)
	if isASCII(s) {
		// ASCII is its own NFKD form and needs no unicode tables
		dash := false
		for i := 0; i < len(s); i++ {
			c := s[i]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			switch {
			case 'a' <= c && c <= 'z' || '0' <= c && c <= '9':
				b = append(b, c)
				dash = false
			case c == '\'' || c == '.':
				// "O'Brien" -> obrien, "U.S." -> us
			case !dash && len(b) > start:
				b = append(b, '-')
				dash = true
			}
		}
		return trimDash(b, start)
	}
	dash := false
	for _, r := range norm.NFKD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue // accents fall away after decomposition
		case r == 'ł' || r == 'Ł': // frozen: not kg.FoldLetter, see fold.go
			r = 'l'
		case r == 'ß':
			b = append(b, "ss"...)
			dash = false
			continue
		}
		if r < unicode.MaxASCII && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			b = append(b, byte(unicode.ToLower(r)))
			dash = false
			continue
		}
		if r == '\'' || r == '’' || r == '.' {
			continue // "O'Brien" -> obrien, "U.S." -> us
		}
		if !dash && len(b) > start {
			b = append(b, '-')
			dash = true
		}
	}
	return trimDash(b, start)
}

func trimDash(b []byte, start int) []byte {
	if n := len(b); n > start && b[n-1] == '-' {
		return b[:n-1]
	}
	return b
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// Id prefixes; an id's prefix names its kind.
const (
	PrefixPerson    = "person:"
	PrefixCountry   = "country:"
	PrefixOrg       = "org:"
	PrefixPlace     = "place:"
	PrefixMeeting   = "meeting:"
	PrefixStatement = "statement:"
	PrefixRole      = "role:"
)

func PersonID(name string) string { return prefixedSlug(PrefixPerson, name) }
func OrgID(name string) string    { return prefixedSlug(PrefixOrg, name) }
func PlaceID(name string) string  { return prefixedSlug(PrefixPlace, name) }
func CountryID(iso string) string {
	// two letters, the usual case, take their id from a table: extraction
	// asks for country ids over and over
	if len(iso) == 2 {
		a, b := upperLetter(iso[0]), upperLetter(iso[1])
		if a != 0 && b != 0 {
			return countryIDs[a-'A'][b-'A']
		}
	}
	return PrefixCountry + strings.ToUpper(iso)
}

// countryIDs holds CountryID of every pair of letters A-Z.
var countryIDs = func() (t [26][26]string) {
	for a := range t {
		for b := range t[a] {
			t[a][b] = PrefixCountry + string([]byte{byte('A' + a), byte('A' + b)})
		}
	}
	return t
}()

// upperLetter returns c in upper case when it is an ASCII letter, else 0.
func upperLetter(c byte) byte {
	switch {
	case 'A' <= c && c <= 'Z':
		return c
	case 'a' <= c && c <= 'z':
		return c - 'a' + 'A'
	}
	return 0
}

// ActorID returns the id an actor of kind with that name (or ISO code for
// countries) gets.
func ActorID(kind ActorKind, name string) string {
	switch kind {
	case KindCountry:
		return CountryID(name)
	case KindOrganization:
		return OrgID(name)
	}
	return PersonID(name)
}

// KindOfID returns the actor kind an id's prefix names, or "".
func KindOfID(id string) ActorKind {
	switch {
	case strings.HasPrefix(id, PrefixPerson):
		return KindPerson
	case strings.HasPrefix(id, PrefixCountry):
		return KindCountry
	case strings.HasPrefix(id, PrefixOrg):
		return KindOrganization
	}
	return ""
}

// LooksLikeID reports whether s has the shape of one of our ids, so that a
// reference can be looked up as an id before it is tried as a name.
func LooksLikeID(s string) bool {
	for _, p := range []string{PrefixPerson, PrefixCountry, PrefixOrg, PrefixPlace, PrefixMeeting, PrefixStatement, PrefixRole} {
		if strings.HasPrefix(s, p) && len(s) > len(p) && !strings.ContainsAny(s, " \t\n") {
			return true
		}
	}
	return false
}

func shortHash(parts ...string) string {
	h := sha256.New()
	for _, p := range parts {
		h.Write([]byte(p))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))[:16]
}

// MeetingID identifies a meeting by what makes it the same event in two
// reports: its participants, status and day. Reports with a day-precise date
// merge across articles; less precise dates cannot tell two meetings in the
// same month apart, so those stay per article (articleID is then part of the
// key) rather than risk counting two meetings as one.
func MeetingID(status MeetingStatus, date PartialDate, participantIDs []string, articleID string) string {
	ps := append([]string(nil), participantIDs...)
	sort.Strings(ps)
	ps = dedupSorted(ps)
	scope := ""
	if date.Precision() != PrecisionDay {
		scope = articleID
	}
	return PrefixMeeting + shortHash(string(status), date.String(), strings.Join(ps, "+"), scope)
}

// StatementID identifies a statement by speaker and words: the same quote
// carried by two articles is one statement with two sources. It is
// shortHash(speakerID, normalizeWords(words)) computed in one buffer, with
// no strings in between: every statement of every article asks for one.
func StatementID(speakerID, quote, text string) string {
	words := quote
	if words == "" {
		words = text
	}
	var stack [512]byte
	buf := append(stack[:0], speakerID...)
	buf = append(buf, 0)
	buf = appendNormalizedWords(buf, words)
	buf = append(buf, 0)
	sum := sha256.Sum256(buf)
	var id [len(PrefixStatement) + 16]byte
	copy(id[:], PrefixStatement)
	hex.Encode(id[len(PrefixStatement):], sum[:8])
	return string(id[:])
}

// RoleID identifies a role by person, title and what it belongs to.
func RoleID(personID, title, ofID string) string {
	return PrefixRole + strings.TrimPrefix(personID, PrefixPerson) + ":" + Slug(title) + ":" + ofID
}

// appendNormalizedWords appends the words of s in lower case, one space
// apart: every run of runes that are neither letters nor digits (after
// lower casing, as strings.ToLower gives them) separates two words.
func appendNormalizedWords(buf []byte, s string) []byte {
	words, gap := false, false
	for i := 0; i < len(s); {
		var l rune
		if c := s[i]; c < utf8.RuneSelf {
			// ASCII, nearly all of the text, without the unicode tables
			i++
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if !('a' <= c && c <= 'z' || '0' <= c && c <= '9') {
				gap = true
				continue
			}
			l = rune(c)
		} else {
			// an invalid byte comes as RuneError, which strings.ToLower
			// also writes in its place: not a letter either way
			r, size := utf8.DecodeRuneInString(s[i:])
			i += size
			l = unicode.ToLower(r)
			if !unicode.IsLetter(l) && !unicode.IsDigit(l) {
				gap = true
				continue
			}
		}
		if gap && words {
			buf = append(buf, ' ')
		}
		buf = utf8.AppendRune(buf, l)
		words, gap = true, false
	}
	return buf
}

func dedupSorted(s []string) []string {
	out := s[:0]
	for i, v := range s {
		if i == 0 || v != s[i-1] {
			out = append(out, v)
		}
	}
	return out
}
