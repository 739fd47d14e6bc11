package kg

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestEditDistance(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		max  int
		want int
	}{
		{"putin", "putin", 2, 0},
		{"putn", "putin", 1, 1},   // deletion
		{"puttin", "putin", 1, 1}, // insertion
		{"potin", "putin", 1, 1},  // substitution
		{"ptuin", "putin", 1, 1},  // adjacent swap is one edit
		{"vladmir", "vladimir", 2, 1},
		{"merkle", "merkel", 2, 1},
		{"blare", "blair", 2, 2},
		{"blare", "blair", 1, 2},    // over max: max+1
		{"schroder", "putin", 2, 3}, // far apart: max+1
		{"ab", "abcdef", 2, 3},      // length alone rules it out
		{"łódź", "łodz", 2, 2},      // runes, not bytes
		{"", "ab", 2, 2},
	} {
		if got := EditDistance(tc.a, tc.b, tc.max); got != tc.want {
			t.Errorf("EditDistance(%q, %q, %d) = %d, want %d", tc.a, tc.b, tc.max, got, tc.want)
		}
	}
}

func TestFoldWords(t *testing.T) {
	for in, want := range map[string][]string{
		"Łukasz Żak":          {"lukasz", "zak"},
		"Gerhard Schröder":    {"gerhard", "schroder"},
		"U.S. State Dept.":    {"u", "s", "state", "dept"},
		"  ":                  {},
		"Jean-Claude Juncker": {"jean", "claude", "juncker"},
		"Straße":              {"strasse"},
		"Søren Kierkegaard":   {"soren", "kierkegaard"}, // no decomposition: the shared table
		"Đorđe Balašević":     {"dorde", "balasevic"},
		"Æsir Þór":            {"aesir", "thor"},
		"Москва":              {"москва"}, // another script stays as it is
	} {
		if diff := cmp.Diff(want, FoldWords(in)); diff != "" {
			t.Errorf("FoldWords(%q) (-want +got):\n%s", in, diff)
		}
	}
}

func TestSearchTier(t *testing.T) {
	putin := []string{"Vladimir Putin", "Putin", "Mr Putin"}
	for _, tc := range []struct {
		names       []string
		text        string
		fuzzy       bool
		tier, edits int
	}{
		{putin, "putin", false, TierExact, 0},
		{putin, "PUTIN", true, TierExact, 0},
		{putin, "vlad put", false, TierPrefix, 0},
		{putin, "put", true, TierPrefix, 0},
		{putin, "putn", false, TierNone, 0},
		{putin, "putn", true, TierFuzzy, 1},
		{putin, "vladmir putn", true, TierFuzzy, 2},
		{putin, "vladmir", true, TierFuzzy, 1},
		{putin, "xi", true, TierNone, 0},
		{putin, "pux", true, TierNone, 0}, // three letters: no typo forgiven
		// One name must hold every word.
		{[]string{"Anna Berg", "Ms Berg"}, "ms anna", true, TierNone, 0},
		{[]string{"Gerhard Schröder"}, "schroeder", true, TierFuzzy, 1},
	} {
		tier, edits := SearchTier(tc.names, tc.text, tc.fuzzy)
		if tier != tc.tier || edits != tc.edits {
			t.Errorf("SearchTier(%v, %q, %v) = %d, %d; want %d, %d", tc.names, tc.text, tc.fuzzy, tier, edits, tc.tier, tc.edits)
		}
	}
}

func TestSortOrder(t *testing.T) {
	keys := [][2]string{{"~", "b"}, {DateDay(2024, 5, 1).OrderKey(), "b"}, {DateDay(2024, 5, 1).OrderKey(), "a"}, {DateYear(2023).OrderKey(), "z"}, {"~", "a"}}
	sorted := func(o SortOrder) []string {
		ks := append([][2]string(nil), keys...)
		for i := range ks {
			for j := i + 1; j < len(ks); j++ {
				if o.Before(ks[j][0], ks[j][1], ks[i][0], ks[i][1]) {
					ks[i], ks[j] = ks[j], ks[i]
				}
			}
		}
		var out []string
		for _, k := range ks {
			out = append(out, k[0]+"|"+k[1])
		}
		return out
	}
	may := DateDay(2024, 5, 1).OrderKey()
	y23 := DateYear(2023).OrderKey()
	if diff := cmp.Diff([]string{y23 + "|z", may + "|a", may + "|b", "~|a", "~|b"}, sorted(SortAsc)); diff != "" {
		t.Errorf("ASC (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{may + "|b", may + "|a", y23 + "|z", "~|b", "~|a"}, sorted(SortDesc)); diff != "" {
		t.Errorf("DESC (-want +got):\n%s", diff)
	}
	if !SortDesc.AfterCursor("~", "a", may, "a") || SortDesc.AfterCursor(may, "b", may, "a") {
		t.Error("DESC AfterCursor")
	}
}
