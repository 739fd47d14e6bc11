package mentions

import "testing"

// TestVerbAfterModal: a lower-case post word right after a modal, or
// after "is to", is the verb ("the charity will host Mr Reed's talk"),
// so the name after it gets no title; after a plain "to" it is the post
// ("spoke to coach Tom Reed"). The sentences are our own.
func TestVerbAfterModal(t *testing.T) {
	tests := []struct {
		in, name, title string // title "" when the name must have none
	}{
		{"The charity will host Tom Reed's talk on Friday.", "Tom Reed", ""},
		{"The charity is to host Tom Reed's talk on Friday.", "Tom Reed", ""},
		{"Ann Cole will head Tom Reed's old team next year.", "Tom Reed", ""},
		// near miss: a noun after "to"
		{"The fans spoke to coach Tom Reed after the game.", "Tom Reed", "coach"},
	}
	for _, tc := range tests {
		eachNamed(t, tc.in, tc.name, func(md *Doc, m *Mention) {
			got := ""
			if ti := titleOrAppos(m); ti != nil {
				got = ti.Text
			}
			if got != tc.title {
				t.Errorf("%q: %q has title %q, want %q", tc.in, tc.name, got, tc.title)
			}
		})
	}
}
