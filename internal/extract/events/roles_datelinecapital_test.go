package events

import "testing"

// TestRoleDatelineCapital covers a bare head-of-state or government title
// in a story filed from a capital whose country the text names, while the
// story is mostly about another country: the capital's country holds the
// post. Not from a bureau capital the text never names the country of,
// not from a city that is no capital, not where the country has no such
// post.
func TestRoleDatelineCapital(t *testing.T) {
	checkRoles(t, []roleCase{
		{"a capital dateline and its country named",
			"ANKARA, March 3 - President Tom Reed said Iran should settle its debts to Turkish banks soon. Iran has promised to pay. Iran's oil sales have fallen this year.", "",
			[]string{"Tom Reed|President|Turkey"}},
		{"a bureau capital: its country never named",
			"NICOSIA, March 3 - President Tom Reed said Iran would never give in. Iran radio said Iraq had shelled two Iranian towns overnight.", "", nil},
		{"the capital's country named only as a visitor's destination",
			"ANKARA, March 3 - The Iranian envoy, visiting Turkey on a regional tour, said Iran would pay its debts. President Tom Reed said Iran must keep its word. Iran has promised to pay.", "", nil},
		{"a dateline city that is no capital",
			"NEW YORK, March 3 - President Tom Reed said Iran should settle its debts to U.S. banks soon. Iran has promised to pay. Iran's oil sales have fallen this year.", "", nil},
		{"the capital's country has no president",
			"TOKYO, March 3 - President Tom Reed said Iran and Iraq should settle their debts to Japanese banks soon. Iran and Iraq have promised to pay.", "", nil},
	})
}
