package kg

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestSortEncounters(t *testing.T) {
	es := []Encounter{
		{CounterpartID: "person:c", Count: 1},                            // no date: after dated ties
		{CounterpartID: "person:b", Count: 1, Last: DateMonth(2024, 5)},  // same count, older
		{CounterpartID: "person:a", Count: 1, Last: DateDay(2024, 6, 1)}, // same count, newest
		{CounterpartID: "person:d", Count: 3, Last: DateYear(2020)},      // most meetings first
		{CounterpartID: "person:e", Count: 1, Last: DateMonth(2024, 5)},  // tie with b: by id
	}
	SortEncounters(es)
	var got []string
	for _, e := range es {
		got = append(got, e.CounterpartID)
	}
	want := []string{"person:d", "person:a", "person:b", "person:e", "person:c"}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("order (-want +got):\n%s", d)
	}
}
