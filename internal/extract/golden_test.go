package extract

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/actorgraph/actorgraph/internal/samples"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// TestGoldenSamples renders every sample article and compares the record
// with testdata/golden/<sample>.json. Run with -update after a deliberate
// change and review the diff.
func TestGoldenSamples(t *testing.T) {
	list, err := samples.List()
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range list {
		t.Run(s.Name, func(t *testing.T) {
			doc := s.Document()
			res := analyze(doc, Options{})
			checkInvariants(t, doc, res.Facts)
			rec := Render(res.Facts, WithReferenceDate(res.ReferenceDate))
			got, err := json.MarshalIndent(rec, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			path := filepath.Join("testdata", "golden", s.Name+".json")
			if *update {
				if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if diff := cmp.Diff(string(want), string(got)); diff != "" {
				t.Errorf("record of %s differs (-want +got):\n%s", s.Name, diff)
			}
		})
	}
}
