package events

import "testing"

// TestStatementsBodyContinues: "the company said", "the bank added" go
// on with the body that spoke just before when the noun fits it; not a
// company for "the ministry", not across another body, not a body the
// noun does not fit.
func TestStatementsBodyContinues(t *testing.T) {
	checkStatements(t, false, []stmtCase{
		{name: "the company", in: "Ruvo Motors Inc said sales fell 4 pct in May. The company said the new plant would open in July.",
			want: []string{"Ruvo Motors Inc", "Ruvo Motors Inc"}},
		{name: "the firm also said", in: "Tessel Holdings said sales fell 4 pct in May. The firm also said the new plant would open in July.",
			want: []string{"Tessel Holdings", "Tessel Holdings"}},
		{name: "trailing the company added", in: "Ruvo Motors Inc said sales fell 4 pct in May. Exports held up better than expected, the company added.",
			want: []string{"Ruvo Motors Inc", "Ruvo Motors Inc"}},
		{name: "modifier", in: "Ruvo Motors Inc said sales fell 4 pct in May. The Ruvanian company said the new plant would open in July.",
			want: []string{"Ruvo Motors Inc", "Ruvo Motors Inc"}},
		{name: "relative clause", in: "Ruvo Motors Inc said sales fell 4 pct in May. The company, which makes vans, said the new plant would open in July.",
			want: []string{"Ruvo Motors Inc", "Ruvo Motors Inc"}},
		{name: "the bank", in: "The Bank of Ruvania said prices rose 2 pct in May. The bank said rates would stay on hold.",
			want: []string{"Bank of Ruvania", "Bank of Ruvania"}},
		{name: "noun does not fit", in: "The Bank of Ruvania said prices rose 2 pct in May. The ministry said rates would stay on hold.",
			want: []string{"Bank of Ruvania"}},
		{name: "not a company", in: "The Ruvanian Fisheries Ministry said the catch fell in May. The company said the boats would stay in port.",
			want: []string{"Ruvanian Fisheries Ministry"}},
		{name: "another body between", in: "Ruvo Motors Inc said sales fell 4 pct in May. Tessel Corp cut its prices. The company said the plant would open in July.",
			want: []string{"Ruvo Motors Inc"}},
		{name: "after a person", in: "Dana Pike said sales fell 4 pct in May. The company said the plant would open in July.",
			want: []string{"Dana Pike"}},
		{name: "object of a preposition", in: "Ruvo Motors Inc said sales fell 4 pct in May. A spokesman for the company said the plant would open in July.",
			want: []string{"Ruvo Motors Inc"}},
	})
}

// TestStatementsStoryCompany: "the company said" far from the company's
// last words is the one company of the story that spoke; not when the
// story names another company, known or by a legal ending.
func TestStatementsStoryCompany(t *testing.T) {
	checkStatements(t, false, []stmtCase{
		{name: "far back", in: "Ruvo Motors Inc said sales fell 4 pct in May. Analysts said the fall was steep. Orders fell too. The company also said the plant would open in July.",
			want: []string{"Ruvo Motors Inc", "Ruvo Motors Inc"}},
		{name: "another known company", in: "Ruvo Motors Inc said sales fell 4 pct in May. Analysts said Tessel Corp gained. The company also said the plant would open in July.",
			want: []string{"Ruvo Motors Inc"}},
		{name: "an unknown company by its ending", in: "Ruvo Motors Inc said sales fell 4 pct in May. Analysts said Pellow Co gained. The company also said the plant would open in July.",
			want: []string{"Ruvo Motors Inc"}},
		{name: "no company spoke", in: "The Fisheries Ministry said the catch fell. Analysts said the fall was steep. Orders fell too. The company also said the plant would open in July.",
			want: []string{"Fisheries Ministry"}},
	})
}

// TestStatementsCompanyShortName: "Tessel said" in a story that names
// "Tessel Holdings Inc" is that company; not a word two companies start
// with, not a word inside a prepositional phrase or mid-clause.
func TestStatementsCompanyShortName(t *testing.T) {
	checkStatements(t, false, []stmtCase{
		{name: "short name", in: "Tessel Holdings Inc cut its dividend in May. Tessel said profits fell 4 pct.",
			want: []string{"Tessel Holdings Inc"}},
		{name: "trailing", in: "Tessel Holdings Inc cut its dividend in May. Profits fell 4 pct, Tessel said.",
			want: []string{"Tessel Holdings Inc"}},
		{name: "relative clause between", in: "Tessel Holdings Inc cut its dividend in May. Tessel, which makes boots, said profits fell 4 pct.",
			want: []string{"Tessel Holdings Inc"}},
		{name: "apposition between", in: "Tessel Holdings Inc cut its dividend in May. Tessel, a boot maker, said profits fell 4 pct.",
			want: []string{"Tessel Holdings Inc"}},
		{name: "two companies", in: "Tessel Holdings Inc cut its dividend. Tessel Foods Corp kept its own. Tessel said profits fell 4 pct.",
			want: nil},
		{name: "mid-clause", in: "Tessel Holdings Inc cut its dividend in May. Sales to Tessel said nothing about profits.",
			want: nil},
		{name: "one-word name given a cue once", in: "Mining company Tessel closed a plant on Monday. Orders fell in May. Tessel said profits fell 4 pct.",
			want: []string{"Tessel"}},
		{name: "one-word name with a quote", in: "Mining company Tessel closed a plant on Monday. Tessel stated, \"We had no other choice.\"",
			want: []string{"Tessel"}},
		{name: "one-word name after an opener", in: "Mining company Tessel closed a plant on Monday. On Tuesday, Tessel confirmed the sale was off.",
			want: []string{"Tessel"}},
		{name: "one-word name is a person's surname", in: "Mining company Tessel closed a plant on Monday. Dana Tessel, its founder, was sad. Tessel said profits fell 4 pct.",
			want: []string{"Dana Tessel"}},
		{name: "one-word name mid-clause", in: "Mining company Tessel closed a plant on Monday. Sales to Tessel said nothing about profits.",
			want: nil},
	})
}
