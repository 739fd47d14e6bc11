package extract

import (
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// TestMeetingReportsMerge pins how reports of one encounter in several
// sentences become one meeting, and how different encounters of the same
// people stay apart.
func TestMeetingReportsMerge(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"a coarse date holding the finer one is the same trip",
			"Kenyan President Amara Odhiambo is visiting Canada this week. Odhiambo arrived in Ottawa on Monday.",
			[]string{"VISIT OCCURRED 2025-03-10 Amara Odhiambo+Canada"}},
		{"a call lends no date to a meeting",
			"Kenyan President Amara Odhiambo met Canadian Prime Minister Daniel Whitcombe in Nairobi. Odhiambo and Whitcombe spoke by phone on Sunday.",
			[]string{"CALL OCCURRED 2025-03-09 Amara Odhiambo+Daniel Whitcombe", "MEETING OCCURRED - Amara Odhiambo+Daniel Whitcombe"}},
		{"an undated report takes the date of the dated one",
			"Kenyan President Amara Odhiambo met Canadian Prime Minister Daniel Whitcombe. The meeting between Odhiambo and Whitcombe took place in Ottawa on Monday.",
			[]string{"MEETING OCCURRED 2025-03-10 Amara Odhiambo+Daniel Whitcombe"}},
		// one trip (oneTrip): a planned trip told three times, one of them
		// dated by another clause's "today", is one visit
		{"a planned trip told in several sentences is one visit",
			"Kenyan President Amara Odhiambo will visit Ottawa next month to ease a row over tariffs. Facing the risk that he might have to go to Canada with nothing to offer, Odhiambo today told his ministers to draft new measures. A panel is expected to report days before Odhiambo is scheduled to leave for Ottawa.",
			[]string{"VISIT PLANNED 2025-04 Amara Odhiambo+Canada"}},
		// talks with unnamed officials of the country visited have the
		// visit's own parties: only the visit (GUIDELINES 13.8)
		{"an undated stay is the one dated trip, beside talks of the same people",
			"Kenyan Trade Minister Amara Odhiambo opens talks with Canadian officials today. Speaking on the flight to Ottawa yesterday, Odhiambo said his trip aimed to win market access. Diplomats do not foresee any Canadian concessions during Odhiambo's fortnight-long visit here.",
			[]string{"VISIT OCCURRED 2025-03-10 Amara Odhiambo+Canada"}},
		{"an undated visit with no tense of its own is the dated trip to come",
			"Kenyan President Amara Odhiambo will visit Ottawa next week. Canadian farm groups are holding back their verdict until Odhiambo's visit to Canada.",
			[]string{"VISIT PLANNED 2025-03 Amara Odhiambo+Canada"}},
		{"a dated past trip stays beside the trip to come",
			"Kenyan President Amara Odhiambo's visit to Canada in January won praise. Odhiambo will visit Canada again next week.",
			[]string{"VISIT OCCURRED 2025-01 Amara Odhiambo+Canada", "VISIT PLANNED 2025-03 Amara Odhiambo+Canada"}},
		{"two trips that happened on different dates stay two",
			"Kenyan President Amara Odhiambo visited Canada in January. Odhiambo also visited Canada last week.",
			[]string{"VISIT OCCURRED 2025-01 Amara Odhiambo+Canada", "VISIT OCCURRED 2025-03 Amara Odhiambo+Canada"}},
		{"a trip that happened and one still to come stay two",
			"Kenyan President Amara Odhiambo visited Canada last week. Odhiambo will visit Canada again in June.",
			[]string{"VISIT OCCURRED 2025-03 Amara Odhiambo+Canada", "VISIT PLANNED 2025-06 Amara Odhiambo+Canada"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := kg.Document{Article: kg.Article{ID: "t", Published: kg.DateDay(2025, 3, 11)}, Text: tt.text}
			f := Extract(doc, Options{})
			names := map[string]string{}
			for _, a := range f.Actors {
				names[a.ID] = a.Name
			}
			var got []string
			for _, m := range f.Meetings {
				var ps []string
				for _, p := range m.Participants {
					ps = append(ps, names[p.ActorID])
				}
				sort.Strings(ps)
				d := "-"
				if !m.Date.IsZero() {
					d = m.Date.String()
				}
				got = append(got, string(m.Kind)+" "+string(m.Status)+" "+d+" "+strings.Join(ps, "+"))
			}
			sort.Strings(got)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("meetings (-want +got):\n%s", diff)
			}
		})
	}
}
