package events

import "testing"

// TestRoleShadowSentenceParty covers a shadow post with no party beside
// it in a sentence that names one party: shadowParty.
func TestRoleShadowSentenceParty(t *testing.T) {
	checkRoles(t, []roleCase{
		{"the party opening the sentence", "The Conservatives want lower fuel duty, with shadow transport secretary Tom Reed calling the rise unfair.", "",
			[]string{"Tom Reed|shadow transport secretary|Conservative Party"}},
		{"a party word inside another person's title", "Liberal Democrat spokesman Ian Moss and shadow transport secretary Tom Reed called the rise unfair.", "",
			[]string{"Ian Moss|spokesman|Liberal Democrats"}},
	})
}
