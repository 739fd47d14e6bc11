package events

import (
	"testing"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// TestMeetingBodyPair pins "the two companies", "both countries" as the
// two bodies or countries named just before (GUIDELINES 7: a body or a
// country stands in for a side that names no person), and talks measured
// out ("held four days of talks") as held. "The two sides" are two
// countries, never bodies named in passing; three bodies before make no
// pair. The sentences are our own.
func TestMeetingBodyPair(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 10), []meetingCase{
		{"two-companies-measured-talks",
			"Norwegian insurer Storebrand Holdings has rejected a bid from Danish lender Halden Bank. The two companies held three days of talks after the offer was made.",
			[]string{"TALKS OCCURRED Halden Bank+Storebrand Holdings  -"}},
		{"both-countries-talks",
			"Kenya and Norway have not yet settled the fishing quarrel. Both countries have held fishing talks since the spring.",
			[]string{"TALKS OCCURRED Kenya+Norway  -"}},
		{"two-sides-countries",
			"Kenya will ask Norway for urgent talks on fish tariffs, and officials said the two sides would probably meet next month.",
			[]string{"MEETING PLANNED Kenya+Norway 2025-04 -"}},
		{"two-sides-body-in-passing",
			"Speaking at the World Bank forum, the Kenyan minister said the two sides will meet again in Oslo.",
			nil},
		{"three-bodies",
			"Halden Bank bid for the firm, as did Vestfold Group, while Storebrand Holdings stayed out. The two companies held talks last week.",
			nil},
	})
}

// TestMeetingTakePart pins "take part in" and "participate in" a body's
// meeting or summit as attending it (GUIDELINES 16.3); taking part in
// something else about a meeting places no one there. The sentences are
// our own.
func TestMeetingTakePart(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 10), []meetingCase{
		{"will-take-part-summit",
			"Kenyan President Amara Odhiambo flew home. Mr Odhiambo is to take part in next month's African Union summit in Addis Ababa.",
			[]string{"SUMMIT PLANNED African Union+Amara Odhiambo 2025-04 Addis Ababa"}},
		{"participated-meeting-of",
			"Kenyan President Amara Odhiambo flew home. Mr Odhiambo participated in a meeting of the African Union in Addis Ababa.",
			[]string{"MEETING OCCURRED African Union+Amara Odhiambo  Addis Ababa"}},
		{"took-part-in-vote",
			"Kenyan President Amara Odhiambo flew home. Mr Odhiambo took part in the vote on a meeting of the African Union.",
			nil},
	})
}

// TestMeetingFirmDescribed pins "X said the company had held talks with
// Y": the company is the one body named before it. Two bodies before,
// or a wish ("could take part in all negotiations"), give nothing.
// The sentences are our own.
func TestMeetingFirmDescribed(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 10), []meetingCase{
		{"said-the-company",
			"Norwegian insurer Storebrand Holdings said the company had held formal discussions with Halden Bank about a merger.",
			[]string{"TALKS OCCURRED Halden Bank+Storebrand Holdings  -"}},
		{"said-the-firm-after-of-phrase",
			"One of the founders of Vestfold Group said the firm recently opened talks with fashion designer Tom Harding.",
			[]string{"TALKS OCCURRED Tom Harding+Vestfold Group  -"}},
		{"two-bodies-before",
			"Storebrand Holdings told Halden Bank that the company was holding talks with Vestfold Group.",
			nil},
		{"wish",
			"Storebrand Holdings said the company would be involved in any negotiations with Halden Bank.",
			nil},
	})
}

// TestMeetingToldPostAtMeal pins "X told the <post> at a dinner hosted by
// Z": the post's holder is the listener, as a name would be; a speech
// puts no one at a table. The sentences are our own.
func TestMeetingToldPostAtMeal(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 10), []meetingCase{
		{"told-the-post-at-dinner",
			"Finance Minister Sam Pike and Amara Odhiambo disagree. Mr Odhiambo told the finance minister at a dinner hosted by Tom Harding in May 2024 that he would quit.",
			[]string{"MEETING OCCURRED Amara Odhiambo+Sam Pike+Tom Harding 2024-05 -"}},
		{"told-the-post-in-speech",
			"Finance Minister Sam Pike and Amara Odhiambo disagree. Mr Odhiambo told the finance minister in a speech that he was wrong.",
			nil},
	})
}
