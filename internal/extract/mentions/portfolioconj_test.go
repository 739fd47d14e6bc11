package mentions

import "testing"

// TestPortfolioConjunction: a portfolio of several words joined by "and"
// ("Minister of Mines and Energy X") split the capitalised run at "and",
// so the last portfolio word opened the holder's name ("Energy X") and
// the post was lost; the run's portfolio words now end the title.
func TestPortfolioConjunction(t *testing.T) {
	tests := []struct {
		in, name, title string
	}{
		{"Minister of Fisheries and Water Rafael Ostrander told the assembly the quota would hold.", "Rafael Ostrander", "Minister of Fisheries and Water"},
		{"Minister of Tourism and Culture Obadele said visitor numbers were up.", "Obadele", "Minister of Tourism and Culture"},
		{"Secretary of State for Health and Housing Maria Quenby opened the clinic.", "Maria Quenby", "Secretary of State for Health and Housing"},
		{"Minister of Foreign Trade and Industry Kenji Morioka warned of tariffs.", "Kenji Morioka", "Minister of Foreign Trade and Industry"},
		{"Director of National Intelligence Paula Wendt briefed the committee on threats.", "Paula Wendt", "Director of National Intelligence"},
		{"Secretary of the Interior Harold Quist toured the flooded valley.", "Harold Quist", "Secretary of the Interior"},
	}
	for _, tc := range tests {
		eachNamed(t, tc.in, tc.name, func(_ *Doc, m *Mention) {
			got := ""
			if m.Title != nil {
				got = m.Title.Text
			}
			if got != tc.title {
				t.Errorf("%q: %q has title %q, want %q", tc.in, tc.name, got, tc.title)
			}
		})
	}
	// without a given name, words after "of the" are a body, not a
	// portfolio before a one-word name
	_, md0 := find("Omar Pelz, head of the International Trade Wing at the central bank, said exports fell.")
	for _, m := range md0.Mentions {
		if m.Name == "Wing" {
			t.Errorf("body's last word read as a name: %q", m.Name)
		}
	}
	// a firm and an initial after "of ... and" are no portfolio: the
	// name keeps its initial
	_, md := find("He will be chairman of Halvorsen and J. Peter Ambrose director.")
	for _, m := range md.Mentions {
		if m.Name == "Peter Ambrose" {
			t.Errorf("initial dropped: %q", m.Name)
		}
	}
}
