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
