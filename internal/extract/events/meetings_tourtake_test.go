package events

import (
	"testing"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// TestVisitTourStops pins the stops of a tour listed in a relative
// clause: "a tour that has taken X to A and B" (stops made), "a tour
// which will take him to A", "a tour which includes A and B" (stops to
// come). A clause of some other sense ("took years to plan") and a
// group's tour are no visits. The sentences are our own.
func TestVisitTourStops(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 10), []meetingCase{
		{"has-taken",
			"Ghana is the final stop of a tour that has taken Kenyan Trade Minister Carl Diaz to Norway and Peru.",
			[]string{"VISIT OCCURRED Carl Diaz+Norway  Norway", "VISIT OCCURRED Carl Diaz+Peru  Peru"}},
		{"will-take-pronoun",
			"Kenyan Trade Minister Carl Diaz is on a fish tour which will also take him to Norway and Peru.",
			[]string{"VISIT PLANNED Carl Diaz+Norway  Norway", "VISIT PLANNED Carl Diaz+Peru  Peru"}},
		{"includes-owner",
			"Kenyan Trade Minister Carl Diaz landed in Ghana, opening a tour which includes Norway and Peru.",
			[]string{"VISIT OCCURRED Carl Diaz+Ghana  Ghana", "VISIT PLANNED Carl Diaz+Norway  Norway", "VISIT PLANNED Carl Diaz+Peru  Peru"}},
		{"took-years",
			"Kenyan Trade Minister Carl Diaz praised a tour which took years to plan, Norway said.", nil},
		{"group-tour",
			"The Kenyan choir's tour will take them to Norway and Peru.", nil},
	})
}
