package events

import "testing"

// TestRoleListedBodyPresident covers a bare "president X" listed with
// another body's post before a name ("chairman A and president B"): the
// president is that body's, not the country's the story is filed from.
// A national figure listed with a legislature's post keeps the country.
func TestRoleListedBodyPresident(t *testing.T) {
	checkRoles(t, []roleCase{
		{"a firm's chairman and president",
			"NEW YORK, March 3 - Velcor Holdings Inc said the buyout offer made by Velcor chairman Tom Reed and president Ann Hale had been dropped by both sides.", "",
			[]string{"Tom Reed|chairman|Velcor Holdings Inc", "Ann Hale|president|Velcor Holdings Inc"}},
		{"a head of state beside a legislature's leader",
			"WASHINGTON, March 3 - The race is led by Vice President Carl Brandt and Senate Majority Leader Bob Dunn, a poll of the United States showed.", "",
			[]string{"Carl Brandt|Vice President|United States", "Bob Dunn|Majority Leader|Senate"}},
	})
}

// TestRoleOpeningFirmPresident covers a president named in full in a
// sentence a firm opens as its subject, in a story from a country (a
// dateline's, a paper's) the text never names: the firm's president. Not when the
// text names that country (the nation's president may be meant).
func TestRoleOpeningFirmPresident(t *testing.T) {
	checkRoles(t, []roleCase{
		{"a firm's story from a dateline city",
			"Velcor Holdings Inc said vice president Ann Hale will leave the company at the end of the month.", "US",
			[]string{"Ann Hale|vice president|Velcor Holdings Inc"}},
		{"the country named in the text",
			"Velcor Holdings Inc said vice president Ann Hale will visit its plants in the United States at the end of the month.", "US",
			[]string{"Ann Hale|vice president|United States"}},
	})
}

// TestRoleListedSiblingBody covers a bare body post before a name listed
// right after another person's post of a named body ("Velcor chairman A
// and vice chairman B"): the same body's. Not a post that names its own
// office ("Director of Planning B").
func TestRoleListedSiblingBody(t *testing.T) {
	checkRoles(t, []roleCase{
		{"chairman and vice chairman of one body",
			"The shares are held by Velcor Holdings chairman Tom Reed and vice chairman Ann Hale, filings showed.", "",
			[]string{"Tom Reed|chairman|Velcor Holdings", "Ann Hale|vice chairman|Velcor Holdings"}},
		{"a post naming its own office",
			"The shares are held by Velcor Holdings chairman Tom Reed and Director of Planning Ann Hale, filings showed.", "",
			[]string{"Tom Reed|chairman|Velcor Holdings"}},
	})
}
