package coref

import (
	"testing"

	"github.com/actorgraph/actorgraph/internal/extract/gazetteer"
	"github.com/actorgraph/actorgraph/internal/extract/mentions"
	"github.com/actorgraph/actorgraph/internal/extract/segment"
)

// TestLoneSurname: a lone capitalised word no list knows, opening its
// clause before a verb of speech, is a person named by the surname
// (GUIDELINES §3), with the given name or initials the story writes
// before it; a misspelling of a person's family name is that person.
// Firms speaking of "it"/"its", plural nouns for people, words written
// in lower case or before another capital, words after an article and
// misspellings of a body's name stay unresolved.
func TestLoneSurname(t *testing.T) {
	tests := []struct {
		in, word, want string // want: the person's name, "" none
	}{
		{"The ferry sank near the pier. Qorvanek said the crew had been warned.", "Qorvanek", "Qorvanek"},
		{`"We did all we could," Qorvanek told reporters on the quay.`, "Qorvanek", "Qorvanek"},
		{"Trudy Qorvanek arrived in the morning. Qorvanek said the crew had been warned.", "Qorvanek", "Trudy Qorvanek"},
		{"The novel sold well, according to JQ Trellowin. Trellowin said she was pleased.", "Trellowin", "JQ Trellowin"},
		// the inverted speaker closing a quotation
		{`"The crew had been warned," said Qorvanek.`, "Qorvanek", "Qorvanek"},
		// negative: a firm's name in a list of partners
		{`"Prices will fall," said Qorvanek, Lund and Co analyst Ada Lunt.`, "Qorvanek", ""},
		// a misspelling of a person named in full
		{"Exports fell, said Minister Helmut Braskewitz. Brasekwitz said the fall would end.", "Brasekwitz", "Helmut Braskewitz"},
		// negative: a firm speaking of itself
		{"The ferry sank near the pier. Qorvanek said its crew had been warned.", "Qorvanek", ""},
		{"The ferry sank near the pier. Qorvanek said it would pay.", "Qorvanek", ""},
		// negative: a plural noun for people
		{"The ferry sank near the pier. Stevedores said the crew had been warned.", "Stevedores", ""},
		// negative: a word the story writes in lower case, or before another capital
		{"The qorvanek sank near the pier. Qorvanek said the crew had been warned.", "Qorvanek", ""},
		{"Qorvanek Lines owns the ferry. Qorvanek said the crew had been warned.", "Qorvanek", ""},
		// negative: after an article, or what a firm owns
		{"A Qorvanek ferry sank. Qorvanek said the crew had been warned.", "Qorvanek", ""},
		{"Qorvanek shares fell. Qorvanek said the crew had been warned.", "Qorvanek", ""},
		// negative: a misspelling of a body's name
		{"Braskewitz Inc owns the ferry. Brasekwitz said the crew had been warned.", "Brasekwitz", ""},
		// negative: a firm speaking of its officer
		{"The ferry sank near the pier. Qorvanek said chairman Ada Lunt had resigned.", "Qorvanek", ""},
		// negative: no speech verb right after
		{"The ferry sank near the pier. Qorvanek was blamed by the crew.", "Qorvanek", ""},
	}
	g := gazetteer.Default()
	for _, tc := range tests {
		d := segment.Segment(tc.in)
		md := mentions.Find(d, g)
		r := Resolve(md, g)
		got := ""
		for i := range md.Mentions {
			m := &md.Mentions[i]
			if d.TokenText(m.First) != tc.word || m.Last != m.First+1 {
				continue
			}
			if e := r.Entity(i); e != nil && e.Kind == "PERSON" {
				got = e.Name
			}
		}
		if got != tc.want {
			t.Errorf("%q: %q is %q, want %q", tc.in, tc.word, got, tc.want)
		}
	}
}

func TestNearSpelling(t *testing.T) {
	for _, tc := range []struct {
		a, b      string
		near, one bool
	}{
		{"Schlesinger", "Schelsinger", true, false},
		{"Baur", "Bauer", true, true},
		{"Voss", "Voss", true, true},
		{"Baker", "Bauer", true, false},
		{"Mann", "Man", true, true},
		{"Woolworth", "Wool", false, false},
		{"", "Ab", true, false},
	} {
		if got := nearSpelling(tc.a, tc.b); got != tc.near {
			t.Errorf("nearSpelling(%q, %q) = %v", tc.a, tc.b, got)
		}
		if got := oneIndel(tc.a, tc.b); got != tc.one {
			t.Errorf("oneIndel(%q, %q) = %v", tc.a, tc.b, got)
		}
	}
}
