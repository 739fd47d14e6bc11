package events

import (
	"testing"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// TestMeetingTalksVerbSubject pins a country or body as the subject of a
// past-tense verb that opens, resumes, breaks off or proposes talks:
// held talks (OCCURRED, GUIDELINES §17.7), proposed or offered ones
// still to come (PLANNED, §7). A name qualifying a participle before
// another noun stays a modifier. The sentences are our own.
func TestMeetingTalksVerbSubject(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 10), []meetingCase{
		{"country-began",
			"Norway began talks with Kenya over the fishing quotas.",
			[]string{"TALKS OCCURRED Kenya+Norway  -"}},
		{"country-resumed-modified",
			"Norway resumed fisheries negotiations with Kenya after a long pause.",
			[]string{"TALKS OCCURRED Kenya+Norway  -"}},
		{"body-broke-off",
			"Tessel Holdings Corp broke off merger talks with Brisk Foods Inc after the board objected.",
			[]string{"TALKS OCCURRED Brisk Foods Inc+Tessel Holdings Corp  -"}},
		{"country-proposed",
			"Norway proposed talks with Kenya on the fishing quotas.",
			[]string{"TALKS PLANNED Kenya+Norway  -"}},
		// the participle qualifies a noun that is no talks noun
		{"modifier-not-talks",
			"Norway opened fishing grounds to Kenyan trawlers after the ruling.", nil},
	})
}
