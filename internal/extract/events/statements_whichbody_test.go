package events

import "testing"

// TestStatementsWhichBody: "Harbour X, which ..., said" speaks for the
// body; a body named inside a spokesman's apposition with its own
// "which" clause leaves the spokesman the speaker.
func TestStatementsWhichBody(t *testing.T) {
	checkStatements(t, false, []stmtCase{
		{name: "the body speaks", in: "Quillmark Haulage, which runs the lines in the north, said fares would rise.",
			want: []string{"Quillmark Haulage"}},
		{name: "spokesman's apposition", in: "Ann Roe, spokeswoman for the ruling body the Varden Trellis, which handed out the bans, said she could not comment.",
			want: []string{"Ann Roe"}},
	})
}
