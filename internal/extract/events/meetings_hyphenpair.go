package events

import (
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/internal/extract/gazetteer"
	"github.com/actorgraph/actorgraph/internal/extract/mentions"
	"github.com/actorgraph/actorgraph/internal/extract/segment"
	"github.com/actorgraph/actorgraph/internal/kg"
)

// hyphenPair reads the two sides a hyphenated pair names right before
// the noun trigger at token i: "the Chile-Norway fisheries talks",
// "Kenyan-Peruvian talks", "the Voss-Brandt summit". The pair names the
// encounter's parties as "talks between A and B" does. At most two
// lower-case modifiers stand between the pair and the noun ("free
// trade", "fisheries"). Each side
// is a country (its name or demonym) or a person the story names;
// anything else ("East-West talks", "Franco-German") reads no pair.
func (x *extractor) hyphenPair(si, i int) (pair []int, start int) {
	s := x.d.Sentences[si]
	j := i - 1
	for n := 0; n < 2 && j > s.First; n++ {
		tk := x.d.Tokens[j]
		w := x.lower(j)
		if tk.Kind != segment.Word || tk.Has(segment.FlagCap) || tk.Has(segment.FlagInQuote) || functionWord(w) || isDeterminerWord(w) || isPreposition(w) {
			break
		}
		if w == "summit" || w == "talks" || w == "meeting" {
			return nil, -1 // "a Chile-Peru summit meeting": the first noun's pair
		}
		j--
	}
	if j <= s.First || x.d.Tokens[j].Has(segment.FlagInQuote) {
		return nil, -1
	}
	// "U.S.-Peru": three tokens, the hyphen touching both names
	if mi := x.mentionAt(j); mi >= 0 {
		m := &x.md.Mentions[mi]
		h := m.First - 1
		if m.Last == j+1 && h-1 >= s.First && x.text(h) == "-" &&
			x.d.Tokens[h].Start == x.d.Tokens[h-1].End && x.d.Tokens[h].End == x.d.Tokens[m.First].Start {
			if ai := x.mentionAt(h - 1); ai >= 0 && x.md.Mentions[ai].Last == h {
				a, b := x.pairSide(int(ai)), x.pairSide(int(mi))
				if a >= 0 && b >= 0 && a != b {
					return []int{a, b}, x.md.Mentions[ai].First
				}
			}
			return nil, -1
		}
	}
	// "Kenyan-Peruvian", "Voss-Brandt": one token
	w := x.text(j)
	if !x.d.Tokens[j].Has(segment.FlagCap) || strings.Count(w, "-") != 1 {
		return nil, -1
	}
	p, q, _ := strings.Cut(w, "-")
	a, b := x.pairPart(p), x.pairPart(q)
	if a >= 0 && b >= 0 && a != b {
		return []int{a, b}, j
	}
	return nil, -1
}

// pairSide is the country or person mention mi names, or -1.
func (x *extractor) pairSide(mi int) int {
	m := &x.md.Mentions[mi]
	if m.Possessive || m.InTitle {
		return -1
	}
	switch m.Kind {
	case mentions.Country, mentions.Person, mentions.Surname:
	default:
		return -1
	}
	e := x.actor(mi)
	if e < 0 {
		return -1
	}
	if k := x.cr.Entities[e].Kind; k != kg.KindCountry && k != kg.KindPerson {
		return -1
	}
	return e
}

// pairPart reads one half of a hyphenated pair written as one word: a
// country's name or demonym ("Kenyan", "Peru"), or the surname of the
// one person the story names by it ("Voss").
func (x *extractor) pairPart(p string) int {
	if len(p) < 2 || p[0] < 'A' || p[0] > 'Z' {
		return -1
	}
	if en := x.g.LookupWord(p); en != nil {
		if (en.Kind == gazetteer.Country || en.Kind == gazetteer.Demonym) && en.ISO != "" {
			return x.country(en.ISO)
		}
		return -1
	}
	found := -1
	for e := range x.cr.Entities {
		en := &x.cr.Entities[e]
		if en.Kind != kg.KindPerson {
			continue
		}
		if n := en.Name; n == p || strings.HasSuffix(n, " "+p) || slices.Contains(en.Aliases, p) {
			if found >= 0 {
				return -1 // two people of that name: unclear
			}
			found = e
		}
	}
	return found
}

// addressedOccasion reports a speech verb or noun in the clause before
// the meeting noun at token i ("told a Chile-Peru investors' meeting",
// "gave a speech at a Kenya-Norway trade meeting"): a speech to a
// gathering, which names its audience, not two sides that met (§7).
func (x *extractor) addressedOccasion(cs, i int) bool {
	for k := i - 1; k >= cs && k >= i-10; k-- {
		switch x.lower(k) {
		case "told", "tells", "telling", "addressed", "addresses", "addressing", "address", "remarks", "speech", "speaking", "spoke", "speaks":
			return true
		}
	}
	return false
}

// toldBefore reports a meeting of an earlier sentence that already has
// both sides of pair among its participants: "the Voss-Brandt meeting"
// after "Voss will meet Brandt" names that encounter again (§7: one
// meeting), whose own sentence gave it. An adjective of sequence before
// the pair at token start ("the earlier Voss-Brandt summit", "the next")
// sets another occasion apart.
func (x *extractor) toldBefore(si, start int, pair []int) bool {
	switch x.lower(start - 1) {
	case "earlier", "previous", "first", "last", "next", "new", "second", "third", "latest", "recent", "past", "upcoming":
		return false
	}
	for i := range x.out.Meetings {
		m := &x.out.Meetings[i]
		if m.Span.First >= si {
			continue
		}
		n := 0
		for _, p := range m.Participants {
			if slices.Contains(pair, p.Entity) {
				n++
			}
		}
		if n == len(pair) {
			return true
		}
	}
	return false
}

// earlierOccasion reports "earlier" as the adjective of the meeting noun
// at token at, after a determiner ("at the earlier Voss-Brandt summit",
// "their earlier talks"): an occasion already past. The adverb of a
// verb before the noun ("X earlier proposed a meeting with Y") says
// nothing of the meeting's time.
func (x *extractor) earlierOccasion(at, cs int) bool {
	for k := at - 1; k > cs && k >= at-4; k-- {
		if x.lower(k) != "earlier" {
			continue
		}
		switch x.lower(k - 1) {
		case "the", "an", "their", "his", "her", "its", "our":
			return true
		}
	}
	return false
}
