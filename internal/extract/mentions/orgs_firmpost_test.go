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

// TestPlaceOpenedFirm: a place or country word opening the name of the
// holder of a company post written "X, post of/at ORG" starts the firm's
// name ("Norland" is a place in no list, so "Texas" and "China" stand in).
// Guards: a lone department word after the place, a lower-case word
// after the run (a description, not a name), a post no company has.
func TestPlaceOpenedFirm(t *testing.T) {
	checkOrgs(t, []orgCase{
		{"place then one word", "Dana Wirt, chairman of Texas Plover, said the fares would rise.", []string{"Texas Plover"}, nil},
		{"country then two words", "Lin Moy, chief executive of China Velt Shipping, was questioned.", []string{"China Velt Shipping"}, nil},
		{"at and a speech verb", "Omar Held, a director at Texas Brindle said the market was calm.", []string{"Texas Brindle"}, nil},
		{"a department word", "Ann Holt, head of Texas Sales, said it was slow.", nil, []string{"Texas Sales"}},
		{"lower-case word after the run", "Ann Holt, head of Texas Plover operations, said it was slow.", nil, []string{"Texas Plover"}},
		{"no company post", "Ann Holt, mayor of Texas Plover, said it was slow.", nil, []string{"Texas Plover"}},
	})
}

// TestPlaceOpenedFirmHolder: the firm holds the post.
func TestPlaceOpenedFirmHolder(t *testing.T) {
	d, md := find("Dana Wirt, chairman of Texas Plover, said the fares would rise.")
	for _, m := range md.Mentions {
		if m.Kind != Person || m.Appos == nil {
			continue
		}
		if m.Appos.Of < 0 || d.Text[md.Mentions[m.Appos.Of].Start:md.Mentions[m.Appos.Of].End] != "Texas Plover" {
			t.Fatalf("chairman of: want Texas Plover, got %+v", m.Appos)
		}
		return
	}
	t.Fatal("no appositive post for Dana Wirt")
}
