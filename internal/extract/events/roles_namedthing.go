package events

import (
	"strings"

	"github.com/actorgraph/actorgraph/internal/extract/mentions"
	"github.com/actorgraph/actorgraph/internal/extract/segment"
)

// monarchThing reports a monarch's bare title written right after an
// article. Before a name ("the Queen Mary liner", "the King Fahd
// causeway", "in the Queen Vic") English puts no article before "King X"
// for the person, so the words name a thing called after a monarch (a
// ship, a pub, a building). Alone ("the Queen", "the King's Cup") the
// roles loop only sees it resolved to someone the text never titles at
// all, so coreference guessed a holder the text does not give (the
// title is a throne, a film's "Return of the King").
func (x *extractor) monarchThing(t *mentions.Title, m *mentions.Mention) bool {
	if t != m.Title || t.Appositive || t.Head == nil || !t.Head.Lead {
		return false
	}
	switch t.Head.Name {
	case "King", "Queen", "Emperor", "Empress", "Sultan", "Emir":
	default:
		return false
	}
	// the title word: right before the name, or the last word of "the Queen"
	h := int(m.First) - 1
	if m.Kind == mentions.Descriptor {
		h = int(m.Last) - 1
	}
	if h <= int(x.d.Sentences[m.Sent].First) || h >= len(x.d.Tokens) || !strings.EqualFold(x.text(h), t.Head.Name) || x.d.Tokens[h-1].Kind != segment.Word {
		return false
	}
	switch x.lower(h - 1) {
	case "the", "a", "an":
		return true
	}
	return false
}
