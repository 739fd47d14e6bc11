package mentions

import "github.com/actorgraph/actorgraph/internal/extract/segment"

// verbAfterModal reports a one-word lower-case title right after a modal
// ("Cafod will host Mr X's speech", "she would coach Y"): the word is
// the verb, not a post of the name after it, which keeps no title (and
// may still be found holding a post the story names only bare).
func (f *finder) verbAfterModal(i, n int) bool {
	if n != 1 || i-1 < f.first || f.tok(i).Has(segment.FlagCap) {
		return false
	}
	switch f.lower(i - 1) {
	case "will", "would", "can", "could", "may", "might", "shall", "should", "must", "to":
		if f.lower(i-1) == "to" {
			// "to" before a verb only when a modal-like verb governs it
			// ("is to host", "agreed to chair"); "spoke to coach X" keeps
			// its title
			switch f.lower(i - 2) {
			case "is", "are", "was", "were", "agreed", "due", "set", "expected", "plans", "planned", "going", "will", "would":
				return true
			}
			return false
		}
		return true
	}
	return false
}
