package events

// appearanceNoun: an occasion at which people appear together in public
// or share a table, so that joining someone for it puts the two
// together (GUIDELINES 13.3: joining another on a trip or an appearance).
func appearanceNoun(w string) bool {
	switch w {
	case "launch", "event", "rally", "walkabout", "appearance", "dinner", "lunch", "breakfast", "reception", "visit", "trip", "tour":
		return true
	}
	return false
}

// joinedAtEvent reads, after "join" at token i, named people and an
// occasion they are joined for or at ("join X for a poster launch",
// "joined X and Y at the rally"): it returns the occasion noun's token,
// or 0. Anyone in the list who is not a person ("joins Chelsea at the
// top"), or an occasion further than a few words, gives nothing.
func (x *extractor) joinedAtEvent(i, last int) int {
	si := x.d.SentenceAt(int(x.d.Tokens[i].Start))
	ents, end := x.listAfter(si, i+1)
	if len(ents) == 0 || end+1 >= last {
		return 0
	}
	for _, e := range ents {
		if !x.isPerson(e) {
			return 0
		}
	}
	switch x.lower(end) {
	case "for", "at":
	default:
		return 0
	}
	for j := end + 1; j < last && j < end+6; j++ {
		w := x.lower(j)
		if appearanceNoun(w) {
			return j
		}
		if w == "," || w == "and" || w == "to" || w == "of" {
			return 0
		}
	}
	return 0
}
