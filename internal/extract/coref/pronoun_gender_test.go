package coref

import (
	"testing"
)

// TestPronounSkipsOtherGender: a woman named beside the story's male
// subject leaves "he" to him, even when he is not the sentence's subject;
// two men there leave it open. In the pronoun's own sentence, people
// inside prepositional phrases do not compete with its subject.
func TestPronounSkipsOtherGender(t *testing.T) {
	tests := []struct {
		in   string
		want string // the last pronoun's person, "" when unresolved
	}{
		{"Aides said Oscar Lindqvist will see President Corazon Delmar on Friday. He will also see two ministers.", "Oscar Lindqvist"},
		{"Aides said Oscar Lindqvist will see Prime Minister Margaret Ovando on Friday. He will also see two ministers.", "Oscar Lindqvist"},
		{"Aides said Oscar Lindqvist will see President Corazon Delmar on Friday. She will also see two ministers.", "Corazon Delmar"},
		{"Aides said Oscar Lindqvist will see President Malcolm Delmar on Friday. He will also see two ministers.", ""},
		// the one person of the pronoun's sentence outside prepositional
		// phrases is its subject's antecedent, not a man of the sentence before
		{"Ivan Morel arrived. In Oslo Peter Lund, head of the fund, said that after talks with Ken Ito, he was hopeful.", "Peter Lund"},
		{"Ivan Morel arrived. Standing beside Ken Ito, he said little.", "Ivan Morel"},
		// an object pronoun is not its own clause's subject
		{"Ana Roe arrived. Peter Lund, who lost to Ken Ito last year, will face him again.", ""},
		// an unresolved subject pronoun of the sentence before is the one
		// continued, not a person named after it there
		{"Officials met today. She was married to Robin Dorn. She said the marriage failed.", ""},
		{"Aides spoke. He said a deal was signed on a visit by minister Paul Reyes. He added that talks go on.", ""},
		// a person named before that pronoun may be its antecedent: left to the old reading
		{"As pressure grew on Prime Minister Alma Ruiz, she spoke. She was firm.", "Alma Ruiz"},
		// a person named only in a prepositional phrase after someone
		// else's speech verb is not the next pronoun's speaker
		{"The banker said trade grew after the fall of minister Paul Reyes. He said more was to come.", ""},
		{"The study, by economist Paul Reyes, found gains. He said more was to come.", "Paul Reyes"},
		{"A plan announced by minister Paul Reyes cuts taxes. He said more was to come.", "Paul Reyes"},
		{"Prices, as envisioned by Paul Reyes, would be measured in a basket of, say, ten goods. He said more was to come.", "Paul Reyes"},
	}
	for _, tc := range tests {
		if got := lastPronounPerson(t, tc.in); got != tc.want {
			t.Errorf("%q: pronoun = %q, want %q", tc.in, got, tc.want)
		}
	}
}
