package events

import "testing"

// TestStatementsClosedOfPhrase: a name with an "of" phrase naming its
// place or body, closed by a comma before the verb ("the backer, Senator
// X of Ruvania, said", "X of the Y Institute (YI), announced"): the person
// speaks, not the body. A name inside an opening phrase does not.
func TestStatementsClosedOfPhrase(t *testing.T) {
	checkStatements(t, false, []stmtCase{
		{name: "apposition with place", in: "The sponsor of the farm bill, Senator Rolf Harte of Nebraska, said the plan would help growers.",
			want: []string{"Rolf Harte"}},
		{name: "body with short form", in: "On Monday, Director Lena Marsh of the World Health Organization (WHO), announced that the trial had ended.",
			want: []string{"Lena Marsh"}},
		{name: "name inside an opening phrase", in: "After talks with Rolf Harte of Nebraska, the growers said the plan would help.",
			want: nil},
	})
}
