package segment

import (
	"bufio"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/internal/testcorpus"
)

// testcorpusText returns the texts of the Wikinews corpus joined by blank
// lines, or "" when the shared corpus is absent.
func testcorpusText(t *testing.T) string {
	t.Helper()
	dir := testcorpus.Dir()
	if dir == "" {
		return ""
	}
	f, err := os.Open(dir + "/corpus/wikinews.jsonl")
	if err != nil {
		return ""
	}
	defer f.Close()
	var b strings.Builder
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for sc.Scan() {
		var r struct{ Text string }
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatal(err)
		}
		b.WriteString(r.Text)
		b.WriteString("\n\n")
	}
	return b.String()
}
