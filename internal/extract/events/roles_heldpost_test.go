package events

import "testing"

// TestRoleHeldPost: a definite post that a statement ties to the speaker
// just before gives that speaker the post, when nobody in the story has a
// title; not when a titled person could be meant.
func TestRoleHeldPost(t *testing.T) {
	checkRoles(t, []roleCase{
		{"a national post continues the speaker before it",
			"Alan Brook and Peter Vance argued about taxes on Monday. Mr Vance said the plan was wrong. Mr Brook said costs would rise. The prime minister said voters would decide. Mr Brook left early.", "GB",
			[]string{"Alan Brook|prime minister|United Kingdom"}},
		{"a party's post holds the party",
			"Alan Brook and Peter Vance argued about taxes on Monday. Mr Vance said the plan was wrong. Mr Brook said costs would rise. The Conservative leader said voters would decide. Mr Brook left early.", "GB",
			[]string{"Alan Brook|leader|Conservative Party"}},
		{"no speaker just before: no tie",
			"Alan Brook and Peter Vance argued about taxes on Monday. Mr Vance said the plan was wrong. It rained all week. Mr Brook left early. The prime minister said voters would decide.", "GB",
			nil},
		{"a body's post without its body stays unread",
			"Alan Brook and Peter Vance argued about taxes on Monday. Mr Vance said the plan was wrong. Mr Brook said costs would rise. The spokesman said voters would decide.", "GB",
			nil},
	})
}

// TestRoleStoryCompanyPost: "X, president of the company," in a story on
// one company is that company's post.
func TestRoleStoryCompanyPost(t *testing.T) {
	checkRoles(t, []roleCase{
		{"the one company of the story",
			"Tessel Holdings Inc forecast higher profits. Mark Brody, president of the company, said sales rose.", "",
			[]string{"Mark Brody|president|Tessel Holdings Inc"}},
		{"modifiers before the post",
			"Tessel Holdings Inc forecast higher profits. Mark Brody, a senior vice president of the company, said sales rose.", "",
			[]string{"Mark Brody|senior vice president|Tessel Holdings Inc"}},
		{"two companies: which one is unclear",
			"Tessel Holdings Inc bid for Garnet Mills Corp. Mark Brody, president of the company, said sales rose.", "",
			nil},
		{"another body inside the company",
			"Tessel Holdings Inc forecast higher profits. Mark Brody, president of the company's paper unit, said sales rose.", "",
			nil},
	})
}

// TestRoleSeatCountry: a bare head's title with several countries it
// could belong to goes to the one government the story lets speak by its
// seat ("the White House said").
func TestRoleSeatCountry(t *testing.T) {
	checkRoles(t, []roleCase{
		{"the one seat of government acting in the story",
			"President Tom Bellamy will tour Italy and Germany in May, the White House said. He leaves on a Monday.", "",
			[]string{"Tom Bellamy|President|United States"}},
		{"no seat: which country, the text does not say",
			"President Tom Bellamy will tour Italy and Germany in May, aides said. He leaves on a Monday.", "",
			nil},
		{"a seat inside another's title does not count",
			"President Tom Bellamy will tour Italy and Germany in May and meet Kremlin chief Ivan Petrov.", "",
			[]string{"Ivan Petrov|chief|Russia"}},
	})
}

// TestRoleMostNamedCountry: a bare head's title goes to the country the
// story names far more than any other that could hold it (Britain has no
// president), unless its own sentence points to another of them.
func TestRoleMostNamedCountry(t *testing.T) {
	checkRoles(t, []roleCase{
		{"the country the story is about",
			"Britain sold wheat to Peru. Britain and Peru signed a deal. Britain hopes Peru will pay. President Alan Quispe spoke on Monday. Chile was not invited.", "",
			[]string{"Alan Quispe|President|Peru"}},
		{"the sentence names another country that could hold it",
			"Britain sold wheat to Peru. Britain and Peru signed a deal. Britain hopes Peru will pay. President Alan Quispe, the visiting Chilean official, spoke on Monday.", "",
			nil},
		{"no country named far more than the rest",
			"Britain sold wheat to Peru. Britain and Chile signed a deal. Britain hopes Peru will pay. President Alan Quispe spoke on Monday. Chile was not invited.", "",
			nil},
	})
}
