package events

import (
	"strings"

	"github.com/actorgraph/actorgraph/internal/extract/segment"
)

// soughtEncounter reports a noun trigger at token at that is the object
// of a verb of asking for something ("urges a meeting with X", "is
// demanding talks with Y", "called for an urgent meeting with Z"): what
// is urged, demanded or called for has not taken place (GUIDELINES §7:
// proposed encounters are PLANNED). Only determiners and a few
// modifiers may stand between the verb and the trigger, so "urged
// reform at a meeting with X" is no such object.
func (x *extractor) soughtEncounter(cs, at int) bool {
	k := at - 1
	for n := 0; k >= cs && n < 3; n++ {
		w := x.lower(k)
		if x.d.Tokens[k].Kind != segment.Word || x.d.Tokens[k].Has(segment.FlagCap) || !(isDeterminerWord(w) && w != "and" && w != "or" && w != "but" || soughtModifier(w)) {
			break
		}
		k--
	}
	if k < cs || x.d.Tokens[k].Has(segment.FlagInQuote) {
		return false
	}
	w := x.lower(k)
	if soughtVerb(w) {
		return true
	}
	if w == "for" && k-1 >= cs {
		return soughtForVerb(x.lower(k - 1))
	}
	return false
}

func soughtVerb(w string) bool {
	switch w {
	case "urge", "urges", "urged", "urging",
		"demand", "demands", "demanded", "demanding",
		"request", "requests", "requested", "requesting",
		"suggest", "suggests", "suggested", "suggesting",
		"propose", "proposes", "proposed", "proposing":
		return true
	}
	return false
}

// soughtForVerb: verbs that ask for something through "for" ("called
// for talks", "pressed for a summit").
func soughtForVerb(w string) bool {
	switch w {
	case "call", "calls", "called", "calling",
		"ask", "asks", "asked", "asking",
		"press", "presses", "pressed", "pressing",
		"push", "pushes", "pushed", "pushing",
		"appeal", "appeals", "appealed", "appealing":
		return true
	}
	return false
}

func soughtModifier(w string) bool {
	switch w {
	case "new", "urgent", "early", "emergency", "immediate", "fresh", "further", "prompt", "direct", "formal", "special", "more", "another", "renewed", "speedy", "swift", "quick":
		return true
	}
	return strings.HasSuffix(w, "-level") || strings.HasSuffix(w, "-to-face")
}
