package events

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// TestRoleRecallRules pins the role patterns added for recall, with
// sentences we wrote.
func TestRoleRecallRules(t *testing.T) {
	checkRoles(t, []roleCase{
		{"a body's acronym in brackets before the post", "He met International Monetary Fund (IMF) head Carla Duval.", "",
			[]string{"Carla Duval|head|International Monetary Fund"}},
		{"an acronym defined in the text, then used before a post", "The Farm Credit Administration (FCA) met. FCA chairman Marvin Duncan spoke.", "",
			[]string{"Marvin Duncan|chairman|Farm Credit Administration"}},
		{"possessor inside a list after a preposition", "It was attended by Estonian President Mart Kask, his Prime Minister Liis Tamm, and by Chancellor Ilse Brandt of Austria.", "",
			[]string{"Mart Kask|President|Estonia", "Liis Tamm|Prime Minister|Estonia", "Ilse Brandt|Chancellor|Austria"}},
		{"a home country whose president the story names", "Pakistani President Omar Qadir flew to Pakistan. Pakistan welcomed him. He had met President Tom Bellamy on the way.", "GB",
			[]string{"Omar Qadir|President|Pakistan"}},
		{"a central bank president is not the country's president", "Peru voted. Peruvian central bank president Rosa Marquez spoke in Peru. She met president Alan Quispe in Lima.", "",
			[]string{"Rosa Marquez|central bank president|Peru", "Alan Quispe|president|Peru"}},
		{"a deposed leader's post is past", "Peru voted. He was an associate of deposed president Alan Quispe in Peru.", "", nil},
		{"a known acronym keeps the lists' reading", "The ruling council of the United Arab Emirates (UAE) met. UAE President Zaid Hamdan chaired it.", "",
			[]string{"Zaid Hamdan|President|United Arab Emirates"}},
	})
}

func TestRoleShadowAndLocal(t *testing.T) {
	checkRoles(t, []roleCase{
		{"a shadow post belongs to the party named before it", "For the Conservatives, shadow education secretary Tom Reed said it was wrong.", "GB",
			[]string{"Tom Reed|shadow education secretary|Conservative Party"}},
		{"a place of several words before a local post", "Port Harmony Mayor Ann Hale spoke.", "GB", []string{"Ann Hale|Mayor|-"}},
		{"a town the lists do not know before a local post", "Middlesbrough mayor Ray Mallon spoke.", "GB", []string{"Ray Mallon|mayor|-"}},
		{"a modifier before a local post stays", "Deputy Mayor Ann Hale spoke.", "GB", []string{"Ann Hale|Deputy Mayor|-"}},
	})
}

// roleCase is a sentence we wrote, the locale (home country) of its
// story, and the roles it must give in order, each "person|title|of" with
// "-" for no holder.
type roleCase struct {
	name, in, locale string
	want             []string
}

// checkRoles runs each case with the reference date 2025-01-01.
func checkRoles(t *testing.T, tests []roleCase) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f, cr := runWith(tc.in, kg.DateDay(2025, 1, 1), Options{Locale: tc.locale})
			var got []string
			for _, r := range f.Roles {
				of := "-"
				if r.Of >= 0 {
					of = cr.Entities[r.Of].Name
				}
				got = append(got, cr.Entities[r.Person].Name+"|"+r.Title+"|"+of)
			}
			if diff := cmp.Diff(tc.want, got, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tc.in, diff)
			}
		})
	}
}

func TestRolePluralTitleList(t *testing.T) {
	checkRoles(t, []roleCase{
		{"abbreviated plural title before a list", "The envoy met Democratic Sens. Tom Reed of Ohio, Ann Hale of Iowa and Bob Dunn of Utah in the United States.", "",
			[]string{"Tom Reed|Senator|United States", "Ann Hale|Senator|United States", "Bob Dunn|Senator|United States"}},
		{"party tags and a spelled-out plural", "The plan, offered by Reps. Tom Reed (D-Ohio) and Ann Hale (R-Iowa), was backed by Senators Bob Dunn of Utah and Democrat Carl Brandt of Maine in the United States.", "",
			[]string{"Tom Reed|Representative|United States", "Ann Hale|Representative|United States", "Bob Dunn|Senator|United States", "Carl Brandt|Senator|United States"}},
	})
}

func TestRoleSoleCountry(t *testing.T) {
	checkRoles(t, []roleCase{
		{"the one named country with a president", "Japan and Japan hope to cut the surplus with the United States. Abe met President Tom Bellamy during his visit.", "",
			[]string{"Tom Bellamy|President|United States"}},
		{"two named countries with presidents: unclear", "Japan sells to France and the United States. Abe met President Tom Bellamy during his visit.", "", nil},
		{"a body's president is no head of state", "Japan sells to the United States. Labour Office President Tom Bellamy spoke.", "", nil},
	})
}

func TestAcronymOfTheLastBody(t *testing.T) {
	checkRoles(t, []roleCase{
		{"the acronym of the body it follows", "Talks between Fiat and General Motors (GM) stalled. GM chairman Tom Bellamy spoke.", "",
			[]string{"Tom Bellamy|chairman|General Motors"}},
	})
}

func TestRoleOrgPrefix(t *testing.T) {
	checkRoles(t, []roleCase{
		{"the first word of a company the story names, before a body post", "Harlow Mining Corp cut its dividend. Harlow spokesman Tim Oakes said output fell.", "",
			[]string{"Tim Oakes|spokesman|Harlow Mining Corp"}},
		{"a modifier stays in the title", "Brantley Foods Inc agreed. Brantley vice chairman Ada Quist said so.", "",
			[]string{"Ada Quist|vice chairman|Brantley Foods Inc"}},
		{"two companies open with the word: unclear", "Harlow Mining Corp rose. Harlow Steel Corp fell. Harlow spokesman Tim Oakes said so.", "", nil},
		{"lower-case words inside the run are no short form", "Hall and Oates Corp grew. Hall and Oates chairman Tim Oakes said so.", "", nil},
	})
}

func TestRoleOrgPossessor(t *testing.T) {
	checkRoles(t, []roleCase{
		{"a company's short form with 's before the post", "Harlow Mining Corp cut its dividend. Harlow's new chief executive, Tim Oakes, said output fell.", "",
			[]string{"Tim Oakes|chief executive|Harlow Mining Corp"}},
		{"the same in apposition after the name", "Tim Oakes, Harlow's president, said output fell. Harlow Mining Corp cut its dividend.", "",
			[]string{"Tim Oakes|president|Harlow Mining Corp"}},
		{"a person's possessive is no body", "Harlow Mining Corp grew. Ann Harlow spoke. Harlow's spokesman Tim Oakes said so.", "", nil},
		{"a possessive inside the of-phrase after the post", "Tim Oakes, vice president of Harlow's mining unit, spoke. Harlow Mining Corp grew.", "", nil},
	})
}

func TestRoleItsSubject(t *testing.T) {
	checkRoles(t, []roleCase{
		{"'its' after the company opening the sentence", "Harlow Mining Corp said its chairman, Tim Oakes, would retire.", "",
			[]string{"Tim Oakes|chairman|Harlow Mining Corp"}},
		{"another body named between: unclear", "Harlow Mining Corp told the Acme Trust Fund that its chairman, Tim Oakes, would retire.", "", nil},
		{"the body is no subject opening the sentence", "In a letter to Harlow Mining Corp, Ann Hale asked that its chairman Tim Oakes resign.", "", nil},
	})
}

func TestRoleFirmAfterPost(t *testing.T) {
	checkRoles(t, []roleCase{
		{"a firm the lists do not know after a company post's 'of'", "Nina Wexler, president of Brightwave Labs, said sales rose.", "",
			[]string{"Nina Wexler|president|Brightwave Labs"}},
		{"after 'at', ending the clause", "Sales rose, said Omar Reyes, managing director at Quillon.", "",
			[]string{"Omar Reyes|managing director|Quillon"}},
		{"a department is no body", "Nina Wexler, vice president of Marketing, said sales rose.", "", nil},
		{"a firm's name that runs on past a comma", "Nina Wexler, chairman of Dorn, Platt and Webb, said sales rose.", "", nil},
		{"a town and its state before the firm", "Nina Wexler, president of Port Carrow, Ore.-based Zentix, said sales rose.", "", nil},
		{"a longer title takes the words after the head", "Tom Reed, the Shadow Chancellor of the Exchequer, said so.", "GB", nil},
		{"a past post", "Nina Wexler, previously president of Brightwave Labs, joined the board.", "", nil},
		{"a body's head word alone is no name", "Nina Wexler, director of the Committee, said so.", "", nil},
	})
}

func TestRoleFirmBeforePost(t *testing.T) {
	checkRoles(t, []roleCase{
		{"a firm's own name the lists do not know before a company post", "Sales fell, Zentrix chairman Omar Reyes said.", "",
			[]string{"Omar Reyes|chairman|Zentrix"}},
		{"an acronym before a company post", "Prices rose. QBX spokeswoman Nina Wexler said so.", "",
			[]string{"Nina Wexler|spokeswoman|QBX"}},
		{"an acronym set between commas after the body's name", "The Harbour Trading Association, HTA, met. HTA chairman Omar Reyes said so.", "",
			[]string{"Omar Reyes|chairman|Harbour Trading Association"}},
		{"the end of a longer name", "Lorwick Rovers lost. Rovers chairman Omar Reyes said so.", "", nil},
		{"after a connector: part of a longer name", "Sales fell, Dorn and Platt chairman Omar Reyes said.", "", nil},
		{"an adjective is no firm", "Ministerial spokesman Omar Reyes said so.", "", nil},
		{"a person's surname", "Prime Minister Ivo Brandt spoke. Brandt spokesman Omar Reyes agreed.", "", nil},
	})
}

func TestRoleOfficerTitles(t *testing.T) {
	checkRoles(t, []roleCase{
		{"a chief officer's title is no part of the name", "Sales rose, said Omar Reyes, chief operating officer of Zentrix Corp, on Monday. Brantley Foods Inc agreed, Brantley chief financial officer Ada Quist said.", "",
			[]string{"Omar Reyes|chief operating officer|Zentrix Corp", "Ada Quist|chief financial officer|Brantley Foods Inc"}},
	})
}

func TestRoleJointAndCityOffice(t *testing.T) {
	checkRoles(t, []roleCase{
		{"'joint' belongs to the post", "Harlow Mining Corp joint chief executive Tim Oakes said so.", "",
			[]string{"Tim Oakes|joint chief executive|Harlow Mining Corp"}},
		{"a capital before a company post is the firm's office, not the country", "Prices fell, London managing director Tim Oakes said.", "", nil},
	})
}
