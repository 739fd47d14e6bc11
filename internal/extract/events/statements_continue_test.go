package events

import "testing"

// TestStatementsItContinues: a subject "it" opening its clause goes on
// with the body or country that spoke up to three sentences before; not
// a person's words, not across another body (named, or by its noun) or
// another speaker, not a coordinated pair of speakers, not "it" inside a
// relative clause.
func TestStatementsItContinues(t *testing.T) {
	checkStatements(t, false, []stmtCase{
		{name: "it said", in: "Ruvo Motors Inc said sales fell 4 pct in May. It said the new plant would open in July.",
			want: []string{"Ruvo Motors Inc", "Ruvo Motors Inc"}},
		{name: "trailing it added", in: "Ruvo Motors Inc said sales fell 4 pct in May. Exports held up better than expected, it added.",
			want: []string{"Ruvo Motors Inc", "Ruvo Motors Inc"}},
		{name: "quote it said", in: "The World Trade Organization said the quotas would end. \"Funding is there for those who need it,\" it said.",
			want: []string{"World Trade Organization", "World Trade Organization"}},
		{name: "but it said", in: "The World Trade Organization said the quotas would end. But it said talks could resume in June.",
			want: []string{"World Trade Organization", "World Trade Organization"}},
		{name: "no statement before", in: "The World Trade Organization rejected the plan. But it said talks could resume in June.",
			want: nil},
		{name: "after a person", in: "Dana Pike said sales fell 4 pct in May. It said nothing about exports.",
			want: []string{"Dana Pike"}},
		{name: "another body between", in: "Ruvo Motors Inc said sales fell 4 pct in May. Tessel Corp cut its prices. It said the plant would open in July.",
			want: []string{"Ruvo Motors Inc"}},
		{name: "two sentences back", in: "Ruvo Motors Inc said sales fell 4 pct in May. Prices rose. Costs rose too. It said the plant would open in July.",
			want: []string{"Ruvo Motors Inc", "Ruvo Motors Inc"}},
		{name: "too far back", in: "Ruvo Motors Inc said sales fell 4 pct in May. Prices rose. Costs rose too. Orders fell. It said the plant would open in July.",
			want: []string{"Ruvo Motors Inc"}},
		{name: "someone spoke between", in: "Ruvo Motors Inc said sales fell 4 pct in May. The dealers' group said prices rose. It said the plant would open in July.",
			want: []string{"Ruvo Motors Inc"}},
		{name: "a body by its noun between", in: "Ruvo Motors Inc said sales fell 4 pct in May. The commission had looked into the deal. But it said the plant would open in July.",
			want: []string{"Ruvo Motors Inc"}},
		{name: "coordinated speakers", in: "The World Trade Organization and the World Bank said the quotas would end. It argues the poor will gain.",
			want: []string{"World Trade Organization", "World Bank"}},
		{name: "relative clause", in: "Ruvo Motors Inc said sales fell 4 pct in May. Buyers doubt the figure it says it reached.",
			want: []string{"Ruvo Motors Inc"}},
	})
}

// TestStatementsSpeakerGoesOn: a subject pronoun that coreference leaves
// open (its person named too far back) continues the person who spoke
// last when nobody else could have taken the floor in between: no other
// name, no unnamed speaker or person, no other verb of speech.
func TestStatementsSpeakerGoesOn(t *testing.T) {
	const opening = "\"The mill will close,\" Tom Harrow said. \"We tried everything.\" \"Nothing worked.\" \"The bank would not lend.\" "
	checkStatements(t, false, []stmtCase{
		{name: "quotation after a fact", in: opening + "The mill opened in 1950. \"It was a hard call,\" he said.",
			want: []string{"Tom Harrow", "Tom Harrow"}},
		{name: "he added", in: opening + "The mill opened in 1950 and employs 300. He added that talks would go on.",
			want: []string{"Tom Harrow", "Tom Harrow"}},
		{name: "unnamed speaker between", in: opening + "One dealer told us prices fell. \"It was a hard call,\" he said.",
			want: []string{"Tom Harrow"}},
		{name: "unnamed person between", in: opening + "A local banker was less gloomy. \"It was a hard call,\" he said.",
			want: []string{"Tom Harrow"}},
		{name: "lone surname between", in: opening + "Wexler, 52, was less gloomy. \"It was a hard call,\" he said.",
			want: []string{"Tom Harrow"}},
		{name: "other gender", in: opening + "The mill opened in 1950. \"It was a hard call,\" she said.",
			want: []string{"Tom Harrow"}},
		{name: "too far back", in: opening + "Output fell. Prices fell. Costs rose. Orders fell. \"It was a hard call,\" he said.",
			want: []string{"Tom Harrow"}},
	})
}

// TestStatementsQuotedSubject: in ""...," he said" (or "In a note,
// he said") right after a sentence whose subject is a person, the
// pronoun is that person, even when the sentence names others; not
// when the sentence before is a quotation or
// its subject is no person.
func TestStatementsQuotedSubject(t *testing.T) {
	checkStatements(t, false, []stmtCase{
		{name: "subject of the sentence before", in: "Tom Harrow, whose rival Dan Wexler won the prize, stayed cheerful. \"Next year is mine,\" he said.",
			want: []string{"Tom Harrow"}},
		{name: "possessive between", in: "Tom Harrow rejected Dan Wexler's claim that the race was fixed. \"Nobody fixed anything,\" he told reporters.",
			want: []string{"Tom Harrow"}},
		{name: "after an opening phrase", in: "Tom Harrow, whose rival Dan Wexler won the prize, stayed cheerful. In a note to his crew, he said the boat would be ready in May.",
			want: []string{"Tom Harrow"}},
		{name: "gender", in: "Tom Harrow, whose rival Dan Wexler won the prize, stayed cheerful. \"Next year is mine,\" she said.",
			want: nil},
		{name: "subject is a body", in: "The Ruvo Rowing Club, led by Dan Wexler and Tom Harrow, won the cup. \"Next year is ours too,\" he said.",
			want: nil},
		{name: "sentence before is a quotation", in: "Tom Harrow and Dan Wexler spoke after the race. \"It was close.\" \"Next year is mine,\" he said.",
			want: nil},
	})
}
