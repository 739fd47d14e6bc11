package mentions

import "testing"

// TestStopMiddleName pins a stop word borne as a surname ("Day") as a
// middle name between a listed given name and a surname. Near misses:
// a show or parade named after a person, a stop word before a body's
// head word.
func TestStopMiddleName(t *testing.T) {
	checkPersons(t, []personCase{
		{"stop word as middle name", "Judge Marta Day Okonkwo ruled on the appeal on Friday.", []string{"Marta Day Okonkwo"}, []string{"Marta"}},
		{"possessive surname", "The stay follows Judge Marta Day Okonkwo's ruling.", []string{"Marta Day Okonkwo"}, nil},
		{"a show named after a person", "Fans watched the Marta Day Show again last night.", nil, []string{"Marta Day Show"}},
		{"a body after the stop word", "She spoke at the Marta Day Foundation dinner.", nil, []string{"Marta Day Foundation"}},
	})
}
