package events

import (
	"strings"

	"github.com/actorgraph/actorgraph/internal/extract/gazetteer"
	"github.com/actorgraph/actorgraph/internal/extract/mentions"
	"github.com/actorgraph/actorgraph/internal/extract/segment"
)

// keepRankWord puts back a rank word that opens a title's span before
// the holder's name or adjective ("Deputy U.S. Trade Representative X",
// "Deputy Iranian Finance Minister Y"): the title text keeps only the
// words after the qualifier, but a deputy or an assistant holds another
// post than the principal ("Deputy Trade Representative", not "Trade
// Representative").
func (x *extractor) keepRankWord(t *mentions.Title, title string) string {
	k := int(t.First)
	if k < 0 || k >= len(x.d.Tokens) || x.d.Tokens[k].Kind != segment.Word {
		return title
	}
	w := x.lower(k)
	switch w {
	case "deputy", "assistant", "associate", "vice", "under":
	default:
		return title
	}
	if strings.HasPrefix(strings.ToLower(title), w) {
		return title // written with the title already ("Deputy Prime Minister")
	}
	if t.Of < 0 || int(x.md.Mentions[t.Of].First) != k+1 {
		return title // only the holder's word between the rank and the post
	}
	return x.text(k) + " " + title
}

// rankOrgTitle reads a rank word that the mention finder took for the
// start of a body's name ("Assistant U.S. Treasury Secretary X" read as
// the post "Secretary" of a body "Assistant U.S. Treasury"): no body is
// called that, so the words are the post's own ("Assistant Treasury
// Secretary"), and a country word among them its holder; with none, the
// holder is left to the usual inference (c < 0).
func (x *extractor) rankOrgTitle(t *mentions.Title, title string) (c int, post string, ok bool) {
	if t.Of < 0 || int(t.Of) >= len(x.md.Mentions) {
		return -1, "", false
	}
	om := &x.md.Mentions[t.Of]
	first, last := int(om.First), int(om.Last)
	if om.Kind != mentions.Org || first < 0 || last > len(x.d.Tokens) || last-first < 2 {
		return -1, "", false
	}
	switch x.lower(first) {
	case "deputy", "assistant", "associate", "under":
	default:
		return -1, "", false
	}
	words := []string{x.text(first)}
	iso := ""
	for k := first + 1; k < last; k++ {
		// the longest country word from k ("U.S.", not the "U.S. Treasury"
		// the lists also know): the holder, not part of the post
		n := 0
		for lim := last; lim > k && n == 0; lim-- {
			if e, m := x.g.MatchEntity(x.d, k, lim); e != nil && m > 0 && (e.Kind == gazetteer.Country || e.Kind == gazetteer.Demonym) && e.ISO != "" {
				iso, n = e.ISO, m
			}
		}
		if n > 0 {
			k += n - 1
			continue
		}
		words = append(words, x.text(k))
	}
	c = -1
	if iso != "" {
		c = x.country(iso)
	}
	return c, strings.Join(words, " ") + " " + title, true
}
