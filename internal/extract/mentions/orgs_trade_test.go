package mentions

import "testing"

// TestTradePluralFirms: a firm's trade word in the plural ("Stores",
// "Foods", "Communications") closes a name as "Industries" does, and the
// same words written later with the legal ending dropped stay that firm.
// Guards: a capitalised word after it (an event's name), a connector
// before it, "and" after it (a portfolio list), a person's name, a
// ministry's portfolio.
func TestTradePluralFirms(t *testing.T) {
	checkOrgs(t, []orgCase{
		{"stores", "Velmar Department Stores said it was in talks with a rival.", []string{"Velmar Department Stores"}, nil},
		{"foods", "Talks between Dorvel Foods and the union broke down.", []string{"Dorvel Foods"}, nil},
		{"event name after it", "The Velmar Electronics Expo opened on Monday.", nil, []string{"Velmar Electronics"}},
		{"connector before it", "Shares of Velmar Resources rose on Monday.", []string{"Velmar Resources"}, []string{"Shares of Velmar Resources"}},
		{"portfolio list", "Federal Resources and Energy Minister Tom Vale spoke.", nil, []string{"Federal Resources"}},
		{"a person", "Analyst Anne Parker Mills said prices would fall.", nil, []string{"Anne Parker Mills"}},
		{"initials", "It said R.T. Mills was named president.", nil, []string{"R.T. Mills"}},
		{"class with no name", "Shares in Department Stores rose in London.", nil, []string{"Department Stores"}},
		{"share price", "Dorvel Resources added 10 to 4.20 on the board.", nil, []string{"Dorvel Resources"}},
		{"ministry portfolio", "The Natural Resources minister spoke on Monday.", nil, []string{"Natural Resources"}},
	})
}

// TestTradeFirmShortForm: the trade-plural name written again without the
// legal ending is the firm named in full, not a second body.
func TestTradeFirmShortForm(t *testing.T) {
	d, md := find("Talks between Dorvel Stores Inc and the union broke down. Dorvel Stores said on Monday it would resume them.")
	n := 0
	for _, m := range md.Mentions {
		if m.Kind == Org && d.Text[m.Start:m.End] == "Dorvel Stores" {
			n++
			if m.OrgName != "Dorvel Stores Inc" {
				t.Errorf("short form names %q, want the full firm", m.OrgName)
			}
		}
	}
	if n != 1 {
		t.Errorf("want one short-form mention, got %d", n)
	}
}

// TestCountryArmedService: a country's abbreviation and one armed-service
// word name the service ("U.S. Navy"), as a demonym does ("British
// Army"). Guard: another one-word body after the country keeps the
// country ("UK Treasury").
func TestCountryArmedService(t *testing.T) {
	checkOrgs(t, []orgCase{
		{"navy", "Officers of the U.S. Navy met the delegation on Monday.", []string{"U.S. Navy"}, []string{"Navy"}},
		{"army", "The U.S. Army awarded the contract to a small firm.", []string{"U.S. Army"}, nil},
		{"other body keeps the country", "The UK Treasury said the figures were wrong.", nil, []string{"UK Treasury"}},
	})
}
