package mentions

import "testing"

// TestOrgCountryCourt: a court whose full name opens with its country is
// one body, the country inside it no mention of its own ("U.S. District
// Court for the Sixth District of Ruvania"); the country stays before a
// listed court or a body that is no court ("U.S. Army").
func TestOrgCountryCourt(t *testing.T) {
	checkOrgs(t, []orgCase{
		{"district court with district", "Tessel Mining sued its lender before a U.S. District Court for the Sixth District of Ruvania last week.",
			[]string{"U.S. District Court for the Sixth District of Ruvania"}, []string{"District Court for the Sixth District of Ruvania"}},
		{"bankruptcy court", "The United States Bankruptcy Court in Denver approved the loan to Marlo Foods.",
			[]string{"United States Bankruptcy Court"}, []string{"Bankruptcy Court"}},
		{"court of appeals", "Lawyers for the farmers asked the U.S. Court of Appeals to hear the case again.",
			[]string{"U.S. Court of Appeals"}, []string{"Court of Appeals"}},
		{"lone district court", "A U.S. District Court judge in Tampa rejected the motion.",
			[]string{"U.S. District Court"}, []string{"District Court"}},
		{"no court", "The U.S. Army Corps of Engineers said the levee held.",
			nil, []string{"U.S. Army Corps of Engineers Court"}},
	})
	for _, in := range []string{
		"Tessel Mining sued its lender before a U.S. District Court for the Sixth District of Ruvania last week.",
		"The United States Bankruptcy Court in Denver approved the loan to Marlo Foods.",
	} {
		d, md := find(in)
		for _, m := range md.Mentions {
			if m.Kind == Country {
				t.Errorf("%q: the country inside a court's name is no mention, got %q", in, d.Text[m.Start:m.End])
			}
		}
	}
	d, md := find("Officials of the United States said the court in Brasilia ruled.")
	found := false
	for _, m := range md.Mentions {
		if m.Kind == Country && d.Text[m.Start:m.End] == "United States" {
			found = true
		}
	}
	if !found {
		t.Errorf("want the country outside a court's name")
	}
}
