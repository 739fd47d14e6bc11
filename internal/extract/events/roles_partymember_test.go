package events

import "testing"

// TestRolePartyMember covers party membership stated with the noun
// (GUIDELINES 20.4): a required role "member" of the named party, for
// one person or each of a listed subject.
func TestRolePartyMember(t *testing.T) {
	checkRoles(t, []roleCase{
		{"copula with one person", "Observers noted that Helmut Grass is a member of the Free Farmers Party, which opposes the plan.", "",
			[]string{"Helmut Grass|member|Free Farmers Party"}},
		{"apposition after the name", "Lena Voigt, a member of the Labour Party, told reporters the vote was lost.", "",
			[]string{"Lena Voigt|member|Labour Party"}},
		{"a listed subject, each a member", "Ana Ruiz, Tomas Vega, and Luis Cordero are all members of the Labour Party.", "",
			[]string{"Luis Cordero|member|Labour Party", "Tomas Vega|member|Labour Party", "Ana Ruiz|member|Labour Party"}},
		{"a former membership", "Lena Voigt, a former member of the Labour Party, told reporters the vote was lost.", "", nil},
		{"a past membership", "Helmut Grass was a member of the Free Farmers Party until 1990.", "", nil},
		{"a unit of the party", "Lena Voigt, a member of the Labour Party's youth wing, told reporters the vote was lost.", "", nil},
		{"a subject that is not all named people", "Ana Ruiz and many others are members of the Labour Party.", "", nil},
	})
}
