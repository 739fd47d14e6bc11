package events

import "testing"

// TestRolePossessiveAfterName pins a body's post in the possessive after
// the name ("X, Acme's chief executive, said") when the mention finder
// did not know the body as it passed the name (a hyphenated or
// all-capital name), and "the company's" standing for the one company.
// Sentences we wrote.
func TestRolePossessiveAfterName(t *testing.T) {
	checkRoles(t, []roleCase{
		{"an all-capital firm's post after the name", "\"Demand for routers slowed,\" said Mara Lund, BT's chief executive.", "",
			[]string{"Mara Lund|chief executive|BT"}},
		{"the closing comma missing before the verb", "Mara Lund, Microsoft's chief financial officer said demand for routers slowed.", "",
			[]string{"Mara Lund|chief financial officer|Microsoft"}},
		{"two posts joined by and", "Mara Lund, BT's chairman and chief executive, told dealers in Oslo of slower demand.", "",
			[]string{"Mara Lund|chairman|BT", "Mara Lund|chief executive|BT"}},
		{"the company's post in a story on one firm", "Norvale Corp said its chairman had quit. His tasks pass to Ivo Brandt, the company's chief operating officer.", "",
			[]string{"Ivo Brandt|chief operating officer|Norvale Corp"}},
		{"a past post is none", "Mara Lund, BT's former chief executive, said demand for routers slowed.", "", nil},
		{"a person's aide holds no body's post", "Tom Reed met Ann Hale. Ivo Brandt, Reed's chief of staff, said nothing.", "", nil},
	})
}

// TestRoleOrgBeforePost pins a body named right before a body's post in
// front of a name, with lower-case words or a wire's ticker between.
// Sentences we wrote.
func TestRoleOrgBeforePost(t *testing.T) {
	checkRoles(t, []roleCase{
		{"lower-case words between the body and the post", "Norvale Corp corporate treasurer Ivo Brandt said bond sales would fund the plant.", "",
			[]string{"Ivo Brandt|corporate treasurer|Norvale Corp"}},
		{"a ticker between the body and the post", "Norvale Corp <NVC> chairman Ivo Brandt told analysts margins would widen.", "",
			[]string{"Ivo Brandt|chairman|Norvale Corp"}},
		{"a verb between the body and the post", "Norvale Corp expects chairman Ivo Brandt to stay on.", "", nil},
		{"a past post is none", "He praised former Norvale Corp board chairman Ivo Brandt for the merger.", "", nil},
		{"a party word before a committee's post", "The Conservative Party met. Conservative justice committee chairman Ivo Brandt said prisons were full.", "", nil},
	})
}

// TestRoleUnclosedHolder pins an apposition whose of-phrase runs straight
// into the speech verb, its closing comma missing ("X, chairman of Acme
// said"). Sentences we wrote.
func TestRoleUnclosedHolder(t *testing.T) {
	checkRoles(t, []roleCase{
		{"the comma missing before said", "Ivo Brandt, chairman of Norvale Corp said margins on routers would widen.", "",
			[]string{"Ivo Brandt|chairman|Norvale Corp"}},
		{"the comma missing before told, a spokesman for a body", "Demand for routers slowed, Ann Hale, spokeswoman for Norvale Corp told dealers.", "",
			[]string{"Ann Hale|spokeswoman|Norvale Corp"}},
		{"after an article the title is the speaker's", "Tom Reed met Ann Hale, the chairman of Norvale Corp said.", "", nil},
	})
}

// TestRoleAppositionHolderName pins a post in apposition after a name
// whose body's name runs on past what the lists know ("X, managing
// director of Acme Chemical Co Europe-Asia, said"): the word after the
// body is no second person holding the post. And a country's possessive
// before a members' body ("president of Ruritania's growers
// association") gives the country no post. Sentences we wrote.
func TestRoleAppositionHolderName(t *testing.T) {
	checkRoles(t, []roleCase{
		{"the body's name runs on after the lists' name", "Ana Roe, managing director of Kelvo Chemical Co Europe-Asia, said the plant would close.", "",
			[]string{"Ana Roe|managing director|Kelvo Chemical Co"}},
		{"a post before the name after an article and a list", "Present were Ambassador Li Wen, and the director-general of the Kelvo Trade Agency, Ivo Brandt.", "",
			[]string{"Ivo Brandt|director-general|Kelvo Trade Agency"}},
		{"a members' body inside a country", "Ivo Brandt, president of Peru's potato growers association, said prices fell.", "", nil},
		{"a country's government post stays the country's", "Ivo Brandt, spokesman of Peru's government, said prices fell.", "",
			[]string{"Ivo Brandt|spokesman|Peru"}},
	})
}

// TestRoleGeneralManager pins "general manager" as a body's post, and the
// appositions its holders are written in on the wires: a sentence ending
// in "Ltd.", a lower-case unit after the body's possessive with the
// closing comma missing, a plural possessive ("Growers' Association").
// A country word closing a firm's name ("Kelvo UK") holds no post.
// Sentences we wrote.
func TestRoleGeneralManager(t *testing.T) {
	checkRoles(t, []roleCase{
		{"a general manager of a named firm", "Ivo Brandt, general manager of Norvale Corp, said the plant would reopen.", "",
			[]string{"Ivo Brandt|general manager|Norvale Corp"}},
		{"the sentence ends in an abbreviation", "\"Rates will fall,\" said Ivo Brandt, deputy general manager of research at the Norvale Bank Ltd.", "",
			[]string{"Ivo Brandt|deputy general manager|Norvale Bank Ltd."}},
		{"a unit of the firm and no closing comma", "Ivo Brandt, general manager of Norvale Bank Ltd's bond division said yields would rise.", "",
			[]string{"Ivo Brandt|general manager|Norvale Bank Ltd"}},
		{"a plural possessive inside the body's name", "Ivo Brandt, chairman of the Ruritanian Potato Growers' Association, said yields would rise.", "",
			[]string{"Ivo Brandt|chairman|Ruritanian Potato Growers' Association"}},
		{"a country word closing a firm's name", "Ivo Brandt, Kelvo UK general manager, said yields would rise.", "", nil},
	})
}

// TestRoleTickerSubject pins a company post read from the sentence's
// subject when a wire's dotted ticker follows the company's name: the
// ticker's stop does not end the sentence. Sentences we wrote.
func TestRoleTickerSubject(t *testing.T) {
	checkRoles(t, []roleCase{
		{"a dotted ticker after the subject", "Norvale Corp <NVC.T> expects higher sales of routers this year, chairman Ivo Brandt told reporters.", "",
			[]string{"Ivo Brandt|chairman|Norvale Corp"}},
	})
}

// TestRoleBodyTailAfterOf: a lone capitalised word right after the body
// or place of a post's "of" phrase goes on with that name ("the Senate
// Fisheries subcommittee", "Ostland Media"), no holder of the post; a
// surname the article writes after a given name elsewhere still holds it.
// Sentences we wrote.
func TestRoleBodyTailAfterOf(t *testing.T) {
	checkRoles(t, []roleCase{
		{"a committee's word after the chamber", "The chairman of the Senate Fisheries subcommittee said the quota bill would pass in May.", "", nil},
		{"a firm's word after a place", "The general manager of Dubai Media, Ivo Brandt, said the studio would close.", "", nil},
		{"a firm's word after another firm's possessive", "Ivo Brandt was named president and chief operating officer of Norvale's Kelvo Corp on Monday.", "", nil},
		{"a surname written in full elsewhere", "Paul Varnek spoke on Monday. The chairman of the Federal Reserve Varnek said rates would hold.", "",
			[]string{"Paul Varnek|chairman|Federal Reserve"}},
	})
}

// TestRoleFirmUnitPossessive: "X, general manager of Kelvo's storage
// division," names the firm by one word in the possessive before a
// lower-case unit: the firm's post. A capitalised unit name is the
// unit's post, not the firm's. Sentences we wrote.
func TestRoleFirmUnitPossessive(t *testing.T) {
	checkRoles(t, []roleCase{
		{"a lower-case unit of the firm", "Ivo Brandt, general manager of Kelvo's Nordic storage division, said sales would rise.", "",
			[]string{"Ivo Brandt|general manager|Kelvo"}},
		{"a product word before the unit noun", "Ivo Brandt, director of Kelvo's Wifi business, said sales would rise.", "",
			[]string{"Ivo Brandt|director|Kelvo"}},
		{"a named unit", "Ivo Brandt, director of Kelvo's Brisk Foods unit, said sales would rise.", "", nil},
		{"a capitalised division", "Ivo Brandt, director of Kelvo's Storage Division, said sales would rise.", "", nil},
	})
}

// TestRoleHyphenBeat: the wires write a company post's area after a
// hyphen ("vice president-finance"): the post as written, a body's, never
// the nation's vice president; "-elect" stays a describing word. In a
// chain of appointed posts, a post right before another person's name is
// that person's. A firm's one-word possessive takes the full name the
// article gives it. Sentences we wrote.
func TestRoleHyphenBeat(t *testing.T) {
	checkRoles(t, []roleCase{
		{"an appositive post with its area", "Ivo Brandt, Norvale Bank vice president-treasurer, said the loans would be repaid early.", "",
			[]string{"Ivo Brandt|vice president-treasurer|Norvale Bank"}},
		{"appointed to a post with its area", "Ivo Brandt will become vice president-finance and treasurer of Kelvo Corp next month.", "",
			[]string{"Ivo Brandt|vice president-finance|Kelvo Corp", "Ivo Brandt|treasurer|Kelvo Corp"}},
		{"no nation's post", "Kelvo Corp lifted its forecast in Washington, vice president-finance Ivo Brandt told analysts.", "",
			nil},
		{"the next person's post ends the chain", "Kelvo Corp said Ana Roe has been named chairman and vice president-sales Ivo Brandt has been named president.", "",
			[]string{"Ana Roe|chairman|Kelvo Corp", "Ivo Brandt|president|Kelvo Corp"}},
		{"the firm's full name", "Norvale Brandt Lambert Inc cut its staff. Ivo Roe, vice president-sales at Norvale's Denver office, said sales fell.", "",
			[]string{"Ivo Roe|vice president-sales|Norvale Brandt Lambert Inc"}},
	})
}

// TestRoleViceAndPost: "vice president and general manager of Acme" is
// two posts of the firm; a vice president coordinated with a nation's
// post is not read so. A firm's possessive takes the name the article
// gave the firm before. Sentences we wrote.
func TestRoleViceAndPost(t *testing.T) {
	checkRoles(t, []roleCase{
		{"a vice president and a firm's post", "Ivo Brandt, vice president and general manager of Kelvo Corp, said sales would rise.", "",
			[]string{"Ivo Brandt|general manager|Kelvo Corp", "Ivo Brandt|vice president|Kelvo Corp"}},
		{"the firm named before", "Ostbury Kelvo Co cut prices. Ivo Brandt, vice president and general manager of Kelvo's imaging division, said sales would rise.", "",
			[]string{"Ivo Brandt|general manager|Ostbury Kelvo Co", "Ivo Brandt|vice president|Ostbury Kelvo Co"}},
	})
}
