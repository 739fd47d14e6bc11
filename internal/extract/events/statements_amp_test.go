package events

import "testing"

// TestStatementShortPartnerFirm: a firm named after its partners is
// called by the first partner's name as a speaker ("Tolliver said"
// after "Tolliver & Brisk"), not where that word is a person's surname,
// a given name alone, or where "and" may join two firms.
func TestStatementShortPartnerFirm(t *testing.T) {
	checkStatements(t, false, []stmtCase{
		{name: "first name before &", in: "Staff will be cut at the US reinsurance broker Tolliver & Brisk. To save money, Tolliver said it plans to shut two branches.",
			want: []string{"Tolliver & Brisk"}},
		{name: "first name before & with has said", in: "Staff will be cut at the US reinsurance broker Tolliver & Brisk. Tolliver has said it will assist the regulators.",
			want: []string{"Tolliver & Brisk"}},
		{name: "a person of that surname", in: "Staff will be cut at the US reinsurance broker Tolliver & Brisk. Anna Tolliver, a union leader, was angry. Later, Tolliver said the cuts were unfair.",
			want: []string{"Anna Tolliver"}},
		{name: "a given name alone", in: "Staff will be cut at the US reinsurance broker Martin & Brisk. To save money, Martin said it plans to shut two branches.",
			want: nil},
		{name: "and before two words", in: "Sales rose at Tolliver and Ruvo Electric last year. Tolliver said it would close two offices.",
			want: nil},
	})
}
