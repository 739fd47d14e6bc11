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

// TestRoleApposBodyPrefix covers "X, a Brandon spokesman, said": a
// body's post in apposition with capitalised words before it that name
// an organization of the article. Not after a verb whose object the
// name is ("replacing X, a Brandon spokesman said": someone else spoke),
// and not for words that name a place.
func TestRoleApposBodyPrefix(t *testing.T) {
	const firm = "Brandon Foods Inc cut its prices. "
	checkRoles(t, []roleCase{
		{"the opening words of a named firm", firm + "Tom Reed, a Brandon spokesman, said sales were weak.", "",
			[]string{"Tom Reed|spokesman|Brandon Foods Inc"}},
		{"closed by a speech verb after a quotation", firm + `"Sales were weak," Tom Reed, Brandon chairman, told reporters.`, "",
			[]string{"Tom Reed|chairman|Brandon Foods Inc"}},
		{"the name is an object", firm + "The firm named Ann Cole, replacing Tom Reed, a Brandon spokesman said.", "", nil},
		{"a place is no body", firm + "Tom Reed, a Texas spokesman, said sales were weak.", "", nil},
	})
}
