package mentions

import "testing"

// TestUnionNames: a labour union named without "Union" ends in its
// members' word ("Workers", "Steelworkers", "Mineworkers"), alone or
// before "of" and a place. Guards: the word opening a sentence ("Workers
// of the X firm"), a capitalised word after it ("Workers Commissions"),
// the tail of a longer name after a comma or "and".
func TestUnionNames(t *testing.T) {
	checkOrgs(t, []orgCase{
		{"auto workers", "The Federated Auto Workers rejected the offer on Friday.", []string{"Federated Auto Workers"}, nil},
		{"of a country", "Talks with the Allied Steelworkers of Canada resumed.", []string{"Allied Steelworkers of Canada"}, nil},
		{"mineworkers", "Delegates of the Northern Mineworkers voted to strike.", []string{"Northern Mineworkers"}, nil},
		{"opening a sentence", "Workers of the Velmar firm want a pay rise.", nil, []string{"Workers of the Velmar"}},
		{"capital after it", "The Northern Workers Commissions said prices rose.", nil, []string{"Northern Workers"}},
		{"tail of a list name", "Members of the Bakery, Dairy and Sugar Workers walked out.", nil, []string{"Sugar Workers"}},
	})
}
