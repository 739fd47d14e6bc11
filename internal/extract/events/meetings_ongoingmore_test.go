package events

import (
	"testing"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// TestMeetingTalksOngoingMore pins talks a named speaker reports as "in
// progress", "being held" or "proceeding" with a named side: begun, so
// OCCURRED (GUIDELINES 17.7), as "are continuing" already is; talks
// with no one named stay none. The sentences are our own.
func TestMeetingTalksOngoingMore(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 10), []meetingCase{
		{"in-progress",
			"Tessel Holdings Corp said talks are in progress with Brisk Foods Inc on the loan terms.",
			[]string{"TALKS OCCURRED Brisk Foods Inc+Tessel Holdings Corp  -"}},
		{"being-held",
			"Tessel Holdings Corp said negotiations were being held with Brisk Foods Inc on the plant.",
			[]string{"TALKS OCCURRED Brisk Foods Inc+Tessel Holdings Corp  -"}},
		{"proceeding",
			"Tessel Holdings Corp said talks are proceeding with Brisk Foods Inc on a merger.",
			[]string{"TALKS OCCURRED Brisk Foods Inc+Tessel Holdings Corp  -"}},
		// the other side unnamed
		{"in-progress-unnamed",
			"Tessel Holdings Corp said talks are in progress with its lenders on the loan terms.", nil},
	})
}
