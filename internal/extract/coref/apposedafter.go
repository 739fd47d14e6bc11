package coref

import (
	"github.com/actorgraph/actorgraph/internal/extract/mentions"
	"github.com/actorgraph/actorgraph/internal/extract/segment"
)

// apposedAfter returns the person named in apposition right after the
// descriptor mi, opening its sentence, and its of-phrase ("the head of the CFDT union
// federation, Edmond Maire, met ..."), or -1: the post is that person's
// own, no second, unnamed person a later "he" might mean. Between the
// post and the comma only an of-phrase may stand (no verb, no other
// comma), and the name is followed by a comma or the sentence's end.
func (r *Result) apposedAfter(mi int) int {
	ms := r.md.Mentions
	if mi < 0 || mi+1 >= len(ms) {
		return -1
	}
	m := &ms[mi]
	d := r.md.Seg
	if !r.opensSentence(mi) {
		// only the sentence's subject: "a clerk said he could not say
		// whether the fund's new head, X, would come. He added ...": the
		// one speaking first is still the one meant
		return -1
	}
	k := m.Last
	if k >= len(d.Tokens) {
		return -1
	}
	if d.TokenText(k) != "," {
		switch d.Lower(k) {
		case "of", "at", "for":
		default:
			return -1
		}
	}
	comma := -1
	for j := k; j < len(d.Tokens) && j < m.Last+12; j++ {
		t := d.Tokens[j]
		if d.TokenText(j) == "," {
			comma = j
			break
		}
		if tx := d.TokenText(j); t.Has(segment.FlagInQuote) || t.Kind != segment.Word && t.Kind != segment.Number && t.Kind != segment.Punct || tx == "." || tx == ";" || tx == ":" || tx == "(" || tx == ")" {
			return -1
		}
		if j > k && !t.Has(segment.FlagCap) && !ofPhraseWord(d.Lower(j)) {
			return -1 // a verb or a clause, not a body's name
		}
	}
	if comma < 0 {
		return -1
	}
	for n := mi + 1; n < len(ms) && ms[n].First <= comma+1; n++ {
		p := &ms[n]
		if p.First != comma+1 {
			continue
		}
		if p.Kind != mentions.Person || p.Entity < 0 || p.Sent != m.Sent || p.Possessive || p.InQuote {
			return -1
		}
		if end := p.Last; end < len(d.Tokens) && d.TokenText(end) != "," && d.Tokens[end].Kind == segment.Word {
			return -1 // "the chairman of X, Y and Z": a list, not an apposition
		}
		return p.Entity
	}
	return -1
}

// ofPhraseWord: a lower-case word an of-phrase may hold ("of the
// socialist union federation", "for trade and industry"); speech verbs,
// auxiliaries and clause words end it.
func ofPhraseWord(w string) bool {
	if mentions.IsSpeechVerb(w) {
		return false
	}
	switch w {
	case "is", "was", "are", "were", "has", "had", "have", "will", "would", "can", "could", "may", "might", "should", "be", "been",
		"who", "which", "that", "whose", "when", "where", "while", "as", "because", "if", "but", "or", "met", "visited", "meets", "visits":
		return false
	}
	return w != ""
}

// opensAfterTime reports a mention that opens its sentence after a time
// phrase written without a comma ("Last Friday Reagan, answering
// questions, said ..."; "Yesterday Smith told ..."): the sentence's
// subject, as after "On Monday,".
func (r *Result) opensAfterTime(mi int) bool {
	d := r.md.Seg
	m := &r.md.Mentions[mi]
	first := d.Sentences[m.Sent].First
	start := m.TitledFirst()
	if start <= first || start-first > 4 {
		return false
	}
	for k := first; k < start; k++ {
		if !timeWord(d.Lower(k)) && !segment.IsMonth(d.TokenText(k)) && d.Tokens[k].Kind != segment.Number {
			return false
		}
	}
	return true
}

// timeWord: the words of a short time phrase opening a sentence.
func timeWord(w string) bool {
	switch w {
	case "last", "next", "this", "on", "in", "early", "late", "yesterday", "today", "tonight", "earlier", "later",
		"week", "month", "year", "morning", "afternoon", "evening", "night", "weekend",
		"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday":
		return true
	}
	return false
}

// relativeAntecedent returns the person a subject pronoun's relative
// clause hangs from ("Y, whom he met last week", "Y, who she said was
// ..."), or -1: the clause's own subject is someone other than Y.
func (r *Result) relativeAntecedent(idx int) int {
	ms := r.md.Mentions
	if idx <= 0 || idx >= len(ms) || ms[idx].Object {
		return -1
	}
	d := r.md.Seg
	p := &ms[idx]
	k := p.First - 1
	if k < 2 || d.Tokens[k].Has(segment.FlagInQuote) {
		return -1
	}
	if w := d.Lower(k); w != "who" && w != "whom" || d.TokenText(k-1) != "," {
		return -1
	}
	a := &ms[idx-1]
	if a.Kind != mentions.Person || a.Entity < 0 || a.Last != k-1 || a.Sent != p.Sent || a.Possessive {
		return -1
	}
	return a.Entity
}
