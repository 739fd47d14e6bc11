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
