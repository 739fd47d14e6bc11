package kg

import (
	"crypto/sha256"
	"encoding/hex"
	"sort"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Slug turns a name into the readable part of an id: lower case ASCII
// letters and digits joined by single hyphens ("Ursula von der Leyen" ->
// "ursula-von-der-leyen", "Łukasz Żak" -> "lukasz-zak").
func Slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range norm.NFKD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue // accents fall away after decomposition
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
			continue // "O'Brien" -> obrien, "U.S." -> us
		}
		if !dash && b.Len() > 0 {
			b.WriteByte('-')
			dash = true
		}
	}
	return strings.TrimSuffix(b.String(), "-")
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

func PersonID(name string) string { return PrefixPerson + Slug(name) }
func OrgID(name string) string    { return PrefixOrg + Slug(name) }
func PlaceID(name string) string  { return PrefixPlace + Slug(name) }
func CountryID(iso string) string { return PrefixCountry + strings.ToUpper(iso) }

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
// carried by two articles is one statement with two sources.
func StatementID(speakerID, quote, text string) string {
	words := quote
	if words == "" {
		words = text
	}
	return PrefixStatement + shortHash(speakerID, normalizeWords(words))
}

// RoleID identifies a role by person, title and what it belongs to.
func RoleID(personID, title, ofID string) string {
	return PrefixRole + strings.TrimPrefix(personID, PrefixPerson) + ":" + Slug(title) + ":" + ofID
}

func normalizeWords(s string) string {
	return strings.Join(strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}), " ")
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
