package coref

import (
	"testing"

	"github.com/actorgraph/actorgraph/internal/extract/gazetteer"
	"github.com/actorgraph/actorgraph/internal/extract/mentions"
	"github.com/actorgraph/actorgraph/internal/extract/segment"
)

// TestFirmShortName: a lone word no person of the story bears, that
// opens the name of the one firm the story names with a legal ending
// or a trade's head word ("Airlines"; or is the whole name of a body it
// names), is that body; not when a
// person of the story bears it, two bodies open with it, or a
// capitalised word follows it.
func TestFirmShortName(t *testing.T) {
	tests := []struct {
		in, word, want string // want: the entity's name, "" unresolved or a person
	}{
		{"Brantwell Widgets Corp cut its dividend. Analysts said Brantwell had little choice.", "Brantwell", "Brantwell Widgets Corp"},
		{"Brantwell Widgets Corp cut its dividend. Brantwell's chairman resigned.", "Brantwell", "Brantwell Widgets Corp"},
		// a company named by its trade ("Airlines"), not a public body
		{"Kestrel Airlines cut its fares. Kestrel's chief executive quit.", "Kestrel", "Kestrel Airlines"},
		{"Quenby College cut its fees. Quenby's chief executive quit.", "Quenby", ""},
		// a trade's tail that no surname ends a firm's name as well
		{"Kestrel Equipment said it cut its prices. Kestrel's chief executive quit.", "Kestrel", "Kestrel Equipment"},
		// a person of the story bears the word
		{"Brantwell Widgets Corp cut its dividend, said Nora Brantwell. Brantwell had little choice.", "Brantwell", ""},
		// two firms open with the word
		{"Brantwell Widgets Corp cut its dividend. Brantwell Foods Inc kept its own. Analysts said Brantwell had little choice.", "Brantwell", ""},
		// a longer name the lists do not know
		{"Brantwell Widgets Corp cut its dividend. Brantwell Canada kept its own.", "Brantwell", ""},
	}
	g := gazetteer.Default()
	for _, tc := range tests {
		d := segment.Segment(tc.in)
		md := mentions.Find(d, g)
		r := Resolve(md, g)
		got := ""
		for i := range md.Mentions {
			m := &md.Mentions[i]
			if m.Name != tc.word || m.Sent == 0 {
				continue
			}
			if e := r.Entity(i); e != nil && e.Kind == "ORGANIZATION" {
				got = e.Name
			}
		}
		if got != tc.want {
			t.Errorf("%q: %q is %q, want %q", tc.in, tc.word, got, tc.want)
		}
	}
}
