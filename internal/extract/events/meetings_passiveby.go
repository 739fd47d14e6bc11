package events

import (
	"strings"

	"github.com/actorgraph/actorgraph/internal/extract/segment"
)

// passiveAgentBefore reads the actor of a passive clause that a trigger
// noun closes: "the plan was proposed by X during a trip to Y", "the
// accord was signed by X on a visit to Y". The clause's grammatical
// subject is the thing acted on; the one who travelled or met is the
// agent after "by". Only a finite passive counts ("was", "were", "is",
// "are", "been" before a participle): "the fund, to be launched by A,
// ..." describes the thing, not the clause's act. The agent must come
// right before the trigger's phrase, with no clause boundary between.
func (x *extractor) passiveAgentBefore(si, cs, i int) []int {
	s := x.d.Sentences[si]
	if cs < s.First || i > s.Last || cs >= i {
		return nil
	}
	for k := i - 3; k >= cs; k-- {
		switch x.lower(k) {
		case "was", "were", "is", "are", "been":
		default:
			continue
		}
		if x.d.Tokens[k].Has(segment.FlagInQuote) {
			return nil
		}
		j := k + 1
		for n := 0; n < 2 && j < i && passiveAdverb(x.lower(j)); n++ {
			j++ // "was jointly proposed", "was later signed"
		}
		if j+1 >= i || !pastParticiple(x.lower(j)) || x.d.Tokens[j].Has(segment.FlagCap) || x.lower(j+1) != "by" {
			return nil // the nearest finite "be" is no passive with an agent
		}
		by, _ := x.listAfter(si, j+2)
		if len(by) == 0 {
			return nil
		}
		// the list ends with the last of its names, not where listAfter
		// stopped reading ("by A and then debated during a visit")
		end := -1
		for _, e := range by {
			mi := x.mentionOf(si, e, i)
			if mi < 0 || x.md.Mentions[mi].First < j+2 {
				return nil
			}
			end = max(end, x.md.Mentions[mi].Last)
		}
		if end > i || i-end > 6 {
			return nil
		}
		for t := end; t < i; t++ {
			switch x.lower(t) {
			case ",", ";", ":", "and", "but", "which", "who", "that", "while", "after", "before", "--":
				return nil // another clause or act between agent and trigger
			}
		}
		return by
	}
	return nil
}

// passiveAdverb is an adverb that may stand between "was" and a passive
// participle.
func passiveAdverb(w string) bool {
	switch w {
	case "also", "first", "later", "then", "already", "jointly", "formally", "originally", "reportedly", "initially":
		return true
	}
	return false
}

// pastParticiple is a lower-case past participle of a verb of doing
// ("proposed", "signed", "given", "made").
func pastParticiple(w string) bool {
	switch w {
	case "made", "held", "paid", "put", "set", "sent", "brought", "drawn", "taken", "given", "won", "struck", "told", "read", "laid", "shown", "written", "spent":
		return true
	case "need", "seed", "speed", "feed", "bed", "red", "bred":
		return false
	}
	return len(w) > 4 && strings.HasSuffix(w, "ed")
}
