package storetest

import (
	"github.com/actorgraph/actorgraph/internal/kg"
)

// The fixtures are four small articles we wrote for the suite (no text from
// any real news). Their graph, after loading all four:
//
//	Anna Berg  --met (M1 2024-05-16, M4 2023-11-01)--  Carl Dahl
//	Anna Berg  --met (M3 2023-11-02, talks)----------  Eva Berg
//	Carl Dahl  --met (M2 2024-05, call)--------------  Eva Berg
//	Anna Berg  --said about (S3, no date)------------> Carl Dahl
//	Eva Berg   --said about (S2, 2024)---------------> Anna Berg
//	Carl Dahl  --said about (S1 2024-05-16)----------> Norway
//	Anna Berg  --role Prime Minister (R1)------------> Norway
//	Carl Dahl  --role Foreign Minister (R2)----------> Sweden
//	Frank Lind --role Chair (R3)---------------------> North Council
//	Anna Berg, Frank Lind: planned summit MP (2024-06): no link, no encounter
//	Gus Holm, Dahl Foundation: mentioned only
//
// M1 is reported by a1 and a2 (one meeting, two pieces of evidence; a1
// gives its place, a2 none). "Berg" is an alias of Anna and of Eva;
// "Carl Dahl" is Carl's name and an alias of the Dahl Foundation.

// Actor ids of the fixtures.
var (
	Anna       = kg.PersonID("Anna Berg")
	Carl       = kg.PersonID("Carl Dahl")
	Eva        = kg.PersonID("Eva Berg")
	Frank      = kg.PersonID("Frank Lind")
	Gus        = kg.PersonID("Gus Holm")
	Norway     = kg.CountryID("NO")
	Sweden     = kg.CountryID("SE")
	Council    = kg.OrgID("North Council")
	Foundation = kg.OrgID("Dahl Foundation")
	Oslo       = kg.PlaceID("Oslo")

	allActors = []string{Anna, Carl, Eva, Frank, Gus, Norway, Sweden, Council, Foundation}
)

// Fact ids of the fixtures.
var (
	M1 = kg.MeetingID(kg.StatusOccurred, kg.DateDay(2024, 5, 16), []string{Anna, Carl}, "a1")
	MP = kg.MeetingID(kg.StatusPlanned, kg.DateMonth(2024, 6), []string{Anna, Frank}, "a1")
	M2 = kg.MeetingID(kg.StatusOccurred, kg.DateMonth(2024, 5), []string{Carl, Eva}, "a2")
	M3 = kg.MeetingID(kg.StatusOccurred, kg.DateDay(2023, 11, 2), []string{Anna, Eva}, "a3")
	M4 = kg.MeetingID(kg.StatusOccurred, kg.DateDay(2023, 11, 1), []string{Anna, Carl}, "a3")
	M5 = kg.MeetingID(kg.StatusOccurred, kg.DateDay(2024, 5, 17), []string{Carl, Sweden}, "a2")

	S1 = kg.StatementID(Carl, "Norway is a close friend", "Dahl said Norway is a close friend.")
	S2 = kg.StatementID(Eva, "", "Eva Berg said the prime minister had her support.")
	S3 = kg.StatementID(Anna, "", "Berg said Dahl was a reliable partner.")

	R1 = kg.RoleID(Anna, "Prime Minister", Norway)
	R2 = kg.RoleID(Carl, "Foreign Minister", Sweden)
	R3 = kg.RoleID(Frank, "Chair", Council)
)

func ev(article string, start, end int, sentence string) []kg.Evidence {
	return []kg.Evidence{{ArticleID: article, Start: start, End: end, Sentence: sentence, Rule: "fixture"}}
}

func person(name string, aliases ...string) kg.Actor {
	return kg.Actor{ID: kg.PersonID(name), Kind: kg.KindPerson, Name: name, Aliases: aliases}
}

func country(iso, name string, aliases ...string) kg.Actor {
	return kg.Actor{ID: kg.CountryID(iso), Kind: kg.KindCountry, Name: name, Aliases: aliases, ISO: iso}
}

func org(name, kind string, aliases ...string) kg.Actor {
	return kg.Actor{ID: kg.OrgID(name), Kind: kg.KindOrganization, Name: name, Aliases: aliases, OrgKind: kind}
}

// Sentences of the fixtures (ours).
const (
	sentM1a = "Anna Berg received Carl Dahl in Oslo on Thursday."
	sentMP  = "Berg and Lind plan to hold a summit in June."
	sentS1  = "\"Norway is a close friend,\" Dahl said."
	sentR1  = "Prime Minister Anna Berg opened the talks."
	sentM1b = "Dahl met Berg in Oslo on Thursday, the ministry said."
	sentM2  = "Dahl spoke to Eva Berg by phone earlier in May."
	sentS2  = "Eva Berg said the prime minister had her support."
	sentR2  = "Foreign Minister Carl Dahl travelled on to Oslo."
	sentM3  = "Anna Berg held talks with Eva Berg on Thursday."
	sentM4  = "A day earlier Berg had met Dahl in Norway."
	sentS3  = "Berg said Dahl was a reliable partner."
	sentR3  = "Frank Lind, who chairs the North Council, spoke briefly."
	sentM5  = "Dahl held talks in Stockholm with Swedish officials on Friday."
	sentR2b = "Sweden's foreign minister, Carl Dahl, left for Stockholm."
)

// A1 .. A4 return fresh copies of the fixture articles (tests may modify
// what they get).
func A1() *kg.ArticleFacts {
	return &kg.ArticleFacts{
		Article: kg.Article{ID: "a1", Title: "Berg receives Dahl in Oslo", URL: "https://example.org/a1", Source: "fixture", Published: kg.DateDay(2024, 5, 16), ContentHash: "h1"},
		Actors: []kg.Actor{
			person("Anna Berg", "Berg", "Ms Berg"),
			person("Carl Dahl", "Dahl"),
			person("Frank Lind", "Lind"),
			country("NO", "Norway"),
		},
		Mentions: []kg.Mention{{ActorID: Anna, Count: 5}, {ActorID: Carl, Count: 3}, {ActorID: Frank, Count: 1}, {ActorID: Norway, Count: 2}},
		Places:   []kg.Place{{ID: Oslo, Name: "Oslo", CountryID: Norway}},
		Meetings: []kg.Meeting{
			{ID: M1, Kind: kg.MeetingMeeting, Status: kg.StatusOccurred, Date: kg.DateDay(2024, 5, 16), PlaceID: Oslo,
				Participants: []kg.Participant{{ActorID: Carl}, {ActorID: Anna}}, Evidence: ev("a1", 0, 49, sentM1a)},
			{ID: MP, Kind: kg.MeetingSummit, Status: kg.StatusPlanned, Date: kg.DateMonth(2024, 6),
				Participants: []kg.Participant{{ActorID: Anna}, {ActorID: Frank}}, Evidence: ev("a1", 50, 94, sentMP)},
		},
		Statements: []kg.Statement{
			{ID: S1, SpeakerID: Carl, Quote: "Norway is a close friend", Text: "Dahl said Norway is a close friend.", Date: kg.DateDay(2024, 5, 16),
				AboutIDs: []string{Norway}, Evidence: ev("a1", 95, 133, sentS1)},
		},
		Roles: []kg.Role{
			{ID: R1, PersonID: Anna, Title: "Prime Minister", OfID: Norway, AsOf: kg.DateDay(2024, 5, 16), Evidence: ev("a1", 134, 176, sentR1)},
		},
	}
}

func A2() *kg.ArticleFacts {
	return &kg.ArticleFacts{
		Article: kg.Article{ID: "a2", Title: "Dahl and Berg agree on ferry link", Source: "fixture", Published: kg.DateDay(2024, 5, 17), ContentHash: "h2"},
		Actors: []kg.Actor{
			person("Anna Berg", "Anna B."),
			person("Carl Dahl", "Dahl", "Mr Dahl"),
			person("Eva Berg", "Berg"),
			country("SE", "Sweden"),
		},
		Mentions: []kg.Mention{{ActorID: Anna, Count: 2}, {ActorID: Carl, Count: 4}, {ActorID: Eva, Count: 3}, {ActorID: Sweden, Count: 1}},
		Meetings: []kg.Meeting{
			{ID: M1, Kind: kg.MeetingMeeting, Status: kg.StatusOccurred, Date: kg.DateDay(2024, 5, 16),
				Participants: []kg.Participant{{ActorID: Anna}, {ActorID: Carl}}, Evidence: ev("a2", 10, 63, sentM1b)},
			{ID: M2, Kind: kg.MeetingCall, Status: kg.StatusOccurred, Date: kg.DateMonth(2024, 5),
				Participants: []kg.Participant{{ActorID: Carl}, {ActorID: Eva}}, Evidence: ev("a2", 64, 111, sentM2)},
		},
		Statements: []kg.Statement{
			{ID: S2, SpeakerID: Eva, Text: "Eva Berg said the prime minister had her support.", Date: kg.DateYear(2024),
				AboutIDs: []string{Anna}, Evidence: ev("a2", 112, 161, sentS2)},
		},
		Roles: []kg.Role{
			{ID: R2, PersonID: Carl, Title: "Foreign Minister", OfID: Sweden, AsOf: kg.DateDay(2024, 5, 17), Evidence: ev("a2", 162, 210, sentR2)},
		},
	}
}

func A3() *kg.ArticleFacts {
	return &kg.ArticleFacts{
		Article: kg.Article{ID: "a3", Title: "Berg meets Nordic partners", Source: "fixture", Published: kg.DateDay(2023, 11, 3), ContentHash: "h3"},
		Actors: []kg.Actor{
			person("Anna Berg", "Berg"),
			person("Carl Dahl"),
			person("Eva Berg"),
			country("NO", "Norway"),
		},
		Mentions: []kg.Mention{{ActorID: Anna, Count: 4}, {ActorID: Carl, Count: 2}, {ActorID: Eva, Count: 2}, {ActorID: Norway, Count: 1}},
		Meetings: []kg.Meeting{
			{ID: M3, Kind: kg.MeetingTalks, Status: kg.StatusOccurred, Date: kg.DateDay(2023, 11, 2),
				Participants: []kg.Participant{{ActorID: Anna}, {ActorID: Eva}}, Evidence: ev("a3", 0, 48, sentM3)},
			{ID: M4, Kind: kg.MeetingMeeting, Status: kg.StatusOccurred, Date: kg.DateDay(2023, 11, 1), PlaceID: Norway,
				Participants: []kg.Participant{{ActorID: Anna}, {ActorID: Carl}}, Evidence: ev("a3", 49, 90, sentM4)},
		},
		Statements: []kg.Statement{
			{ID: S3, SpeakerID: Anna, Text: "Berg said Dahl was a reliable partner.",
				AboutIDs: []string{Carl}, Evidence: ev("a3", 91, 129, sentS3)},
		},
	}
}

func A4() *kg.ArticleFacts {
	return &kg.ArticleFacts{
		Article: kg.Article{ID: "a4", Title: "Council names a chair", Source: "fixture", Published: kg.DateDay(2024, 2, 10), ContentHash: "h4"},
		Actors: []kg.Actor{
			person("Frank Lind", "Lind"),
			person("Gus Holm"),
			org("North Council", "INTERNATIONAL", "the Council"),
			org("Dahl Foundation", "", "Carl Dahl"),
		},
		Mentions: []kg.Mention{{ActorID: Frank, Count: 2}, {ActorID: Gus, Count: 1}, {ActorID: Council, Count: 6}, {ActorID: Foundation, Count: 10}},
		Roles: []kg.Role{
			{ID: R3, PersonID: Frank, Title: "Chair", OfID: Council, AsOf: kg.DateMonth(2024, 2), Evidence: ev("a4", 0, 56, sentR3)},
		},
	}
}

// A2b is a new version of a2 (new content hash): M1 and M2, S2 and Eva are
// gone from it, M5 is new, R2 stays with other evidence, aliases differ.
func A2b() *kg.ArticleFacts {
	return &kg.ArticleFacts{
		Article: kg.Article{ID: "a2", Title: "Dahl in Stockholm", Source: "fixture", Published: kg.DateDay(2024, 5, 17), ContentHash: "h2b"},
		Actors: []kg.Actor{
			person("Carl Dahl", "Dahl"),
			country("SE", "Sweden", "Stockholm"),
		},
		Mentions: []kg.Mention{{ActorID: Carl, Count: 1}, {ActorID: Sweden, Count: 2}},
		Meetings: []kg.Meeting{
			{ID: M5, Kind: kg.MeetingTalks, Status: kg.StatusOccurred, Date: kg.DateDay(2024, 5, 17),
				Participants: []kg.Participant{{ActorID: Carl}, {ActorID: Sweden}}, Evidence: ev("a2", 0, 62, sentM5)},
		},
		Roles: []kg.Role{
			{ID: R2, PersonID: Carl, Title: "Foreign Minister", OfID: Sweden, AsOf: kg.DateDay(2024, 5, 17), Evidence: ev("a2", 63, 120, sentR2b)},
		},
	}
}

// Fixtures returns a1..a4 in load order.
func Fixtures() []*kg.ArticleFacts { return []*kg.ArticleFacts{A1(), A2(), A3(), A4()} }
