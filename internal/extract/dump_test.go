package extract

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

// TestDump prints facts of a corpus for manual review (DUMP=corpus/x.jsonl).
func TestDump(t *testing.T) {
	rel := os.Getenv("DUMP")
	if rel == "" {
		t.Skip("set DUMP")
	}
	docs := readCorpus(t, rel)
	for i, d := range docs {
		if i%7 != 0 {
			continue
		}
		r := ExtractRecord(d, Options{})
		for _, m := range r.Meetings {
			fmt.Printf("M %s %s %s %v %v place=%v | %s\n", d.Article.ID, m.Kind, m.Status, m.Participants, m.Date, deref(m.Place), trunc(m.Evidence))
		}
		for _, s := range r.Statements {
			fmt.Printf("S %s %q date=%v | %s\n", d.Article.ID, s.Speaker, s.Date, trunc(s.Text))
		}
		for _, ro := range r.Roles {
			fmt.Printf("R %s %q %q of %v\n", d.Article.ID, ro.Person, ro.Title, deref(ro.Of))
		}
		for _, a := range r.Actors {
			if a.Kind == "PERSON" {
				fmt.Printf("P %s %q %q\n", d.Article.ID, a.Name, a.Aliases)
			}
		}
	}
}

func deref(s *string) string {
	if s == nil {
		return "-"
	}
	return *s
}

func trunc(s string) string {
	s = strings.ReplaceAll(s, "\n", " ")
	if len(s) > 150 {
		return s[:150]
	}
	return s
}
