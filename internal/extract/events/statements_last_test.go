package events

import "testing"

// TestStatementsTrailingVerbs: a report closed by "he confirmed", "she
// recalls" or "he concedes" is words said before the attribution.
func TestStatementsTrailingVerbs(t *testing.T) {
	checkStatements(t, false, []stmtCase{
		{name: "he confirmed", in: "Tom Harrow spoke on Monday. Foreign firms would be allowed to run the mines, he confirmed.", want: []string{"Tom Harrow"}},
		{name: "she recalls", in: "Dana Pike spoke on Monday. \"It was a fine day,\" she recalls.", want: []string{"Dana Pike"}},
		{name: "he concedes", in: "Tom Harrow spoke on Monday. \"We grew far too fast,\" he concedes.", want: []string{"Tom Harrow"}},
		{name: "named speaker confirmed", in: "The plant will close in June, chief executive Dana Pike confirmed on Thursday.", want: []string{"Dana Pike"}},
		{name: "confirmed object", in: "Dana Pike confirmed the deal on Thursday.", want: []string{"Dana Pike"}},
	})
}
