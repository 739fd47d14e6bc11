package events

import "testing"

// TestStatementsDeclinedComment: a named speaker declining to comment or
// refusing to be drawn answers (GUIDELINES §19, a required statement);
// an unnamed spokesman does not, nor does declining something else
// ("declined the offer", "refused to resign").
func TestStatementsDeclinedComment(t *testing.T) {
	checkStatements(t, false, []stmtCase{
		{name: "declined to comment on", in: "Finance Minister Oskar Brevik declined to comment on the rumours about the budget.",
			want: []string{"Oskar Brevik"}},
		{name: "declined comment, body", in: "The Bundesbank declined comment.",
			want: []string{"Bundesbank"}},
		{name: "refused to be drawn", in: "Mr Halvorsen, the company chairman, refused to be drawn on the bid for Tessel Mining.",
			want: []string{"Halvorsen"}},
		{name: "declined an offer", in: "Oskar Brevik declined the offer of a seat on the board.",
			want: nil},
		{name: "refused to resign", in: "Oskar Brevik refused to resign after the vote.",
			want: nil},
		{name: "unnamed spokesman", in: "A spokesman for Tessel Mining declined to comment.",
			want: nil},
	})
}

// TestStatementsNegationStopsAtSentenceEnd: a "not" or "refused" ending
// the sentence before does not negate the next sentence's speech verb;
// a negation inside the same clause still does.
func TestStatementsNegationStopsAtSentenceEnd(t *testing.T) {
	checkStatements(t, false, []stmtCase{
		{name: "did not.", in: "Marta Helvig named Oskar Brenn as treasurer. The council did not. Brenn stated he would leave the post.",
			want: []string{"Oskar Brenn"}},
		{name: "refused.", in: "Marta Helvig named Oskar Brenn as treasurer. The council refused. Brenn said he would appeal.",
			want: []string{"Oskar Brenn"}},
		{name: "same clause", in: "Marta Helvig named Oskar Brenn as treasurer. Brenn did not say whether he would appeal.",
			want: nil},
	})
}
