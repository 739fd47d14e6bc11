package events

import "testing"

// TestStatementsHonorificApposition: "the director of Y, Dr X, said" names
// the speaker in an apposition whose honorific lies outside the name's
// mention; the comma before the honorific sets the apposition off.
func TestStatementsHonorificApposition(t *testing.T) {
	checkStatements(t, false, []stmtCase{
		{name: "dr", in: "The director of the seed bank, Dr Helga Ostrander, said the vaults were flooded.",
			want: []string{"Helga Ostrander"}},
		{name: "professor", in: "Head of plant genetics at the academy, Professor Ivo Castellan, said the samples were lost.",
			want: []string{"Ivo Castellan"}},
		{name: "object of told", in: "The director of the seed bank told Dr Helga Ostrander the vaults were flooded.",
			want: nil},
	})
}
