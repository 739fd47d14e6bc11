package mentions

import "testing"

// TestPostOfState: "State" is a stop word, so a name after "<post> of
// State" began a run of its own and lost the post ("Undersecretary of
// State X" had no role); the post now takes "of State" and a portfolio
// after it. A ministry's name after "of State" is no such post.
func TestPostOfState(t *testing.T) {
	tests := []struct {
		in, name, title string // title "" when the name must get none
	}{
		{"Undersecretary of State Lena Hartwell flew to Lima.", "Lena Hartwell", "Undersecretary of State"},
		{"Deputy Secretary of State Oscar Pellew met the envoys.", "Oscar Pellew", "Deputy Secretary of State"},
		{"Assistant Secretary of State Gaston Rivard briefed reporters.", "Gaston Rivard", "Assistant Secretary of State"},
		{"The plan is sound, Minister of State Omar Kessel said.", "Omar Kessel", "Minister of State"},
		{"Minister of State for Finance Tomas Brill said rates would fall.", "Tomas Brill", "Minister of State for Finance"},
		{"Under Secretary of State for Economic Affairs Walter Penn spoke.", "Walter Penn", "Under Secretary of State for Economic Affairs"},
		{"Secretary of State Carla Dunmore spoke.", "Carla Dunmore", "Secretary of State"},
		{"Lena Hartwell, a friend of State Senator Moss, spoke.", "Lena Hartwell", ""},
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
	// "Minister of State Security X" names a ministry: no "of State" post
	_, md := find("Minister of State Security Wen Lao spoke.")
	for _, m := range md.Mentions {
		if m.Title != nil && m.Title.Text == "Minister of State" {
			t.Errorf("%q read as a post of State", m.Name)
		}
	}
}
