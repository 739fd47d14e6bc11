package embedded

import (
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/actorgraph/actorgraph/internal/kg"
	"github.com/actorgraph/actorgraph/internal/store/claims"
)

// The hand-made encoders write what encoding/json reads back to the same
// values, for awkward text too.
func TestCodecRoundTrip(t *testing.T) {
	odd := "quote \" backslash \\ tab \t newline \n nul \x00 bell \x07 \u2028 é 日本 <&>"
	bad := "broken \xff utf-8"

	tallies := []struct {
		name string
		in   interface{ appendJSON([]byte) []byte }
		out  any
	}{
		{"actor", &actorTally{N: 2, Mentions: 5, Canon: counts{odd: 1, "Ann Example": 1}, Aliases: counts{"Ann": 2}, ISO: counts{}, OrgKind: nil}, &actorTally{}},
		{"actor-empty", &actorTally{}, &actorTally{}},
		{"place", &placeTally{N: 1, Name: counts{"Oslo": 1}, Country: counts{"country:NO": 1}}, &placeTally{}},
		{"meeting", &meetingTally{N: 3, Kind: counts{"VISIT": 2, "MEETING": 1}, Status: counts{"OCCURRED": 3}, Date: counts{"": 1, "2021-06": 2},
			Parts: counts{"person:a": 3, "country:NO": 3}, Roles: counts{sep("person:a", "host"): 1}}, &meetingTally{}},
		{"statement", &statementTally{N: 1, Speaker: counts{"person:a": 1}, Words: counts{sep(odd, ""): 1}, Date: counts{"2021": 1}, About: counts{"country:NO": 1}}, &statementTally{}},
		{"role", &roleTally{N: 1, Person: counts{"person:a": 1}, Titles: counts{sep("2021-06-01", "minister"): 1}}, &roleTally{}},
	}
	// Empty and nil counts both come back as nothing.
	empty := cmpopts.EquateEmpty()
	for _, tc := range tallies {
		doc := tc.in.appendJSON(nil)
		if !json.Valid(doc) {
			t.Fatalf("%s: invalid JSON %s", tc.name, doc)
		}
		if err := json.Unmarshal(doc, tc.out); err != nil {
			t.Fatalf("%s: %v in %s", tc.name, err, doc)
		}
		if diff := cmp.Diff(tc.in, tc.out, empty); diff != "" {
			t.Errorf("%s round trip (-want +got):\n%s", tc.name, diff)
		}
		// And what encoding/json writes reads back the same (the decoder
		// is shared, so both forms stay readable).
		std, _ := json.Marshal(tc.in)
		again := newLike(tc.out)
		if err := json.Unmarshal(std, again); err != nil || !cmp.Equal(tc.in, again, empty) {
			t.Errorf("%s: encoding/json form reads back differently: %v", tc.name, err)
		}
	}

	c := articleClaims{
		Actors: []claims.Actor{{Actor: kg.Actor{ID: "person:ann-example", Name: "Ann Example", Aliases: []string{"Ann", odd}}, Mentions: 3},
			{Actor: kg.Actor{ID: "country:NO", Name: "Norway", ISO: "NO"}, Mentions: 1},
			{Actor: kg.Actor{ID: "org:acme", Name: "Acme", OrgKind: "COMPANY"}}},
		Places: []kg.Place{{ID: "place:oslo", Name: "Oslo", CountryID: "country:NO"}, {ID: "place:x", Name: "X"}},
		Meetings: []kg.Meeting{{ID: "meeting:1", Kind: kg.MeetingVisit, Status: kg.StatusOccurred, Date: kg.DateMonth(2021, 6), PlaceID: "place:oslo",
			Participants: []kg.Participant{{ActorID: "person:ann-example", Role: "host"}, {ActorID: "country:NO"}}},
			{ID: "meeting:2", Kind: kg.MeetingCall, Status: kg.StatusPlanned, Participants: []kg.Participant{{ActorID: "org:acme"}}}},
		Statements: []kg.Statement{{ID: "statement:1", SpeakerID: "person:ann-example", Text: odd, Quote: odd, Date: kg.DateYear(2021), AboutIDs: []string{"country:NO"}},
			{ID: "statement:2", SpeakerID: "org:acme", Text: bad}},
		Roles: []kg.Role{{ID: "role:1", PersonID: "person:ann-example", Title: "minister", OfID: "country:NO", AsOf: kg.DateMonth(2021, 6)},
			{ID: "role:2", PersonID: "person:ann-example", Title: "chair"}},
	}
	doc := c.appendJSON(nil)
	if !json.Valid(doc) {
		t.Fatalf("claims: invalid JSON %s", doc)
	}
	var back articleClaims
	if err := json.Unmarshal(doc, &back); err != nil {
		t.Fatalf("claims: %v", err)
	}
	want := c
	// Invalid UTF-8 reads back as U+FFFD, as with encoding/json; the
	// store refuses such text before it gets here.
	want.Statements = append([]kg.Statement(nil), c.Statements...)
	want.Statements[1].Text = "broken \ufffd utf-8"
	// Actor kinds are not stored: the tallies derive them from the id.
	if diff := cmp.Diff(want, back, empty, cmpopts.IgnoreFields(kg.Actor{}, "Kind")); diff != "" {
		t.Errorf("claims round trip (-want +got):\n%s", diff)
	}
	if len((&articleClaims{}).appendJSON(nil)) != 2 {
		t.Errorf("empty claims: %s", (&articleClaims{}).appendJSON(nil))
	}
}

func newLike(v any) any {
	switch v.(type) {
	case *actorTally:
		return &actorTally{}
	case *placeTally:
		return &placeTally{}
	case *meetingTally:
		return &meetingTally{}
	case *statementTally:
		return &statementTally{}
	case *roleTally:
		return &roleTally{}
	}
	panic("unknown tally")
}
