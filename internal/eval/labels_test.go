package eval

import (
	"bytes"
	"context"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/actorgraph/actorgraph/internal/kg"
)

func TestLabelRecall(t *testing.T) {
	dup := "r1"
	recs := []Record{
		{ID: "r1", Text: "Treasury Secretary James Baker met Mr. Stoltenberg. Reagan agreed.", People: []string{"james-baker", "stoltenberg", "reagan"}},
		{ID: "r2", Text: "Secretary Baker spoke.", People: []string{"howard-baker", "volcker"}},
		{ID: "r3", Text: "Treasury Secretary James Baker met Mr. Stoltenberg. Reagan agreed.", People: []string{"james-baker"}, DuplicateOf: &dup},
		{ID: "r4", Text: "No labels here, Mr. Nobody said."},
	}
	var b bytes.Buffer
	for _, r := range recs {
		line, err := json.Marshal(r)
		if err != nil {
			t.Fatal(err)
		}
		b.Write(append(line, '\n'))
	}
	path := filepath.Join(t.TempDir(), "reuters.jsonl")
	writeFile(t, path, b.Bytes())
	found := map[string][]kg.Actor{
		"r1": {person("James Baker", "Baker"), person("Mr. Stoltenberg"), person("Ronald Reagan")},
		"r2": {person("Baker")},
	}
	calls := 0
	extract := func(d kg.Document) *kg.ArticleFacts {
		calls++
		return &kg.ArticleFacts{Actors: found[d.Article.ID]}
	}
	rep, err := LabelRecall(context.Background(), path, extract, LabelOptions{})
	if err != nil {
		t.Fatal(err)
	}
	// r1: james-baker exact, stoltenberg exact (honorific dropped), reagan
	// exact (one-word label = last word); r2: howard-baker by surname only,
	// volcker missed and not in the text. r3 is a duplicate, r4 unlabelled.
	want := &LabelReport{Stories: 2, Labels: 5, Exact: 3, Surname: 1, Mentioned: 4, FoundOfMentioned: 4,
		Misses: []LabelMiss{{ArticleID: "r2", Label: "volcker", Persons: []string{"Baker"}}}}
	if diff := cmp.Diff(want, rep); diff != "" {
		t.Errorf("report (-want +got):\n%s", diff)
	}
	if calls != 2 {
		t.Errorf("extractor ran %d times, want 2 (labelled, deduplicated stories)", calls)
	}
	if rep.Recall() != 0.6 || rep.RecallWithSurname() != 0.8 || rep.RecallOfMentioned() != 1 {
		t.Errorf("recalls %.2f %.2f %.2f", rep.Recall(), rep.RecallWithSurname(), rep.RecallOfMentioned())
	}
	var out bytes.Buffer
	if err := rep.WriteText(&out); err != nil || !strings.Contains(out.String(), "missed volcker") {
		t.Errorf("text: %v\n%s", err, out.String())
	}

	rep, err = LabelRecall(context.Background(), path, extract, LabelOptions{Limit: 1})
	if err != nil || rep.Stories != 1 {
		t.Errorf("limit 1: %+v, %v", rep, err)
	}
	writeFile(t, path, []byte("{\"id\": \"x\"}\nnot json\n"))
	if _, err := LabelRecall(context.Background(), path, extract, LabelOptions{}); err == nil || !strings.Contains(err.Error(), "reuters.jsonl:2") {
		t.Errorf("broken line: %v", err)
	}
}
