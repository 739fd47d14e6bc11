package kg

import (
	"testing"
)

func TestSlugAndIDs(t *testing.T) {
	tests := []struct{ got, want string }{
		{PersonID("Vladimir Putin"), "person:vladimir-putin"},
		{PersonID("Ursula von der Leyen"), "person:ursula-von-der-leyen"},
		{PersonID("Cheng Chin-mo"), "person:cheng-chin-mo"},
		{PersonID("Łukasz Żak"), "person:lukasz-zak"},
		{PersonID("Seán O’Brien"), "person:sean-obrien"},
		{OrgID("U.S. State Department"), "org:us-state-department"},
		{CountryID("ru"), "country:RU"},
		{RoleID("person:antony-blinken", "Secretary of State", "country:US"), "role:antony-blinken:secretary-of-state:country:US"},
	}
	for _, tc := range tests {
		if tc.got != tc.want {
			t.Errorf("got %q, want %q", tc.got, tc.want)
		}
	}
}

func TestMeetingIDMergesOnlyDayPreciseReports(t *testing.T) {
	ps := []string{"person:xi-jinping", "person:vladimir-putin"}
	rev := []string{"person:vladimir-putin", "person:xi-jinping", "person:xi-jinping"}
	day := DateDay(2024, 5, 16)
	if a, b := MeetingID(StatusOccurred, day, ps, "a1"), MeetingID(StatusOccurred, day, rev, "a2"); a != b {
		t.Errorf("same day, same participants, two articles: %s != %s", a, b)
	}
	month := DateMonth(2024, 5)
	if a, b := MeetingID(StatusOccurred, month, ps, "a1"), MeetingID(StatusOccurred, month, ps, "a2"); a == b {
		t.Errorf("month-precise reports from two articles merged: %s", a)
	}
	if a, b := MeetingID(StatusOccurred, day, ps, "a1"), MeetingID(StatusPlanned, day, ps, "a1"); a == b {
		t.Errorf("planned and occurred meetings share id %s", a)
	}
}

func TestStatementIDIgnoresPunctuationAndCase(t *testing.T) {
	a := StatementID("person:x", "We will win.", "")
	b := StatementID("person:x", "we  will win", "")
	if a != b {
		t.Errorf("%s != %s", a, b)
	}
	if a == StatementID("person:y", "We will win.", "") {
		t.Error("two speakers share a statement id")
	}
}

func TestCursorRoundTrip(t *testing.T) {
	k, id, err := DecodeCursor(EncodeCursor("2024-05-16 3", "meeting:abc"))
	if err != nil || k != "2024-05-16 3" || id != "meeting:abc" {
		t.Errorf("got %q %q %v", k, id, err)
	}
	if _, _, err := DecodeCursor("!!!"); ErrorCode(err) != CodeInvalidArgument {
		t.Errorf("bad cursor: code %s", ErrorCode(err))
	}
}
