package events

// callTo reads the person called in "a phone call to X", "made a
// telephone call to X on Friday" (GUIDELINES §7: CALL), after the noun
// at token k. Only a call the text says is by phone: "a call to X to
// resign" is an appeal. People only: "phone calls to police" names no
// one. It returns the people and the token after them, or nil.
func (x *extractor) callTo(si, first, k int) ([]int, int) {
	if first < 1 {
		return nil, k
	}
	if p := x.lower(first - 1); p != "phone" && p != "telephone" {
		if w := x.lower(first); w != "phone" && w != "telephone" {
			return nil, k
		}
	}
	j := x.skipAfterVerb(si, k)
	if x.lower(j) != "to" {
		return nil, k
	}
	out, end := x.peopleAfter(si, j+1)
	if len(out) == 0 {
		return nil, k
	}
	return out, end
}
