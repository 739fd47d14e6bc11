package events

import (
	"testing"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// TestTravellersRound pins that two travellers meeting several named
// hosts, once their trip is told, hold a round of meetings, one per
// host, as one visitor does (GUIDELINES §7), found on unannotated news
// where such a round came out as one five-party meeting. The sentences
// are our own, with invented names.
func TestTravellersRound(t *testing.T) {
	const trip = "Brazilian Finance Minister Carlos Duarte and central bank chief Paulo Ramos will this week visit Britain and France. "
	visits := []string{
		"VISIT PLANNED Carlos Duarte+Paulo Ramos+United Kingdom 1987-03 United Kingdom",
		"VISIT PLANNED Carlos Duarte+France+Paulo Ramos 1987-03 France",
	}
	checkMeetings(t, kg.DateDay(1987, 3, 2), []meetingCase{
		{"travellers-round-one-per-host",
			trip + "Duarte and Ramos are today meeting British Chancellor Anna Berg and Foreign Secretary Tom Cole.",
			append(visits[:2:2],
				"MEETING OCCURRED Anna Berg+Carlos Duarte+Paulo Ramos 1987-03-02 -",
				"MEETING OCCURRED Carlos Duarte+Paulo Ramos+Tom Cole 1987-03-02 -")},
		{"together-stays-one-meeting",
			trip + "Duarte and Ramos are today meeting British Chancellor Anna Berg and Foreign Secretary Tom Cole together.",
			append(visits[:2:2],
				"MEETING OCCURRED Anna Berg+Carlos Duarte+Paulo Ramos+Tom Cole 1987-03-02 -")},
		{"no-trip-told-stays-one-meeting",
			"Brazilian Finance Minister Carlos Duarte and central bank chief Paulo Ramos are today meeting British Chancellor Anna Berg and Foreign Secretary Tom Cole.",
			[]string{"MEETING OCCURRED Anna Berg+Carlos Duarte+Paulo Ramos+Tom Cole 1987-03-02 -"}},
	})
}
