package mentions

import "testing"

// TestCapitalActs: a capital names its country only when it acts for the
// government (GUIDELINES §4); as a modifier, a market, a dateline, a
// list of places or part of a longer name it stays a place.
func TestCapitalActs(t *testing.T) {
	tests := []struct {
		in, name string
		want     Kind
	}{
		// acting: subject of a verb, after auxiliaries, adverbs, a time phrase
		{"Ottawa has firmly rejected the new quota scheme.", "Ottawa", Country},
		{"Canberra last month announced fresh curbs on wool sales.", "Canberra", Country},
		{"Officials said Lisbon would not accept the revised terms.", "Lisbon", Country},
		{"Nairobi, which insists on a larger share, walked out.", "Nairobi", Country},
		{"The grain row deepened with Ankara demanding a refund.", "Ankara", Country},
		{"Cairo and Rabat agreed to reopen the border crossing.", "Rabat", Country},
		{"Oslo plans to extend the fishing ban next year.", "Oslo", Country},
		{"Rabat must act before the harvest, the minister said.", "Rabat", Country},
		// acting: owner of a political noun, or the national government
		{"Dublin's refusal to budge annoyed the negotiators.", "Dublin", Country},
		{"Analysts doubted Manila's new trade policy would last.", "Manila", Country},
		{"The Lima government said exports had doubled.", "Lima", Country},
		// acting: the other side of relations or pressure, an object
		{"The ministry resumed talks with Pretoria over the dam.", "Pretoria", Country},
		{"Trade tension between Seoul and Hanoi eased in May.", "Hanoi", Country},
		{"The envoy urged Canberra to lift the tariff.", "Canberra", Country},
		{"He praised the efforts by Rome and Madrid to cut deficits.", "Madrid", Country},
		{"The bridge was built by Madrid engineers in 1950.", "Madrid", Place},
		// places: modifiers, markets, names, lists, the dateline
		{"Ottawa coffee prices fell two cents.", "Ottawa", Place},
		{"The loan pays a margin over the Dublin interbank rate.", "Dublin", Place},
		{"Rome traders said demand was thin.", "Rome", Place},
		{"Shares are quoted in Zurich and Oslo said a broker.", "Oslo", Place},
		{"Oslo, May 4 - The fishing group posted a loss.", "Oslo", Place},
		{"Rome will host the next rowing championship.", "Rome", Place},
		{"Part of the port could be sold, and Rabat may be offered a stake.", "Rabat", Place},
		{"Analysts said the sale of Oslo would help the parent firm.", "Oslo", Place},
		{"A float of Lima would have raised cash for the group.", "Lima", Place},
		{"Dublin's famous old bridge was repainted.", "Dublin", Place},
		{"Fans cheered as Sporting Lisbon scored twice.", "Lisbon", Place},
		{"Ottawa protests drew large crowds on Sunday.", "Ottawa", Place},
		{"Nairobi is the largest city in the region.", "Nairobi", Place},
		{"Flights between Cairo and Rabat were cancelled.", "Rabat", Place},
	}
	for _, tc := range tests {
		eachNamed(t, tc.in, tc.name, func(_ *Doc, m *Mention) {
			if m.Kind != tc.want {
				t.Errorf("%q: %q is %v, want %v", tc.in, tc.name, m.Kind, tc.want)
			}
		})
	}
}

// TestCapitalPost: "the prosecutor of <capital>, X" is a city's post: the
// title holds, with the place as its qualifier.
func TestCapitalPost(t *testing.T) {
	eachNamed(t, "The prosecutor general of Ankara, Selim Kaya, filed charges.", "Selim Kaya", func(md *Doc, m *Mention) {
		tt := titleOrAppos(m)
		if tt == nil {
			t.Fatalf("no title")
		}
		if tt.Of < 0 || md.Mentions[tt.Of].Kind != Place {
			t.Errorf("title of %d, want the place Ankara", tt.Of)
		}
	})
}
