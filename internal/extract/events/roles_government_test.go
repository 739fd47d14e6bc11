package events

import "testing"

// TestRoleGovernmentPost covers "government" before a body's post
// ("government spokesman X", "X, the government spokeswoman,", "X, the
// government's transport minister,"): the post is the nation's, held for
// the country the story names. Not a local government's beat, and not
// when the story names no country at all.
func TestRoleGovernmentPost(t *testing.T) {
	const ctx = "Portugal raised its grain quotas on Monday. Portuguese farmers cheered in Lisbon. "
	checkRoles(t, []roleCase{
		{"before the name", ctx + "Government spokesman Tom Varga said the quotas would stay.", "",
			[]string{"Tom Varga|spokesman|Portugal"}},
		{"in apposition", ctx + "Tom Varga, the government spokeswoman, said the quotas would stay.", "",
			[]string{"Tom Varga|government spokeswoman|Portugal"}},
		{"the government's post in apposition", ctx + "Tom Varga, the government's transport minister, said the quotas would stay.", "",
			[]string{"Tom Varga|transport minister|Portugal"}},
		{"a local government beat is no national post", ctx + "Local government spokesman Tom Varga said the quotas would stay.", "", nil},
		{"no country named", "The quotas rose on Monday. Government spokesman Tom Varga said they would stay.", "", nil},
	})
}
