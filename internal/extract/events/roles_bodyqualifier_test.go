package events

import "testing"

// TestRoleBodyQualifier covers adjectives between "of the" and the body
// a post belongs to ("head of the ruling Unity Party"): bodyQualifiers
// in the mentions package.
func TestRoleBodyQualifier(t *testing.T) {
	checkRoles(t, []roleCase{
		{"an apposition with a qualified body", "Lena Varga, leader of the ruling Civic Unity Party, said the vote would be held in May.", "",
			[]string{"Lena Varga|leader|Civic Unity Party"}},
		{"a title before the name with a qualified body", "The outgoing head of the state-owned Northern Rail Agency Tom Fell said fares would rise.", "",
			[]string{"Tom Fell|head|Northern Rail Agency"}},
		{"a name running on past a possessive", "Lena Varga, head of the powerful Delta Growers' Federation, said prices would rise.", "", nil},
	})
}
