package events

import (
	"github.com/actorgraph/actorgraph/internal/extract/mentions"
	"github.com/actorgraph/actorgraph/internal/extract/segment"
)

// groupSubjectMore reads subjects made of bodies' unnamed people that
// groupSubject leaves: a body's board or team ("the Senate team", "the
// X Association, XA, board of directors"), and two bodies' people
// coordinated ("A executives and B members"). A single body's officials
// stay groupSubject's. Like groupSubject it returns the bodies and the
// token after the subject, or nothing.
func (x *extractor) groupSubjectMore(si, cs int) ([]int, int) {
	s := x.d.Sentences[si]
	j := cs
	if d := x.dateStartingAt(si, j); d > j && d < s.Last {
		j = d // "Last month A executives and B members met"
		if x.text(j) == "," {
			j++
		}
	}
	for start := j; j < s.Last && j < start+3 && (isDeterminerWord(x.lower(j)) || x.lower(j) == "senior" || x.lower(j) == "top"); {
		j++
	}
	bodies, end := x.bodyList(si, j)
	if len(bodies) == 0 {
		return nil, cs
	}
	if end+1 < s.Last && x.text(end) == "," && x.lower(end+1) == "board" {
		end++ // "the X Association, XA, board": past the acronym's comma
	}
	n := x.peopleNounAfter(end, s.Last)
	if n < 0 {
		return nil, cs
	}
	if !(n < s.Last && x.lower(n) == "and") && x.lower(n-1) != "team" && x.lower(n-1) != "board" && x.lower(n-1) != "directors" {
		// one body's officials or delegation are groupSubject's reading,
		// which leaves "a delegation" (often named later) alone
		return nil, cs
	}
	if n < s.Last && x.lower(n) == "and" {
		// "A executives and B members": the second body's people
		more, e2 := x.bodyList(si, n+1)
		if len(more) == 0 {
			return nil, cs
		}
		if n = x.peopleNounAfter(e2, s.Last); n < 0 {
			return nil, cs
		}
		bodies = append(bodies, more...)
	}
	return bodies, n
}

// peopleNounAfter reads, at token k after a body's name, the noun for
// its unnamed people ("executives", "senior trade officials", "board of
// directors", "team") and returns the token after it, or -1.
func (x *extractor) peopleNounAfter(k, last int) int {
	for k < last && (x.lower(k) == "senior" || x.lower(k) == "top" || mentions.PortfolioNoun(x.lower(k))) {
		k++
	}
	if k >= last || x.d.Tokens[k].Kind != segment.Word || x.d.Tokens[k].Has(segment.FlagCap) {
		return -1
	}
	switch w := x.lower(k); {
	case w == "board":
		if k+2 < last && x.lower(k+1) == "of" && x.lower(k+2) == "directors" {
			return k + 3
		}
		return k + 1
	case w == "team" || w == "members" || groupMember(w):
		return k + 1
	}
	return -1
}
