package events

import "testing"

// TestRoleBureauDateline covers a bare minister's post in a story filed
// from a bureau whose country the text never names, about another
// country: the post is the story's country's, not the dateline's. Not
// when the text names the dateline's country, not for a post the story's
// country lacks, and not for posts outside the ministries (a cabinet
// secretary, a president) that wires write bare from everywhere.
func TestRoleBureauDateline(t *testing.T) {
	checkRoles(t, []roleCase{
		{"a minister in a story on another country", "PARIS, March 3 - Senegal expects its farm output to grow. Senegal will also cut its debt, and Senegal hopes for new aid. Finance Minister Abdou Sarr said the plan would work.", "",
			[]string{"Abdou Sarr|Finance Minister|Senegal"}},
		{"the dateline's country named in the text", "PARIS, March 3 - Senegal expects its farm output to grow. Senegal will also cut its debt, and Senegal hopes for French aid. Finance Minister Abdou Sarr said the plan would work.", "",
			[]string{"Abdou Sarr|Finance Minister|France"}},
		{"a cabinet secretary stays the dateline's", "WASHINGTON, March 3 - Brazil expects its farm output to grow. Brazil will also cut its debt, and Brazil hopes for new aid. Treasury Secretary Tom Bellamy said the plan would work.", "",
			[]string{"Tom Bellamy|Treasury Secretary|United States"}},
		{"a territory has no ministers", "HONG KONG, March 3 - Japan expects its exports to grow. Japan will also cut its rates, and Japan hopes for more trade. Prime Minister Ken Sato said the plan would work.", "",
			[]string{"Ken Sato|Prime Minister|Japan"}},
	})
}

// TestRoleLocaleAbroad covers a bare national post in a paper's story on
// another country that never names the paper's own country: no default
// to the paper's country; a head of government goes to the one country
// that can hold the post. Not when the paper's country is named, nor when
// no other country is named often.
func TestRoleLocaleAbroad(t *testing.T) {
	checkRoles(t, []roleCase{
		{"a minister in a story on abroad", "Chile and Peru want lower rates. Chile and Peru will meet, and Chile and Peru hope for a deal. Finance minister Hugo Sanz said the talks went well.", "GB", nil},
		{"a head of government goes to the one country with the post", "Israel plans a new bank chief. Israel's markets rose on the news, and Israel's currency held against the United States dollar. His nomination by Prime Minister Tom Bellamy came as a surprise in the United States.", "GB",
			[]string{"Tom Bellamy|Prime Minister|Israel"}},
		{"the paper's country named", "Chile wants lower rates from Britain. Chile and Peru will meet, and Chile hopes for a deal. Finance minister Hugo Sanz said the talks went well.", "GB",
			[]string{"Hugo Sanz|Finance minister|United Kingdom"}},
		{"a home story naming another country once", "Labour wants lower rates. The party met in Leeds after a trip to Chile. Home Secretary Jane Hale said the talks went well.", "GB",
			[]string{"Jane Hale|Home Secretary|United Kingdom"}},
	})
}
