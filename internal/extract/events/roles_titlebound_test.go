package events

import "testing"

// TestRoleTitleAfterSurnameAnd covers "X and Portfolio Minister Y" where X
// is a person named elsewhere in the story: X is a second subject, not
// the first half of a portfolio ("Trade and Industry").
func TestRoleTitleAfterSurnameAnd(t *testing.T) {
	const de = "Germany's exporters gathered in Hanover. Germany's order books are full. "
	checkRoles(t, []roleCase{
		{"a named person before and", de + "Chancellor Otto Brenning opened the fair. Later Brenning and Finance Minister Karl Wessel toured the halls.", "",
			[]string{"Otto Brenning|Chancellor|Germany", "Karl Wessel|Finance Minister|Germany"}},
		{"two portfolios joined by and", de + "Trade and Industry Minister Karl Wessel toured the halls.", "",
			[]string{"Karl Wessel|Trade and Industry Minister|Germany"}},
	})
}

// TestRoleTitleAffiliation covers a faith, a political leaning or a
// departure written before a post: it describes the holder and is no
// word of the title.
func TestRoleTitleAffiliation(t *testing.T) {
	const lb = "Lebanon's cabinet met in Beirut. Lebanon's budget is late. "
	checkRoles(t, []roleCase{
		{"a faith before the portfolio", lb + "The president named Druze Moslem Health Minister Karim Haddad as his envoy.", "",
			[]string{"Karim Haddad|Health Minister|Lebanon"}},
		{"a leaning opening the sentence", lb + "Royalist Prime Minister Karim Haddad opened the session.", "",
			[]string{"Karim Haddad|Prime Minister|Lebanon"}},
		{"a departing holder", lb + "Departing Deputy Finance Minister Karim Haddad spoke.", "",
			[]string{"Karim Haddad|Deputy Finance Minister|Lebanon"}},
		{"a portfolio word stays", lb + "Housing Minister Karim Haddad spoke.", "",
			[]string{"Karim Haddad|Housing Minister|Lebanon"}},
	})
}

// TestRoleFirmAroundQualifier covers a body post after a demonym and
// more capitalised words that together open the name of a firm the
// story names: the firm's post, the words no part of the title.
func TestRoleFirmAroundQualifier(t *testing.T) {
	checkRoles(t, []roleCase{
		{"a firm named in full elsewhere", "American Harbor Co raised its dividend. American Harbor chairman Tom Bellamy said profits rose.", "",
			[]string{"Tom Bellamy|chairman|American Harbor Co"}},
		{"a city name opening the firm's name", "Profits rose at Halvard Dominion Bank. On Monday, said Halvard Dominion president Tom Bellamy, sales rose.", "",
			[]string{"Tom Bellamy|president|Halvard Dominion Bank"}},
		{"the tail of a longer name is no firm", "The Harbor Budget Committee met. Profits rose. The White Harbor Budget chairman Tom Bellamy spoke.", "",
			nil},
		{"a national post stays the country's", "The Japan Trade Association met in Osaka. Japan Trade Minister Taro Kimura said exports rose.", "",
			[]string{"Taro Kimura|Trade Minister|Japan"}},
	})
}

// TestRoleStackedPost covers a capitalised post written right after a
// lower-case one: the name's own post is the capitalised one. A royal
// word stays joined (it may be part of a stage name).
func TestRoleStackedPost(t *testing.T) {
	checkRoles(t, []roleCase{
		{"a candidate who is a senator", "Voters in the United States went to the polls. The presidential candidate Senator Tom Bellamy spoke in Ohio.", "",
			[]string{"Tom Bellamy|Senator|United States"}},
		{"a lower-case rank word stays", "Ecuador's oil exports fell. Ecuador's deputy Energy Minister Rafael Ortiz spoke.", "",
			[]string{"Rafael Ortiz|deputy Energy Minister|Ecuador"}},
	})
}

// TestRoleHyphenatedRank covers a rank word joined to the post by a
// hyphen ("Under-secretary", "vice-premier"): the post is known and the
// name after it a person.
func TestRoleHyphenatedRank(t *testing.T) {
	const cn = "China's exports rose in May. China's grain harvest was good. "
	checkRoles(t, []roleCase{
		{"a capitalised hyphenated post", cn + "Vice-Premier Wu Minghua said the harvest was good.", "",
			[]string{"Wu Minghua|Vice-Premier|China"}},
		{"a lower-case hyphenated post", cn + "On Monday, vice-premier Wu Minghua said the harvest was good.", "",
			[]string{"Wu Minghua|vice-premier|China"}},
		{"an unknown hyphenated word is no post", cn + "On Monday, co-worker Wu Minghua said the harvest was good.", "", nil},
	})
}

// TestRoleSeatPlace covers a state or seat written before a legislator's
// or law officer's post: it says where the holder sits, no word of the
// post. A region before a minister's post stays its portfolio.
func TestRoleSeatPlace(t *testing.T) {
	checkRoles(t, []roleCase{
		{"a state before Senator", "Congress returned to Washington in the United States. Ohio Senator Tom Bellamy said the bill would pass.", "",
			[]string{"Tom Bellamy|Senator|United States"}},
		{"a region naming a minister's portfolio", "Britain's cabinet met in London. Northern Ireland Secretary Tom Bellamy said talks would resume.", "GB",
			[]string{"Tom Bellamy|Northern Ireland Secretary|United Kingdom"}},
	})
}
