package events

import "testing"

// TestStatementsUnclosedApposition: "X, the director of Y said ...": an
// apposition that runs into the verb without its closing comma still
// leaves X the speaker; not a name inside an opening phrase ("After
// talks with X, the minister said", "At Kestrel, an analyst said"), not
// across a clause word, not "X, a Kestrel statement said".
func TestStatementsUnclosedApposition(t *testing.T) {
	checkStatements(t, false, []stmtCase{
		{name: "after an opening adverb", in: "In contrast, Anna Pellow, the executive director of Human Rights in Ruvania said, \"It is a wakeup call.\"",
			want: []string{"Anna Pellow"}},
		{name: "after a quotation", in: "\"We are doing research,\" Tomas Verel, a Kestrel spokesman told the BBC.",
			want: []string{"Tomas Verel"}},
		{name: "a company and its parent", in: "Dorvale Electronics Inc, a unit of Kestrel Partners said it would cut jobs.",
			want: []string{"Dorvale Electronics Inc"}},
		{name: "name inside an opening phrase", in: "After talks with Tomas Verel, the prime minister said the deal was close.",
			want: nil},
		{name: "body after a preposition", in: "At Kestrel Partners, a leading analyst said prices would rise.",
			want: nil},
		{name: "clause word inside", in: "Kestrel Partners, a firm whose shares fell said it would cut jobs.",
			want: nil},
	})
}

// TestStatementsBareUnclosedApposition: an apposition without its
// article ("chief planner at Y", "Y's chief economist") that runs into
// the verb without its closing comma still leaves the name before it as
// the speaker; a number or a preposition after the comma does not open
// one.
func TestStatementsBareUnclosedApposition(t *testing.T) {
	checkStatements(t, false, []stmtCase{
		{name: "noun of body", in: "Rolf Harte, senior partner of Vell Dunmore said the firm would open two offices.",
			want: []string{"Rolf Harte"}},
		{name: "told after quote", in: "\"We will not sell the farm,\" Rolf Harte, chairman of the growers' league told reporters.",
			want: []string{"Rolf Harte"}},
		{name: "preposition", in: "When Rolf Harte, in his last week at the farm said nothing, the buyers left.",
			want: nil},
		{name: "age", in: "Marta Helvig, 45 said nothing about the farm.",
			want: nil},
	})
}

// TestStatementsLongApposition: a name opening the sentence, then an
// apposition with commas of its own ("minister for A, B and C", "58, MP
// for Y") closed by a comma before the verb: the name speaks. A list of
// names, another clause ("while Y, the union, declared") or a colon's
// quotation after the verb leave it to other frames.
func TestStatementsLongApposition(t *testing.T) {
	checkStatements(t, false, []stmtCase{
		{name: "commas in title", in: "Lena Marsh, Minister for Transport, Housing, Planning and Culture, said she was pleased with the deal.",
			want: []string{"Lena Marsh"}},
		{name: "age and seat", in: "Rolf Harte, 58, MP for Brenmoor in Halvshire, said he would not stand again.",
			want: []string{"Rolf Harte"}},
		{name: "other clause", in: "Rolf Harte, head of the growers' league, met the minister while the dockers, the largest union in Brenmoor, declared a strike.",
			want: nil},
	})
}

// TestStatementsNestedApposition: a description after the speaker's name
// may hold its own apposition ("X, a board member of Y's bank, the Z,
// said"); the speaker is still the name before the first comma, wherever
// the sentence starts.
func TestStatementsNestedApposition(t *testing.T) {
	checkStatements(t, false, []stmtCase{
		{name: "after then", in: "Then Oskar Brenn, a board member of Ruvania's central bank, the Volksbank, said that cash trading should stay.",
			want: []string{"Oskar Brenn"}},
		{name: "after but comma", in: "But, Oskar Brenn, the chairman of Ruvania's central bank, the Volksbank, said that cash trading should stay.",
			want: []string{"Oskar Brenn"}},
		{name: "place not a description", in: "Back in Pello, the capital of the north, officials said the bridge would reopen.",
			want: nil},
	})
}
