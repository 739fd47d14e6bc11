package mentions

import "testing"

// TestOtherCountrysBody: a listed national body's short name after
// another country's name is part of that country's own body's name;
// after no country, or after its own, it is the listed body.
func TestOtherCountrysBody(t *testing.T) {
	checkOrgs(t, []orgCase{
		{"another country's party", "Crowds cheered the leader of the Bangladesh Nationalist Party in the rain.", []string{"Bangladesh Nationalist Party"}, []string{"Nationalist Party"}},
		{"the listed party alone", "In Taipei the Nationalist Party lost three seats on Sunday.", []string{"Nationalist Party"}, nil},
		{"after its own country", "Voters in Taiwan gave the Taiwan Nationalist Party three seats.", []string{"Nationalist Party"}, []string{"Taiwan Nationalist Party"}},
	})
}
