package events

import "testing"

// TestRoleShadowWords pins "shadow" written a few portfolio words before
// the post the lists know ("Tory shadow overseas aid secretary X"): the
// opposition party's post with all its words, never the country's, with
// sentences we wrote.
func TestRoleShadowWords(t *testing.T) {
	checkRoles(t, []roleCase{
		{"party, shadow, two portfolio words", "Conservative shadow rural development secretary Tom Pellow mocked the budget.", "GB",
			[]string{"Tom Pellow|shadow rural development secretary|Conservative Party"}},
		{"shadow right before the post stays as it was", "Labour shadow home secretary Ann Bell agreed with the plan.", "GB",
			[]string{"Ann Bell|shadow home secretary|Labour Party"}},
		{"no party before shadow: no post, not the country's", "Yesterday shadow local government secretary Ruth Kane spoke in Leeds.", "GB", nil},
		{"a name between shadow and the post ends the phrase", "Chancellor Ivo Bell met the shadow team on Monday.", "GB",
			[]string{"Ivo Bell|Chancellor|United Kingdom"}},
	})
}

// TestRoleDefiniteBodyPossessor pins "the company's chairman" standing
// for the one company the story names, before or after the name, with
// sentences we wrote.
func TestRoleDefiniteBodyPossessor(t *testing.T) {
	checkRoles(t, []roleCase{
		{"possessive post in commas before the name", "Pellow Foods Corp reported a loss. The company's chief executive, Jane Doyle, blamed the weather.", "",
			[]string{"Jane Doyle|chief executive|Pellow Foods Corp"}},
		{"possessive post before the name, no commas", "Pellow Foods Corp reported a loss. The firm's chairman Tim Rowe blamed the weather.", "",
			[]string{"Tim Rowe|chairman|Pellow Foods Corp"}},
		{"two companies: which one, the text does not say", "Pellow Foods Corp bid for Marsh Dairy Inc. The company's chief executive, Jane Doyle, blamed the weather.", "", nil},
		{"a qualified noun names another body", "Pellow Foods Corp reported a loss. The Swiss company's chief executive, Jane Doyle, blamed the weather.", "", nil},
		{"the one company named only inside another phrase", "Ivo Marek signed a pact with the Pellow Foods Corp. The company's chief executive, Jane Doyle, praised it.", "", nil},
		{"a noun that is no kind of body", "Pellow Foods Corp reported a loss. The plan's chief critic, Jane Doyle, blamed the weather.", "", nil},
	})
}

// TestRoleDelegationHead pins "X, head of the Ruritanian delegation,":
// the post belongs to the country or body the delegation stands for,
// with sentences we wrote.
func TestRoleDelegationHead(t *testing.T) {
	checkRoles(t, []roleCase{
		{"head of a bloc's delegation", "Tom Pellow, head of the EC delegation, said the round had failed.", "",
			[]string{"Tom Pellow|head|European Union"}},
		{"a rank before the head word, a demonym", "Ivo Marek, deputy leader of the Polish delegation in Geneva, asked for a recess.", "",
			[]string{"Ivo Marek|deputy leader|Poland"}},
		{"a negotiating team", "Ann Hale, chief of the Canadian negotiating team, left early.", "",
			[]string{"Ann Hale|chief|Canada"}},
		{"another unit noun is no delegation", "Ann Hale, head of the Canadian trade office, left early.", "", nil},
		{"the delegation's own staff", "Ann Hale, head of the EC delegation's press office, left early.", "", nil},
	})
}

// TestRolePossessedBodyAfterOf pins a post "of Ruritania's Kreditbank":
// the country's possessive before a body's name is not the post's
// holder, whatever the post's head; a legislature may stand for the
// country, and a possessive before the post is the country's, with
// sentences we wrote.
func TestRolePossessedBodyAfterOf(t *testing.T) {
	checkRoles(t, []roleCase{
		{"chairman of a country's bank the lists do not know", "Hans Bauer, chairman of Austria's Kreditbank-Verein, said profits rose.", "", nil},
		{"head of a country's board", "Ivo Marek, head of Poland's Export Board, agreed.", "", nil},
		{"a legislature may stand for its country", "Ali Karimi, speaker of Iran's Parliament, spoke.", "",
			[]string{"Ali Karimi|speaker|Iran"}},
		{"the possessive before the post", "Canada's Foreign Minister Joe Kerr spoke.", "",
			[]string{"Joe Kerr|Foreign Minister|Canada"}},
	})
}

// TestRoleDistrictAttorney pins "District Attorney X": a county's or a
// city's prosecutor, whose holder stays open like a mayor's, with
// sentences we wrote.
func TestRoleDistrictAttorney(t *testing.T) {
	checkRoles(t, []roleCase{
		{"a borough before the post", "The mayor was sued by Brooklyn District Attorney Ivo Marek in New York.", "US",
			[]string{"Ivo Marek|District Attorney|-"}},
		{"the office, no person", "The District Attorney's office in Dallas declined to comment.", "US", nil},
	})
}

// TestRoleShadowWithLeader pins a shadow post joined by "and" to a party
// leader whose post the story gave earlier ("Mr Pellow and (his) shadow
// chancellor X"): the leader's party's post, with sentences we wrote.
func TestRoleShadowWithLeader(t *testing.T) {
	const lead = "Tory leader Tom Pellow toured Kent on Friday. "
	checkRoles(t, []roleCase{
		{"joined to the leader", lead + "A leaflet showed Mr Pellow and shadow chancellor Ruth Kane on a bus.", "GB",
			[]string{"Tom Pellow|leader|Conservative Party", "Ruth Kane|shadow chancellor|Conservative Party"}},
		{"his shadow post", lead + "Mr Pellow and his shadow chancellor Ruth Kane rode a bus.", "GB",
			[]string{"Tom Pellow|leader|Conservative Party", "Ruth Kane|shadow chancellor|Conservative Party"}},
		{"joined to someone who leads no party", "Ivo Marek toured Kent on Friday. Mr Marek and shadow chancellor Ruth Kane rode a bus.", "GB", nil},
	})
}
