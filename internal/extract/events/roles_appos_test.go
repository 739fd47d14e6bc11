package events

import "testing"

// TestRoleApposShortFormAfterTail covers an apposition whose holder has
// lower-case words inside its name and its short form in brackets
// before the closing comma: the brackets do not cut the apposition off.
func TestRoleApposShortFormAfterTail(t *testing.T) {
	checkRoles(t, []roleCase{
		{"short form after a name with 'on'", "Tom Barlow, chairman of the Regional Commission on Fair Trade (RCFT), said prices rose.", "",
			[]string{"Tom Barlow|chairman|Regional Commission on Fair Trade"}},
		{"no short form", "Tom Barlow, chairman of the Regional Commission on Fair Trade, said prices rose.", "",
			[]string{"Tom Barlow|chairman|Regional Commission on Fair Trade"}},
		{"brackets that are no short form", "Tom Barlow, chairman of the Regional Commission on Fair Trade (which he founded in 1980) said prices rose.", "", nil},
	})
}
