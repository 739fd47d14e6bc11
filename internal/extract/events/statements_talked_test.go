package events

import "testing"

// TestStatementsTalkedAbout: "talked about/of" reports words on a topic,
// like "spoke of"; "talks of" is left out, being so often the noun
// ("trade talks of this kind").
func TestStatementsTalkedAbout(t *testing.T) {
	checkStatements(t, false, []stmtCase{
		{name: "talked about", in: "Tomas Verel talked about his plans to rebuild the harbour.",
			want: []string{"Tomas Verel"}},
		{name: "talked of", in: "Actress Mira Solen talked of being cast in a new drama series.",
			want: []string{"Mira Solen"}},
		{name: "the noun talks", in: "Ruvanian talks of this kind are held every spring.",
			want: nil},
	})
}
