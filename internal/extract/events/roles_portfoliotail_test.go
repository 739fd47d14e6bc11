package events

import "testing"

// TestRoleApposPortfolioTail covers a national post in apposition with
// its portfolio in lower case after "for" or "of" ("X, minister for
// coastal fisheries,"): the portfolio is part of the title, not an
// unnamed holder. Not after a body's name before the post, not for a
// superlative description, not for a body after "of".
func TestRoleApposPortfolioTail(t *testing.T) {
	const ctx = "Portugal raised its grain quotas on Monday. Portuguese farmers cheered in Lisbon. "
	checkRoles(t, []roleCase{
		{"minister for a portfolio", ctx + "Tom Varga, minister for coastal fisheries and ports, said the quotas would stay.", "",
			[]string{"Tom Varga|minister for coastal fisheries and ports|Portugal"}},
		{"of state for, closed by a speech verb", ctx + `"The quotas will stay," Tom Varga, its undersecretary of state for grain exports said.`, "",
			[]string{"Tom Varga|undersecretary of state for grain exports|Portugal"}},
		{"a country adjective before the post", ctx + "Tom Varga, the Portuguese secretary for rural roads, said the quotas would stay.", "",
			[]string{"Tom Varga|secretary for rural roads|Portugal"}},
		{"a body after of is a holder", ctx + "Tom Varga, secretary of the growers union, said the quotas would stay.", "", nil},
		{"a superlative makes a description", ctx + "Tom Varga, the most senior minister for grain exports, said the quotas would stay.", "", nil},
	})
}
