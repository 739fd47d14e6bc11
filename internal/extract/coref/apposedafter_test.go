package coref

import "testing"

// TestDescriptorApposedAfter: "the head of X, Name," is Name's own post,
// no second, unnamed person, so a later "he" may be Name; a list after
// the comma or a clause in place of the of-phrase leaves it open. The
// sentences are our own.
func TestDescriptorApposedAfter(t *testing.T) {
	tests := []struct {
		in   string
		want string // the last pronoun's person, "" when unresolved
	}{
		{"But the head of the teachers' guild, Marta Olsen, renewed her demands. She also asked for more staff.", "Marta Olsen"},
		{"But the leader of the dockers' union, Karl Brun, renewed the demands. He also asked for more pay.", "Karl Brun"},
		// near misses: two people after the comma, or the post's own
		// clause naming someone else
		{"But the leader of the union, Karl Brun and Ivo Dane, renewed the demands. He also asked for more pay.", ""},
		{"But the leader of the union said Karl Brun was wrong. He also asked for more pay.", ""},
	}
	for _, tc := range tests {
		if got := lastPronounPerson(t, tc.in); got != tc.want {
			t.Errorf("%q: pronoun = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestSubjectAfterTimePhrase: a person after a short time phrase with no
// comma ("Last Friday X, ...") is the sentence's subject, whom an opening
// "He" of the next sentence continues; a person after other words is not.
func TestSubjectAfterTimePhrase(t *testing.T) {
	tests := []struct {
		in   string
		want string
	}{
		{"Last Friday Alan Marsh, answering questions, said Oskar Brandt had been helpful. He said he looked forward to the visit.", "Alan Marsh"},
		{"Yesterday Alan Marsh said Oskar Brandt had been helpful. He said he looked forward to the visit.", "Alan Marsh"},
		// near miss: the words before the name are no time phrase
		{"Asked twice Alan Marsh said Oskar Brandt had been helpful. He said he looked forward to the visit.", ""},
	}
	for _, tc := range tests {
		if got := lastPronounPerson(t, tc.in); got != tc.want {
			t.Errorf("%q: pronoun = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestDescriptorApposedAfterSubjectOnly: the apposed post inside a
// clause after someone else speaks leaves the speaker in view.
func TestDescriptorApposedAfterSubjectOnly(t *testing.T) {
	in := "A clerk of the court told us he could not say whether the incoming head of the fund, Karl Brun, would arrive. He noted the delays."
	if got := lastPronounPerson(t, in); got != "" {
		t.Errorf("%q: pronoun = %q, want unresolved", in, got)
	}
}

// TestBarePostAfterModalVerb: "will host Mr X's speech" gives X no
// title, so the bare national post the story uses for him is his.
func TestBarePostAfterModalVerb(t *testing.T) {
	in := "Aid must double, Gordon Reed will say. The chancellor is due to set out targets. Mr Reed wants more aid. A charity will host Mr Reed's speech."
	if got := postHolder(t, in, 0); got != "Gordon Reed" {
		t.Errorf("%q: post holder = %q, want Gordon Reed", in, got)
	}
}

// TestRelativeClauseSubject: in "Y, who(m) he met", the pronoun is not Y,
// so the one person left is meant; "who" with no comma before it, or a
// pronoun object, is left as it was read.
func TestRelativeClauseSubject(t *testing.T) {
	tests := []struct {
		in   string
		want string
	}{
		{"Bank chief Tom Reed spoke on Monday. He expects Minister Ivo Dane, who he met last week, to return.", "Tom Reed"},
		{"Bank chief Tom Reed spoke on Monday. He expects Minister Ivo Dane, whom he met last week, to return.", "Tom Reed"},
		// near miss: two other men besides the antecedent
		{"Tom Reed and Carl Owens spoke on Monday. Both expect Minister Ivo Dane, who he met last week, to return.", ""},
	}
	for _, tc := range tests {
		if got := lastPronounPerson(t, tc.in); got != tc.want {
			t.Errorf("%q: pronoun = %q, want %q", tc.in, got, tc.want)
		}
	}
}
