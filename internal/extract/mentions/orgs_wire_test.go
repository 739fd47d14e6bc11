package mentions

import "testing"

// TestWireNames: a wire's stock code in angle brackets after a name, or
// angle brackets around a name, mark a company ("Dorvane <DRV.PA> said",
// "<Harlow and Sons> said"), whatever the name's shape. Guards: a person
// or a whole firm before "and" is no part of the name, nor a country and
// a class noun before it, an opening article, a possessive before it
// ("Sweden's"), "of" after no body word, a lone legal ending, a lone code
// in capitals inside the brackets, a lower-case word inside them.
func TestWireNames(t *testing.T) {
	checkOrgs(t, []orgCase{
		{"name before a coded stock", "Dorvane <DRV.PA> said it would cut jobs.", []string{"Dorvane"}, nil},
		{"two words, plain code", "Talks began with Hale Bright <HLB> on Monday.", []string{"Hale Bright"}, []string{"Bright"}},
		{"code with a space", "Stora Vendel AB <SVDL ST> raised its stake.", []string{"Stora Vendel AB"}, nil},
		{"brackets inside the name", "Shares of Lam Kee (Holdings) Ltd <LKH.HK> rose.", []string{"Lam Kee (Holdings) Ltd"}, nil},
		{"possessive before the code", "Its stake in Orvel Plc's <ORV.L> unit grew.", []string{"Orvel Plc"}, nil},
		{"bracketed name", "He sold the unit to <Harlow and Sons> last week.", []string{"Harlow and Sons"}, nil},
		{"bracketed foreign name", "<Banco de Varela SA> said profits rose.", []string{"Banco de Varela SA"}, nil},
		{"bracketed name with possessive", "The rating of <Tesk Marine Co Ltd's> notes was cut.", []string{"Tesk Marine Co Ltd"}, nil},
		{"acronym after a bracketed name", "<Ardell Gas Light Co> (AGLC) made a bid. AGLC said it would pay cash.", []string{"Ardell Gas Light Co"}, nil},

		{"a person before and", "Ann Roe and Pellam Capital Inc <PLM> offered to buy it.", []string{"Pellam Capital Inc"}, []string{"Ann Roe and Pellam Capital Inc"}},
		{"a firm before and", "Blair and Co and Dorn Investments <DRN> led it.", nil, []string{"Blair and Co and Dorn Investments"}},
		{"country and class noun before", "It is owned by U.S. Conglomerate Varco <VRC.N>, he said.", []string{"Varco"}, []string{"U.S. Conglomerate Varco"}},
		{"of after a person", "Chairman Ann Roe of Velox <VLX> spoke.", []string{"Velox"}, []string{"Ann Roe of Velox"}},
		{"country possessive", "Sweden's Orvane AB <ORV.ST> rose.", []string{"Orvane AB"}, []string{"Sweden's Orvane AB"}},
		{"lone code in brackets", "It trades under the symbol <DRVX>.", nil, []string{"DRVX"}},
		{"lower-case word inside", "They called it <the Velox deal> then.", nil, []string{"the Velox deal"}},
		{"lone legal ending", "Shares of Corp <CRP> fell.", nil, []string{"Corp"}},
	})
}

// TestInitialsOfNamed: capitals that spell, word by word, the name of a
// body the article named before are that body, wherever they stand
// ("the FVTC sold", "FVTC Chairman Ann Roe", "approval from the FVTC").
// Guards: no such body before, the capitals opening a longer name
// ("DPC Life Sciences Inc"), a line in capitals, a title ("CEO").
func TestInitialsOfNamed(t *testing.T) {
	tests := []struct {
		name, in, acr, want string
	}{
		{"object of a preposition", "The Federal Vault Trust Commission met. Approval from the FVTC came late.", "FVTC", "Federal Vault Trust Commission"},
		{"before a post", "The Dorland Pulse Council voted. DPC Chairman Ann Roe spoke.", "DPC", "Dorland Pulse Council"},
		{"after a comma definition", "It owes the Marlow Deposit Insurance Corp, MDIC, a fee. The MDIC sold shares.", "MDIC", "Marlow Deposit Insurance Corp"},
		{"no body before", "The FVTC sold its stake on Monday.", "FVTC", ""},
		{"opening a longer name", "The Dorland Pulse Council voted. DPC Life Sciences Inc rose.", "DPC", ""},
		{"a line in capitals", "The Dorland Pulse Council voted. DPC STOCK RISES.", "DPC", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, md := find(tc.in)
			got := ""
			for _, m := range md.Mentions {
				if m.Kind == Org && d.Text[m.Start:m.End] == tc.acr && m.First > 0 && d.TokenText(m.First-1) != "," {
					got = m.OrgName
				}
			}
			if got != tc.want {
				t.Errorf("%q: %s names %q, want %q", tc.in, tc.acr, got, tc.want)
			}
		})
	}
}

// TestParticipleModifier: a capitalised hyphenated participle before a
// body's name ("Oslo-based", "State-run", "Privately-held") describes it
// and is no part of the name; a hyphenated name stays whole.
func TestParticipleModifier(t *testing.T) {
	checkOrgs(t, []orgCase{
		{"based", "Oslo-based Varden Shipping Co said it would sell ships.", []string{"Varden Shipping Co"}, []string{"Oslo-based Varden Shipping Co"}},
		{"state-run", "State-run Korvia Rail Corporation said fares would rise.", []string{"Korvia Rail Corporation"}, []string{"State-run Korvia Rail Corporation"}},
		{"a hyphenated name", "Hale-Norden Corp said it would sell ships.", []string{"Hale-Norden Corp"}, nil},
	})
}

// TestLeadManagerBank: a bond issue's lead manager named before "said" is
// a bank, never a person; a fund manager before a name is a person.
// Sentences we wrote.
func TestLeadManagerBank(t *testing.T) {
	for _, tc := range []struct {
		text, name string
		want       Kind
	}{
		{"Kelvo Corp is issuing a 50 mln dlr bond due 1995 at par, lead manager Banque Ostrava said.", "Banque Ostrava", Org},
		{"The coupon was set at five pct, co-lead manager Credit Norvale said on Monday.", "Credit Norvale", Org},
		{"The market is thin, fund manager Ivo Brandt said on Monday.", "Ivo Brandt", Person},
	} {
		_, md := find(tc.text)
		found := false
		for _, m := range md.Mentions {
			if m.Name == tc.name || m.OrgName == tc.name {
				found = true
				if m.Kind != tc.want {
					t.Errorf("%q: %q is %v, want %v", tc.text, tc.name, m.Kind, tc.want)
				}
			}
		}
		if !found {
			t.Errorf("%q: %q not found", tc.text, tc.name)
		}
	}
}
