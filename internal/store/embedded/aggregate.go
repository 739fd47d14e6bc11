package embedded

import (
	"context"
	"sort"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// MeetingsPerMonth counts occurred meetings per month; see
// kg.MonthlyQuery. It reads the fact index (see factIndex).
func (s *Store) MeetingsPerMonth(ctx context.Context, q kg.MonthlyQuery) (kg.MonthlyCounts, error) {
	var out kg.MonthlyCounts
	if err := checkRange(q.From, q.To); err != nil {
		return out, err
	}
	if err := checkMeetingKinds(q.Kinds); err != nil {
		return out, err
	}
	if err := checkActorIDs(q.ActorIDs); err != nil {
		return out, err
	}
	err := s.readTx(ctx, "meetings per month", func(tx querier) error {
		if len(q.ActorIDs) > 0 {
			if err := requireActors(ctx, tx, q.ActorIDs); err != nil {
				return err
			}
		}
		fi, err := s.facts(ctx, tx)
		if err != nil {
			return err
		}
		var sel []int32
		if len(q.ActorIDs) > 0 {
			var l [][]int32
			for _, id := range q.ActorIDs {
				l = append(l, fi.byActorMeetings[id])
			}
			if sel = intersect(l); sel == nil {
				return nil
			}
		}
		counts := map[kg.PartialDate]int{}
		for _, i := range inOrder(len(fi.meetings), sel, func(i int32) string { return fi.meetings[i].key }, kg.SortAsc) {
			m := &fi.meetings[i]
			if m.status != kg.StatusOccurred || !meetingMatches(m, q.Kinds, nil, "", q.From, q.To) {
				continue
			}
			if m.date.Precision() < kg.PrecisionMonth {
				out.Undated++
				continue
			}
			counts[kg.DateMonth(m.date.Year, m.date.Month)]++
		}
		for mo, n := range counts {
			out.Months = append(out.Months, kg.MonthCount{Month: mo, Count: n})
		}
		sort.Slice(out.Months, func(i, j int) bool { return out.Months[i].Month.Compare(out.Months[j].Month) < 0 })
		return nil
	})
	if err != nil {
		return kg.MonthlyCounts{}, err
	}
	return out, nil
}

// TopCounterparts is Encounters without the meetings, cut to First; see
// kg.CounterpartQuery.
func (s *Store) TopCounterparts(ctx context.Context, q kg.CounterpartQuery) ([]kg.CounterpartCount, error) {
	switch {
	case q.ActorID == "":
		return nil, kg.Errorf(kg.CodeInvalidArgument, "an actor id is required")
	case q.First <= 0 || q.First > MaxFirst:
		return nil, kg.Errorf(kg.CodeInvalidArgument, "first must be between 1 and %d, got %d", MaxFirst, q.First)
	}
	if err := checkRange(q.From, q.To); err != nil {
		return nil, err
	}
	if err := checkMeetingKinds(q.Kinds); err != nil {
		return nil, err
	}
	var out []kg.CounterpartCount
	err := s.readTx(ctx, "top counterparts", func(tx querier) error {
		if err := requireActors(ctx, tx, []string{q.ActorID}); err != nil {
			return err
		}
		fi, err := s.facts(ctx, tx)
		if err != nil {
			return err
		}
		by := map[string]*kg.CounterpartCount{}
		// Meetings are visited oldest first (unknown dates last), so the
		// first and last known dates fall out in order.
		for _, i := range fi.byActorMeetings[q.ActorID] {
			m := &fi.meetings[i]
			if m.status != kg.StatusOccurred || !meetingMatches(m, q.Kinds, nil, "", q.From, q.To) {
				continue
			}
			for _, p := range m.parts {
				if p == q.ActorID {
					continue
				}
				c := by[p]
				if c == nil {
					c = &kg.CounterpartCount{CounterpartID: p}
					by[p] = c
				}
				c.Count++
				if !m.date.IsZero() {
					if c.First.IsZero() {
						c.First = m.date
					}
					c.Last = m.date
				}
			}
		}
		es := make([]kg.Encounter, 0, len(by))
		for _, c := range by {
			es = append(es, kg.Encounter{CounterpartID: c.CounterpartID, Count: c.Count, First: c.First, Last: c.Last})
		}
		kg.SortEncounters(es)
		if len(es) > q.First {
			es = es[:q.First]
		}
		for _, e := range es {
			out = append(out, kg.CounterpartCount{CounterpartID: e.CounterpartID, Count: e.Count, First: e.First, Last: e.Last})
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}
