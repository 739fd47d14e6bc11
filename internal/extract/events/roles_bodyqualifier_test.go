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

// TestRoleFirmPresidentUnit covers a firm's president or vice president
// whose department comes before the firm ("vice president of marketing
// at Acme"): the firm holds the post, as it does a director's.
func TestRoleFirmPresidentUnit(t *testing.T) {
	checkRoles(t, []roleCase{
		{"a department, then the firm after at", "\"Demand is firm,\" said Rosa Lind, vice president of marketing at Dunmore Brewing Co, adding that costs rose.", "",
			[]string{"Rosa Lind|vice president|Dunmore Brewing Co"}},
		{"a department, then the firm after for", "Rosa Lind, senior vice president of sales for Dunmore Brewing Co, said demand was firm.", "",
			[]string{"Rosa Lind|senior vice president|Dunmore Brewing Co"}},
		{"a former post", "Rosa Lind, former vice president of sales for Dunmore Brewing Co, said demand was firm.", "", nil},
	})
}
