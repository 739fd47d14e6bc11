package embedded

import (
	"strconv"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// Tallies and article claims are stored as JSON and read back with
// encoding/json, but written by the hand-made encoders below: reflection
// was a tenth of the cost of a write. They write the same field names as
// the struct tags (decoding is unchanged) and only the fields the tallies
// use; TestCodecRoundTrip checks both against encoding/json.

const hexDigits = "0123456789abcdef"

// appendString appends s as a JSON string. Invalid UTF-8 becomes U+FFFD,
// as with encoding/json (the store validates text, so it does not occur).
func appendString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xf])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i++
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// jsonObj writes the fields of one JSON object.
type jsonObj struct {
	b     []byte
	first bool
}

func openObj(b []byte) jsonObj { return jsonObj{b: append(b, '{'), first: true} }

func (o *jsonObj) key(k string) {
	if !o.first {
		o.b = append(o.b, ',')
	}
	o.first = false
	o.b = append(o.b, '"')
	o.b = append(o.b, k...)
	o.b = append(o.b, '"', ':')
}

func (o *jsonObj) str(k, v string) {
	o.key(k)
	o.b = appendString(o.b, v)
}

// strOmit writes a string field unless it is empty (omitempty).
func (o *jsonObj) strOmit(k, v string) {
	if v != "" {
		o.str(k, v)
	}
}

func (o *jsonObj) int(k string, v int) {
	o.key(k)
	o.b = strconv.AppendInt(o.b, int64(v), 10)
}

func (o *jsonObj) strs(k string, vs []string) {
	o.key(k)
	o.b = append(o.b, '[')
	for i, v := range vs {
		if i > 0 {
			o.b = append(o.b, ',')
		}
		o.b = appendString(o.b, v)
	}
	o.b = append(o.b, ']')
}

// date writes a PartialDate as its string; the zero date is left out
// (decoding a missing field gives the zero date).
func (o *jsonObj) date(k string, d kg.PartialDate) {
	if !d.IsZero() {
		o.str(k, d.String())
	}
}

// counts writes a tally's counts with sorted keys; omit leaves an empty
// one out.
func (o *jsonObj) counts(k string, c counts, omit bool) {
	if len(c) == 0 {
		if !omit {
			o.key(k)
			o.b = append(o.b, '{', '}')
		}
		return
	}
	o.key(k)
	o.b = append(o.b, '{')
	for i, key := range c.keys() {
		if i > 0 {
			o.b = append(o.b, ',')
		}
		o.b = appendString(o.b, key)
		o.b = append(o.b, ':')
		o.b = strconv.AppendInt(o.b, int64(c[key]), 10)
	}
	o.b = append(o.b, '}')
}

func (o *jsonObj) close() []byte { return append(o.b, '}') }

func (t *actorTally) appendJSON(b []byte) []byte {
	o := openObj(b)
	o.int("n", t.N)
	o.int("m", t.Mentions)
	o.counts("c", t.Canon, false)
	o.counts("a", t.Aliases, true)
	o.counts("i", t.ISO, true)
	o.counts("o", t.OrgKind, true)
	return o.close()
}

func (t *placeTally) appendJSON(b []byte) []byte {
	o := openObj(b)
	o.int("n", t.N)
	o.counts("a", t.Name, false)
	o.counts("c", t.Country, true)
	return o.close()
}

func (t *meetingTally) appendJSON(b []byte) []byte {
	o := openObj(b)
	o.int("n", t.N)
	o.counts("k", t.Kind, false)
	o.counts("s", t.Status, false)
	o.counts("d", t.Date, false)
	o.counts("p", t.Place, true)
	o.counts("a", t.Parts, false)
	o.counts("r", t.Roles, true)
	return o.close()
}

func (t *statementTally) appendJSON(b []byte) []byte {
	o := openObj(b)
	o.int("n", t.N)
	o.counts("s", t.Speaker, false)
	o.counts("w", t.Words, false)
	o.counts("d", t.Date, false)
	o.counts("a", t.About, true)
	return o.close()
}

func (t *roleTally) appendJSON(b []byte) []byte {
	o := openObj(b)
	o.int("n", t.N)
	o.counts("p", t.Person, false)
	o.counts("o", t.Of, true)
	o.counts("t", t.Titles, false)
	return o.close()
}

// appendJSON writes what an article claims: for each fact, the fields its
// tally counts (see the apply methods), nothing else.
func (c *articleClaims) appendJSON(b []byte) []byte {
	o := openObj(b)
	arr := func(k string, n int, item func(i int)) {
		if n == 0 {
			return
		}
		o.key(k)
		o.b = append(o.b, '[')
		for i := 0; i < n; i++ {
			if i > 0 {
				o.b = append(o.b, ',')
			}
			item(i)
		}
		o.b = append(o.b, ']')
	}
	arr("actors", len(c.Actors), func(i int) {
		a := &c.Actors[i]
		e := openObj(o.b)
		e.str("id", a.ID)
		e.str("name", a.Name)
		if len(a.Aliases) > 0 {
			e.strs("aliases", a.Aliases)
		}
		e.strOmit("iso", a.ISO)
		e.strOmit("orgKind", a.OrgKind)
		e.int("mentions", a.Mentions)
		o.b = e.close()
	})
	arr("places", len(c.Places), func(i int) {
		p := &c.Places[i]
		e := openObj(o.b)
		e.str("id", p.ID)
		e.str("name", p.Name)
		e.strOmit("countryId", p.CountryID)
		o.b = e.close()
	})
	arr("meetings", len(c.Meetings), func(i int) {
		m := &c.Meetings[i]
		e := openObj(o.b)
		e.str("id", m.ID)
		e.str("kind", string(m.Kind))
		e.str("status", string(m.Status))
		e.date("date", m.Date)
		e.strOmit("placeId", m.PlaceID)
		e.key("participants")
		e.b = append(e.b, '[')
		for j, p := range m.Participants {
			if j > 0 {
				e.b = append(e.b, ',')
			}
			pe := openObj(e.b)
			pe.str("actorId", p.ActorID)
			pe.strOmit("role", p.Role)
			e.b = pe.close()
		}
		e.b = append(e.b, ']')
		o.b = e.close()
	})
	arr("statements", len(c.Statements), func(i int) {
		s := &c.Statements[i]
		e := openObj(o.b)
		e.str("id", s.ID)
		e.str("speakerId", s.SpeakerID)
		e.strOmit("quote", s.Quote)
		e.str("text", s.Text)
		e.date("date", s.Date)
		if len(s.AboutIDs) > 0 {
			e.strs("aboutIds", s.AboutIDs)
		}
		o.b = e.close()
	})
	arr("roles", len(c.Roles), func(i int) {
		r := &c.Roles[i]
		e := openObj(o.b)
		e.str("id", r.ID)
		e.str("personId", r.PersonID)
		e.str("title", r.Title)
		e.strOmit("ofId", r.OfID)
		e.date("asOf", r.AsOf)
		o.b = e.close()
	})
	return o.close()
}
