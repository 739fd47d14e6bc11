package events

import "testing"

// TestRoleTitleWords covers posts added to the title list: a firm's
// officer written as an acronym and a realm's Governor General.
func TestRoleTitleWords(t *testing.T) {
	checkRoles(t, []roleCase{
		{"acronym officer in apposition", "Sales beat forecasts, said Karen Holt, CFO of Microsoft, on a call with analysts.", "",
			[]string{"Karen Holt|CFO|Microsoft"}},
		{"governor general of a realm", "Last week Helen Marsh, the Governor General of Canada, opened the new session.", "",
			[]string{"Helen Marsh|Governor General|Canada"}},
		{"a plain governor keeps an open holder", "Last week Helen Marsh, the governor, opened the new session.", "",
			[]string{"Helen Marsh|governor|-"}},
	})
}
