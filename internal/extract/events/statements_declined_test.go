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
