package mentions

import "testing"

// TestBarePossessiveApposition pins an apposition whose post is owned by
// a plural possessive written with a lone apostrophe ("Dunmore Mills'
// vice president"): the post shows the unlisted name before it is a
// person's. Near miss: a closing quote mark after a word not ending in
// s, x or z is no possessive, so no apposition vouches for the name.
func TestBarePossessiveApposition(t *testing.T) {
	checkPersons(t, []personCase{
		{"plural possessive owner of the post", "Barlow Quint, Dunmore Mills' vice president, will retire in May.", []string{"Barlow Quint"}, nil},
		{"possessive in x", "Barlow Quint, Dunmorex' vice president, will retire in May.", []string{"Barlow Quint"}, nil},
		{"closing quote, not a possessive", "Barlow Quint, 'Dunmore Bay' vice president of nothing, sang.", nil, []string{"Barlow Quint"}},
	})
}
