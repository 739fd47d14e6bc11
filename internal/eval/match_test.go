package eval

import (
	"math"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// miniText is a tiny article we wrote for these tests.
const miniText = "Anna Berg met Carl Diaz in Oslo on Monday.\n\n" +
	"\"We agreed on fish quotas,\" Ms. Berg said. \"The rest can wait.\"\n\n" +
	"The Ministry of Fish said prices would rise. Minister Carl Diaz of Norway was there.\n\n" +
	"Eva Lund, a Ministry of Fish spokeswoman, said Berg will visit Sweden in June."

// at returns the span of the n-th (0-based) occurrence of sub in text.
func at(t *testing.T, text, sub string, n int) Span {
	t.Helper()
	from := 0
	for i := 0; ; i++ {
		k := strings.Index(text[from:], sub)
		if k < 0 {
			t.Fatalf("%q not in text", sub)
		}
		if i == n {
			s := from + k
			return Span{Start: s, End: s + len(sub), SHA: spanHash(sub)}
		}
		from += k + 1
	}
}

func miniGold(t *testing.T) *GoldArticle {
	t.Helper()
	tx := miniText
	s1 := at(t, tx, "Anna Berg met Carl Diaz in Oslo on Monday.", 0)
	s2 := at(t, tx, `"We agreed on fish quotas," Ms. Berg said.`, 0)
	s3 := at(t, tx, "The Ministry of Fish said prices would rise.", 0)
	s4 := at(t, tx, "Minister Carl Diaz of Norway was there.", 0)
	s5 := at(t, tx, "Eva Lund, a Ministry of Fish spokeswoman, said Berg will visit Sweden in June.", 0)
	g := &GoldArticle{
		ID: "mini", Source: "test", File: "corpus/mini.jsonl", Split: SplitDev,
		ReferenceDate: kg.DateDay(2024, 5, 15),
		Persons: []GoldPerson{
			{Name: "Anna Berg", Aliases: []string{"Ms. Berg", "Berg"}},
			{Name: "Carl Diaz"},
			{Name: "Eva Lund"},
		},
		Countries:     []GoldCountry{{ISO: "NO", Name: "Norway"}, {ISO: "SE", Name: "Sweden"}},
		Organizations: []GoldOrg{{Name: "Ministry of Fish"}},
		Roles: []GoldRole{
			{Person: "person:carl-diaz", Title: "Minister", Of: "country:NO", Evidence: s4},
			{Person: "person:eva-lund", Title: "spokesman", Of: "org:ministry-of-fish", Evidence: s5},
		},
		Meetings: []GoldMeeting{
			{Kind: kg.MeetingMeeting, Status: kg.StatusOccurred, Participants: []string{"person:anna-berg", "person:carl-diaz"}, Date: kg.DateDay(2024, 5, 13), Place: ptr("Oslo"), Evidence: s1},
			{Kind: kg.MeetingVisit, Status: kg.StatusPlanned, Participants: []string{"person:anna-berg", "country:SE"}, Date: kg.DateMonth(2024, 6), Evidence: s5},
		},
		Statements: []GoldStatement{
			{Speaker: "person:anna-berg", Date: kg.DateDay(2024, 5, 15), Evidence: s2,
				Quote: []Span{at(t, tx, "We agreed on fish quotas,", 0), at(t, tx, "The rest can wait.", 0)}},
			{Speaker: "org:ministry-of-fish", Date: kg.DateDay(2024, 5, 15), Evidence: s3},
			{Speaker: "person:eva-lund", Date: kg.DateDay(2024, 5, 15), Evidence: s5, Optional: true},
		},
	}
	if err := g.index(); err != nil {
		t.Fatal(err)
	}
	return g
}

func ptr(s string) *string { return &s }

func ev(t *testing.T, sentence string) []kg.Evidence {
	t.Helper()
	s := at(t, miniText, sentence, 0)
	return []kg.Evidence{{ArticleID: "mini", Sentence: sentence, Start: s.Start, End: s.End}}
}

func person(name string, aliases ...string) kg.Actor {
	return kg.Actor{ID: kg.PersonID(name), Kind: kg.KindPerson, Name: name, Aliases: aliases}
}

// perfectFacts is what a flawless extractor returns for miniText.
func perfectFacts(t *testing.T) *kg.ArticleFacts {
	return &kg.ArticleFacts{
		Actors: []kg.Actor{
			person("Anna Berg", "Berg", "Ms. Berg"), person("Carl Diaz"), person("Eva Lund"),
			{ID: "country:NO", Kind: kg.KindCountry, Name: "Norway", ISO: "NO"},
			{ID: "country:SE", Kind: kg.KindCountry, Name: "Sweden", ISO: "SE"},
			{ID: "org:ministry-of-fish", Kind: kg.KindOrganization, Name: "Ministry of Fish"},
		},
		Places: []kg.Place{{ID: "place:oslo", Name: "Oslo", CountryID: "country:NO"}},
		Roles: []kg.Role{
			{PersonID: "person:carl-diaz", Title: "Minister", OfID: "country:NO", Evidence: ev(t, "Minister Carl Diaz of Norway was there.")},
			{PersonID: "person:eva-lund", Title: "spokeswoman", OfID: "org:ministry-of-fish"},
		},
		Meetings: []kg.Meeting{
			{Kind: kg.MeetingMeeting, Status: kg.StatusOccurred, Date: kg.DateDay(2024, 5, 13), PlaceID: "place:oslo",
				Participants: []kg.Participant{{ActorID: "person:anna-berg"}, {ActorID: "person:carl-diaz"}},
				Evidence:     ev(t, "Anna Berg met Carl Diaz in Oslo on Monday.")},
			{Kind: kg.MeetingVisit, Status: kg.StatusPlanned, Date: kg.DateMonth(2024, 6),
				Participants: []kg.Participant{{ActorID: "person:anna-berg", Role: "visitor"}, {ActorID: "country:SE", Role: "host"}},
				Evidence:     ev(t, "Eva Lund, a Ministry of Fish spokeswoman, said Berg will visit Sweden in June.")},
		},
		Statements: []kg.Statement{
			{SpeakerID: "person:anna-berg", Quote: "We agreed on fish quotas, The rest can wait.", Text: "We agreed on fish quotas.", Date: kg.DateDay(2024, 5, 15),
				Evidence: ev(t, `"We agreed on fish quotas," Ms. Berg said.`)},
			{SpeakerID: "org:ministry-of-fish", Text: "prices would rise", Date: kg.DateDay(2024, 5, 15),
				Evidence: ev(t, "The Ministry of Fish said prices would rise.")},
		},
	}
}

func doc() kg.Document {
	return kg.Document{Article: kg.Article{ID: "mini"}, Text: miniText}
}

type prf struct{ P, R, F1 float64 }

func scores(c *Counts) prf { return prf{c.Precision(), c.Recall(), c.F1()} }

func approx(a, b prf) bool {
	const eps = 1e-9
	return math.Abs(a.P-b.P) < eps && math.Abs(a.R-b.R) < eps && math.Abs(a.F1-b.F1) < eps
}

func TestScoreArticle(t *testing.T) {
	one := prf{1, 1, 1}
	zero := prf{0, 0, 0}
	tests := []struct {
		name   string
		facts  func(t *testing.T) *kg.ArticleFacts
		counts map[FactType]Counts
		prf    map[FactType]prf
	}{
		{
			name:  "perfect",
			facts: perfectFacts,
			counts: map[FactType]Counts{
				Persons: {Gold: 3, Found: 3, TP: 3}, Countries: {Gold: 2, Found: 2, TP: 2},
				Organizations: {Gold: 1, Found: 1, TP: 1}, Roles: {Gold: 2, Found: 2, TP: 2},
				Meetings: {Gold: 2, Found: 2, TP: 2}, Statements: {Gold: 2, Found: 2, TP: 2},
			},
			prf: map[FactType]prf{Persons: one, Countries: one, Organizations: one, Roles: one, Meetings: one, Statements: one, MeetingsLoose: one},
		},
		{
			name:  "nothing found",
			facts: func(*testing.T) *kg.ArticleFacts { return &kg.ArticleFacts{} },
			counts: map[FactType]Counts{
				Persons: {Gold: 3, FN: 3}, Meetings: {Gold: 2, FN: 2}, Statements: {Gold: 2, FN: 2},
			},
			prf: map[FactType]prf{Persons: zero, Meetings: zero, Statements: zero},
		},
		{
			// a duplicate node for Berg and a stranger: P 1/3, R 1/3, F1 1/3
			name: "persons with a duplicate and a false hit",
			facts: func(t *testing.T) *kg.ArticleFacts {
				f := perfectFacts(t)
				f.Actors = []kg.Actor{person("Anna Berg"), person("Mr. Berg"), person("Oslo Times")}
				return f
			},
			counts: map[FactType]Counts{Persons: {Gold: 3, Found: 3, TP: 1, FP: 2, FN: 2}},
			prf:    map[FactType]prf{Persons: {1.0 / 3, 1.0 / 3, 1.0 / 3}},
		},
		{
			// Eva Lund's optional statement is found: neither hit nor false hit
			name: "optional gold is not counted",
			facts: func(t *testing.T) *kg.ArticleFacts {
				f := perfectFacts(t)
				f.Statements = append(f.Statements, kg.Statement{SpeakerID: "person:eva-lund", Text: "Berg will visit Sweden",
					Evidence: ev(t, "Eva Lund, a Ministry of Fish spokeswoman, said Berg will visit Sweden in June.")})
				return f
			},
			counts: map[FactType]Counts{Statements: {Gold: 2, Found: 2, TP: 2}},
			prf:    map[FactType]prf{Statements: one},
		},
		{
			// a planned meeting reported as occurred: a miss and a false hit;
			// the loose diagnostic still pairs them
			name: "meeting status must match",
			facts: func(t *testing.T) *kg.ArticleFacts {
				f := perfectFacts(t)
				f.Meetings[1].Status = kg.StatusOccurred
				return f
			},
			counts: map[FactType]Counts{Meetings: {Gold: 2, Found: 2, TP: 1, FP: 1, FN: 1}, MeetingsLoose: {Gold: 2, Found: 2, TP: 2}},
			prf:    map[FactType]prf{Meetings: {0.5, 0.5, 0.5}, MeetingsLoose: one},
		},
		{
			// meetings are kind-insensitive; a second report of the same
			// meeting is a false hit
			name: "meeting kind ignored, duplicate counted",
			facts: func(t *testing.T) *kg.ArticleFacts {
				f := perfectFacts(t)
				f.Meetings[0].Kind = kg.MeetingTalks
				dup := f.Meetings[0]
				dup.Date = kg.PartialDate{}
				f.Meetings = append(f.Meetings, dup)
				return f
			},
			counts: map[FactType]Counts{Meetings: {Gold: 2, Found: 3, TP: 2, FP: 1}},
			prf:    map[FactType]prf{Meetings: {2.0 / 3, 1, 0.8}},
		},
		{
			// a quote split in two statements: one match and one fragment
			// (not counted); a statement by the wrong speaker is false
			name: "statement fragments and wrong speaker",
			facts: func(t *testing.T) *kg.ArticleFacts {
				f := perfectFacts(t)
				f.Statements = []kg.Statement{
					{SpeakerID: "person:anna-berg", Quote: "We agreed on fish quotas,", Evidence: ev(t, `"We agreed on fish quotas," Ms. Berg said.`)},
					{SpeakerID: "person:anna-berg", Quote: "The rest can wait."},
					{SpeakerID: "person:carl-diaz", Text: "prices would rise", Evidence: ev(t, "The Ministry of Fish said prices would rise.")},
				}
				return f
			},
			counts: map[FactType]Counts{Statements: {Gold: 2, Found: 2, TP: 1, FP: 1, FN: 1}},
			prf:    map[FactType]prf{Statements: {0.5, 0.5, 0.5}},
		},
		{
			// titles: case, synonyms and the holder's name in front; the of
			// must match
			name: "role titles",
			facts: func(t *testing.T) *kg.ArticleFacts {
				f := perfectFacts(t)
				f.Roles = []kg.Role{
					{PersonID: "person:carl-diaz", Title: "Norway minister", OfID: "country:NO"},
					{PersonID: "person:eva-lund", Title: "Ministry of Fish spokesperson", OfID: "org:ministry-of-fish"},
					{PersonID: "person:anna-berg", Title: "Minister", OfID: "country:NO"},
				}
				return f
			},
			counts: map[FactType]Counts{Roles: {Gold: 2, Found: 3, TP: 2, FP: 1}},
			prf:    map[FactType]prf{Roles: {2.0 / 3, 1, 0.8}},
		},
		{
			// actors referred to by name variants resolve to the gold actor
			name: "aliases and honorifics resolve",
			facts: func(t *testing.T) *kg.ArticleFacts {
				f := perfectFacts(t)
				f.Actors[0] = kg.Actor{ID: "person:ms-berg", Kind: kg.KindPerson, Name: "Ms. Berg"}
				for i := range f.Meetings {
					f.Meetings[i].Participants[0].ActorID = "person:ms-berg"
				}
				f.Statements[0].SpeakerID = "person:ms-berg"
				return f
			},
			counts: map[FactType]Counts{Persons: {Gold: 3, Found: 3, TP: 3}, Meetings: {Gold: 2, Found: 2, TP: 2}, Statements: {Gold: 2, Found: 2, TP: 2}},
			prf:    map[FactType]prf{Persons: one, Meetings: one, Statements: one},
		},
		{
			name: "wrong country",
			facts: func(t *testing.T) *kg.ArticleFacts {
				f := perfectFacts(t)
				f.Actors[3] = kg.Actor{ID: "country:DK", Kind: kg.KindCountry, Name: "Denmark", ISO: "DK"}
				return f
			},
			counts: map[FactType]Counts{Countries: {Gold: 2, Found: 2, TP: 1, FP: 1, FN: 1}},
			prf:    map[FactType]prf{Countries: {0.5, 0.5, 0.5}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := scoreArticle(miniGold(t), miniText, doc(), tc.facts(t))
			for ft, want := range tc.counts {
				if diff := cmp.Diff(want, *res.Counts[ft]); diff != "" {
					t.Errorf("%s counts (-want +got):\n%s\nfindings: %+v", ft, diff, res.Findings)
				}
			}
			for ft, want := range tc.prf {
				if got := scores(res.Counts[ft]); !approx(got, want) {
					t.Errorf("%s P/R/F1 = %+v, want %+v", ft, got, want)
				}
			}
		})
	}
}

// TestMeetingNearMisses: a found meeting that shares two parties with an
// unmatched gold meeting is told apart by why the strict match failed.
func TestMeetingNearMisses(t *testing.T) {
	part := func(ids ...string) []kg.Participant {
		var ps []kg.Participant
		for _, id := range ids {
			ps = append(ps, kg.Participant{ActorID: id})
		}
		return ps
	}
	tests := []struct {
		name   string
		change func(m *kg.Meeting)
		want   NearMissTally
	}{
		{"matched is no near miss", func(*kg.Meeting) {}, NearMissTally{}},
		{"status only", func(m *kg.Meeting) { m.Status = kg.StatusPlanned }, NearMissTally{Status: 1, AsPlanned: 1}},
		{"an extra party", func(m *kg.Meeting) {
			m.Participants = part("person:anna-berg", "person:carl-diaz", "person:eva-lund")
		}, NearMissTally{Extra: 1}},
		{"an extra party and the status", func(m *kg.Meeting) {
			m.Participants = part("person:anna-berg", "person:carl-diaz", "country:NO")
			m.Status = kg.StatusPlanned
		}, NearMissTally{Extra: 1, StatusToo: 1}},
		// two in common is the loose floor: one in common pairs nothing
		{"one party in common is no pair", func(m *kg.Meeting) {
			m.Participants = part("person:anna-berg", "person:eva-lund")
		}, NearMissTally{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := perfectFacts(t)
			tc.change(&f.Meetings[0])
			res := scoreArticle(miniGold(t), miniText, doc(), f)
			if diff := cmp.Diff(tc.want, res.MeetingNear); diff != "" {
				t.Errorf("near misses (-want +got):\n%s", diff)
			}
		})
	}
	// a gold meeting of three found with two of them: a missing party
	g := miniGold(t)
	g.Meetings[0].Participants = append(g.Meetings[0].Participants, "person:eva-lund")
	res := scoreArticle(g, miniText, doc(), perfectFacts(t))
	if diff := cmp.Diff(NearMissTally{Missing: 1}, res.MeetingNear); diff != "" {
		t.Errorf("missing party (-want +got):\n%s", diff)
	}
}

func TestDateAndPlaceTallies(t *testing.T) {
	f := perfectFacts(t)
	f.Meetings[0].Date = kg.DateMonth(2024, 5) // coarser but right
	f.Meetings[0].PlaceID = "place:bergen"
	f.Meetings[1].Date = kg.DateDay(2024, 6, 3) // finer than the text allows
	f.Statements[0].Date = kg.PartialDate{}
	res := scoreArticle(miniGold(t), miniText, doc(), f)
	if diff := cmp.Diff(DateTally{Coarser: 1, Finer: 1}, res.MeetingDates); diff != "" {
		t.Errorf("meeting dates (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(DateTally{Exact: 1, Missing: 1}, res.StatementDates); diff != "" {
		t.Errorf("statement dates (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(PlaceTally{Wrong: 1}, res.MeetingPlaces); diff != "" {
		t.Errorf("places (-want +got):\n%s", diff)
	}
}

func TestCompareDates(t *testing.T) {
	d := kg.DateDay
	tests := []struct {
		gold, got kg.PartialDate
		want      string
	}{
		{d(2024, 5, 16), d(2024, 5, 16), "exact"},
		{kg.PartialDate{}, kg.PartialDate{}, "exact"},
		{d(2024, 5, 16), kg.DateMonth(2024, 5), "coarser"},
		{d(2024, 5, 16), kg.DateYear(2024), "coarser"},
		{kg.DateMonth(2024, 5), d(2024, 5, 3), "finer"},
		{d(2024, 5, 16), d(2024, 5, 15), "wrong"},
		{d(2024, 5, 16), kg.DateMonth(2024, 4), "wrong"},
		{d(2024, 5, 16), kg.PartialDate{}, "missing"},
		{kg.PartialDate{}, d(2024, 5, 16), "spurious"},
	}
	for _, tc := range tests {
		if got := compareDates(tc.gold, tc.got); got != tc.want {
			t.Errorf("compareDates(%s, %s) = %s, want %s", tc.gold, tc.got, got, tc.want)
		}
	}
}

// The loader may clean the text: gold spans and extracted evidence are then
// found by their words, not raw offsets.
func TestScoreAgainstCleanedText(t *testing.T) {
	cleaned := strings.ReplaceAll(miniText, "\n\n", "\n\n  ")
	cleaned = strings.ReplaceAll(cleaned, "fish quotas", "fish  quotas")
	f := perfectFacts(t)
	for i := range f.Statements {
		// the extractor's offsets are into the cleaned text; drop them to
		// force the search by sentence
		f.Statements[i].Evidence[0].Start, f.Statements[i].Evidence[0].End = -1, -1
		f.Statements[i].Evidence[0].Sentence = strings.ReplaceAll(f.Statements[i].Evidence[0].Sentence, "fish quotas", "fish  quotas")
		f.Statements[i].Quote = strings.ReplaceAll(f.Statements[i].Quote, "fish quotas", "fish  quotas")
	}
	d := kg.Document{Article: kg.Article{ID: "mini"}, Text: cleaned}
	res := scoreArticle(miniGold(t), miniText, d, f)
	if got := *res.Counts[Statements]; got != (Counts{Gold: 2, Found: 2, TP: 2}) {
		t.Errorf("statements on cleaned text: %+v, findings %+v", got, res.Findings)
	}
}

func TestNameAndTitleKeys(t *testing.T) {
	for _, tc := range [][2]string{
		{"Mr. Putin", "putin"}, {"Putin's", "putin"}, {"Łukasz Szumowski", "lukasz-szumowski"},
		{"The Epoch Times", "epoch-times"}, {"Gen Musharraf", "musharraf"}, {"Sir", "sir"},
	} {
		if got := nameKey(tc[0]); got != tc[1] {
			t.Errorf("nameKey(%q) = %q, want %q", tc[0], got, tc[1])
		}
	}
	for _, tc := range [][2]string{
		{"Spokesperson", "spokesman"}, {"the Prime Minister", "prime minister"}, {"Premier", "prime minister"},
		{"U.S. Secretary of State", "us secretary of state"},
	} {
		if got := titleKey(tc[0]); got != tc[1] {
			t.Errorf("titleKey(%q) = %q, want %q", tc[0], got, tc[1])
		}
	}
}

func TestSentenceAround(t *testing.T) {
	text := "First one. The U.S. Treasury met Mr. Baker today. Last one."
	if got := sentenceAround(text, strings.Index(text, "Treasury")); got != "The U.S. Treasury met Mr. Baker today." {
		t.Errorf("got %q", got)
	}
}

// Whatever the extractor returns, scoring must not panic: odd offsets,
// empty names, ids without a prefix, unknown participants.
func TestScoreOddFacts(t *testing.T) {
	odd := &kg.ArticleFacts{
		Actors: []kg.Actor{{ID: "", Kind: kg.KindPerson}, {ID: "nonsense", Kind: "ALIEN", Name: "É"}, {ID: "country:", Kind: kg.KindCountry}},
		Roles:  []kg.Role{{PersonID: "person:", Title: ""}, {PersonID: "x", OfID: "y", Evidence: []kg.Evidence{{Start: 9999, End: -3}}}},
		Meetings: []kg.Meeting{
			{Participants: nil, Evidence: []kg.Evidence{{Sentence: "not in the text", Start: -1, End: 5}}},
			{Status: kg.StatusOccurred, Participants: []kg.Participant{{ActorID: "person:anna-berg"}, {ActorID: "?"}}, Evidence: []kg.Evidence{{Start: 40, End: 10}}},
		},
		Statements: []kg.Statement{{SpeakerID: "person:anna-berg", Quote: "\x00\xff", Evidence: []kg.Evidence{{Sentence: " ", Start: len(miniText), End: len(miniText) + 9}}}},
	}
	for _, d := range []kg.Document{doc(), {Text: ""}, {Text: "\xff\xfe broken"}} {
		res := scoreArticle(miniGold(t), miniText, d, odd)
		if res.Counts[Persons].Gold != 3 {
			t.Errorf("gold persons %d", res.Counts[Persons].Gold)
		}
	}
	if res := scoreArticle(miniGold(t), miniText, doc(), nil); res.Counts[Statements].FN != 2 {
		t.Errorf("nil facts: %+v", res.Counts[Statements])
	}
}
