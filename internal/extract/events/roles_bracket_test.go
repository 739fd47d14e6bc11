package events

import "testing"

// TestRoleBracketedAcronym: an apposition whose holder is followed by its
// short form in brackets still closes ("X, leader of the Y (ABC), said").
func TestRoleBracketedAcronym(t *testing.T) {
	checkRoles(t, []roleCase{
		{"acronym in brackets, then the closing comma", "Tom Berg, the leader of the Acme Workers Union (AWU), said pay would fall.", "GB",
			[]string{"Tom Berg|leader|Acme Workers Union"}},
		{"no article before the post", "Nadia Vos, chairman of the Harbour Freight Association (HFA), spoke to reporters.", "GB",
			[]string{"Nadia Vos|chairman|Harbour Freight Association"}},
		{"bracket at the end of the sentence", "The plan was backed by Nadia Vos, director of the Coastal Fishing Council (CFC).", "GB",
			[]string{"Nadia Vos|director|Coastal Fishing Council"}},
		{"no closing comma after the bracket: no apposition", "Tom Berg, the leader of the Acme Workers Union (AWU) said pay would fall.", "GB", nil},
		{"a lower-case aside in brackets is no short form", "Tom Berg, the leader of the Acme Workers Union (in exile), said pay would fall.", "GB", nil},
	})
}
