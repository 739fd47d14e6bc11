package events

import (
	"testing"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// TestForumVisit pins the visit of a foreign office holder whom an act
// at a gathering abroad places there ("told the X summit in Chile",
// "pledged at the conference in Paris", "X, at the summit in Lima,
// said"): one visit per attendee (GUIDELINES 19.18), the speech itself
// no meeting. Not for a planned act, a gathering at home, a person of no
// post or a country the text never names. The sentences are our own.
func TestForumVisit(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 10), []meetingCase{
		{"told-summit",
			"Kenyan President Carl Diaz told the Nordic Fisheries summit in Norway that quotas were too low.",
			[]string{"VISIT OCCURRED Carl Diaz+Norway  Norway"}},
		{"pledged-at",
			"Kenyan Finance Minister Carl Diaz pledged at the six-nation lending conference in Oslo to cut tariffs, Norway said.",
			[]string{"VISIT OCCURRED Carl Diaz+Norway  Oslo"}},
		{"comma-at",
			"Kenyan Finance Minister Carl Diaz, at a donors' forum in Peru, said aid was slow.",
			[]string{"VISIT OCCURRED Carl Diaz+Peru  Peru"}},
		{"front-at",
			"At the fisheries summit in Oslo, Kenyan President Carl Diaz said quotas were too low, Norway said.",
			[]string{"VISIT OCCURRED Carl Diaz+Norway  Oslo"}},
		{"front-addressing",
			"Addressing a donors' conference in Lima, Kenyan Finance Minister Carl Diaz said aid was slow, Peru said.",
			[]string{"VISIT OCCURRED Carl Diaz+Peru  Lima"}},
		{"here",
			"OSLO, March 10 - Norway sells fish. Kenyan Trade Minister Carl Diaz, speaking at an informal meeting of the Fishing Council here, said quotas were low.",
			[]string{"MEETING OCCURRED Carl Diaz+Fishing Council  -", "VISIT OCCURRED Carl Diaz+Norway  Norway"}},
		{"agreed-at",
			"Kenyan President Carl Diaz agreed at the fisheries meeting in Norway to lower quotas.",
			[]string{"VISIT OCCURRED Carl Diaz+Norway  Norway"}},
		{"himself-who",
			"The loudest voice was Kenyan President Carl Diaz himself, who told the fisheries summit in Norway that quotas were low.",
			[]string{"VISIT OCCURRED Carl Diaz+Norway  Norway"}},
		{"two-speakers",
			"Kenyan President Carl Diaz and Peruvian President Ana Roe told the fisheries summit in Norway that quotas were low.",
			[]string{"VISIT OCCURRED Carl Diaz+Norway  Norway", "VISIT OCCURRED Ana Roe+Norway  Norway"}},
		// a planned speech, at home, no post, a negated act, a press conference
		{"will-tell",
			"Kenyan President Carl Diaz will tell the Nordic Fisheries summit in Norway that quotas are low.", nil},
		{"at-home",
			"Kenyan President Carl Diaz told the farmers' conference in Kenya that quotas were too low.", nil},
		{"no-post",
			"Carl Diaz told the fisheries summit in Norway that quotas were too low.", nil},
		{"not-said",
			"Kenyan President Carl Diaz did not speak at the fisheries summit in Norway.", nil},
		{"front-at-other",
			"At the fisheries summit in Oslo, quotas fell and Kenyan President Carl Diaz left, Norway said.", nil},
		{"here-at-home",
			"OSLO, March 10 - Norway sells fish. Norwegian Trade Minister Anna Berg, speaking at a meeting of the Fishing Council here, said quotas were low.",
			[]string{"MEETING OCCURRED Anna Berg+Fishing Council  -"}},
		{"comma-at-will",
			"Kenyan Finance Minister Carl Diaz, at a donors' forum in Peru next month, will ask for more aid.", nil},
		{"video-link",
			"Kenyan President Carl Diaz told the fisheries summit in Norway by video link that quotas were too low.", nil},
		{"news-conference",
			"Kenyan President Carl Diaz told a news conference in Norway that quotas were too low.", nil},
	})
}
