package events

import (
	"strings"

	"github.com/actorgraph/actorgraph/internal/extract/gazetteer"
	"github.com/actorgraph/actorgraph/internal/extract/mentions"
	"github.com/actorgraph/actorgraph/internal/extract/segment"
)

// ---- a group met, its members named ----
//
// "The trio, A, B and C, have met again", "A panel including A, B and C
// will meet on Friday": the subject is a group whose members the clause
// names, set off after a collective noun or "including"; the named
// members are the ones who meet (GUIDELINES §7, 13.4 for members named
// only elsewhere).

// collectiveWord: a noun or numeral heading a group of people named
// after it.
func collectiveWord(w string) bool {
	switch w {
	case "two", "three", "four", "five", "six", "pair", "trio", "quartet", "quintet", "band", "group", "members", "panel", "judges", "couple", "brothers", "sisters":
		return true
	}
	return false
}

// namedMembersSubject reads the subject before the intransitive "met"
// of trigger tr as such a group and returns the named members, or nil.
func (x *extractor) namedMembersSubject(si int, tr trigger) []int {
	s := x.d.Sentences[si]
	j := tr.last
	for j < s.Last && j < tr.last+2 && strings.HasSuffix(x.lower(j), "ly") {
		j++ // "have met publicly"
	}
	if !x.noObjectAfter(si, j) {
		return nil // "the four met X": a group meeting someone else
	}
	k := x.skipAdverbialsTo(s.First, tr.first-1, true)
	if k < s.First {
		return nil
	}
	if x.text(k) == "," {
		k--
	}
	var ps []int
	for k > s.First {
		mi := x.mentionAt(k)
		if mi < 0 {
			return nil
		}
		m := &x.md.Mentions[mi]
		e := x.actor(int(mi))
		if m.Last != k+1 || m.Kind != mentions.Person || m.Possessive || m.InQuote || !x.isPerson(e) {
			return nil
		}
		ps = append(ps, e)
		j := m.First - 1
		// a post before the name: "actor X", "writer Y"
		for n := 0; n < 2 && j > s.First && x.d.Tokens[j].Kind == segment.Word && (!x.d.Tokens[j].Has(segment.FlagCap) || x.honorificAt(j)) && !functionWord(x.lower(j)) && x.lower(j) != "including" && x.lower(j) != "and"; n++ {
			j--
		}
		switch w := x.lower(j); {
		case w == "and" || w == "," && x.lower(j-1) != "" && !collectiveWord(x.lower(j-1)):
			k = j - 1
			if x.text(k) == "," {
				k-- // "A, B, and C"
			}
			continue
		case w == "including" || w == "," && collectiveWord(x.lower(j-1)):
			if len(uniqueEntities(ps)) < 2 {
				return nil
			}
			return uniqueEntities(ps)
		}
		return nil
	}
	return nil
}

// honorificAt: token j is an honorific of the gazetteer's title list
// ("Sir Trevor X", "Dame", "Mr"), which a person mention may leave out.
func (x *extractor) honorificAt(j int) bool {
	e, n := x.g.MatchTitle(x.d, j, j+1)
	return e != nil && n == 1 && e.Class == gazetteer.Honorific
}
