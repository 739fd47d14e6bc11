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

// TestStatementsAccordingToBody: "according to the company" (the
// airline, the commission...) closing its phrase is the one body named
// earlier in the story that the noun fits; none or two such bodies, a
// noun phrase that goes on ("the company's report", "the company
// website"), or a noun for no body give no speaker.
func TestStatementsAccordingToBody(t *testing.T) {
	checkStatements(t, false, []stmtCase{
		{name: "airline", in: "Norvik Airlines cut twelve routes this winter. Revenue fell by a tenth, according to the airline, while fuel costs rose.",
			want: []string{"Norvik Airlines"}},
		{name: "company opening", in: "Halvard Textiles Ltd closed its mill in Brenmoor. According to the company, forty weavers will lose their jobs.",
			want: []string{"Halvard Textiles Ltd"}},
		{name: "commission", in: "The Fair Rents Commission met in March. Most landlords had accepted the cap, according to the commission.",
			want: []string{"Fair Rents Commission"}},
		{name: "report goes on", in: "Halvard Textiles Ltd closed its mill in Brenmoor. Forty weavers will lose their jobs, according to the company report.",
			want: nil},
		{name: "possessive", in: "Halvard Textiles Ltd closed its mill in Brenmoor. Forty weavers will lose their jobs, according to the company's report.",
			want: nil},
		{name: "two companies", in: "Halvard Textiles Ltd sold its mill to Orvane Fabrics Ltd. Forty weavers will lose their jobs, according to the company.",
			want: nil},
		{name: "no body noun", in: "Halvard Textiles Ltd closed its mill in Brenmoor. Forty weavers will lose their jobs, according to the report.",
			want: nil},
	})
}

// TestStatementsAccordingToBy: "according to N by X" makes X the speaker
// only when N is a text, figure or utterance X put out (a study, a
// survey, a post); a thing X made or people X polled are not X's words.
func TestStatementsAccordingToBy(t *testing.T) {
	checkStatements(t, false, []stmtCase{
		{name: "study", in: "Grain stocks fell by a third, according to a study by Orvane Motors.",
			want: []string{"Orvane Motors"}},
		{name: "online post", in: "According to an online post by Marta Helvig, the bridge reopened at dawn.",
			want: []string{"Marta Helvig"}},
		{name: "device", in: "The engines are tuned according to a method designed by Orvane Motors.",
			want: nil},
		{name: "people polled", in: "Rates will stay flat, according to traders polled by Orvane Motors.",
			want: nil},
	})
}
