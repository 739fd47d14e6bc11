package events

import (
	"testing"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// TestMeetingStatusPreview: "X is attending the N" in a story that puts
// the N ahead elsewhere ("ahead of the meeting") is a preview: PLANNED.
// Near misses: no frame (a meeting under way), a frame on another event
// noun, a past "attended", and an article that says the N has opened.
// Our own sentences, invented names; no reference date, as in BBC.
func TestMeetingStatusPreview(t *testing.T) {
	checkMeetings(t, kg.PartialDate{}, []meetingCase{
		{"attending-with-ahead-frame",
			"Ahead of the meeting, fishing groups in Oslo marched on the port. Finance Minister Carl Diaz is attending the Nordic Council meeting as a guest of the host.",
			[]string{"MEETING PLANNED Carl Diaz+Nordic Council  -"}},
		{"attending-with-before-frame",
			"Finance Minister Carl Diaz is also attending the Nordic Council meeting as a guest. Prices of cod fell before the meeting in Bergen.",
			[]string{"MEETING PLANNED Carl Diaz+Nordic Council  -"}},
		{"attending-with-opens-relative",
			"Finance Minister Carl Diaz is attending the Nordic Council summit, which opens on Wednesday in Bergen.",
			[]string{"SUMMIT PLANNED Carl Diaz+Nordic Council  -"}},
		{"attending-with-opens-elsewhere",
			"Finance Minister Carl Diaz is attending the Nordic Council summit as a guest. The summit opens with a debate on cod quotas.",
			[]string{"SUMMIT PLANNED Carl Diaz+Nordic Council  -"}},
		{"attending-no-frame-is-under-way",
			"Finance Minister Carl Diaz is attending the Nordic Council meeting as a guest of the host.",
			[]string{"MEETING OCCURRED Carl Diaz+Nordic Council  -"}},
		{"frame-on-another-noun",
			"Ahead of the vote, fishing groups marched on the port. Finance Minister Carl Diaz is attending the Nordic Council meeting as a guest.",
			[]string{"MEETING OCCURRED Carl Diaz+Nordic Council  -"}},
		{"past-attended-is-left-alone",
			"Ahead of the meeting, fishing groups marched on the port. Finance Minister Carl Diaz attended the Nordic Council meeting as a guest.",
			[]string{"MEETING OCCURRED Carl Diaz+Nordic Council  -"}},
		{"event-said-opened",
			"Ahead of the meeting, fishing groups marched on the port. The meeting opened with a minute's silence. Finance Minister Carl Diaz is attending the Nordic Council meeting as a guest.",
			[]string{"MEETING OCCURRED Carl Diaz+Nordic Council  -"}},
	})
}
