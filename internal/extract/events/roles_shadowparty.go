package events

import "github.com/actorgraph/actorgraph/internal/extract/mentions"

// shadowParty is the party a shadow post with no party beside it belongs
// to: the one party the sentence names outside quotations and other
// people's titles ("The Tories ..., with shadow chancellor X branding
// ...", "shadow secretary X said the new Liberal Democrat plan ..."); a
// party word inside another person's title ("Liberal Democrat spokesman
// Y") is that person's. Else -1.
func (x *extractor) shadowParty(si int) int {
	found := -1
	for _, mi := range x.bySent[si] {
		m := &x.md.Mentions[mi]
		if m.Kind != mentions.Org || m.Entity < 0 || m.InQuote || m.InTitle || !partyBody(&x.cr.Entities[m.Entity]) {
			continue
		}
		if found >= 0 && found != m.Entity {
			return -1 // two parties: which one, the sentence does not say
		}
		found = m.Entity
	}
	return found
}
