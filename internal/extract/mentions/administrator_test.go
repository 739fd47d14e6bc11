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
		eachNamed(t, tc.in, tc.name, func(_ *Doc, m *Mention) {
			if title := titleOrAppos(m); title == nil || title.Text != tc.title {
				t.Errorf("%q: %q has title %v, want %q", tc.in, tc.name, title, tc.title)
			}
		})
	}
}
