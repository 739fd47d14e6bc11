package mentions

import "testing"

// TestWhichNameSpeaker: a capitalised run opening a sentence, then a
// relative clause with "which" and a speech verb ("Harbour Rail, which
// runs the lines in the north, said") names a body. Not "who" (a
// person), not a run that is no subject ("cheered Quillmark Haulage,
// which"), not a run with a listed given name.
func TestWhichNameSpeaker(t *testing.T) {
	checkOrgs(t, []orgCase{
		{"which and said", "Quillmark Haulage, which runs the lines in the north, said fares would rise.", []string{"Quillmark Haulage"}, nil},
		{"who is a person", "Quillmark Haulage, who runs the lines in the north, said fares would rise.", nil, []string{"Quillmark Haulage"}},
		{"no subject", "Crowds cheered Quillmark Haulage, which runs the lines, said Ann Roe.", nil, []string{"Quillmark Haulage"}},
		{"a listed given name", "Paul Quillmark, which runs the lines, said fares would rise.", nil, []string{"Paul Quillmark"}},
	})
}
