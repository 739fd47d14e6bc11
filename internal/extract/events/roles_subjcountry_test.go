package events

import "testing"

// TestRoleSubjectCountry covers a national post written before its
// holder's name with no country, in a sentence whose subject is a
// country: the post is that country's.
func TestRoleSubjectCountry(t *testing.T) {
	checkRoles(t, []roleCase{
		{"the country opens the sentence", "Chile expects to pay its debts on time, finance minister Hugo Sanz said.", "",
			[]string{"Hugo Sanz|finance minister|Chile"}},
		{"a long clause before the post", "Chile wants to pay its debts on time and is ready to talk to its creditors, central bank governor Hugo Sanz said.", "",
			[]string{"Hugo Sanz|central bank governor|Chile"}},
		{"after the", "The Chilean cabinet agreed the cuts on Monday, with finance minister Hugo Sanz saying more would follow.", "",
			[]string{"Hugo Sanz|finance minister|Chile"}},
		{"a name going on after the country", "The Chile Herald quoted finance minister Hugo Sanz as saying the cuts would go on.", "", nil},
		{"another clause's subject after and", "Chile stood firm and finance minister Hugo Sanz left the talks early.", "", nil},
		{"two countries in the sentence", "Chile expects Peru to pay its debts on time, finance minister Hugo Sanz said.", "", nil},
		{"a British paper: the home country stays for another clause", "Chile stood firm and Foreign Secretary Jane Hale left the talks early.", "GB",
			[]string{"Jane Hale|Foreign Secretary|United Kingdom"}},
		{"not a bare subject", "Chile and its creditors will meet soon, finance minister Hugo Sanz said.", "", nil},
	})
}
