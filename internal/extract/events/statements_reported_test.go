package events

import "testing"

// TestStatementReportedClause pins "X reported (that) <clause>": a named
// person or body reporting what happened speaks; the noun "reports", the
// passive, an object with no clause, a demonym before a plural noun and
// news media reporting facts (GUIDELINES §8: optional) give nothing.
func TestStatementReportedClause(t *testing.T) {
	checkStatements(t, false, []stmtCase{
		{"a body and a clause with no that",
			"The Norwegian Institute of Bird Studies reported the first swallows arrived on Monday.",
			[]string{"Norwegian Institute of Bird Studies"}},
		{"a person and that after a day",
			"Governor Tom Reed reported on Tuesday that he had tested positive.",
			[]string{"Tom Reed"}},
		{"a pronoun subject",
			"Governor Tom Reed visited the dam. He reported that the water had fallen by a metre.",
			[]string{"Tom Reed"}},
		{"an object with no clause",
			"Acme Holdings reported a loss of five million dollars.",
			nil},
		{"the passive",
			"It was reported that Tom Reed had resigned.",
			nil},
		{"the noun before a verb",
			"Other Greenpeace reports showed the reef was dying.",
			nil},
		{"the noun after a listener",
			"Farmers told Greenpeace reports that the reef was dying were wrong.",
			nil},
		{"a demonym before a plural noun",
			"Dutch newspapers reported that the harbour would close.",
			nil},
		{"news media reporting facts",
			"The New York Times reported that the harbour would close.",
			nil},
	})
}

// TestStatementClaimedTo pins "X claimed to be/have ...": a claim about
// oneself; "claimed the title" is a thing won.
func TestStatementClaimedTo(t *testing.T) {
	checkStatements(t, false, []stmtCase{
		{"claimed to have",
			"Tom Reed afterwards claimed to have forgotten the whole crash.",
			[]string{"Tom Reed"}},
		{"claimed to be, in a relative clause",
			"The deal had been signed in March, which Tom Reed claimed to be unaware of.",
			[]string{"Tom Reed"}},
		{"claimed a thing",
			"Tom Reed claimed the national title in 2010.",
			nil},
		{"claimed to other verbs",
			"Tom Reed claimed to lead the race.",
			nil},
	})
}

// TestStatementRelationBeforeClosingName pins "..., her son X announced"
// and "..., its president X said": a relation or a post with a
// possessive between the closing comma and the name keeps the words
// before it as what was said.
func TestStatementRelationBeforeClosingName(t *testing.T) {
	checkStatements(t, false, []stmtCase{
		{"a relation",
			"The singer Mary Blake died on Friday aged 80, her son Tom Blake announced.",
			[]string{"Tom Blake"}},
		{"a post",
			"Delta Freight will keep its courier arm, its president Carl Owens said.",
			[]string{"Carl Owens"}},
		{"a post with commas",
			"The bank will not change its rates, its governor, Carl Owens, said.",
			[]string{"Carl Owens"}},
	})
}

// TestStatementBodyAfterPossessiveInPhrase pins the bodies named through
// a possessive inside a prepositional phrase ("scientists from Norway's
// X and the Y said"): they employ the unnamed speakers, they do not
// speak; without the preposition the body speaks.
func TestStatementBodyAfterPossessiveInPhrase(t *testing.T) {
	checkStatements(t, false, []stmtCase{
		{"two bodies in the phrase",
			"Researchers from Norway's University of Bergen and the Chinese Academy of Sciences said the birds returned early.",
			nil},
		{"a spokesman for a body",
			"A spokesman for Sweden's Volvo said sales had risen.",
			nil},
		{"the possessive opens the subject",
			"Norway's University of Bergen said the birds returned early.",
			[]string{"University of Bergen"}},
		{"a person after a body's possessive",
			"Greenpeace's Carl Owens said the reef was dying.",
			[]string{"Carl Owens"}},
	})
}
