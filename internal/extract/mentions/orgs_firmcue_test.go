package mentions

import "testing"

// TestFirmsByOwnershipCue: a lone unknown capitalised word the article
// also writes as what shares are held in, or as the other side of a
// merger or takeover, is a firm wherever it stands alone; common words
// opening a sentence, a town before its state, a word inside a longer
// name and a person's surname are not.
func TestFirmsByOwnershipCue(t *testing.T) {
	checkOrgs(t, []orgCase{
		{"shares after the name", "Brellwick rejected the approach on Monday. The board said Brellwick shares were undervalued.", []string{"Brellwick"}, nil},
		{"a possessive before shares", "Talks were held with Brellwick last week. Analysts said Brellwick's shareholders would gain.", []string{"Brellwick"}, nil},
		{"a stake in it", "Qorvant raised its holding. Its stake in Brellwick is now ten percent, and Brellwick rose.", []string{"Brellwick"}, nil},
		{"the other side of a merger", "A merger with Brellwick was agreed. Brellwick will keep its plants open.", []string{"Brellwick"}, nil},
		{"a takeover", "The takeover of Brellwick was blocked by the regulator, so Brellwick stays independent.", []string{"Brellwick"}, nil},
		{"a common word opening a sentence", "Remaining shares were sold to a group of banks on Tuesday.", nil, []string{"Remaining"}},
		{"a town before its state", "The bank completed its merger with Dunmore, Penn., savings group on Monday.", nil, []string{"Dunmore"}},
		{"inside a longer name", "The fund holds a stake in Brellwick Foods, and Harlan Brellwick sold shares.", nil, []string{"Brellwick"}},
		{"a person's surname", "Ann Brellwick owns shares in Torvane Mills. Brellwick said she would sell.", nil, []string{"Brellwick"}},
	})
}
