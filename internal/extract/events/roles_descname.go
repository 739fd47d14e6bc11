package events

import (
	"github.com/actorgraph/actorgraph/internal/extract/mentions"
	"github.com/actorgraph/actorgraph/internal/extract/segment"
)

// descriptorNotHolder reports a definite post ("the president") that
// coreference tied to a person but whose own words say it is not that
// person's: it stands inside a capitalised name ("the film The American
// President", "the President's Council of Economic Advisers",
// "President's Day"). A name in commas right after the post ("the Lord
// Chancellor, Lord Falconer,") needs no check here: coreference gives
// the post to that name.
func (x *extractor) descriptorNotHolder(m *mentions.Mention) bool {
	if m.Kind != mentions.Descriptor {
		return false
	}
	first, last := int(m.First), int(m.Last)
	if first < 0 || last > len(x.d.Tokens) || first >= last {
		return false
	}
	s := &x.d.Sentences[m.Sent]
	start := first
	if m.Title != nil && m.Title.First >= 0 && m.Title.First < start {
		start = m.Title.First // "American President": the country word opens the post
	}
	for k := max(start-1, s.First+1); k < last; k++ {
		if x.d.Tokens[k].Has(segment.FlagCap) && x.lower(k) == "the" && !clauseOpener(x.d.Tokens[k-1], x.text(k-1)) {
			return true // "in The American President": a work's or a paper's name
		}
	}
	if last+1 < s.Last && x.d.Tokens[last].Has(segment.FlagPossessive) {
		if n := x.d.Tokens[last+1]; n.Kind == segment.Word && n.Has(segment.FlagCap) {
			return true // "the President's Council", "President's Day"
		}
	}
	return false
}

// clauseOpener reports a token after which a capital opens a clause of
// its own, not a name: an opening bracket, a dash, a colon or a
// quotation mark ("(The president left.)", "- The president said").
func clauseOpener(t segment.Token, w string) bool {
	if t.Kind == segment.Quote {
		return true
	}
	switch w {
	case "(", "[", "-", "--", "\u2014", "\u2013", ":", "\"", "\u201c", "'", "\u2018":
		return true
	}
	return false
}
