package events

import "testing"

// TestStatementsVerbThat: "disclosed/hinted/contended/speculated/protested
// that ..." reports a clause of what was said; without "that" ("hinted at
// a deal", "disclosed its results") it does not.
func TestStatementsVerbThat(t *testing.T) {
	checkStatements(t, false, []stmtCase{
		{name: "hinted that", in: "Central bank governor Oskar Brevik hinted that rates could rise again in June.",
			want: []string{"Oskar Brevik"}},
		{name: "contended that", in: "Tomas Verel contended that the merger would cut prices for farmers.",
			want: []string{"Tomas Verel"}},
		{name: "disclosed results", in: "Tomas Verel disclosed its quarterly results on Friday.",
			want: nil},
		{name: "hinted at", in: "Tomas Verel hinted at a deal with the unions.",
			want: nil},
	})
}

// TestStatementsCountryInName: a country's name that ends a body's or a
// person's name the lists do not know ("Statistics Ruvania"-style
// "Athletics Ireland", "Ford Canada", "AGA's German") is no country
// speaking; a country after a month or a stop word still is.
func TestStatementsCountryInName(t *testing.T) {
	checkStatements(t, false, []stmtCase{
		{name: "body ending in a country", in: "Dorvale Canada said its sales rose five pct in March.",
			want: nil},
		{name: "after a possessive", in: "Kestrel's German said the market was weak.",
			want: nil},
		{name: "after a month", in: "In April Peru said its bond sale would be delayed by a week.",
			want: []string{"Peru"}},
		{name: "sentence start", in: "Canada said it would cut tariffs on steel.",
			want: []string{"Canada"}},
	})
}
