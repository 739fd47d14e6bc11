package events

import (
	"github.com/actorgraph/actorgraph/internal/extract/mentions"
	"github.com/actorgraph/actorgraph/internal/extract/segment"
)

// Meeting participants the text names by reference: a post qualified by a
// place ("his Alberta counterpart, X"); "their summit" is theirPair's
// (meetings_theirnear.go).

// placeQualifiedTitle reads a place mention mi that stands between a
// determiner and a post ("his Alberta counterpart", "the Ontario
// premier"): the place only qualifies the post, whose holder may follow.
// It returns the token of the post, or -1.
func (x *extractor) placeQualifiedTitle(mi, limit int) int {
	m := &x.md.Mentions[mi]
	if m.Kind != mentions.Place || m.Possessive || m.InQuote || m.First == 0 || m.Last >= limit {
		return -1
	}
	switch x.lower(m.First - 1) {
	case "his", "her", "their", "its", "the":
	default:
		return -1
	}
	if e, _ := x.g.MatchTitle(x.d, m.Last, limit); e == nil {
		return -1
	}
	return m.Last
}

// reportVerb: the verbs that make their subject the reporter of what
// follows ("X said", "X noted"), narrower than the speech verbs: "X
// agreed with Y at their summit" keeps X.
func reportVerb(w string) bool {
	switch w {
	case "said", "says", "told", "tells", "noted", "notes", "added", "adds", "reported", "reports", "stated", "announced", "wrote", "writes":
		return true
	}
	return false
}

// lookingForward reports "look forward to" ("look", "looks", "looking";
// not the past "looked") within the few words before the trigger at token i, outside
// quotations: "is looking forward to his talks with X", "looks forward
// to meeting Y". The encounter is still to come.
func (x *extractor) lookingForward(cs, i int) bool {
	for k := i - 1; k >= cs+1 && k >= i-5; k-- {
		if x.lower(k) != "to" || x.lower(k-1) != "forward" || k-2 < cs {
			continue
		}
		switch x.lower(k - 2) {
		case "look", "looks", "looking":
			return !x.d.Tokens[k].Has(segment.FlagInQuote)
		}
	}
	return false
}
