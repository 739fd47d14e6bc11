package events

import "testing"

// TestStatementsInvertedPossessiveDescription: "..., said X's agent Y":
// after the verb, a possessive and a description before the name leave
// the named person the speaker; a possessive right before a name with no
// description between is left to the other readings.
func TestStatementsInvertedPossessiveDescription(t *testing.T) {
	checkStatements(t, false, []stmtCase{
		{name: "person's agent", in: "Lena Marsh is to marry in June. \"No date has been set,\" said Marsh's agent Tomas Verel.",
			want: []string{"Tomas Verel"}},
		{name: "body's officer", in: "\"Demand for the chips is strong,\" said the network's chief technology officer Rolf Harte.",
			want: []string{"Rolf Harte"}},
		{name: "no name after the description", in: "Lena Marsh is to marry in June. \"No date has been set,\" said Marsh's agent in London.",
			want: nil},
	})
}
