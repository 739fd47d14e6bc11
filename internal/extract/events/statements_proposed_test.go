package events

import "testing"

// TestStatementsProposedThat: "proposed (in a letter to X) that ..." puts
// a proposal to someone in words (b7 decision ann5-1); "proposed new
// rules that would ..." names the thing proposed (an official act), and
// a passive has no speaker.
func TestStatementsProposedThat(t *testing.T) {
	checkStatements(t, false, []stmtCase{
		{name: "proposed that", in: "Tomas Verel proposed that the two ministers meet in Oslo next month.",
			want: []string{"Tomas Verel"}},
		{name: "proposed in a letter to X that", in: "Prime Minister Oskar Brevik proposed in a letter to his Ruvanian counterpart that they meet to discuss the border.",
			want: []string{"Oskar Brevik"}},
		{name: "relative that", in: "Tomas Verel proposed new rules that would require banks to hold more capital.",
			want: nil},
		{name: "passive", in: "It was proposed by the committee that the talks resume.",
			want: nil},
	})
}

// TestStatementsSourceAfterClause: "The letter, released by ..., said"
// goes on with the author the story gave the letter, over the clause set
// off by commas.
func TestStatementsSourceAfterClause(t *testing.T) {
	checkStatements(t, false, []stmtCase{
		{name: "letter with a clause", in: "Tomas Verel wrote in a letter to the board that he would resign. The letter, released to reporters on Monday, said the company needed new leadership.",
			want: []string{"Tomas Verel", "Tomas Verel"}},
		{name: "no author", in: "The letter, released to reporters on Monday, said the company needed new leadership.",
			want: nil},
	})
}
