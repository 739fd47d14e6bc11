package events

import "github.com/actorgraph/actorgraph/internal/kg"

// mealTrigger reads an encounter over a meal that the "had dinner with"
// reading of findTrigger leaves out: the verbs "dined (lunched,
// breakfasted) with X" and "at dinner (lunch) with X" (GUIDELINES §7: a
// face-to-face meeting). The counterpart is what follows "with"; a meal
// named without one ("dined at the embassy") is none.
func (x *extractor) mealTrigger(i, last int, t trigger) (trigger, bool) {
	if i < 0 || i+1 >= last {
		return t, false
	}
	w := x.lower(i)
	switch w {
	case "dined", "dines", "dine", "dining", "lunched", "breakfasted", "supped":
		j := i + 1
		if a := x.lower(j); a == "privately" || a == "together" || a == "again" || a == "also" || a == "alone" {
			j++
		}
		if j >= last || x.lower(j) != "with" {
			return t, false
		}
		t.kind, t.rule = kg.MeetingMeeting, "meeting:verb-dined"
		t.with = j
		return t, true
	case "dinner", "lunch", "breakfast", "luncheon", "supper":
		if i < 1 || x.lower(i-1) != "at" || x.lower(i+1) != "with" {
			return t, false
		}
		t.kind, t.noun, t.rule = kg.MeetingMeeting, true, "meeting:noun-meal"
		return t, true
	}
	return t, false
}
