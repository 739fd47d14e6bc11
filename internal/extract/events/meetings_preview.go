package events

import (
	"strings"

	"github.com/actorgraph/actorgraph/internal/extract/segment"
)

// previewHeads are the event nouns a preview's "ahead of the ..." can
// take up: a gathering someone attends.
var previewHeads = map[string]bool{
	"meeting": true, "meetings": true, "summit": true, "forum": true,
	"conference": true, "talks": true, "session": true, "gathering": true,
}

// previewStarted are the past verbs that tell an event under way or over
// ("the summit opened"): then "ahead of the summit" looks back.
var previewStarted = map[string]bool{
	"began": true, "opened": true, "started": true, "ended": true,
	"closed": true, "finished": true, "concluded": true,
}

// previewOpens are the present verbs of a timetable ("the summit opens
// on Wednesday", "the meeting, which starts tomorrow"): still to come.
var previewOpens = map[string]bool{
	"opens": true, "begins": true, "starts": true, "open": true, "begin": true, "start": true,
}

// previewAttended: the noun trigger is the object of a present progressive
// "is attending" ("X is attending the G7 meeting") and another sentence of
// the article puts that event ahead ("ahead of the meeting", "before the
// meeting", "in the run-up to the summit"). The article tells a preview:
// X is to attend, the encounter is PLANNED (GUIDELINES §7). BBC stories
// have no reference date to show the event is still to come, so the frame
// the article sets is what tells it. Without such a frame "is attending"
// is a meeting under way (OCCURRED).
func (x *extractor) previewAttended(cs int, tr trigger) bool {
	if !tr.noun || tr.last >= len(x.d.Tokens) {
		return false
	}
	head := "" // the event noun among the trigger words ("meeting", "summit talks")
	for k := tr.first; k <= tr.last && head == ""; k++ {
		if previewHeads[x.lower(k)] {
			head = x.lower(k)
		}
	}
	if head == "" {
		return false
	}
	// "is attending the G7 meeting", "are also attending this week's summit"
	att := -1
	for k := tr.first - 1; k >= cs && k >= tr.first-5; k-- {
		if x.d.Tokens[k].Kind != segment.Word {
			return false
		}
		if x.lower(k) == "attending" {
			att = k
			break
		}
	}
	if att < 0 {
		return false
	}
	b := att - 1
	if b >= cs && b >= 0 && (x.lower(b) == "also" || strings.HasSuffix(x.lower(b), "ly")) {
		b-- // "is also attending", "are currently attending"
	}
	if b < cs || b < 0 {
		return false
	}
	switch x.lower(b) {
	case "is", "are", "'s", "’s", "am":
	default:
		return false // "was attending", "leaders attending": the clause's tense is not given here
	}
	return x.eventAhead(head)
}

// eventAhead reports whether the article puts an event named by head
// ahead ("ahead of the meeting", "before the meeting", "the run-up to the
// meeting", "the meeting opens on Friday"), and nowhere tells it begun
// ("the meeting opened").
func (x *extractor) eventAhead(head string) bool {
	ahead := false
	n := len(x.d.Tokens)
	for k := 0; k < n; k++ {
		w := x.lower(k)
		if w == head && k+1 < n && previewStarted[x.lower(k+1)] {
			return false // "the meeting opened on Friday": under way or over
		}
		if ahead {
			continue
		}
		if w == head {
			v := k + 1
			if v < n && x.lower(v) == "," {
				v++
			}
			if v < n && (x.lower(v) == "which" || x.lower(v) == "that") {
				v++
			}
			if v < n && previewOpens[x.lower(v)] {
				ahead = true // "the summit opens on Wednesday", "the summit, which opens on Wednesday": the present of a timetable
				continue
			}
		}
		from := -1
		switch w {
		case "ahead":
			if k+1 < n && x.lower(k+1) == "of" {
				from = k + 2
			}
		case "before":
			if k+1 < n && x.lower(k+1) == "the" {
				from = k + 2 // "before the meeting": the event, not a time clause
			}
		case "run-up":
			if k+1 < n && x.lower(k+1) == "to" {
				from = k + 2
			}
		}
		if from < 0 {
			continue
		}
		// the determiner and up to three modifiers: "ahead of the G7
		// finance ministers' meeting"
		for j := from; j < n && j <= from+4; j++ {
			if x.d.Tokens[j].Kind != segment.Word {
				break
			}
			if x.lower(j) == head {
				ahead = true
				break
			}
		}
	}
	return ahead
}
