package claims

import (
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/internal/kg"
	"github.com/google/go-cmp/cmp"
)

func article() *kg.ArticleFacts {
	ev := func(start int) []kg.Evidence {
		return []kg.Evidence{{ArticleID: "a1", Sentence: "A sentence we wrote.", Start: start, End: start + 20}}
	}
	return &kg.ArticleFacts{
		Article: kg.Article{ID: "a1", ContentHash: "h1", Published: kg.DateDay(2024, 5, 16)},
		Actors: []kg.Actor{
			{ID: "person:anna-berg", Kind: kg.KindPerson, Name: "Anna Berg", Aliases: []string{"Berg"}},
			{ID: "person:anna-berg", Kind: kg.KindPerson, Name: "Berg"},
			{ID: "person:carl-dahl", Kind: kg.KindPerson, Name: "Carl Dahl"},
			{ID: "country:NO", Kind: kg.KindCountry, Name: "Norway", ISO: "NO"},
		},
		Mentions: []kg.Mention{{ActorID: "person:anna-berg", Count: 2}, {ActorID: "person:anna-berg", Count: 1}},
		Places:   []kg.Place{{ID: "place:oslo", Name: "Oslo", CountryID: "country:NO"}},
		Meetings: []kg.Meeting{
			{ID: "meeting:m1", Kind: kg.MeetingMeeting, Status: kg.StatusOccurred, Date: kg.DateDay(2024, 5, 16), PlaceID: "place:oslo",
				Participants: []kg.Participant{{ActorID: "person:carl-dahl"}, {ActorID: "person:anna-berg"}}, Evidence: ev(40)},
			{ID: "meeting:m1", Kind: kg.MeetingVisit, Status: kg.StatusOccurred, Date: kg.DateDay(2024, 5, 16),
				Participants: []kg.Participant{{ActorID: "person:anna-berg", Role: "host"}}, Evidence: ev(0)},
		},
		Statements: []kg.Statement{{ID: "statement:s1", SpeakerID: "person:carl-dahl", Text: "Dahl said so.",
			AboutIDs: []string{"country:NO", "country:NO"}, Evidence: ev(60)}},
		Roles: []kg.Role{{ID: "role:anna-berg:prime-minister:country:NO", PersonID: "person:anna-berg", Title: "Prime Minister",
			OfID: "country:NO", Evidence: ev(80)}},
	}
}

func TestPrepareJoinsWithinAnArticle(t *testing.T) {
	f := article()
	p, err := Prepare(f)
	if err != nil {
		t.Fatalf("Prepare: %v", err)
	}
	wantAnna := Actor{Actor: kg.Actor{ID: "person:anna-berg", Kind: kg.KindPerson, Name: "Anna Berg", Aliases: []string{"Berg"}}, Mentions: 3}
	if d := cmp.Diff(wantAnna, p.Actors["person:anna-berg"]); d != "" {
		t.Errorf("actor (-want +got):\n%s", d)
	}
	wantM := kg.Meeting{ID: "meeting:m1", Kind: kg.MeetingVisit, Status: kg.StatusOccurred, Date: kg.DateDay(2024, 5, 16), PlaceID: "place:oslo",
		Participants: []kg.Participant{{ActorID: "person:anna-berg", Role: "host"}, {ActorID: "person:carl-dahl"}}}
	if d := cmp.Diff(wantM, p.Meetings["meeting:m1"]); d != "" {
		t.Errorf("meeting (-want +got):\n%s", d)
	}
	if ev := p.Evidence["meeting:m1"]; len(ev) != 2 || ev[0].Start != 0 || ev[1].Start != 40 {
		t.Errorf("meeting evidence %+v, want both spans in order", ev)
	}
	if got := p.Statements["statement:s1"].AboutIDs; !cmp.Equal(got, []string{"country:NO"}) {
		t.Errorf("about %v, want one country:NO", got)
	}
	// The result shares no slices with the input.
	p.Actors["person:anna-berg"].Aliases[0] = "changed"
	if f.Actors[0].Aliases[0] != "Berg" {
		t.Errorf("Prepare aliased the input's aliases")
	}
}

func TestPrepareRefuses(t *testing.T) {
	for _, tc := range []struct {
		name, want string
		edit       func(f *kg.ArticleFacts)
	}{
		{"nil", "nil article facts", nil},
		{"no id", "article without an id", func(f *kg.ArticleFacts) { f.Article.ID = " " }},
		{"no hash", "no content hash", func(f *kg.ArticleFacts) { f.Article.ContentHash = "" }},
		{"bad date", "published date", func(f *kg.ArticleFacts) { f.Article.Published = kg.PartialDate{Year: 2024, Month: 13} }},
		{"bad utf-8", "invalid UTF-8", func(f *kg.ArticleFacts) { f.Article.Title = "\xff" }},
		{"kind", "id prefix and kind", func(f *kg.ArticleFacts) { f.Actors[2].Kind = kg.KindCountry }},
		{"unknown mention", "mention of", func(f *kg.ArticleFacts) { f.Mentions[0].ActorID = "person:nobody" }},
		{"negative mention", "negative count", func(f *kg.ArticleFacts) { f.Mentions[0].Count = -1 }},
		{"place id", "id must start with", func(f *kg.ArticleFacts) { f.Places[0].ID = "oslo" }},
		{"meeting place", "neither among", func(f *kg.ArticleFacts) { f.Meetings[0].PlaceID = "place:bergen" }},
		{"participant", "participant", func(f *kg.ArticleFacts) { f.Meetings[0].Participants[0].ActorID = "person:nobody" }},
		{"no participants", "no participants", func(f *kg.ArticleFacts) { f.Meetings[1].Participants = nil }},
		{"status", "invalid status", func(f *kg.ArticleFacts) { f.Meetings[0].Status = "MAYBE" }},
		{"no evidence", "has no evidence", func(f *kg.ArticleFacts) { f.Statements[0].Evidence = nil }},
		{"foreign evidence", "evidence from article", func(f *kg.ArticleFacts) { f.Roles[0].Evidence[0].ArticleID = "a2" }},
		{"offsets", "evidence offsets", func(f *kg.ArticleFacts) { f.Roles[0].Evidence[0].End = -1 }},
		{"speaker", "speaker", func(f *kg.ArticleFacts) { f.Statements[0].SpeakerID = "person:nobody" }},
		{"about", "about", func(f *kg.ArticleFacts) { f.Statements[0].AboutIDs = []string{"org:nobody"} }},
		{"role person", "is not a person", func(f *kg.ArticleFacts) { f.Roles[0].PersonID = "country:NO" }},
		{"role of", "is not among", func(f *kg.ArticleFacts) { f.Roles[0].OfID = "org:nobody" }},
		{"two speakers", "two speakers", func(f *kg.ArticleFacts) {
			s := f.Statements[0]
			s.SpeakerID = "person:anna-berg"
			f.Statements = append(f.Statements, s)
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var f *kg.ArticleFacts
			if tc.edit != nil {
				f = article()
				tc.edit(f)
			}
			_, err := Prepare(f)
			if kg.ErrorCode(err) != kg.CodeBadInput {
				t.Fatalf("Prepare = %v, want BAD_INPUT", err)
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %q does not say %q", err, tc.want)
			}
		})
	}
}
