package article

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestCleanText(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"crlf and cr", "One line.\r\nTwo line.\rThree.", "One line.\nTwo line.\nThree."},
		{"paragraphs collapse", "\n\nFirst para.\n\n\n\nSecond para.\n\n", "First para.\n\nSecond para."},
		{"odd spaces", "A\u00a0b\u2009c\td\u3000e", "A b c d e"},
		{"invisible dropped", "zero\u200bwidth soft\u00adhyphen\u2060", "zerowidth softhyphen"},
		{"control dropped", "bell\x07 and del\x7f", "bell and del"},
		{"lines trimmed", "  indented  \n\ttabbed\t", "indented\ntabbed"},
		{"unicode line separators", "a\u2028b\u2029c\u0085d", "a\nb\nc\nd"},
		{"nfc", "Cafe\u0301", "Caf\u00e9"},
		{"repeated caption line", "Body text here.\n\nA caption under the picture, Monday.\nA caption under the picture, Monday.\n\nMore body.",
			"Body text here.\n\nA caption under the picture, Monday.\n\nMore body."},
		{"repeated caption paragraph", "A caption under the picture, Monday.\n\nA caption under the picture, Monday.\n\nMore body.",
			"A caption under the picture, Monday.\n\nMore body."},
		{"repeated multi-line paragraph", "Alpha beta gamma delta\nepsilon zeta eta theta\n\nAlpha beta gamma delta\nepsilon zeta eta theta\n\nEnd.",
			"Alpha beta gamma delta\nepsilon zeta eta theta\n\nEnd."},
		{"short repeats kept", "Net 12 vs 10\nNet 12 vs 10\n--\n--", "Net 12 vs 10\nNet 12 vs 10\n--\n--"},
		{"non-adjacent repeats kept", "The same long sentence here.\nOther.\nThe same long sentence here.", "The same long sentence here.\nOther.\nThe same long sentence here."},
		{"trailer read more / leave a reply", "Real article text.\n\n\nRead More\n\nLeave a Reply", "Real article text."},
		{"trailer share buttons", "Text of the story.\n\nShare this article:\nFacebook\nTwitter\nEmail\nPrint", "Text of the story."},
		{"trailer tags and related", "Story.\n\nTags: politics, trade\nRelated Articles\nYou may also like »", "Story."},
		{"trailer words inside kept", "Read more about it below.\n\nShare\n\nThe end of the story.", "Read more about it below.\n\nShare\n\nThe end of the story."},
		{"long last line kept", "Body.\n\nShare this article with everyone you know because it is a very long closing line of real text.", "Body.\n\nShare this article with everyone you know because it is a very long closing line of real text."},
		{"only trailer words kept", "Read More\nLeave a Reply", "Read More\nLeave a Reply"},
		{"empty", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, CleanText(tc.in)); diff != "" {
				t.Errorf("CleanText(%q) (-want +got):\n%s", tc.in, diff)
			}
		})
	}
}

func TestCleanTitle(t *testing.T) {
	for in, want := range map[string]string{
		"  Two   words \n":   "Two words",
		"Tab\tand\u00a0nbsp": "Tab and nbsp",
		"":                   "",
	} {
		if got := CleanTitle(in); got != want {
			t.Errorf("CleanTitle(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestCleanTextIdempotent(t *testing.T) {
	in := "Head para.\r\n\r\nCaption line for a photo here.\nCaption line for a photo here.\n\n\u00a0Body\u200b.\n\nRead More"
	once := CleanText(in)
	if twice := CleanText(once); twice != once {
		t.Errorf("cleaning twice changed the text:\n%q\n%q", once, twice)
	}
}
