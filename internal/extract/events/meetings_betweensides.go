package events

// betweenSides splits "talks between A and B" into its two sides when
// one names a person and the other only a body or country ("talks
// between Minister X and the French finance ministry"): each conjunct is
// a side of its own, so the body stands in for its side that names no
// person (GUIDELINES §7) instead of falling away beside the person.
func (x *extractor) betweenSides(agents []int) (a, o []int) {
	if len(agents) != 2 || x.isPerson(agents[0]) == x.isPerson(agents[1]) {
		return agents, nil
	}
	p, b := agents[0], agents[1]
	if !x.isPerson(p) {
		p, b = b, p
	}
	if c := x.personCountry(p); c >= 0 && c == b || x.holdsPostOf(p, b) {
		return agents, nil // "between President X and White House officials": his own side
	}
	return agents[:1], agents[1:]
}
