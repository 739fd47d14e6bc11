package neo4j

import (
	"slices"
	"testing"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// The order keys keyRange selects are exactly those of the dates
// kg.PartialDate.InRange accepts, for every precision of event and range.
func TestKeyRangeIsInRange(t *testing.T) {
	var dates []kg.PartialDate
	for _, y := range []int{2023, 2024, 2025} {
		dates = append(dates, kg.DateYear(y))
		for _, m := range []int{1, 2, 5, 12} {
			dates = append(dates, kg.DateMonth(y, m))
			for _, d := range []int{1, 2, 10, 28} {
				dates = append(dates, kg.DateDay(y, m, d))
			}
		}
	}
	events := append(slices.Clone(dates), kg.PartialDate{})
	bounds := append(slices.Clone(dates), kg.PartialDate{})
	checked := 0
	for _, from := range bounds {
		for _, to := range bounds {
			if from.IsZero() && to.IsZero() || checkRange(from, to) != nil {
				continue
			}
			p := map[string]any{}
			keyRange(p, from, to)
			lo, hi, early := p["rangeFrom"].(string), p["rangeTo"].(string), p["early"].([]string)
			for _, e := range events {
				k := e.OrderKey()
				got := k >= lo && k <= hi || slices.Contains(early, k)
				if want := e.InRange(from, to); got != want {
					t.Errorf("from %v to %v: event %v (key %q) selected %v, InRange %v (range %q..%q, early %q)", from, to, e, k, got, want, lo, hi, early)
				}
				checked++
			}
		}
	}
	if checked == 0 {
		t.Fatal("nothing checked")
	}
}
