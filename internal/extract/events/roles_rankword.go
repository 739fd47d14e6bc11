package events

import (
	"strings"

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
