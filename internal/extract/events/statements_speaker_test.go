package events

import "testing"

// TestStatementNamesakeOfBody pins a listed body's one-word name that is
// the surname of a person the story has named in full: the person speaks,
// not the body; without the full name first the body keeps the name.
func TestStatementNamesakeOfBody(t *testing.T) {
	checkStatements(t, false, []stmtCase{
		{"the person named in full first",
			"Ruth Bloomberg runs a bakery in Dover. Bloomberg said the flour price had doubled.",
			[]string{"Ruth Bloomberg"}},
		{"no person of that name",
			"Prices of flour rose in March. Bloomberg said the bakers were worried.",
			[]string{"Bloomberg"}},
		{"two people of that name: the body as before",
			"Ruth Bloomberg and Dan Bloomberg run a bakery in Dover. Bloomberg said the flour price had doubled.",
			[]string{"Bloomberg"}},
	})
}

// TestStatementQuoteAfterOpeningClause pins the speaker of a quotation
// closed by a pronoun after a sentence whose main clause follows an
// opening subordinate clause: the main clause's subject, not a pronoun
// inside the opening clause nor the object.
func TestStatementQuoteAfterOpeningClause(t *testing.T) {
	checkStatements(t, false, []stmtCase{
		{"pronoun inside the opening clause",
			"Tom Reed quit the race on Monday. On the evening that he quit, Mr Reed backed his old rival, Carl Owens. \"We need unity now,\" he said.",
			[]string{"Tom Reed"}},
		{"a name inside the opening clause",
			"The vote ended late. When Carl Owens lost, Tom Reed called for unity. \"We need calm now,\" he said.",
			[]string{"Tom Reed"}},
		{"a participle after the main clause",
			"When Carl Owens lost, Tom Reed led the tributes, saying the race had been fair.",
			[]string{"Tom Reed"}},
		{"an apposition is no opening clause",
			"A group of ten teachers, including Carl Owens and Tom Reed, sent a note, explaining that pay had fallen.",
			nil},
		{"no person opens the main clause",
			"The vote ended late. When Carl Owens met Tom Reed, the party called for unity. \"We need calm now,\" he said.",
			nil},
	})
}

// TestStatementClosingPronounSpeaker pins the speaker of a closing
// "..., he said": a person named in the words it reports is not the
// pronoun's antecedent (the one who spoke before is), unless the words
// open with a relative pronoun or a colon after the speaker's name.
func TestStatementClosingPronounSpeaker(t *testing.T) {
	checkStatements(t, false, []stmtCase{
		{"a name in the reported words",
			"Tom Reed runs the bank. Carl Owens would back a cut in rates, he said.",
			[]string{"Tom Reed"}},
		{"a possessive in the reported words",
			"Tom Reed runs the bank. A cut would meet Carl Owens's target, he said.",
			[]string{"Tom Reed"}},
		{"the name before a colon introduces the words",
			"Tom Reed spoke first. Carl Owens agreed: \"We must act now\", he argued.",
			[]string{"Carl Owens"}},
	})
}

// TestStatementSubjectWithCompanions pins "X himself said" and "X and
// other analysts said": the named person speaks; not a day or a place
// coordinated with an unnamed group.
func TestStatementSubjectWithCompanions(t *testing.T) {
	checkStatements(t, false, []stmtCase{
		{"intensive pronoun", "Carl Owens himself said the plan was too slow.", []string{"Carl Owens"}},
		{"and other analysts", "Prices may fall in May, Carl Owens and other analysts said.", []string{"Carl Owens"}},
		{"and the lenders", "Carl Owens and the lenders said the talks would resume in May.", []string{"Carl Owens"}},
		{"a day and the sources", "The talks ended on Monday and the sources said little.", nil},
		{"a possessive before the group", "Carl Owens's staff and other aides said the plan was slow.", nil},
	})
}

// TestStatementLikened pins "likened X to "..."": a comparison worded in
// quotation marks is speech, as "called X "..."" is; without a quotation
// it is none.
func TestStatementLikened(t *testing.T) {
	checkStatements(t, false, []stmtCase{
		{"quoted comparison", "Carl Owens likened the merger to \"a shotgun wedding\".", []string{"Carl Owens"}},
		{"no quotation", "Carl Owens likened the merger to a wedding.", nil},
	})
}

// TestStatementReassured pins "reassured X that ...", told words as
// "assured X that" are.
func TestStatementReassured(t *testing.T) {
	checkStatements(t, false, []stmtCase{
		{"reassured that", "Carl Owens reassured the staff that no jobs would go.", []string{"Carl Owens"}},
		{"reassured by", "Carl Owens was reassured by the figures.", nil},
	})
}
