package mentions

import "testing"

// TestClericalRank pins the Shia clerical rank Hojatoleslam (with its
// other spellings) as a rank like Ayatollah, kept out of the name it
// precedes; a near miss: a plain name with no rank keeps both words.
func TestClericalRank(t *testing.T) {
	checkPersons(t, []personCase{
		{"hojatoleslam before a name", "Hojatoleslam Reza Tavani spoke at the mosque on Friday.", []string{"Reza Tavani"}, []string{"Hojatoleslam Reza Tavani"}},
		{"other spelling", "The cleric Hojjatoleslam Reza Tavani denied the report.", []string{"Reza Tavani"}, []string{"Hojjatoleslam Reza Tavani"}},
		{"no rank", "Reza Tavani spoke at the mosque on Friday.", []string{"Reza Tavani"}, nil},
	})
}
