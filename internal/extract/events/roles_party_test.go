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

// TestRoleSpokesmanForBody pins "a spokesman for BODY, Name," (the "for"
// twin of "the director of BODY, Name,") with sentences we wrote.
func TestRoleSpokesmanForBody(t *testing.T) {
	checkRoles(t, []roleCase{
		{"spokesman for a body, then the name in commas", "A spokesman for the European Commission, Karl Wenz, said talks went well.", "",
			[]string{"Karl Wenz|spokesman|European Commission"}},
		{"spokesperson for a ministry, then the name", "The spokesperson for the Ruritanian Foreign Ministry, Ivo Marek, said no.", "",
			[]string{"Ivo Marek|spokesperson|Ruritanian Foreign Ministry"}},
		{"no comma: the body's last word is no name", "A spokesman for Northern Aerospace said the plant would close.", "", nil},
		{"only a spokesman speaks for a body", "The candidate for the Liberal Party, Ann Hale, spoke first.", "", nil},
	})
}

// TestRolePredicatePossessor pins a predicate title whose holder is a
// possessive before it ("was sworn in as Chile's new president") and
// "sworn in as", with sentences we wrote.
func TestRolePredicatePossessor(t *testing.T) {
	checkRoles(t, []roleCase{
		{"sworn in as a country's new post", "Ivo Marek was sworn in as Chile's new president on Monday.", "",
			[]string{"Ivo Marek|president|Chile"}},
		{"who is a country's minister", "The talks were led by Ana Ruiz, who is Peru's mining minister, in Lima.", "",
			[]string{"Ana Ruiz|mining minister|Peru"}},
		{"sworn in as a local post", "Ann Hale was sworn in as governor on Friday.", "", []string{"Ann Hale|governor|-"}},
		{"the head runs on into a longer post", "Pablo Soto, who is Chile's chief debt negotiator, spoke.", "", nil},
		{"a possessive without a title", "Acme has been Chile's main client since 1990, said Ana Ruiz.", "", nil},
	})
}
