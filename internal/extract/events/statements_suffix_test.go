package events

import "testing"

// TestStatementsListedCompanySuffix: a listed company written with its
// legal ending ("General Motors Corp said") speaks as the listed
// company, not as the company its words are about.
func TestStatementsListedCompanySuffix(t *testing.T) {
	checkStatements(t, false, []stmtCase{
		{name: "Corp after a listed company", in: "General Motors Corp said it would close two plants in Ohio next year.",
			want: []string{"General Motors"}},
		{name: "Inc after a listed company", in: "Texaco Inc said it had filed an appeal against the ruling on Monday.",
			want: []string{"Texaco"}},
		{name: "possessive object", in: "Analysts said General Motors Corp's sales fell in March.",
			want: nil},
	})
}

// TestStatementsBracketedCompany: Reuters writes an unlisted company in
// angle brackets ("<Kestrel Mining Corp> said"); the brackets do not hide
// the speaker. A bracketed company inside another's phrase does not
// speak.
func TestStatementsBracketedCompany(t *testing.T) {
	checkStatements(t, false, []stmtCase{
		{name: "bracketed subject", in: "<Kestrel Viral Research Corp> said it expects a loss of 17 mln dlrs for the year.",
			want: []string{"Kestrel Viral Research Corp"}},
		{name: "bracketed object of of", in: "The chairman of <Kestrel Viral Research Corp> said its plant was ready for inspection.",
			want: nil},
	})
}
