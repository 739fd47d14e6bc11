package coref

import (
	"testing"

	"github.com/actorgraph/actorgraph/internal/extract/gazetteer"
	"github.com/actorgraph/actorgraph/internal/extract/mentions"
	"github.com/actorgraph/actorgraph/internal/extract/segment"
)

// lastPronounPerson resolves text and returns the person its last pronoun
// stands for, "" when it is left unresolved; a text with no pronoun fails
// the test, since every case is about one.
func lastPronounPerson(t *testing.T, text string) string {
	t.Helper()
	g := gazetteer.Default()
	md := mentions.Find(segment.Segment(text), g)
	r := Resolve(md, g)
	for i := len(md.Mentions) - 1; i >= 0; i-- {
		if md.Mentions[i].Kind != mentions.Pronoun {
			continue
		}
		if e := r.Pronoun(i); e >= 0 {
			return r.Entities[e].Name
		}
		return ""
	}
	t.Fatalf("%q: no pronoun found", text)
	return ""
}
