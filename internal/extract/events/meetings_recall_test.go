package events

import (
	"testing"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// TestMeetingRecallBodies pins the reading of a named body's meeting
// like its summit (GUIDELINES 16.3): the named people the sentence
// places at it meet the body. The sentences are our own.
func TestMeetingRecallBodies(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 10), []meetingCase{
		{"attending-relative",
			"Central bank governor Tomas Riedel, who is attending the spring meeting of the Asian Development Bank, said rates would stay low.",
			[]string{"MEETING OCCURRED Asian Development Bank+Tomas Riedel  -"}},
		{"speaking-at-of-phrase",
			"Danish farm minister Lene Holt, speaking at a meeting of EC agriculture ministers, asked for help for dairy farmers.",
			[]string{"MEETING OCCURRED European Union+Lene Holt  -"}},
		{"will-attend-body-before",
			"Finance Minister Tomas Riedel will attend a Bundesbank meeting in Frankfurt on Thursday.",
			[]string{"MEETING PLANNED Bundesbank+Tomas Riedel 2025-03-13 Frankfurt"}},
		{"attended-in-city",
			"Finance Minister Tomas Riedel attended the annual meeting of the Trilateral Commission in Lisbon.",
			[]string{"MEETING OCCURRED Tomas Riedel+Trilateral Commission  Lisbon"}},
		// a speech to a meeting, a country for its unnamed delegates, a
		// meeting only spoken of: no encounter
		{"told-the-meeting",
			"Finance Minister Tomas Riedel told the yearly meeting of the Asian Development Bank that aid would rise.", nil},
		{"country-attends",
			"Norway, which attends the meeting of the Group of Seven for the first time, wants a seat.", nil},
		{"meeting-spoken-of",
			"Finance Minister Tomas Riedel said the meeting of the Group of Seven had been useful.", nil},
	})
}

// TestMeetingRecallVerbAfterName pins a country or body followed by a
// participle that opens a phrase of its own ("Norway aimed at", "Japan
// starting next week"): the name is a party, not a modifier of a noun.
// The sentences are our own.
func TestMeetingRecallVerbAfterName(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 10), []meetingCase{
		{"talks-with-country-aimed",
			"Kenya is holding talks with Norway aimed at a new fisheries accord.",
			[]string{"TALKS OCCURRED Kenya+Norway  -"}},
		{"visit-to-country-starting",
			"Kenyan Finance Minister Carl Diaz will discuss farm trade during a visit to Japan starting next Monday.",
			[]string{"VISIT PLANNED Carl Diaz+Japan 2025-03-17 Japan"}},
		{"talks-with-country-concerning",
			"Kenya is in talks with Norway concerning its fishing rights.",
			[]string{"TALKS OCCURRED Kenya+Norway  -"}},
		{"determined-name-gerund",
			"Kenya is in talks with Norway before the Paris Club meeting in March.",
			[]string{"TALKS OCCURRED Kenya+Norway  -"}},
		// a modifier stays a modifier; countries that only take a side
		// at a meeting do not meet each other
		{"trading-partners",
			"Kenyan Trade Minister Carl Diaz met U.S. trading partners on Monday.", nil},
		{"countries-at-meeting",
			"Only Kenya and Norway backed the plan at Tuesday's meeting.", nil},
	})
}

// TestMeetingRecallVisitNoun pins "visit" read as a noun after a
// possessive and its modifiers, and after a duration written without
// its hyphen. The sentences are our own.
func TestMeetingRecallVisitNoun(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 10), []meetingCase{
		{"possessive-scheduled",
			"Bond prices may firm after Kenyan President Carl Diaz's scheduled visit to Norway on March 20.",
			[]string{"VISIT PLANNED Carl Diaz+Norway 2025-03-20 Norway"}},
		{"possessive-two-modifiers",
			"Kenyan President Carl Diaz's long awaited visit to Norway is due next week.",
			[]string{"VISIT PLANNED Carl Diaz+Norway 2025-03 Norway"}},
		{"week-long",
			"Kenyan President Carl Diaz begins a week long visit to Norway next Monday.",
			[]string{"VISIT PLANNED Carl Diaz+Norway 2025-03-17 Norway"}},
		// a possessive subject of the verb stays a verb phrase
		{"possessive-subject-verb",
			"Kenyan President Carl Diaz's envoy will visit Norway next week.", nil},
	})
}

// TestMeetingRecallAppositiveStay pins a stay abroad told in apposition
// to the person ("X, in Norway for talks, said"): a visit under way,
// undated and occurred whatever the main clause tells. The sentences are
// our own.
func TestMeetingRecallAppositiveStay(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 10), []meetingCase{
		{"appositive-for-talks",
			"Kenyan Trade Minister Carl Diaz, in Norway for fisheries talks, said the quota would rise.",
			[]string{"VISIT OCCURRED Carl Diaz+Norway  Norway"}},
		{"appositive-currently-capital",
			"Kenyan Oil Minister Carl Diaz, currently in Oslo for a gathering of oil producers, gave no figures on Norwegian output.",
			[]string{"VISIT OCCURRED Carl Diaz+Norway  Oslo"}},
		{"appositive-main-clause-future",
			"Kenyan Trade Minister Carl Diaz, in Norway to sign a fisheries pact, will return home on March 20.",
			[]string{"VISIT OCCURRED Carl Diaz+Norway  Norway"}},
		// a stop in transit, a private stay, a stay at home
		{"appositive-transit",
			// Oslo is a stop in transit; the stay in Canada is over (meetings_onway.go)
			"Kenyan President Carl Diaz, in Oslo on his way home from Canada, thanked his Norwegian hosts.",
			[]string{"VISIT OCCURRED Canada+Carl Diaz  Canada"}},
		{"appositive-no-post",
			"Carl Diaz, in Norway for a ski holiday, said the snow was good.", nil},
		{"appositive-own-country",
			"Norwegian Prime Minister Anna Berg, in Norway for budget talks, said little.", nil},
	})
}

// TestMeetingRecallNounPhrases pins two noun-phrase shapes: a
// participle of planning between a meeting noun and its "between" or
// "with", and a capital modifying "visit" with the visitor after "by".
// The sentences are our own.
func TestMeetingRecallNounPhrases(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 10), []meetingCase{
		{"scheduled-between",
			"Officials said the talks scheduled next month in Oslo between Kenyan President Carl Diaz and Norwegian Prime Minister Anna Berg would cover fishing.",
			[]string{"TALKS PLANNED Anna Berg+Carl Diaz 2025-04 Oslo"}},
		{"planned-with",
			"Kenyan President Carl Diaz will attend the meeting planned with Norwegian Prime Minister Anna Berg on Friday.",
			[]string{"MEETING PLANNED Anna Berg+Carl Diaz 2025-03-14 -"}},
		{"capital-visit-by",
			"Bankers hope for a deal during an Oslo visit later this month by Kenyan President Carl Diaz. Norway is ready.",
			[]string{"VISIT PLANNED Carl Diaz+Norway 2025-03 Oslo"}},
		// a capital naming a body, not a destination; a visit by no one named
		{"capital-body-visit",
			"Bankers hope for a deal during a visit by the Oslo delegation.", nil},
	})
}

// TestMeetingRecallTour pins a tour as a visit to each country named
// (GUIDELINES §7, 13.2): by people only, to countries the article names,
// not to a continent. The sentences are our own.
func TestMeetingRecallTour(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 10), []meetingCase{
		{"tour-of-countries",
			"Kenyan Trade Minister Carl Diaz is on a ten-day tour of Norway, Sweden and Finland.",
			[]string{"VISIT OCCURRED Carl Diaz+Norway  Norway", "VISIT OCCURRED Carl Diaz+Sweden  Sweden", "VISIT OCCURRED Carl Diaz+Finland  Finland"}},
		{"toured-verb",
			"Kenyan President Carl Diaz toured Norway and Sweden last week.",
			[]string{"VISIT OCCURRED Carl Diaz+Norway 2025-03 Norway", "VISIT OCCURRED Carl Diaz+Sweden 2025-03 Sweden"}},
		{"tour-city-country-named",
			"Norwegian exports grew. Kenyan Trade Minister Carl Diaz began a tour of Oslo and Nairobi on Monday.",
			[]string{"VISIT OCCURRED Carl Diaz+Norway 2025-03-10 Norway"}},
		// a continent, a team, a city whose country the text never names
		{"tour-of-continent",
			"Kenyan Trade Minister Carl Diaz is on a tour of Europe.", nil},
		{"team-tour",
			"The Kenya Lions will tour Norway in June.", nil},
		{"tour-city-unnamed-country",
			"Trade Minister Carl Diaz began a tour of Oslo on Monday.", nil},
	})
}

// TestMeetingRecallBodyGatherings pins two more shapes of a named body's
// own meeting (GUIDELINES 16.3): the body before adjectives of the
// occasion ("the X ministerial meeting", "the X's annual meeting"), and
// a body's convention, conference or congress that a verb of attending
// places someone at. A bare "at" before the longer phrase, a speech to
// the gathering and a gathering of no named body place no one. The
// sentences are our own.
func TestMeetingRecallBodyGatherings(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 10), []meetingCase{
		{"body-adjective-meeting",
			"Oil minister Tomas Riedel attended the OPEC ministerial meeting in Vienna.",
			[]string{"MEETING OCCURRED OPEC+Tomas Riedel  Vienna"}},
		{"possessive-body-adjective-meeting",
			"Finance Minister Tomas Riedel attended the Asian Development Bank's annual meeting.",
			[]string{"MEETING OCCURRED Asian Development Bank+Tomas Riedel  -"}},
		{"end-of-possessive-meeting",
			"Finance Minister Tomas Riedel spoke to reporters at the end of the Asian Development Bank's annual meeting.",
			[]string{"MEETING OCCURRED Asian Development Bank+Tomas Riedel  -"}},
		{"attending-convention",
			"Finance Minister Tomas Riedel, attending the American Bankers Association convention, said rates would hold.",
			[]string{"MEETING OCCURRED American Bankers Association+Tomas Riedel  -"}},
		{"attended-party-conference",
			"Lena Holt, leader of the Green Party, attended the Labour conference and spoke of local pacts.",
			[]string{"MEETING OCCURRED Labour Party+Lena Holt  -"}},
		{"bare-at-other-subject",
			"Finance Minister Tomas Riedel hoped the governors would approve the loan at the Asian Development Bank annual meeting.", nil},
		{"spoken-of",
			"Finance Minister Tomas Riedel said OPEC's annual meeting had gone well.", nil},
		{"told-conference",
			"Finance Minister Tomas Riedel told the annual conference of the American Bankers Association that rates would hold.", nil},
		{"news-conference",
			"Finance Minister Tomas Riedel attended a news conference in Oslo.", nil},
	})
}

// TestMeetingRecallNegotiatingWith pins the verb of negotiating with a
// named party as talks, like the noun: under way, planned after a verb
// of planning; a hypothetical willingness, a refusal and a deal
// "negotiated with" someone (no agent) are none. The sentences are our
// own.
func TestMeetingRecallNegotiatingWith(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 10), []meetingCase{
		{"is-negotiating-with",
			"Kenya is negotiating with Norway over fishing rights, officials said.",
			[]string{"TALKS OCCURRED Kenya+Norway  -"}},
		{"negotiated-directly-with",
			"Finance Minister Tomas Riedel negotiated directly with Trade Minister Lena Holt last week.",
			[]string{"TALKS OCCURRED Lena Holt+Tomas Riedel 2025-03 -"}},
		{"agreed-to-negotiate",
			"Kenya agreed to negotiate with Norway next week.",
			[]string{"TALKS PLANNED Kenya+Norway 2025-03 -"}},
		{"willing-to-negotiate",
			"Kenya is willing to negotiate with Norway.", nil},
		{"will-not-negotiate",
			"Kenya will not negotiate with Norway until the boats are freed.", nil},
		{"deal-negotiated-with",
			"The accord negotiated with Norway will save money, Kenyan officials said.", nil},
	})
}

// TestMeetingRecallBodySaidIt pins a body that says "it" met or is
// negotiating with someone: the body is the agent. A person's "it" and
// a refusal give none. The sentences are our own.
func TestMeetingRecallBodySaidIt(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 10), []meetingCase{
		{"said-it-met-with",
			"Deutsche Bank said it met with officials of Citibank on Monday.",
			[]string{"MEETING OCCURRED Citibank+Deutsche Bank 2025-03-10 -"}},
		{"said-that-it-is-negotiating",
			"Deutsche Bank said that it is negotiating with Citibank.",
			[]string{"TALKS OCCURRED Citibank+Deutsche Bank  -"}},
		{"person-said-it",
			"Tomas Riedel said it met with Citibank.", nil},
		{"said-it-would-not-meet",
			"Deutsche Bank said it would not meet Citibank.", nil},
	})
}

// TestMeetingRecallTravelPurpose pins a body's meeting that is the
// purpose of a journey or a stay ("flew to X for the Y meeting", "will
// be in X for the annual meeting of Y"), a body's acronym in brackets
// before the noun, and a meeting "organised by" a body. A meeting only
// hoped for or spoken of places no one. The sentences are our own.
func TestMeetingRecallTravelPurpose(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 10), []meetingCase{
		{"be-in-city-for-meeting-of",
			"Central bank governor Tomas Riedel will be in Osaka on April 22 for the plenary meeting of the Nordic Investment Bank.",
			[]string{"MEETING PLANNED Nordic Investment Bank+Tomas Riedel 2025-04-22 Osaka"}},
		{"was-in-city-for-body-meeting",
			"Oil executive Tomas Riedel was in Houston for the National Petroleum Refiners Association meeting.",
			[]string{"MEETING OCCURRED National Petroleum Refiners Association+Tomas Riedel  Houston"}},
		{"acronym-in-brackets",
			"Finance Minister Tomas Riedel attended the International Monetary Fund (IMF) meeting.",
			[]string{"MEETING OCCURRED International Monetary Fund+Tomas Riedel  -"}},
		{"went-for-meeting-convened-by",
			"Trade Minister Tomas Riedel went to Mombasa for a meeting convened by the World Bank.",
			[]string{"MEETING OCCURRED Tomas Riedel+World Bank  -"}},
		{"hopes-for-meeting",
			"Finance Minister Tomas Riedel said he had high hopes for the International Monetary Fund meeting.", nil},
		{"outlook-for-meeting",
			"Analysts said the outlook for the OPEC meeting was poor, according to Tomas Riedel.", nil},
	})
}

// TestMeetingRecallConjunctionAfterUS pins Reuters' capitalised "And"
// after "U.S." as a conjunction, not a sentence start, and a date told
// before the "that" of a verb of speech as the saying's, not the
// encounter's. The sentences are our own.
func TestMeetingRecallConjunctionAfterUS(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 10), []meetingCase{
		{"talks-between-us-and",
			"Fishing talks between the U.S. And Norway ended without a deal, an Oslo newspaper reported.",
			[]string{"TALKS OCCURRED Norway+United States  -"}},
		{"officials-us-and-met",
			"U.S. And Norwegian officials met in Oslo last week to discuss fishing quotas.",
			[]string{"MEETING OCCURRED Norway+United States 2025-03 Oslo"}},
		{"said-today-that-talks-later",
			"Trade Minister Carl Diaz told a weekly in an interview today that talks with Norwegian Foreign Minister Ola Berg on March 17 would be hard.",
			[]string{"TALKS PLANNED Carl Diaz+Ola Berg 2025-03-17 -"}},
		// a date before the trigger with no verb of speech and "that"
		// between them is the encounter's own
		{"date-before-no-speech",
			"On Friday Trade Minister Carl Diaz held talks with Norwegian Foreign Minister Ola Berg.",
			[]string{"TALKS OCCURRED Carl Diaz+Ola Berg 2025-03-07 -"}},
	})
}

// TestMeetingRecallTheyPair pins "they" as the subject of a verb of
// meeting read as the two people the sentence coordinates before it.
// The sentences are our own.
func TestMeetingRecallTheyPair(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 10), []meetingCase{
		{"when-they-meet",
			"Analyst Pia Holm said Kenyan President Carl Diaz and Norwegian Prime Minister Ola Berg will sign the fishing accord when they meet in Oslo on Friday.",
			[]string{"MEETING PLANNED Carl Diaz+Ola Berg 2025-03-14 Oslo"}},
		{"when-they-met",
			"The loan followed an accord reached between Kenyan President Carl Diaz and Norwegian Prime Minister Ola Berg when they met in Oslo last year.",
			[]string{"MEETING OCCURRED Carl Diaz+Ola Berg 2024 Oslo"}},
		// "they" meeting someone else, or people not coordinated: no
		// meeting between the two
		{"they-meet-others",
			"Kenyan President Carl Diaz and Norwegian Prime Minister Ola Berg said they would meet bankers on Friday.", nil},
		{"not-coordinated",
			"Kenyan President Carl Diaz told Norwegian Prime Minister Ola Berg that bankers were worried before they met on Friday.", nil},
	})
}

// TestMeetingRecallMission pins a named body's mission, team or
// delegation as the visitor of a country: the body stands for its
// unnamed staff (GUIDELINES §7). The sentences are our own.
func TestMeetingRecallMission(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 10), []meetingCase{
		{"mission-will-visit",
			"Kenya has asked for a new loan. A World Bank mission will visit Kenya on Thursday to review the request.",
			[]string{"VISIT PLANNED Kenya+World Bank 2025-03-13 Kenya"}},
		{"said-team-would-visit",
			"Kenya has asked for a new loan. A ministry spokesman said a World Bank team would visit Kenya shortly.",
			[]string{"VISIT PLANNED Kenya+World Bank  Kenya"}},
		{"mission-arrived",
			"Kenya has asked for a new loan. The World Bank mission arrived in Kenya on Friday.",
			[]string{"VISIT OCCURRED Kenya+World Bank 2025-03-07 Kenya"}},
		// a country's delegation, a plural of repeated visits, a member
		// of the team: left to the other readings
		{"country-delegation",
			"A Kenyan delegation will visit Norway on Thursday.", nil},
		{"plural-teams",
			"Kenya has asked for a new loan. World Bank teams have visited Kenya on three occasions.", nil},
		{"member-of-team",
			"Kenya has asked for a new loan. A member of the World Bank team will visit Kenya on Thursday.", nil},
	})
}
