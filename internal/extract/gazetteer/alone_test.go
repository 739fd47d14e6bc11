package gazetteer

import "testing"

// TestAloneFlag: orgs.tsv's fifth column "alone" marks a body listed by
// its short brand name; the bodies listed without it keep their names
// inside longer ones ("Christian Democratic Union" is no brand).
func TestAloneFlag(t *testing.T) {
	g := Default()
	for _, c := range []struct {
		name  string
		alone bool
	}{
		{"Lufthansa", true},
		{"Wells Fargo", true},
		{"Reporters Without Borders", false},
		{"Goldman Sachs", false},
	} {
		e := g.Org(c.name)
		if e == nil {
			t.Fatalf("%s: not listed", c.name)
		}
		if e.Alone != c.alone {
			t.Errorf("%s: Alone = %v, want %v", c.name, e.Alone, c.alone)
		}
	}
}
