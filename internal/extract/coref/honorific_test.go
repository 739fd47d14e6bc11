package coref

import (
	"testing"

	"github.com/actorgraph/actorgraph/internal/extract/gazetteer"
	"github.com/actorgraph/actorgraph/internal/extract/mentions"
	"github.com/actorgraph/actorgraph/internal/extract/segment"
	"github.com/google/go-cmp/cmp"
)

// TestHonorificBeforeGivenName: "Mr X" names a family name; when the
// story already writes "Mr Carver" for Dennis Carver, "Mr Dennis" is
// someone else. "Sir"/"Dame" go before the given name, and a name never
// written "Mr <last word>" keeps the family-name-first reading ("Mr Xi").
func TestHonorificBeforeGivenName(t *testing.T) {
	tests := []struct {
		in   string
		want map[string]string
	}{
		{"Tory MP Dennis Carver quit on Monday. Mr Carver said he was sorry. Later Mr Dennis said the party was united.",
			map[string]string{"Carver": "Dennis Carver", "Dennis": "Dennis"}},
		{"Edward Heath led the party. Mr Heath lost the vote. Later Sir Edward said he would stay.",
			map[string]string{"Heath": "Edward Heath", "Edward": "Edward Heath"}},
		{"Chinese leader Xi Jinping arrived in Paris. Mr Xi spoke to reporters.",
			map[string]string{"Xi": "Xi Jinping"}},
		{"Sacked MP Warren Hale spoke. Mr Hale said he was sad. Mr Warren said the rules were clear.",
			map[string]string{"Hale": "Warren Hale", "Warren": "Warren"}},
		{"Sacked MP Warren Hale spoke. Mr Warren said the rules were clear.",
			map[string]string{"Warren": "Warren Hale"}},
		{"Commissioner Sir Ian Moss spoke. Mr Moss was out. Sir Ian said the threat was real.",
			map[string]string{"Moss": "Ian Moss", "Ian": "Ian Moss"}},
		{"Premier Wang Bolin spoke. Mr Wang said the talks went well.",
			map[string]string{"Wang": "Wang Bolin"}},
	}
	g := gazetteer.Default()
	for _, tc := range tests {
		d := segment.Segment(tc.in)
		md := mentions.Find(d, g)
		r := Resolve(md, g)
		got := map[string]string{}
		for i, m := range md.Mentions {
			if _, ok := tc.want[m.Name]; !ok {
				continue
			}
			if e := r.Entity(i); e != nil {
				got[m.Name] = e.Name
			} else if _, seen := got[m.Name]; !seen {
				got[m.Name] = ""
			}
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tc.in, diff)
		}
	}
}
