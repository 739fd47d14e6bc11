package events

import (
	"strings"
	"unicode"

	"github.com/actorgraph/actorgraph/internal/extract/segment"
	"github.com/actorgraph/actorgraph/internal/kg"
)

// Question-and-answer transcripts (GUIDELINES 18.1): paragraphs opened by
// a label in double parentheses ("((Interviewer))  question?") are
// questions, not statements; each answer of a named interviewee is one
// statement of that person, its words the quote, running over the
// following unlabelled paragraphs until the next label. An answer opens
// with the interviewee's label ("((Name Surname))  ..."), or, right after
// a question, with the name or its initials ("Name Surname: ...",
// "Name Surname ...", "NS: ...").

// paraLabel reads a "((...))" label opening paragraph p: the token range
// of its inside and the first token after it; ok is false when the
// paragraph opens otherwise.
func (x *extractor) paraLabel(p segment.Paragraph) (first, last, after int, ok bool) {
	if p.FirstSent >= p.LastSent {
		return 0, 0, 0, false
	}
	s := x.d.Sentences[p.FirstSent]
	k := s.First
	if k+4 >= len(x.d.Tokens) || x.text(k) != "(" || x.text(k+1) != "(" || x.d.Tokens[k+1].Start != x.d.Tokens[k].End {
		return 0, 0, 0, false
	}
	for e := k + 2; e < k+9 && e+1 < len(x.d.Tokens); e++ {
		switch x.text(e) {
		case ")":
			if e > k+2 && x.text(e+1) == ")" {
				return k + 2, e, e + 2, true
			}
			return 0, 0, 0, false
		case "(":
			return 0, 0, 0, false
		}
	}
	return 0, 0, 0, false
}

// personOpening returns the person entity whose name opens the token
// range [k, end) (the whole range when whole is set), and the first
// token after the name; -1 when none.
func (x *extractor) personOpening(k, end int, whole bool) (int, int) {
	mi := x.mentionAt(k)
	if mi < 0 {
		return -1, k
	}
	m := &x.md.Mentions[mi]
	if m.First != k || m.InQuote || m.Hon != "" || m.Title != nil {
		return -1, k
	}
	e := x.actor(int(mi))
	if !x.isPerson(e) || whole && m.Last != end {
		return -1, k
	}
	return e, m.Last
}

// initialsOf returns the interviewee whose initials the token k spells
// ("MS" for an earlier answer's Mary Smith), or -1.
func (x *extractor) initialsOf(k int, speakers []int) int {
	w := x.text(k)
	if len(w) < 2 || len(w) > 4 || x.d.Tokens[k].Kind != segment.Word {
		return -1
	}
	for _, r := range w {
		if !unicode.IsUpper(r) {
			return -1
		}
	}
	for _, e := range speakers {
		var b strings.Builder
		for _, part := range strings.Fields(x.cr.Entities[e].Name) {
			r := []rune(part)
			if unicode.IsUpper(r[0]) {
				b.WriteRune(r[0])
			}
		}
		if b.String() == w {
			return e
		}
	}
	return -1
}

// answerWords returns the words of paragraph p from token k on, cut
// before a "((xx))" language marker that opens a translation.
func (x *extractor) answerWords(p segment.Paragraph, k int) string {
	s := x.d.Sentences[p.LastSent-1]
	if k >= s.Last {
		return ""
	}
	start, end := int(x.d.Tokens[k].Start), int(x.d.Tokens[s.Last-1].End)
	t := x.d.Text[start:end]
	if i := strings.Index(t, "(("); i >= 0 {
		t = t[:i]
	}
	return strings.Join(strings.Fields(t), " ")
}

// caption reports a paragraph that is a picture's caption ("... Image:
// Name."): no words of an answer.
func (x *extractor) caption(p segment.Paragraph) bool {
	for si := p.FirstSent; si < p.LastSent; si++ {
		s := x.d.Sentences[si]
		for k := s.First; k+1 < s.Last; k++ {
			if x.lower(k) == "image" && x.text(k+1) == ":" {
				return true
			}
		}
	}
	return false
}

// interviewAnswers adds the statements of a question-and-answer
// transcript. Nothing fires unless a question label is followed by an
// answer, so a paragraph that opens with a name in ordinary prose is
// never taken.
func (x *extractor) interviewAnswers() {
	ps := x.d.Paragraphs
	if len(ps) < 3 || !strings.Contains(x.d.Text, "((") {
		return
	}
	const (
		other = iota
		question
		answer
	)
	kind := make([]int, len(ps))
	speaker := make([]int, len(ps))
	from := make([]int, len(ps)) // first token of the answer's words
	hasQuestion := false
	for i, p := range ps {
		first, last, after, ok := x.paraLabel(p)
		if !ok {
			continue
		}
		if e := x.labelPerson(first, last); e >= 0 {
			kind[i], speaker[i], from[i] = answer, e, after
			continue
		}
		if x.d.Tokens[first].Has(segment.FlagCap) {
			kind[i] = question
			hasQuestion = true
		}
	}
	if !hasQuestion {
		return
	}
	// unlabelled answers: right after a question, a paragraph that opens
	// with a person's name, or the initials of an earlier interviewee
	var speakers []int
	for i, p := range ps {
		if kind[i] == answer {
			speakers = append(speakers, speaker[i])
			continue
		}
		if kind[i] != other || i == 0 || kind[i-1] != question || p.FirstSent >= p.LastSent {
			continue
		}
		s := x.d.Sentences[p.FirstSent]
		e, k := x.personOpening(s.First, s.Last, false)
		if e < 0 {
			if e = x.initialsOf(s.First, speakers); e < 0 {
				continue
			}
			k = s.First + 1
		}
		if k < s.Last && x.text(k) == ":" {
			k++
		} else if k >= s.Last || x.d.Tokens[k].Kind != segment.Word || !x.d.Tokens[k].Has(segment.FlagCap) {
			// "Name Surname I am ...": the answer opens a new sentence
			// inside the first one, with a capital
			continue
		}
		kind[i], speaker[i], from[i] = answer, e, k
		speakers = append(speakers, e)
	}
	date := x.ref
	for i, p := range ps {
		if kind[i] != other {
			break // the date of the interview is told before it begins
		}
		if d, ok := x.interviewDate(p); ok {
			date = d
		}
	}
	for i, p := range ps {
		if kind[i] != answer {
			continue
		}
		parts := []string{x.answerWords(p, from[i])}
		for j := i + 1; j < len(ps) && kind[j] == other && !x.caption(ps[j]); j++ {
			if ps[j].FirstSent < ps[j].LastSent {
				parts = append(parts, x.answerWords(ps[j], x.d.Sentences[ps[j].FirstSent].First))
			}
		}
		quote := strings.TrimSpace(strings.Join(parts, " "))
		if !twoWords(quote) {
			continue
		}
		si := p.FirstSent
		if x.saidIn(si, speaker[i]) {
			continue // another rule already read the answer's opening
		}
		span := Span{si, si}
		x.out.Statements = append(x.out.Statements, Statement{
			Speaker: speaker[i],
			Quote:   quote,
			Text:    quote,
			Date:    date,
			Span:    span,
			Rule:    "statement:interview",
			About:   x.about(span, -1, -1, speaker[i]),
		})
	}
}

// saidIn reports a statement of speaker e already drawn from sentence si.
func (x *extractor) saidIn(si, e int) bool {
	for _, st := range x.out.Statements {
		if st.Speaker == e && st.Span.First <= si && si <= st.Span.Last {
			return true
		}
	}
	return false
}

// labelPerson returns the person a label names: a person mention filling
// it, or a person of the article whose full name is the whole label
// ("((Rich Doyle))" where the label alone was read as no name, or only
// "Doyle" as one), else -1.
func (x *extractor) labelPerson(first, last int) int {
	if e, _ := x.personOpening(first, last, true); e >= 0 {
		return e
	}
	label := strings.Join(strings.Fields(x.d.Text[x.d.Tokens[first].Start:x.d.Tokens[last-1].End]), " ")
	if !strings.Contains(label, " ") {
		return -1 // a lone word ("((WN))") names no one for sure
	}
	// a label read as no name at all, or as a part of one, that spells
	// the full name of a person the article names elsewhere
	for e := range x.cr.Entities {
		if x.isPerson(e) && x.cr.Entities[e].Name == label {
			return e
		}
	}
	return -1
}

// interviewDate reads the day of the interview in an introduction that
// dates it: "the interview took place last May", "this interview was
// conducted on 3 March". Another interview spoken of in passing ("in a
// 2013 interview") is no such sentence.
func (x *extractor) interviewDate(p segment.Paragraph) (kg.PartialDate, bool) {
	for si := p.FirstSent; si < p.LastSent; si++ {
		s := x.d.Sentences[si]
		k := s.First
		for ; k+3 < s.Last; k++ {
			if (x.lower(k) == "the" || x.lower(k) == "this") && x.lower(k+1) == "interview" {
				break
			}
		}
		if k+3 >= s.Last {
			continue
		}
		v := k + 2
		for v < s.Last && v < k+8 && x.lower(v) != "took" && x.lower(v) != "was" {
			v++
		}
		if v+1 >= s.Last {
			continue
		}
		switch {
		case x.lower(v) == "took" && x.lower(v+1) == "place":
		case x.lower(v) == "was" && (x.lower(v+1) == "conducted" || x.lower(v+1) == "held" || x.lower(v+1) == "recorded"):
		default:
			continue
		}
		for _, e := range x.sentenceDates(si, false) {
			if e.First > v && !e.Ahead && !e.Date.IsZero() {
				return e.Date, true
			}
		}
	}
	return kg.PartialDate{}, false
}
