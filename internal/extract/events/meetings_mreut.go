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
