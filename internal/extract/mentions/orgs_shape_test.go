package mentions

import "testing"

// TestOrgNameShapes: name shapes of bodies that were cut or joined: an
// ordinal or "New" opening the name inside a sentence, a subject after
// "on" ("Committee on Roads and Bridges"), a one-word "-corp" firm, a
// list of subjects in the of-phrase, members ending it ("Committee of
// Harbour Masters"), and two bodies joined by "and". Guards: a date after
// "on", a listed place after "on", a sentence-opening ordinal, bodies
// listed after an of-place, a firm's "Bank and Trust".
func TestOrgNameShapes(t *testing.T) {
	tests := []orgCase{
		{"ordinal court", "The ruling was upheld by the Ninth Circuit Court of Appeals last week.",
			[]string{"Ninth Circuit Court of Appeals"}, []string{"Circuit Court of Appeals"}},
		{"ordinal bank", "Loans were made by First Ruvania National Bank to the farm.",
			[]string{"First Ruvania National Bank"}, []string{"Ruvania National Bank"}},
		{"new party", "She sits for the governing New Unity Party in the island's senate.",
			[]string{"New Unity Party"}, []string{"Unity Party"}},
		{"ordinal opening a sentence", "Second Division clubs voted against the plan.",
			nil, []string{"Second Division"}},
		{"ordinal name opening a sentence", "First Ruvania Bancorp said its profit rose.",
			[]string{"First Ruvania Bancorp"}, []string{"Ruvania Bancorp"}},
		{"corp word before other words", "Jan Roe of Maxicorp Asset Management said so.",
			nil, []string{"Maxicorp"}},
		{"body before founder", "But Skyline Relief founder Tom Arden said he was tired.",
			[]string{"Skyline Relief"}, nil},
		{"body before founder, a word also lower case", "Relief was slow. Skyline Relief founder Tom Arden said so.",
			[]string{"Skyline Relief"}, nil},
		{"short form of a longer name", "Velox Mining Inc said output fell. Velox chairman Jon Hale said so.",
			nil, []string{"Velox"}},
		{"after a stop word elsewhere", "Former Velox boss Ann Lind left. Velox founder Jon Hale said so.",
			[]string{"Velox"}, nil},
		{"end of a longer name", "Aston Rovers Villa won. Villa chairman Jon Hale said so.",
			nil, []string{"Villa"}},
		{"two words of a longer name", "Kappa Mart Corp fell. Kappa Mart chairman Jon Hale said so.",
			nil, []string{"Kappa Mart"}},
		{"an adjective", "Presidential spokesman Jon Hale said no.",
			nil, []string{"Presidential"}},
		{"body before chief executive", "Velox chief executive Jon Hale quit on Monday.",
			[]string{"Velox"}, nil},
		{"a person's surname before spokesman", "Senator Ann Roe spoke. Roe spokesman Jan Lind said she would run.",
			nil, []string{"Roe"}},
		{"no name after the post", "A Velox spokesman said the plant would close.",
			nil, []string{"Velox"}},
		{"inside a longer run", "Lib Dem Home Affairs spokesman Mark Oaks said no.",
			nil, []string{"Affairs"}},
		{"a common noun", "The charity said so. Charity boss Tom Arden agreed.",
			nil, []string{"Charity"}},
		{"a plural nickname", "Rovers boss Tom Arden was sent off.",
			nil, []string{"Rovers"}},
		{"a new holder of a post", "New Tilden City Police Commissioner Ann Roe backed the plan.",
			nil, []string{"New Tilden City Police"}},
		{"on subject", "He sits on the Committee on Roads and Bridges with two others.",
			[]string{"Committee on Roads and Bridges"}, nil},
		{"on subject after a chamber", "She told the Senate Commission on Rural Affairs about the harvest.",
			[]string{"Senate Commission on Rural Affairs"}, nil},
		{"on a date", "The Council on Monday rejected the budget.",
			nil, []string{"Council on Monday"}},
		{"on a listed place", "The Commission on France has yet to decide, officials said.",
			nil, []string{"Commission on France"}},
		{"corp word", "Shares of Maxicorp fell after the report.",
			[]string{"Maxicorp"}, nil},
		{"corp word, the short form of a firm's name", "Maxicorp Energy Inc cut jobs. Maxicorp said more would go.",
			[]string{"Maxicorp Energy Inc"}, []string{"Maxicorp"}},
		{"corp word in a name", "Analysts at Ruvania Bancorp said rates would rise.",
			[]string{"Ruvania Bancorp"}, nil},
		{"subject list", "The Ministry of Roads, Canals and Harbours issued new rules.",
			[]string{"Ministry of Roads, Canals and Harbours"}, nil},
		{"subject list after on", "She addressed the Subcommittee on Oats, Barley and Rye in May.",
			[]string{"Subcommittee on Oats, Barley and Rye"}, nil},
		{"bodies after an of-place", "Deposits were moved to the Bank of England, Acme and Zenith.",
			nil, []string{"Bank of England, Acme and Zenith"}},
		{"members end the name", "A paper from the Committee of Harbour Board Masters was read.",
			[]string{"Committee of Harbour Board Masters"}, []string{"Committee of Harbour Board"}},
		{"two bodies joined", "Plans from the Fiscal Committee and Committee of Port Wardens were tabled.",
			[]string{"Fiscal Committee", "Committee of Port Wardens"}, []string{"Fiscal Committee and Committee of Port Wardens"}},
		{"two firms joined", "Moody's cut the debt of Tilden Savings Bank and Ruvania Bancorp.",
			[]string{"Tilden Savings Bank", "Ruvania Bancorp"}, []string{"Tilden Savings Bank and Ruvania Bancorp", "Bancorp"}},
		{"corp word after of", "Shares of Maxicorp fell after the report.",
			[]string{"Maxicorp"}, []string{"Shares of Maxicorp"}},
		{"bank and trust", "He called the Dorset Savings Bank and Trust of Tilden about the loan.",
			[]string{"Dorset Savings Bank and Trust of Tilden"}, nil},
		{"and The opens a second name", "He sold Tilden Savings Bank Ltd and The Velox Press last year.",
			[]string{"Tilden Savings Bank Ltd", "Velox Press"}, []string{"Tilden Savings Bank Ltd and The Velox Press"}},
		{"and lower-case the", "He sold Tilden Savings Bank and the Velox Press last year.",
			[]string{"Tilden Savings Bank", "Velox Press"}, nil},
	}
	checkOrgs(t, tests)
}

// TestOrgAfterDatedWeekday: a weekday read as a date ("on Friday", "last
// Tuesday") does not open the body's name that follows it. Guards: a
// paper named after a weekday, and "Sun" (no weekday inside a firm's name).
func TestOrgAfterDatedWeekday(t *testing.T) {
	tests := []orgCase{
		{"on weekday, firm", "On Friday Velox Motor Company said it would recall the vans.",
			[]string{"Velox Motor Company"}, []string{"Friday Velox Motor Company"}},
		{"on weekday, airline", "Officials said on Tuesday Tilden Airlines had grounded two jets.",
			[]string{"Tilden Airlines"}, []string{"Tuesday Tilden Airlines"}},
		{"last weekday", "Since last Monday Dorset Savings Bank has closed six branches.",
			[]string{"Dorset Savings Bank"}, []string{"Monday Dorset Savings Bank"}},
		{"paper named after a weekday", "The claim was printed by the Sunday Clarion Post last week.",
			[]string{"Sunday Clarion Post"}, nil},
		{"sun in a firm's name", "A stake in the mine was sold by Sun Velox Energy Partners.",
			[]string{"Sun Velox Energy Partners"}, nil},
	}
	checkOrgs(t, tests)
}

// TestPlaceOpenedOfOrg: a city or region the lists know opens the name of a
// body whose head word has an of-phrase ("Texas Department of Roads"):
// the place belongs to the name. Guards: a capitalised word before the
// place (the name starts earlier), a place's possessive, a place before a
// bare body word.
func TestPlaceOpenedOfOrg(t *testing.T) {
	tests := []orgCase{
		{"state department", "The Ohio Department of Rural Roads closed the bridge on Monday.",
			[]string{"Ohio Department of Rural Roads"}, []string{"Department of Rural Roads"}},
		{"city chamber", "Figures from the Boston Chamber of Commerce showed sales fell.",
			[]string{"Boston Chamber of Commerce"}, []string{"Chamber of Commerce"}},
		{"state institute", "She teaches at the Oregon Institute of Marine Studies in the south.",
			[]string{"Oregon Institute of Marine Studies"}, nil},
		{"place's possessive", "Ohio's Department of Rural Roads closed the bridge.",
			nil, []string{"Ohio's Department of Rural Roads"}},
		{"state supreme court", "The ruling was struck down by the Oregon Supreme Court last month.",
			[]string{"Oregon Supreme Court"}, nil},
		{"state's party keeps the nation's name", "She chairs the Oregon Democratic Party and spoke on Monday.",
			nil, []string{"Oregon Democratic Party"}},
		{"country's body after a state", "He lost the Oregon U.S. Senate race by a wide margin.",
			nil, []string{"Oregon U.S. Senate"}},
	}
	checkOrgs(t, tests)
}

// TestTimeZoneNotMagazine: "Time" closing a time zone's name is a clock,
// not the listed magazine. Guard: the magazine itself.
func TestTimeZoneNotMagazine(t *testing.T) {
	tests := []orgCase{
		{"eastern", "Trading will open at 9 a.m. Eastern Time on the new board.", nil, []string{"Time"}},
		{"daylight", "The launch slipped to noon Pacific Daylight Time on Tuesday.", nil, []string{"Time"}},
		{"magazine", "In an interview with Time, the singer said she would tour.", []string{"Time"}, nil},
	}
	checkOrgs(t, tests)
}

// TestPluralCentersHead: "Centers"/"Centres" head a body's name before its
// of- or for-phrase. Guard: a chain's outlets with no such phrase.
func TestPluralCentersHead(t *testing.T) {
	tests := []orgCase{
		{"for phrase", "Figures from the Centres for Coastal Erosion Studies showed a rise.",
			[]string{"Centres for Coastal Erosion Studies"}, nil},
		{"of phrase", "Talks with Velox Care Centers of Ruvania ended without a deal.",
			[]string{"Velox Care Centers of Ruvania"}, nil},
		{"outlets", "The tyres are sold at several Velox Centers across the state.",
			nil, []string{"Velox Centers"}},
	}
	checkOrgs(t, tests)
}
