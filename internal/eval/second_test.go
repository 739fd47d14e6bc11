package eval

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// writeSecond writes one second-annotation file per annotation into a new
// folder and returns it.
func writeSecond(t *testing.T, anns ...SecondAnnotation) string {
	t.Helper()
	dir := t.TempDir()
	for _, a := range anns {
		b, err := json.Marshal(a)
		if err != nil {
			t.Fatal(err)
		}
		writeFile(t, filepath.Join(dir, a.ID+".json"), b)
	}
	return dir
}

// TestAgreement: a second annotator's meetings are scored like an
// extractor's, participants named by ref, by canonical name or by alias.
func TestAgreement(t *testing.T) {
	shared, gold := writeMiniSet(t, miniText)
	s1 := at(t, miniText, "Anna Berg met Carl Diaz in Oslo on Monday.", 0)
	second := writeSecond(t, SecondAnnotation{ID: "mini", Meetings: []GoldMeeting{
		// the gold's meeting, by name and alias, with its date: a match
		{Kind: kg.MeetingMeeting, Status: kg.StatusOccurred, Participants: []string{"Berg", "Carl Diaz"}, Date: kg.DateDay(2024, 5, 13), Place: ptr("Oslo"), Evidence: s1},
		// the gold's planned visit read as having happened: a miss and a false hit
		{Kind: kg.MeetingVisit, Status: kg.StatusOccurred, Participants: []string{"person:anna-berg", "country:SE"}},
		// a party the gold does not declare
		{Kind: kg.MeetingCall, Status: kg.StatusOccurred, Participants: []string{"Anna Berg", "Ola Nord"}},
		// optional for the second annotator: not asserted, so not counted
		{Kind: kg.MeetingMeeting, Status: kg.StatusOccurred, Participants: []string{"Eva Lund", "Anna Berg"}, Optional: true},
	}})
	var out bytes.Buffer
	rep, err := Agreement(context.Background(), gold, second, &out, Options{SharedDir: shared})
	if err != nil {
		t.Fatal(err)
	}
	all := rep.Split(SplitAll)
	if diff := cmp.Diff(Counts{Gold: 2, Found: 3, TP: 1, FP: 2, FN: 1}, *all.Counts[Meetings]); diff != "" {
		t.Errorf("meetings (-want +got):\n%s", diff)
	}
	if all.MeetingDates.Exact != 1 || all.MeetingDates.Total() != 1 {
		t.Errorf("meeting dates %+v", all.MeetingDates)
	}
	text := out.String()
	for _, want := range []string{
		"Agreement: second annotation " + second,
		"meetings      miss     VISIT PLANNED 2024-06 [Anna Berg, Sweden]",
		"meetings      false    VISIT OCCURRED none [Sweden, Anna Berg]",
		"Ola Nord (person:ola-nord, not in gold)",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("report lacks %q:\n%s", want, text)
		}
	}
	// only the meetings are reported: the second annotation holds no
	// other facts, and a "miss" of every person would mislead
	for _, unwanted := range []string{"persons", "statements  "} {
		if strings.Contains(text, unwanted) {
			t.Errorf("report shows %q:\n%s", unwanted, text)
		}
	}
	out.Reset()
	if err := rep.WriteJSON(&out); err != nil {
		t.Fatal(err)
	}
	if js := out.String(); strings.Contains(js, `"persons"`) || strings.Contains(js, `"roles"`) || !strings.Contains(js, `"meetings"`) {
		t.Errorf("JSON report holds other fact types than meetings:\n%s", js)
	}
}

func TestAgreementErrors(t *testing.T) {
	shared, gold := writeMiniSet(t, miniText)
	good := SecondAnnotation{ID: "mini", Meetings: []GoldMeeting{
		{Kind: kg.MeetingMeeting, Status: kg.StatusOccurred, Participants: []string{"Anna Berg", "Carl Diaz"}},
	}}
	raw := func(files map[string]string) string {
		dir := t.TempDir()
		for name, body := range files {
			writeFile(t, filepath.Join(dir, name), []byte(body))
		}
		return dir
	}
	tests := []struct {
		name, dir string
		opts      Options
		want      string
		code      kg.Code
	}{
		{"no files", t.TempDir(), Options{}, "no *.json", kg.CodeBadInput},
		{"broken json", raw(map[string]string{"mini.json": `{"id": "mini", `}), Options{}, "mini.json", kg.CodeBadInput},
		{"unknown field", raw(map[string]string{"mini.json": `{"id": "mini", "meetngs": []}`}), Options{}, "unknown field", kg.CodeBadInput},
		{"no id", raw(map[string]string{"mini.json": `{"meetings": []}`}), Options{}, "no id", kg.CodeBadInput},
		{"twice", raw(map[string]string{"a.json": `{"id": "mini"}`, "b.json": `{"id": "mini"}`}), Options{}, "already read", kg.CodeBadInput},
		{"one participant", raw(map[string]string{"mini.json": `{"id": "mini", "meetings": [{"kind": "MEETING", "status": "OCCURRED", "participants": ["Anna Berg"]}]}`}), Options{}, "two participants", kg.CodeBadInput},
		{"not in gold", writeSecond(t, SecondAnnotation{ID: "zzz"}), Options{}, "not in the gold", kg.CodeBadInput},
		{"none selected", writeSecond(t, good), Options{Articles: []string{"other"}}, "none of its articles", kg.CodeInvalidArgument},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tc.opts.SharedDir = shared
			_, err := Agreement(context.Background(), gold, tc.dir, nil, tc.opts)
			if err == nil || !strings.Contains(err.Error(), tc.want) || kg.ErrorCode(err) != tc.code {
				t.Errorf("err = %v (code %s), want %q with code %s", err, kg.ErrorCode(err), tc.want, tc.code)
			}
		})
	}
}

// TestSecondAnnotationInRepo: the shipped second annotation loads, points
// only at held-out gold articles, and its evidence spans hold (checked
// against the shared texts when they are there).
func TestSecondAnnotationInRepo(t *testing.T) {
	dir := filepath.Join("gold", "second")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("no second annotation at %s", dir)
	}
	second, err := LoadSecond(dir)
	if err != nil {
		t.Fatal(err)
	}
	set, err := LoadGold("gold")
	if err != nil {
		t.Fatal(err)
	}
	held := map[string]bool{}
	for _, id := range set.Split.Heldout {
		held[id] = true
	}
	for id := range second {
		if !held[id] {
			t.Errorf("%s: not a held-out article", id)
		}
	}
	rep, err := Agreement(context.Background(), "gold", dir, nil, Options{})
	if err != nil {
		if kg.ErrorCode(err) == kg.CodeUnavailable {
			t.Skipf("shared corpus not found, spans not checked: %v", err)
		}
		t.Fatal(err)
	}
	if got := len(rep.Articles); got != len(second) {
		t.Errorf("%d articles scored, %d annotated", got, len(second))
	}
}

func TestAgreementRejectsBadEvidence(t *testing.T) {
	shared, gold := writeMiniSet(t, miniText)
	sp := at(t, miniText, "Anna Berg met Carl Diaz in Oslo on Monday.", 0)
	sp.SHA = "00000000"
	dir := writeSecond(t, SecondAnnotation{ID: "mini", Meetings: []GoldMeeting{
		{Kind: kg.MeetingMeeting, Status: kg.StatusOccurred, Participants: []string{"Anna Berg", "Carl Diaz"}, Evidence: sp},
	}})
	_, err := Agreement(context.Background(), gold, dir, nil, Options{SharedDir: shared})
	if err == nil || !strings.Contains(err.Error(), "mini.json: meeting 0") || !strings.Contains(err.Error(), "hash") || kg.ErrorCode(err) != kg.CodeBadInput {
		t.Errorf("err = %v, want a hash error naming the file and meeting", err)
	}
}
