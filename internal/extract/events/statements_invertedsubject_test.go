package events

import "testing"

// TestStatementsInvertedAfterSubject: "X, his sister, said Y "…"": a name
// after the verb that opens a quotation is what the subject spoke about,
// not an inverted speaker; "…," said Y keeps Y.
func TestStatementsInvertedAfterSubject(t *testing.T) {
	checkStatements(t, false, []stmtCase{
		{name: "subject before the verb", in: "Tomas Verel died on Sunday. Anna Pellow, his sister, said Verel \"worked until the very last day\".",
			want: []string{"Anna Pellow"}},
		{name: "inverted after a quotation", in: "\"The harvest was poor,\" said Tomas Verel.",
			want: []string{"Tomas Verel"}},
	})
}
