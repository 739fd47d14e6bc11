package mentions

import "testing"

// TestAcronymHolder: an unknown acronym right before a body's post and a
// name is an organization ("KTWU president Ann Roe"). Guards: a
// person's post with no name after it (a product's name: "the QRX
// controller, network cables"), an acronym after another capitalised
// word (the tail of a longer name), dotted abbreviations of places.
func TestAcronymHolder(t *testing.T) {
	checkOrgs(t, []orgCase{
		{"acronym before president", "The strike went on, KTWU president Ann Roe told the rally.", []string{"KTWU"}, nil},
		{"acronym before executive director", "The plan was drafted by VXCO executive director Tom Bellamy on Monday.", []string{"VXCO"}, nil},
		{"no name after the post", "It sells the QRX controller, network cables and software.", nil, []string{"QRX"}},
		{"after another capitalised word", "The loss was small, said Borka KTWU president Ann Roe.", nil, []string{"KTWU"}},
	})
}

func TestAcronymShape(t *testing.T) {
	for w, want := range map[string]bool{"NUM": true, "AFL-CIO": true, "UNITA": true, "U.S.": false, "N.J.": false, "G7": false, "A": false, "ABCDEFG": false, "-AB": false, "AB-": false, "A-B-C": false} {
		if got := acronymShape(w); got != want {
			t.Errorf("acronymShape(%q) = %v, want %v", w, got, want)
		}
	}
}
