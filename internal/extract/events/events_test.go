package events

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/internal/extract/coref"
	"github.com/actorgraph/actorgraph/internal/extract/gazetteer"
	"github.com/actorgraph/actorgraph/internal/extract/mentions"
	"github.com/actorgraph/actorgraph/internal/extract/segment"
	"github.com/actorgraph/actorgraph/internal/kg"
)

func run(text string, ref kg.PartialDate) (*Facts, *coref.Result) {
	return runWith(text, ref, Options{})
}

func runWith(text string, ref kg.PartialDate, opts Options) (*Facts, *coref.Result) {
	g := gazetteer.Default()
	d := segment.Segment(text)
	md := mentions.Find(d, g)
	cr := coref.Resolve(md, g)
	country := func(iso string) int {
		for i := range cr.Entities {
			if cr.Entities[i].ID == kg.CountryID(iso) {
				return i
			}
		}
		cr.Entities = append(cr.Entities, coref.Entity{Kind: kg.KindCountry, ID: kg.CountryID(iso), Name: g.Country(iso).Name})
		return len(cr.Entities) - 1
	}
	return Extract(d, g, md, cr, ref, country, opts), cr
}

func meetingStrings(f *Facts, cr *coref.Result) []string {
	var out []string
	for _, m := range f.Meetings {
		var ps []string
		for _, p := range m.Participants {
			ps = append(ps, cr.Entities[p.Entity].Name)
		}
		sort.Strings(ps)
		place := "-"
		if m.Place >= 0 {
			place = cr.Entities[m.Place].Name
		}
		out = append(out, fmt.Sprintf("%s %s %s %s %s", m.Kind, m.Status, strings.Join(ps, "+"), m.Date, place))
	}
	return out
}

func TestMeetings(t *testing.T) {
	ref := kg.DateDay(2025, 3, 10)
	tests := []struct {
		in   string
		want []string
	}{
		{"Kenyan President Amara Odhiambo met Canadian Prime Minister Daniel Whitcombe in Nairobi on March 3.",
			[]string{"MEETING OCCURRED Amara Odhiambo+Daniel Whitcombe 2025-03-03 Nairobi"}},
		{"Canadian Prime Minister Daniel Whitcombe visited Kenya in February.",
			[]string{"VISIT OCCURRED Daniel Whitcombe+Kenya 2025-02 Kenya"}},
		{"Canadian Prime Minister Daniel Whitcombe will visit Nairobi next month. Kenya is ready.",
			[]string{"VISIT PLANNED Daniel Whitcombe+Kenya 2025-04 Nairobi"}},
		{"Kenyan President Amara Odhiambo spoke by phone with Canadian Prime Minister Daniel Whitcombe on Friday.",
			[]string{"CALL OCCURRED Amara Odhiambo+Daniel Whitcombe 2025-03-07 -"}},
		{"Norwegian Foreign Minister Ingrid Solvang held a day of meetings with Kenyan President Amara Odhiambo and Canadian Prime Minister Daniel Whitcombe.",
			[]string{"MEETING OCCURRED Amara Odhiambo+Ingrid Solvang  -", "MEETING OCCURRED Daniel Whitcombe+Ingrid Solvang  -"}},
		{"A meeting between Kenyan President Amara Odhiambo and Canadian Prime Minister Daniel Whitcombe, scheduled for April 2, was called off.",
			[]string{"MEETING PLANNED Amara Odhiambo+Daniel Whitcombe 2025-04-02 -"}},
		{"Kenyan President Amara Odhiambo has never met Canadian Prime Minister Daniel Whitcombe.", nil},
		{"Kenyan President Amara Odhiambo and Canadian Prime Minister Daniel Whitcombe have met ten times.", nil},
		{"Did Kenyan President Amara Odhiambo meet Canadian Prime Minister Daniel Whitcombe?", nil},
		{"The proposal met with criticism from Kenya.", nil},
		{"“Kenyan President Amara Odhiambo met Canadian Prime Minister Daniel Whitcombe,” a rumour said.", nil},
		{"Kenyan banks met Canadian regulators.", nil},
		// a list of destinations is one visit each
		{"Foreign Secretary Anne Hale will visit Thailand and Indonesia this week.",
			[]string{"VISIT PLANNED Anne Hale+Thailand 2025-03 Thailand", "VISIT PLANNED Anne Hale+Indonesia 2025-03 Indonesia"}},
		{"Kenyan President Amara Odhiambo will also visit Bali in Indonesia, as well as Sri Lanka.",
			[]string{"VISIT PLANNED Amara Odhiambo+Indonesia  Indonesia", "VISIT PLANNED Amara Odhiambo+Sri Lanka  Sri Lanka"}},
		// the subject after an opening participle phrase; the main clause sets the status
		{"After travelling to France and Italy, Kenyan President Amara Odhiambo hopes to visit Canada.",
			[]string{"VISIT PLANNED Amara Odhiambo+France  France", "VISIT PLANNED Amara Odhiambo+Italy  Italy", "VISIT PLANNED Amara Odhiambo+Canada  Canada"}},
		// a round of meetings is one per counterpart; "a meeting with A and B" is one
		{"Kenyan President Amara Odhiambo met Canadian Prime Minister Daniel Whitcombe and Norwegian Foreign Minister Ingrid Solvang.",
			[]string{"MEETING OCCURRED Amara Odhiambo+Daniel Whitcombe  -", "MEETING OCCURRED Amara Odhiambo+Ingrid Solvang  -"}},
		{"Kenyan President Amara Odhiambo held a meeting with Canadian Prime Minister Daniel Whitcombe and Norwegian Foreign Minister Ingrid Solvang.",
			[]string{"MEETING OCCURRED Amara Odhiambo+Daniel Whitcombe+Ingrid Solvang  -"}},
		// countries stand in for unnamed presidents
		{"Canadian Prime Minister Daniel Whitcombe spoke by phone to the presidents of Ghana and Peru.",
			[]string{"CALL OCCURRED Daniel Whitcombe+Ghana  -", "CALL OCCURRED Daniel Whitcombe+Peru  -"}},
		// a relative clause's subject is its antecedent
		{"She had talks with Kenyan President Amara Odhiambo, who arrived from a meeting with Canadian Prime Minister Daniel Whitcombe.",
			[]string{"MEETING OCCURRED Amara Odhiambo+Daniel Whitcombe  -"}},
		// a meeting abroad is a visit too
		{"Kenyan President Amara Odhiambo stopped in Ottawa, where he met Canadian Prime Minister Daniel Whitcombe.",
			[]string{"VISIT OCCURRED Amara Odhiambo+Canada  Ottawa", "MEETING OCCURRED Amara Odhiambo+Daniel Whitcombe  Ottawa"}},
		// co-visitors
		{"Kenyan President Amara Odhiambo will visit Canada. Kenyan Foreign Minister Joseph Mwangi will accompany Odhiambo.",
			[]string{"VISIT PLANNED Amara Odhiambo+Canada+Joseph Mwangi  Canada"}},
		// a coordinated subject of titled names holds the talks or attends the summit
		{"Kenyan President Amara Odhiambo and Canadian Prime Minister Daniel Whitcombe held talks on Friday.",
			[]string{"TALKS OCCURRED Amara Odhiambo+Daniel Whitcombe 2025-03-07 -"}},
		{"On Friday, Kenyan President Amara Odhiambo and Mr Whitcombe held a bilateral meeting in Nairobi.",
			[]string{"MEETING OCCURRED Amara Odhiambo+Whitcombe 2025-03-07 Nairobi"}},
		// (the Canadian travelled to the summit in Kenya: a visit, GUIDELINES 19.18)
		{"Kenyan President Amara Odhiambo and Canadian Prime Minister Daniel Whitcombe attended a summit in Nairobi.",
			[]string{"SUMMIT OCCURRED Amara Odhiambo+Daniel Whitcombe  Nairobi", "VISIT OCCURRED Daniel Whitcombe+Kenya  Nairobi"}},
		// ... but not when they only attend a meeting told elsewhere, or are one side of talks
		{"Kenyan President Amara Odhiambo and Canadian Prime Minister Daniel Whitcombe attended the meeting.", nil},
		{"In talks with Norwegian Foreign Minister Ingrid Solvang, Kenyan President Amara Odhiambo and Kenyan Foreign Minister Joseph Mwangi asked Norway to begin negotiations.",
			[]string{"TALKS OCCURRED Amara Odhiambo+Ingrid Solvang+Joseph Mwangi  -"}},
		// an interjection between the subject and its verb
		{"Kenyan President Amara Odhiambo, accompanied by Foreign Minister Joseph Mwangi, visited Canada on Friday.",
			[]string{"VISIT OCCURRED Amara Odhiambo+Canada+Joseph Mwangi 2025-03-07 Canada"}},
		// a compatriot after "with" goes along; the active "accompanied"
		{"Kenyan President Amara Odhiambo visited Canada on Friday with Kenyan Foreign Minister Joseph Mwangi.",
			[]string{"VISIT OCCURRED Amara Odhiambo+Canada+Joseph Mwangi 2025-03-07 Canada"}},
		{"Kenyan President Amara Odhiambo travelled to Canada on Friday. Kenyan Foreign Minister Joseph Mwangi accompanied Odhiambo on the trip.",
			[]string{"VISIT OCCURRED Amara Odhiambo+Canada+Joseph Mwangi 2025-03-07 Canada"}},
		// the purpose of a trip: met as the trip happened, or planned with it
		{"Kenyan President Amara Odhiambo flew to Ottawa on Friday to meet Canadian Prime Minister Daniel Whitcombe.",
			[]string{"VISIT OCCURRED Amara Odhiambo+Canada 2025-03-07 Ottawa", "MEETING OCCURRED Amara Odhiambo+Daniel Whitcombe 2025-03-07 -"}},
		{"Kenyan President Amara Odhiambo will travel to Ottawa next week to meet Canadian Prime Minister Daniel Whitcombe.",
			[]string{"VISIT PLANNED Amara Odhiambo+Canada 2025-03 Ottawa", "MEETING PLANNED Amara Odhiambo+Daniel Whitcombe 2025-03 -"}},
		{"Kenyan President Amara Odhiambo will be in Ottawa on Friday. Canada is ready.",
			[]string{"VISIT PLANNED Amara Odhiambo+Canada 2025-03-14 Ottawa"}},
		{"Kenyan President Amara Odhiambo talked to Canadian Prime Minister Daniel Whitcombe by telephone on Friday.",
			[]string{"CALL OCCURRED Amara Odhiambo+Daniel Whitcombe 2025-03-07 -"}},
		// status and date belong to the trigger's own clause
		{"Kenyan President Amara Odhiambo, who will step down next year, met Canadian Prime Minister Daniel Whitcombe on Friday.",
			[]string{"MEETING OCCURRED Amara Odhiambo+Daniel Whitcombe 2025-03-07 -"}},
		{"Kenyan President Amara Odhiambo met Canadian Prime Minister Daniel Whitcombe last month and is expected to meet Norwegian Foreign Minister Ingrid Solvang next month.",
			[]string{"MEETING OCCURRED Amara Odhiambo+Daniel Whitcombe 2025-02 -", "MEETING PLANNED Amara Odhiambo+Ingrid Solvang 2025-04 -"}},
		{"Kenyan President Amara Odhiambo met Canadian Prime Minister Daniel Whitcombe to prepare for next week's summit.",
			[]string{"MEETING OCCURRED Amara Odhiambo+Daniel Whitcombe  -"}},
		{"The talks between Kenyan President Amara Odhiambo and Canadian Prime Minister Daniel Whitcombe are set for Friday.",
			[]string{"TALKS PLANNED Amara Odhiambo+Daniel Whitcombe 2025-03-14 -"}},
		{"Kenyan President Amara Odhiambo arrived in Ottawa on Sunday and will meet Canadian Prime Minister Daniel Whitcombe on Thursday.",
			[]string{"VISIT OCCURRED Amara Odhiambo+Canada 2025-03-09 Ottawa", "MEETING PLANNED Amara Odhiambo+Daniel Whitcombe 2025-03-13 Ottawa"}},
		// "his counterpart" joins the subject; talks as a purpose share the date
		{"Kenyan Foreign Minister Joseph Mwangi and his Canadian counterpart Claire Dubois met in Nairobi on Friday.",
			[]string{"MEETING OCCURRED Claire Dubois+Joseph Mwangi 2025-03-07 Nairobi"}},
		{"Kenyan President Amara Odhiambo hosted Canadian Prime Minister Daniel Whitcombe for talks on Friday.",
			[]string{"MEETING OCCURRED Amara Odhiambo+Daniel Whitcombe 2025-03-07 -"}},
		// an opening "In a phone call ..." names its parties in the main clause
		{"In a phone call on Friday, Kenyan President Amara Odhiambo urged Canadian Prime Minister Daniel Whitcombe to act.",
			[]string{"CALL OCCURRED Amara Odhiambo+Daniel Whitcombe 2025-03-07 -"}},
		{"Kenyan President Amara Odhiambo flew home. In a meeting that night he was told by Foreign Minister Joseph Mwangi of the vote.",
			[]string{"MEETING OCCURRED Amara Odhiambo+Joseph Mwangi  -"}},
		{"In a phone call on Friday, Kenyan President Amara Odhiambo told reporters that Canadian Prime Minister Daniel Whitcombe agreed.", nil},
		// more ways of meeting: hands shaken, a meal, sitting down, conferring, a delegation's leader, an accepted invitation
		{"Kenyan President Amara Odhiambo and Canadian Prime Minister Daniel Whitcombe shook hands in Nairobi on Friday.",
			[]string{"MEETING OCCURRED Amara Odhiambo+Daniel Whitcombe 2025-03-07 Nairobi"}},
		{"Kenyan President Amara Odhiambo had dinner with Canadian Prime Minister Daniel Whitcombe on Friday.",
			[]string{"MEETING OCCURRED Amara Odhiambo+Daniel Whitcombe 2025-03-07 -"}},
		{"Kenyan President Amara Odhiambo conferred with Canadian Prime Minister Daniel Whitcombe on Friday.",
			[]string{"TALKS OCCURRED Amara Odhiambo+Daniel Whitcombe 2025-03-07 -"}},
		{"Kenyan President Amara Odhiambo received a delegation led by Canadian Prime Minister Daniel Whitcombe on Friday.",
			[]string{"MEETING OCCURRED Amara Odhiambo+Daniel Whitcombe 2025-03-07 -"}},
		{"Canadian Prime Minister Daniel Whitcombe accepted an invitation to visit Kenya.",
			[]string{"VISIT PLANNED Daniel Whitcombe+Kenya  Kenya"}},
		{"Kenyan President Amara Odhiambo and Foreign Minister Joseph Mwangi discussed the loan with the banks.", nil},
		// a plan told in the past perfect was for the past
		{"Kenyan President Amara Odhiambo had planned to visit Canada in January, but the trip was cancelled.",
			[]string{"VISIT PLANNED Amara Odhiambo+Canada 2025-01 Canada"}},
		// a visitor on a trip; under way with no start given: undated (GUIDELINES 17.6)
		{"Kenyan President Amara Odhiambo is in Canada to discuss trade.", []string{"VISIT OCCURRED Amara Odhiambo+Canada  Canada"}},
		// travel is a visit only for someone holding a post
		{"The singer Mary Lou travelled to Canada.", nil},
		// an unresolved subject leaves no meeting among the objects
		{"He met Canadian Prime Minister Daniel Whitcombe and Norwegian Foreign Minister Ingrid Solvang.", nil},
		// arranging a meeting is planning one
		{"Kenyan President Amara Odhiambo is trying to arrange a meeting with Canadian Prime Minister Daniel Whitcombe.",
			[]string{"MEETING PLANNED Amara Odhiambo+Daniel Whitcombe  -"}},
		// "the two leaders" are the two people of the last meeting
		{"Kenyan President Amara Odhiambo met Canadian Prime Minister Daniel Whitcombe in Nairobi. Both men will meet again in May.",
			[]string{"MEETING OCCURRED Amara Odhiambo+Daniel Whitcombe  Nairobi", "MEETING PLANNED Amara Odhiambo+Daniel Whitcombe 2025-05 -"}},
		// whose visit: the possessive pronoun's person
		{"Kenyan President Amara Odhiambo spoke. During his visit to Canada, he met Prime Minister Daniel Whitcombe.",
			[]string{"VISIT OCCURRED Amara Odhiambo+Canada  Canada", "MEETING OCCURRED Amara Odhiambo+Daniel Whitcombe  -"}},
		// the subject after an opening phrase with the encounter
		{"During a phone call with Canadian Prime Minister Daniel Whitcombe, Kenyan President Amara Odhiambo discussed trade.",
			[]string{"CALL OCCURRED Amara Odhiambo+Daniel Whitcombe  -"}},
		{"After meeting Canadian Prime Minister Daniel Whitcombe, Kenyan President Amara Odhiambo flew into Lima. Peru is ready.",
			[]string{"MEETING OCCURRED Amara Odhiambo+Daniel Whitcombe  -", "VISIT OCCURRED Amara Odhiambo+Peru  Lima"}},
		// a counterpart named after a comma
		{"Kenyan President Amara Odhiambo met his Canadian counterpart, Daniel Whitcombe, in Ottawa.",
			[]string{"MEETING OCCURRED Amara Odhiambo+Daniel Whitcombe  Ottawa", "VISIT OCCURRED Amara Odhiambo+Canada  Ottawa"}},
		// the main clause says the trip is still to come
		{"During his trip, Kenyan President Amara Odhiambo will speak in Ottawa, Canada.",
			[]string{"VISIT PLANNED Amara Odhiambo+Canada  Ottawa"}},
		// a country stands in for its unnamed officials
		{"Canadian Prime Minister Daniel Whitcombe met with senior Kenyan trade officials.",
			[]string{"MEETING OCCURRED Daniel Whitcombe+Kenya  -"}},
		// nobody named on the other side: no meeting among the agents
		{"Kenyan President Amara Odhiambo and Canadian Prime Minister Daniel Whitcombe held discussions with officials.", nil},
		// the subject of the first verb does the second
		{"Kenyan President Amara Odhiambo and Foreign Minister Joseph Mwangi spent two days in Lima and will this week visit Chile.",
			[]string{"VISIT PLANNED Amara Odhiambo+Chile+Joseph Mwangi 2025-03 Chile"}},
		// "later this month" is still to come
		{"The visit prepares for Kenyan President Amara Odhiambo's talks with Canadian Prime Minister Daniel Whitcombe later this month.",
			[]string{"TALKS PLANNED Amara Odhiambo+Daniel Whitcombe 2025-03 -"}},
		{"Kenyan President Amara Odhiambo discussed trade with Canadian Prime Minister Daniel Whitcombe.",
			[]string{"TALKS OCCURRED Amara Odhiambo+Daniel Whitcombe  -"}},
		{"Kenyan President Amara Odhiambo discussed whether trade with Canada should grow.", nil},
		// talks merely mentioned
		{"Both Kenyan and Canadian officials said the talks would achieve little.", nil},
		// the one sent to talk
		{"Kenyan President Amara Odhiambo is sending Foreign Minister Joseph Mwangi to Ottawa for talks with Canadian Prime Minister Daniel Whitcombe.",
			[]string{"VISIT PLANNED Canada+Joseph Mwangi  Ottawa", "TALKS PLANNED Daniel Whitcombe+Joseph Mwangi  -"}},
		// a time between the verb and its object or "with"; between subject and verb
		{"Kenyan President Amara Odhiambo met this afternoon with Canadian Prime Minister Daniel Whitcombe.",
			[]string{"MEETING OCCURRED Amara Odhiambo+Daniel Whitcombe 2025-03-10 -"}},
		{"Kenyan President Amara Odhiambo on Friday met with Canadian Prime Minister Daniel Whitcombe.",
			[]string{"MEETING OCCURRED Amara Odhiambo+Daniel Whitcombe 2025-03-07 -"}},
		{"Kenyan President Amara Odhiambo met separately with Canadian Prime Minister Daniel Whitcombe.",
			[]string{"MEETING OCCURRED Amara Odhiambo+Daniel Whitcombe  -"}},
		// the leader of an unnamed group
		{"A delegation led by Kenyan Foreign Minister Joseph Mwangi met Canadian Prime Minister Daniel Whitcombe.",
			[]string{"MEETING OCCURRED Daniel Whitcombe+Joseph Mwangi  -"}},
		// named members of an unnamed group
		{"Kenyan President Amara Odhiambo met opposition leaders, including Senator Paul Kiprop.",
			[]string{"MEETING OCCURRED Amara Odhiambo+Paul Kiprop  -"}},
		// the passive
		{"Kenyan President Amara Odhiambo was received by Canadian Prime Minister Daniel Whitcombe.",
			[]string{"MEETING OCCURRED Amara Odhiambo+Daniel Whitcombe  -"}},
		{"Kenyan President Amara Odhiambo was welcomed by cheering crowds.", nil},
		// a side that names no person is its body
		{"Kenyan Foreign Minister Joseph Mwangi will meet the Senate Finance Committee on Thursday.",
			[]string{"MEETING PLANNED Joseph Mwangi+Senate Finance Committee 2025-03-13 -"}},
		{"Kenyan Foreign Minister Joseph Mwangi met members of the Senate Finance Committee.",
			[]string{"MEETING OCCURRED Joseph Mwangi+Senate Finance Committee  -"}},
		// ... but not when the talks are only mentioned in what someone said
		{"Kenyan Foreign Minister Joseph Mwangi said progress was made in talks with the IMF.", nil},
		{"Kenyan Foreign Minister Joseph Mwangi said recent talks with the IMF were useful.",
			nil},
		// a participle after its main clause shares its subject, status and date
		{"Tomorrow, Kenyan Foreign Minister Joseph Mwangi is to meet the Senate Finance Committee before visiting Treasury Secretary Paul Kiprop.",
			[]string{"MEETING PLANNED Joseph Mwangi+Senate Finance Committee 2025-03-11 -", "MEETING PLANNED Joseph Mwangi+Paul Kiprop 2025-03-11 -"}},
		{"Kenyan Foreign Minister Joseph Mwangi said after meeting Canadian Prime Minister Daniel Whitcombe that trade would grow.",
			[]string{"MEETING OCCURRED Daniel Whitcombe+Joseph Mwangi  -"}},
		// whose talks: a possessive over modifiers; a country modifying "visit"
		{"Kenyan Foreign Minister Joseph Mwangi' Ottawa talks with Canadian Prime Minister Daniel Whitcombe went well.",
			[]string{"TALKS OCCURRED Daniel Whitcombe+Joseph Mwangi  -"}},
		{"Kenyan Foreign Minister Joseph Mwangi spoke after returning from a U.S. visit.",
			[]string{"VISIT OCCURRED Joseph Mwangi+United States  United States"}},
		// going somewhere on official business
		{"Kenyan Foreign Minister Joseph Mwangi goes to Canada later this week.",
			[]string{"VISIT PLANNED Canada+Joseph Mwangi 2025-03 Canada"}},
		{"Kenyan Foreign Minister Joseph Mwangi said the economy went into recession.", nil},
		// a date in a person's relative clause is not the meeting's; one in the main clause is not a "where" clause's
		{"Kenyan President Amara Odhiambo, who leaves for Lima on Tuesday, met Canadian Prime Minister Daniel Whitcombe. Peru is ready.",
			[]string{"VISIT PLANNED Amara Odhiambo+Peru 2025-03-11 Lima", "MEETING OCCURRED Amara Odhiambo+Daniel Whitcombe  -"}},
		{"Kenyan President Amara Odhiambo arrived last night after a stop in Ottawa, where he met Canadian Prime Minister Daniel Whitcombe.",
			[]string{"MEETING OCCURRED Amara Odhiambo+Daniel Whitcombe  Ottawa", "VISIT OCCURRED Amara Odhiambo+Canada  Ottawa"}},
		// a month and day with no tense of their own are the coming ones
		{"Officials drafted a package in time for Kenyan President Amara Odhiambo's visit to Canada from May 2.",
			[]string{"VISIT PLANNED Amara Odhiambo+Canada 2025-05-02 Canada"}},
		// a trip completed, before a trip to come
		{"After having completed a trip to Canada, Kenyan President Amara Odhiambo will fly to Lima. Peru is ready.",
			[]string{"VISIT OCCURRED Amara Odhiambo+Canada  Canada", "VISIT PLANNED Amara Odhiambo+Peru  Lima"}},
		// the clause's verb after a noun trigger in subject position
		{"Kenyan President Amara Odhiambo's talks with Canadian Prime Minister Daniel Whitcombe will focus on trade.",
			[]string{"TALKS PLANNED Amara Odhiambo+Daniel Whitcombe  -"}},
		// prospects of a meeting are no meeting held; a firm's plans are no plan to travel
		{"Prospects are slim for a meeting between Kenyan President Amara Odhiambo and Canadian Prime Minister Daniel Whitcombe.",
			[]string{"MEETING PLANNED Amara Odhiambo+Daniel Whitcombe  -"}},
		{"Kenyan Foreign Minister Joseph Mwangi discussed the firm's plans during a trip to Canada last year.",
			[]string{"VISIT OCCURRED Canada+Joseph Mwangi 2024 Canada"}},
		// a visit with a determiner and modifiers; what happened during it shares its date
		{"Kenyan President Amara Odhiambo paid a brief weekend visit to Canada during which he discussed trade with Prime Minister Daniel Whitcombe.",
			[]string{"VISIT OCCURRED Amara Odhiambo+Canada 2025-03 Canada", "TALKS OCCURRED Amara Odhiambo+Daniel Whitcombe 2025-03 -"}},
		// a name after a title's of-phrase and a comma
		{"Kenyan President Amara Odhiambo met yesterday with the governor of the bank of Canada, Daniel Whitcombe.",
			[]string{"MEETING OCCURRED Amara Odhiambo+Daniel Whitcombe 2025-03-09 -"}},
		// an audience
		{"Kenyan President Amara Odhiambo will have an audience with Pope Clement XV on May 6.",
			[]string{"MEETING PLANNED Amara Odhiambo+Clement XV 2025-05-06 -"}},
		// "the two" as the subject of a noun trigger
		{"Kenyan President Amara Odhiambo and Canadian Prime Minister Daniel Whitcombe spoke. The two discussed trade at a routine meeting.",
			[]string{"MEETING OCCURRED Amara Odhiambo+Daniel Whitcombe  -"}},
		// countries inside a prepositional phrase are no subject
		{"The heads of the central banks of Kenya and Peru have met in Lima.", nil},
		// a host's guests meet the host; joining someone on a visit is meeting them
		{"Kenyan President Amara Odhiambo will be in Lima from June 3 as the guest of Peruvian President Rosa Marquez.",
			[]string{"VISIT PLANNED Amara Odhiambo+Peru 2025-06-03 Lima", "MEETING PLANNED Amara Odhiambo+Rosa Marquez 2025-06-03 Lima"}},
		{"Kenyan President Amara Odhiambo will be in Lima from June 3 as the guest of President Rosa Marquez.",
			[]string{"MEETING PLANNED Amara Odhiambo+Rosa Marquez 2025-06-03 Lima"}},
		{"Kenyan President Amara Odhiambo is to join Foreign Minister Joseph Mwangi on a visit to Mombasa on Friday.",
			[]string{"MEETING PLANNED Amara Odhiambo+Joseph Mwangi 2025-03-14 -"}},
		// a summit's convening body takes part with the people placed at it, not with one who speaks of it
		{"Kenyan President Amara Odhiambo attended the EU summit with Canadian Prime Minister Daniel Whitcombe.",
			[]string{"SUMMIT OCCURRED Amara Odhiambo+Daniel Whitcombe+European Union  -"}},
		{"Kenyan President Amara Odhiambo said trade was on the agenda for the EU summit.", nil},
		// the purpose of a trip names no counterpart; "little point in talks" holds none
		{"Kenyan President Amara Odhiambo and Canadian Prime Minister Daniel Whitcombe flew to Tokyo for farm talks. Japan is ready.",
			[]string{"VISIT OCCURRED Amara Odhiambo+Daniel Whitcombe+Japan  Tokyo"}},
		{"Kenyan President Amara Odhiambo spoke with Daniel Whitcombe. Both men agreed there was little point in negotiations.", nil},
		// negation a few words before a noun trigger
		{"Kenyan Foreign Minister Joseph Mwangi has no plans to start formal trade talks with Canada.", nil},
		// a phrase of place and time between "met" and its "with"
		{"Kenyan President Amara Odhiambo met in the state house shortly after the vote with Foreign Minister Joseph Mwangi.",
			[]string{"MEETING OCCURRED Amara Odhiambo+Joseph Mwangi  -"}},
		{"Kenyan President Amara Odhiambo met in Lima to discuss trade with Canada.", nil},
		// the speaker of "X said after talks with Y" took part, not the clause's first actor
		{"Trade will grow, Kenyan President Amara Odhiambo said after talks with Canadian Prime Minister Daniel Whitcombe.",
			[]string{"TALKS OCCURRED Amara Odhiambo+Daniel Whitcombe  -"}},
		{"Kenya said after talks with Canadian Prime Minister Daniel Whitcombe that trade would grow.", nil},
		// lower-case posts no title list holds, also coordinated, before the name
		{"Kenyan President Amara Odhiambo met energy and mines minister Joseph Mwangi.",
			[]string{"MEETING OCCURRED Amara Odhiambo+Joseph Mwangi  -"}},
		{"Kenyan President Amara Odhiambo met police officers Joseph Mwangi and Daniel Whitcombe.",
			[]string{"MEETING OCCURRED Amara Odhiambo+Joseph Mwangi  -", "MEETING OCCURRED Amara Odhiambo+Daniel Whitcombe  -"}},
		{"Kenyan President Amara Odhiambo met bankers and Joseph Mwangi said trade would grow.", nil},
		// leaving for a country: a trip under way, or still to come in the present tense
		{"Kenyan Foreign Minister Joseph Mwangi left at the weekend for Canada for talks with creditor banks.",
			[]string{"VISIT OCCURRED Canada+Joseph Mwangi 2025-03 Canada"}},
		{"Kenyan Foreign Minister Joseph Mwangi was heading for Canada. Kenyan Foreign Minister Joseph Mwangi is heading for Peru.",
			[]string{"VISIT OCCURRED Canada+Joseph Mwangi  Canada", "VISIT PLANNED Joseph Mwangi+Peru  Peru"}},
		{"Kenyan Foreign Minister Joseph Mwangi left the decision for Canada to take.", nil},
		{"The tourist Joseph Mwangi left for Canada.", nil},
		// one person holding talks with several is a round, one per counterpart; a joint cue keeps it one
		{"Kenyan President Amara Odhiambo held talks with Foreign Minister Joseph Mwangi and International Monetary Fund (IMF) head Daniel Whitcombe.",
			[]string{"TALKS OCCURRED Amara Odhiambo+Joseph Mwangi  -", "TALKS OCCURRED Amara Odhiambo+Daniel Whitcombe  -"}},
		{"Kenyan President Amara Odhiambo held joint talks with Foreign Minister Joseph Mwangi and Canadian Prime Minister Daniel Whitcombe.",
			[]string{"TALKS OCCURRED Amara Odhiambo+Daniel Whitcombe+Joseph Mwangi  -"}},
		// a call received from someone; calling on someone in person, not calling on someone to act
		{"Kenyan President Amara Odhiambo received a phone call on Friday from Canadian Prime Minister Daniel Whitcombe.",
			[]string{"CALL OCCURRED Amara Odhiambo+Daniel Whitcombe 2025-03-07 -"}},
		{"Kenyan President Amara Odhiambo received a phone call from a Whitcombe aide, Joseph Mwangi.", nil},
		{"Kenyan President Amara Odhiambo called on Canadian Prime Minister Daniel Whitcombe at his office on Friday.",
			[]string{"MEETING OCCURRED Amara Odhiambo+Daniel Whitcombe 2025-03-07 -"}},
		{"Kenyan President Amara Odhiambo called on Canadian Prime Minister Daniel Whitcombe to resign.", nil},
		{"Kenyan President Amara Odhiambo called on Canada to act.", nil},
		{"The Senate Finance Committee called on Canadian Prime Minister Daniel Whitcombe in a resolution to act.", nil},
		// "the Chilean", "the American": a person the text does not name, not the country
		{"The Chilean will meet Canadian Prime Minister Daniel Whitcombe in the second round.", nil},
		// "X told Y in a phone call", "Y, whom X met", "will sit down with", "was greeted by"
		{"Kenyan President Amara Odhiambo told Canadian Prime Minister Daniel Whitcombe in a phone call on Friday that trade would grow.",
			[]string{"CALL OCCURRED Amara Odhiambo+Daniel Whitcombe 2025-03-07 -"}},
		{"Kenyan President Amara Odhiambo told reporters in a phone call on Friday that trade would grow.", nil},
		{"Kenyan President Amara Odhiambo, whom Canadian Prime Minister Daniel Whitcombe met on Friday, said trade would grow.",
			[]string{"MEETING OCCURRED Amara Odhiambo+Daniel Whitcombe 2025-03-07 -"}},
		{"Kenyan President Amara Odhiambo will sit down with Canadian Prime Minister Daniel Whitcombe on Friday.",
			[]string{"MEETING PLANNED Amara Odhiambo+Daniel Whitcombe 2025-03-14 -"}},
		{"Kenyan President Amara Odhiambo was greeted by Canadian Prime Minister Daniel Whitcombe on Friday.",
			[]string{"MEETING OCCURRED Amara Odhiambo+Daniel Whitcombe 2025-03-07 -"}},
		{"Kenyan President Amara Odhiambo greeted the decision on Friday.", nil},
		// "here" in a story with a dateline is the dateline's country, when the text names it
		{"LIMA, March 9 - Ghanaian Finance Minister Kwame Asante arrived here on Friday for talks on Peruvian debt.",
			[]string{"VISIT OCCURRED Kwame Asante+Peru 2025-03-07 Peru"}},
		{"LIMA, March 9 - Ghanaian Finance Minister Kwame Asante arrived here on Friday for talks.", nil},
		{"Ghanaian Finance Minister Kwame Asante arrived here on Friday for talks on Peruvian debt.", nil},
		// visiting a titled person of a country: the visit and the meeting
		{"Canadian Prime Minister Daniel Whitcombe visited Kenyan President Amara Odhiambo on Monday.",
			[]string{"VISIT OCCURRED Daniel Whitcombe+Kenya 2025-03-10 Kenya", "MEETING OCCURRED Amara Odhiambo+Daniel Whitcombe 2025-03-10 -"}},
		{"Canadian Prime Minister Daniel Whitcombe visited Kenyan refugees in Ottawa.", nil},
		// named members after a group noun; two triggers of one visit in a sentence give one
		{"Kenyan President Amara Odhiambo visited OPEC members Ghana, Peru and Chile.",
			[]string{"VISIT OCCURRED Amara Odhiambo+Ghana  Ghana", "VISIT OCCURRED Amara Odhiambo+Peru  Peru", "VISIT OCCURRED Amara Odhiambo+Chile  Chile"}},
		{"Kenyan President Amara Odhiambo is in Ottawa for a three-day visit. Canada welcomed him.",
			[]string{"VISIT OCCURRED Amara Odhiambo+Canada  Ottawa"}},
		// "is to" and a verb before a noun trigger: a plan
		{"Kenyan President Amara Odhiambo is to hold talks with Canadian Prime Minister Daniel Whitcombe.",
			[]string{"TALKS PLANNED Amara Odhiambo+Daniel Whitcombe  -"}},
		{"Kenyan President Amara Odhiambo, who is to blame for the crisis, met Canadian Prime Minister Daniel Whitcombe on Friday.",
			[]string{"MEETING OCCURRED Amara Odhiambo+Daniel Whitcombe 2025-03-07 -"}},
		// a negation before a time preposition does not reach the trigger after it
		{"The dispute could not be settled before a visit to Ottawa by Kenyan President Amara Odhiambo. Canada is ready.",
			[]string{"VISIT PLANNED Amara Odhiambo+Canada  Ottawa"}},
		{"Kenyan President Amara Odhiambo has no plans for a visit to Ottawa.", nil},
		// a name in apposition to a description is the subject, also coordinated
		{"Kenyan President Amara Odhiambo and the head of the Bank of Peru, Rosa Marquez, met in Lima on Friday.",
			[]string{"MEETING OCCURRED Amara Odhiambo+Rosa Marquez 2025-03-07 Lima"}},
		{"The head of the Bank of Peru, Rosa Marquez, met Kenyan President Amara Odhiambo on Friday.",
			[]string{"MEETING OCCURRED Amara Odhiambo+Rosa Marquez 2025-03-07 -"}},
		// a date between a meeting noun and its "between"
		{"The offer is to be put at a meeting later this month between Kenyan President Amara Odhiambo and Canadian Prime Minister Daniel Whitcombe.",
			[]string{"MEETING PLANNED Amara Odhiambo+Daniel Whitcombe 2025-03 -"}},
		// "that day", "the same day", "the next day": the last day named before
		{"Talks began on March 3. In a meeting that day Kenyan President Amara Odhiambo was told by Foreign Minister Joseph Mwangi of the toll.",
			[]string{"MEETING OCCURRED Amara Odhiambo+Joseph Mwangi 2025-03-03 -"}},
		{"Talks began on March 3. Kenyan President Amara Odhiambo met Canadian Prime Minister Daniel Whitcombe the next day.",
			[]string{"MEETING OCCURRED Amara Odhiambo+Daniel Whitcombe 2025-03-04 -"}},
		{"Kenyan President Amara Odhiambo met Canadian Prime Minister Daniel Whitcombe the same day.",
			[]string{"MEETING OCCURRED Amara Odhiambo+Daniel Whitcombe  -"}},
		// an opening participle of speech before "after talks with"
		{"Speaking after talks with Canadian Prime Minister Daniel Whitcombe, Kenyan President Amara Odhiambo said trade would grow.",
			[]string{"TALKS OCCURRED Amara Odhiambo+Daniel Whitcombe  -"}},
		// a meal with a named host at which one guest tells another something: the three met
		{"Kenyan President Amara Odhiambo told Mr Whitcombe at a dinner hosted by Foreign Minister Joseph Mwangi in January that he would retire. Canadian Prime Minister Daniel Whitcombe said nothing.",
			[]string{"MEETING OCCURRED Amara Odhiambo+Daniel Whitcombe+Joseph Mwangi 2025-01 -"}},
		{"Reports say that at a dinner hosted by Foreign Minister Joseph Mwangi Kenyan President Amara Odhiambo told Canadian Prime Minister Daniel Whitcombe of his plans.",
			[]string{"MEETING OCCURRED Amara Odhiambo+Daniel Whitcombe+Joseph Mwangi  -"}},
		{"Foreign Minister Joseph Mwangi hosted a dinner in January where Kenyan President Amara Odhiambo told Canadian Prime Minister Daniel Whitcombe he would retire.",
			[]string{"MEETING OCCURRED Amara Odhiambo+Daniel Whitcombe+Joseph Mwangi 2025-01 -"}},
		{"Kenyan President Amara Odhiambo spoke at a dinner hosted by Foreign Minister Joseph Mwangi in January.", nil},
		// a relative's antecedent does what a speaker reports of it
		{"Kenyan President Amara Odhiambo, whom she said recently spoke by telephone with Canadian Prime Minister Daniel Whitcombe, was absent.",
			[]string{"CALL OCCURRED Amara Odhiambo+Daniel Whitcombe  -"}},
		// a name the word lists do not know before a lower-case post and the person
		{"Kenyan President Amara Odhiambo met future Harbour Lights guitarist Daniel Whitcombe in Nairobi.",
			[]string{"MEETING OCCURRED Amara Odhiambo+Daniel Whitcombe  Nairobi"}},
		// a birth date in an opening "Born ..." phrase does not date the meeting
		{"Born on June 3, 1941, Amara Odhiambo met fellow singer Daniel Whitcombe at school.",
			[]string{"MEETING OCCURRED Amara Odhiambo+Daniel Whitcombe  -"}},
		// "ahead of a meeting": still to come
		{"Officials spoke ahead of a meeting between Kenyan President Amara Odhiambo and Canadian Prime Minister Daniel Whitcombe.",
			[]string{"MEETING PLANNED Amara Odhiambo+Daniel Whitcombe  -"}},
		// a participle in apposition: the person before the comma travels
		{"Canadian Prime Minister Daniel Whitcombe, visiting Kenya on a trade mission, said exports would grow.",
			[]string{"VISIT OCCURRED Daniel Whitcombe+Kenya  Kenya"}},
		// a name in apposition to a description holding commas of its own is the subject
		{"His counterpart, minister of trade, mines and industry, Daniel Whitcombe, met Kenyan President Amara Odhiambo on Friday.",
			[]string{"MEETING OCCURRED Amara Odhiambo+Daniel Whitcombe 2025-03-07 -"}},
		// a summit chaired by a named person: the chair and the convening body
		{"The G8 summit in Gleneagles - chaired by Prime Minister Daniel Whitcombe - will discuss Africa.",
			[]string{"SUMMIT PLANNED Daniel Whitcombe+Group of Eight  Gleneagles"}},
		// an age before a relative clause is no barrier to the subject; a venue makes the meeting joint
		{"Amara Odhiambo, 39, who later became a judge, met officers Daniel Whitcombe and Joseph Mwangi, 40 and 49, at a cafe in Nairobi.",
			[]string{"MEETING OCCURRED Amara Odhiambo+Daniel Whitcombe+Joseph Mwangi  Nairobi"}},
		{"Kenyan President Amara Odhiambo met Canadian Prime Minister Daniel Whitcombe and Foreign Minister Joseph Mwangi in Nairobi.",
			[]string{"MEETING OCCURRED Amara Odhiambo+Daniel Whitcombe  Nairobi", "MEETING OCCURRED Amara Odhiambo+Joseph Mwangi  Nairobi"}},
		// a meeting proposed to others is theirs, not the proposer's
		{"Kenyan President Amara Odhiambo will propose to Peruvian President Rosa Marquez a meeting with Canadian Prime Minister Daniel Whitcombe in May.",
			[]string{"MEETING PLANNED Daniel Whitcombe+Rosa Marquez 2025-05 -"}},
		{"Kenyan President Amara Odhiambo will propose to Harbour Union countries a meeting with Canadian Prime Minister Daniel Whitcombe in May.", nil},
		// a meeting in a city of a country the text never names implies no visit there (GUIDELINES §13.2)
		{"Kenyan President Amara Odhiambo met Canadian Prime Minister Daniel Whitcombe in Lima on Friday.",
			[]string{"MEETING OCCURRED Amara Odhiambo+Daniel Whitcombe 2025-03-07 Lima"}},
		{"Kenyan President Amara Odhiambo met Canadian Prime Minister Daniel Whitcombe in Lima on Friday. Peru was pleased.",
			[]string{"MEETING OCCURRED Amara Odhiambo+Daniel Whitcombe 2025-03-07 Lima", "VISIT OCCURRED Amara Odhiambo+Peru 2025-03-07 Lima"}},
		// travelling together on a visit with no named host: the two meet
		{"Kenyan President Amara Odhiambo toured a school in Mombasa while on a visit with Foreign Minister Joseph Mwangi.",
			[]string{"MEETING OCCURRED Amara Odhiambo+Joseph Mwangi  Mombasa"}},
	}
	for _, tc := range tests {
		f, cr := run(tc.in, ref)
		got := meetingStrings(f, cr)
		if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
			t.Errorf("%q:\n got %q\nwant %q", tc.in, got, tc.want)
		}
	}
}

func TestStatements(t *testing.T) {
	ref := kg.DateDay(2025, 3, 10)
	tests := []struct {
		in                         string
		speaker, quote, text, date string // speaker "" = no statement
	}{
		{"“We will act,” Kenyan President Amara Odhiambo said on Monday.", "Amara Odhiambo", "We will act", "We will act", "2025-03-10"},
		{"Kenyan President Amara Odhiambo said that the rains had failed.", "Amara Odhiambo", "", "the rains had failed.", "2025-03-10"},
		{"The rains failed, said Kenyan President Amara Odhiambo.", "Amara Odhiambo", "", "The rains failed", "2025-03-10"},
		{"An official said the rains had failed.", "", "", "", ""},
		{"The Kremlin said the talks were useful.", "Russia", "", "the talks were useful.", "2025-03-10"},
		{"Kenyan President Amara Odhiambo arrived. “It is late,” he said.", "Amara Odhiambo", "It is late", "It is late", "2025-03-10"},
		{"Sources said the rains had failed.", "", "", "", ""},
		// progressive and phrasal verbs of speech
		{"Kenyan President Amara Odhiambo is urging farmers to plant early.", "Amara Odhiambo", "", "farmers to plant early.", "2025-03-10"},
		{"Kenyan President Amara Odhiambo pointed out the rains had failed.", "Amara Odhiambo", "", "the rains had failed.", "2025-03-10"},
		{"“It is late,” commented Kenyan President Amara Odhiambo, who arrived early.", "Amara Odhiambo", "It is late", "It is late", "2025-03-10"},
		// a body's name after the person it describes
		{"Kenyan farmer Joseph Mwangi, founder of the growers' group the Kenya Farmers Union, said the rains had failed.", "Joseph Mwangi", "", "the rains had failed.", "2025-03-10"},
		// the one quoted after a title
		{"The radio quoted finance minister Joseph Mwangi as saying the rains had failed.", "Joseph Mwangi", "", "the rains had failed.", "2025-03-10"},
		// the agent of a passive "told"
		{"Kenyan President Amara Odhiambo was told by Finance Minister Joseph Mwangi of “a grave shortfall”.", "Joseph Mwangi", "a grave shortfall", "a grave shortfall.", "2025-03-10"},
		// a participle with its own subject
		{"The rains failed, with Finance Minister Joseph Mwangi describing the harvest as “a disaster”.", "Joseph Mwangi", "a disaster", "the harvest as a disaster.", "2025-03-10"},
		// a message that carries the words
		{"Kenyan President Amara Odhiambo posted a message on Monday announcing he would resign.", "Amara Odhiambo", "", "he would resign.", "2025-03-10"},
		// "welcomed" a thing is words, a person a meeting
		{"Kenyan President Amara Odhiambo welcomed the decision of the court.", "Amara Odhiambo", "", "the decision of the court.", "2025-03-10"},
		// content before "X said," that the sentence goes on after
		{"The rains failed in the north, Kenyan President Amara Odhiambo said, and prices would rise.", "Amara Odhiambo", "", "The rains failed in the north", "2025-03-10"},
		// the speaker's description between the quotation and the name is not what was said
		{"“The harvest was poor,” chairman and chief executive Amara Odhiambo said.", "Amara Odhiambo", "The harvest was poor", "The harvest was poor", "2025-03-10"},
		{"“The harvest was poor,” the Kenya Farmers Union said in a statement.", "Kenya Farmers Union", "The harvest was poor", "The harvest was poor", "2025-03-10"},
		{"Rice exports fell 4 pct in March, the Kenya Farmers Union said.", "Kenya Farmers Union", "", "Rice exports fell 4 pct in March", "2025-03-10"},
		{"Rice exports fell in the first quarter, its chairman Joseph Mwangi said.", "Joseph Mwangi", "", "Rice exports fell in the first quarter", "2025-03-10"},
		// a quotation closed without a comma goes on in the sentence
		{"Finance Minister Joseph Mwangi said there was “no need for new” taxes this year.", "Joseph Mwangi", "no need for new", "there was no need for new taxes this year.", "2025-03-10"},
	}
	for _, tc := range tests {
		f, cr := run(tc.in, ref)
		if tc.speaker == "" {
			if len(f.Statements) != 0 {
				t.Errorf("%q: want no statement, got %+v", tc.in, f.Statements)
			}
			continue
		}
		if len(f.Statements) != 1 {
			t.Errorf("%q: want one statement, got %d", tc.in, len(f.Statements))
			continue
		}
		s := f.Statements[0]
		if got := cr.Entities[s.Speaker].Name; got != tc.speaker || s.Quote != tc.quote || s.Text != tc.text || s.Date.String() != tc.date {
			t.Errorf("%q: got %q %q %q %v, want %q %q %q %v", tc.in, got, s.Quote, s.Text, s.Date, tc.speaker, tc.quote, tc.text, tc.date)
		}
	}
}

func TestRoles(t *testing.T) {
	checkRoles(t, []roleCase{
		{"untitled holder of a national post", "Tom Reed spoke in Leeds. Mr Reed then flew home. The prime minister said it went well.", "GB",
			[]string{"Tom Reed|prime minister|United Kingdom"}},
		{"qualified", "Ghanaian Finance Minister Kwame Asante met former President Ama Owusu and IMF spokesperson Helena Brandt.", "",
			[]string{"Kwame Asante|Finance Minister|Ghana", "Helena Brandt|spokesperson|International Monetary Fund"}},
		{"of after the name", "President Tomas Varga of Hungary spoke.", "", []string{"Tomas Varga|President|Hungary"}},
		{"title of country before the name", "President of Chile Rosa Marquez spoke.", "", []string{"Rosa Marquez|President|Chile"}},
		{"appositive with a body before the head", "It backed Piero Valli, Christian Democratic Party secretary, for the post.", "",
			[]string{"Piero Valli|secretary|Christian Democratic Party"}},
		{"appositive of a city", "Ana Ruiz, mayor of the Polish city of Gdynia, was hurt.", "", []string{"Ana Ruiz|mayor|-"}},
		{"appositive is not a title of the next name", "He will meet President Olsen, Chief Cabinet Secretary Kenji Mori told Japanese reporters.", "",
			[]string{"Kenji Mori|Chief Cabinet Secretary|Japan"}},
		{"same person elsewhere", "President Lucia Campos arrived. The Peruvian president spoke later.", "",
			[]string{"Lucia Campos|President|Peru"}},
		{"possessor", "Estonian President Mart Kask and his Prime Minister Liis Tamm came.", "",
			[]string{"Mart Kask|President|Estonia", "Liis Tamm|Prime Minister|Estonia"}},
		{"home country by dominance", "Poland mourned. Polish officials met. Interior Minister Adam Wolski spoke in Poland.", "",
			[]string{"Adam Wolski|Interior Minister|Poland"}},
		{"home country of the publication", "Health Secretary Jane Mills spoke about the UK.", "GB",
			[]string{"Jane Mills|Health Secretary|United Kingdom"}},
		{"a country without the post", "President Dan Ames spoke about the UK.", "GB", nil},
		{"title country", "Senator Ray Holt criticised the United States budget.", "", []string{"Ray Holt|Senator|United States"}},
		{"ministry as portfolio", "He met U.S. Treasury Secretary Carl Brandt.", "", []string{"Carl Brandt|Treasury Secretary|United States"}},
		{"body named by an acronym", "He met IMF Deputy Director Sara Holm.", "", []string{"Sara Holm|Deputy Director|International Monetary Fund"}},
		{"post of a city", "London Mayor Kate Moss opened it.", "", []string{"Kate Moss|Mayor|-"}},
		{"a party, then a beat of several words", "Conservative local government spokesman Ann Hale spoke. Plaid Cymru's local government spokesman Ifor Rees agreed. Liberal Democrat foreign affairs spokesman Tom Bell disagreed.", "GB",
			[]string{"Ann Hale|local government spokesman|Conservative Party", "Ifor Rees|local government spokesman|Plaid Cymru", "Tom Bell|foreign affairs spokesman|Liberal Democrats"}},
		{"a possessive country or body in apposition", "Ivan Petrov, Russia's foreign minister, spoke. Ana Kirr, the IMF's managing director, agreed. Bill Dorn, the American Soybean Association's president, left.", "",
			[]string{"Ivan Petrov|foreign minister|Russia", "Ana Kirr|managing director|International Monetary Fund", "Bill Dorn|president|American Soybean Association"}},
		{"an unknown possessor holds the post, not a country", "Tom Reed, Zarcom's president, spoke in the United States. Ian Holt, Zarcom's UK sales director, agreed.", "", nil},
		{"a portfolio after the title, before the name", "Australian Minister for Foreign Affairs Marise Payne spoke. Slovak Deputy Prime Minister for Finance Richard Sulik agreed. Ghanaian Minister of Energy Kofi Mensah left.", "",
			[]string{"Marise Payne|Minister for Foreign Affairs|Australia", "Richard Sulik|Deputy Prime Minister for Finance|Slovakia", "Kofi Mensah|Minister of Energy|Ghana"}},
		{"a firm after a title's of-phrase is no name", "He is president of Energy Security Analysis Inc in Ghana. Ghana agreed.", "", nil},
		{"a see's post right before the name", "Pope Linus spoke. Cardinal Ivo Petrak of the Holy See agreed.", "",
			[]string{"Linus|Pope|-", "Ivo Petrak|Cardinal|Vatican City"}},
		{"a rank word inside a firm's name is no post", "Pope, Evans and Kline Inc said sales rose.", "", nil},
		{"a name inside the name of a thing", "Sultan Tariq Mosque opened. They drove down Ivan Petrov Avenue.", "", nil},
		{"former post", "Ex-Prime Minister Piotr Nowak spoke in Poland about Poland.", "", nil},
		{"body not named", "The party's president, Arnaldo Ricci, spoke in Italy about Italy.", "", nil},
		{"one of several", "A third president, Ralph Dunn, resigned in the United States of the United States.", "", nil},
		{"central bank", "Brazilian central bank governor Rui Lopes spoke.", "", []string{"Rui Lopes|central bank governor|Brazil"}},
		{"a rank word before a portfolio keeps the possessor's country", "Ghana's deputy energy minister Kwame Asante spoke in Peru about Peru.", "",
			[]string{"Kwame Asante|deputy energy minister|Ghana"}},
		{"a title of the publication's own country in a story on another", "Foreign Secretary Tom Reed flew to Iran. Iran welcomed him. Iranian officials met.", "GB",
			[]string{"Tom Reed|Foreign Secretary|United Kingdom"}},
		{"a coordinated portfolio before the title", "Peru voted. Peruvian officials met. Peruvian energy and mines minister Rosa Marquez spoke in Peru. Ghana energy and mines minister Kwame Asante agreed.", "",
			[]string{"Rosa Marquez|energy and mines minister|Peru", "Kwame Asante|energy and mines minister|Ghana"}},
		{"words of another phrase before 'and' are no portfolio", "Peru voted. Peruvian officials met. Growth is proving elusive and finance minister Rosa Marquez spoke in Peru.", "",
			[]string{"Rosa Marquez|finance minister|Peru"}},
		{"a possessive country a few modifiers before the title", "Peru voted. Peruvian officials met. Canada agreed to receive Ghana's newly designated ambassador to Canada, Kwame Asante, in Peru.", "",
			[]string{"Kwame Asante|ambassador|Ghana"}},
		{"a seat title after the name, with no comma", "Labour backbencher Tom Reed MP said the vote was lost.", "GB",
			[]string{"Tom Reed|MP|United Kingdom"}},
		{"a seat for a constituency the lists do not know", "Ann Hale, MP for Little Brampton, spoke about Kenya in Kenya.", "GB",
			[]string{"Ann Hale|MP|-"}},
		{"a verb after the comma opens the main clause, not an apposition", "Ghana's foreign minister, Kwame Asante, met Peru's finance minister, Rosa Marquez.", "",
			[]string{"Kwame Asante|foreign minister|Ghana", "Rosa Marquez|finance minister|Peru"}},
	})
}

// TestStatementRules: who speaks, by the rules of attribution (one
// statement per speaker, in order), for sentences we wrote.
func TestStatementRules(t *testing.T) {
	ref := kg.DateDay(2025, 3, 10)
	tests := []struct {
		name, in string
		want     []string // speaker|text
	}{
		{"coordinated subjects", "The Fisheries Board and the Federal Water Agency (FWA) said the flood was an accident.",
			[]string{"Fisheries Board|the flood was an accident.", "Federal Water Agency|the flood was an accident."}},
		{"participle", "Chancellor Ilse Brandt wrote to the bank, complaining that the plan would hurt farmers.",
			[]string{"Ilse Brandt|the plan would hurt farmers."}},
		{"quoted as saying", "Finance Minister Omar Haddad flew home. The state news agency quoted him as saying the talks were useful.",
			[]string{"Omar Haddad|the talks were useful."}},
		{"relative clause", "She met Iraqi interim leader Sami Karim, who this week criticised nations which stood aside.",
			[]string{"Sami Karim|nations which stood aside."}},
		{"second verb of the subject", "Tory leader Ian Frost backed the plan but said ministers had been slow.",
			[]string{"Ian Frost|ministers had been slow."}},
		{"called with a quotation", "Interior Minister Adam Wolski called the attack \"an act of barbarity\".",
			[]string{"Adam Wolski|the attack an act of barbarity."}},
		{"characterized as", "Senator Ray Holt characterized the call as \"perfectly routine\".",
			[]string{"Ray Holt|the call as perfectly routine."}},
		{"two attributions", "Mayor Ana Ruiz said the road would open, but the Liberal Democrats say it is unsafe.",
			[]string{"Ana Ruiz|the road would open", "Liberal Democrats|it is unsafe."}},
		{"inverted with apposition", "Profits will rise, said Vincent Dale, the bank's chief executive.", []string{"Vincent Dale|Profits will rise"}},
		{"passive", "President Lena Ortiz was asked whether the war had made the world less safe.", nil},
		{"negated", "President Lena Ortiz did not say whether she would run.", nil},
		{"claimed a title", "Runner Lena Ortiz claimed her first national title.", nil},
		{"unnamed speaker before a name", "\"No deal,\" an aide to Premier Lena Ortiz told reporters.", nil},
		{"not inverted", "The source said Iran had fired the missile.", nil},
		{"pronoun after an unnamed speaker", "An aide to Premier Lena Ortiz spoke first. He added that the talks had failed.", nil},
		{"a request is not words", "Premier Lena Ortiz asked the Queen for a delay.", nil},
		{"a person of an unknown body", "Todd Harlow of Widget Research told USA Today that prices would rise.", []string{"Todd Harlow|prices would rise."}},
		{"a name set off by commas", "The head of the city's police, Anna Berg, on Sunday said the attacker acted alone.", []string{"Anna Berg|the attacker acted alone."}},
		{"quotation over two paragraphs", "\"We will build the road,\" Mayor Ana Ruiz said. \"It will open next year.\n\n\"Then the town grows.\"\n\nOther news.",
			[]string{"Ana Ruiz|We will build the road"}},
		{"the two leaders", "Kenyan President Amara Odhiambo met Canadian Prime Minister Daniel Whitcombe. The two leaders said the talks were useful.",
			[]string{"Daniel Whitcombe|the talks were useful.", "Amara Odhiambo|the talks were useful."}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f, cr := run(tc.in, ref)
			var got []string
			for _, s := range f.Statements {
				got = append(got, cr.Entities[s.Speaker].Name+"|"+s.Text)
				if tc.name == "quotation over two paragraphs" && !strings.Contains(s.Quote, "Then the town grows") {
					t.Errorf("quote %q misses the next paragraph", s.Quote)
				}
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("%q:\n got %q\nwant %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestStatementSpeakers(t *testing.T) {
	ref := kg.DateDay(2025, 3, 10)
	tests := []struct {
		in   string
		want []string // speakers in order
	}{
		// the pronoun continues the one who spoke, not the last sentence's subject
		{"Kenyan President Amara Odhiambo will visit Lima, Foreign Minister Joseph Mwangi announced. He told reporters the trip was long planned.",
			[]string{"Joseph Mwangi", "Joseph Mwangi"}},
		// what someone is reported to have said inside another's words is theirs
		{"Kenyan President Amara Odhiambo said Joseph Mwangi had complained he was tired.",
			[]string{"Amara Odhiambo"}},
		{"Kenyan President Amara Odhiambo said the rains failed, but Joseph Mwangi said they did not.",
			[]string{"Amara Odhiambo", "Joseph Mwangi"}},
	}
	for _, tc := range tests {
		f, cr := run(tc.in, ref)
		var got []string
		for _, s := range f.Statements {
			got = append(got, cr.Entities[s.Speaker].Name)
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("%q: got %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestTwoWords pins twoWords to len(strings.Fields(s)) >= 2, which it
// replaces on a hot path.
func TestTwoWords(t *testing.T) {
	for _, s := range []string{"", " ", "one", "  one  ", "one two", "one\u00a0two", "one\u2003two", "a\tb", "\xff \xfe", "\xff", "«quoted» word", "one,two"} {
		if got, want := twoWords(s), len(strings.Fields(s)) >= 2; got != want {
			t.Errorf("twoWords(%q) = %v, want %v", s, got, want)
		}
	}
}
