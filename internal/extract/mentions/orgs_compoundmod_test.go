package mentions

import "testing"

// TestCompoundModifier: a capitalised word whose hyphenated tail is a
// lower-case participle or descriptive word ("Cash-hit", "Mayor-appointed",
// "Newly-formed") describes the body after it and is no part of its
// name; a capitalised tail belongs to the name. Sentences we wrote.
func TestCompoundModifier(t *testing.T) {
	checkOrgs(t, []orgCase{
		{"hit", "Cash-hit Varden Shipping Co is in talks with its banks.", []string{"Varden Shipping Co"}, []string{"Cash-hit Varden Shipping Co"}},
		{"participle", "Newly-formed Korvia Rail Corporation said fares would rise.", []string{"Korvia Rail Corporation"}, []string{"Newly-formed Korvia Rail Corporation"}},
		{"capitalised tail", "Hale-United Corp said it would sell ships.", []string{"Hale-United Corp"}, nil},
	})
}
