package events

import (
	"testing"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// TestJoinedAtAppearance: joining named people at a public appearance
// (a launch, a rally, an unveiling) is one meeting of all of them
// (GUIDELINES 13.3); a body joined, a film or a performance shared, or no
// occasion at all is none. Sentences are our own.
func TestJoinedAtAppearance(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 12), []meetingCase{
		{"due-to-join-for-a-launch",
			"Health Secretary Mara Quill is due to join party treasurer Owen Farrant for a campaign launch in Leeds.",
			[]string{"MEETING PLANNED Mara Quill+Owen Farrant  Leeds"}},
		{"joined-two-at-the-unveiling",
			"Mara Quill joined Owen Farrant and Lydia Penhale at the unveiling of the new policy.",
			[]string{"MEETING OCCURRED Lydia Penhale+Mara Quill+Owen Farrant  -"}},
		{"line-up-alongside-with-a-dash-aside",
			"Mara Quill will line up alongside Owen Farrant - the treasurer brought back to run the campaign - and deputy chairman Lydia Penhale for the event.",
			[]string{"MEETING PLANNED Lydia Penhale+Mara Quill+Owen Farrant  -"}},
		{"with-absolute-joining",
			"Mara Quill spoke on Monday. The truce seemed to hold, with Ms Quill joining her old rival Owen Farrant at a fundraising rally.",
			[]string{"MEETING OCCURRED Mara Quill+Owen Farrant  -"}},
		{"joined-a-body-at-the-launch",
			"Mara Quill joined the Green Party at the launch of the appeal.",
			nil},
		{"appeared-alongside-in-a-film",
			"Mara Quill appeared alongside Owen Farrant in a film about the strike.",
			nil},
		{"joined-in-a-performance",
			"Mara Quill joined Owen Farrant in a performance of the old song.",
			nil},
		{"joined-with-no-occasion",
			"Mara Quill joined Owen Farrant in calling for a new inquiry.",
			nil},
	})
}
