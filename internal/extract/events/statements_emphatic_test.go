package events

import "testing"

// TestStatementsEmphaticDid: "X did admit that ...", "Y does stress that
// ...": a verb of speech after an emphatic "did"/"does" is said; "did not
// admit" is not.
func TestStatementsEmphaticDid(t *testing.T) {
	checkStatements(t, false, []stmtCase{
		{name: "did admit", in: "Lena Marsh did admit that the harbour project had run over its budget.",
			want: []string{"Lena Marsh"}},
		{name: "does stress", in: "Rolf Harte does stress that the farm will stay open all winter.",
			want: []string{"Rolf Harte"}},
		{name: "did not admit", in: "Lena Marsh did not admit that the harbour project had run over its budget.",
			want: nil},
	})
}
