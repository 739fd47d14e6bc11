package events

import "testing"

// TestRoleOfficialSpokesman covers "X, a spokesman for <title> Y": the
// spokesman of a named office holder is the spokesman of the body or
// country the holder's own role names; a holder with no such role, or
// an untitled one, gives none.
func TestRoleOfficialSpokesman(t *testing.T) {
	checkRoles(t, []roleCase{
		{"a commissioner's spokesman", `"We back the plan," said Clara Vettori, a spokesman for EU trade commissioner Paul Brandt.`, "",
			[]string{"Paul Brandt|trade commissioner|European Union", "Clara Vettori|spokesman|European Union"}},
		{"a minister's spokeswoman", "Clara Vettori, chief spokeswoman for French Finance Minister Paul Brandt, said the talks went well.", "",
			[]string{"Paul Brandt|Finance Minister|France", "Clara Vettori|spokeswoman|France"}},
		{"an untitled holder", "Clara Vettori, a spokesman for Paul Brandt, said the talks went well.", "", nil},
		{"not a spokesman", "Clara Vettori, a friend of EU trade commissioner Paul Brandt, said the talks went well.", "",
			[]string{"Paul Brandt|trade commissioner|European Union"}},
	})
}
