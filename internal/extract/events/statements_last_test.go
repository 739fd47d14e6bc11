package events

import "testing"

// TestStatementsTrailingVerbs: a report closed by "he confirmed", "she
// recalls" or "he concedes" is words said before the attribution.
func TestStatementsTrailingVerbs(t *testing.T) {
	checkStatements(t, false, []stmtCase{
		{name: "he confirmed", in: "Tom Harrow spoke on Monday. Foreign firms would be allowed to run the mines, he confirmed.", want: []string{"Tom Harrow"}},
		{name: "she recalls", in: "Dana Pike spoke on Monday. \"It was a fine day,\" she recalls.", want: []string{"Dana Pike"}},
		{name: "he concedes", in: "Tom Harrow spoke on Monday. \"We grew far too fast,\" he concedes.", want: []string{"Tom Harrow"}},
		{name: "named speaker confirmed", in: "The plant will close in June, chief executive Dana Pike confirmed on Thursday.", want: []string{"Dana Pike"}},
		{name: "confirmed object", in: "Dana Pike confirmed the deal on Thursday.", want: []string{"Dana Pike"}},
	})
}

// TestStatementsBodyHeadOf: "the ministry" of a story that names one
// "Ministry of X" is that ministry; a name ending in the word wins, and
// two bodies of the same head leave "the bureau" unnamed.
func TestStatementsBodyHeadOf(t *testing.T) {
	checkStatements(t, false, []stmtCase{
		{name: "ministry of", in: "The Ministry of Fisheries in Ruvania cut the quota. The ministry said the catch had fallen by a third.", want: []string{"Ministry of Fisheries"}},
		{name: "trailing", in: "The Ministry of Fisheries in Ruvania cut the quota. The catch fell by a third last year, the ministry said.", want: []string{"Ministry of Fisheries"}},
		{name: "suffix first", in: "The Supreme Court heard the case after the Court of Appeals ruled. The court said the ruling would stand.", want: []string{"Supreme Court"}},
		{name: "two of-bodies", in: "The Bureau of Mines and the Bureau of Fisheries met. The bureau said output had fallen.", want: nil},
		{name: "bank left out", in: "The Bank of Ruvania raised rates, traders said. The bank said prices had risen.", want: nil},
	})
}

// TestStatementsExpectedToSay: a speech announced in advance with "is
// expected to", "is due to", "is set to" (GUIDELINES §14.1); "is set to
// announce" with no reported clause is a plan, not words.
func TestStatementsExpectedToSay(t *testing.T) {
	checkStatements(t, false, []stmtCase{
		{name: "expected", in: "Tom Harrow is expected to say that the tax will be cut next year.", want: []string{"Tom Harrow"}},
		{name: "due", in: "Tom Harrow is due to tell the conference that the tax will be cut next year.", want: []string{"Tom Harrow"}},
		{name: "set", in: "Tom Harrow is set to warn that the tax will rise next year.", want: []string{"Tom Harrow"}},
		{name: "pronoun", in: "Tom Harrow will speak in Leeds. He is expected to stress the need for lower taxes.", want: []string{"Tom Harrow"}},
		{name: "announce plan", in: "Ruvo Motors is set to announce results on Thursday.", want: nil},
	})
}

// TestStatementsRevealedConcluded: "revealed that", "concluded that" and
// a quotation closed by "she explains" or "he concluded" report words;
// "revealed a plan" and "concluded the deal" do not.
func TestStatementsRevealedConcluded(t *testing.T) {
	checkStatements(t, false, []stmtCase{
		{name: "revealed that", in: "Dana Pike revealed that the team would move to Leeds.", want: []string{"Dana Pike"}},
		{name: "concluded that", in: "Tom Harrow concluded that the plan was too costly.", want: []string{"Tom Harrow"}},
		{name: "she explains", in: "Dana Pike spoke on Monday. \"We start with an image and work outwards,\" she explains.", want: []string{"Dana Pike"}},
		{name: "he concluded", in: "Tom Harrow spoke on Monday. \"The voters will decide,\" he concluded.", want: []string{"Tom Harrow"}},
		{name: "revealed a plan", in: "Dana Pike revealed a plan for a new stadium on Monday.", want: nil},
		{name: "concluded a deal", in: "Tom Harrow concluded the deal with Ruvo Motors Inc on Monday.", want: nil},
	})
}
