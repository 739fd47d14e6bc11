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
