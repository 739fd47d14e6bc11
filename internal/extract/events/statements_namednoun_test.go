package events

import "testing"

// TestStatementsNamedByNoun: "the airline said", "the union remarked"
// far from the body's last words is the one body the story tied that
// noun to by name ("the regional airline Ruvair", "Ruvair, the national
// airline,", "the union, Corvex,"). Not "the company" or "the group"
// (any firm of a business story), not a name in the phrase itself ("the
// Tellan network"), not a body named after a preposition before the
// noun ("In a filing with X, the union ..."), not a noun tied to two
// bodies.
func TestStatementsNamedByNoun(t *testing.T) {
	checkStatements(t, false, []stmtCase{
		{name: "noun before the name", in: "Pilots at the regional airline Ruvair will strike on Friday. Dana Pike said talks broke down. The airline said it was deeply disappointed.",
			want: []string{"Dana Pike", "Ruvair"}},
		{name: "apposition", in: "Ruvair, the national airline, cut its routes. Dana Pike said talks broke down. The airline said it was deeply disappointed.",
			want: []string{"Dana Pike", "Ruvair"}},
		{name: "the union in commas", in: "Cabin crew of the union, Corvex, will meet managers on Monday. Dana Pike said talks broke down. The union also remarked that time was short.",
			want: []string{"Dana Pike", "Corvex"}},
		{name: "the company is left alone", in: "Workers at the carmaker firm Tessel walked out. Dana Pike said talks broke down. The company said output would fall.",
			want: []string{"Dana Pike"}},
		{name: "a name in the phrase", in: "Viewers of the network Tellan fell. Dana Pike said talks broke down. The Ovrian network said ratings would recover.",
			want: []string{"Dana Pike"}},
		{name: "after a preposition", in: "In a filing with Ruvair, the union, which represents pilots, said it would strike. Dana Pike said talks broke down.",
			want: []string{"Dana Pike"}},
		{name: "two bodies", in: "Pilots at the airline Ruvair and the airline Ostral will strike. Dana Pike said talks broke down. The airline said it was deeply disappointed.",
			want: []string{"Dana Pike"}},
	})
}
