package events

import "testing"

// TestRoleCounterpart pins "his Ruritanian counterpart B": B holds the
// possessor's post in the country named before the word.
func TestRoleCounterpart(t *testing.T) {
	checkRoles(t, []roleCase{
		{"counterpart before the name", "Danish Trade Minister Karen Holm wrote to her Norwegian counterpart Olav Berg on Monday.", "",
			[]string{"Karen Holm|Trade Minister|Denmark", "Olav Berg|Trade Minister|Norway"}},
		{"counterpart set off by commas", "Danish Trade Minister Karen Holm will see her Norwegian counterpart, Olav Berg, in Oslo.", "",
			[]string{"Karen Holm|Trade Minister|Denmark", "Olav Berg|Trade Minister|Norway"}},
		{"a region's counterpart holds no country's post", "Danish Trade Minister Karen Holm met her Ontario counterpart, Olav Berg, on Friday.", "",
			[]string{"Karen Holm|Trade Minister|Denmark"}},
		{"no possessive: whose counterpart is unclear", "Danish Trade Minister Karen Holm said the Norwegian counterpart Olav Berg agreed.", "",
			[]string{"Karen Holm|Trade Minister|Denmark"}},
		{"a possessor with no country's post", "Karen Holm, a Danish farmer, met her Norwegian counterpart Olav Berg.", "", nil},
	})
}

// TestRoleSeatsAndPolice pins posts whose holder the text leaves open:
// a European Parliament seat and a post of an unnamed police force.
func TestRoleSeatsAndPolice(t *testing.T) {
	checkRoles(t, []roleCase{
		{"a bare MEP title", "The row began when MEP Clara Voss quit the group.", "GB", []string{"Clara Voss|MEP|-"}},
		{"a region before an MEP title", "Wessex MEP Clara Voss quit the group.", "GB", []string{"Clara Voss|MEP|-"}},
		{"a police post", "Police spokesman Tom Wells said two men were held.", "GB", []string{"Tom Wells|Police spokesman|-"}},
		{"a town before a police post", "Ashford police chief Tom Wells said two men were held.", "GB", []string{"Tom Wells|police chief|-"}},
		{"a union's post is not the force's", "Police union chief Tom Wells said pay was too low.", "GB", nil},
	})
}

// TestRoleSoleParliament pins "MP X" in a story on one parliament: the
// seat is in that parliament, not the country's.
func TestRoleSoleParliament(t *testing.T) {
	checkRoles(t, []roleCase{
		{"the one parliament the story names", "The Parliament of Westland voted on Tuesday. MP Clara Voss said it was a good day.", "AU",
			[]string{"Clara Voss|MP|Parliament of Westland"}},
		{"two parliaments: the home country", "The Parliament of Westland and the Parliament of Eastland voted. MP Clara Voss said it was a good day.", "AU",
			[]string{"Clara Voss|MP|Australia"}},
		{"the European Parliament seats no MP", "The European Parliament voted. MP Clara Voss said it was a good day.", "GB",
			[]string{"Clara Voss|MP|United Kingdom"}},
		{"a party before the title holds it", "The Parliament of Westland voted. Labour MP Clara Voss said it was a good day.", "GB",
			[]string{"Clara Voss|MP|Labour Party"}},
	})
}

// TestRoleSharedQualifier pins a list of titled names that one country
// qualifies: the bare titles after the first share its country.
func TestRoleSharedQualifier(t *testing.T) {
	checkRoles(t, []roleCase{
		{"a pair", "The envoy will see Danish Prime Minister Karen Holm and Trade Minister Olav Berg on Monday.", "US",
			[]string{"Karen Holm|Prime Minister|Denmark", "Olav Berg|Trade Minister|Denmark"}},
		{"a longer list", "The memo went to Danish Foreign Minister Karen Holm, Finance Minister Olav Berg and Energy Minister Lars Dahl.", "US",
			[]string{"Karen Holm|Foreign Minister|Denmark", "Olav Berg|Finance Minister|Denmark", "Lars Dahl|Energy Minister|Denmark"}},
		{"a post the country does not have", "Japanese Prime Minister Ken Sato and President Tom Reed met in Tokyo.", "US",
			[]string{"Ken Sato|Prime Minister|Japan", "Tom Reed|President|United States"}},
		{"a title of its own country breaks the list", "Danish Prime Minister Karen Holm and Swedish Trade Minister Olav Berg met.", "US",
			[]string{"Karen Holm|Prime Minister|Denmark", "Olav Berg|Trade Minister|Sweden"}},
	})
}

// TestRoleHomeNation pins posts qualified by a nation of the United
// Kingdom: the gold reads England, Scotland, Wales and Northern Ireland
// as the country (GUIDELINES §4); other regions keep an empty holder.
func TestRoleHomeNation(t *testing.T) {
	checkRoles(t, []roleCase{
		{"the nation before the post", "Wales First Minister Carys Pugh said it was clear.", "GB",
			[]string{"Carys Pugh|First Minister|United Kingdom"}},
		{"the nation after of", "First Minister of Scotland Moira Kerr said it was clear.", "GB",
			[]string{"Moira Kerr|First Minister|United Kingdom"}},
		{"a region keeps no holder", "Ontario Premier Tom Wells said it was clear.", "CA",
			[]string{"Tom Wells|Premier|-"}},
		{"a bare regional post keeps no holder", "First Minister Moira Kerr said it was clear.", "GB",
			[]string{"Moira Kerr|First Minister|-"}},
	})
}

// TestRoleFounder pins a founder as a post of the body he founded, and
// a firm's name before two coordinated posts.
func TestRoleFounder(t *testing.T) {
	checkRoles(t, []roleCase{
		{"the body before the post", "Norvex Systems Inc rose. Norvex founder Ada Lind said sales grew.", "US",
			[]string{"Ada Lind|founder|Norvex Systems Inc"}},
		{"in apposition", "Ada Lind, co-founder of Norvex Systems Inc, said sales grew.", "US",
			[]string{"Ada Lind|co-founder|Norvex Systems Inc"}},
		{"a firm opening the sentence before two posts", "Norvex Systems Inc chairman and chief executive officer Ada Lind said sales grew.", "US",
			[]string{"Ada Lind|chief executive officer|Norvex Systems Inc", "Ada Lind|chairman|Norvex Systems Inc"}},
		{"a country's possessive before a body the lists do not know", "Ada Lind, the founder of Sweden's Kestrel Films, said sales grew.", "US", nil},
	})
}

// TestRoleOpeningPlace pins "In <capital>, President X said": the report
// moves to that country, whose post a bare title then names.
func TestRoleOpeningPlace(t *testing.T) {
	checkRoles(t, []roleCase{
		{"a capital opens the sentence", "Oil prices fell. In Caracas, Energy Minister Rosa Paz said output would rise.", "US",
			[]string{"Rosa Paz|Energy Minister|Venezuela"}},
		{"a territory opens the sentence", "In Hong Kong, the envoy met Governor Tom Reed.", "US",
			[]string{"Tom Reed|Governor|Hong Kong"}},
		{"a region says nothing of a national post", "In Texas, Energy Secretary Rosa Paz said output would rise.", "US",
			[]string{"Rosa Paz|Energy Secretary|United States"}},
		{"the country has no such post", "In Tokyo, President Tom Reed said output would rise.", "US",
			[]string{"Tom Reed|President|United States"}},
		{"a title with its own country", "In Caracas, Colombian Energy Minister Rosa Paz said output would rise.", "US",
			[]string{"Rosa Paz|Energy Minister|Colombia"}},
	})
}

// TestRoleCoordinatedPortfolioOpening pins a coordinated portfolio that
// opens the sentence, where its first word is capitalised.
func TestRoleCoordinatedPortfolioOpening(t *testing.T) {
	checkRoles(t, []roleCase{
		{"opening the sentence", "Energy and mines minister, Rosa Paz, said Chile would sell more copper.", "CL",
			[]string{"Rosa Paz|Energy and mines minister|Chile"}},
		{"inside the sentence, as before", "The energy and mines minister Rosa Paz said Chile would sell more copper.", "CL",
			[]string{"Rosa Paz|energy and mines minister|Chile"}},
	})
}

// TestRoleBodyNoun pins "committee chairman X": the one body of that kind
// the article names holds the post.
func TestRoleBodyNoun(t *testing.T) {
	checkRoles(t, []roleCase{
		{"the one committee", "The Senate Fisheries Committee met on Monday. Its vote came late, committee chairman Tom Reed said.", "US",
			[]string{"Tom Reed|chairman|Senate Fisheries Committee"}},
		{"the one party", "The Green Alliance Party held its conference. The film showed party leader Ann Hale.", "GB",
			[]string{"Ann Hale|leader|Green Alliance Party"}},
		{"two committees: which one is unclear", "The Fisheries Committee and the Budget Committee met. Committee members left, committee chairman Tom Reed said.", "US", nil},
		{"a bloc is no union", "The European Union set new quotas. Farmers will protest, union leader Tom Reed said.", "FR", nil},
	})
}

// TestRoleCompanyCoordinated pins a president coordinated with a firm's
// post: no country's president, whatever the home country.
func TestRoleCompanyCoordinated(t *testing.T) {
	checkRoles(t, []roleCase{
		{"president and chief operating officer", "Dana Pruitt, president and chief operating officer, said sales rose.", "US", nil},
		{"vice president and general manager", "Dana Pruitt became vice president and general manager at the plant.", "US", nil},
		{"chairman and president before the name", "Its chairman and president Dana Pruitt said sales rose.", "US", nil},
		{"a bare president keeps the home country", "President Dana Pruitt said the economy grew.", "US",
			[]string{"Dana Pruitt|President|United States"}},
		{"a firm named with the posts holds them", "Dana Pruitt, president and chief executive of Norvex Corp, said sales rose.", "US",
			[]string{"Dana Pruitt|chief executive|Norvex Corp", "Dana Pruitt|president|Norvex Corp"}},
	})
}

// TestRoleBodyWordBefore pins a national-looking title written right
// after a body's head word, or after a name the lists do not know: the
// body's post, not the home country's.
func TestRoleBodyWordBefore(t *testing.T) {
	checkRoles(t, []roleCase{
		{"a bank's president", "The lender grew. Bank President Dana Pruitt said loans rose.", "US", nil},
		{"a commission's president", "Brussels acted. Commission President Dana Pruitt said quotas would stay.", "FR", nil},
		{"a firm's name the lists do not know, lower case post", "Sales rose at Zorvik. Zorvik president Dana Pruitt said so.", "US", nil},
		{"the short name of a firm the article names", "Zorvik Dynamics Inc posted a loss. Zorvik president Dana Pruitt said so.", "US",
			[]string{"Dana Pruitt|president|Zorvik Dynamics Inc"}},
		{"a central bank's president is national", "Prices rose. Central bank president Dana Pruitt said so.", "PE",
			[]string{"Dana Pruitt|Central bank president|Peru"}},
		{"a firm's name in apposition", "Dana Pruitt, Zorvik president, said sales rose.", "US", nil},
		{"a firm's rank", "Dana Pruitt, a senior vice president, said sales rose.", "US", nil},
		{"standing and party colour are no body", "Growth slowed under incumbent Socialist President Dana Pruitt of France.", "FR",
			[]string{"Dana Pruitt|President|France"}},
		{"a weekday before the title", "On Friday President Dana Pruitt said the economy grew.", "US",
			[]string{"Dana Pruitt|President|United States"}},
	})
}

// TestRoleTradeRepresentative pins the one country whose post a bare
// "Trade Representative" names, when the story names that country.
func TestRoleTradeRepresentative(t *testing.T) {
	checkRoles(t, []roleCase{
		{"a story from Tokyo", "Japan will open its rice market to U.S. growers, Trade Representative Tom Reed said in Tokyo.", "JP",
			[]string{"Tom Reed|Trade Representative|United States"}},
	})
}
