package mentions

import "testing"

// TestNameBoundaries pins where multi-word names start and end: a month
// or weekday glued to the front of a body's name by the shape reader, a
// listed firm's legal tail ("and Co Inc", "Co Plc", "Motor Corp") and its
// old comma ("Goldman, Sachs"), which alone would be read as firms of
// their own; a word of the stop list opening a firm's name inside a
// sentence ("Home Harbor Savings Inc"); a bank named with a listed body's
// word ("Commonwealth Bank of Ruvania"). Guards: a paper whose name opens with a weekday, a title after a firm's name, a possessive firm.
func TestNameBoundaries(t *testing.T) {
	checkOrgs(t, []orgCase{
		{"month before a conference", "The plan goes before the July Harbour Nations Conference on Fisheries next year.",
			[]string{"Harbour Nations Conference on Fisheries"}, []string{"July Harbour Nations Conference on Fisheries"}},
		{"month before a firm", "In early December Tilden Securities International Inc became the third such firm.",
			[]string{"Tilden Securities International Inc"}, []string{"December Tilden Securities International Inc"}},
		{"month and of before a firm", "It closed its purchase in late December of Marston Blenders Inc, a dairy.",
			[]string{"Marston Blenders Inc"}, []string{"December of Marston Blenders Inc"}},
		{"weekday and for before a firm", "The bond issue launched Monday for Kestrel Stores PLC was raised.",
			[]string{"Kestrel Stores PLC"}, []string{"Monday for Kestrel Stores PLC"}},
		{"a paper opening with a weekday", "The Sunday Courier Group said it would close the title.",
			[]string{"Sunday Courier Group"}, nil},
		{"and Co Inc after a listed firm", "The shares were sold through underwriter Merrill Lynch and Co Inc, it said.",
			[]string{"Merrill Lynch and Co Inc"}, []string{"Co Inc"}},
		{"Co Plc after a listed firm", "The unit is owned by British Petroleum Co Plc, the company said.",
			[]string{"British Petroleum Co Plc"}, []string{"Co Plc"}},
		{"fuller legal name of a listed firm", "Toyota Motor Corp said its output rose in March.",
			[]string{"Toyota Motor Corp"}, []string{"Motor Corp"}},
		{"a unit of a listed firm", "Toyota Motor Credit Corp sold the notes on Tuesday.",
			[]string{"Toyota Motor Credit Corp"}, []string{"Motor Credit Corp"}},
		{"an American unit", "Exxon Co U.S.A. said it would sell more fuel.",
			[]string{"Exxon Co U.S.A."}, []string{"U.S.A."}},
		{"old comma in a listed firm's name", "The sale is managed by Goldman, Sachs and Co and two other banks.",
			[]string{"Goldman, Sachs and Co"}, []string{"Sachs and Co"}},
		{"two firms joined by and", "Texaco Inc and Harlan Oil Co said they formed a venture.",
			[]string{"Texaco Inc", "Harlan Oil Co"}, []string{"Inc and Harlan Oil Co"}},
		{"a stop-list word opening a firm", "The bank bought Home Harbor Savings Inc last year.",
			[]string{"Home Harbor Savings Inc"}, []string{"Harbor Savings Inc"}},
		{"a title word opening a firm", "Analysts said Prime Dental Services Inc would gain.",
			[]string{"Prime Dental Services Inc"}, []string{"Dental Services Inc"}},
		{"a stop-list word opening a firm at a sentence's start", "Prime Dental Services Inc said its profit rose.",
			[]string{"Prime Dental Services Inc"}, []string{"Dental Services Inc"}},
		{"a month opening a firm at a sentence's start", "May Kestrel Outlets Co said its sales rose in March.",
			[]string{"May Kestrel Outlets Co"}, []string{"Kestrel Outlets Co"}},
		{"a month inside a sentence opens no firm", "Sales rose in May Kestrel Outlets Co said on Friday.",
			[]string{"Kestrel Outlets Co"}, []string{"May Kestrel Outlets Co"}},
		{"a stop-list opener before a bank's class word", "Great Harlow Savings Bank said its deposits grew.",
			[]string{"Great Harlow Savings Bank"}, []string{"Harlow Savings Bank"}},
		{"a bank word inside a longer firm's name", "Shares went to Republic Bank Kestrel Corp last year.",
			[]string{"Republic Bank Kestrel Corp"}, []string{"Bank Kestrel Corp"}},
		{"an adverb before a bank's name", "Meanwhile Kestrel Savings Bank said it would close a branch.",
			nil, []string{"Meanwhile Kestrel Savings Bank"}},
		{"shares of a firm opening a sentence", "Shares of Kestrel Mills Corp rose in early trading.",
			[]string{"Kestrel Mills Corp"}, []string{"Shares of Kestrel Mills Corp"}},
		{"a body's head word before of stays in the name", "Board of Kestrel Trade said it would meet.",
			[]string{"Board of Kestrel Trade"}, nil},
		{"an adverb at a sentence's start", "Meanwhile Kestrel Mills Corp said it would close a plant.",
			nil, []string{"Meanwhile Kestrel Mills Corp"}},
		{"former at a sentence's start", "Former Kestrel Mills Corp chairman Jon Hale said so.",
			nil, []string{"Former Kestrel Mills Corp"}},
		{"an article before a firm", "A unit of it was sold to An Acme Corp affiliate.",
			nil, []string{"An Acme Corp"}},
		{"a preposition before a firm", "The plant was bought outright By Kestrel Mills Corp in May.",
			nil, []string{"By Kestrel Mills Corp"}},
		{"a bank opening with a listed body's word", "The loan came from the Commonwealth Bank of Ruvania last year.",
			[]string{"Commonwealth Bank of Ruvania"}, []string{"Bank of Ruvania"}},
		{"a trust opening with a listed body's word", "Shares of it went to Commonwealth Realty Trust in May.",
			[]string{"Commonwealth Realty Trust"}, []string{"Realty Trust"}},
		{"a body's own part", "The Commonwealth Secretariat said it would send observers.",
			nil, []string{"Commonwealth Secretariat"}},
		{"a title after the firm", "Toyota Chairman Ann Roe said sales rose.",
			[]string{"Toyota"}, []string{"Toyota Chairman"}},
		{"a listed name after the firm", "Toyota Lehman Brothers Inc is no firm we know.",
			nil, []string{"Toyota Lehman Brothers Inc"}},
	})
}

// TestFirmTailKeepsEntry: a listed firm read with its legal tail is still
// the listed firm, not a new body named by the whole.
func TestFirmTailKeepsEntry(t *testing.T) {
	for _, in := range []string{"Boeing Co said orders rose.", "Toyota Motor Corp said output rose.", "The shares were sold by Merrill Lynch and Co Inc last week."} {
		d, md := find(in)
		found := false
		for _, m := range md.Mentions {
			if m.Kind == Org && m.Entry != nil {
				found = true
				if text := d.Text[m.Start:m.End]; m.OrgName != "" || m.Entry.Name == text {
					t.Errorf("%q: mention %q has OrgName %q, entry %q: want the listed entry alone", in, text, m.OrgName, m.Entry.Name)
				}
			}
		}
		if !found {
			t.Errorf("%q: no listed firm found", in)
		}
	}
}

// TestNameParticles: lower-case particles inside persons' names that
// the reader did not know ("arap", "bint") keep the name whole.
func TestNameParticles(t *testing.T) {
	tests := []struct{ in, want, not string }{
		{"President Samuel arap Tolo met the visitors in Nairobi.", "Samuel arap Tolo", "Samuel"},
		{"Aisha bint Khalid spoke to the crowd on Friday.", "Aisha bint Khalid", "Aisha"},
	}
	for _, tc := range tests {
		got := personTexts(tc.in)
		if !got[tc.want] {
			t.Errorf("%q: want person %q, got %v", tc.in, tc.want, got)
		}
		if got[tc.not] {
			t.Errorf("%q: %q is only part of a name, got %v", tc.in, tc.not, got)
		}
	}
}
