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

// TestRoleDatelineCapitalBody covers the capital's country standing in
// the text only through one of its national bodies (its legislature, a
// government council): that puts the story there as the country's name
// would. A firm or a broadcaster of that country does not.
func TestRoleDatelineCapitalBody(t *testing.T) {
	checkRoles(t, []roleCase{
		{"the legislature of the capital's country",
			"WASHINGTON, March 3 - Leaders in Congress welcomed President Tom Reed's remarks on the Iran arms affair. Iran has denied any deal. Iran's envoy said nothing.", "",
			[]string{"Tom Reed|President|United States"}},
		{"a government council of the capital's country",
			"WASHINGTON, March 3 - Ann Hale is the National Security Council aide President Tom Reed dismissed over the Iran arms affair. Iran has denied any deal.", "",
			[]string{"Ann Hale|aide|National Security Council", "Tom Reed|President|United States"}},
		{"only a broadcaster of the capital's country: still a bureau",
			"LONDON, March 3 - Prime Minister Tom Reed said Israel would never give in, the radio said in a broadcast monitored by the BBC. Israel radio said Israeli towns were calm.", "", nil},
	})
}
