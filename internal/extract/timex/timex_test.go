package timex

import (
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/internal/extract/gazetteer"
	"github.com/actorgraph/actorgraph/internal/extract/segment"
	"github.com/actorgraph/actorgraph/internal/kg"
)

func TestFind(t *testing.T) {
	ref := kg.DateDay(2024, 5, 16) // a Thursday
	tests := []struct {
		in     string
		ref    kg.PartialDate
		future bool
		want   string // first expression: date/relation, or "" for none
	}{
		{"They met on May 16.", ref, false, "2024-05-16/at"},
		// either of two dates: the date that holds both
		{"They will meet in late April or early May.", kg.DateDay(1987, 4, 2), true, "1987/at"},
		{"They will meet on Tuesday or Wednesday.", ref, true, "2024-05/at"},
		{"They met on May 16, 2023.", ref, false, "2023-05-16/at"},
		{"They met on 3 March 2021.", ref, false, "2021-03-03/at"},
		{"She visited China in April.", ref, false, "2024-04/at"},
		{"She visited in December.", ref, false, "2023-12/at"},
		{"They will meet in December.", ref, true, "2024-12/at"},
		{"They talked earlier this month.", ref, false, "2024-05/at"},
		// "later in the week" is "later this week"; a bare "later in" is none
		{"The envoys will sign the pact later in the week.", ref, true, "2024-05/at"},
		{"They talked earlier in the year.", ref, false, "2024/at"},
		{"They talked later in the evening.", ref, false, ""},
		{"Later in the week, the envoys signed the pact.", ref, false, ""},
		{"He won last year.", ref, false, "2023/at"},
		{"Since Xi took office in 2012, they met.", ref, false, "2012/at"},
		{"They have met since 2012.", ref, false, "2012/since"},
		{"He spoke ahead of the May 16 meeting.", ref, false, "2024-05-16/before"},
		{"He said on Monday.", ref, false, "2024-05-13/at"},
		{"He will go on Monday.", ref, true, "2024-05-20/at"},
		{"The talks are set for Monday.", ref, true, "2024-05-20/at"},
		{"Monday's vote was close.", ref, false, "2024-05-13/at"},
		{"He waited for Godot.", ref, false, ""},
		// a weekday's short form that opens a name is no weekday
		{"A deal with Sun Optics was signed.", ref, false, ""},
		{"Shares of Sat Holdings fell, said Mon Vale Corp.", ref, false, ""},
		{"He said on Mon., May 13.", ref, false, "2024-05-13/at"},
		{"The vote is on Wed, the clerk said.", ref, true, "2024-05-22/at"},
		{"It happened yesterday.", ref, false, "2024-05-15/at"},
		{"It happened last week.", ref, false, "2024-05/at"},
		{"It happened in March 2023.", ref, false, "2023-03/at"},
		{"Trade in the first 11 months of 2023 rose.", ref, false, "2023/at"},
		{"They met two days ago.", ref, false, "2024-05-14/at"},
		// weekends: the one before (or, ahead, after) ref, as the month that holds both days
		{"He paid a brief weekend visit.", ref, false, "2024-05/at"},
		{"She will meet them this weekend.", ref, true, "2024-05/at"},
		{"They talked last weekend.", kg.DateDay(2024, 6, 2), false, "2024-05/at"},
		{"They met over the weekend.", kg.DateDay(2024, 9, 2), false, "2024/at"},
		// a year modifying an encounter noun is that encounter's year
		{"He recalled a 2019 trip to Peru with the mayor.", ref, false, "2019/at"},
		{"The envoy's 2016 visit to Oslo was short.", ref, false, "2016/at"},
		{"Their 2011 talks on water failed.", ref, false, "2011/at"},
		// near misses: a year naming a thing, or a bare count
		{"He signed the 2019 budget with the mayor.", ref, false, ""},
		{"They sold 2019 trips to Peru.", ref, false, ""},
		{"You may go.", ref, false, ""},
		{"April Jones arrived.", ref, false, ""},
		{"It rose 2024 percent.", ref, false, ""},
		{"They met on May 16.", kg.PartialDate{}, false, "/at"},
		{"Feb 30, 2024 is not a day.", ref, false, ""},
		{"It closed on Feb. 26.", kg.DateDay(1987, 2, 27), false, "1987-02-26/at"},
		{"The vote is due next month.", kg.DateDay(2024, 12, 3), true, "2025-01/at"},
		{"They will visit on April 1-2.", kg.DateDay(1987, 3, 26), true, "1987-04-01/at"},
		{"Talks ran 16–17 May 2024.", ref, false, "2024-05-16/at"},
		{"A 25-year-old man spoke.", ref, false, ""},
		// month and days joined by hyphens in one word (wire copy)
		{"Aides prepared an April-5-6 summit in Oslo.", kg.DateDay(1987, 3, 18), true, "1987-04-05/at"},
		{"The panel meets on June-9, 1988 in Rome.", ref, true, "1988-06-09/at"},
		{"A March-April rally lifted the index.", ref, false, ""},
	}
	g := gazetteer.Default()
	for _, tc := range tests {
		d := segment.Segment(tc.in)
		es := Find(d, g, 0, len(d.Tokens), tc.ref, tc.future, nil)
		got := ""
		if len(es) > 0 {
			got = es[0].String()
		}
		if got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestReference(t *testing.T) {
	g := gazetteer.Default()
	text := "Leaders met on May 16.\n\nA caption from Beijing on May 16, 2024.\nAn older photo from June 2, 2023."
	d := segment.Segment(text)
	if got := Reference(d, g, kg.PartialDate{}, ""); got != kg.DateDay(2024, 5, 16) {
		t.Errorf("Reference = %v, want 2024-05-16", got)
	}
	if got := Reference(d, g, kg.DateDay(2024, 6, 1), ""); got != kg.DateDay(2024, 6, 1) {
		t.Errorf("published date must win, got %v", got)
	}
	if got := Reference(segment.Segment("No date at all, only May."), g, kg.PartialDate{}, ""); !got.IsZero() {
		t.Errorf("Reference = %v, want unknown", got)
	}
}

// TestReferenceUndatedSource: a source whose dataset has no dates
// (GUIDELINES §2: BBC) takes no reference date from a date its text
// writes, which tells of the story's past; others still do. Invented text.
func TestReferenceUndatedSource(t *testing.T) {
	g := gazetteer.Default()
	text := "The minister said the reform, first tabled on 4 June 2001, would pass."
	d := segment.Segment(text)
	for _, tc := range []struct {
		source string
		want   kg.PartialDate
	}{
		{"BBC News (bbc-fulltext, some archive)", kg.PartialDate{}},
		{"bbc", kg.PartialDate{}},
		{"", kg.DateDay(2001, 6, 4)},
		{"seed", kg.DateDay(2001, 6, 4)},
		{"Wikinews", kg.DateDay(2001, 6, 4)},
	} {
		if got := Reference(d, g, kg.PartialDate{}, tc.source); got != tc.want {
			t.Errorf("source %q: reference %v, want %v", tc.source, got, tc.want)
		}
	}
	// a published date still counts for any source
	if got := Reference(d, g, kg.DateDay(2005, 2, 1), "bbc"); got != kg.DateDay(2005, 2, 1) {
		t.Errorf("published date must win, got %v", got)
	}
}

func TestReferenceFromDateline(t *testing.T) {
	g := gazetteer.Default()
	tests := []struct {
		text      string
		published kg.PartialDate
		want      kg.PartialDate
	}{
		// the story's local date is a day after the wire timestamp
		{"TOKYO, March 27 - Ministers met today.", kg.DateDay(1987, 3, 26), kg.DateDay(1987, 3, 27)},
		{"WASHINGTON, MARCH 2 - It rose.", kg.DateDay(1987, 3, 2), kg.DateDay(1987, 3, 2)},
		// around New Year the dateline's year is the one nearest the timestamp
		{"PARIS, Dec 31 - It fell.", kg.DateDay(1988, 1, 1), kg.DateDay(1987, 12, 31)},
		// a dateline far from the timestamp is not trusted
		{"PARIS, June 3 - It fell.", kg.DateDay(1987, 3, 1), kg.DateDay(1987, 3, 1)},
		// no published date: a dateline without a year gives nothing
		{"PARIS, June 3 - It fell.", kg.PartialDate{}, kg.PartialDate{}},
		// a dateline with its year is a full date
		{"OSLO, March 3, 2025 - Talks began.", kg.PartialDate{}, kg.DateDay(2025, 3, 3)},
	}
	for _, tc := range tests {
		if got := Reference(segment.Segment(tc.text), g, tc.published, ""); got != tc.want {
			t.Errorf("%q published %v: reference %v, want %v", tc.text, tc.published, got, tc.want)
		}
	}
}

// TestFindAnaphoricUnit: "earlier|later in the <unit>" is the reference
// date's unit only when the sentence gives no date of its own; after one
// ("in March 2009 ..., and later in the month") it is that date's unit,
// which this package does not resolve, so it is no expression. Invented
// sentences.
func TestFindAnaphoricUnit(t *testing.T) {
	ref := kg.DateDay(2024, 5, 16)
	g := gazetteer.Default()
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"The envoys met on Monday and will sign the pact later in the week.", []string{"2024-05-13/at", "2024-05/at"}},
		{"In March 2009 the envoys met, and later in the month they signed the pact.", []string{"2009-03/at"}},
		{"On June 3, 2008, the envoy said he would sign the pact later in the week.", []string{"2008-06-03/at"}},
	} {
		d := segment.Segment(tc.in)
		var got []string
		for _, e := range Find(d, g, 0, len(d.Tokens), ref, false, nil) {
			got = append(got, e.String())
		}
		if strings.Join(got, " ") != strings.Join(tc.want, " ") {
			t.Errorf("%q: got %q, want %q", tc.in, got, tc.want)
		}
	}
}
