package events

import "testing"

// TestRolePartyBranchPosts pins the party office words between a party and
// its post ("party chairman", "parliamentary chairman", "campaign
// spokesman", "election co-ordinator"), with sentences we wrote.
func TestRolePartyBranchPosts(t *testing.T) {
	checkRoles(t, []roleCase{
		{"party chairman after the party", "Labour party chairman Ivo Bell told supporters to stay home.", "GB",
			[]string{"Ivo Bell|party chairman|Labour Party"}},
		{"parliamentary chairman after a two-word party", "The Liberal Democrat parliamentary chairman Rhys Penn dismissed the figures.", "GB",
			[]string{"Rhys Penn|parliamentary chairman|Liberal Democrats"}},
		{"campaign post after a possessive party", "Labour's campaign spokesman Dan Fisk laughed it off.", "GB",
			[]string{"Dan Fisk|campaign spokesman|Labour Party"}},
		{"a listed co-ordinator post", "Conservative policy co-ordinator Nell Ashby called it a gimmick.", "GB",
			[]string{"Nell Ashby|policy co-ordinator|Conservative Party"}},
		{"two office words before the post", "Labour election campaign coordinator Tim Gold hailed the poll.", "GB",
			[]string{"Tim Gold|election campaign coordinator|Labour Party"}},
		{"a country before a party word holds no party post", "The Peruvian party chairman Jorge Quispe spoke.", "", nil},
		{"no body before the party word", "The visit was praised by party chairman Ivo Bell.", "GB", nil},
		{"a bare co-ordinator before a firm is no person's post", "The deal was arranged by coordinator Halvorsen Bank of Oslo.", "", nil},
	})
}
