package events

import (
	"testing"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// TestHyphenPair pins that a hyphenated pair right before a talks,
// summit or meeting noun names the encounter's two sides, as "talks
// between A and B" does, and that the pair reads nothing where it names
// no two countries or people, or where a summit names no leader.
// Sentences and names are invented.
func TestHyphenPair(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 11), []meetingCase{
		{"three-token-country-pair",
			"Officials said the Brazil-Norway fisheries talks had stalled over quotas.",
			[]string{"TALKS OCCURRED Brazil+Norway  -"}},
		{"one-token-demonym-pair",
			"A spokesman said Kenyan-Peruvian negotiations on copper were going well.",
			[]string{"TALKS OCCURRED Kenya+Peru  -"}},
		{"person-pair-summit-earlier",
			"Premier Anna Voss and President Carl Brandt signed nothing. The offer echoed a barrier to progress at the earlier Voss-Brandt summit in Oslo.",
			[]string{"SUMMIT OCCURRED Anna Voss+Carl Brandt  Oslo"}},
		{"yet-to-be-set",
			"The dates for the next Chile-Ghana trade talks have yet to be set.",
			[]string{"TALKS PLANNED Chile+Ghana  -"}},
		// near misses
		{"yet-to-produce-a-deal",
			"The Chile-Ghana trade talks in Accra have yet to produce a deal on cocoa.",
			[]string{"TALKS OCCURRED Chile+Ghana  Accra"}},
		{"earlier-as-adverb",
			"Trade Minister Tomas Lind earlier proposed a meeting with Finance Minister Anna Berg.",
			[]string{"MEETING PLANNED Anna Berg+Tomas Lind  -"}},
		{"the-same-meeting-named-again",
			"Premier Anna Voss will meet President Carl Brandt in Oslo. Aides said the Voss-Brandt meeting was arranged quickly.",
			[]string{"MEETING PLANNED Anna Voss+Carl Brandt  Oslo"}},
		{"blocs-not-countries",
			"The East-West talks on arms ended without a deal.",
			nil},
		{"summit-of-countries-names-no-leader",
			"A decision on a new Brazil-Norway summit could come soon.",
			nil},
		{"speech-to-a-meeting",
			"The economist told a Brazil-Norway business meeting that exports would grow.",
			nil},
		{"habitual",
			"Brazil-Norway talks of this kind are regularly held in spring.",
			nil},
	})
}
