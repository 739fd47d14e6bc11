package mentions

import "testing"

// TestBlockedGivenName pins blockedGivenName on invented sentences: a
// hand-listed given name that another list reads as a month, a stop word
// or a place opens a person's name when the context shows a person, and
// stays what its list says otherwise.
func TestBlockedGivenName(t *testing.T) {
	tests := []personCase{
		// must fire
		{"month word before a speech verb", "Jan Vorlund said the talks would go on.", []string{"Jan Vorlund"}, nil},
		{"month word after a title", "Union chairman Jan Vorlund warned of strikes.", []string{"Jan Vorlund"}, nil},
		{"month word in apposition", "The talks stalled, said Jan Vorlund, a spokesman for the airline.", []string{"Jan Vorlund"}, nil},
		{"stop word in apposition", "Christian Marvik, an economist at a Bonn bank, expects a cut.", []string{"Christian Marvik"}, nil},
		{"stop word in a list of people", "The cast includes Ana Velle, Christian Marvik and Tom Roe.", []string{"Christian Marvik"}, nil},
		{"place before a speech verb", "Milan Dorvak said the bond would be priced in May.", []string{"Milan Dorvak"}, nil},
		{"place with the surname alone elsewhere", "United lost after Milan Dorvak hit the post. Dorvak was booked later.", []string{"Milan Dorvak"}, nil},
		// must not fire
		{"month before a number word", "The dividend is payable Jan Six to holders.", nil, []string{"Jan Six"}},
		{"month as a date", "The board will meet on Jan 12 in Oslo.", nil, []string{"Jan"}},
		{"stop word before a speech verb names a charity", "Trade must be fair, Christian Relief said.", nil, []string{"Christian Relief"}},
		{"stop word in a possessive after a person", "Ana Velle, Christian Relief's head of policy, said so.", []string{"Ana Velle"}, []string{"Christian Relief"}},
		{"stop word opening a listed party", "The Christian Democratic Union won the vote.", nil, []string{"Christian Democratic"}},
		{"place before a body's words", "The Milan Bourse Index fell 2 pct, Milan Dorvak said.", []string{"Milan Dorvak"}, []string{"Milan Bourse"}},
		{"place alone stays a place", "Fans in Milan cheered the team.", nil, []string{"Milan"}},
		{"middle name", "Hans Christian Marvik said the bank would wait.", nil, []string{"Christian Marvik"}},
		{"no evidence", "Milan Dorvak shot wide again.", nil, []string{"Milan Dorvak"}},
		{"word written in lower case elsewhere", "Christian Outreach said it would help. The outreach work goes on.", nil, []string{"Christian Outreach"}},
	}
	checkPersons(t, tests)
}
