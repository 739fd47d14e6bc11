package events

import "testing"

// TestStatementsAfterOpeningPhrase: a body right before the verb after
// an opening phrase that names another body ("In a report to the
// regulator, X said") is the subject, not the last member of a list;
// a list member joined by "and" still shares the phrase.
func TestStatementsAfterOpeningPhrase(t *testing.T) {
	checkStatements(t, false, []stmtCase{
		{name: "filing with a body", in: "Harlow Sprocket Corp raised its stake in Vedder Mills Inc. In its report to the Federal Trade Commission, Harlow Sprocket Corp said the shares were meant as an investment.",
			want: []string{"Harlow Sprocket Corp"}},
		{name: "list joined by and", in: "Prices rose at Unesco, Interpol, Unicef and the World Bank said.",
			want: nil},
	})
}
