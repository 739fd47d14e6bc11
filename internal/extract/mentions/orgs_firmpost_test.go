package mentions

import "testing"

// TestFirmsBeforeFirmPost: capitalised words right before a post only a
// company has, itself right before a name, name the firm ("Dorvel Foods
// chief executive Ann Roe"). Guards: a sentence's opening conjunction is
// no part of the name, a title modifier before the post ("Deputy CEO"),
// a lone class noun ("Group CEO"), a lone letter after "and" (the tail
// of "B and C"), a word the article writes inside a longer name, and a
// post a government also has ("Velmar Trust spokesman").
func TestFirmsBeforeFirmPost(t *testing.T) {
	checkOrgs(t, []orgCase{
		{"two words before chief executive", "Prices rose, Dorvel Foods chief executive Ann Roe told reporters.", []string{"Dorvel Foods"}, nil},
		{"opening conjunction", "Although Kestrane Analytics CEO Paul Vance denied it, the deal went ahead.", []string{"Kestrane Analytics"}, []string{"Although Kestrane Analytics"}},
		{"a place word inside the name", "The profit fell, Air Lisbon chief executive Tomas Brevik said.", []string{"Air Lisbon"}, []string{"Lisbon"}},
		{"deputy before the post", "Prices rose, Deputy CEO Ann Roe told reporters.", nil, []string{"Deputy"}},
		{"a lone class noun", "Prices rose, Group CEO Ann Roe told reporters.", nil, []string{"Group"}},
		{"tail of a longer name", "The firm B and C said so. B and C managing director Ann Roe agreed.", nil, []string{"C"}},
		{"inside a longer name elsewhere", "Shares of the Varnholt Brewing group rose. Brewing chief executive Ann Roe was pleased.", nil, []string{"Brewing"}},
		{"no firm-only post", "Prices rose, Velmar Trust spokesman Ann Roe told reporters.", nil, []string{"Velmar Trust spokesman"}},
	})
}
