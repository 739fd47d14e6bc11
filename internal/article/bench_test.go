package article

import (
	"context"
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/internal/kg"
	"github.com/actorgraph/actorgraph/internal/testcorpus"
)

// BenchmarkLoadCorpus measures loader throughput (MB/s of input) on the
// real corpus files: JSON decoding, UTF-8 checks, clean-up and hashing.
func BenchmarkLoadCorpus(b *testing.B) {
	for _, name := range []string{"bbc.jsonl", "reuters21578.jsonl", "wikinews.jsonl"} {
		b.Run(name, func(b *testing.B) {
			path := testcorpus.Path(b, "corpus/"+name)
			fi, err := os.Stat(path)
			if err != nil {
				b.Fatal(err)
			}
			b.SetBytes(fi.Size())
			b.ReportAllocs()
			docs := 0
			for b.Loop() {
				docs = 0
				err := Stream(context.Background(), []string{path}, Options{}, func(Item) error { docs++; return nil })
				if err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(docs), "articles/op")
		})
	}
}

// BenchmarkLoadSeed measures the plain-text path on the seed article.
func BenchmarkLoadSeed(b *testing.B) {
	path := testcorpus.Seed(b)
	fi, _ := os.Stat(path)
	b.SetBytes(fi.Size())
	b.ReportAllocs()
	for b.Loop() {
		if err := Walk(context.Background(), []string{path}, Options{}, func(kg.Document) error { return nil }); err != nil {
			b.Fatal(err)
		}
	}
}

// genJSONL produces n made-up JSON Lines records lazily, never holding
// more than one in memory, so a test can stream inputs far larger than
// what it may keep.
type genJSONL struct {
	n, i int
	buf  []byte
	body string
}

func newGenJSONL(n, textBytes int) *genJSONL {
	words := strings.Repeat("the harbour council met again today and talked. ", textBytes/48+1)
	return &genJSONL{n: n, body: words[:textBytes]}
}

func (g *genJSONL) Read(p []byte) (int, error) {
	for len(g.buf) == 0 {
		if g.i == g.n {
			return 0, io.EOF
		}
		g.buf = fmt.Appendf(g.buf[:0], `{"id":"gen-%d","title":"Generated %d","text":%q,"published_at":"2020-01-02"}`+"\n", g.i, g.i, g.body)
		g.i++
	}
	n := copy(p, g.buf)
	g.buf = g.buf[n:]
	return n, nil
}

// A JSON Lines stream much larger than the memory the load may use is
// read record by record, and an oversized line is skipped without being
// buffered.
func TestJSONLStreamsInBoundedMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("streams 150 MB")
	}
	const records, textBytes = 20000, 4000 // ~80 MB of records
	giant := io.MultiReader(strings.NewReader(`{"id":"giant","text":"`), io.LimitReader(repeatReader('x'), 64<<20), strings.NewReader("\"}\n"))
	in := io.MultiReader(newGenJSONL(records/2, textBytes), giant, newGenJSONL(records/2, textBytes))

	var peak uint64
	var ms runtime.MemStats
	docs, problems := 0, 0
	opts := Options{MaxArticleBytes: 1 << 20, OnError: func(string, error) { problems++ }}
	err := LoadReader(context.Background(), "big.jsonl", in, opts, func(Item) error {
		docs++
		if docs%2000 == 0 {
			runtime.ReadMemStats(&ms)
			peak = max(peak, ms.HeapInuse)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if docs != records || problems != 1 {
		t.Errorf("docs %d problems %d, want %d and 1 (the giant line)", docs, problems, records)
	}
	// The input is ~150 MB; a loader that kept records or read the giant
	// line would hold far more than this.
	if peak > 48<<20 {
		t.Errorf("heap in use peaked at %d MB while streaming", peak>>20)
	}
	t.Logf("heap in use peaked at %.1f MB", float64(peak)/(1<<20))
}

type repeatReader byte

func (r repeatReader) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = byte(r)
	}
	return len(p), nil
}
