package events

import "testing"

// TestRoleBodyNounKind covers a post written after a lower-case noun for
// the kind of body holding it ("exchange president X", "company
// spokesman Y", "management board chairman Z"): bodyNounOrg.
func TestRoleBodyNounKind(t *testing.T) {
	checkRoles(t, []roleCase{
		{"the one exchange the story names", "The Lisbon Stock Exchange will open at dawn from May, exchange president Rui Barros said.", "",
			[]string{"Rui Barros|president|Lisbon Stock Exchange"}},
		{"the one association the story names", "The Danish Timber Traders Association met on Friday. Association chairman Lars Holm told reporters prices would rise.", "",
			[]string{"Lars Holm|chairman|Danish Timber Traders Association"}},
		{"a company's board opening the sentence", "Kessler Werke AG expects lower sales this year, management board chairman Otto Brandt said.", "",
			[]string{"Otto Brandt|chairman|Kessler Werke AG"}},
		{"the story's company", "Halvorsen Mining Inc closed its mine in Quebec. The mine had flooded twice. Company spokesman Gil Morin said it would reopen.", "",
			[]string{"Gil Morin|spokesman|Halvorsen Mining Inc"}},
		{"a party that does not call itself one", "The Liberal Democrats met on Monday, and party leader Rhona Keir said the vote was close.", "",
			[]string{"Rhona Keir|leader|Liberal Democrats"}},
		{"two exchanges: which one, the text does not say", "The Lisbon Stock Exchange and the Porto Stock Exchange met. Exchange president Rui Barros spoke.", "", nil},
		{"two companies before a firm's word", "Tarrant Corp said it sued Belmont Inc, company spokesman Ed Wills said.", "", nil},
		{"a qualifier naming some other bank", "The Bank of Lusitania met. Regional bank president Ed Wills said it failed.", "", nil},
	})
}

// TestRoleLastCompanyPost covers a firm's post written bare before a
// name in a story on one company that names other bodies too:
// lastCompanyPost.
func TestRoleLastCompanyPost(t *testing.T) {
	checkRoles(t, []roleCase{
		{"after a quotation, the lead company named last", "Marlow Foods Plc raised its dividend. Bexley Corp welcomed the move. Marlow Foods Plc said sales rose. \"We had a fine winter,\" said chief executive Ann Petrie.", "",
			[]string{"Ann Petrie|chief executive|Marlow Foods Plc"}},
		{"opening a sentence", "Marlow Foods Plc raised its dividend. Bexley Corp welcomed the move. Marlow Foods Plc said sales rose. Chairman Ian Rudd told the meeting that costs fell.", "",
			[]string{"Ian Rudd|Chairman|Marlow Foods Plc"}},
		{"the company opening the sentence, other bodies after it", "Marlow Foods Plc will ask the Treasury for relief from Bexley Corp claims, chairman Ian Rudd said.", "",
			[]string{"Ian Rudd|chairman|Marlow Foods Plc"}},
		{"the company named last is not the lead company", "Marlow Foods Plc raised its bid for Bexley Corp. The Treasury welcomed the move. Bexley Corp said it would study it. \"We will wait,\" said chief executive Ann Petrie.", "", nil},
		{"a post after a preposition", "Marlow Foods Plc raised its dividend. Bexley Corp held talks with chairman Ian Rudd.", "", nil},
	})
}
