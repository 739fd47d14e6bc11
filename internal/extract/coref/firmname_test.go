package coref

import (
	"testing"

	"github.com/actorgraph/actorgraph/internal/extract/gazetteer"
	"github.com/actorgraph/actorgraph/internal/extract/mentions"
	"github.com/actorgraph/actorgraph/internal/extract/segment"
	"github.com/google/go-cmp/cmp"
)

// TestFirmNamedAfterPerson: a bare "Ana Roe" in a story that names "Ana
// Roe Foods Inc" is the firm's short name (an alias of the firm), unless
// a title, an honorific, an appositive or the family name used alone
// shows a person of that name.
func TestFirmNamedAfterPerson(t *testing.T) {
	type ent struct{ Kind, Name string }
	tests := []struct {
		in   string
		name string // a mention's words
		want ent    // its entity
	}{
		{"Norma Vintner Foods Inc said it would buy a bakery. Norma Vintner said the price was fair.",
			"Norma Vintner", ent{"ORGANIZATION", "Norma Vintner Foods Inc"}},
		{"Harold Quill Corp said its sales rose. Harold Quill said the outlook was good.",
			"Harold Quill", ent{"ORGANIZATION", "Harold Quill Corp"}},
		// a person: the family name used alone
		{"Dario Pellworth, head of the firm Dario Pellworth and Co, sold shares. Pellworth said he was pleased.",
			"Dario Pellworth", ent{"PERSON", "Dario Pellworth"}},
		// a person: a title
		{"Norma Vintner Foods Inc said it would buy a bakery, chairman Norma Vintner said.",
			"Norma Vintner", ent{"PERSON", "Norma Vintner"}},
		// "General" before a family name the article uses alone: a general
		{"General Varrick spoke first. Varrick said the troops were ready.",
			"Varrick", ent{"PERSON", "Varrick"}},
		// no firm of that name: still a person
		{"Norma Vintner said the price was fair.",
			"Norma Vintner", ent{"PERSON", "Norma Vintner"}},
	}
	g := gazetteer.Default()
	for _, tc := range tests {
		d := segment.Segment(tc.in)
		md := mentions.Find(d, g)
		r := Resolve(md, g)
		var got ent
		for i, m := range md.Mentions {
			if m.Name != tc.name {
				continue
			}
			if e := r.Entity(i); e != nil {
				got = ent{string(e.Kind), e.Name}
			}
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tc.in, diff)
		}
	}
}
