package extract

import (
	"os"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/internal/kg"
	"github.com/actorgraph/actorgraph/internal/testcorpus"
)

// TestSeed checks the facts the project's first article must yield. The
// article is third-party text and is read from ../shared, never copied.
func TestSeed(t *testing.T) {
	b, err := os.ReadFile(testcorpus.Seed(t))
	if err != nil {
		t.Fatal(err)
	}
	doc := kg.Document{Article: kg.Article{ID: "seed"}, Text: string(b)}
	res := analyze(doc, Options{})
	checkInvariants(t, doc, res.Facts)
	rec := Render(res.Facts, WithReferenceDate(res.ReferenceDate))

	if got := rec.Article.ReferenceDate.String(); got != "2024-05-16" {
		t.Errorf("reference date %q, want 2024-05-16 (from the caption)", got)
	}
	actors := map[string]RecordActor{}
	for _, a := range rec.Actors {
		actors[a.Name] = a
	}
	for _, name := range []string{"Vladimir Putin", "Xi Jinping", "Antony Blinken", "Ursula von der Leyen", "Emmanuel Macron", "Vedant Patel", "Cheng Chin-mo", "Chung Chih-tung"} {
		if a, ok := actors[name]; !ok || a.Kind != kg.KindPerson {
			t.Errorf("person %q missing", name)
		}
	}
	for _, bad := range []string{"Read More", "Getty Images", "Leave a Reply", "Reaffirm", "Partnership", "Xi", "Putin", "Mikhail Metzel", "Biden"} {
		if a, ok := actors[bad]; ok && a.Kind == kg.KindPerson {
			t.Errorf("false person %q", bad)
		}
	}
	if a := actors["Getty Images"]; a.Kind != kg.KindOrganization {
		t.Errorf("Getty Images should be an organization, got %+v", a)
	}
	if a := actors["Vladimir Putin"]; !contains(a.Aliases, "Mr. Putin") || !contains(a.Aliases, "Putin") {
		t.Errorf("Putin aliases %q", a.Aliases)
	}
	if a := actors["Xi Jinping"]; !contains(a.Aliases, "Xi") {
		t.Errorf("Xi aliases %q", a.Aliases)
	}
	for _, c := range []string{"Russia", "China", "United States", "France", "Ukraine"} {
		if a, ok := actors[c]; !ok || a.Kind != kg.KindCountry {
			t.Errorf("country %q missing", c)
		}
	}

	type meeting struct{ kind, status, date, place, participants string }
	var meetings []meeting
	for _, m := range rec.Meetings {
		place := ""
		if m.Place != nil {
			place = *m.Place
		}
		meetings = append(meetings, meeting{string(m.Kind), string(m.Status), m.Date.String(), place, strings.Join(m.Participants, "+")})
	}
	for _, want := range []meeting{
		{"MEETING", "OCCURRED", "2024-05-16", "Beijing", "Vladimir Putin+Xi Jinping"},
		{"VISIT", "OCCURRED", "2024-04", "China", "Antony Blinken+China"},
		{"TALKS", "OCCURRED", "2024-05", "", "Ursula von der Leyen+Xi Jinping+Emmanuel Macron"},
	} {
		if !containsMeeting(meetings, want) {
			t.Errorf("meeting %+v not found in %+v", want, meetings)
		}
	}
	for _, m := range rec.Meetings {
		if m.Status == kg.StatusOccurred && len(m.Participants) < 2 {
			t.Errorf("meeting with one participant: %+v", m)
		}
	}

	speakers := map[string]int{}
	quoted := map[string]bool{}
	for _, s := range rec.Statements {
		speakers[s.Speaker]++
		if s.Quote != nil {
			quoted[s.Speaker] = true
		}
		if strings.Contains(s.Speaker, "Putin") && s.Quote != nil && strings.Contains(*s.Quote, "dependent on the CCP") {
			t.Errorf("Cheng's quote pinned on Putin: %+v", s)
		}
	}
	for _, sp := range []string{"Vladimir Putin", "Xi Jinping", "Vedant Patel", "Cheng Chin-mo", "Chung Chih-tung"} {
		if !quoted[sp] {
			t.Errorf("no quoted statement by %s (speakers: %v)", sp, speakers)
		}
	}
	if speakers["Antony Blinken"] == 0 {
		t.Error("Blinken's reported statement missing")
	}
	for _, s := range rec.Statements {
		if s.Speaker == "Chung Chih-tung" && s.Quote != nil && strings.HasPrefix(*s.Quote, "China appears") && s.Date.String() != "2024-05-14" {
			t.Errorf("Chung's first quote dated %v, want 2024-05-14", s.Date)
		}
		if s.Speaker == "Antony Blinken" && s.Date.String() != "2024-04" {
			t.Errorf("Blinken's statement dated %v, want 2024-04", s.Date)
		}
	}

	type role struct{ person, title, of string }
	roles := map[role]bool{}
	for _, r := range rec.Roles {
		of := ""
		if r.Of != nil {
			of = *r.Of
		}
		roles[role{r.Person, r.Title, of}] = true
	}
	for _, want := range []role{
		{"Vladimir Putin", "President", "Russia"},
		{"Antony Blinken", "Secretary of State", "United States"},
		{"Ursula von der Leyen", "President", "European Commission"},
		{"Emmanuel Macron", "President", "France"},
		{"Vedant Patel", "spokesman", "State Department"},
	} {
		if !roles[want] {
			t.Errorf("role %+v missing; have %v", want, roles)
		}
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func containsMeeting[T comparable](list []T, want T) bool {
	for _, x := range list {
		if x == want {
			return true
		}
	}
	return false
}
