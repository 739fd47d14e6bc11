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
		{"another body's possessive before the post", "Norvale Corp said Kestrel's chairman Olga Brandt had called.", "", nil},
		{"a person named between the two", "Norvale Corp said Tom Reed met chairman Olga Brandt.", "", nil},
		{"a president after a body that is no company", "The Ruritanian Embassy criticised the tariffs announced by President Ivo Marek.", "", nil},
		{"the company is no subject opening the sentence", "Analysts said Norvale Corp was cheap, chairman Olga Brandt said.", "", nil},
	})
}
