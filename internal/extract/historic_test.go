package extract

import (
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// TestHistoricCountries pins how a country a story names maps to the state
// that existed at its reference date: the republics of a federal state
// before its breakup are regions (places of the state), their demonyms and
// capitals stand for the state, and a historical state keeps its own code
// in a modern story.
func TestHistoricCountries(t *testing.T) {
	tests := []struct {
		name   string
		date   kg.PartialDate
		text   string
		want   []string // country actors
		places []string // place name@country
	}{
		{"a republic named by name before the breakup is a place of the union",
			kg.DateDay(1986, 5, 4),
			"Frost has slowed the sowing of barley across eastern Ukraine and in Kazakhstan, the farm ministry reported on Sunday.",
			nil, []string{"Kazakhstan@SU", "Ukraine@SU"}},
		{"the demonym of a republic before the breakup is the union",
			kg.DateDay(1986, 5, 4),
			"A Croatian trade delegation arrived in Vienna on Sunday to buy turbines, the Austrian economy ministry announced.",
			[]string{"AT", "YU"}, []string{"Vienna@AT"}},
		{"Russia before 1992 stands for the Soviet Union",
			kg.DateDay(1985, 9, 2),
			"Canadian farmers hope Russia will order more feed grain before the winter, Ottawa officials suggested on Monday.",
			[]string{"CA", "SU"}, nil},
		{"a capital of a republic before the breakup is a place of the union",
			kg.DateDay(1988, 2, 9),
			"The ministers of Greece and Austria met in Zagreb on Tuesday to talk about a new rail link.",
			[]string{"AT", "GR"}, []string{"Zagreb@YU"}},
		{"a province named before the breakup is a place of the federation",
			kg.DateDay(1988, 2, 9),
			"Miners in Kosovo stopped work on Tuesday over unpaid wages, a Swiss aid group said.",
			[]string{"CH"}, []string{"Kosovo@YU"}},
		{"Prague before 1993 is in Czechoslovakia",
			kg.DateDay(1988, 2, 9),
			"A Dutch consortium will build a brewery near Prague, its chairman told reporters on Tuesday.",
			[]string{"NL"}, []string{"Prague@CS"}},
		{"the East German demonym is East Germany, not Germany",
			kg.DateDay(1986, 5, 4),
			"East German negotiators walked out of the fishing talks with Sweden on Sunday.",
			[]string{"DD", "SE"}, nil},
		// near misses: after the breakup the same words are the new states
		{"a republic named after the breakup is a country",
			kg.DateDay(2011, 5, 4),
			"Frost has slowed the sowing of barley across eastern Ukraine and in Kazakhstan, the farm ministry reported on Sunday.",
			[]string{"KZ", "UA"}, nil},
		{"Russia after 1991 is Russia",
			kg.DateDay(2009, 9, 2),
			"Canadian farmers hope Russia will order more feed grain before the winter, Ottawa officials suggested on Monday.",
			[]string{"CA", "RU"}, nil},
		{"the Soviet Union named in a modern story keeps its code",
			kg.DateDay(2012, 7, 1),
			"The retired pilot first flew for the Soviet Union in 1961 and later trained crews in Poland.",
			[]string{"PL", "SU"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := kg.Document{Article: kg.Article{ID: "t", Published: tt.date}, Text: tt.text}
			res := Analyze(doc, Options{})
			if res.Err != nil {
				t.Fatal(res.Err)
			}
			var got, places []string
			for _, a := range res.Facts.Actors {
				if a.Kind == kg.KindCountry {
					got = append(got, a.ISO)
				}
			}
			for _, p := range res.Facts.Places {
				places = append(places, p.Name+"@"+strings.TrimPrefix(p.CountryID, kg.PrefixCountry))
			}
			sort.Strings(got)
			sort.Strings(places)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("countries (-want +got):\n%s", diff)
			}
			if tt.places != nil {
				if diff := cmp.Diff(tt.places, places); diff != "" {
					t.Errorf("places (-want +got):\n%s", diff)
				}
			}
		})
	}
}
