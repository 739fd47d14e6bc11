package events

import "testing"

// TestRolePredicateAdverb: a post stated of a name with an adverb
// between the verb and the title ("X is currently chairman of Y", "X,
// who is also head of Y"); a holder the text names but the reader
// cannot resolve gives no role rather than a guessed country.
func TestRolePredicateAdverb(t *testing.T) {
	checkRoles(t, []roleCase{
		{"currently before the post", "Ivo Marek is currently chairman of the Temperance Party.", "GB",
			[]string{"Ivo Marek|chairman|Temperance Party"}},
		{"also in a relative clause", "Ivo Marek, who is also head of Eastern Ports Bank, said rates would rise.", "GB",
			[]string{"Ivo Marek|head|Eastern Ports Bank"}},
		{"now before the post", "Ivo Marek is now president of Vela Mining Corp.", "GB",
			[]string{"Ivo Marek|president|Vela Mining Corp."}},
		{"an unread holder after of: no country guessed", "Ivo Marek, who is also vice-president of the farmers' regional council, said rates would rise.", "GB", nil},
		{"a lower-case trade group before the name: no country guessed", "Ivo Marek, who is the president of the lobby group VMA, said rates would rise.", "GB", nil},
	})
}

// TestRolePredicateCoordinated: two posts of one body stated by a
// predicate ("X is president and chief executive officer of Y"), as in
// apposition; a wire's angle bracket around the body; the same post of
// another body is another role; a past post gives nothing.
func TestRolePredicateCoordinated(t *testing.T) {
	checkRoles(t, []roleCase{
		{"two posts before of", "Ivo Marek is president and chief executive officer of Vela Mining Corp.", "GB",
			[]string{"Ivo Marek|chief executive officer|Vela Mining Corp.", "Ivo Marek|president|Vela Mining Corp."}},
		{"a bracketed body", "Ivo Marek is chairman of <Vela Mining Corp>, a maker of pumps.", "GB",
			[]string{"Ivo Marek|chairman|Vela Mining Corp"}},
		{"two posts after currently, bracketed", "Ivo Marek is currently chairman and chief executive of <Vela Mining Corp>.", "GB",
			[]string{"Ivo Marek|chief executive|Vela Mining Corp", "Ivo Marek|chairman|Vela Mining Corp"}},
		{"the same post of another body", "Ivo Marek is chairman of <Vela Mining Corp>. Dorn Holdings Inc said it elected Ivo Marek as chairman, succeeding Ann Hale.", "GB",
			[]string{"Ivo Marek|chairman|Vela Mining Corp", "Ivo Marek|chairman|Dorn Holdings Inc"}},
		{"a past pair: no role", "Ivo Marek had been president and chief executive officer of Vela Mining Corp.", "GB", nil},
		{"a national post beside a body's: no coordination", "Ivo Marek is senator and chairman of the Rotan Lodge Society.", "GB", nil},
	})
}

// TestRolePredicateQualified: a body or a country named right before a
// post stated by a predicate holds it ("X has been Bundesbank chief",
// "X, who is also Nigerian oil minister"); the present perfect states a
// post held now, the past perfect one held before.
func TestRolePredicateQualified(t *testing.T) {
	checkRoles(t, []roleCase{
		{"a body before the post, present perfect", "Ivo Marek has been Bundesbank chief since March 1991.", "GB",
			[]string{"Ivo Marek|chief|Bundesbank"}},
		{"a demonym before the post in a relative clause", "Ivo Marek, who is also Nigerian oil minister, said output would fall.", "GB",
			[]string{"Ivo Marek|oil minister|Nigeria"}},
		{"present perfect with of", "Ivo Marek has been chairman of Vela Mining Corp since 1994.", "GB",
			[]string{"Ivo Marek|chairman|Vela Mining Corp"}},
		{"past perfect: no role", "Ivo Marek had been Bundesbank chief until March 1991.", "GB", nil},
		{"a body word running on into a noun: no role", "Ivo Marek is Bundesbank chief economist material, friends said.", "GB", nil},
	})
}

// TestRolePredicateUnlistedFirm: a firm the lists do not know, named
// after a body's post stated by a predicate, holds it as in apposition;
// two firms joined by "and", or a short form of a longer name the text
// writes elsewhere, give nothing.
func TestRolePredicateUnlistedFirm(t *testing.T) {
	checkRoles(t, []roleCase{
		{"a one-word firm", "Output rose, said Ivo Marek, who is the head of Zorvanta, a maker of pumps.", "GB",
			[]string{"Ivo Marek|head|Zorvanta"}},
		{"two posts of a firm, present perfect", "Ivo Marek has been chief executive and chairman of Zorvanta, a retailer, since 2001.", "GB",
			[]string{"Ivo Marek|chairman|Zorvanta", "Ivo Marek|chief executive|Zorvanta"}},
		{"two firms joined by and", "Ivo Marek is chairman of Zorvanta and Belcourt Engineering.", "GB", nil},
		{"the short form of a longer name", "Zorvanta Dredging Inc rose. Ivo Marek is chairman of Zorvanta.", "GB", nil},
	})
}

// TestRoleSamePersonBodyPresident: a body's president ("conference
// president X") takes no country from the person's other, national post.
func TestRoleSamePersonBodyPresident(t *testing.T) {
	checkRoles(t, []roleCase{
		{"conference president, a minister of his country", "Ivo Marek, who is also Nigerian oil minister, spoke first. Later conference president Ivo Marek said output would fall.", "",
			[]string{"Ivo Marek|oil minister|Nigeria"}},
	})
}
