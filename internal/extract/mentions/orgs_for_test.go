package mentions

import "testing"

// TestOrgForThe: a body's head word followed by "for the" and
// capitalised words is one name ("Institute for the Study of Wetlands",
// "District Court for the Western District of Ruvania"); not when those
// words are another body, written as such or listed ("an agency for the
// Joint Budget Committee", "a unit for the USDA").
func TestOrgForThe(t *testing.T) {
	tests := []orgCase{
		{"institute for the", "A study by the Institute for the Study of Wetlands found more birds.",
			[]string{"Institute for the Study of Wetlands"}, nil},
		{"league after a demonym", "The Kenyan League for the Defence of Human Rights protested.",
			[]string{"Kenyan League for the Defence of Human Rights"}, nil},
		{"district court", "The case was filed in the District Court for the Western District of Ohio on Monday.",
			[]string{"District Court for the Western District of Ohio"}, []string{"Court for the Western District of Ohio"}},
		{"for another body", "The report was written by the Tessel Research Agency for the Joint Budget Committee last year.",
			[]string{"Tessel Research Agency"}, []string{"Tessel Research Agency for the Joint Budget"}},
		{"for another body, lower-case head", "The report was written by the Tessel Research Agency for the Joint Budget committee last year.",
			[]string{"Tessel Research Agency"}, []string{"Tessel Research Agency for the Joint Budget"}},
		{"for a listed body", "The Commodity Sales Division for the USDA sold wheat.",
			[]string{"Commodity Sales Division", "USDA"}, []string{"Commodity Sales Division for the USDA"}},
	}
	checkOrgs(t, tests)
}

// TestOrgDemonymBody: a demonym and one body word that is a body of its
// own ("the British Council", "the Spanish Federation"); a lower-case
// "council" is none.
func TestOrgDemonymBody(t *testing.T) {
	tests := []struct {
		in   string
		want string
		not  string
	}{
		{"He chairs the British Council, which promotes the arts abroad.", "British Council", ""},
		{"An appeal against the Spanish Federation was lodged on Monday.", "Spanish Federation", ""},
		{"Turnout in the French council elections was low.", "", "French council"},
	}
	for _, tc := range tests {
		got := orgTexts(tc.in)
		if tc.want != "" && !got[tc.want] {
			t.Errorf("%q: want organization %q, got %v", tc.in, tc.want, got)
		}
		if tc.not != "" && got[tc.not] {
			t.Errorf("%q: %q is no organization, got %v", tc.in, tc.not, got)
		}
	}
}

// TestOrgIndexNamedAfterAgency: "S and P" is Standard and Poor's; a
// stock index named after the agency ("the S and P 500 index") names no
// body.
func TestOrgIndexNamedAfterAgency(t *testing.T) {
	if got := orgTexts("The debt was downgraded, S and P said on Tuesday."); !got["S and P"] {
		t.Errorf("want organization \"S and P\", got %v", got)
	}
	for _, in := range []string{"Futures on the S and P 500 index fell two points.", "The Standard and Poor's 500 index rose."} {
		for name := range orgTexts(in) {
			t.Errorf("%q: no organization expected, got %q", in, name)
		}
	}
}

// TestOrgRatingAgencies: the three US rating agencies are listed bodies.
func TestOrgRatingAgencies(t *testing.T) {
	for _, name := range []string{"Duff and Phelps", "Moody's", "S and P"} {
		in := "The bonds were downgraded on Tuesday, " + name + " said."
		if got := orgTexts(in); !got[name] {
			t.Errorf("%q: want organization %q, got %v", in, name, got)
		}
	}
}
