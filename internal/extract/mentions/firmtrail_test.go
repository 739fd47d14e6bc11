package mentions

import "testing"

// TestFirmTrailedName: a run that only a given name made a person's and
// that an industry tail closes is a firm ("Mitchell Energy") or the tail
// of a longer firm's name; a titled person, an honorific, or a surname the
// story writes after Mr stays a person.
func TestFirmTrailedName(t *testing.T) {
	checkPersons(t, []personCase{
		{"firm after a founder's given name", "Walter Equipment said it would cut forty jobs at its plant.", nil, []string{"Walter Equipment"}},
		{"firm after a place that is a given name", "Virginia Savings said its quarterly profit doubled.", nil, []string{"Virginia Savings"}},
		{"tail of a longer firm's name", "Lomax Harbin Capital Markets said the notes were priced at par.", nil, []string{"Capital Markets", "Harbin Capital Markets"}},
		{"tail before and a capitalised word", "Deposits at Victor Savings and Loan Association rose.", nil, []string{"Victor Savings"}},
		// negatives: the same tails after a title or an honorific
		{"titled person keeps the name", "Chairman Alan Properties said the board would meet.", []string{"Alan Properties"}, nil},
		{"surname after Mr elsewhere", "Karen Futures chaired the panel. Mr Futures said little.", []string{"Karen Futures"}, nil},
		{"ordinary surname", "Tony Mills said the firm would grow.", []string{"Tony Mills"}, nil},
	})
	_, md := find("Walter Equipment said it would cut forty jobs at its plant.")
	if got := kinds(md)["Walter Equipment"]; got != Org {
		t.Errorf("Walter Equipment is %v, want an organization", got)
	}
	_, md = find("Deposits at Victor Savings and Loan Association rose.")
	if got, ok := kinds(md)["Victor Savings"]; ok && got == Org {
		t.Errorf("Victor Savings, inside a longer name, is an organization of its own")
	}
}

// TestBodyWordAfterTitle: a lone firm's or publication's head word after
// a title or rank is the body's name, not a person's surname; a lone
// surname after a title stays a person.
func TestBodyWordAfterTitle(t *testing.T) {
	checkPersons(t, []personCase{
		{"rank opening a firm's name", "General Widgets said it would shut a plant. General Foods, a rival, did not.", nil, []string{"Foods"}},
		{"official gazette", "The notes will be listed in the Official Bulletin next week.", nil, []string{"Bulletin"}},
		{"state broadcaster after official", "A notice read over official Radio Chile urged calm.", nil, []string{"Radio", "Radio Chile"}},
		{"title before a surname stays", "President Tavolo said the talks would go on.", []string{"Tavolo"}, nil},
		{"rank before a surname stays", "General Varrick said the troops would stay.", []string{"Varrick"}, nil},
	})
}

// TestWorkListTitle: a bare element of a list of works that a plural
// noun for works opens is a title, not a person; a name with words of
// its own after it in such a list, or a list of people, keeps the person.
func TestWorkListTitle(t *testing.T) {
	checkPersons(t, []personCase{
		{"film list", "Her films include Dark Water, Anna Vell and Red Sky, she said.", nil, []string{"Anna Vell"}},
		{"hits such as", "He wrote hits such as Come Home and Tomas Vrell.", nil, []string{"Tomas Vrell"}},
		{"year before a title", "She starred in films including 1952's Anna Vell.", nil, []string{"Anna Vell"}},
		{"author inside an element", "The films included the Anna Vell adaptation The Long Road in 1983.", []string{"Anna Vell"}, nil},
		{"star after for", "Critics named films including Red Sky and Tomas Vrell for the prize.", []string{"Tomas Vrell"}, nil},
		{"list of people", "Guests include Anna Vell and Tomas Vrell, the organisers said.", []string{"Anna Vell", "Tomas Vrell"}, nil},
	})
}

// TestFirmSaidIts: a run opening its sentence before "said its" is a
// firm; "said his" keeps the person, and a firm's short form after its
// full name is left to coref.
func TestFirmSaidIts(t *testing.T) {
	checkPersons(t, []personCase{
		{"said its board", "Orvel Dane said its board raised the dividend.", nil, []string{"Orvel Dane"}},
		{"said his", "Orvel Dane said his board raised the dividend.", []string{"Orvel Dane"}, nil},
		{"not opening the sentence", "The chairman, Orvel Dane, said its board would meet.", []string{"Orvel Dane"}, nil},
	})
	_, md := find("Orvel Dane said its board raised the dividend.")
	if got := kinds(md)["Orvel Dane"]; got != Org {
		t.Errorf("Orvel Dane is %v, want an organization", got)
	}
}
