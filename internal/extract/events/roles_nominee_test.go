package events

import "testing"

// TestRoleNominee covers a party's candidacy written as a title: before
// the name, in apposition after it, for a listed pair; not for a past
// election or a party the article never names.
func TestRoleNominee(t *testing.T) {
	checkRoles(t, []roleCase{
		{"party name before the title", "The Harvest Party held its convention. Harvest Party presidential nominee Mara Quillen toured three farm towns.", "",
			[]string{"Mara Quillen|presidential nominee|Harvest Party"}},
		{"party adjective before the title", "The Harvest Party held its convention. On Monday, Harvest vice presidential nominee Thomas Ashford toured three farm towns.", "",
			[]string{"Thomas Ashford|vice presidential nominee|Harvest Party"}},
		{"apposition after the name", "The Harvest Party held its convention. Polls favoured Mara Quillen, the Harvest Party presidential nominee, in rural counties.", "",
			[]string{"Mara Quillen|presidential nominee|Harvest Party"}},
		{"two hopefuls listed", "The Harvest Party met. On Monday, Harvest parliamentary hopefuls Mara Quillen and Thomas Ashford toured three farm towns.", "",
			[]string{"Mara Quillen|parliamentary hopeful|Harvest Party", "Thomas Ashford|parliamentary hopeful|Harvest Party"}},
		{"an election that is over", "The Harvest Party held its convention. In 2003, Harvest Party presidential nominee Mara Quillen toured three farm towns.", "", nil},
		{"the article's own year is the running race", "The Harvest Party held its convention. On Monday, the 2025 Harvest Party presidential nominee Mara Quillen toured three farm towns.", "",
			[]string{"Mara Quillen|presidential nominee|Harvest Party"}},
		{"another year's race", "The Harvest Party held its convention. On Monday, the 2021 Harvest Party presidential nominee Mara Quillen toured three farm towns.", "", nil},
		{"votes counted", "The Harvest Party held its convention. Harvest Party candidate Mara Quillen polled 3,100 in the farm towns.", "", nil},
		{"a former candidacy", "The Harvest Party held its convention. Former Harvest Party presidential candidate Mara Quillen toured three farm towns.", "", nil},
		{"no party named", "Independent presidential candidate Mara Quillen toured three farm towns.", "", nil},
	})
}
