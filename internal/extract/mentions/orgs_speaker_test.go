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
		{"after a closing quote", "\"Sales were weak,\" Torvano said. Torvano cut its forecast.", []string{"Torvano"}, nil},

		{"no cue", "Torvano said sales would fall.", nil, []string{"Torvano"}},
		{"a person's surname", "Lena Torvano was upbeat. Torvano said sales would rise. Torvano raised its bid.", nil, []string{"Torvano"}},
		{"who, not which", "Torvano, who coaches the side, was upbeat. Torvano said the team would win.", nil, []string{"Torvano"}},
		{"tail of a longer name", "The private Bank Hapomar cut rates. Hapomar said profits rose. Hapomar raised its bid.", nil, []string{"Hapomar"}},
		{"short form before an ampersand", "Marsh & Lennox cut jobs. Marsh said it would cooperate. Marsh raised its offer.", nil, []string{"Marsh"}},
		{"tail after and", "Strand and Clothier said its board met.", nil, []string{"Clothier"}},
		{"plural after the", "The Dorrells said they would appeal.", nil, []string{"Dorrells"}},
		{"a -man noun after the", "We played well, the Irishman said.", nil, []string{"Irishman"}},
		{"a plural noun, no verb", "The Pacific states reported fewer failures, the agency said.", nil, []string{"Pacific"}},
	})
}
