package events

import "testing"

// TestStatementPersonBeforeOfPhrase pins a speaker named at the opening
// of the clause and followed by "of", "from" or "at" and a phrase the
// lists do not read as one body ("of the city's water authority", "of
// the University of X in Y", "of X Fire and Rescue"): the person speaks.
// A person inside the phrase, a possessive before a noun for someone
// else, or a clause of its own before the verb give nothing.
func TestStatementPersonBeforeOfPhrase(t *testing.T) {
	checkStatements(t, false, []stmtCase{
		{"a lower-case body with a possessive",
			"Karl Jensen of the city's water authority said the pipes would be replaced.",
			[]string{"Karl Jensen"}},
		{"a body and its place",
			"Ecologist Karl Jensen of the University of Bergen in Norway also said the birds had returned.",
			[]string{"Karl Jensen"}},
		{"a body and a second description",
			"Karl Jensen of Bergen University and contributor to Nature wrote, \"The birds are back.\"",
			[]string{"Karl Jensen"}},
		{"a body named with and",
			"Karl Jensen of Oslo Fire and Rescue said late on Monday no ships would leave the port.",
			[]string{"Karl Jensen"}},
		{"a stray comma after the abbreviation",
			"Director Karl Jensen of the Norwegian Institute of Bird Studies (NIBS), announced a survey was stopped early.",
			[]string{"Karl Jensen"}},
		{"someone else's lawyer",
			"Karl Jensen of Bergen's lawyer said the pipes would be replaced.",
			nil},
		{"the person inside the phrase",
			"A friend of Karl Jensen from Bergen said the pipes would be replaced.",
			nil},
		{"a clause of its own",
			"Senator Karl Jensen from Bergen had the most pledged votes, with 60.",
			nil},
	})
}
