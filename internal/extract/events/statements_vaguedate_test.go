package events

import "testing"

// TestStatementsVagueTime: a speech verb that the text puts at a vague
// earlier time ("had previously said", "recently told", "maintained in the past
// denied", "Earlier, X said") leaves the statement undated (GUIDELINES
// §9); a date the text gives still wins, and the same adverbs inside what
// was said, or on another verb, change nothing. Invented sentences; the
// reference date is Monday 2025-03-10.
func TestStatementsVagueTime(t *testing.T) {
	checkStatementDates(t, []stmtCase{
		{name: "had previously said",
			in:   "Mayor Tomas Verel had previously said the old bridge of Ruvania was unsafe.",
			want: []string{"Tomas Verel|"}},
		{name: "recently told",
			in:   "Mayor Tomas Verel recently told reporters the old bridge was unsafe.",
			want: []string{"Tomas Verel|"}},
		{name: "maintained in the past",
			in:   "Mayor Tomas Verel has maintained in the past that the buses of Lindau were late.",
			want: []string{"Tomas Verel|"}},
		{name: "said recently at the end",
			in:   "The old bridge was unsafe, Mayor Tomas Verel said recently.",
			want: []string{"Tomas Verel|"}},
		{name: "said previously that",
			in:   "Mayor Tomas Verel said previously that the old bridge was unsafe.",
			want: []string{"Tomas Verel|"}},
		{name: "sentence opened by earlier",
			in:   "Earlier, Mayor Tomas Verel said the old bridge was unsafe.",
			want: []string{"Tomas Verel|"}},
		{name: "speaking earlier",
			in:   "Speaking earlier in Lindau, Mayor Tomas Verel said the old bridge was unsafe.",
			want: []string{"Tomas Verel|"}},

		// must not move: a date of the saying wins over the adverb
		{name: "earlier this week",
			in:   "Mayor Tomas Verel said earlier this week that the old bridge was unsafe.",
			want: []string{"Tomas Verel|2025-03"}},
		// must not move: the adverb is in what was said
		{name: "adverb in the content",
			in:   "Mayor Tomas Verel said the previously announced repairs of the old bridge had stopped.",
			want: []string{"Tomas Verel|2025-03-10"}},
		{name: "adverb of the content's verb",
			in:   "Mayor Tomas Verel said he recently spoke by telephone with the governor of Lindau.",
			want: []string{"Tomas Verel|2025-03-10"}},
		{name: "opener inside content before the verb",
			in:   "Previously, the old bridge was a toll road, Mayor Tomas Verel said.",
			want: []string{"Tomas Verel|2025-03-10"}},
		{name: "earlier in the day",
			in:   "Mayor Tomas Verel said earlier in the day that the old bridge was unsafe.",
			want: []string{"Tomas Verel|2025-03-10"}},
		{name: "adverb of a relative clause before the verb",
			in:   "Mayor Tomas Verel, whose office was closed earlier, said the bridge tolls would rise.",
			want: []string{"Tomas Verel|2025-03-10"}},
	})
}

// TestStatementsSpeakerRelativeDate: a date inside a relative clause on
// the speaker (", who leaves for Lindau tomorrow,") dates what the clause
// tells, not the saying; a relative clause holding the speech verb keeps
// its date. Invented sentences; the reference date is Monday 2025-03-10.
func TestStatementsSpeakerRelativeDate(t *testing.T) {
	checkStatementDates(t, []stmtCase{
		{name: "relative clause before the verb",
			in:   "Tomas Verel, who leaves for Lindau tomorrow, told reporters he would raise the bridge tolls.",
			want: []string{"Tomas Verel|2025-03-10"}},
		{name: "relative clause with a day of the month",
			in:   "Tomas Verel, who will also visit Norland before returning home on March 21, said his trip was planned long ago.",
			want: []string{"Tomas Verel|2025-03-10"}},
		{name: "relative clause after an inverted verb",
			in:   "\"The tolls will rise,\" said Tomas Verel, who arrived in Lindau last Thursday.",
			want: []string{"Tomas Verel|2025-03-10"}},

		// must not move: the date is the saying's own
		{name: "date after the verb",
			in:   "Tomas Verel, who leaves for Lindau tomorrow, said on Friday he would raise the bridge tolls.",
			want: []string{"Tomas Verel|2025-03-07"}},
		{name: "sentence date",
			in:   "On Friday, Tomas Verel, the mayor of Lindau, said he would raise the bridge tolls.",
			want: []string{"Tomas Verel|2025-03-07"}},
	})
}

// TestStatementsOccasionInParagraph: a speaker's dated saying outside the
// lead ("Yesterday X called for ...") dates his next undated statements
// of the same paragraph ("He suggested ..."), as the lead's occasion
// does for the story; it ends with the paragraph. Invented sentences;
// the reference date is Monday 2025-03-10.
func TestStatementsOccasionInParagraph(t *testing.T) {
	checkStatementDates(t, []stmtCase{
		{name: "same paragraph",
			in:   "The council of Lindau met for six hours.\n\nMayor Tomas Verel said on Friday the old bridge would close. He said the repairs would take a year.",
			want: []string{"Tomas Verel|2025-03-07", "Tomas Verel|2025-03-07"}},

		// must not move: the next paragraph is told at the story's time
		{name: "next paragraph",
			in:   "The council of Lindau met for six hours.\n\nMayor Tomas Verel said on Friday the old bridge would close.\n\nHe said the repairs would take a year.",
			want: []string{"Tomas Verel|2025-03-07", "Tomas Verel|2025-03-10"}},
		// must not move: another speaker in between ends the occasion
		{name: "another speaker between",
			in:   "The council of Lindau met for six hours.\n\nMayor Tomas Verel said on Friday the old bridge would close. Engineer Anna Brisk said the repairs would take a year. Verel said the tolls would rise.",
			want: []string{"Tomas Verel|2025-03-07", "Anna Brisk|2025-03-10", "Tomas Verel|2025-03-10"}},
	})
}

// TestStatementsParticipleDate: a date right after a past participle on a
// noun ("figures released yesterday", "the plan announced by X last
// week") dates what the noun names, not the saying; a noun for the words
// themselves ("a statement issued on Friday") dates the saying. Invented
// sentences; the reference date is Monday 2025-03-10.
func TestStatementsParticipleDate(t *testing.T) {
	checkStatementDates(t, []stmtCase{
		{name: "data released yesterday",
			in:   "Pointing to bleak housing figures released yesterday, Tomas Verel said the bank of Lindau would cut rates.",
			want: []string{"Tomas Verel|2025-03-10"}},
		{name: "participle with an agent",
			in:   "Noting the tax plan announced by Mayor Anna Brisk last week, Tomas Verel said the bridge tolls would rise.",
			want: []string{"Tomas Verel|2025-03-10"}},

		// must not move: the words' own vehicle dates the saying
		{name: "statement issued on Friday",
			in:   "In a statement issued on Friday, Tomas Verel said the bridge tolls would rise.",
			want: []string{"Tomas Verel|2025-03-07"}},
		// must not move: the participle is the speech verb
		{name: "announced on Friday",
			in:   "Tomas Verel announced on Friday that the bridge tolls would rise.",
			want: []string{"Tomas Verel|2025-03-07"}},
	})
}

// TestStatementsLeadOccasionBack: the story's first statement, undated
// ("..., X said."), takes the day of the occasion that the next sentence
// gives for the same speaker ("X, speaking to reporters yesterday, also
// said"); a day of something else there, or another speaker, does not
// carry back. Invented sentences; the reference date is Monday 2025-03-10.
func TestStatementsLeadOccasionBack(t *testing.T) {
	checkStatementDates(t, []stmtCase{
		{name: "speaking to reporters yesterday",
			in:   "Lindau will cut its bridge tolls by half, Mayor Tomas Verel said.\n\nVerel, speaking to reporters yesterday, also said the ferry would run at night.",
			want: []string{"Tomas Verel|2025-03-09", "Tomas Verel|2025-03-09"}},
		{name: "told a radio station on Friday",
			in:   "Lindau will cut its bridge tolls by half, Mayor Tomas Verel said.\n\nThe ferry will run at night, Verel told a radio station on Friday.",
			want: []string{"Tomas Verel|2025-03-07", "Tomas Verel|2025-03-07"}},

		// must not move: a day of another event near the cue
		{name: "departure day",
			in:   "Lindau will cut its bridge tolls by half, Mayor Tomas Verel said.\n\nVerel told reporters ahead of his departure on Friday that the ferry would run at night.",
			want: []string{"Tomas Verel|2025-03-10", "Tomas Verel|2025-03-10"}},
		// must not move: an earlier announcement with no occasion
		{name: "no occasion cue",
			in:   "Lindau will cut its bridge tolls by half, Mayor Tomas Verel said.\n\nOn Friday, Verel said the ferry would run at night.",
			want: []string{"Tomas Verel|2025-03-10", "Tomas Verel|2025-03-07"}},
		// must not move: another speaker first
		{name: "another speaker",
			in:   "Lindau will cut its bridge tolls by half, Mayor Tomas Verel said.\n\nAnna Brisk, speaking to reporters yesterday, said the ferry would run at night.",
			want: []string{"Tomas Verel|2025-03-10", "Anna Brisk|2025-03-09"}},
	})
}
