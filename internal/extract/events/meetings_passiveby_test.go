package events

import (
	"testing"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// TestPassiveAgentVisit pins the agent of a finite passive that a visit
// or talks noun closes ("the pact was signed by X during a visit to Y"):
// the one who travelled is X, not the thing acted on nor a body named in
// a phrase describing it (GUIDELINES §7). The sentences are our own.
func TestPassiveAgentVisit(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 10), []meetingCase{
		{"signed-by",
			"Kenyan Trade Minister Carl Diaz spoke. The tea pact was signed by Diaz during a visit to Norway last week.",
			[]string{"VISIT OCCURRED Carl Diaz+Norway 2025-03 Norway"}},
		{"described-subject",
			"Kenyan Trade Minister Carl Diaz spoke. The fund, to be run jointly by Dutch lender Acme Bank and Kenya Tea Board, was first proposed by Diaz during a trip to Norway.",
			[]string{"VISIT OCCURRED Carl Diaz+Norway  Norway"}},
		{"talks-with",
			"Kenyan Trade Minister Carl Diaz spoke. The tea deal was agreed by Diaz in talks with Norwegian Fisheries Minister Olav Lund.",
			[]string{"TALKS OCCURRED Carl Diaz+Olav Lund  -"}},
		// a passive with no agent, and an agent cut off from the trigger
		// by another clause, leave the visitor unnamed
		{"no-agent",
			"Kenyan Trade Minister Carl Diaz spoke. The tea pact was signed during a visit to Norway last week.", nil},
		{"other-clause",
			"Kenyan Trade Minister Carl Diaz spoke. The tea pact was signed by Acme Bank and then debated during a visit to Norway.", nil},
		{"described-by",
			"Kenyan Trade Minister Carl Diaz spoke. The tea pact, signed by Acme Bank, was debated during a visit to Norway.", nil},
	})
}
