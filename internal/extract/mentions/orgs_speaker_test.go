package mentions

import "testing"

// TestBodiesSpeakingByDocCue: a lone capitalised word no rule typed that
// speaks ("Torvano said") is a body when the article treats the same
// word as one elsewhere: "Torvano raised its forecast", "Torvano
// president Ann Roe", "Torvano, which ...", "Torvano's Ann Roe", "a
// Torvano spokeswoman", or "the Torvano said". Guards: a person's
// surname (after a given name, in a person's name, "who"), a word also
// written in lower case, the tail or short form of a longer name ("Bank
// Torvano", "Marsh & Lennox", "Strand and Clothier said its"), a plural
// or "-man" noun after "the", a code name's shape, no speech verb.
func TestBodiesSpeakingByDocCue(t *testing.T) {
	checkOrgs(t, []orgCase{
		{"its after another verb", "Torvano said sales would fall. Torvano raised its dividend in May.", []string{"Torvano"}, nil},
		{"post before a full name", "Torvano president Kenji Sato was upbeat. Torvano said games would be sold.", []string{"Torvano"}, nil},
		{"which after a comma", "Torvano, which makes consoles, cut prices. Torvano announced a new model.", []string{"Torvano"}, nil},
		{"possessive before a full name", "Prices must fall, Kelmora says. Kelmora's Helen Durst spoke at length.", []string{"Kelmora"}, nil},
		{"staff word after the name", "A Kelmora spokeswoman was upbeat. Kelmora said prices rose by 2% in May.", []string{"Kelmora"}, nil},
		{"article before the speaker", "House prices rose by 1% in May, the Dunford has said.", []string{"Dunford"}, nil},
		{"a product code after the name", "Torvano president Kenji Sato spoke. The Torvano DS sold well. Torvano said more.", []string{"Torvano"}, nil},
		{"after a closing quote", "\"Sales were weak,\" Torvano said. Torvano cut its forecast.", []string{"Torvano"}, nil},

		{"no cue", "Torvano said sales would fall.", nil, []string{"Torvano"}},
		{"a person's surname", "Lena Torvano was upbeat. Torvano said sales would rise. Torvano raised its bid.", nil, []string{"Torvano"}},
		{"who, not which", "Torvano, who coaches the side, was upbeat. Torvano said the team would win.", nil, []string{"Torvano"}},
		{"tail of a longer name", "The private Bank Hapomar cut rates. Hapomar said profits rose. Hapomar raised its bid.", nil, []string{"Hapomar"}},
		{"short form before an ampersand", "Marsh & Lennox cut jobs. Marsh said it would cooperate. Marsh raised its offer.", nil, []string{"Marsh"}},
		{"tail after and", "Strand and Clothier said its board met.", nil, []string{"Clothier"}},
		{"plural after the", "The Dorrells said they would appeal.", nil, []string{"Dorrells"}},
		{"a -man noun after the", "We played well, the Irishman said.", nil, []string{"Irishman"}},
		{"a capital The inside the sentence", "On radio, The Velvo said he would tour in May.", nil, []string{"Velvo"}},
		{"a plural noun, no verb", "The Pacific states reported fewer failures, the agency said.", nil, []string{"Pacific"}},
	})
}

// TestPlaceOpenedSpeaker: a country, its adjective or a city, then one
// or two capitalised words no list knows, speaking: a firm named after
// its home ("Dorland Telecom said", "Swiss Vantor has said"), under the
// fuller name the article writes elsewhere ("Vantor Co"). Guards: a
// given name or a surname after the place ("German Hans Roe", "Mr Roe"),
// a title before the place, the place inside a longer name ("Georgia
// Gulf Corp"), people nouns ("U.S. Senators", "a U.S. Banker"), a plural
// noun read as a verb ("the Swiss Franc notes").
func TestPlaceOpenedSpeaker(t *testing.T) {
	checkOrgs(t, []orgCase{
		{"country then a word", "France Vantel said it would sell the unit.", []string{"France Vantel"}, nil},
		{"adjective then a word, has said", "Swiss Orvane has said claims will be small.", []string{"Swiss Orvane"}, nil},
		{"city then a word, at the end", "Sales fell 5%, Munich Orvane said.", []string{"Munich Orvane"}, nil},

		{"a title before the place", "Economy minister German Grelov told the paper that prices rose.", nil, []string{"German Grelov"}},
		{"honorific surname elsewhere", "Australian Lynwood Crossan said so. Mr Crossan is an adviser.", nil, []string{"Australian Lynwood Crossan"}},
		{"a longer name", "The chemical maker Georgia Gulf Corp said it would sell stock.", nil, []string{"Gulf Corp"}},
		{"people noun", "One senior U.S. Banker warned that rates may rise.", nil, []string{"U.S. Banker"}},
		{"plural people", "The U.S. Senators said they would vote no.", nil, []string{"U.S. Senators"}},
		{"a plural noun, no verb", "The Swiss Franc notes will be redeemed in July.", nil, []string{"Swiss Franc"}},
		{"a person's name after the place", "The manager for Canada Hanoru Watabe told us so. Watabe said more.", nil, []string{"Canada Hanoru Watabe"}},
	})
}

// TestPlaceOpenedSpeakerFullerName: the short form speaks under the
// fuller name the article writes elsewhere, so that both are one body.
func TestPlaceOpenedSpeakerFullerName(t *testing.T) {
	d, md := find("American Vantor Co cut jobs. American Vantor said sales fell.")
	found := false
	for _, m := range md.Mentions {
		if m.Kind == Org && d.Text[m.Start:m.End] == "American Vantor" {
			found = true
			if m.OrgName != "American Vantor Co" {
				t.Errorf("short form named %q, want %q", m.OrgName, "American Vantor Co")
			}
		}
	}
	if !found {
		t.Errorf("no organization mention for the short form: %+v", md.Mentions)
	}
}

// TestFirmWordSpeaker: two or three capitalised words ending in a firm's
// or a trade's word right before a speech verb name a firm ("Westbay
// Communications agreed"), under the fuller name written elsewhere.
// Guards: after a preposition, inside a longer name (a capital, an
// all-caps word or "X and" before), a share price that "added", a class
// noun opening the sentence, a listed given name first.
func TestFirmWordSpeaker(t *testing.T) {
	checkOrgs(t, []orgCase{
		{"communications", "Westbay Communications agreed to buy the rival for $2bn.", []string{"Westbay Communications"}, nil},
		{"resources at the end", "Output will rise next year, Harbor Resources said.", []string{"Harbor Resources"}, nil},

		{"after a preposition", "A unit of Harbor Resources said output fell.", nil, []string{"Harbor Resources"}},
		{"tail of a longer name", "The QRX Limited Partnership said it would pay 5 cts.", nil, []string{"Limited Partnership"}},
		{"tail after and", "Delmont Oil and Gas Partnership said it sold two fields.", nil, []string{"Gas Partnership"}},
		{"a share price", "Tarvel Resources added 20 to 5.70 in late trade.", nil, []string{"Tarvel Resources"}},
		{"class noun first", "Distributor Zelmo Pictures said filming starts in May.", nil, []string{"Distributor Zelmo Pictures"}},
	})
}

// TestBodiesSpeakingFullerName: a lone word the article also writes
// before a legal suffix speaks as that firm ("Preston AG").
func TestBodiesSpeakingFullerName(t *testing.T) {
	d, md := find("Norvik AG cut jobs. Norvik said profits fell. Norvik raised its dividend.")
	for _, m := range md.Mentions {
		if m.Kind == Org && d.Text[m.Start:m.End] == "Norvik" && m.OrgName != "Norvik AG" {
			t.Errorf("lone word named %q, want %q", m.OrgName, "Norvik AG")
		}
	}
}
