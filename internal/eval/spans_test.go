package eval

import (
	"strings"
	"testing"
)

func TestLocatorFindsCleanedSpans(t *testing.T) {
	raw := "One line.\n\nTwo  words\u00a0here. \"Quote,\" he said."
	doc := "One line.\n\nTwo words here. \"Quote,\" he said."
	l := newLocator(raw, doc)
	for _, needle := range []string{"Two  words\u00a0here.", "\"Quote,\" he said."} {
		start := strings.Index(raw, needle)
		a, b, ok := l.gold(raw, Span{Start: start, End: start + len(needle)})
		if !ok {
			t.Fatalf("%q not placed", needle)
		}
		if got, want := strings.Join(strings.Fields(doc[a:b]), " "), strings.Join(strings.Fields(needle), " "); got != want {
			t.Errorf("placed %q, want %q", got, want)
		}
	}
	if _, _, ok := l.find("not there", 0, true); ok {
		t.Error("found words that are not in the document")
	}
}

func TestSentenceLike(t *testing.T) {
	text := "A first one. \"Second,\" he said.”Glued on. tail without end\n\nnext"
	span := func(sub string) Span {
		i := strings.Index(text, sub)
		return Span{Start: i, End: i + len(sub)}
	}
	for sub, ok := range map[string]bool{
		"A first one.":             true,
		"\"Second,\" he said.":     true,
		"Glued on.":                true,
		"tail without end":         true,
		"first one.":               false, // starts inside a sentence
		"A first":                  false, // stops inside one
		"tail without end\n\nnext": false, // crosses a paragraph
	} {
		if err := sentenceLike(text, span(sub)); (err == nil) != ok {
			t.Errorf("sentenceLike(%q) = %v, want ok=%v", sub, err, ok)
		}
	}
}

// FuzzLocator: any document and needle give an in-bounds range or none.
func FuzzLocator(f *testing.F) {
	f.Add("Two  words here.", "words  here", 3)
	f.Add("\xff\xfe bad", "bad", -1)
	f.Fuzz(func(t *testing.T, doc, needle string, hint int) {
		l := newLocator("", doc)
		a, b, ok := l.find(needle, hint, true)
		if ok && (a < 0 || b > len(doc) || a > b) {
			t.Fatalf("range [%d,%d) outside %d bytes", a, b, len(doc))
		}
		if a2, b2, ok2 := l.evidence(needle, hint, hint+len(needle)); ok2 && (a2 < 0 || b2 > len(doc) || a2 > b2) {
			t.Fatalf("evidence range [%d,%d) outside %d bytes", a2, b2, len(doc))
		}
	})
}
