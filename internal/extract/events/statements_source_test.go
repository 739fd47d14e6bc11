package events

import "testing"

// TestStatementsSourceNoun: a written text of a named actor as the
// subject of a speech verb ("A statement from Acme said", "Acme's
// website says", "X's statement read") gives that actor's statement;
// not when the text only frames another speaker's clause ("In a
// statement issued by Acme, the union said"), not a text of something
// unnamed, not a text an actor spoke of.
func TestStatementsSourceNoun(t *testing.T) {
	checkStatements(t, false, []stmtCase{
		{name: "statement from a body", in: "Kestrel Partners cut 300 jobs. A statement from Kestrel Partners said the cuts were needed.",
			want: []string{"Kestrel Partners"}},
		{name: "official statement from", in: "An official statement from Kestrel Partners says the cuts were needed.",
			want: []string{"Kestrel Partners"}},
		{name: "statement released by, colon", in: "Kestrel Partners cut 300 jobs. A statement released by Kestrel Partners said: \"The cuts were needed.\"",
			want: []string{"Kestrel Partners"}},
		{name: "press release from a ministry", in: "Fees rose. A press release from the Ruvanian Ministry of Finance states, \"The order recovers money.\"",
			want: []string{"Ruvanian Ministry of Finance"}},
		{name: "after the quotation", in: "Kestrel Partners cut jobs. \"The cuts were needed,\" a statement issued by Kestrel Partners said.",
			want: []string{"Kestrel Partners"}},
		{name: "possessive website", in: "The World Bank's website said: \"Rice prices will rise.\"",
			want: []string{"World Bank"}},
		{name: "possessive statement read", in: "Kestrel Partners cut jobs on Monday. Kestrel Partners' statement read: \"The cuts were needed.\"",
			want: []string{"Kestrel Partners"}},
		{name: "honorific and written statement", in: "Tomas Verel quit on Monday. Mr Verel's written statement said he was tired.",
			want: []string{"Tomas Verel"}},
		{name: "the text frames another speaker", in: "In a statement issued by Kestrel Partners, the union said the cuts were wrong.",
			want: nil},
		{name: "a text of an unnamed office", in: "A statement from the office of the governor said the cuts were needed.",
			want: nil},
		{name: "negated", in: "A statement from Kestrel Partners did not say why the cuts were needed.",
			want: nil},
	})
}

// TestStatementsSourceContinues: "The statement said ..." goes on in the
// words of the one the story gave that text to ("X said in a
// statement", "a letter from X said"), up to three sentences back; not
// a text the last speaker only spoke about, not a detail hedged inside
// a relative clause, not with no such text before.
func TestStatementsSourceContinues(t *testing.T) {
	checkStatements(t, false, []stmtCase{
		{name: "said in a statement, then the statement said", in: "Kestrel Partners said in a statement that it would cut 300 jobs. The statement said the cuts were needed.",
			want: []string{"Kestrel Partners", "Kestrel Partners"}},
		{name: "quotation closed by the statement added", in: "\"The cuts are needed,\" Kestrel Partners said in a statement. \"Costs rose sharply in the last year,\" the statement added.",
			want: []string{"Kestrel Partners", "Kestrel Partners"}},
		{name: "a letter from a person", in: "A letter from Tomas Verel said he would resign. The letter also said the board had failed.",
			want: []string{"Tomas Verel", "Tomas Verel"}},
		{name: "a text spoken of", in: "Tomas Verel criticised the statement by the union. The statement said the cuts were needed.",
			want: []string{"Tomas Verel"}},
		{name: "no text before", in: "Tomas Verel said the plan was wrong. The statement said the cuts were needed.",
			want: []string{"Tomas Verel"}},
		{name: "hedged inside a relative clause", in: "Kestrel Partners said in a statement that it would cut 300 jobs. The plant makes parts which, the statement said, nobody buys.",
			want: []string{"Kestrel Partners"}},
	})
}
