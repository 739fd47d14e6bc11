package events

import "github.com/actorgraph/actorgraph/internal/extract/mentions"

// talkedPersonInto reports "talked" at token i taking a person as its
// direct object ("talked him into staying", "talked Ann out of it"):
// persuasion, not talks, which take their counterpart after "to" or
// "with".
func (x *extractor) talkedPersonInto(i int) bool {
	mi := x.mentionAt(i + 1)
	if mi < 0 {
		return false
	}
	m := &x.md.Mentions[mi]
	if int(m.First) != i+1 || m.Possessive {
		return false
	}
	switch m.Kind {
	case mentions.Person, mentions.Surname, mentions.Pronoun:
	default:
		return false
	}
	switch x.lower(int(m.Last)) {
	case "into", "out":
		return true
	}
	return false
}
