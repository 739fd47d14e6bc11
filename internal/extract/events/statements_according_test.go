package events

import "testing"

// TestStatementsAccordingToDescribed: "according to" a person's name
// after a few lower-case words describing them (or a body naming the
// post) makes that person the speaker; a preposition or participle in
// between makes the name someone else.
func TestStatementsAccordingToDescribed(t *testing.T) {
	checkStatements(t, false, []stmtCase{
		{name: "eyewitness", in: "The roof of the depot caved in at noon, according to eyewitness Marta Helvig.",
			want: []string{"Marta Helvig"}},
		{name: "two words", in: "The barge sank in shallow water, according to harbour master Tobias Renk.",
			want: []string{"Tobias Renk"}},
		{name: "body and post", in: "According to Orvane Motors spokesman Delia Fenwick, the plant will reopen in June.",
			want: []string{"Delia Fenwick"}},
		{name: "participle", in: "The contract was void, according to the lawyer representing Marta Helvig.",
			want: nil},
		{name: "preposition", in: "The contract was void, according to a cousin of Marta Helvig.",
			want: nil},
		{name: "possessive", in: "The contract was void, according to diarist Marta Helvig's notes.",
			want: nil},
	})
}

// TestStatementsPronounSameSentence: a pronoun that opens a clause
// linked to the sentence's first attribution ("but he", "which he
// said") continues that attribution's speaker, not the one of the
// sentence before; a closing "..., he said" after a clause reporting
// another person keeps the earlier speaker.
func TestStatementsPronounSameSentence(t *testing.T) {
	checkStatements(t, false, []stmtCase{
		{name: "although he", in: "Oskar Brenn said the port would stay shut. Tomas Verel said no date had been set, although he confirmed that talks went on.",
			want: []string{"Oskar Brenn", "Tomas Verel"}},
		{name: "which he said", in: "Oskar Brenn said the port would stay shut. Tomas Verel praised the new dock, which he said was the best in the region.",
			want: []string{"Oskar Brenn", "Tomas Verel"}},
		{name: "closing he said", in: "Oskar Brenn said the port would stay shut. The mayor, Tomas Verel, has also expressed opposition to the dock, he said.",
			want: []string{"Oskar Brenn", "Tomas Verel", "Oskar Brenn"}},
	})
}

// TestStatementsClaimPastClause: "claimed" reports words when a clause
// with a past-tense verb follows its subject ("claimed rivals pushed
// him"), not when the "-ed" word modifies a noun or follows a
// conjunction.
func TestStatementsClaimPastClause(t *testing.T) {
	checkStatements(t, false, []stmtCase{
		{name: "name subject", in: "Tomas Verel spoke in Pello. Verel claimed Ruvanians pushed Oskar Brenn out of the race.",
			want: []string{"Tomas Verel"}},
		{name: "noun subject", in: "Tomas Verel spoke in Pello. Verel claimed the Ruvanian army faked the ballots.",
			want: []string{"Tomas Verel"}},
		{name: "participle modifier", in: "Tomas Verel spoke in Pello. Verel claimed the disputed seat in March.",
			want: nil},
		{name: "conjunction", in: "Tomas Verel spoke in Pello. Verel claimed victory and moved to the capital.",
			want: nil},
	})
}

// TestStatementsRelativeOfKin: "a niece of X, who claimed ..." is the
// niece's claim, not X's.
func TestStatementsRelativeOfKin(t *testing.T) {
	checkStatements(t, false, []stmtCase{
		{name: "kin", in: "Ruvania closed its border. A niece of Tomas Verel, who claimed the border was shut in haste, was detained.",
			want: nil},
		{name: "the person", in: "Ruvania closed its border. Tomas Verel, who claimed the border was shut in haste, was detained.",
			want: []string{"Tomas Verel"}},
	})
}

// TestStatementsAndAfterPrepObject: "X praised the plan on Radio Pello
// and warned ...": the name before "and" is a preposition's object, so
// "and" joins two verbs of X; "X and Y warned" still needs both names.
func TestStatementsAndAfterPrepObject(t *testing.T) {
	checkStatements(t, false, []stmtCase{
		{name: "on a body", in: "Ruvania closed its border. Tomas Verel praised the plan on Orvane Radio and warned that prices would rise.",
			want: []string{"Tomas Verel"}},
		{name: "to a country", in: "Ruvania closed its border. Tomas Verel travelled to Ruvania and said the talks had failed.",
			want: []string{"Tomas Verel"}},
	})
}
