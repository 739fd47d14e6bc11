package events

import "testing"

// TestStatementPostContinuesSpeaker pins the speaker of an unresolved
// definite post ("the prime minister said") when two untitled people of
// the story could hold it: the one who spoke just before, if the story
// names that person most, and never a person named in the post's own
// sentence.
func TestStatementPostContinuesSpeaker(t *testing.T) {
	checkStatements(t, false, []stmtCase{
		{"the main figure spoke just before",
			"Tom Reed met Carl Owens in Leeds. Mr Owens left early. Mr Reed stayed on. Mr Reed said the talks went well. The prime minister said he was hopeful.",
			[]string{"Tom Reed", "Tom Reed"}},
		{"a minor voice spoke just before",
			"Tom Reed met Carl Owens in Leeds. Mr Reed stayed on. Mr Reed left at noon. Mr Owens said the talks went badly. The prime minister said he was hopeful.",
			[]string{"Carl Owens"}},
		{"the post names the last speaker in its sentence",
			"Tom Reed met Carl Owens in Leeds. Mr Owens left early. Mr Reed left at noon. Mr Reed said the talks went well. The prime minister said Mr Reed was wrong.",
			[]string{"Tom Reed"}},
		{"nobody spoke just before",
			"Tom Reed met Carl Owens in Leeds. Mr Reed stayed on. Mr Owens left early. The prime minister said he was hopeful.",
			nil},
	})
}
