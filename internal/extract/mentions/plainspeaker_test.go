package mentions

import "testing"

// TestPlainNameSpeaker: a run of one or two capitalised words with no
// legal suffix, body word or listed name is a body's name when it speaks
// of itself with "its". Guards: a person ("said his"), a run that is not
// the clause's subject ("a unit of ..."), a word the article writes in
// lower case, a person's surname elsewhere, "its" not right after the
// verb.
func TestPlainNameSpeaker(t *testing.T) {
	tests := []orgCase{
		{"one word", "Halvorsen said its quarterly profit rose by a tenth.",
			[]string{"Halvorsen"}, nil},
		{"two words", "Brightwell Dairies said its new plant would open in May.",
			[]string{"Brightwell Dairies"}, nil},
		{"after a weekday", "Brightwell said on Tuesday its offer for the mill still stood.",
			[]string{"Brightwell"}, nil},
		{"after and", "Sales fell, and Ostrava Freight said that its fleet would shrink.",
			[]string{"Ostrava Freight"}, nil},
		{"a person", "Halvorsen said his quarterly profit rose by a tenth.",
			nil, []string{"Halvorsen"}},
		{"not the subject", "A unit of Halvorsen said its profit rose.",
			nil, []string{"Halvorsen"}},
		{"a common word", "The harvest was poor. Harvest said its yield fell.",
			nil, []string{"Harvest"}},
		{"a surname elsewhere", "Tom Halvorsen spoke first. Halvorsen said its rules were clear.",
			nil, []string{"Halvorsen"}},
		{"end of a firm's name after and", "Lund and Ferris said its board met.",
			nil, []string{"Ferris"}},
		{"its later", "Halvorsen said the bank cut its rates.",
			nil, []string{"Halvorsen"}},
	}
	checkOrgs(t, tests)
}
