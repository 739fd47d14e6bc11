package mentions

import "testing"

// TestOrgForumAndWorld: "Forum" heads a body's name like "Council" does,
// and "World" opens one ("the World Food Council"), also after "and" in a
// list of two bodies. Guards: "World" inside a longer name ("Velox World
// Service") opens nothing, and "World" without a body word names none.
func TestOrgForumAndWorld(t *testing.T) {
	tests := []orgCase{
		{"forum name", "Delegates of the Island Nations Forum gathered in Tilden on Friday.",
			[]string{"Island Nations Forum"}, nil},
		{"world opens a body", "Farmers lobbied the World Grain Council for higher quotas.",
			[]string{"World Grain Council"}, []string{"Grain Council"}},
		{"world forum after and", "Leaders spoke at the Harbour Group and World Trade Forum this year.",
			[]string{"World Trade Forum"}, []string{"Harbour Group and World Trade Forum"}},
		{"world inside a longer name", "The singer appeared on Velox World Service last night.",
			nil, []string{"World Service"}},
		{"world without a body word", "The World Cup final drew a huge crowd in Tilden.",
			nil, []string{"World Cup"}},
	}
	checkOrgs(t, tests)
}

// TestOrgWorldGuards: "World" and a body word alone, or a building's
// "Center", open no name at "World".
func TestOrgWorldGuards(t *testing.T) {
	tests := []orgCase{
		{"two words only", "The island team reached the World Group after a long wait.",
			nil, []string{"World Group"}},
		{"a building", "Offices in the World Grain Center were closed on Monday.",
			nil, []string{"World Grain Center"}},
	}
	checkOrgs(t, tests)
}
