package events

import "testing"

// TestStatementsMadeClear: "made (it) clear (that) ..." reports words
// that leave no doubt; not what someone ought to make clear, not a
// passive.
func TestStatementsMadeClear(t *testing.T) {
	checkStatements(t, false, []stmtCase{
		{name: "made it clear that", in: "Finance Minister Oskar Brevik made it clear that he would not devalue the krone.",
			want: []string{"Oskar Brevik"}},
		{name: "has made clear, no that", in: "Tomas Verel has made clear he favours lower interest rates.",
			want: []string{"Tomas Verel"}},
		{name: "should make clear", in: "Tomas Verel should personally make clear how much the plan will cost.",
			want: nil},
		{name: "passive", in: "It was made clear to Tomas Verel that the plan had failed.",
			want: nil},
	})
}
