package mentions

import "testing"

// TestFounderTitle: a founder of a named body holds a post of that body
// (the gold marks "founder of X" as a role), unlike an occupation.
func TestFounderTitle(t *testing.T) {
	tests := []struct{ in, name, title, of string }{
		{"Ada Lind, founder of the Northwind Trust, said the fund would grow.", "Ada Lind", "founder", "Northwind Trust"},
		{"Ada Lind, co-founder of the Northwind Trust, said the fund would grow.", "Ada Lind", "co-founder", "Northwind Trust"},
	}
	for _, tc := range tests {
		eachNamed(t, tc.in, tc.name, func(md *Doc, m *Mention) {
			title := titleOrAppos(m)
			if title == nil {
				t.Errorf("%q: %q has no title", tc.in, tc.name)
				return
			}
			of := ""
			if title.Of >= 0 {
				of = md.Mentions[title.Of].Name
			}
			if title.Text != tc.title || of != tc.of {
				t.Errorf("%q: title %q of %q, want %q of %q", tc.in, title.Text, of, tc.title, tc.of)
			}
		})
	}
}

// TestCoordinatedPostsBeforeName: "Body post and post Name" gives both
// posts to the name, with the body named before them (or "its"); with
// nothing before the first post, the pair is left as it was read.
func TestCoordinatedPostsBeforeName(t *testing.T) {
	tests := []struct{ in, name, title, and, of string }{
		{"Northwind Systems founder and chairman Carl Wong took the firm public.", "Carl Wong", "chairman", "founder", "Northwind Systems"},
		{"Northwind Systems said its president and chief executive Carl Wong quit.", "Carl Wong", "chief executive", "president", ""},
		{"Sales will grow, chairman and president Carl Wong said.", "Carl Wong", "president", "", ""},
	}
	for _, tc := range tests {
		eachNamed(t, tc.in, tc.name, func(md *Doc, m *Mention) {
			if m.Title == nil {
				t.Errorf("%q: %q has no title", tc.in, tc.name)
				return
			}
			of := ""
			if m.Title.Of >= 0 {
				of = md.Mentions[m.Title.Of].Name
			}
			if m.Title.Text != tc.title || m.Title.And != tc.and || of != tc.of {
				t.Errorf("%q: title %q and %q of %q, want %q and %q of %q", tc.in, m.Title.Text, m.Title.And, of, tc.title, tc.and, tc.of)
			}
		})
	}
}
