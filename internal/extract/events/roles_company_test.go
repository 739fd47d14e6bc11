package events

import "testing"

// TestRoleCoordinatedPosts pins two company posts joined by "and" before
// one of-phrase ("X, chairman and chief executive of Y"): both are Y's.
// Sentences we wrote.
func TestRoleCoordinatedPosts(t *testing.T) {
	checkRoles(t, []roleCase{
		{"chairman and chief executive of a firm", "Olga Brandt, chairman and chief executive of Norvale Corp, said margins fell.", "",
			[]string{"Olga Brandt|chief executive|Norvale Corp", "Olga Brandt|chairman|Norvale Corp"}},
		{"president and chief operating officer", "Pieter Rask, president and chief operating officer of Halden Foods Inc, resigned on Monday.", "",
			[]string{"Pieter Rask|chief operating officer|Halden Foods Inc", "Pieter Rask|president|Halden Foods Inc"}},
		{"a national post is not coordinated with a body's", "Tom Reed, senator and chairman of the Ruritanian Tariff Board, spoke.", "", nil},
		{"a country after the posts holds no company post", "Ivo Marek, president and chief executive of Chile, spoke.", "", nil},
	})
}

// TestRoleAppositiveToSentenceEnd pins an apposition whose lower-case
// tail runs to the end of the sentence ("..., said X, Acme's vice
// president of product design."). Sentences we wrote.
func TestRoleAppositiveToSentenceEnd(t *testing.T) {
	checkRoles(t, []roleCase{
		{"a possessive firm's post with a lower-case tail", "\"Sales will recover,\" said Lena Moss, Norvale Corp's vice president of product design.", "",
			[]string{"Lena Moss|vice president|Norvale Corp"}},
		{"a lower-case tail that is no body", "\"Sales will recover,\" said Lena Moss, vice president of product design.", "", nil},
	})
}

// TestRoleSentenceSubjectCompany pins a company post written bare before
// a name in a sentence that opens with the company as its subject
// ("Acme Corp said chairman X resigned", "Acme Inc expects ..., chairman
// X said"). Sentences we wrote.
func TestRoleSentenceSubjectCompany(t *testing.T) {
	checkRoles(t, []roleCase{
		{"the company said its post holder", "Norvale Corp said chairman Olga Brandt will retire in June.", "",
			[]string{"Olga Brandt|chairman|Norvale Corp"}},
		{"the post holder speaks at the end", "Halden Foods Inc expects higher sales this year, president Pieter Rask told analysts.", "",
			[]string{"Pieter Rask|president|Halden Foods Inc"}},
		{"another body's possessive before the post", "Norvale Corp said Kestrel's chairman Olga Brandt had called.", "",
			[]string{"Olga Brandt|chairman|Kestrel"}},
		{"a person named between the two", "Norvale Corp said Tom Reed met chairman Olga Brandt.", "", nil},
		{"a president after a body that is no company", "The Ruritanian Embassy criticised the tariffs announced by President Ivo Marek.", "", nil},
		{"the company is no subject opening the sentence", "Analysts said Norvale Corp was cheap, chairman Olga Brandt said.", "", nil},
	})
}

// TestRoleDepartmentAtFirm pins a post in a lower-case department of a
// firm ("director of corporate security at Acme") and a firm named after
// a lower-case description ("spokesman for security firm Acme").
// Sentences we wrote.
func TestRoleDepartmentAtFirm(t *testing.T) {
	checkRoles(t, []roleCase{
		{"a department at a described firm", "\"Attacks rose,\" said Sam Reed, director of network safety at security firm Norvex.", "",
			[]string{"Sam Reed|director|Norvex"}},
		{"a spokesman for a described firm", "Tim Wane, spokesman for anti-virus firm Kelvo, said the worm spread.", "",
			[]string{"Tim Wane|spokesman|Kelvo"}},
		{"a head of a department at a known firm", "Ann Hale, head of research at Norvale Corp, said rates would fall.", "",
			[]string{"Ann Hale|head|Norvale Corp"}},
		{"a lower-case tail that names no firm", "Tom Reed, director of sales at the time, said prices rose.", "", nil},
		{"a description with no name after it", "Tom Reed, spokesman for the security firm, said prices rose.", "", nil},
	})
}

// TestRoleCountryOpensBodyName pins a body whose name opens with a
// country or demonym ("chairman of the Japan Widget Makers Association"):
// the body holds the post, not the country. Sentences we wrote.
func TestRoleCountryOpensBodyName(t *testing.T) {
	checkRoles(t, []roleCase{
		{"a country opening an association's name", "Ken Obi, chairman of the Japan Widget Makers Association, said exports fell.", "",
			[]string{"Ken Obi|chairman|Japan Widget Makers Association"}},
		{"a demonym opening a firm's name", "Ann Hale, chief executive of British Widget Stores Plc, said sales fell.", "",
			[]string{"Ann Hale|chief executive|British Widget Stores Plc"}},
		{"the country alone still holds a national post", "Ivo Marek, ambassador of Chile, said talks went well.", "",
			[]string{"Ivo Marek|ambassador|Chile"}},
	})
}

// TestRoleBareJudge pins "Judge X" with no court named before it: a
// court's post whose holder stays empty, like a prosecutor's. Sentences
// we wrote.
func TestRoleBareJudge(t *testing.T) {
	checkRoles(t, []roleCase{
		{"a judge opening the sentence", "Judge Hanna Voss ordered the files sealed.", "", []string{"Hanna Voss|Judge|-"}},
		{"a judge after a speech verb", "The lawyers told Judge Hanna Voss that the deal was void.", "", []string{"Hanna Voss|Judge|-"}},
		{"a qualifier before the title names a court", "Bankruptcy Judge Hanna Voss ordered the files sealed.", "", nil},
		{"an of-phrase after the name names the court", "Judge Hanna Voss of the Norvale County Court ordered the files sealed.", "", nil},
		{"a title inside a film's name", "He wrote music for the Judge Rook film.", "", nil},
		{"a lower-case judge of a prize", "\"It is a fine book,\" said judge Hanna Voss.", "", nil},
	})
}

// TestRolePossessorFirm pins a company post after the possessive of a
// firm the lists do not know ("Kelvo's chairman X"). Sentences we wrote.
func TestRolePossessorFirm(t *testing.T) {
	checkRoles(t, []roleCase{
		{"an unknown firm's chairman", "Analysts said Kelvo's chairman Ann Hale would stay.", "", []string{"Ann Hale|chairman|Kelvo"}},
		{"a person named in full is no firm", "Ivo Marek spoke first. Later Marek's chairman Ann Hale spoke.", "", nil},
	})
}

// TestRoleLeadCompanyPost pins a bare company post before a name in a
// story whose lead names one company ("Norvale Corp ... Chairman X
// said"): that company holds it. Sentences we wrote.
func TestRoleLeadCompanyPost(t *testing.T) {
	checkRoles(t, []roleCase{
		{"the lead names the one company", "Norvale Corp said profits rose sharply last year.\n\nChairman Olga Brandt said margins would hold.", "",
			[]string{"Olga Brandt|Chairman|Norvale Corp"}},
		{"the company said, then the post", "Norvale Corp said profits rose sharply last year.\n\nThe company said chief financial officer Pieter Rask will retire.", "",
			[]string{"Pieter Rask|chief financial officer|Norvale Corp"}},
		{"an unknown name before the post", "Norvale Corp bid for its rival last year.\n\nKestrel said chairman Olga Brandt rejected the bid.", "", nil},
		{"a list of posts and names", "Norvale Corp said profits rose sharply last year.\n\nIt named Ann Hale, the treasurer, and chief executive, Pieter Rask.", "", nil},
		{"a spokesman may speak for another body", "Norvale Corp said profits rose sharply last year.\n\nSpokesman Pieter Rask said the talks failed.", "", nil},
		{"the lead names no company", "Profits rose sharply last year.\n\nNorvale Corp was sold.\n\nChairman Olga Brandt said margins would hold.", "", nil},
	})
}

// TestRoleCoordinatedBeforeName pins two company posts joined by "and"
// before a name ("Acme Corp said chairman and chief executive X"): both
// belong to the body the second one gets. Sentences we wrote.
func TestRoleCoordinatedBeforeName(t *testing.T) {
	checkRoles(t, []roleCase{
		{"chairman and chief executive", "Norvale Corp said chairman and chief executive Olga Brandt will retire.", "",
			[]string{"Olga Brandt|chief executive|Norvale Corp", "Olga Brandt|chairman|Norvale Corp"}},
		{"modifiers before the first post", "Norvale Corp named executive vice president and chief operating officer Pieter Rask as its head.", "",
			[]string{"Pieter Rask|chief operating officer|Norvale Corp", "Pieter Rask|executive vice president|Norvale Corp"}},
		{"a former first post is not added", "Norvale Corp said former chairman and chief executive Olga Brandt will retire.", "",
			[]string{"Olga Brandt|chief executive|Norvale Corp"}},
		{"a national post is not coordinated", "Norvale Corp said senator and chairman Olga Brandt will retire.", "",
			[]string{"Olga Brandt|chairman|Norvale Corp"}},
	})
}

// TestRoleApposDescribedBody covers a body named after a lower-case
// description of what kind of body it is, up to four words long, with
// or without "the" between the kind noun and the name ("director of
// civil liberties pressure group Kestrel", "head of the health charity
// the Ordway Trust").
func TestRoleApposDescribedBody(t *testing.T) {
	checkRoles(t, []roleCase{
		{"four words of description", "Jo Kent, director of civil liberties pressure group Kestrel, said the plan was unfair.", "",
			[]string{"Jo Kent|director|Kestrel"}},
		{"a union", "Ben Cole, general secretary of the public sector union Amtrex, said members would strike.", "",
			[]string{"Ben Cole|general secretary|Amtrex"}},
		{"the between the noun and the name", "Lena Vos, chief executive of the consumer rights organisation the Marlow Society, called the plans shameful.", "",
			[]string{"Lena Vos|chief executive|Marlow Society"}},
		{"no name after the description", "Jo Kent, director of a civil liberties pressure group, said the plan was unfair.", "", nil},
		{"five words is too long a description", "Jo Kent, director of a small civil liberties pressure group Kestrel, said the plan was unfair.", "", nil},
	})
}
