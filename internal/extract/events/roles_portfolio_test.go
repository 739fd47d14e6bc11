package events

import "testing"

// TestRolePortfolioWord covers a one-word body name that is also a
// portfolio ("Labour") right before a minister's post in a story that
// names no such party anywhere else: the portfolio of the home country,
// not a party's post. Where the story names the party as a party, or
// the post is no minister's, the party stays.
func TestRolePortfolioWord(t *testing.T) {
	const br = "Brazil's dockers went on strike. Brazil's ports are idle. "
	checkRoles(t, []roleCase{
		{"a portfolio before Minister", br + "Labour Minister Rui Tavares said talks would resume.", "",
			[]string{"Rui Tavares|Labour Minister|Brazil"}},
		{"the party named as a party", br + "Labour said it backed the strike. Labour Minister Rui Tavares said talks would resume.", "",
			[]string{"Rui Tavares|Minister|Labour Party"}},
		{"a party's MP stays the party's", "Labour MP Rui Tavares said the bill was unfair.", "GB",
			[]string{"Rui Tavares|MP|Labour Party"}},
	})
}
