package events

import "testing"

// TestRoleCountryInBodyName pins a body's post written after a country
// that a capitalised word opens ("Halvex Canada spokesman X"): the
// country is part of a firm's name, not the post's holder; the holder is
// the firm when the article names it, else nothing. Sentences we wrote.
func TestRoleCountryInBodyName(t *testing.T) {
	checkRoles(t, []roleCase{
		{"an unnamed firm's unit in a country", "Halvex Canada spokesman Tom Reed said the plant would close in May.", "", nil},
		{"the firm the article names", "Norvale Australia Ltd cut its dividend. Norvale Australia chairman Ann Hale said costs rose.", "",
			[]string{"Ann Hale|chairman|Norvale Australia Ltd"}},
		{"a known firm's unit with a lower-case president", "Talks with Ford stalled, Ford Canada president Bob Dunn said on Friday.", "", nil},
		{"an adjective before a demonym stays the country's", "Special Japanese envoy Tom Reed arrived in Lima on Friday.", "",
			[]string{"Tom Reed|envoy|Japan"}},
		{"a national post after a time word", "Yesterday British Farm Minister Ann Hale said prices fell.", "",
			[]string{"Ann Hale|Farm Minister|United Kingdom"}},
	})
}

// TestRoleAbsentHead pins a bare head of government in a story on a
// presidential republic: the home country has no such post, so it is
// not given; its president keeps the country. Sentences we wrote.
func TestRoleAbsentHead(t *testing.T) {
	checkRoles(t, []roleCase{
		{"no prime minister in a presidential republic", "Mexico and Mexico's banks agreed on the loan. Prime Minister Tom Reed welcomed the deal for Mexico.", "", nil},
		{"its president keeps the country", "Mexico and Mexico's banks agreed on the loan. President Tom Reed welcomed the deal for Mexico.", "",
			[]string{"Tom Reed|President|Mexico"}},
	})
}

// TestRolePossessiveCoordinatedPortfolio pins a country's possessive
// opening two capitalised portfolios joined by "and" before the title
// ("Ruritania's Mining and Energy Minister X"): the country holds the
// post, written whole. Sentences we wrote.
func TestRolePossessiveCoordinatedPortfolio(t *testing.T) {
	checkRoles(t, []roleCase{
		{"a possessive before two portfolios", "Tariffs rose in Chile. Peru's Mining and Energy Minister Tom Reed said exports fell.", "",
			[]string{"Tom Reed|Mining and Energy Minister|Peru"}},
		{"a named person before the and", "Tariffs rose in Chile. Peru's Ann Hale and Energy Minister Tom Reed said exports fell.", "", nil},
	})
}
