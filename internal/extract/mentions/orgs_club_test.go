package mentions

import "testing"

// TestClubBeforePosition: a town or club name before a player's position
// or a club's post and a person's full name names the club. Guards: a
// home nation (the national side), a plural nickname, an adjective
// opening the sentence, a manager outside a sport report, a short form of
// a longer club name.
func TestClubBeforePosition(t *testing.T) {
	tests := []orgCase{
		{"town before a position", "The goal came from Tilbury striker Marek Dunn in the second half.",
			[]string{"Tilbury"}, nil},
		{"town and club suffix", "Last season Tilbury United midfielder Marek Dunn scored twice.",
			[]string{"Tilbury United"}, nil},
		{"manager in a sport report", "The striker was dropped. Tilbury boss Ivan Horak said the defender was tired.",
			[]string{"Tilbury"}, nil},
		{"home nation", "The match was watched by England coach Marek Dunn from the stand.",
			nil, []string{"England"}},
		{"plural nickname", "The chance fell to Saints striker Marek Dunn just before half-time.",
			nil, []string{"Saints"}},
		{"adjective opening a sentence", "Inspirational captain Marek Dunn lifted the trophy for the striker's side.",
			nil, []string{"Inspirational"}},
		{"manager outside sport", "Profits rose at the store, Tilbury manager Marek Dunn told staff on Monday.",
			nil, []string{"Tilbury"}},
		{"short form of a longer name", "Tilbury Harbour Rovers won. Rovers striker Marek Dunn scored.",
			nil, []string{"Rovers"}},
	}
	checkOrgs(t, tests)
}
