package mentions

import "testing"

// TestAdministratorTitle: "Administrator" heads agencies ("NASA
// Administrator X"); unlisted, it was read as the person's first name.
func TestAdministratorTitle(t *testing.T) {
	tests := []struct{ in, name, title string }{
		{"Agency Administrator Lena Ortiz said the rules stand.", "Lena Ortiz", "Administrator"},
		{"Deputy Administrator Paul Wren said the rules stand.", "Paul Wren", "Deputy Administrator"},
		{"Paul Wren, administrator of the Federal Aviation Administration, said the rules stand.", "Paul Wren", "administrator"},
	}
	for _, tc := range tests {
		_, md := find(tc.in)
		found := false
		for _, m := range md.Mentions {
			if m.Name != tc.name {
				continue
			}
			found = true
			title := m.Title
			if title == nil {
				title = m.Appos
			}
			if title == nil || title.Text != tc.title {
				t.Errorf("%q: %q has title %v, want %q", tc.in, tc.name, title, tc.title)
			}
		}
		if !found {
			t.Errorf("%q: %q not found", tc.in, tc.name)
		}
	}
}
