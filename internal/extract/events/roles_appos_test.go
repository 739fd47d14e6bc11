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

// TestRoleApposWireMarks covers a wire's angle brackets in an
// apposition: around the holder's name ("of <Acme Inc>") or around its
// ticker after it ("of Acme Inc <ACM>"); the brackets do not hide the
// holder nor cut the apposition off.
func TestRoleApposWireMarks(t *testing.T) {
	checkRoles(t, []roleCase{
		{"name in angle brackets", "Mary Lott, president of <Lott Brands Inc>, bought the shares.", "",
			[]string{"Mary Lott|president|Lott Brands Inc"}},
		{"ticker after the name", "Ron Mills, chairman of Rexon Group Inc <REX>, bought the shares.", "",
			[]string{"Ron Mills|chairman|Rexon Group Inc"}},
		{"no comma needed after the ticker", "Ron Mills, chairman of Rexon Group Inc <REX> bought the shares.", "",
			[]string{"Ron Mills|chairman|Rexon Group Inc"}},
		{"no title, no role", "Ron Mills, a longtime customer of <Rexon Group Inc>, bought the shares.", "", nil},
	})
}
