package events

import (
	"github.com/actorgraph/actorgraph/internal/extract/mentions"
	"github.com/actorgraph/actorgraph/internal/extract/segment"
	"github.com/actorgraph/actorgraph/internal/kg"
)

// sideNounAfter reads the noun right after the mention mi in a list of
// counterparts when that noun names the side itself rather than a group
// of its people: "talks with the British government", "met the Japanese
// authorities" (the country stands in for its unnamed government,
// GUIDELINES §7), "talks with the United Steelworkers union" (the union
// itself). The noun must end the noun phrase: "Canadian government
// tests", "the UAW union's members" name something else. It returns the
// token after the noun and whether the side is a stand-in, or 0.
func (x *extractor) sideNounAfter(mi int32, last int) (int, bool) {
	m := &x.md.Mentions[mi]
	k := m.Last
	if m.Possessive || m.InQuote || k+1 > last || k >= len(x.d.Tokens) {
		return 0, false
	}
	t := x.d.Tokens[k]
	if t.Kind != segment.Word || t.Has(segment.FlagCap) || t.Has(segment.FlagPossessive) {
		return 0, false
	}
	stand := false
	switch x.lower(k) {
	case "government", "authorities":
		if m.Kind != mentions.Country {
			return 0, false
		}
		stand = true
	case "union":
		if m.Kind != mentions.Org {
			return 0, false
		}
	default:
		return 0, false
	}
	if j := k + 1; j < last {
		if n := x.d.Tokens[j]; n.Kind == segment.Word && !n.Has(segment.FlagCap) && !functionWord(x.lower(j)) && !isDeterminerWord(x.lower(j)) {
			return 0, false // "government tests", "union members"
		}
	}
	return k + 1, stand
}

// brokenDown reports talks or a meeting named as having broken down
// ("the breakdown of talks with X", "the collapse of the negotiations"):
// they were held, whatever the tense of the clause around them
// (GUIDELINES 18.16: stalled or suspended talks were held).
func (x *extractor) brokenDown(cs int, tr trigger) bool {
	if !tr.noun || tr.kind != kg.MeetingTalks && tr.kind != kg.MeetingMeeting {
		return false
	}
	j := tr.first - 1
	if w := x.lower(j); w == "the" || w == "these" || w == "those" {
		j--
	}
	for n := 0; n < 2 && j > cs && x.lower(j) != "of" && x.lower(j) != "in"; n++ {
		j-- // "breakdown of contract talks", "collapse of the pay talks"
	}
	if j <= cs || x.lower(j) != "of" && x.lower(j) != "in" {
		return false
	}
	switch x.lower(j - 1) {
	case "breakdown", "collapse", "failure", "break-down":
		return true
	}
	return false
}

// crossBorderPair reports a coordinated subject of two people holding
// posts of two different countries ("West German Finance Minister A and
// U.S. Treasury Secretary B reaffirmed ... at a meeting", "French
// Defence Minister A and his West German counterpart B agreed ... during
// talks"): with nobody else named, the encounter is theirs. Two people
// of one country ("A and B took a hard line in talks") are one side of
// an encounter told elsewhere, and so are two people "among" those
// attending or joining one.
func (x *extractor) crossBorderPair(si, cs, i int, agents []int) bool {
	if len(agents) != 2 || !x.isPerson(agents[0]) || !x.isPerson(agents[1]) {
		return false
	}
	for k := cs; k < i; k++ {
		switch x.lower(k) {
		case "among", "attend", "attends", "attended", "attending", "join", "joins", "joined", "joining":
			return false // "A and B are among the leaders attending the meeting": a gathering of more
		}
	}
	a, b := x.sideCountry(si, agents[0]), x.sideCountry(si, agents[1])
	return a >= 0 && b >= 0 && a != b
}

// sideCountry is the country person e serves by the roles read so far,
// else by the title written before e's name in sentence si ("U.S.
// Treasury Secretary B", "his West German counterpart B"), or -1.
func (x *extractor) sideCountry(si, e int) int {
	if c := x.personCountry(e); c >= 0 {
		return c
	}
	for _, mi := range x.bySent[si] {
		m := &x.md.Mentions[mi]
		if m.Kind != mentions.Person || x.actor(int(mi)) != e {
			continue
		}
		if m.Title != nil && m.Title.OfISO != "" {
			return x.country(m.Title.OfISO)
		}
		// a country word inside the title ("U.S. Treasury Secretary B",
		// "his West German counterpart B")
		if m.Title == nil {
			continue
		}
		for k := max(m.Title.First, x.d.Sentences[si].First); k < m.First; k++ {
			if cm := x.mentionAt(k); cm >= 0 && x.md.Mentions[cm].Kind == mentions.Country && x.md.Mentions[cm].Last <= m.First {
				if c := x.actor(int(cm)); c >= 0 {
					return c
				}
			}
		}
	}
	return -1
}
