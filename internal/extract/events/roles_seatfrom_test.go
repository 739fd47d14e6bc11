package events

import "testing"

// TestRoleSeatFrom covers a legislator's title with the seat's state
// between the title and the name, or after it in apposition: the post is
// the country's, not the state's.
func TestRoleSeatFrom(t *testing.T) {
	checkRoles(t, []roleCase{
		{"country, title, state, name", "On Monday, United States Senator from Vermont Alice Brennan backed the bill.", "",
			[]string{"Alice Brennan|Senator|United States"}},
		{"apposition after the name", "In the United States, Alice Brennan, a Senator from Colorado, backed the bill.", "",
			[]string{"Alice Brennan|Senator|United States"}},
		{"a former seat", "On Monday, former United States Senator from Vermont Alice Brennan backed the bill.", "", nil},
		{"no title before the place", "On Monday, a farmer from Vermont Alice Brennan backed the bill in the United States.", "", nil},
	})
}
