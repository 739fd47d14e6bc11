package events

import "testing"

// TestStatementsRelativeSpeaker: a relative clause of speech after a
// name ("X, who said", "Acme, which said") is the antecedent's
// statement; a person with "of" or an apposition before "who" is the
// person; not a body that only qualifies another noun ("a report on
// Ruvania, which said"), not an act ("which declared a moratorium").
func TestStatementsRelativeSpeaker(t *testing.T) {
	checkStatements(t, false, []stmtCase{
		{name: "who after a person", in: "The plan was backed by Anna Pellow, who said it would help farmers.",
			want: []string{"Anna Pellow"}},
		{name: "who has said", in: "The plan was backed by Anna Pellow, who has said it would help farmers.",
			want: []string{"Anna Pellow"}},
		{name: "who after person of body", in: "Traders such as Anna Pellow of Kestrel Partners, who said that the market was weak, stayed away.",
			want: []string{"Anna Pellow"}},
		{name: "who after an apposition", in: "A different view came from Anna Pellow, an economist at Kestrel University, who stated that firms rarely grow.",
			want: []string{"Anna Pellow"}},
		{name: "which after a body", in: "The plan was attacked by Kestrel Partners, which said it would hurt farmers.",
			want: []string{"Kestrel Partners"}},
		{name: "which after a country", in: "The strongest objection came from Portugal, which says the levy breaks the treaty.",
			want: []string{"Portugal"}},
		{name: "which after a topic preposition", in: "Analysts read a report on Ruvania, which said the levy breaks the treaty.",
			want: nil},
		{name: "which after of", in: "A survey of Kestrel Partners, which said prices rose, was ignored.",
			want: nil},
		{name: "which declared an act", in: "The loan went to Ruvania, which declared a debt moratorium in May.",
			want: nil},
		{name: "who after a relative of a person", in: "The letter came from Lina Dorr, the daughter of Tomas Verel of Portugal, who said the palace was empty.",
			want: []string{"Lina Dorr"}},
		{name: "who after a relative of a person, no apposition", in: "The letter came from the daughter of Tomas Verel of Portugal, who said the palace was empty.",
			want: nil},
	})
}

// TestStatementsInvertedApposition: "..., said X, the mayor." names the
// speaker twice (the title refers back to X): one speaker. "..., said X
// of Acme" is X, with the body X works for.
func TestStatementsInvertedApposition(t *testing.T) {
	checkStatements(t, false, []stmtCase{
		{name: "title apposition", in: "Ruvania closed its border. \"The river will rise,\" said Tomas Verel, the mayor.",
			want: []string{"Tomas Verel"}},
		{name: "logical punctuation and a longer title", in: "Ruvania closed its border. \"The river will rise in the next hours\", said Tomas Verel, the regional governor, as rain fell.",
			want: []string{"Tomas Verel"}},
		{name: "person of a body", in: "Ruvania closed its border. \"Prices will rise,\" said Anna Pellow of Kestrel Partners.",
			want: []string{"Anna Pellow"}},
		{name: "post, person of a body", in: "Ruvania closed its border. \"Prices will rise\", said energy analyst Anna Pellow of the Kestrel Institute, \"and soon.\"",
			want: []string{"Anna Pellow"}},
		{name: "only a person takes of", in: "Ruvania closed its border. Prices will rise, said Portugal of its own plan.",
			want: nil},
		{name: "two names are not one speaker", in: "Ruvania closed its border. \"The river will rise,\" said Tomas Verel and Anna Pellow.",
			want: nil},
	})
}

// TestStatementsCalledOn: "called on X to do" is an appeal in words, like
// "urged"; not "called on Monday for ...", not without an infinitive.
func TestStatementsCalledOn(t *testing.T) {
	checkStatements(t, false, []stmtCase{
		{name: "called on someone to", in: "Ruvania closed its border. Tomas Verel called on the mayor to resign.",
			want: []string{"Tomas Verel"}},
		{name: "calls on a named person", in: "Ruvania closed its border. Tomas Verel calls on Anna Pellow to step aside.",
			want: []string{"Tomas Verel"}},
		{name: "a weekday after on", in: "Ruvania closed its border. Tomas Verel called on Monday at the town hall.",
			want: nil},
		{name: "no infinitive", in: "Ruvania closed its border. Tomas Verel called on the family at their home.",
			want: nil},
	})
}

// TestStatementsRevealedClause: "revealed" with a reported clause and no
// "that" is words; "revealed a plan" or "was revealed" is not.
func TestStatementsRevealedClause(t *testing.T) {
	checkStatements(t, false, []stmtCase{
		{name: "clause without that", in: "Ruvania closed its border. Tomas Verel revealed talks were under way with the mayor.",
			want: []string{"Tomas Verel"}},
		{name: "pronoun clause", in: "Ruvania closed its border. Tomas Verel has revealed he will leave the club in May.",
			want: []string{"Tomas Verel"}},
		{name: "a thing revealed", in: "Ruvania closed its border. Tomas Verel revealed a new bridge on Monday.",
			want: nil},
		{name: "passive", in: "Ruvania closed its border. Tomas Verel was revealed as the new coach.",
			want: nil},
	})
}

// TestStatementsFurther: "X further said" keeps X as the subject of the
// verb of speech, as "X also said" does.
func TestStatementsFurther(t *testing.T) {
	checkStatements(t, false, []stmtCase{
		{name: "name further stated", in: "Ruvania closed its border. Tomas Verel further stated that the port would open in May.",
			want: []string{"Tomas Verel"}},
		{name: "pronoun further said", in: "Tomas Verel said the port was shut. He further said, \"The port will open soon.\"",
			want: []string{"Tomas Verel", "Tomas Verel"}},
		{name: "further as an adjective", in: "Ruvania closed its border. Further talks said nothing new.",
			want: nil},
	})
}

// TestStatementsPassiveBy: "the claim was denied by X", "his death was
// announced by X", "was described by X as ..." name the speaker after
// "by"; "was confirmed by the Senate" is a vote, and "was met by X" no
// speech at all.
func TestStatementsPassiveBy(t *testing.T) {
	checkStatements(t, false, []stmtCase{
		{name: "denied by", in: "Ruvania closed its border. The charge was denied by Tomas Verel, the mayor's lawyer.",
			want: []string{"Tomas Verel"}},
		{name: "announced by", in: "Ruvania closed its border. Her death was announced by Anna Pellow, the head of the firm.",
			want: []string{"Anna Pellow"}},
		{name: "described by as", in: "Ruvania closed its border. The bridge was described by Tomas Verel as \"a marvel\".",
			want: []string{"Tomas Verel"}},
		{name: "confirmed by a vote", in: "Ruvania closed its border. Anna Pellow was confirmed by the Senate on Monday.",
			want: nil},
		{name: "not a verb of speech", in: "Ruvania closed its border. Anna Pellow was met by Tomas Verel at the airport.",
			want: nil},
	})
}
