package extract

import (
	"encoding/json"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/internal/extract/segment"
)

var (
	dumpFile   = flag.String("dump", "", "corpus file (relative to the shared folder) whose articles TestDump prints")
	dumpIDs    = flag.String("dump-ids", "", "comma-separated article ids for TestDump")
	dumpSample = flag.Int("dump-sample", 0, "TestDump: print this many articles drawn at random")
	dumpSeed   = flag.Uint64("dump-seed", 1, "TestDump: seed of the random draw")
	dumpFilter = flag.String("dump-filter", "", "TestDump: only articles whose text contains this")
)

// TestDump prints the facts extracted from corpus articles, one line per
// fact with its evidence, for reading false hits by eye on articles nobody
// annotated. It runs only when -dump is given:
//
//	go test ./internal/extract -run TestDump -dump corpus/bbc.jsonl -dump-sample 20
func TestDump(t *testing.T) {
	if *dumpFile == "" {
		t.Skip("no -dump file")
	}
	docs := readCorpus(t, *dumpFile)
	want := map[string]bool{}
	for _, id := range strings.Split(*dumpIDs, ",") {
		if id != "" {
			want[id] = true
		}
	}
	if *dumpFilter != "" {
		var keep []int
		for i, d := range docs {
			if strings.Contains(d.Text, *dumpFilter) {
				keep = append(keep, i)
			}
		}
		sel := docs[:0:0]
		for _, i := range keep {
			sel = append(sel, docs[i])
		}
		docs = sel
	}
	if *dumpSample > 0 && len(want) == 0 {
		r := rand.New(rand.NewPCG(*dumpSeed, 0))
		r.Shuffle(len(docs), func(i, j int) { docs[i], docs[j] = docs[j], docs[i] })
		if len(docs) > *dumpSample {
			docs = docs[:*dumpSample]
		}
	}
	var b strings.Builder
	for _, d := range docs {
		if len(want) > 0 && !want[d.Article.ID] {
			continue
		}
		res := analyze(d, Options{})
		rec := Render(res.Facts, WithReferenceDate(res.ReferenceDate))
		fmt.Fprintf(&b, "== %s  ref %s  %q\n", d.Article.ID, res.ReferenceDate, d.Article.Title)
		for _, a := range rec.Actors {
			fmt.Fprintf(&b, "  actor %-12s %s %q\n", a.Kind, a.Name, a.Aliases)
		}
		for _, r := range rec.Roles {
			of := "-"
			if r.Of != nil {
				of = *r.Of
			}
			fmt.Fprintf(&b, "  ROLE %s | %s | %s   [%s]\n", r.Person, r.Title, of, r.Sources[0].Rule)
		}
		for _, m := range rec.Meetings {
			place := "-"
			if m.Place != nil {
				place = *m.Place
			}
			fmt.Fprintf(&b, "  MEET %s %s %q %s @%s  [%s]\n      | %s\n", m.Kind, m.Status, m.Participants, m.Date, place, m.Sources[0].Rule, oneLine(m.Evidence))
		}
		for _, s := range rec.Statements {
			q := ""
			if s.Quote != nil {
				q = " Q"
			}
			fmt.Fprintf(&b, "  SAID %s%s %s  [%s]\n      | %s\n", s.Speaker, q, s.Date, s.Sources[0].Rule, oneLine(s.Evidence))
		}
	}
	t.Log("\n" + b.String())
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

var (
	dumpTriggers   = flag.String("dump-triggers", "", "TestDumpTriggers: corpus file whose sentences with meeting words are printed with the meetings drawn from them")
	dumpStatements = flag.Bool("dump-statements", false, "TestDumpTriggers: sentences with speech words and the statements drawn from them instead")
)

// TestDumpTriggers prints, for sampled articles, every sentence with a
// meeting word and the meetings drawn from it (none marked "--"), to
// find the encounters the rules miss on text nobody annotated:
//
//	go test ./internal/extract -run TestDumpTriggers -v -dump-triggers corpus/bbc.jsonl -dump-sample 30
func TestDumpTriggers(t *testing.T) {
	if *dumpTriggers == "" {
		t.Skip("no -dump-triggers file")
	}
	docs := readCorpus(t, *dumpTriggers)
	held := map[string]bool{}
	for _, id := range heldOutIDs(t) {
		held[id] = true
	}
	r := rand.New(rand.NewPCG(*dumpSeed, 0))
	r.Shuffle(len(docs), func(i, j int) { docs[i], docs[j] = docs[j], docs[i] })
	words := []string{" met ", " meet ", " talks ", " visit", " summit", " phone", " meeting", " hosted ", " called "}
	if *dumpStatements {
		words = []string{" said", " says", " told", "\"", "“", " warned", " added", " according to"}
	}
	var b strings.Builder
	n := 0
	for _, d := range docs {
		if held[d.Article.ID] || *dumpFilter != "" && !strings.Contains(d.Text, *dumpFilter) {
			continue
		}
		if n >= *dumpSample {
			break
		}
		n++
		res := analyze(d, Options{})
		bySent := map[int][]string{}
		for _, st := range res.Facts.Statements {
			if !*dumpStatements {
				break
			}
			for _, e := range st.Evidence {
				bySent[e.Start] = append(bySent[e.Start], st.SpeakerID)
			}
		}
		for _, m := range res.Facts.Meetings {
			if *dumpStatements {
				break
			}
			for _, e := range m.Evidence {
				names := []string{}
				for _, p := range m.Participants {
					names = append(names, p.ActorID)
				}
				bySent[e.Start] = append(bySent[e.Start], fmt.Sprintf("%s %s %v %s", m.Kind, m.Status, names, m.Date))
			}
		}
		fmt.Fprintf(&b, "== %s\n", d.Article.ID)
		for _, s := range segmentSentences(d.Text) {
			lower := strings.ToLower(" " + d.Text[s[0]:s[1]] + " ")
			hit := false
			for _, w := range words {
				hit = hit || strings.Contains(lower, w)
			}
			if !hit {
				continue
			}
			ms := bySent[s[0]]
			mark := "--"
			if len(ms) > 0 {
				mark = strings.Join(ms, " ; ")
			}
			fmt.Fprintf(&b, "  %s\n    | %s\n", mark, oneLine(d.Text[s[0]:s[1]]))
		}
	}
	t.Log("\n" + b.String())
}

func segmentSentences(text string) [][2]int {
	d := segment.Segment(text)
	out := make([][2]int, len(d.Sentences))
	for i, s := range d.Sentences {
		out[i] = [2]int{s.Start, s.End}
	}
	return out
}

// heldOutIDs reads the held-out article ids of the gold split, which the
// tuning tools leave out.
func heldOutIDs(t testing.TB) []string {
	b, err := os.ReadFile(filepath.Join("..", "eval", "gold", "split.json"))
	if err != nil {
		t.Fatalf("split: %v", err)
	}
	var s struct {
		Heldout []string `json:"heldout"`
	}
	if err := json.Unmarshal(b, &s); err != nil {
		t.Fatalf("split: %v", err)
	}
	return s.Heldout
}
