package events

import "testing"

// TestStatementsAfterOpeningPhrase: a body right before the verb after
// an opening phrase that names another body ("In a report to the
// regulator, X said") is the subject, not the last member of a list;
// a list member joined by "and" still shares the phrase. A body after a
// preposition between a statement and "it said" does not stop "it"
// going on with the body that spoke; a body that is a subject does.
func TestStatementsAfterOpeningPhrase(t *testing.T) {
	checkStatements(t, false, []stmtCase{
		{name: "filing with a body", in: "Harlow Sprocket Corp raised its stake in Vedder Mills Inc. In its report to the Federal Trade Commission, Harlow Sprocket Corp said the shares were meant as an investment.",
			want: []string{"Harlow Sprocket Corp"}},
		{name: "list joined by and", in: "Prices rose at Unesco, Interpol, Unicef and the World Bank said.",
			want: nil},
		{name: "body after a preposition between", in: "Ruvo Motors Inc said sales fell 4 pct in May. Ruvo Motors Inc paid 20 mln dlrs for Tessel Corp. It said the plant would open in July.",
			want: []string{"Ruvo Motors Inc", "Ruvo Motors Inc"}},
		{name: "body as subject between", in: "Ruvo Motors Inc said sales fell 4 pct in May. Tessel Corp paid 20 mln dlrs for the plant. It said the plant would open in July.",
			want: []string{"Ruvo Motors Inc"}},
	})
}
