package events

import (
	"testing"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// TestLaterJoiners: a later sentence that takes an encounter up with a
// definite noun and names more of its parties completes the meeting told
// before (GUIDELINES §7: one encounter, one meeting, its whole set of
// parties). Sentences are our own.
func TestLaterJoiners(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 12), []meetingCase{
		{"also-attended-the-meeting",
			"Trade Minister Anna Berg met Commissioner Paul Roux on Tuesday in a hotel suite. Deputy Minister Carl Osei and Under Secretary Maria Lind also attended the hour-long meeting.",
			[]string{"MEETING OCCURRED Anna Berg+Carl Osei+Maria Lind+Paul Roux 2025-03-11 -"}},
		{"also-took-part-in-the-talks",
			"Anna Berg held talks with Paul Roux on Tuesday. Roux's deputy Carl Osei also took part in the talks.",
			[]string{"TALKS OCCURRED Anna Berg+Carl Osei+Paul Roux 2025-03-11 -"}},
		{"meeting-will-also-involve-ministers-of",
			"The proposal will be made at a meeting next week between Trade Minister Anna Berg and Commissioner Paul Roux, an aide said. Officials said the Berg-Roux meeting, to be held in Vienna, will also include the transport ministers of Italy, Spain and Portugal.",
			[]string{"MEETING PLANNED Anna Berg+Italy+Paul Roux+Portugal+Spain 2025-03 Vienna"}},
		{"he-and-others-had-a-discussion-during-their-meeting",
			"Finance Minister Anna Berg said her meeting on Tuesday with Commissioner Paul Roux was useful. Berg said that she, Roux and bank governor Carl Osei had a frank discussion during their meeting on Tuesday.",
			[]string{"MEETING OCCURRED Anna Berg+Carl Osei+Paul Roux 2025-03-11 -"}},
		{"group-agreed-at-their-meeting",
			"Anna Berg said her meeting on Tuesday with Paul Roux was useful. Berg said that she, Roux and governor Carl Osei agreed at their meeting on Tuesday to keep rates steady.",
			[]string{"MEETING OCCURRED Anna Berg+Carl Osei+Paul Roux 2025-03-11 -"}},
		{"headed-on-the-side-by",
			"Hungary met the Paris Club of creditor nations on Tuesday for talks on its debt. The negotiations, headed on the Hungarian side by Budget Secretary Carl Osei, went well.",
			[]string{"MEETING OCCURRED Carl Osei+Paris Club 2025-03-11 -"}},
		{"delegation-to-the-talks-includes",
			"Hungary met the Paris Club of creditor nations on Tuesday. The Hungarian delegation to the talks includes Carl Osei and Maria Lind.",
			[]string{"MEETING OCCURRED Carl Osei+Maria Lind+Paris Club 2025-03-11 -"}},
		{"who-was-also-at-the-meeting",
			"Anna Berg met Paul Roux on Tuesday. The plan is sound, said Carl Osei, who was also at the meeting.",
			[]string{"MEETING OCCURRED Anna Berg+Carl Osei+Paul Roux 2025-03-11 -"}},
		{"also-present-at-the-talks-were",
			"Anna Berg held talks with Paul Roux on Tuesday. Also present at the talks were Carl Osei and Maria Lind.",
			[]string{"TALKS OCCURRED Anna Berg+Carl Osei+Maria Lind+Paul Roux 2025-03-11 -"}},
		{"quoted-as-saying-at-the-same-meeting",
			"Anna Berg chaired a meeting of the Nordic Council on Tuesday. Aides quoted Carl Osei as saying at the same meeting that a deal was near.",
			[]string{"MEETING OCCURRED Anna Berg+Carl Osei+Nordic Council 2025-03-11 -"}},
		{"told-the-meeting",
			"Anna Berg chaired a meeting of the Nordic Council on Tuesday. Carl Osei told the meeting that costs were rising.",
			[]string{"MEETING OCCURRED Anna Berg+Carl Osei+Nordic Council 2025-03-11 -"}},
		{"told-the-annual-meeting-of-another-body",
			"Anna Berg met Paul Roux on Tuesday. Carl Osei told the annual meeting of Acme Corp that costs were rising.",
			[]string{"MEETING OCCURRED Anna Berg+Paul Roux 2025-03-11 -"}},
		{"told-the-meeting-of-shareholders",
			"Anna Berg met Paul Roux on Tuesday. Carl Osei told the meeting of shareholders that costs were rising.",
			[]string{"MEETING OCCURRED Anna Berg+Paul Roux 2025-03-11 -"}},
		{"the-meeting-was-also-attended-by",
			"Anna Berg met Paul Roux on Tuesday. The meeting was also attended by Carl Osei.",
			[]string{"MEETING OCCURRED Anna Berg+Carl Osei+Paul Roux 2025-03-11 -"}},
		{"talks-which-will-be-attended-by-representatives-of",
			"Anna Berg will hold talks with Paul Roux next week. The talks, which will be attended by representatives of Italy and Spain, are to be held in Vienna.",
			[]string{"TALKS PLANNED Anna Berg+Italy+Paul Roux+Spain 2025-03 Vienna"}},
		{"concert-was-attended-by",
			"Anna Berg met Paul Roux on Tuesday. The concert was attended by Carl Osei.",
			[]string{"MEETING OCCURRED Anna Berg+Paul Roux 2025-03-11 -"}},
		{"body-mission-comma-led-by",
			"Hungary held talks with the Nordic Investment Bank on Tuesday. The Nordic Investment Bank mission, led by economist Carl Osei, will end its talks on Friday.",
			[]string{"TALKS OCCURRED Carl Osei+Hungary 2025-03-11 -"}},
		// near misses: no definite noun taking the encounter up, another
		// encounter, a tense that does not fit, a vote joined
		{"also-attended-a-conference",
			"Anna Berg met Paul Roux on Tuesday. Carl Osei also attended a conference on trade.",
			[]string{"MEETING OCCURRED Anna Berg+Paul Roux 2025-03-11 -"}},
		{"also-joined-the-protest",
			"Anna Berg met Paul Roux on Tuesday. Carl Osei also joined the protest.",
			[]string{"MEETING OCCURRED Anna Berg+Paul Roux 2025-03-11 -"}},
		{"will-also-attend-the-meeting-after-a-past-one",
			"Anna Berg met Paul Roux on Tuesday. Carl Osei will also attend the meeting.",
			[]string{"MEETING OCCURRED Anna Berg+Paul Roux 2025-03-11 -"}},
		{"group-without-the-earlier-party",
			"Anna Berg met Paul Roux on Tuesday. Carl Osei, Maria Lind and Roux had a long discussion during the meeting.",
			[]string{"MEETING OCCURRED Anna Berg+Paul Roux 2025-03-11 -"}},
		{"side-named-with-no-encounter-noun",
			"Poland met the Paris Club of creditor nations on Tuesday. The Polish delegation includes Carl Osei.",
			[]string{"MEETING OCCURRED Paris Club+Poland 2025-03-11 -"}},
	})
}

// TestFewerNamed: one encounter told twice on the same day, once with
// fewer of its parties, is one meeting of the whole set; a report set
// apart ("separately") or undated stays its own. Sentences are our own.
func TestFewerNamed(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 12), []meetingCase{
		{"fuller-report-same-day",
			"Anna Berg met Paul Roux on Tuesday. Berg, Roux and bank governor Carl Osei met on Tuesday to discuss the accord.",
			[]string{"MEETING OCCURRED Anna Berg+Carl Osei+Paul Roux 2025-03-11 -", "MEETING OCCURRED Anna Berg+Carl Osei+Paul Roux 2025-03-11 -"}},
		// near misses
		{"separately",
			"Anna Berg, Paul Roux and bank governor Carl Osei met on Tuesday. Berg also met Roux separately on Tuesday.",
			[]string{"MEETING OCCURRED Anna Berg+Carl Osei+Paul Roux 2025-03-11 -", "MEETING OCCURRED Anna Berg+Paul Roux 2025-03-11 -"}},
		{"other-days",
			"Anna Berg met Paul Roux on Monday. Berg, Roux and bank governor Carl Osei met on Tuesday.",
			[]string{"MEETING OCCURRED Anna Berg+Paul Roux 2025-03-10 -", "MEETING OCCURRED Anna Berg+Carl Osei+Paul Roux 2025-03-11 -"}},
	})
}
