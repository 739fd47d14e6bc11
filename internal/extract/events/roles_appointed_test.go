package events

import "testing"

// TestRoleAppointed covers posts given by an appointment verb (named,
// appointed, elected, promoted; became; succeeded Y as) with the title
// after the name: the body is the one named after "of", else the
// organization opening the sentence; a unit's post ("of its Y unit") and an apposition after a comma give
// nothing.
func TestRoleAppointed(t *testing.T) {
	checkRoles(t, []roleCase{
		{"active with two posts", "Zorblex Corp said it named Hannah Quist president and chief executive officer, succeeding Paul Verhoek.", "",
			[]string{"Hannah Quist|president|Zorblex Corp", "Hannah Quist|chief executive officer|Zorblex Corp"}},
		{"passive, of the board", "Brimworth Group said Tomas Ellery has been elected chairman of the board.", "",
			[]string{"Tomas Ellery|chairman|Brimworth Group"}},
		{"modifier and a named body", "Quellan Holdings said it appointed Dora Lintz as senior vice president of Brindle Bank.", "",
			[]string{"Dora Lintz|senior vice president|Brindle Bank"}},
		{"a unit of the company", "Kestrel Inc said it appointed Dora Lintz as senior vice president of its plastics division.", "", nil},
		{"a division the text names as a body", "Kestrel Inc said Dora Lintz was named president of the Kestrel Plastics Division.", "",
			[]string{"Dora Lintz|president|Kestrel Plastics Division"}},
		{"the company in a story on one firm", "Pellham Corp lost money in May. The company also named Ivo Sande as treasurer.", "",
			[]string{"Ivo Sande|treasurer|Pellham Corp"}},
		{"the company in a story on two firms", "Pellham Corp bid for Raskin Inc in May. The company also named Ivo Sande as treasurer.", "", nil},
		{"to the new post of", "Pellham Corp said it named Ivo Sande to the new post of vice chairman.", "",
			[]string{"Ivo Sande|vice chairman|Pellham Corp"}},
		{"a relative clause", "Pellham Corp said Ivo Sande, who was elected chairman of the board, would stay on.", "",
			[]string{"Ivo Sande|chairman|Pellham Corp"}},
		{"will become", "Pellham Corp said Ivo Sande will become president.", "",
			[]string{"Ivo Sande|president|Pellham Corp"}},
		{"succeeds as", "Ivo Sande will succeed Ola Brekke as president of Pellham Corp next year.", "",
			[]string{"Ivo Sande|president|Pellham Corp"}},
		{"became with no body", "Ivo Sande became president after two elections.", "", nil},
		{"its post", "Pellham Corp said it nominated Ivo Sande as its treasurer.", "",
			[]string{"Ivo Sande|treasurer|Pellham Corp"}},
		{"take over as", "Ivo Sande will take over as treasurer of Pellham Corp in May.", "",
			[]string{"Ivo Sande|treasurer|Pellham Corp"}},
		{"who remains, past another person", "Pellham Corp said Ivo Sande was named president, succeeding Ola Brekke, who remains chairman.", "",
			[]string{"Ivo Sande|president|Pellham Corp", "Ola Brekke|chairman|Pellham Corp"}},
		{"who is also", "Ola Brekke, who is also treasurer of Pellham Corp, spoke first.", "",
			[]string{"Ola Brekke|treasurer|Pellham Corp"}},
		{"who is retiring", "Pellham Corp said Ola Brekke, who is retiring as chairman, will stay on the board.", "", nil},
		{"a second body first", "Pellham Corp said Raskin Inc hired Ola Brekke, who remains chairman.", "", nil},
		{"no body", "Voters elected Dora Lintz president last year.", "", nil},
		{"a comma apposition", "Kestrel Inc said it named Dora Lintz, a former banker, to the board.", "", nil},
	})
}

// TestRoleAppointedShortOpener: a short form of a body the article names
// in full opening the sentence as the subject of "(also) said"; a person's
// surname there, or two bodies the short form could be, give nothing.
func TestRoleAppointedShortOpener(t *testing.T) {
	checkRoles(t, []roleCase{
		{"short form also said", "Pellham Corp lost money in May. Pellham also said Ivo Sande was elected president.", "",
			[]string{"Ivo Sande|president|Pellham Corp"}},
		{"short form said it named", "Pellham Corp lost money in May. Pellham said it named Ivo Sande as treasurer.", "",
			[]string{"Ivo Sande|treasurer|Pellham Corp"}},
		{"a person's surname opens", "Pellham Corp hired Ola Brekke in May. Brekke also said Ivo Sande was elected president.", "", nil},
		{"two bodies it could be", "Pellham Corp bid for Pellham Mills Inc in May. Pellham also said Ivo Sande was elected president.", "", nil},
	})
}

// TestRoleAppointedIndefinite: "elected X a vice president" gives the
// post after the indefinite article; a second appointment verb and its
// pronoun object after "and" are no modifiers of a post.
func TestRoleAppointedIndefinite(t *testing.T) {
	checkRoles(t, []roleCase{
		{"an before the post", "Pellham Corp said Ivo Sande has been named an executive vice president.", "",
			[]string{"Ivo Sande|executive vice president|Pellham Corp"}},
		{"a post, then named him", "Pellham Corp said it elected Ivo Sande a vice president and named him treasurer.", "",
			[]string{"Ivo Sande|vice president|Pellham Corp"}},
		{"a noun that is no post", "Pellham Corp said Ivo Sande was named a finalist for the award.", "", nil},
	})
}
