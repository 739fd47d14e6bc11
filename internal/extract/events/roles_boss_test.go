package events

import "testing"

// TestRoleBoss covers "boss" written as the title of a named body's head
// before the name ("<body> boss X"), as British news writes it.
func TestRoleBoss(t *testing.T) {
	checkRoles(t, []roleCase{
		{"a known body before the title", "Bundesbank boss Otto Lemm said rates would stay where they are.", "",
			[]string{"Otto Lemm|boss|Bundesbank"}},
		{"a firm the story names", "Vossler Inc posted a loss on Monday. Vossler Inc boss Carl Brandt said the slide would not last.", "",
			[]string{"Carl Brandt|boss|Vossler Inc"}},
		{"a person's boss is no post", "Tom Reddy said his boss Carl Brandt had warned him twice.", "", nil},
		{"no body named", "The boss, Carl Brandt, said the slide would not last.", "", nil},
	})
}
